# unittest.main() reporting on stderr and ending the program with status 1 on failures.
import unittest


class T(unittest.TestCase):
    def test_good(self):
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])

    def test_bad(self):
        self.assertEqual(len("abc"), 4)

    def test_broken(self):
        raise ValueError("broken")

    @unittest.skip("later")
    def test_skip(self):
        pass


if __name__ == "__main__":
    print("before main")
    unittest.main()
    print("not reached")
