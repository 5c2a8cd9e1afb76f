package pyj.interp;

import static pyj.interp.Op.*;

import pyj.code.ExceptionTable;
import pyj.code.Opcode;
import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.PyBaseException;
import pyj.objects.PyBool;
import pyj.objects.PyException;
import pyj.objects.PyFunction;
import pyj.objects.PyInt;
import pyj.objects.PyMethod;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;

/**
 * The Tier 1 eval loop over CPython 3.11 wordcode. {@link #loop} is the dispatch method: one switch,
 * case bodies that call small static methods in {@link Ops}, one try/catch around dispatch. It is
 * kept well under HotSpot's 8000-byte limit for JIT compilation (DontCompileHugeMethods); see
 * docs/internals/interpreter.md. Python-to-Python calls push a frame and continue in the same
 * loop; only calls from Java (builtins, slots) re-enter it.
 */
public final class Eval {
    private Eval() {}

    /** Inline CACHE entries after each opcode: skipped by the dispatcher. */
    private static final int[] CACHES = new int[256];

    static {
        for (Opcode o : Opcode.realOpcodes()) {
            CACHES[o.number()] = o.cacheEntries();
        }
    }

    /**
     * Runs frame f (new, or a generator frame being resumed) until it returns or yields; a Python
     * exception that leaves it propagates as PyException. {@code thrown}: raise this at the
     * frame's current instruction first (generator.throw).
     */
    static PyObject run(ThreadState ts, Frame f, PyException thrown) {
        if (ts.depth >= ts.recursionLimit) {
            throw Exc.of(Exc.RecursionError, "maximum recursion depth exceeded");
        }
        ts.depth++;
        f.entry = true;
        f.previous = ts.frame;
        ts.frame = f;
        return loop(ts, f, thrown);
    }

    private static PyObject loop(ThreadState ts, Frame f, PyException pending) {
        PyObject[] s = f.localsplus;
        int sp = f.sp;
        int ip = f.ip;
        byte[] code = f.exec.wordcode;
        Exec x = f.exec;
        String[] kwnames = null;
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                while (true) {
                    int op = code[2 * ip] & 0xff;
                    int arg = code[2 * ip + 1] & 0xff;
                    while (op == EXTENDED_ARG) {
                        ip++;
                        op = code[2 * ip] & 0xff;
                        arg = arg << 8 | (code[2 * ip + 1] & 0xff);
                    }
                    f.lasti = ip;
                    ip += 1 + CACHES[op];
                    switch (op) {
                        case NOP, RESUME -> {
                            if (ts.interp.evalBreaker != 0) {
                                ts.interp.handleEvalBreaker();
                            }
                        }
                        case LOAD_FAST -> {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw Ops.unboundLocal(x, arg);
                            }
                            s[sp++] = v;
                        }
                        case LOAD_CONST -> s[sp++] = Ops.constant(x, arg);
                        case STORE_FAST -> s[arg] = s[--sp];
                        case DELETE_FAST -> {
                            if (s[arg] == null) {
                                throw Ops.unboundLocal(x, arg);
                            }
                            s[arg] = null;
                        }
                        case POP_TOP -> s[--sp] = null;
                        case PUSH_NULL -> s[sp++] = null;
                        case COPY -> {
                            s[sp] = s[sp - arg];
                            sp++;
                        }
                        case SWAP -> {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                        }
                        case UNARY_POSITIVE -> s[sp - 1] = Abstract.unaryPositive(s[sp - 1]);
                        case UNARY_NEGATIVE -> s[sp - 1] = Abstract.unaryNegative(s[sp - 1]);
                        case UNARY_NOT -> s[sp - 1] = PyBool.of(!Abstract.isTrue(s[sp - 1]));
                        case UNARY_INVERT -> s[sp - 1] = Abstract.unaryInvert(s[sp - 1]);
                        case BINARY_OP -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Abstract.binaryOp(s[sp - 1], r, arg);
                        }
                        case COMPARE_OP -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Abstract.richCompare(s[sp - 1], r, arg);
                        }
                        case IS_OP -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of((s[sp - 1] == r) ^ (arg != 0));
                        }
                        case CONTAINS_OP -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of(Abstract.contains(r, s[sp - 1]) ^ (arg != 0));
                        }
                        case BINARY_SUBSCR -> {
                            PyObject k = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Abstract.getItem(s[sp - 1], k);
                        }
                        case STORE_SUBSCR -> {
                            Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            sp = Ops.drop(s, sp, 3);
                        }
                        case DELETE_SUBSCR -> {
                            Abstract.delItem(s[sp - 2], s[sp - 1]);
                            sp = Ops.drop(s, sp, 2);
                        }
                        case GET_ITER -> s[sp - 1] = Abstract.iter(s[sp - 1]);
                        case FOR_ITER -> {
                            PyObject v = Abstract.next(s[sp - 1]);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                ip += arg;
                            }
                        }
                        case JUMP_FORWARD -> ip += arg;
                        case JUMP_BACKWARD -> {
                            ip -= arg;
                            if (ts.interp.evalBreaker != 0) {
                                ts.interp.handleEvalBreaker();
                            }
                        }
                        case JUMP_BACKWARD_NO_INTERRUPT -> ip -= arg;
                        case POP_JUMP_FORWARD_IF_FALSE -> ip += Abstract.isTrue(Ops.pop(s, --sp)) ? 0 : arg;
                        case POP_JUMP_FORWARD_IF_TRUE -> ip += Abstract.isTrue(Ops.pop(s, --sp)) ? arg : 0;
                        case POP_JUMP_BACKWARD_IF_FALSE -> ip -= Abstract.isTrue(Ops.pop(s, --sp)) ? 0 : arg;
                        case POP_JUMP_BACKWARD_IF_TRUE -> ip -= Abstract.isTrue(Ops.pop(s, --sp)) ? arg : 0;
                        case POP_JUMP_FORWARD_IF_NONE -> ip += Ops.pop(s, --sp) == PySingleton.NONE ? arg : 0;
                        case POP_JUMP_FORWARD_IF_NOT_NONE -> ip += Ops.pop(s, --sp) != PySingleton.NONE ? arg : 0;
                        case POP_JUMP_BACKWARD_IF_NONE -> ip -= Ops.pop(s, --sp) == PySingleton.NONE ? arg : 0;
                        case POP_JUMP_BACKWARD_IF_NOT_NONE -> ip -= Ops.pop(s, --sp) != PySingleton.NONE ? arg : 0;
                        case JUMP_IF_FALSE_OR_POP -> {
                            if (Abstract.isTrue(s[sp - 1])) {
                                s[--sp] = null;
                            } else {
                                ip += arg;
                            }
                        }
                        case JUMP_IF_TRUE_OR_POP -> {
                            if (Abstract.isTrue(s[sp - 1])) {
                                ip += arg;
                            } else {
                                s[--sp] = null;
                            }
                        }
                        case LOAD_GLOBAL -> {
                            if ((arg & 1) != 0) {
                                s[sp++] = null;
                            }
                            s[sp++] = Ops.loadGlobal(f, x.names[arg >> 1]);
                        }
                        case STORE_GLOBAL -> f.globals.putStr(x.names[arg], Ops.pop(s, --sp));
                        case DELETE_GLOBAL -> Ops.deleteGlobal(f, x.names[arg]);
                        case LOAD_NAME -> s[sp++] = Ops.loadName(f, x.names[arg]);
                        case STORE_NAME -> Ops.storeName(f, x.names[arg], Ops.pop(s, --sp));
                        case DELETE_NAME -> Ops.deleteName(f, x.names[arg]);
                        case LOAD_ATTR -> s[sp - 1] = Abstract.getAttr(s[sp - 1], x.names[arg]);
                        case STORE_ATTR -> {
                            Abstract.setAttr(s[sp - 1], x.names[arg], s[sp - 2]);
                            sp = Ops.drop(s, sp, 2);
                        }
                        case DELETE_ATTR -> Abstract.setAttr(Ops.pop(s, --sp), x.names[arg], null);
                        case LOAD_METHOD -> sp = Ops.loadMethod(s, sp, x.names[arg]);
                        case MAKE_CELL -> s[arg] = new pyj.objects.PyCell(s[arg]);
                        case LOAD_CLOSURE -> s[sp++] = s[arg];
                        case LOAD_DEREF -> s[sp++] = Ops.loadDeref(x, s, arg);
                        case LOAD_CLASSDEREF -> s[sp++] = Ops.loadClassDeref(f, x, s, arg);
                        case STORE_DEREF -> ((pyj.objects.PyCell) s[arg]).contents = Ops.pop(s, --sp);
                        case DELETE_DEREF -> Ops.deleteDeref(x, s, arg);
                        case COPY_FREE_VARS -> Ops.copyFreeVars(f, arg);
                        case BUILD_TUPLE -> sp = Ops.buildTuple(s, sp, arg);
                        case BUILD_LIST -> sp = Ops.buildList(s, sp, arg);
                        case BUILD_SET -> sp = Ops.buildSet(s, sp, arg);
                        case BUILD_MAP -> sp = Ops.buildMap(s, sp, arg);
                        case BUILD_CONST_KEY_MAP -> sp = Ops.buildConstKeyMap(s, sp, arg);
                        case BUILD_STRING -> sp = Ops.buildString(s, sp, arg);
                        case BUILD_SLICE -> sp = Ops.buildSlice(s, sp, arg);
                        case LIST_APPEND -> ((pyj.objects.PyList) s[sp - 1 - arg]).append(Ops.pop(s, --sp));
                        case SET_ADD -> ((pyj.objects.PySet) s[sp - 1 - arg]).add(Ops.pop(s, --sp));
                        case MAP_ADD -> sp = Ops.mapAdd(s, sp, arg);
                        case LIST_EXTEND -> sp = Ops.listExtend(s, sp, arg);
                        case SET_UPDATE -> sp = Ops.setUpdate(s, sp, arg);
                        case DICT_UPDATE -> sp = Ops.dictUpdate(s, sp, arg);
                        case DICT_MERGE -> sp = Ops.dictMerge(s, sp, arg);
                        case LIST_TO_TUPLE -> s[sp - 1] = new pyj.objects.PyTuple(((pyj.objects.PyList) s[sp - 1]).toArray());
                        case UNPACK_SEQUENCE -> sp = Ops.unpackSequence(s, sp, arg);
                        case UNPACK_EX -> sp = Ops.unpackEx(s, sp, arg);
                        case FORMAT_VALUE -> sp = Ops.formatValue(s, sp, arg);
                        case KW_NAMES -> kwnames = Ops.kwNames(x, arg);
                        case PRECALL -> Ops.precall(s, sp, arg);
                        case CALL -> {
                            String[] kw = kwnames;
                            kwnames = null;
                            int base = sp - arg - 2;
                            boolean meth = s[base] != null;
                            PyObject callable = meth ? s[base] : s[base + 1];
                            int first = meth ? base + 1 : base + 2;
                            int n = meth ? arg + 1 : arg;
                            if (callable instanceof PyFunction fn) {
                                Frame nf = Interpreter.newFrame(fn, s, first, n, kw);
                                sp = Ops.drop(s, sp, arg + 2);
                                f.sp = sp;
                                f.ip = ip;
                                if (ts.depth >= ts.recursionLimit) {
                                    throw Exc.of(Exc.RecursionError, "maximum recursion depth exceeded");
                                }
                                ts.depth++;
                                nf.previous = f;
                                ts.frame = nf;
                                f = nf;
                                s = f.localsplus;
                                sp = f.sp;
                                ip = f.ip;
                                code = f.exec.wordcode;
                                x = f.exec;
                            } else {
                                PyObject r = Abstract.call(callable, java.util.Arrays.copyOfRange(s, first, first + n), kw);
                                sp = Ops.drop(s, sp, arg + 2);
                                s[sp++] = r;
                            }
                        }
                        case CALL_FUNCTION_EX -> sp = Ops.callFunctionEx(s, sp, arg);
                        case MAKE_FUNCTION -> sp = Ops.makeFunction(f, s, sp, arg);
                        case RETURN_VALUE -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            f.finished = true;
                            ts.depth--;
                            Frame caller = f.previous;
                            ts.frame = caller;
                            if (f.entry) {
                                return r;
                            }
                            f = caller;
                            s = f.localsplus;
                            sp = f.sp;
                            ip = f.ip;
                            code = f.exec.wordcode;
                            x = f.exec;
                            s[sp++] = r;
                        }
                        case RETURN_GENERATOR -> {
                            PyObject g = Ops.makeGenerator(f);
                            f.sp = sp;
                            f.ip = ip;
                            ts.depth--;
                            Frame caller = f.previous;
                            ts.frame = caller;
                            f.previous = null;
                            if (f.entry) {
                                f.entry = false;
                                return g;
                            }
                            f = caller;
                            s = f.localsplus;
                            sp = f.sp;
                            ip = f.ip;
                            code = f.exec.wordcode;
                            x = f.exec;
                            s[sp++] = g;
                        }
                        case YIELD_VALUE -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.ip = ip;
                            f.yielded = true;
                            ts.depth--;
                            ts.frame = f.previous;
                            f.previous = null;
                            return r;
                        }
                        case SEND -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            PyObject r = Ops.send(s[sp - 1], v);
                            if (r == null) {
                                s[sp - 1] = Ops.lastSendReturn;
                                Ops.lastSendReturn = null;
                                ip += arg;
                            } else {
                                s[sp++] = r;
                            }
                        }
                        case GET_YIELD_FROM_ITER -> s[sp - 1] = Ops.yieldFromIter(s[sp - 1]);
                        case PUSH_EXC_INFO -> {
                            PyObject exc = s[sp - 1];
                            PyBaseException prev = ts.excInfo.exc;
                            s[sp - 1] = prev == null ? PySingleton.NONE : prev;
                            s[sp++] = exc;
                            ts.excInfo.exc = (PyBaseException) exc;
                        }
                        case POP_EXCEPT -> {
                            PyObject prev = Ops.pop(s, --sp);
                            ts.excInfo.exc = prev == PySingleton.NONE ? null : (PyBaseException) prev;
                        }
                        case CHECK_EXC_MATCH -> {
                            PyObject t = s[--sp];
                            s[sp] = null;
                            s[sp++] = PyBool.of(Ops.exceptionMatches(s[sp - 2], t));
                        }
                        case RERAISE -> {
                            PyBaseException exc = (PyBaseException) s[--sp];
                            s[sp] = null;
                            if (arg != 0) {
                                // CPython resets prev_instr: the handler then sees the original lasti,
                                // but the handler lookup still uses this instruction's offset.
                                f.reraiseLasti = ((PyInt) s[sp - arg]).intValue();
                            }
                            PyException pe = new PyException(exc);
                            pe.chained = true;
                            pe.reraise = true;
                            throw pe;
                        }
                        case RAISE_VARARGS -> throw Ops.raise(ts, s, sp, arg);
                        case LOAD_ASSERTION_ERROR -> s[sp++] = Exc.AssertionError;
                        case BEFORE_WITH -> sp = Ops.beforeWith(s, sp);
                        case WITH_EXCEPT_START -> {
                            PyObject exc = s[sp - 1];
                            PyObject tb = Abstract.getAttr(exc, "__traceback__");
                            s[sp] = Abstract.call(s[sp - 4], exc.type(), exc, tb);
                            sp++;
                        }
                        case LOAD_BUILD_CLASS -> s[sp++] = Ops.loadBuildClass(f);
                        case SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
                        case IMPORT_NAME -> sp = Ops.importName(ts, f, s, sp, x.names[arg]);
                        case IMPORT_FROM -> {
                            // The module stays below the imported value (evaluated before sp moves).
                            s[sp] = Ops.importFrom(ts, s[sp - 1], x.names[arg]);
                            sp++;
                        }
                        case IMPORT_STAR -> Ops.importStar(f, Ops.pop(s, --sp));
                        case PRINT_EXPR -> Ops.printExpr(ts, Ops.pop(s, --sp));
                        case MATCH_MAPPING -> s[sp++] = PyBool.of(Match.isMapping(s[sp - 2]));
                        case MATCH_SEQUENCE -> s[sp++] = PyBool.of(Match.isSequence(s[sp - 2]));
                        case MATCH_KEYS -> s[sp++] = Match.matchKeys(s[sp - 3], s[sp - 2]);
                        case GET_LEN -> s[sp++] = Match.len(s[sp - 2]);
                        case MATCH_CLASS -> {
                            PyObject r = Match.matchClass(s[sp - 3], s[sp - 2], arg, s[sp - 1]);
                            sp = Ops.drop(s, sp, 2);
                            s[sp - 1] = r;
                        }
                        case CHECK_EG_MATCH -> {
                            PyObject t = s[--sp];
                            s[sp] = null;
                            pyj.objects.ExcGroups.checkExceptStarType(t);
                            PyObject[] mr = pyj.objects.ExcGroups.egMatch(s[sp - 1], t);
                            if (mr[0] == PySingleton.NONE) {
                                s[sp++] = mr[0];
                            } else {
                                // Total or partial match: (rest, match), and match becomes the handled exception.
                                s[sp - 1] = mr[1];
                                s[sp++] = mr[0];
                                ts.excInfo.exc = (PyBaseException) mr[0];
                            }
                        }
                        case PREP_RERAISE_STAR -> {
                            PyObject l = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = pyj.objects.ExcGroups.prepReraiseStar(s[sp - 1], (pyj.objects.PyList) l);
                        }
                        case GET_AWAITABLE -> s[sp - 1] = Coro.getAwaitable(s[sp - 1], arg);
                        case GET_AITER -> s[sp - 1] = Coro.getAIter(s[sp - 1]);
                        case GET_ANEXT -> s[sp++] = Coro.getANext(s[sp - 2]);
                        case BEFORE_ASYNC_WITH -> sp = Coro.beforeAsyncWith(s, sp);
                        case ASYNC_GEN_WRAP -> s[sp - 1] = new Coro.Wrapped(s[sp - 1]);
                        case END_ASYNC_FOR -> {
                            PyBaseException exc = (PyBaseException) s[--sp];
                            s[sp] = null;
                            if (!exc.type().isSubtypeOf(Exc.StopAsyncIteration)) {
                                // Re-raised as is: no new traceback entry, no new context.
                                PyException pe = new PyException(exc);
                                pe.chained = true;
                                pe.reraise = true;
                                throw pe;
                            }
                            s[--sp] = null;
                        }
                        default -> throw Ops.notImplemented(op);
                    }
                }
            } catch (PyException e) {
                f.sp = sp;
                Frame h = unwind(ts, f, e);
                f = h;
                s = f.localsplus;
                sp = f.sp;
                ip = f.ip;
                code = f.exec.wordcode;
                x = f.exec;
                kwnames = null;
            } catch (StackOverflowError e) {
                pending = Exc.of(Exc.RecursionError, "maximum recursion depth exceeded");
            } catch (OutOfMemoryError e) {
                // an allocation beyond the heap (or a Java array's 2**31 limit): CPython's MemoryError
                pending = Exc.of(Exc.MemoryError, "");
            } catch (RuntimeException e) {
                // A Java exception is a pyj bug; it must still reach the program as a Python exception.
                if (Boolean.getBoolean("pyj.debug")) {
                    e.printStackTrace();
                }
                pending = Exc.systemError("pyj internal error: " + e);
            }
        }
    }

    /**
     * Exception unwinding: record the traceback entry, find the handler covering the frame's current
     * instruction, pop the stack to its depth, push lasti if asked and the exception, and return the
     * frame to continue in; leave frames without a handler; rethrow out of the entry frame.
     */
    private static Frame unwind(ThreadState ts, Frame f, PyException e) {
        PyBaseException exc = e.exc;
        if (!e.chained) {
            e.chained = true;
            exc.chainContext(ts.handled());
        }
        boolean addTb = !e.reraise;
        e.reraise = false;
        int pushLasti = f.reraiseLasti >= 0 ? f.reraiseLasti : f.lasti;
        f.reraiseLasti = -1;
        while (true) {
            if (addTb) {
                exc.traceback = new PyTraceback(f, f.lasti, exc.traceback instanceof PyTraceback t ? t : null);
            }
            addTb = true;
            ExceptionTable.Entry h = f.lasti < 0 ? null : f.code.handlerAt(f.lasti);
            if (h != null) {
                int sp = f.stackBase + h.depth();
                for (int i = sp; i < f.sp; i++) {
                    f.localsplus[i] = null;
                }
                if (h.lasti()) {
                    f.localsplus[sp++] = PyInt.of(pushLasti);
                }
                f.localsplus[sp++] = exc;
                f.sp = sp;
                f.ip = h.target();
                return f;
            }
            f.finished = true;
            ts.depth--;
            Frame caller = f.previous;
            ts.frame = caller;
            if (f.entry) {
                f.previous = null;
                throw e;
            }
            f = caller;
            pushLasti = f.lasti;
        }
    }

    /** An exception instance from a raise operand: a class is called with no arguments. */
    static PyBaseException makeException(PyObject v, PyObject value) {
        if (v instanceof pyj.objects.PyType t) {
            if (!t.isSubtypeOf(Exc.BaseException)) {
                throw Exc.typeError("exceptions must derive from BaseException");
            }
            PyObject inst = value == PySingleton.NONE ? Abstract.call(t)
                    : value instanceof PyBaseException be && be.type().isSubtypeOf(t) ? value
                    : value instanceof pyj.objects.PyTuple tu ? Abstract.call(t, tu.array()) : Abstract.call(t, value);
            if (!(inst instanceof PyBaseException be)) {
                throw Exc.typeError("calling " + t.repr() + " should have returned an instance of BaseException, not "
                        + inst.type().name());
            }
            return be;
        }
        if (v instanceof PyBaseException be) {
            if (value != PySingleton.NONE) {
                throw Exc.typeError("instance exception may not have a separate value");
            }
            return be;
        }
        throw Exc.typeError("exceptions must derive from BaseException");
    }

    static PyStr str(PyObject o) {
        return Abstract.str(o);
    }

    static PyMethod bound(PyObject f, PyObject self) {
        return new PyMethod(f, self);
    }
}
