# A trie for prefix search and autocompletion, plus edit distance suggestions.
class Trie:
    def __init__(self):
        self.root = {}
        self.count = 0
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            self.count += 1
        node["$"] = node.get("$", 0) + 1
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def __contains__(self, word):
        node = self._find(word)
        return node is not None and "$" in node
    def complete(self, prefix):
        node = self._find(prefix)
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append((prefix + acc, n["$"]))
                else:
                    walk(n[k], acc + k)
        if node is not None:
            walk(node, "")
        return out
    def __len__(self):
        return self.count
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
text = """a trie is a tree data structure used for locating specific keys from within a set these keys
are most often strings with links between nodes defined not by the entire key but by individual characters
in order to access a key the trie is traversed depth first following the links between nodes"""
t = Trie()
for w in text.split():
    t.insert(w)
print(len(t), "trie" in t, "tri" in t, "keys" in t, "zebra" in t)
for p in ["t", "tr", "b", "de", "key", "x", ""]:
    res = t.complete(p)
    print(repr(p), len(res), res[:6])
vocab = sorted({w for w in text.split()})
for typo in ["tre", "strucure", "lnks", "charcters", "acess"]:
    best = min(vocab, key=lambda w: (edit_distance(typo, w), w))
    print(typo, "->", best, edit_distance(typo, best))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("same", "same"))
