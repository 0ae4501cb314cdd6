x == not y < z
