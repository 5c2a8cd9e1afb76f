name = 'helper in ' + __package__
if __name__ == '__main__':
    print('not printed')
