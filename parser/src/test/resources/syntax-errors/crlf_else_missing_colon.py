if x:
  pass
else
