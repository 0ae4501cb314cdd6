# A tiny stack machine dispatched with match on tuples.
def run(program):
    stack = []
    out = []
    pc = 0
    while pc < len(program):
        match program[pc]:
            case ("push", value):
                stack.append(value)
            case ("pop",):
                stack.pop()
            case (("add" | "sub" | "mul" | "div") as op,):
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add": stack.append(a + b)
                    case "sub": stack.append(a - b)
                    case "mul": stack.append(a * b)
                    case "div": stack.append(a // b)
            case ("dup",):
                stack.append(stack[-1])
            case ("jz", target):
                if stack.pop() == 0:
                    pc = target
                    continue
            case ("jmp", target):
                pc = target
                continue
            case ("print",):
                out.append(stack[-1])
            case ("halt",):
                break
            case other:
                raise ValueError(f"bad instruction {other}")
        pc += 1
    return out, stack
prog = [("push", 5), ("dup",), ("print",), ("push", 1), ("sub",), ("dup",), ("jz", 8), ("jmp", 1), ("halt",)]
print(run(prog))
print(run([("push", 6), ("push", 7), ("mul",), ("print",), ("push", 2), ("div",), ("print",)]))
try:
    run([("bogus", 1)])
except ValueError as e:
    print("ValueError", e)
