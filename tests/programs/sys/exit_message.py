# sys.exit with a string: message to stderr, status 1.
import sys
def main():
    print("checking config")
    sys.exit("fatal: configuration missing")
main()
