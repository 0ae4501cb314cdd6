# Raising a bare exception class: message-less last line.
print("before")
raise NotImplementedError
