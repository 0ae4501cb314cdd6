"""unittest.main: the command line of a test module and of `-m unittest` (written for Jyco)."""

import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

_OPTIONS = """\
options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""


def _convert_name(name):
    """A path to a .py file becomes a module name; anything else is kept."""
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel) or rel.startswith(os.pardir):
                return name
            name = rel
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class _UsageError(Exception):
    pass


class TestProgram(object):
    """Loads the tests named on the command line (default: all of the module) and runs them."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _usage(self):
        return ("usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]\n"
                % self.progName)

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        text = self._usage() + "\npositional arguments:\n"
        if self.module is None:
            text += ("  tests                a list of any number of test modules, classes and test\n"
                     "                       methods.\n\n" + _OPTIONS + "\n" + MODULE_EXAMPLES % {'prog': self.progName})
        else:
            text += ("  tests                a list of any number of test modules, classes and test\n"
                     "                       methods.\n\n" + _OPTIONS + "\n" + MAIN_EXAMPLES % {'prog': self.progName})
        print(text, end='')

    def _parse(self, args):
        """Reads the options into self; returns the test names."""
        tests = []
        i = 0
        only_names = False
        while i < len(args):
            a = args[i]
            i += 1
            if only_names or not a.startswith('-') or a == '-':
                tests.append(a)
                continue
            if a == '--':
                only_names = True
            elif a in ('-h', '--help'):
                self._print_help()
                sys.exit(0)
            elif a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a == '--locals':
                self.tb_locals = True
            elif a in ('-f', '--failfast'):
                if self.failfast is None:
                    self.failfast = True
            elif a in ('-c', '--catch'):
                if self.catchbreak is None:
                    self.catchbreak = True
            elif a in ('-b', '--buffer'):
                if self.buffer is None:
                    self.buffer = True
            elif a == '-k' or a.startswith('-k'):
                if a == '-k':
                    if i >= len(args):
                        self._arg_error("argument -k: expected one argument")
                    value = args[i]
                    i += 1
                else:
                    value = a[2:]
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(_convert_select_pattern(value))
            elif len(a) > 2 and a[0] == '-' and a[1] != '-' and all(c in 'vqfcb' for c in a[1:]):
                for c in a[1:]:
                    args.insert(i, '-' + c)
            else:
                self._arg_error("unrecognized arguments: %s" % a)
        return tests

    def _arg_error(self, message):
        sys.stderr.write(self._usage())
        sys.stderr.write("%s: error: %s\n" % (self.progName, message))
        sys.exit(2)

    def parseArgs(self, argv):
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return
        self.tests = self._parse(list(argv[1:]))
        if self.module is None:
            if not self.tests:
                self._do_discovery([])
                return
        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        rest = []
        i = 0
        while i < len(argv):
            a = argv[i]
            i += 1
            if a in ('-s', '--start-directory', '-p', '--pattern', '-t', '--top-level-directory'):
                if i >= len(argv):
                    self._arg_error("argument %s: expected one argument" % a)
                value = argv[i]
                i += 1
                if a in ('-s', '--start-directory'):
                    self.start = value
                elif a in ('-p', '--pattern'):
                    self.pattern = value
                else:
                    self.top = value
            else:
                rest.append(a)
        others = self._parse(rest)
        names = ['start', 'pattern', 'top']
        for k, value in enumerate(others[:3]):
            setattr(self, names[k], value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                                  buffer=self.buffer, warnings=self.warnings,
                                                  tb_locals=self.tb_locals)
                except TypeError:
                    test_runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                                  buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
