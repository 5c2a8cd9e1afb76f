def connect(host, port, *, timeout):
    return host, port, timeout

print(connect('a', 1, timeout=2))
connect('a', port=1)
