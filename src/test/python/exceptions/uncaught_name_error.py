def compute():
    return totl + 1

total = 5
compute()
