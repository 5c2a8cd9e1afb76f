import sys
print(sys.byteorder, sys.maxunicode, sys.platform, sys.api_version, hex(sys.hexversion))
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(sys.float_info.epsilon, sys.float_info[0], len(sys.float_info), list(sys.int_info))
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(isinstance(sys.warnoptions, list), isinstance(sys.path_hooks, list), type(sys.path_importer_cache).__name__)
print('re' in sys.stdlib_module_names, 'sys' in sys.builtin_module_names, sys.intern('ab') == 'ab')
impl = sys.implementation
print(type(impl).__name__, impl.version == sys.version_info, impl.hexversion == sys.hexversion)
NS = type(impl)
ns = NS(a=1, b='x')
ns.c = [ns]
print(ns, ns == NS(a=1, b='x', c=[ns]), ns != NS())
del ns.c
print(ns, vars(ns))
try:
    NS(1)
except TypeError as e:
    print('TypeError', e)
sys.audit('my.event', 1, 2)
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith('my.') else None)
sys.audit('my.event', 1, 2)
print(events)
try:
    sys.float_info.max = 1
except AttributeError as e:
    print('AttributeError')
