def cleanup():
    raise OSError('disk gone')

def process():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup()

process()
