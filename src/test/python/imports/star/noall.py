import sys as _sys
public = 1
_hidden = 2
def func(): pass
