package pyj.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * BaseExceptionGroup / ExceptionGroup (PEP 654, CPython 3.11 Objects/exceptions.c): the
 * constructor's class choice and checks, split/subgroup/derive, and the except* support that
 * CHECK_EG_MATCH and PREP_RERAISE_STAR use. Also BaseException.add_note (3.11).
 */
public final class ExcGroups {
    private ExcGroups() {}

    static void install() {
        PyType g = Exc.BaseExceptionGroup;
        Methods.staticNew(g, ExcGroups::newGroup);
        Methods.def(g, "__str__", 0, 0, a -> {
            PyBaseException e = (PyBaseException) a[0];
            int n = e.egExceptions.size();
            return PyStr.of(e.egMessage.value() + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        });
        Methods.getter(g, "message", x -> ((PyBaseException) x).egMessage);
        Methods.getter(g, "exceptions", x -> ((PyBaseException) x).egExceptions);
        Methods.def(g, "derive", 1, 1, a -> Abstract.call(Exc.BaseExceptionGroup, ((PyBaseException) a[0]).egMessage, a[1]));
        Methods.def(g, "split", 1, 1, a -> {
            PyBaseException e = (PyBaseException) a[0];
            PyObject[] r = split(e, matcher(a[1]), a[1], true);
            return new PyTuple(orNone(r[0]), orNone(r[1]));
        });
        Methods.def(g, "subgroup", 1, 1, a -> orNone(split((PyBaseException) a[0], matcher(a[1]), a[1], false)[0]));
        Methods.def(Exc.BaseException, "add_note", 1, 1, a -> {
            if (!(a[1] instanceof PyStr)) {
                throw Exc.typeError("note must be a str, not '" + a[1].type().name() + "'");
            }
            if (Abstract.getAttrOrNull(a[0], "__notes__") == null) {
                Abstract.setAttr(a[0], "__notes__", new PyList());
            }
            if (!(Abstract.getAttr(a[0], "__notes__") instanceof PyList notes)) {
                throw Exc.typeError("Cannot add note: __notes__ is not a list");
            }
            notes.append(a[1]);
            return PySingleton.NONE;
        });
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PySingleton.NONE : o;
    }

    public static boolean isGroup(PyObject o) {
        return o instanceof PyBaseException e && e.egExceptions != null;
    }

    /** BaseExceptionGroup.__new__(cls, message, exceptions). */
    private static PyObject newGroup(PyType cls, PyObject[] a, String[] kw) {
        int np = a.length - (kw == null ? 0 : kw.length);
        if (np != 2) {
            throw Exc.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + np + " given)");
        }
        if (!(a[0] instanceof PyStr msg)) {
            throw Exc.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + a[0].type().name());
        }
        PyObject seq = a[1];
        if (seq.type().lookup("__getitem__") == null || seq.type().isSubtypeOf(PyDict.TYPE)) {
            throw Exc.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Abstract.toArray(seq);
        if (excs.length == 0) {
            throw Exc.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException)) {
                throw Exc.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!excs[i].type().isSubtypeOf(Exc.Exception)) {
                nestedBase = true;
            }
        }
        if (cls == Exc.ExceptionGroup) {
            if (nestedBase) {
                throw Exc.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == Exc.BaseExceptionGroup) {
            if (!nestedBase) {
                cls = Exc.ExceptionGroup;
            }
        } else if (nestedBase && cls.isSubtypeOf(Exc.Exception)) {
            throw Exc.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
        }
        PyBaseException e = (PyBaseException) cls.allocate();
        e.args = new PyTuple(java.util.Arrays.copyOf(a, np));
        e.egMessage = msg;
        e.egExceptions = new PyTuple(excs);
        return e;
    }

    private enum Matcher { BY_TYPE, PREDICATE, INSTANCE_IDS }

    private static Matcher matcher(PyObject v) {
        if (!(v instanceof PyType) && v.type().lookup("__call__") != null) {
            return Matcher.PREDICATE;
        }
        if (v instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
            return Matcher.BY_TYPE;
        }
        if (v instanceof PyTuple tu) {
            for (PyObject c : tu.array()) {
                if (!(c instanceof PyType t && t.isSubtypeOf(Exc.BaseException))) {
                    throw Exc.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return Matcher.BY_TYPE;
        }
        throw Exc.typeError("expected a function, exception type or tuple of exception types");
    }

    /** PyErr_GivenExceptionMatches against a class or tuple of classes. */
    public static boolean givenMatches(PyObject exc, PyObject t) {
        if (t instanceof PyTuple tu) {
            for (PyObject c : tu.array()) {
                if (givenMatches(exc, c)) {
                    return true;
                }
            }
            return false;
        }
        return t instanceof PyType ty && exc.type().isSubtypeOf(ty);
    }

    @SuppressWarnings("unchecked")
    private static boolean checkMatch(PyBaseException exc, Matcher m, Object v) {
        return switch (m) {
            case BY_TYPE -> givenMatches(exc, (PyObject) v);
            case PREDICATE -> Abstract.isTrue(Abstract.call((PyObject) v, exc));
            case INSTANCE_IDS -> !isGroup(exc) && ((Set<PyBaseException>) v).contains(exc);
        };
    }

    /** exceptiongroup_split_recursive: {match, rest}, either null. */
    private static PyObject[] split(PyBaseException exc, Matcher m, Object v, boolean constructRest) {
        PyObject[] r = new PyObject[2];
        if (checkMatch(exc, m, v)) {
            r[0] = exc;
            return r;
        }
        if (!isGroup(exc)) {
            if (constructRest) {
                r[1] = exc;
            }
            return r;
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject e : exc.egExceptions.array()) {
            PyObject[] sub = split((PyBaseException) e, m, v, constructRest);
            if (sub[0] != null) {
                match.add(sub[0]);
            }
            if (sub[1] != null) {
                rest.add(sub[1]);
            }
        }
        r[0] = subset(exc, match);
        if (constructRest) {
            r[1] = subset(exc, rest);
        }
        return r;
    }

    /** exceptiongroup_subset: orig.derive(excs) with orig's traceback, context, cause and a copy of its notes. */
    private static PyObject subset(PyBaseException orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject d = Abstract.callMethod(orig, "derive", new PyList(excs.toArray(new PyObject[0])));
        if (!isGroup(d)) {
            throw Exc.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseException eg = (PyBaseException) d;
        if (orig.traceback != null) {
            eg.traceback = orig.traceback;
        }
        eg.context = orig.context;
        // PyException_SetCause also sets __suppress_context__.
        eg.cause = orig.cause;
        eg.suppressContext = true;
        PyObject notes = Abstract.getAttrOrNull(orig, "__notes__");
        if (notes != null && notes.type().lookup("__getitem__") != null && !notes.type().isSubtypeOf(PyDict.TYPE)) {
            Abstract.setAttr(eg, "__notes__", new PyList(Abstract.toArray(notes)));
        }
        return eg;
    }

    /** _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs). */
    private static PyObject create(String msg, PyObject excs) {
        return Abstract.call(Exc.BaseExceptionGroup, PyStr.of(msg), excs);
    }

    /** CHECK_EG_MATCH's type check (check_except_star_type_valid). */
    public static void checkExceptStarType(PyObject t) {
        PyObject[] types = t instanceof PyTuple tu ? tu.array() : new PyObject[] {t};
        for (PyObject c : types) {
            if (!(c instanceof PyType ct) || !ct.isSubtypeOf(Exc.BaseException)) {
                throw Exc.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (PyObject c : types) {
            if (((PyType) c).isSubtypeOf(Exc.BaseExceptionGroup)) {
                throw Exc.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /** exception_group_match: {match, rest} (None, None when nothing matches). */
    public static PyObject[] egMatch(PyObject exc, PyObject type) {
        PyObject none = PySingleton.NONE;
        if (exc == none) {
            return new PyObject[] {none, none};
        }
        if (givenMatches(exc, type)) {
            if (isGroup(exc)) {
                return new PyObject[] {exc, none};
            }
            // A naked exception is wrapped (3.11.7: the wrapper has no traceback).
            return new PyObject[] {create("", new PyTuple(exc)), none};
        }
        if (isGroup(exc)) {
            PyTuple pair = (PyTuple) Abstract.callMethod(exc, "split", type);
            return new PyObject[] {pair.get(0), pair.get(1)};
        }
        return new PyObject[] {none, none};
    }

    /** _PyExc_PrepReraiseStar: what an except* statement re-raises at its end, or None. */
    public static PyObject prepReraiseStar(PyObject orig, PyList excs) {
        PyObject[] all = excs.toArray();
        if (all.length == 0) {
            return PySingleton.NONE;
        }
        if (!isGroup(orig)) {
            // A naked exception was caught and wrapped: at most one clause ran.
            return all[0];
        }
        PyBaseException o = (PyBaseException) orig;
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject e : all) {
            if (e == PySingleton.NONE) {
                continue;
            }
            PyBaseException be = (PyBaseException) e;
            boolean isReraise = be.traceback == o.traceback && be.cause == o.cause && be.context == o.context;
            (isReraise ? reraised : raised).add(e);
        }
        PyObject reraisedEg = projection(o, reraised);
        if (raised.isEmpty()) {
            return reraisedEg;
        }
        if (reraisedEg != PySingleton.NONE) {
            raised.add(reraisedEg);
        }
        if (raised.size() > 1) {
            return create("", new PyList(raised.toArray(new PyObject[0])));
        }
        return raised.get(0);
    }

    /** exception_group_projection: the part of eg whose leaves are the leaves of keep, with eg's structure. */
    private static PyObject projection(PyBaseException eg, List<PyObject> keep) {
        Set<PyBaseException> leafIds = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : keep) {
            collectLeaves(e, leafIds);
        }
        if (leafIds.isEmpty()) {
            return PySingleton.NONE;
        }
        return orNone(split(eg, Matcher.INSTANCE_IDS, leafIds, false)[0]);
    }

    private static void collectLeaves(PyObject e, Set<PyBaseException> ids) {
        if (e == PySingleton.NONE) {
            return;
        }
        if (isGroup(e)) {
            for (PyObject c : ((PyBaseException) e).egExceptions.array()) {
                collectLeaves(c, ids);
            }
        } else {
            ids.add((PyBaseException) e);
        }
    }
}
