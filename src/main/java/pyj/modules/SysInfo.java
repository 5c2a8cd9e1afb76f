package pyj.modules;

import pyj.interp.InterpreterState;
import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBool;
import pyj.objects.PyDict;
import pyj.objects.PyFloat;
import pyj.objects.PyInt;
import pyj.objects.PyList;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySet;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/** sys's descriptive constants and small functions, with CPython 3.11's values where they apply to pyj. */
final class SysInfo {
    private SysInfo() {}

    static final PyType VERSION_INFO = StructSeq.newType("sys", "version_info", "major", "minor", "micro",
            "releaselevel", "serial");
    static final PyType FLAGS = StructSeq.newType("sys", "flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
            "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits");
    static final PyType HASH_INFO = StructSeq.newType("sys", "hash_info", "width", "modulus", "inf", "nan", "imag",
            "algorithm", "hash_bits", "seed_bits", "cutoff");
    static final PyType FLOAT_INFO = StructSeq.newType("sys", "float_info", "max", "max_exp", "max_10_exp", "min",
            "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final PyType INT_INFO = StructSeq.newType("sys", "int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    static final PyType THREAD_INFO = StructSeq.newType("sys", "thread_info", "name", "lock", "version");

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static {
        // version_info compares as the tuple it is in CPython.
        for (int op = 0; op < 6; op++) {
            int o = op;
            Methods.def(VERSION_INFO, CMP[op], 1, 1, a -> {
                PyObject other = a[1] instanceof StructSeq s ? new PyTuple(s.values) : a[1];
                return other instanceof PyTuple
                        ? Abstract.richCompare(new PyTuple(((StructSeq) a[0]).values), other, o)
                        : PySingleton.NOT_IMPLEMENTED;
            });
        }
    }

    /** From CPython 3.11's Python/stdlib_module_names.h. */
    static final String STDLIB_NAMES = ""
            + " __future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs"
            + " _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections"
            + " _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses"
            + " _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external"
            + " _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi"
            + " _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem"
            + " _posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512"
            + " _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct"
            + " _symtable _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings"
            + " _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio"
            + " asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb"
            + " chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser"
            + " contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal"
            + " difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp"
            + " fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib"
            + " grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress"
            + " itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math"
            + " mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path"
            + " numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil"
            + " platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc"
            + " pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched"
            + " secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket"
            + " socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string"
            + " stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib"
            + " tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace"
            + " traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid"
            + " venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile"
            + " zipimport zlib zoneinfo"
            ;

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static PyObject s(String v) {
        return PyStr.of(v);
    }

    private static PyObject b(boolean v) {
        return PyBool.of(v);
    }

    static void install(PyModule m, InterpreterState interp) {
        PyDict d = m.dict;
        PyObject versionInfo = StructSeq.of(VERSION_INFO, i(3), i(11), i(7), s("final"), i(0));
        long hexversion = 0x030B07F0L;
        d.putStr("version_info", versionInfo);
        d.putStr("hexversion", i(hexversion));
        d.putStr("version", s("3.11.7 (pyj) [Java " + Runtime.version() + "]"));
        d.putStr("api_version", i(1013));
        d.putStr("byteorder", s("little")); // pyj.modules.sre reads BIGCHARSET words little-endian
        d.putStr("maxunicode", i(0x10FFFF));
        d.putStr("float_repr_style", s("short"));
        SimpleNamespace impl = SimpleNamespace.of();
        impl.dict.putStr("name", s("pyj"));
        impl.dict.putStr("cache_tag", PySingleton.NONE); // pyj writes no .pyc files
        impl.dict.putStr("version", versionInfo);
        impl.dict.putStr("hexversion", i(hexversion));
        impl.dict.putStr("_multiarch", s("x86_64-linux-gnu"));
        d.putStr("implementation", impl);
        String seed = System.getenv("PYTHONHASHSEED");
        d.putStr("flags", StructSeq.of(FLAGS, i(0), i(0), i(0), i(0), i(1), i(0), i(0), i(0), i(0), i(0), i(0),
                i("0".equals(seed) ? 0 : 1), i(0), b(false), i(0), i(0), b(false), i(-1)));
        d.putStr("hash_info", StructSeq.of(HASH_INFO, i(64), i(PyFloat.HASH_MODULUS), i(314159), i(0), i(1000003),
                s("siphash13"), i(64), i(128), i(0)));
        d.putStr("float_info", StructSeq.of(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), i(1024), i(308),
                new PyFloat(Double.MIN_NORMAL), i(-1021), i(-307), i(15), i(53), new PyFloat(Math.ulp(1.0)), i(2), i(1)));
        d.putStr("int_info", StructSeq.of(INT_INFO, i(30), i(4), i(4300), i(640)));
        d.putStr("thread_info", StructSeq.of(THREAD_INFO, s("pthread"), PySingleton.NONE, PySingleton.NONE));
        PyObject[] names = InterpreterState.BUILTIN_MODULES.stream().sorted().map(PyStr::of).toArray(PyObject[]::new);
        d.putStr("builtin_module_names", new PyTuple(names));
        PySet stdlib = new PySet(true);
        for (String n : STDLIB_NAMES.strip().split(" ")) {
            stdlib.add(PyStr.of(n));
        }
        d.putStr("stdlib_module_names", stdlib);
        String exe = System.getProperty("pyj.executable", "");
        d.putStr("executable", s(exe));
        d.putStr("_base_executable", s(exe));
        java.nio.file.Path lib = Stdlib.location();
        String prefix = lib == null || lib.getParent() == null || lib.getParent().getParent() == null ? ""
                : lib.getParent().getParent().toString();
        for (String k : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            d.putStr(k, s(prefix));
        }
        d.putStr("platlibdir", s("lib"));
        d.putStr("pycache_prefix", PySingleton.NONE);
        d.putStr("dont_write_bytecode", PyBool.TRUE); // nothing is cached on disk
        d.putStr("warnoptions", new PyList());
        d.putStr("_xoptions", new PyDict());
        d.putStr("orig_argv", new PyList());
        // pyj's importer (pyj.interp.Importer) does not consult these: it has its own builtin and
        // path finders. They exist because stdlib code reads and appends to them.
        d.putStr("meta_path", new PyList());
        d.putStr("path_hooks", new PyList());
        d.putStr("path_importer_cache", new PyDict());
        d.putStr("abiflags", s(""));
        ModuleDefs.def(m, "getdefaultencoding", (a, k) -> {
            pyj.objects.Args.checkPositional("getdefaultencoding", a, k, 0, 0);
            return s("utf-8");
        });
        ModuleDefs.def(m, "getfilesystemencoding", (a, k) -> {
            pyj.objects.Args.checkPositional("getfilesystemencoding", a, k, 0, 0);
            return s("utf-8");
        });
        ModuleDefs.def(m, "getfilesystemencodeerrors", (a, k) -> {
            pyj.objects.Args.checkPositional("getfilesystemencodeerrors", a, k, 0, 0);
            return s("surrogateescape");
        });
        ModuleDefs.def(m, "intern", (a, k) -> {
            pyj.objects.Args.checkPositional("intern", a, k, 1, 1);
            if (!(a[0] instanceof PyStr str) || a[0].type() != PyStr.TYPE) {
                throw Exc.typeError("intern() argument must be str, not " + Abstract.typeName(a[0]));
            }
            return str; // pyj compares strings by value; identity of equal strings is not promised
        });
        // Audit hooks: with none added, sys.audit does nothing, as in CPython.
        PyList hooks = new PyList();
        ModuleDefs.def(m, "addaudithook", (a, k) -> {
            pyj.objects.Args.checkPositional("addaudithook", a, k, 1, 1);
            hooks.append(a[0]);
            return PySingleton.NONE;
        });
        ModuleDefs.def(m, "audit", (a, k) -> {
            if (a.length == 0 || (k != null && k.length > 0)) {
                throw Exc.typeError("audit() missing 1 required positional argument: 'event'");
            }
            if (!(a[0] instanceof PyStr)) {
                throw Exc.typeError("expected str for argument 'event', not " + Abstract.typeName(a[0]));
            }
            PyTuple rest = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length));
            for (PyObject h : hooks.toArray()) {
                Abstract.call(h, a[0], rest);
            }
            return PySingleton.NONE;
        });
    }
}
