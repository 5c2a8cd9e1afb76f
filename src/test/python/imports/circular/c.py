import d
C = 1
