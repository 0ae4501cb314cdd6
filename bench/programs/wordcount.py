WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]


def make_text(n):
    # a deterministic pseudo-random text (linear congruential generator)
    seed = 12345
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = WORDS[seed % len(WORDS)]
        if seed % 3 == 0:
            w = w.upper()
        out.append(w + ("," if seed % 11 == 0 else ""))
    return " ".join(out)


def count(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(",.").lower()
        counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    text = make_text(400_000)
    counts = count(text)
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print(f"{word:10} {n}")
    print(len(counts), sum(counts.values()))


if __name__ == "__main__":
    main()
