"""unittest.TestLoader: finds the tests of classes, modules and dotted names (written for Jyco)."""

import os
import sys
import functools
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """Stands for a test that could not be loaded: running it raises the loading error."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super(_FailedTest, self).__getattr__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    return suiteClass((_FailedTest(methodname, exception),)), message


def _make_failed_import_test(name, suiteClass):
    import traceback
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    import traceback
    message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suiteClass((TestClass(methodname),))


class TestLoader(object):
    """Makes test suites; testMethodPrefix, sortTestMethodsUsing and testNamePatterns choose the
    methods of a TestCase class that are tests."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if len(args) > 0 or 'use_load_tests' in kws:
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument but %s were given' % (len(args) + 1,))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '%s'" % (sorted(kws)[0],))
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                failed, message = _make_failed_load_tests(module.__name__, e, self.suiteClass)
                self.errors.append(message)
                return failed
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name stands for: a module, a TestCase class, a test method, a suite,
        or a callable returning a test; relative to module if given."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            rest = parts[:]
            while rest:
                try:
                    module_name = '.'.join(rest)
                    module = __import__(module_name)
                    break
                except ImportError:
                    tail = rest.pop()
                    error_case, error_message = _make_failed_import_test(tail, self.suiteClass)
                    if not rest:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    # a package whose sub-module failed to import: report the import error
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass, 'Failed to access attribute:\n%s' % (_format_exc(),))
                self.errors.append(error_message)
                return error_case
        if type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and not isinstance(obj, type) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method = parts[-1]
            inst = parent(method)
            if not callable(getattr(inst, method)):
                return self.suiteClass([inst])
            return self.suiteClass([inst])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The names of the test methods of a class, sorted with sortTestMethodsUsing."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return any(fnmatchcase(full, p) for p in patterns)
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules matching pattern under start_dir (packages searched too)."""
        added = False
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            added = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        start = os.path.abspath(start_dir)
        if not os.path.isdir(start):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        tests = list(self._find_tests(start, pattern))
        self._top_level_dir = None if added else self._top_level_dir
        return self.suiteClass(tests)

    def _module_name(self, path):
        rel = os.path.relpath(os.path.splitext(path)[0], self._top_level_dir)
        return rel.replace(os.sep, '.')

    def _find_tests(self, directory, pattern):
        for entry in sorted(os.listdir(directory)):
            full = os.path.join(directory, entry)
            if os.path.isfile(full):
                base, ext = os.path.splitext(entry)
                if ext != '.py' or not base.isidentifier() or not fnmatch(entry, pattern):
                    continue
                name = self._module_name(full)
                try:
                    __import__(name)
                except case.SkipTest as e:
                    yield _make_skipped_test(name, e, self.suiteClass)
                    continue
                except Exception:
                    failed, message = _make_failed_import_test(name, self.suiteClass)
                    self.errors.append(message)
                    yield failed
                    continue
                yield self.loadTestsFromModule(sys.modules[name], pattern=pattern)
            elif os.path.isdir(full) and entry.isidentifier():
                if not os.path.isfile(os.path.join(full, '__init__.py')):
                    continue
                name = self._module_name(full)
                try:
                    __import__(name)
                except Exception:
                    failed, message = _make_failed_import_test(name, self.suiteClass)
                    self.errors.append(message)
                    yield failed
                    continue
                package = sys.modules[name]
                load_tests = getattr(package, 'load_tests', None)
                if load_tests is not None:
                    yield load_tests(self, self.loadTestsFromModule(package, pattern=pattern), pattern)
                    continue
                yield self.loadTestsFromModule(package, pattern=pattern)
                yield from self._find_tests(full, pattern)


def _format_exc():
    import traceback
    return traceback.format_exc()


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
