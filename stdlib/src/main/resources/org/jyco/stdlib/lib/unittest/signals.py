"""Ctrl-C handling of the runner (-c): Jyco has no signal module, so these only keep the API."""

__unittest = True

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    for i, r in enumerate(_results):
        if r is result:
            del _results[i]
            return True
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None
