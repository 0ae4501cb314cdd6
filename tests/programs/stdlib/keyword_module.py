import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print([w for w in ["if", "match", "print", "None", "_", "async"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "print", "None", "_", "case"] if keyword.issoftkeyword(w)])
print(keyword.__name__, keyword.__all__)
