return 1
nonlocal x
