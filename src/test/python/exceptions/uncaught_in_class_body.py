class Config:
    name = 'cfg'
    size = len(name)
    value = int(name)

print('unreachable')
