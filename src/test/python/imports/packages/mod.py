counter = 0
counter += 1
print('mod executed', __name__)
