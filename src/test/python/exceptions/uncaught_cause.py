# An uncaught exception raised "from" another: both tracebacks, the cause first.
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad config: ' + text) from e


print(load('12'))
load('x')
