package pyj.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import pyj.code.PyCode;
import pyj.compile.CompileRecursionError;
import pyj.compile.Compiler;
import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.PyBaseException;
import pyj.objects.PyBool;
import pyj.objects.PyDict;
import pyj.objects.PyException;
import pyj.objects.PyList;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.parse.PyMemoryError;
import pyj.parse.PySyntaxError;

/**
 * The import system without importlib: CPython's PyImport_ImportModuleLevelObject and the parts
 * of importlib._bootstrap it calls (_find_and_load, _handle_fromlist, resolve_name), with the same
 * errors. Finders: the builtin (Java) modules, then source files on sys.path or the parent
 * package's __path__ (regular packages with __init__.py, modules NAME.py, namespace packages).
 * Nothing is cached on disk.
 */
final class Importer {
    private final InterpreterState interp;

    Importer(InterpreterState interp) {
        this.interp = interp;
    }

    private PyDict sysModules() {
        if (interp.sys.dict.getStr("modules") instanceof PyDict d) {
            return d;
        }
        throw Exc.runtimeError("lost sys.modules");
    }

    /** IMPORT_NAME: honours a replaced builtins.__import__, as import_name in ceval.c. */
    PyObject importName(Frame f, String name, PyObject fromlist, PyObject level) {
        PyObject imp = f.builtins.getStr("__import__");
        if (imp == null) {
            throw Exc.of(Exc.ImportError, "__import__ not found");
        }
        if (imp == interp.originalImport) {
            return importModuleLevel(PyStr.of(name), f.globals, fromlist, Abstract.index(level).intValue());
        }
        PyObject locals = f.locals == null ? PySingleton.NONE : f.locals;
        return Abstract.call(imp, PyStr.of(name), f.globals, locals, fromlist, level);
    }

    /** PyImport_ImportModuleLevelObject: __import__(name, globals, locals, fromlist, level). */
    PyObject importModuleLevel(PyObject nameObj, PyObject globals, PyObject fromlist, int level) {
        if (!(nameObj instanceof PyStr ns)) {
            throw Exc.typeError("module name must be a string");
        }
        if (level < 0) {
            throw Exc.valueError("level must be >= 0");
        }
        String name = ns.value();
        String absName;
        if (level > 0) {
            absName = resolveName(name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw Exc.valueError("Empty module name");
            }
            absName = name;
        }
        PyObject mod = importAbsolute(absName);
        boolean hasFrom = fromlist != null && fromlist != PySingleton.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            int dot = name.indexOf('.');
            if (level == 0 || !name.isEmpty()) {
                if (dot < 0) {
                    return mod;
                }
                String front = name.substring(0, dot);
                if (level == 0) {
                    return importModuleLevel(PyStr.of(front), null, null, 0);
                }
                String toReturn = absName.substring(0, absName.length() - (name.length() - front.length()));
                PyObject m = sysModules().getStr(toReturn);
                if (m == null) {
                    throw Exc.keyError(PyStr.of(toReturn + " not in sys.modules as expected"));
                }
                return m;
            }
            return mod;
        }
        if (Abstract.getAttrOrNull(mod, "__path__") != null) {
            handleFromlist(mod, fromlist, false);
        }
        return mod;
    }

    /** The module named absName from sys.modules, loading it first if needed. */
    PyObject importAbsolute(String absName) {
        PyObject mod = sysModules().getStr(absName);
        if (mod == PySingleton.NONE) {
            throw moduleNotFound("import of " + absName + " halted; None in sys.modules", absName);
        }
        if (mod != null) {
            return mod;
        }
        return findAndLoad(absName);
    }

    /** importlib._bootstrap._resolve_name with the package found as _calc___package__ does. */
    private static String resolveName(String name, PyObject globalsObj, int level) {
        if (!(globalsObj instanceof PyDict globals)) {
            throw Exc.typeError("globals must be a dict");
        }
        PyObject pkg = globals.getStr("__package__");
        if (pkg == PySingleton.NONE) {
            pkg = null;
        }
        PyObject spec = globals.getStr("__spec__");
        String pkgName;
        if (pkg != null) {
            if (!(pkg instanceof PyStr ps)) {
                throw Exc.typeError("package must be a string");
            }
            pkgName = ps.value();
        } else if (spec != null && spec != PySingleton.NONE) {
            PyObject parent = Abstract.getAttr(spec, "parent");
            if (!(parent instanceof PyStr ps)) {
                throw Exc.typeError("__spec__.parent must be a string");
            }
            pkgName = ps.value();
        } else {
            PyObject n = globals.getStr("__name__");
            if (n == null) {
                throw Exc.keyError(PyStr.of("'__name__' not in globals"));
            }
            if (!(n instanceof PyStr ps)) {
                throw Exc.typeError("__name__ must be a string");
            }
            pkgName = ps.value();
            if (globals.getStr("__path__") == null) {
                int dot = pkgName.lastIndexOf('.');
                pkgName = dot < 0 ? "" : pkgName.substring(0, dot);
            }
        }
        if (pkgName.isEmpty()) {
            throw Exc.of(Exc.ImportError, "attempted relative import with no known parent package");
        }
        int lastDot = pkgName.length();
        for (int up = 1; up < level; up++) {
            lastDot = pkgName.lastIndexOf('.', lastDot - 1);
            if (lastDot < 0) {
                throw Exc.of(Exc.ImportError, "attempted relative import beyond top-level package");
            }
        }
        String base = pkgName.substring(0, lastDot);
        return name.isEmpty() ? base : base + "." + name;
    }

    static PyException moduleNotFound(String msg, String name) {
        PyException e = Exc.of(Exc.ModuleNotFoundError, msg);
        e.exc.setInstanceAttr("name", PyStr.of(name));
        return e;
    }

    /** importlib._bootstrap._find_and_load_unlocked. */
    private PyObject findAndLoad(String name) {
        PyObject path = null;
        int dot = name.lastIndexOf('.');
        String parent = dot < 0 ? "" : name.substring(0, dot);
        if (!parent.isEmpty()) {
            if (sysModules().getStr(parent) == null) {
                importAbsolute(parent);
            }
            PyObject m = sysModules().getStr(name);
            if (m != null) {
                return m;
            }
            PyObject parentModule = sysModules().getStr(parent);
            path = parentModule == null ? null : Abstract.getAttrOrNull(parentModule, "__path__");
            if (path == null) {
                throw moduleNotFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
        }
        PyObject module = findBuiltin(name);
        if (module == null) {
            Found found = findSource(name, path);
            if (found == null) {
                throw moduleNotFound("No module named '" + name + "'", name);
            }
            module = load(name, found);
        }
        if (!parent.isEmpty()) {
            PyObject parentModule = sysModules().getStr(parent);
            if (parentModule != null) {
                try {
                    Abstract.setAttr(parentModule, name.substring(dot + 1), module);
                } catch (PyException e) {
                    if (!Exc.matches(e, Exc.AttributeError)) {
                        throw e;
                    }
                }
            }
        }
        return module;
    }

    /** A builtin (Java) module: created on first import, put in sys.modules. */
    private PyObject findBuiltin(String name) {
        PyModule m = interp.createBuiltinModule(name);
        if (m == null) {
            return null;
        }
        m.dict.putStr("__spec__", new ModuleSpec(name, PyStr.of("built-in"), null, false, PySingleton.NONE));
        sysModules().putStr(name, m);
        return m;
    }

    /** Where a source module was found: its file (null for a namespace package), and __path__ for a package. */
    private record Found(Path file, PyList searchLocations) {}

    /** PathFinder over path (sys.path when null): a package directory, NAME.py, else a namespace package. */
    private Found findSource(String name, PyObject path) {
        String tail = name.substring(name.lastIndexOf('.') + 1);
        PyObject entries = path;
        if (entries == null) {
            entries = interp.sys.dict.getStr("path");
            if (entries == null) {
                throw Exc.of(Exc.ImportError, "sys.path must be a list of directory names");
            }
        }
        PyList namespace = null;
        PyObject it = Abstract.iter(entries);
        for (PyObject e; (e = Abstract.next(it)) != null; ) {
            if (!(e instanceof PyStr es)) {
                continue;
            }
            Path dir;
            try {
                dir = es.value().isEmpty() ? Path.of("").toAbsolutePath() : Path.of(es.value());
            } catch (java.nio.file.InvalidPathException ex) {
                continue;
            }
            Path pkgDir = dir.resolve(tail);
            Path init = pkgDir.resolve("__init__.py");
            if (Files.isDirectory(pkgDir) && Files.isRegularFile(init)) {
                PyList locations = new PyList();
                locations.append(PyStr.of(joinPath(es.value(), tail)));
                return new Found(Path.of(joinPath(joinPath(es.value(), tail), "__init__.py")), locations);
            }
            Path file = dir.resolve(tail + ".py");
            if (Files.isRegularFile(file)) {
                return new Found(Path.of(joinPath(es.value(), tail + ".py")), null);
            }
            if (Files.isDirectory(pkgDir)) {
                if (namespace == null) {
                    namespace = new PyList();
                }
                namespace.append(PyStr.of(joinPath(es.value(), tail)));
            }
        }
        return namespace == null ? null : new Found(null, namespace);
    }

    /** os.path.join for one component; the empty path entry stands for the current directory as an absolute path. */
    private static String joinPath(String dir, String name) {
        if (dir.isEmpty()) {
            dir = Path.of("").toAbsolutePath().toString();
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** importlib._bootstrap._load_unlocked for a source module or namespace package. */
    private PyObject load(String name, Found found) {
        PyObject origin = found.file == null ? PySingleton.NONE : PyStr.of(found.file.toString());
        PyObject cached = found.file == null ? PySingleton.NONE : PyStr.of(cachedPath(found.file));
        ModuleSpec spec = new ModuleSpec(name, origin, found.searchLocations, found.file != null, cached);
        PyModule module = new PyModule(name);
        // _init_module_attrs, in its order.
        module.dict.putStr("__loader__", PySingleton.NONE);
        module.dict.putStr("__package__", Abstract.getAttr(spec, "parent"));
        module.dict.putStr("__spec__", spec);
        if (found.searchLocations != null) {
            module.dict.putStr("__path__", found.searchLocations);
        }
        if (found.file != null) {
            module.dict.putStr("__file__", origin);
            module.dict.putStr("__cached__", cached);
        } else {
            module.dict.putStr("__file__", PySingleton.NONE);
        }
        PyDict modules = sysModules();
        modules.putStr(name, module);
        if (found.file != null) {
            spec.dict.putStr("_initializing", PyBool.TRUE);
            try {
                PyCode code = compileSource(found.file);
                PyDict g = module.dict;
                if (g.getStr("__builtins__") == null) {
                    g.putStr("__builtins__", Interpreter.currentBuiltins());
                }
                Interpreter.runCode(Exec.of(code), g, g, null);
            } catch (PyException e) {
                modules.delStr(name);
                throw e;
            } finally {
                spec.dict.putStr("_initializing", PyBool.FALSE);
            }
        }
        // The module may have replaced itself in sys.modules.
        PyObject m = modules.getStr(name);
        if (m == null) {
            throw Exc.of(Exc.ImportError, "Loaded module " + name + " not found in sys.modules");
        }
        return m;
    }

    /** importlib's cache_from_source: where CPython would cache the bytecode (pyj writes none). */
    private static String cachedPath(Path file) {
        String f = file.toString();
        int slash = f.lastIndexOf('/');
        String dir = f.substring(0, slash + 1);
        String base = f.substring(slash + 1, f.length() - 3);
        return dir + "__pycache__/" + base + ".cpython-311.pyc";
    }

    /** Reads and compiles a source file; errors become the Python exceptions CPython raises. */
    static PyCode compileSource(Path file) {
        byte[] src;
        try {
            src = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Exc.of(Exc.OSError, "[Errno 2] No such file or directory: '" + file + "'");
        }
        return compileBytes(src, file.toString());
    }

    static PyCode compileBytes(byte[] src, String filename) {
        try {
            return Compiler.compileFile(src, filename);
        } catch (PySyntaxError e) {
            throw SyntaxErrors.toPython(SyntaxErrors.withSourceLine(e, src));
        } catch (PyMemoryError e) {
            throw new PyException(new PyBaseException(Exc.MemoryError));
        } catch (CompileRecursionError e) {
            throw Exc.of(Exc.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    /** importlib._bootstrap._handle_fromlist. */
    private void handleFromlist(PyObject module, PyObject fromlist, boolean recursive) {
        PyObject it = Abstract.iter(fromlist);
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            if (!(x instanceof PyStr xs)) {
                String where = recursive ? Abstract.str(Abstract.getAttr(module, "__name__")).value() + ".__all__"
                        : "``from list''";
                throw Exc.typeError("Item in " + where + " must be str, not " + x.type().name());
            }
            if (xs.value().equals("*")) {
                if (!recursive) {
                    PyObject all = Abstract.getAttrOrNull(module, "__all__");
                    if (all != null) {
                        handleFromlist(module, all, true);
                    }
                }
            } else if (Abstract.getAttrOrNull(module, xs.value()) == null) {
                String fromName = Abstract.str(Abstract.getAttr(module, "__name__")).value() + "." + xs.value();
                try {
                    importModuleLevel(PyStr.of(fromName), null, null, 0);
                } catch (PyException e) {
                    if (Exc.matches(e, Exc.ModuleNotFoundError)
                            && e.exc.instanceAttr("name") instanceof PyStr n && n.value().equals(fromName)
                            && sysModules().getStr(fromName) != PySingleton.NONE) {
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    /** IMPORT_FROM (import_from in ceval.c). */
    PyObject importFrom(PyObject v, String name) {
        PyObject x = Abstract.getAttrOrNull(v, name);
        if (x != null) {
            return x;
        }
        PyObject pkgname = Abstract.getAttrOrNull(v, "__name__");
        if (pkgname instanceof PyStr ps) {
            PyObject m = sysModules().getStr(ps.value() + "." + name);
            if (m != null) {
                return m;
            }
        } else {
            pkgname = null;
        }
        String pkgRepr = pkgname == null ? "'<unknown module name>'" : Abstract.repr(pkgname).value();
        PyObject pkgpath = v instanceof PyModule mod ? mod.dict.getStr("__file__") : null;
        String msg;
        if (!(pkgpath instanceof PyStr)) {
            msg = "cannot import name '" + name + "' from " + pkgRepr + " (unknown location)";
            pkgpath = null;
        } else {
            PyObject spec = Abstract.getAttrOrNull(v, "__spec__");
            msg = ModuleSpec.isInitializing(spec)
                    ? "cannot import name " + Abstract.repr(PyStr.of(name)).value() + " from partially initialized module "
                            + pkgRepr + " (most likely due to a circular import) (" + Abstract.str(pkgpath).value() + ")"
                    : "cannot import name " + Abstract.repr(PyStr.of(name)).value() + " from " + pkgRepr + " ("
                            + Abstract.str(pkgpath).value() + ")";
        }
        PyException e = Exc.of(Exc.ImportError, msg);
        e.exc.setInstanceAttr("name", pkgname == null ? PySingleton.NONE : pkgname);
        e.exc.setInstanceAttr("path", pkgpath == null ? PySingleton.NONE : pkgpath);
        throw e;
    }

    /** IMPORT_STAR (import_all_from in ceval.c) into the locals mapping. */
    static void importStar(PyObject locals, PyObject v) {
        PyObject all = Abstract.getAttrOrNull(v, "__all__");
        boolean skipUnderscore = false;
        if (all == null) {
            PyObject d = Abstract.getAttrOrNull(v, "__dict__");
            if (d == null) {
                throw Exc.of(Exc.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = Abstract.callMethod(d, "keys");
            skipUnderscore = true;
        }
        PyObject it = Abstract.iter(all);
        for (PyObject n; (n = Abstract.next(it)) != null; ) {
            if (!(n instanceof PyStr ns)) {
                PyObject modname = Abstract.getAttrOrNull(v, "__name__");
                if (!(modname instanceof PyStr)) {
                    throw Exc.typeError("module __name__ must be a string, not "
                            + (modname == null ? "NoneType" : modname.type().name()));
                }
                throw Exc.typeError((skipUnderscore ? "Key in " + Abstract.str(modname).value() + ".__dict__"
                        : "Item in " + Abstract.str(modname).value() + ".__all__") + " must be str, not " + n.type().name());
            }
            if (skipUnderscore && ns.value().startsWith("_")) {
                continue;
            }
            PyObject value = Abstract.getAttr(v, ns.value());
            if (locals instanceof PyDict d && d.type() == PyDict.TYPE) {
                d.put(ns, value);
            } else {
                Abstract.setItem(locals, ns, value);
            }
        }
    }
}
