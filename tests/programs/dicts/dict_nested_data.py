# Nested dict/list data: traversal, aggregation, pretty-ish output.
inventory = {
    "fruits": {"apple": {"qty": 10, "price": 0.5}, "pear": {"qty": 4, "price": 0.75}},
    "dairy": {"milk": {"qty": 2, "price": 1.2}, "cheese": {"qty": 1, "price": 7.0}},
    "bakery": {},
}
total = 0
for cat, items in inventory.items():
    sub = sum(i["qty"] * i["price"] for i in items.values())
    total += sub
    print(f"{cat}: {len(items)} items, value {sub:.2f}")
    for name, info in sorted(items.items()):
        print(f"  - {name}: {info['qty']} @ {info['price']}")
print(f"total {total:.2f}")
def walk(obj, path=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, path + (k,))
    else:
        yield path, obj
for p, v in walk(inventory):
    print(".".join(p), "=", v)
inventory["bakery"]["bread"] = {"qty": 3, "price": 2.0}
inventory["fruits"]["apple"]["qty"] -= 3
print(inventory["bakery"], inventory["fruits"]["apple"])
cheapest = min(((c, n, i["price"]) for c, items in inventory.items() for n, i in items.items()), key=lambda t: t[2])
print(cheapest)
