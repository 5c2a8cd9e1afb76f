class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        self._check(amount)
        self.balance -= amount
    def _check(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')

a = Account(10)
a.withdraw(5)
print(a.balance)
a.withdraw(50)
