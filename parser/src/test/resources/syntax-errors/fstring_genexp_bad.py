x = f'{x for x in}'
