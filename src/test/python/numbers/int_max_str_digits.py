# The int/str conversion digit limit (CPython 3.11.7): default, and the errors past it.
import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(5001)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 9000)), len(str(int("7" * 6000))))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
print(int("1" * 4300) % 7, hex(10 ** 5000)[:10], int("f" * 5000, 16) % 11)
