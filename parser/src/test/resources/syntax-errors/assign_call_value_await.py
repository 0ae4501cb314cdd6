f() = await x
