# An exception raised in a deeply nested method call, after partial output and a handled error.
class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.item(t) for t in self.text.split(",")]
    def item(self, t):
        if not t.strip():
            raise SyntaxError("empty item")
        return t.strip()
try:
    Parser("a,,b").parse()
except SyntaxError as e:
    print("handled:", e.msg)
print(Parser("x, y").parse())
class LookupFailed(LookupError):
    def __str__(self):
        return "custom __str__ used for the message"
raise LookupFailed("ignored arg")
