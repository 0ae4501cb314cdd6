# SyntaxErrors of except*: break, continue and return may not leave an except* clause (loops and
# functions inside one are fine), a type is required, except and except* do not mix.
sources = {
    "break": "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "continue": "for x in y:\n    try:\n        pass\n    except* E:\n        if x:\n            continue\n",
    "return": "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "bare return": "def f():\n    try:\n        pass\n    except* E:\n        return\n",
    "return through finally": "def f():\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        finally:\n            return\n",
    "break in with": "for x in y:\n    try:\n        pass\n    except* E:\n        with c:\n            break\n",
    "return value in with": "def f():\n    try:\n        pass\n    except* E:\n        with c:\n            return x\n",
    "return in try/finally": "def f():\n    try:\n        pass\n    except* E:\n        try:\n            return 5\n        finally:\n            pass\n",
    "return in try/except": "def f():\n    try:\n        pass\n    except* E:\n        try:\n            return 5\n        except:\n            pass\n",
    "return in except": "def f():\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        except Exception as e:\n            return -5\n",
    "return constant on next line": "def f():\n    try:\n        pass\n    except* E:\n        return (\n            1)\n",
    "continue in for-else": "def f():\n    for x in y:\n        try:\n            pass\n        except* E:\n            for z in w:\n                pass\n            else:\n                continue\n",
    "break without loop": "try:\n    pass\nexcept* E:\n    break\n",
    "loop inside clause": "try:\n    pass\nexcept* E:\n    for x in y:\n        if x:\n            break\n        continue\n",
    "while inside clause": "def f():\n    try:\n        pass\n    except* E:\n        while True:\n            break\n",
    "function inside clause": "try:\n    pass\nexcept* E:\n    def g():\n        return 1\n    class C:\n        def m(self):\n            return 2\n    h = lambda: 3\n",
    "return in finally": "def f():\n    try:\n        pass\n    except* E:\n        pass\n    finally:\n        return 1\n",
    "break in else": "for x in y:\n    try:\n        pass\n    except* E:\n        pass\n    else:\n        break\n",
    "return in body": "def f():\n    try:\n        return 1\n    except* E:\n        pass\n",
    "no type": "try:\n    pass\nexcept*:\n    pass\n",
    "mixed": "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n",
    "mixed other order": "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n",
    "unparenthesized": "try:\n    pass\nexcept* A, B:\n    pass\n",
    "star spaced": "try:\n    pass\nexcept *E as e:\n    pass\n",
    "yield and await": "async def f():\n    try:\n        pass\n    except* E:\n        await g()\n        async with a:\n            pass\n",
    "yield": "def f():\n    try:\n        pass\n    except* E:\n        yield 1\n",
}
for name, src in sources.items():
    try:
        compile(src, "<" + name + ">", "exec")
    except SyntaxError as e:
        print(f"{name}: SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})")
    else:
        print(f"{name}: compiles")
