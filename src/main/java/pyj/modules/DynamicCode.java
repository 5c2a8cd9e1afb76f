package pyj.modules;

import pyj.code.PyCode;
import pyj.compile.CompileRecursionError;
import pyj.compile.Compiler;
import pyj.interp.Frame;
import pyj.interp.Interpreter;
import pyj.interp.InterpreterState;
import pyj.interp.SyntaxErrors;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.PyBaseException;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyCell;
import pyj.objects.PyCodeObj;
import pyj.objects.PyDict;
import pyj.objects.PyException;
import pyj.objects.PyInt;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.parse.Parser;
import pyj.parse.PyMemoryError;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.Ast;

/** The builtins that run code: __import__, compile, exec, eval (Python/bltinmodule.c). */
final class DynamicCode {
    private DynamicCode() {}

    private static final PySingleton NONE = PySingleton.NONE;

    // PyCF_* flags (Include/cpython/compile.h) and the future flags compile() accepts.
    private static final int PyCF_MASK = PyCode.CO_FUTURE_DIVISION | PyCode.CO_FUTURE_ABSOLUTE_IMPORT
            | PyCode.CO_FUTURE_WITH_STATEMENT | PyCode.CO_FUTURE_PRINT_FUNCTION | PyCode.CO_FUTURE_UNICODE_LITERALS
            | PyCode.CO_FUTURE_BARRY_AS_BDFL | PyCode.CO_FUTURE_GENERATOR_STOP | PyCode.CO_FUTURE_ANNOTATIONS;
    private static final int PyCF_SOURCE_IS_UTF8 = 0x0100;
    private static final int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    private static final int PyCF_ONLY_AST = 0x0400;
    private static final int PyCF_IGNORE_COOKIE = 0x0800;
    private static final int PyCF_TYPE_COMMENTS = 0x1000;
    private static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    private static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    private static final int PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
            | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;
    private static final int PyCF_MASK_OBSOLETE = 0x0010; // CO_NESTED

    static void install(PyDict d, InterpreterState interp) {
        def(d, "__import__", (a, k) -> {
            Args args = new Args("__import__", a, k, new String[] {"name", "globals", "locals", "fromlist", "level"}, 1, 5);
            PyObject globals = args.get(1, NONE);
            int level = Abstract.index(args.get(4, PyInt.ZERO)).intValue();
            return interp.importModuleLevel(args.get(0, NONE), globals == NONE ? null : globals, args.get(3, NONE),
                    level);
        });
        def(d, "compile", (a, k) -> {
            Args args = new Args("compile", a, k, new String[] {"source", "filename", "mode", "flags", "dont_inherit",
                "optimize", "_feature_version"}, 3, 6);
            return compile(args);
        });
        def(d, "exec", (a, k) -> {
            Args args = new Args("exec", a, k, new String[] {"", "", "", "closure"}, 1, 3);
            return exec(args.get(0, NONE), args.get(1, NONE), args.get(2, NONE), args.get(3, NONE));
        });
        def(d, "eval", (a, k) -> {
            Args args = new Args("eval", a, k, new String[] {"", "", ""}, 1, 3);
            return eval(args.get(0, NONE), args.get(1, NONE), args.get(2, NONE));
        });
    }

    private static void def(PyDict d, String name, pyj.objects.NativeFn fn) {
        d.putStr(name, new PyBuiltinFunction(name, fn));
    }

    private static PyObject compile(Args args) {
        PyObject source = args.get(0, NONE);
        String filename = fsPath(args.get(1, NONE));
        PyObject modeObj = args.get(2, NONE);
        if (!(modeObj instanceof PyStr ms)) {
            throw Exc.typeError("compile() argument 'mode' must be str, not " + modeObj.type().name());
        }
        int flags = Abstract.index(args.get(3, PyInt.ZERO)).intValue();
        boolean dontInherit = Abstract.isTrue(args.get(4, pyj.objects.PyBool.FALSE));
        int optimize = Abstract.index(args.get(5, PyInt.of(-1))).intValue();
        if ((flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK | PyCF_SOURCE_IS_UTF8
                | PyCF_IGNORE_COOKIE)) != 0) {
            throw Exc.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw Exc.valueError("compile(): invalid optimize value");
        }
        Parser.Mode mode = switch (ms.value()) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> {
                if ((flags & PyCF_ONLY_AST) == 0) {
                    throw Exc.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
                yield Parser.Mode.FUNC_TYPE;
            }
            default -> throw Exc.valueError((flags & PyCF_ONLY_AST) != 0
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        };
        if ((flags & (PyCF_ONLY_AST | PyCF_TYPE_COMMENTS | PyCF_ALLOW_TOP_LEVEL_AWAIT)) != 0) {
            throw Exc.notImplemented("pyj: compile() flags PyCF_ONLY_AST, PyCF_TYPE_COMMENTS and "
                    + "PyCF_ALLOW_TOP_LEVEL_AWAIT are not implemented yet (AST objects are not Python-visible)");
        }
        if (optimize > 0) {
            throw Exc.notImplemented("pyj: compile() with optimize=" + optimize + " is not implemented yet");
        }
        int future = flags & PyCF_MASK;
        if (!dontInherit) {
            future |= inheritedFlags();
        }
        String text = sourceText(source, "compile", "string, bytes or AST");
        return new PyCodeObj(compileText(text, filename, mode, future));
    }

    /** The calling code's future flags (PyEval_MergeCompilerFlags). */
    private static int inheritedFlags() {
        Frame f = Interpreter.currentFrame();
        return f == null ? 0 : f.code().flags() & PyCF_MASK;
    }

    private static String fsPath(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        PyObject fspath = o.type().lookup("__fspath__");
        if (fspath != null) {
            PyObject r = Abstract.callMethod(o, "__fspath__");
            if (r instanceof PyStr s) {
                return s.value();
            }
        }
        throw Exc.typeError("expected str, bytes or os.PathLike object, not " + o.type().name());
    }

    /** source_as_string: the source text of a str (bytes wait for the bytes type). */
    private static String sourceText(PyObject source, String fn, String what) {
        if (source instanceof PyStr s) {
            if (s.value().indexOf('\0') >= 0) {
                throw Exc.of(Exc.SyntaxError, "source code string cannot contain null bytes");
            }
            return s.value();
        }
        if (source.type().name().equals("bytes") || source.type().name().equals("bytearray")) {
            throw Exc.notImplemented("pyj: " + fn + "() of bytes is not implemented yet");
        }
        throw Exc.typeError(fn + "() arg 1 must be a " + what + " object");
    }

    private static PyCode compileText(String text, String filename, Parser.Mode mode, int futureFlags) {
        try {
            Ast.Mod mod = Parser.parse(text, filename, mode);
            return Compiler.compile(mod, filename, futureFlags);
        } catch (PySyntaxError e) {
            throw SyntaxErrors.toPython(e);
        } catch (PyMemoryError e) {
            throw new PyException(new PyBaseException(Exc.MemoryError));
        } catch (CompileRecursionError e) {
            throw Exc.of(Exc.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    private static boolean isMapping(PyObject o) {
        return o.type().lookup("__getitem__") != null;
    }

    private static void insertBuiltins(PyDict globals) {
        if (globals.getStr("__builtins__") == null) {
            globals.putStr("__builtins__", Interpreter.currentBuiltins());
        }
    }

    private static PyObject exec(PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        if (globals == NONE) {
            Frame f = Interpreter.currentFrame();
            globals = f.globalsDict();
            if (locals == NONE) {
                locals = f.localsMapping();
            }
        } else if (locals == NONE) {
            locals = globals;
        }
        if (!(globals instanceof PyDict g)) {
            throw Exc.typeError("exec() globals must be a dict, not " + globals.type().name());
        }
        if (!isMapping(locals)) {
            throw Exc.typeError("locals must be a mapping or None, not " + locals.type().name());
        }
        insertBuiltins(g);
        if (source instanceof PyCodeObj co) {
            int nfree = co.code.freevars().size();
            PyCell[] cells = null;
            if (nfree == 0) {
                if (closure != NONE) {
                    throw Exc.typeError("cannot use a closure with this code object");
                }
            } else {
                if (!(closure instanceof PyTuple t) || t.size() != nfree) {
                    throw Exc.typeError("code object requires a closure of exactly length " + nfree);
                }
                cells = new PyCell[nfree];
                for (int i = 0; i < nfree; i++) {
                    if (!(t.get(i) instanceof PyCell c)) {
                        throw Exc.typeError("closure can only contain cells");
                    }
                    cells[i] = c;
                }
            }
            Interpreter.runCodeObject(co, g, locals, cells);
            return NONE;
        }
        if (closure != NONE) {
            throw Exc.typeError("closure can only be used when source is a code object");
        }
        String text = sourceText(source, "exec", "string, bytes or code");
        PyCode code = compileText(text, "<string>", Parser.Mode.EXEC, inheritedFlags());
        Interpreter.runCodeObject(new PyCodeObj(code), g, locals, null);
        return NONE;
    }

    private static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        if (locals != NONE && !isMapping(locals)) {
            throw Exc.typeError("locals must be a mapping");
        }
        if (globals != NONE && !(globals instanceof PyDict)) {
            throw Exc.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        if (globals == NONE) {
            Frame f = Interpreter.currentFrame();
            globals = f.globalsDict();
            if (locals == NONE) {
                locals = f.localsMapping();
            }
        } else if (locals == NONE) {
            locals = globals;
        }
        PyDict g = (PyDict) globals;
        insertBuiltins(g);
        if (source instanceof PyCodeObj co) {
            if (!co.code.freevars().isEmpty()) {
                throw Exc.typeError("code object passed to eval() may not contain free variables");
            }
            return Interpreter.runCodeObject(co, g, locals, null);
        }
        String text = sourceText(source, "eval", "string, bytes or code");
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        PyCode code = compileText(text.substring(i), "<string>", Parser.Mode.EVAL, inheritedFlags());
        return Interpreter.runCodeObject(new PyCodeObj(code), g, locals, null);
    }
}
