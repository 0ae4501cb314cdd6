# Text report generator: pseudo-random text from a fixed LCG, word statistics, formatted tables.

class LCG:
    """Deterministic linear congruential generator (no random module needed)."""
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state
    def below(self, n):
        return self.next() % n
    def choice(self, seq):
        return seq[self.below(len(seq))]
    def weighted(self, items):
        total = sum(w for _, w in items)
        r = self.below(total)
        for item, w in items:
            if r < w:
                return item
            r -= w
        return items[-1][0]

NOUNS = [("system", 9), ("compiler", 7), ("parser", 6), ("token", 5), ("module", 5), ("function", 8),
         ("value", 6), ("stack", 4), ("frame", 3), ("object", 7), ("class", 5), ("byte", 2)]
VERBS = [("reads", 5), ("emits", 4), ("checks", 6), ("builds", 5), ("links", 3), ("loads", 4), ("calls", 7)]
ADJS = [("fast", 4), ("small", 5), ("lazy", 2), ("strict", 3), ("dynamic", 4), ("hidden", 2), ("old", 1)]
ENDINGS = [".", ".", ".", "!", "?"]

def sentence(rng):
    words = []
    if rng.below(3) == 0:
        words.append(rng.weighted(ADJS))
    words.append(rng.weighted(NOUNS))
    words.append(rng.weighted(VERBS))
    words.append("the")
    if rng.below(2):
        words.append(rng.weighted(ADJS))
    words.append(rng.weighted(NOUNS))
    if rng.below(4) == 0:
        words += ["and", rng.weighted(VERBS), "a", rng.weighted(NOUNS)]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice(ENDINGS)

def paragraph(rng, n):
    return " ".join(sentence(rng) for _ in range(n))

def generate_document(seed, paragraphs):
    rng = LCG(seed)
    return "\n\n".join(paragraph(rng, 3 + rng.below(4)) for _ in range(paragraphs))

def tokenize(text):
    word = []
    for ch in text:
        if ch.isalpha():
            word.append(ch.lower())
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)

def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines

class Table:
    def __init__(self, headers, aligns=None):
        self.headers = list(headers)
        self.aligns = aligns or ["<"] * len(headers)
        self.rows = []
    def add(self, *row):
        self.rows.append([str(c) for c in row])
    def render(self):
        widths = [len(h) for h in self.headers]
        for r in self.rows:
            widths = [max(w, len(c)) for w, c in zip(widths, r)]
        sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        def fmt(cells):
            return "|" + "|".join(f" {c:{a}{w}} " for c, a, w in zip(cells, self.aligns, widths)) + "|"
        out = [sep, fmt(self.headers), sep.replace("-", "=")]
        out += [fmt(r) for r in self.rows]
        out.append(sep)
        return "\n".join(out)

def histogram(pairs, width=40):
    top = max(v for _, v in pairs)
    label_w = max(len(k) for k, _ in pairs)
    lines = []
    for k, v in pairs:
        bar = "#" * max(1, round(v / top * width))
        lines.append(f"{k:>{label_w}} | {bar} {v}")
    return lines

def section(title):
    print()
    print(title)
    print("~" * len(title))

def main():
    doc = generate_document(2024, 12)
    paragraphs = doc.split("\n\n")
    section("Document preview")
    for line in wrap(paragraphs[0], 60):
        print("  " + line)
    words = list(tokenize(doc))
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    sentences = [s for s in doc.replace("!", ".").replace("?", ".").split(".") if s.strip()]
    section("Summary")
    print(f"paragraphs: {len(paragraphs)}")
    print(f"sentences:  {len(sentences)}")
    print(f"words:      {len(words)}")
    print(f"distinct:   {len(freq)}")
    print(f"avg word length: {sum(map(len, words)) / len(words):.3f}")
    print(f"avg sentence length: {len(words) / len(sentences):.2f} words")
    longest = max(sentences, key=lambda s: (len(s.split()), s))
    print(f"longest sentence: {longest.strip()!r}")
    section("Top words")
    ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    t = Table(["rank", "word", "count", "share"], [">", "<", ">", ">"])
    cumulative = 0
    for i, (w, c) in enumerate(ranked[:12], 1):
        cumulative += c
        t.add(i, w, c, f"{c / len(words):.1%}")
    print(t.render())
    print(f"top-12 cover {cumulative / len(words):.1%} of all words")
    section("Word length distribution")
    lengths = {}
    for w in words:
        lengths[len(w)] = lengths.get(len(w), 0) + 1
    for line in histogram([(f"{k} letters", lengths[k]) for k in sorted(lengths)], 30):
        print(line)
    section("Per-paragraph statistics")
    t2 = Table(["#", "sentences", "words", "unique", "most common"], [">", ">", ">", ">", "<"])
    for i, p in enumerate(paragraphs, 1):
        pw = list(tokenize(p))
        pf = {}
        for w in pw:
            pf[w] = pf.get(w, 0) + 1
        best = min(pf.items(), key=lambda kv: (-kv[1], kv[0]))
        nsent = p.count(".") + p.count("!") + p.count("?")
        t2.add(i, nsent, len(pw), len(pf), f"{best[0]} ({best[1]})")
    print(t2.render())
    section("Letter frequencies")
    letters = {}
    for ch in doc.lower():
        if "a" <= ch <= "z":
            letters[ch] = letters.get(ch, 0) + 1
    total_letters = sum(letters.values())
    row = []
    for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz"):
        row.append(f"{ch}:{letters.get(ch, 0) / total_letters * 100:5.2f}%")
        if len(row) == 6:
            print("  ".join(row))
            row = []
    if row:
        print("  ".join(row))
    section("Bigrams")
    bigrams = {}
    for a, b in zip(words, words[1:]):
        bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
    for (a, b), c in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
        print(f"  {a + ' ' + b:<22}{c:>4}")
    section("Concordance for 'compiler'")
    for i, w in enumerate(words):
        if w == "compiler":
            left = " ".join(words[max(0, i - 3):i])
            right = " ".join(words[i + 1:i + 4])
            print(f"  {left:>30} [{w}] {right}")
    section("Justified paragraph 2")
    plines = wrap(paragraphs[1], 50)
    for k, line in enumerate(plines):
        gaps = line.count(" ")
        if gaps and k < len(plines) - 1:
            parts = line.split(" ")
            extra = 50 - len(line)
            built = ""
            for j, part in enumerate(parts[:-1]):
                built += part + " " * (1 + extra // gaps + (1 if j < extra % gaps else 0))
            line = built + parts[-1]
        print("  |" + line.ljust(50) + "|")
    section("Vocabulary by part of speech")
    t3 = Table(["class", "known", "used", "unused", "most used"], ["<", ">", ">", ">", "<"])
    for label, table in (("noun", NOUNS), ("verb", VERBS), ("adjective", ADJS)):
        known = [w for w, _ in table]
        used = [w for w in known if w in freq]
        unused = sorted(set(known) - set(used))
        best = max(used, key=lambda w: (freq[w], w)) if used else "-"
        t3.add(label, len(known), len(used), ", ".join(unused) or "-", best)
    print(t3.render())
    section("Sentence lengths")
    counts = {}
    for snt in sentences:
        n = len(snt.split())
        counts[n] = counts.get(n, 0) + 1
    for line in histogram([(f"{n:2d} words", counts[n]) for n in sorted(counts)], 20):
        print(line)
    median_src = sorted(len(snt.split()) for snt in sentences)
    mid = len(median_src) // 2
    median = median_src[mid] if len(median_src) % 2 else (median_src[mid - 1] + median_src[mid]) / 2
    print(f"median sentence length: {median}")
    section("Search and replace")
    replaced = paragraphs[2]
    for old, new in (("the", "THE"), ("compiler", "translator"), ("!", "!!")):
        n = replaced.count(old)
        replaced = replaced.replace(old, new)
        print(f"  replaced {old!r} -> {new!r}: {n} times")
    for line in wrap(replaced, 64):
        print("  " + line)

main()
