# sys.exit(0) and sys.exit() end the program successfully; except Exception does not catch SystemExit.
import sys
try:
    try:
        sys.exit(0)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
print("exiting for real")
sys.exit(None)
