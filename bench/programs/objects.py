class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Body:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.norm2() > 100.0:
            self.vel = self.vel.scale(-1.0)


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1


def simulate(n, steps):
    bodies = [Body(Vec(i * 0.1, -i * 0.05), Vec(0.3 - i * 0.001, 0.2 + i * 0.002)) for i in range(n)]
    c = Counter()
    for s in range(steps):
        for b in bodies:
            b.step(0.01)
            c.add(int(b.pos.x) % 10)
    total = 0.0
    for b in bodies:
        total += b.pos.norm2()
    return round(total, 6), sorted(c.counts.items())


def main():
    print(simulate(200, 1000))


if __name__ == "__main__":
    main()
