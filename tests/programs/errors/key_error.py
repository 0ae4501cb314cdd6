# Uncaught KeyError shows the repr of the key.
config = {"host": "localhost"}
print("host is", config["host"])
print("port is", config["port"])
