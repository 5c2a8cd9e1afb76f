package pyj.interp;

import pyj.code.PyCode;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBaseException;
import pyj.objects.PyCodeObj;
import pyj.objects.PyInt;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * What the import system and exec/eval/compile add to builtin types: module repr and
 * construction, code object attributes, and the attributes of ImportError and SyntaxError.
 */
final class ImportTypes {
    private ImportTypes() {}

    private static boolean installed;
    private static final PySingleton NONE = PySingleton.NONE;

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        installModule();
        installCode();
        installImportError();
        installSyntaxError();
    }

    private static void installModule() {
        PyType t = PyModule.TYPE;
        Methods.staticNew(t, (cls, a, k) -> new PyModule("?"));
        Methods.defKw(t, "__init__", (a, k) -> {
            Args args = new Args("module", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"name", "doc"},
                    1, 2);
            PyObject name = args.get(0, NONE);
            if (!(name instanceof PyStr)) {
                throw Exc.typeError("module.__init__() argument 'name' must be str, not " + name.type().name());
            }
            PyModule m = (PyModule) a[0];
            m.dict.putStr("__name__", name);
            m.dict.putStr("__doc__", args.get(1, NONE));
            return NONE;
        });
        // importlib._bootstrap._module_repr
        Methods.def(t, "__repr__", 0, 0, a -> {
            PyModule m = (PyModule) a[0];
            PyObject spec = m.dict.getStr("__spec__");
            PyObject nameObj = m.dict.getStr("__name__");
            String name = nameObj instanceof PyStr ? Abstract.repr(nameObj).value() : "'?'";
            if (spec != null && spec != NONE) {
                PyObject origin = Abstract.getAttrOrNull(spec, "origin");
                PyObject loader = Abstract.getAttrOrNull(spec, "loader");
                PyObject locations = Abstract.getAttrOrNull(spec, "submodule_search_locations");
                if (origin == null || origin == NONE) {
                    if (locations != null && locations != NONE) {
                        return PyStr.of("<module " + name + " (namespace) from " + Abstract.repr(locations).value() + ">");
                    }
                    if (loader == null || loader == NONE) {
                        return PyStr.of("<module " + name + ">");
                    }
                    return PyStr.of("<module " + name + " (" + Abstract.repr(loader).value() + ")>");
                }
                PyObject hasLocation = Abstract.getAttrOrNull(spec, "has_location");
                if (hasLocation != null && Abstract.isTrue(hasLocation)) {
                    return PyStr.of("<module " + name + " from " + Abstract.repr(origin).value() + ">");
                }
                return PyStr.of("<module " + name + " (" + Abstract.str(origin).value() + ")>");
            }
            PyObject file = m.dict.getStr("__file__");
            if (file instanceof PyStr) {
                return PyStr.of("<module " + name + " from " + Abstract.repr(file).value() + ">");
            }
            return PyStr.of("<module " + name + ">");
        });
    }

    private static PyTuple names(java.util.List<String> l) {
        PyObject[] items = new PyObject[l.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(l.get(i));
        }
        return new PyTuple(items);
    }

    private static PyCode code(PyObject x) {
        return ((PyCodeObj) x).code;
    }

    private static void installCode() {
        PyType t = PyCodeObj.TYPE;
        Methods.getter(t, "co_qualname", x -> PyStr.of(code(x).qualname()));
        Methods.getter(t, "co_argcount", x -> PyInt.of(code(x).argcount()));
        Methods.getter(t, "co_posonlyargcount", x -> PyInt.of(code(x).posonlyargcount()));
        Methods.getter(t, "co_kwonlyargcount", x -> PyInt.of(code(x).kwonlyargcount()));
        Methods.getter(t, "co_nlocals", x -> PyInt.of(code(x).nlocals()));
        Methods.getter(t, "co_stacksize", x -> PyInt.of(code(x).stacksize()));
        Methods.getter(t, "co_flags", x -> PyInt.of(code(x).flags()));
        Methods.getter(t, "co_varnames", x -> names(code(x).varnames()));
        Methods.getter(t, "co_cellvars", x -> names(code(x).cellvars()));
        Methods.getter(t, "co_freevars", x -> names(code(x).freevars()));
        Methods.getter(t, "co_names", x -> names(code(x).names()));
        Methods.getter(t, "co_consts", x -> {
            Exec e = Exec.of((PyCodeObj) x);
            for (int i = 0; i < e.consts.length; i++) {
                if (e.unsupported[i] != null) {
                    throw Exc.notImplemented(e.unsupported[i]);
                }
            }
            return new PyTuple(e.consts.clone());
        });
        for (String bytesAttr : new String[] {"co_code", "co_lnotab", "co_linetable", "co_exceptiontable"}) {
            Methods.getter(t, bytesAttr, x -> {
                throw Exc.notImplemented("pyj: code." + bytesAttr + " needs the bytes type, which is not implemented yet");
            });
        }
        Methods.def(t, "co_lines", 0, 0, a -> {
            java.util.List<PyObject> out = new java.util.ArrayList<>();
            for (pyj.code.LocationTable.LineRange r : code(a[0]).lines()) {
                out.add(new PyTuple(PyInt.of(r.start()), PyInt.of(r.end()), r.line() < 0 ? NONE : PyInt.of(r.line())));
            }
            return Abstract.iter(new pyj.objects.PyList(out.toArray(new PyObject[0])));
        });
    }

    private static PyObject attrOrNone(PyBaseException e, String name) {
        PyObject v = e.instanceDict().getStr(name);
        if (v == null && name.equals("msg") && e.args.size() == 1) {
            // Raised from Java without running __init__: msg is the one argument, as __init__ would set.
            return e.args.get(0);
        }
        return v == null ? NONE : v;
    }

    private static void attrs(PyType t, String... names) {
        for (String n : names) {
            Methods.getset(t, n, x -> attrOrNone((PyBaseException) x, n),
                    (x, v) -> ((PyBaseException) x).setInstanceAttr(n, v));
        }
    }

    /** ImportError(*args, name=None, path=None): msg is args[0] when there is one argument. */
    private static void installImportError() {
        PyType t = Exc.ImportError;
        Methods.defKw(t, "__init__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            int nk = k == null ? 0 : k.length;
            int np = a.length - 1 - nk;
            PyObject name = NONE;
            PyObject path = NONE;
            for (int i = 0; i < nk; i++) {
                PyObject v = a[1 + np + i];
                switch (k[i]) {
                    case "name" -> name = v;
                    case "path" -> path = v;
                    default -> throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for "
                            + e.type().name() + "()");
                }
            }
            e.args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, 1 + np));
            e.setInstanceAttr("name", name);
            e.setInstanceAttr("path", path);
            e.setInstanceAttr("msg", np == 1 ? a[1] : NONE);
            return NONE;
        });
        attrs(t, "msg", "name", "path");
        Methods.def(t, "__str__", 0, 0, a -> {
            PyBaseException e = (PyBaseException) a[0];
            PyObject msg = attrOrNone(e, "msg");
            return msg != NONE ? Abstract.str(msg) : e.strImpl();
        });
    }

    /** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
    private static void installSyntaxError() {
        PyType t = Exc.SyntaxError;
        Methods.defKw(t, "__init__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Exc.typeError(a[0].type().name() + "() takes no keyword arguments");
            }
            PyBaseException e = (PyBaseException) a[0];
            e.args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length));
            if (a.length > 1) {
                e.setInstanceAttr("msg", a[1]);
            }
            if (a.length == 3) {
                PyObject[] info = Abstract.toArray(a[2]);
                if (info.length < 4 || info.length > 6) {
                    throw Exc.indexError("tuple index out of range");
                }
                String[] fields = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
                for (int i = 0; i < info.length; i++) {
                    e.setInstanceAttr(fields[i], info[i]);
                }
            }
            return NONE;
        });
        attrs(t, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line");
        // SyntaxError_str: "msg (basename, line N)".
        Methods.def(t, "__str__", 0, 0, a -> {
            PyBaseException e = (PyBaseException) a[0];
            PyObject msg = attrOrNone(e, "msg");
            String m = Abstract.str(msg).value();
            PyObject filename = attrOrNone(e, "filename");
            PyObject lineno = attrOrNone(e, "lineno");
            String fn = null;
            if (filename instanceof PyStr fs) {
                fn = fs.value().substring(fs.value().lastIndexOf('/') + 1);
            }
            boolean haveLine = lineno instanceof PyInt;
            if (fn != null && haveLine) {
                return PyStr.of(m + " (" + fn + ", line " + Abstract.str(lineno).value() + ")");
            }
            if (fn != null) {
                return PyStr.of(m + " (" + fn + ")");
            }
            if (haveLine) {
                return PyStr.of(m + " (line " + Abstract.str(lineno).value() + ")");
            }
            return PyStr.of(m);
        });
    }
}
