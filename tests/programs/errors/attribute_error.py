# Uncaught AttributeError on a user object (no similarly named attribute exists).
class Account:
    def __init__(self):
        self.balance = 10
acct = Account()
print(acct.balance)
print(acct.overdraft_limit_xyz)
