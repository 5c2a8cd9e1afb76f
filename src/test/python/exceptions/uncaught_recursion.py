def walk(node):
    return walk(node)

print('start')
walk(1)
