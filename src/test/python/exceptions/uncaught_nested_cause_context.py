def step1():
    raise ValueError('step1')

def step2():
    try:
        step1()
    except ValueError as e:
        try:
            raise TypeError('step2')
        except TypeError as t:
            raise KeyError('step3') from t

step2()
