try:
    pass
except (A, B) as (c, d):
    pass
