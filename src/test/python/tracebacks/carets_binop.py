# uncaught: a binary operation's caret markers
def f(a, b):
    return (a) + b
x = {'k': [1, 2]}
print(x['k'][1])
f(1, None)
