x = f'{a = b}'
