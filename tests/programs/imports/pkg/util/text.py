print("pkg.util.text loading")
def banner(s, ch="*"):
    line = ch * (len(s) + 4)
    return f"{line}\n{ch} {s} {ch}\n{line}"
def shout(s):
    return s.upper() + "!"
