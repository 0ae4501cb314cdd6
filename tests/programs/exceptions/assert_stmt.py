# assert statements: passing, failing with and without messages.
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0, "negative"
    return x * 2
print(check(4))
for bad in ["s", -1]:
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare AssertionError", repr(e), e.args)
assert True, "never shown"
assert [1], "non-empty list is truthy"
count = 0
def side():
    global count
    count += 1
    return True
assert side()
print("count", count)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args)
