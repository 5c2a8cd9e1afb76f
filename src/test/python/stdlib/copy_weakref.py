# CPython's own copy and weakref modules on pyj (weakref.ref subclasses: KeyedRef, WeakMethod).
# Nothing here waits for a referent to be collected: pyj's collector runs on the JVM's schedule.
import copy
import weakref


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def norm(self):
        return abs(self.x) + abs(self.y)


class Custom:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        return Custom(["shallow"] + self.items)

    def __deepcopy__(self, memo):
        return Custom(["deep"] + copy.deepcopy(self.items, memo))


data = {"a": [1, 2, [3, 4]], "p": Point(1, 2), "t": (5, [6])}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["a"][2].append(99)
print(shallow["a"], deep["a"], shallow["p"] is data["p"], deep["p"] is data["p"], deep["p"])
print(copy.copy(Custom([1])).items, copy.deepcopy(Custom([[2]])).items)
loop = [1]
loop.append(loop)
d2 = copy.deepcopy(loop)
print(d2[1] is d2, d2[0])

p = Point(3, -4)
r = weakref.ref(p)
print(r() is p, weakref.getweakrefcount(p), type(r).__name__)
m = weakref.WeakMethod(p.norm)
print(type(m).__name__, m()(), isinstance(m, weakref.ref))
k = weakref.KeyedRef(p, None, "key1")
print(k.key, k() is p, type(k).__name__)
values = weakref.WeakValueDictionary()
values["p"] = p
print(list(values.keys()), values["p"] is p, len(values))
keys = weakref.WeakKeyDictionary()
keys[p] = "meta"
print(keys[p], p in keys)
s = weakref.WeakSet([p])
print(len(s), p in s)
