# args: -v First.test_ok Second
# unittest.main(): command-line arguments, exit=False, a runner on stdout.
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Masked:
    def write(self, text):
        text = text.replace(HERE, "")
        sys.stdout.write(re.sub(r"in \d+\.\d+s", "in X.XXXs", text))

    def flush(self):
        pass


class First(unittest.TestCase):
    def test_ok(self):
        pass

    def test_other(self):
        self.fail("not selected")


class Second(unittest.TestCase):
    def test_fails(self):
        self.assertIn(3, [1, 2])

    def test_passes(self):
        self.assertNotIn(3, [1, 2])


runner = unittest.TextTestRunner(stream=Masked(), verbosity=1)
prog = unittest.main(exit=False, testRunner=runner)
print("successful:", prog.result.wasSuccessful(), prog.result.testsRun)
prog = unittest.main(argv=["prog", "-q"], exit=False, testRunner=unittest.TextTestRunner(stream=Masked()))
print("quiet:", prog.result.testsRun)
prog = unittest.main(argv=["prog", "-k", "passes", "-k", "ok"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=Masked(), verbosity=2),
                     testLoader=unittest.TestLoader())
print("selected:", prog.result.testsRun)
try:
    unittest.main(argv=["prog", "First"], testRunner=unittest.TextTestRunner(stream=Masked()))
except SystemExit as e:
    print("exit status:", e.code)
try:
    unittest.main(argv=["prog", "First.test_ok"], testRunner=unittest.TextTestRunner(stream=Masked()))
except SystemExit as e:
    print("exit status:", e.code)
unittest.main(testRunner=unittest.TextTestRunner(stream=Masked(), verbosity=2))
