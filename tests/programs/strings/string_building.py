# Building strings: accumulation, join, repetition, wrapping text manually.
text = ("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
        "labore et dolore magna aliqua Ut enim ad minim veniam quis nostrud exercitation ullamco")
def wrap(t, width):
    lines = []
    cur = ""
    for w in t.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for width in (20, 35):
    lines = wrap(text, width)
    print("+" + "-" * width + "+")
    for ln in lines:
        print("|" + ln.ljust(width) + "|")
    print("+" + "-" * width + "+")
    for ln in lines:
        gaps = ln.count(" ")
        if gaps == 0:
            print(ln)
            continue
        words = ln.split(" ")
        extra = width - len(ln)
        out = ""
        for i, w in enumerate(words[:-1]):
            out += w + " " * (1 + extra // gaps + (1 if i < extra % gaps else 0))
        print(out + words[-1])
def caesar(s, k):
    res = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)
enc = caesar("Attack at Dawn, Zebra!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("z"))
