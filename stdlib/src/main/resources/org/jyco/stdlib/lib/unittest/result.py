"""unittest.TestResult: what a test run has collected (written for Jyco)."""

import io
import sys
import traceback
from functools import wraps

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'

_PACKAGE_FILE_PREFIX = '<jyco-stdlib>/unittest/'


def failfast(method):
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


class TestResult(object):
    """Failures, errors, skips, expected failures and unexpected successes of a run, with the
    number of tests run. Failures and errors are (test, formatted traceback) pairs."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                out = sys.stdout.getvalue()
                err = sys.stderr.getvalue()
                if out:
                    if not out.endswith('\n'):
                        out += '\n'
                    self._original_stdout.write(STDOUT_LINE % out)
                if err:
                    if not err.endswith('\n'):
                        err += '\n'
                    self._original_stderr.write(STDERR_LINE % err)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                found = self.failures
            else:
                found = self.errors
            found.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err without the frames of unittest itself."""
        exctype, value, tb = err
        tb, limit = self._clean_tracebacks(exctype, value, tb, test)
        lines = traceback.format_exception(exctype, value, tb, limit=limit)
        if self.buffer:
            out = sys.stdout.getvalue()
            errs = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                lines.append(STDOUT_LINE % out)
            if errs:
                if not errs.endswith('\n'):
                    errs += '\n'
                lines.append(STDERR_LINE % errs)
        return ''.join(lines)

    def _clean_tracebacks(self, exctype, value, tb, test):
        # the frames of the runner come first: skip them
        while tb is not None and self._is_relevant_tb_level(tb):
            tb = tb.tb_next
        limit = None
        if tb is not None and exctype is test.failureException:
            # an assertion failure: leave out the assert* frames at the end
            limit = 0
            t = tb
            while t is not None and not self._is_relevant_tb_level(t):
                limit += 1
                t = t.tb_next
            if t is None:
                limit = None
        return tb, limit

    def _is_relevant_tb_level(self, tb):
        return tb.tb_frame.f_code.co_filename.startswith(_PACKAGE_FILE_PREFIX)

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (util.strclass(self.__class__), self.testsRun,
                                                      len(self.errors), len(self.failures))
