try:
    pass
except:
    pass
else x:
    pass
