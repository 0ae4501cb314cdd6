# A doubly linked list class with the full sequence protocol.
class Node:
    __slots__ = ("value", "prev", "next")
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None
class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for x in items:
            self.append(x)
    def append(self, v):
        n = Node(v)
        if self.tail is None:
            self.head = self.tail = n
        else:
            n.prev = self.tail
            self.tail.next = n
            self.tail = n
        self.size += 1
    def appendleft(self, v):
        n = Node(v)
        if self.head is None:
            self.head = self.tail = n
        else:
            n.next = self.head
            self.head.prev = n
            self.head = n
        self.size += 1
    def _node(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        if i < self.size // 2:
            n = self.head
            for _ in range(i):
                n = n.next
        else:
            n = self.tail
            for _ in range(self.size - 1 - i):
                n = n.prev
        return n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(self[j] for j in range(*i.indices(self.size)))
        return self._node(i).value
    def __setitem__(self, i, v):
        self._node(i).value = v
    def __delitem__(self, i):
        n = self._node(i)
        if n.prev:
            n.prev.next = n.next
        else:
            self.head = n.next
        if n.next:
            n.next.prev = n.prev
        else:
            self.tail = n.prev
        self.size -= 1
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __reversed__(self):
        n = self.tail
        while n:
            yield n.value
            n = n.prev
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __iadd__(self, other):
        for x in other:
            self.append(x)
        return self
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(x) for x in self) + "])"
    def reverse(self):
        n = self.head
        while n:
            n.prev, n.next = n.next, n.prev
            n = n.prev
        self.head, self.tail = self.tail, self.head
    def pop(self):
        v = self[-1]
        del self[-1]
        return v
ll = LinkedList([3, 1, 4, 1, 5])
ll.append(9)
ll.appendleft(2)
print(ll, len(ll), ll[0], ll[-1], ll[3], 4 in ll, 7 in ll)
ll[1] = 30
del ll[0]
del ll[-1]
del ll[2]
print(ll, list(reversed(ll)), ll[1:3], ll[::-1])
ll.reverse()
print(ll, ll.pop(), ll, sum(ll), sorted(ll), max(ll))
ll += [7, 8]
print(ll + LinkedList("ab"), ll == LinkedList([5, 1, 30, 7, 8]), ll == [5, 1, 30, 7, 8])
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
empty.append("only")
empty.reverse()
print(empty, empty.pop(), empty, empty.head is None, empty.tail is None)
