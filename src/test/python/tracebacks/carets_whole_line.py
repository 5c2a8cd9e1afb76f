# markers omitted when the failing span is the whole line; two-char operators
a, b = 1, 0
try:
    a ** -1.5 / b
except ZeroDivisionError:
    pass
l = []
l[0] += 1
