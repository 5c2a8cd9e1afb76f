# uncaught: an expression spanning lines, and a call that spans the whole line
def k(a,
      b):
    return a.missing
x = (1 +
     2)
k(1,
  2)
