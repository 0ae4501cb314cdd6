# Uncaught NameError for a name with no close match.
def compute():
    return 6 * 7
print(compute())
print(completely_undefined_identifier_qq)
