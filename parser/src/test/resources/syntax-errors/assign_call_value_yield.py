f() = yield
