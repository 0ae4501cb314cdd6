# try/except/else/finally execution order in all combinations.
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for m in ["ok", "raise", "return"]:
    print(m, run(m))
def nested():
    out = []
    try:
        try:
            out.append("inner try")
            1 / 0
        except KeyError:
            out.append("wrong handler")
        finally:
            out.append("inner finally")
    except ZeroDivisionError as e:
        out.append(f"outer caught {type(e).__name__}")
    finally:
        out.append("outer finally")
    return out
print(nested())
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_control())
def multi(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return f"tuple-handler {type(e).__name__}"
    except LookupError as e:
        return f"lookup-handler {type(e).__name__}: {e}"
    except Exception as e:
        return f"generic {type(e).__name__}"
for exc in [TypeError("t"), ValueError("v"), KeyError("k"), IndexError("i"), RuntimeError("r")]:
    print(multi(exc))
def bare():
    try:
        {}["x"]
    except:
        return "bare except caught"
print(bare())
e_var = "unchanged"
try:
    raise ValueError("x")
except ValueError as e_var:
    pass
try:
    print(e_var)
except NameError as e:
    print("NameError", e)
