# The failure messages of TestCase's assert methods, with their diffs, msg= and longMessage.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (name, e))
    except Exception as e:
        print("%s raised %s: %s" % (name, type(e).__name__, e))
    else:
        print("%s: passed" % name)


check("assertEqual", 1, 2)
check("assertEqual", 1, 1)
check("assertEqual", 1, 1.0)
check("assertEqual", "abc", "abd")
check("assertEqual", "line one\nline two\nline three\n", "line one\nline 2\nline three\n")
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", "a" * 30 + "b" * 100, "a" * 30 + "c" * 100)
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3, 4])
check("assertEqual", (1, 'a'), (1, 'b'))
check("assertEqual", [1, 2], (1, 2))
check("assertEqual", {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})
check("assertEqual", {1, 2, 3}, {2, 3, 4})
check("assertEqual", frozenset({1}), frozenset())
check("assertEqual", list(range(50)), list(range(49)) + [100])
check("assertEqual", {i: str(i) * 3 for i in range(30)}, {i: str(i) * 3 for i in range(1, 31)})
check("assertEqual", 1, 2, "custom message")
check("assertNotEqual", 3, 3)
check("assertNotEqual", 3, 3, msg="three")
check("assertTrue", 0)
check("assertTrue", [])
check("assertFalse", "yes")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2, 3])
check("assertNotIn", 'b', 'abc')
check("assertIsInstance", 3, str)
check("assertNotIsInstance", 3, int)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.01, places=1)
check("assertAlmostEqual", 10, 12, delta=1)
check("assertAlmostEqual", 10, 12, delta=1, places=2)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 10, 10.5, delta=1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertRegex", "hello world", r"\d+")
check("assertNotRegex", "hello 42 world", r"\d+")
check("assertCountEqual", [1, 2, 2, 3], [1, 2, 3, 3])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertCountEqual", "abc", "cba")
check("assertDictEqual", {}, {'k': 1})
check("assertDictEqual", [], {})
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1, 2), (1, 3))
check("assertSetEqual", {1}, {1, 2})
check("assertSetEqual", {1}, [1])
check("assertSequenceEqual", "abc", "abd")
check("assertMultiLineEqual", "a\nb\n", "a\nc\n")
check("assertMultiLineEqual", "same start\ttab\n", "same start tab\n")
check("assertMultiLineEqual", 1, "a")
check("fail")
check("fail", "boom")

t.maxDiff = None
check("assertEqual", list(range(60)), list(range(59)) + [1000])
t.maxDiff = 80
check("assertEqual", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11])
t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True

# assertRaises in both forms
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("caught:", type(cm.exception).__name__, cm.exception)
check("assertRaises", ValueError, int, "12")
check("assertRaises", ValueError, int, "x")
check("assertRaises", (KeyError, IndexError), lambda: [][1])
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print("context:", e)
try:
    with t.assertRaises(KeyError, msg="extra"):
        pass
except AssertionError as e:
    print("context:", e)
try:
    with t.assertRaises(KeyError):
        raise ValueError("not a key error")
except ValueError as e:
    print("passed through:", e)
check("assertRaises", "not a type")
check("assertRaisesRegex", ValueError, r"invalid literal", int, "z")
check("assertRaisesRegex", ValueError, r"^nope", int, "z")
with t.assertRaisesRegex(TypeError, "unsupported"):
    1 + "a"
print("regex ok")


def warner():
    warnings.warn("careful", UserWarning)


with t.assertWarns(UserWarning) as wcm:
    warner()
print("warning:", wcm.warning, type(wcm.warning).__name__)
check("assertWarns", DeprecationWarning, warner)
check("assertWarns", UserWarning, warner)
check("assertWarnsRegex", UserWarning, "care", warner)
check("assertWarnsRegex", UserWarning, "^x", warner)
check("assertWarns", UserWarning, lambda: None)

# equality functions per type
t.addTypeEqualityFunc(int, lambda a, b, msg=None: print("custom int compare", a, b))
t.assertEqual(5, 6)
print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
print(t == T(), hash(t) == hash(T()))
try:
    T("test_missing")
except ValueError as e:
    print(e)
