class Parser:
    def parse(self, text):
        return [self.item(t) for t in text.split(',')]

    def item(self, t):
        return self.number(t.strip())

    def number(self, s):
        return int(s)

p = Parser()
print(p.parse('1, 2, 3'))
p.parse('1, two, 3')
