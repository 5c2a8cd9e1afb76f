# bytes/bytearray: hex/fromhex, mutation, encode/decode errors, comparisons and repr.
b = bytes(range(0, 256, 37))
print(b, b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
for bad in ["zz", "abc", "0 g"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba += b"!"
ba.append(33)
ba.extend([63, 63])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
del ba[::2]
print(ba)
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.append("x"), lambda: ba.__setitem__(0, b"ab"), lambda: bytes([1, -1]),
            lambda: bytes("x"), lambda: bytearray(b"").pop(), lambda: ba.remove(0)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print("héllo".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print(b"h\xc3\xa9".decode(), b"h\xe9".decode("latin-1"), b"h\xe9x".decode("utf-8", "replace"), b"h\xe9".decode("ascii", "ignore"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
try:
    b"a\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.object)
print(b"abc" < b"abd", b"a" == bytearray(b"a"), b"\x00\n\t'\"\\", bytearray(b"'"), b"x" * 3, 3 * bytearray(b"y"))
print(b"%s" % b"x", list(b"ab"), b"ab"[0], b"ab"[-1:], bytes(3), bytearray(2), b"a" in b"cat", 97 in b"cat")
