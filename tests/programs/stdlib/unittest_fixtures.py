# Order of module, class and test fixtures and cleanups; the loader; suites; a result's lists.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
log = []


def masked(text):
    text = text.replace(HERE, "")
    return re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", text)


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("First.setUpClass")
        cls.addClassCleanup(log.append, "First class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("First.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_b(self):
        log.append("test_b")

    def test_a(self):
        log.append("test_a")
        self.fail("a fails")

    def test_c_cleanup_error(self):
        def bad():
            raise RuntimeError("cleanup broke")
        self.addCleanup(bad)

    def helper(self):
        log.append("not a test")


class Second(unittest.TestCase):
    def check_one(self):
        log.append("check_one")

    def test_two(self):
        log.append("test_two")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
loader = unittest.TestLoader()
print(loader.getTestCaseNames(First))
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(First))
suite.addTest(Second("test_two"))
print(suite.countTestCases())
result = runner.run(suite)
print(masked(stream.getvalue()))
for entry in log:
    print(" ", entry)
print(result)
print([str(t) for t, _ in result.failures], [str(t) for t, _ in result.errors])
print(suite.countTestCases())

# the prefix and the sort order of the loader
loader2 = unittest.TestLoader()
loader2.testMethodPrefix = "check"
print(loader2.getTestCaseNames(Second))
loader2.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(First), loader2.getTestCaseNames(First))
loader3 = unittest.TestLoader()
loader3.testNamePatterns = ["*_b", "*cleanup*"]
print(loader3.getTestCaseNames(First))

# loading by name
mod = sys.modules[__name__]
s = loader.loadTestsFromName("First.test_b", mod)
print(s.countTestCases(), [t.id() for t in s])
s = loader.loadTestsFromNames(["Second", "First.test_a"], mod)
print(s.countTestCases())
s = loader.loadTestsFromModule(mod)
print(s.countTestCases(), [[t.id() for t in sub] for sub in s])
bad = loader.loadTestsFromName("Missing", mod)
print(bad.countTestCases(), len(loader.errors))

# TestSuite checks
try:
    unittest.TestSuite().addTest(First)
except TypeError as e:
    print(e)
try:
    unittest.TestSuite().addTests("abc")
except TypeError as e:
    print(e)
try:
    unittest.TestSuite().addTest(5)
except TypeError as e:
    print(e)

# a test case run on its own, with a default result
log.clear()
r = Second("test_two").run()
print(r, log)
r = unittest.TestResult()
First("test_a").run(r)
print(r.testsRun, len(r.failures), r.failures[0][1].splitlines()[-1])

# FunctionTestCase
def plain():
    log.append("plain ran")

ft = unittest.FunctionTestCase(plain, description="a plain function")
r = unittest.TestResult()
ft(r)
print(str(ft), ft.id(), ft.shortDescription(), r.wasSuccessful())

# failfast stops at the first failure
class Many(unittest.TestCase):
    def test_1(self):
        self.fail("one")

    def test_2(self):
        pass

stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, failfast=True).run(loader.loadTestsFromTestCase(Many))
print(r.testsRun, masked(stream.getvalue()).splitlines()[0])

# buffered output appears only with failures
class Noisy(unittest.TestCase):
    def test_quiet(self):
        print("hidden output")

    def test_loud(self):
        print("shown output")
        self.fail("loud")

stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, buffer=True).run(loader.loadTestsFromTestCase(Noisy))
print(masked(stream.getvalue()))
