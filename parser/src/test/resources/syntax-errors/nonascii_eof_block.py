for é in range(3):
