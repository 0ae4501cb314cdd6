print("pkg.constants loading")
SEPARATOR = " :: "
LIMITS = {"max": 10, "min": 1}
