# No arguments: argv is just the script name.
import sys
print(sys.argv, len(sys.argv))
if len(sys.argv) < 2:
    print("usage: argv_empty.py NAME")
