def outer():
    def middle():
        def inner():
            return {}['key']
        return inner()
    return middle()

outer()
