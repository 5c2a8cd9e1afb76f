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
