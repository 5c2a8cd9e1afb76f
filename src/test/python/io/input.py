# input() reads stdin (io/input.in), writing the prompt to stdout; EOFError at the end.
name = input('name? ')
print('hello', name)
print(repr(input()))
total = 0
while True:
    try:
        total += int(input())
    except EOFError as e:
        print('EOF', repr(str(e)))
        break
print(total)
