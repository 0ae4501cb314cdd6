# An uncaught custom exception with a message.
class InventoryError(Exception):
    pass
stock = {"apples": 3}
def take(item, n):
    if stock.get(item, 0) < n:
        raise InventoryError(f"not enough {item}: have {stock.get(item, 0)}, need {n}")
    stock[item] -= n
    print("took", n, item)
take("apples", 2)
take("apples", 5)
