# args: alpha beta 42 --flag=x
# sys.argv holds the script name then the arguments.
import sys
print(len(sys.argv), sys.argv[0], sys.argv[1:])
args = sys.argv[1:]
flags = {a.split("=")[0][2:]: a.split("=")[1] for a in args if a.startswith("--")}
positional = [a for a in args if not a.startswith("--")]
print(flags, positional)
nums = [int(a) for a in positional if a.isdigit()]
print(sum(nums), [a.upper() for a in positional if not a.isdigit()])
