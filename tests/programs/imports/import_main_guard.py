# Importing a module that has a __main__ guard does not run its main().
import main_guard
print(main_guard.fib(30), main_guard.__name__, __name__)
main_guard.main()
