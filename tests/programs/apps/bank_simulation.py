# A bank simulation: accounts with inheritance, exceptions, a transaction ledger, monthly processing,
# and a final report. Money is kept in integer cents to stay exact.

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number}: cannot withdraw {fmt(amount)}, balance {fmt(account.balance)}")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f"unknown account {self.args[0]!r}"

def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    whole, frac = divmod(cents, 100)
    return f"{sign}${whole:,}.{frac:02d}"

class Transaction:
    _next_id = 1
    def __init__(self, day, kind, account, amount, memo=""):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.day, self.kind, self.account, self.amount, self.memo = day, kind, account, amount, memo
    def __repr__(self):
        return f"T{self.id:03d}(day {self.day}, {self.kind}, {self.account}, {fmt(self.amount)})"

class Account:
    kind = "basic"
    monthly_fee = 0
    def __init__(self, number, owner, opening=0):
        self.number = number
        self.owner = owner
        self.balance = opening
        self.frozen = False
        self.history = []
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance
    def can_withdraw(self, amount):
        return amount <= self.balance
    def withdraw(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("withdrawal must be positive")
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        return self.balance
    def month_end(self):
        fee = self.monthly_fee
        self.balance -= fee
        return -fee
    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner}, {fmt(self.balance)})"
    def __lt__(self, other):
        return (self.owner, self.number) < (other.owner, other.number)

class Savings(Account):
    kind = "savings"
    rate_bp = 125  # basis points per month
    withdrawals_allowed = 2
    def __init__(self, number, owner, opening=0):
        super().__init__(number, owner, opening)
        self.withdrawals = 0
    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawals_allowed:
            raise BankError(f"account {self.number}: withdrawal limit reached")
        result = super().withdraw(amount)
        self.withdrawals += 1
        return result
    def month_end(self):
        interest = self.balance * self.rate_bp // 10000
        self.balance += interest
        self.withdrawals = 0
        return interest

class Checking(Account):
    kind = "checking"
    monthly_fee = 500
    def __init__(self, number, owner, opening=0, overdraft=0):
        super().__init__(number, owner, opening)
        self.overdraft = overdraft
    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft
    def month_end(self):
        delta = super().month_end()
        if self.balance < 0:
            penalty = 1500
            self.balance -= penalty
            delta -= penalty
        return delta

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.ledger = []
        self.day = 1
        self.errors = []
        self._numbers = iter(range(1001, 10000))
    def open(self, cls, owner, opening=0, **kw):
        number = f"AC{next(self._numbers)}"
        acct = cls(number, owner, opening, **kw)
        self.accounts[number] = acct
        self.record("open", number, opening, cls.kind)
        return acct
    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None
    def record(self, kind, number, amount, memo=""):
        t = Transaction(self.day, kind, number, amount, memo)
        self.ledger.append(t)
        if number in self.accounts:
            self.accounts[number].history.append(t)
        return t
    def deposit(self, number, amount):
        self.get(number).deposit(amount)
        return self.record("deposit", number, amount)
    def withdraw(self, number, amount):
        self.get(number).withdraw(amount)
        return self.record("withdraw", number, -amount)
    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.balance += amount
            raise
        self.record("xfer-out", src, -amount, f"to {dst}")
        self.record("xfer-in", dst, amount, f"from {src}")
    def attempt(self, description, fn, *args):
        try:
            fn(*args)
            return True
        except (BankError, ValueError) as e:
            self.errors.append((self.day, description, type(e).__name__, str(e)))
            return False
    def month_end(self):
        for number, acct in self.accounts.items():
            delta = acct.month_end()
            if delta:
                self.record("interest" if delta > 0 else "fees", number, delta)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

def simulate():
    bank = Bank("First Python Bank")
    alice_chk = bank.open(Checking, "alice", 50000, overdraft=20000)
    alice_sav = bank.open(Savings, "alice", 250000)
    bob_chk = bank.open(Checking, "bob", 1000)
    carol_sav = bank.open(Savings, "carol", 10000)
    dave = bank.open(Account, "dave", 0)
    script = [
        ("alice pays rent", bank.withdraw, alice_chk.number, 120000),
        ("bob deposits salary", bank.deposit, bob_chk.number, 320000),
        ("carol withdraws", bank.withdraw, carol_sav.number, 2000),
        ("carol withdraws again", bank.withdraw, carol_sav.number, 2000),
        ("carol third withdrawal", bank.withdraw, carol_sav.number, 100),
        ("bob pays alice", bank.transfer, bob_chk.number, alice_chk.number, 75050),
        ("dave overdraws", bank.withdraw, dave.number, 1),
        ("negative deposit", bank.deposit, dave.number, -5),
        ("unknown account", bank.deposit, "AC9999", 100),
        ("alice saves", bank.transfer, alice_chk.number, alice_sav.number, 10000),
        ("dave gets gift", bank.deposit, dave.number, 12345),
    ]
    for step, (desc, fn, *args) in enumerate(script):
        bank.day = step // 3 + 1
        ok = bank.attempt(desc, fn, *args)
        print(f"day {bank.day:2d} {desc:<24} {'ok' if ok else 'FAILED'}")
    dave.frozen = True
    bank.attempt("frozen deposit", bank.deposit, dave.number, 100)
    bank.attempt("transfer to frozen", bank.transfer, bob_chk.number, dave.number, 500)
    for month in range(1, 4):
        bank.day = 30 * month
        bank.month_end()
        print(f"after month {month}: total {fmt(bank.total())}")
    return bank

def report(bank):
    print()
    title = f"{bank.name} - statement"
    print(title)
    print("=" * len(title))
    header = f"{'account':<8} {'type':<9} {'owner':<6} {'balance':>13} {'txns':>4}"
    print(header)
    print("-" * len(header))
    for acct in sorted(bank.accounts.values()):
        print(f"{acct.number:<8} {acct.kind:<9} {acct.owner:<6} {fmt(acct.balance):>13} {len(acct.history):>4}")
    print("-" * len(header))
    print(f"{'total':<25} {fmt(bank.total()):>13} {len(bank.ledger):>4}")
    print()
    print("By owner:")
    owners = {}
    for acct in bank.accounts.values():
        owners.setdefault(acct.owner, []).append(acct.balance)
    for owner, balances in sorted(owners.items(), key=lambda kv: -sum(kv[1])):
        print(f"  {owner:<6} {len(balances)} account(s) {fmt(sum(balances)):>13}")
    print()
    print("Errors:")
    for day, desc, etype, msg in bank.errors:
        print(f"  day {day:2d} {desc}: {etype}: {msg}")
    print()
    print("Ledger by kind:")
    kinds = {}
    for t in bank.ledger:
        k = kinds.setdefault(t.kind, [0, 0])
        k[0] += 1
        k[1] += t.amount
    for kind in sorted(kinds):
        n, amt = kinds[kind]
        print(f"  {kind:<9} {n:3d} {fmt(amt):>14}")
    print()
    print("Last five transactions:")
    for t in bank.ledger[-5:]:
        print("  ", t)
    print()
    print("History of", bank.accounts["AC1001"].number)
    running = 0
    for t in bank.accounts["AC1001"].history:
        running += t.amount
        print(f"  day {t.day:3d} {t.kind:<9} {fmt(t.amount):>12} {fmt(running):>12} {t.memo}")
    assert running == bank.accounts["AC1001"].balance, "ledger does not reconcile"
    print("reconciled:", all(sum(t.amount for t in a.history) == a.balance for a in bank.accounts.values()))

bank = simulate()
report(bank)
try:
    bank.get("nope")
except KeyError as e:
    print("UnknownAccount is also a KeyError:", e, isinstance(e, BankError))
