# Mapping patterns: required keys, **rest, nested, literal values, guards.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y} if x < 0 or y < 0:
            return "click outside"
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": "resize", "size": {"w": w, "h": h}}:
            return f"resize {w}x{h}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
events = [{"type": "click", "x": 3, "y": 4}, {"type": "click", "x": -1, "y": 4, "extra": 1},
          {"type": "key", "key": "Q"}, {"type": "key", "key": "a", "shift": True, "alt": False},
          {"type": "resize", "size": {"w": 80, "h": 24}}, {"type": "scroll"}, {"other": 1}, [1, 2]]
for e in events:
    print(handle(e))
def config(c):
    match c:
        case {"version": 1, **rest}:
            return f"v1 with {len(rest)} other keys"
        case {"version": 2, "features": [*feats]}:
            return f"v2 features {feats}"
    return "unknown config"
print(config({"version": 1, "a": 1, "b": 2}), config({"version": 2, "features": ["x", "y"]}), config({"version": 3}))
