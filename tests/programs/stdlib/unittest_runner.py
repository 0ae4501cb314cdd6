# The text runner's report (verbosity 0, 1 and 2) for passing, failing, erroring, skipped tests,
# expected failures, unexpected successes, sub-tests and class fixtures that fail.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def masked(text):
    text = text.replace(HERE, "")
    return re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", text)


class Basic(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise KeyError('x')

    def test_with_doc(self):
        """First line of the doc.

        More text."""
        self.assertTrue(0)

    @unittest.skip("not today")
    def test_skipped(self):
        raise RuntimeError("never")

    @unittest.skipIf(True, "condition holds")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual([1], [2])

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_subtest_msg(self):
        with self.subTest("message", a=1, b='two'):
            raise ValueError("in a sub-test")
        with self.subTest():
            self.fail("plain")

    def test_chained(self):
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")

    def test_nested_call(self):
        helper(3)


def helper(n):
    if n == 0:
        raise ZeroDivisionError("deep")
    helper(n - 1)


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")

    def test_never(self):
        pass


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError("class teardown broke")

    def test_fine(self):
        pass


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("setUp broke")

    def test_x(self):
        pass


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        self.fail("tearDown failed")

    def test_y(self):
        pass


def run(verbosity, *classes):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(masked(stream.getvalue()))
    print("result:", result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
    print("-" * 20)


ALL = (Basic, SkippedClass, BadSetUpClass, BadTearDownClass, BadSetUp, BadTearDown)
run(1, *ALL)
run(2, *ALL)
run(0, Basic)


class AllGood(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass

    @unittest.skip("s")
    def test_3(self):
        pass


run(1, AllGood)
run(2, AllGood)
