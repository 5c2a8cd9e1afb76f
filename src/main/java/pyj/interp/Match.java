package pyj.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.PyBool;
import pyj.objects.PyDict;
import pyj.objects.PyException;
import pyj.objects.PyInt;
import pyj.objects.PyList;
import pyj.objects.PyObject;
import pyj.objects.PyRange;
import pyj.objects.PySet;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/** The structural pattern matching instructions (CPython 3.11 ceval.c: match_keys, match_class). */
final class Match {
    private Match() {}

    /** Builtin types with _Py_TPFLAGS_MATCH_SELF: {@code int(x)} matches the subject itself. */
    private static final Set<String> MATCH_SELF = Set.of("bool", "bytearray", "bytes", "dict", "float", "frozenset",
            "int", "list", "set", "str", "tuple");

    /**
     * Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE: set on dict and list/tuple/range and inherited by
     * subclasses (str, bytes and bytearray are deliberately not sequences here). Walking the MRO for
     * the flagged builtins stands in for the flag bit until collections.abc registration exists.
     */
    static boolean isMapping(PyObject o) {
        return o.type().isSubtypeOf(PyDict.TYPE) && !isSeqType(o.type());
    }

    static boolean isSequence(PyObject o) {
        return isSeqType(o.type());
    }

    private static boolean isSeqType(PyType t) {
        for (PyType b : t.mro()) {
            if (b == PyDict.TYPE) {
                return false;
            }
            if (b == PyList.TYPE || b == PyTuple.TYPE || b == PyRange.TYPE) {
                return true;
            }
        }
        return false;
    }

    /** MATCH_KEYS: a tuple of the subject's values for keys, None if one is missing. */
    static PyObject matchKeys(PyObject map, PyObject keysObj) {
        PyObject[] keys = ((PyTuple) keysObj).array();
        if (keys.length == 0) {
            return PyTuple.EMPTY;
        }
        // map.get(key, dummy): no key creation in subclasses defining __missing__.
        PyObject get = Abstract.getAttr(map, "get");
        PySet seen = new PySet(false);
        PyObject dummy = Abstract.call(PyType.OBJECT);
        PyObject[] values = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            PyObject key = keys[i];
            if (seen.contains(key)) {
                throw Exc.valueError("mapping pattern checks duplicate key (" + Abstract.repr(key).value() + ")");
            }
            seen.add(key);
            PyObject v = Abstract.call(get, key, dummy);
            if (v == dummy) {
                return PySingleton.NONE;
            }
            values[i] = v;
        }
        return new PyTuple(values);
    }

    /** MATCH_CLASS: the attributes for the sub-patterns as a tuple, or None if the subject does not match. */
    static PyObject matchClass(PyObject subject, PyObject typeObj, int nargs, PyObject names) {
        if (!(typeObj instanceof PyType type)) {
            throw Exc.typeError("called match pattern must be a type");
        }
        if (!isInstance(subject, type)) {
            return PySingleton.NONE;
        }
        PySet seen = new PySet(false);
        List<PyObject> attrs = new ArrayList<>();
        if (nargs > 0) {
            boolean matchSelf = false;
            PyObject matchArgs;
            try {
                matchArgs = Abstract.getAttr(type, "__match_args__");
            } catch (PyException e) {
                if (!Exc.matches(e, Exc.AttributeError)) {
                    throw e;
                }
                // MATCH_SELF counts only when __match_args__ is absent (lost once a subclass defines it).
                matchArgs = PyTuple.EMPTY;
                matchSelf = hasMatchSelf(type);
            }
            if (matchArgs.type() != PyTuple.TYPE) {
                throw Exc.typeError(type.name() + ".__match_args__ must be a tuple (got " + matchArgs.type().name() + ")");
            }
            PyObject[] ma = ((PyTuple) matchArgs).array();
            int allowed = matchSelf ? 1 : ma.length;
            if (allowed < nargs) {
                throw Exc.typeError(type.name() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = ma[i];
                    if (name.type() != PyStr.TYPE) {
                        throw Exc.typeError("__match_args__ elements must be strings (got " + name.type().name() + ")");
                    }
                    PyObject a = classAttr(subject, type, (PyStr) name, seen);
                    if (a == null) {
                        return PySingleton.NONE;
                    }
                    attrs.add(a);
                }
            }
        }
        for (PyObject name : ((PyTuple) names).array()) {
            PyObject a = classAttr(subject, type, (PyStr) name, seen);
            if (a == null) {
                return PySingleton.NONE;
            }
            attrs.add(a);
        }
        return new PyTuple(attrs.toArray(new PyObject[0]));
    }

    private static PyObject classAttr(PyObject subject, PyType type, PyStr name, PySet seen) {
        if (seen.contains(name)) {
            throw Exc.typeError(type.name() + "() got multiple sub-patterns for attribute " + Abstract.repr(name).value());
        }
        seen.add(name);
        try {
            return Abstract.getAttr(subject, name.value());
        } catch (PyException e) {
            if (Exc.matches(e, Exc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    private static boolean hasMatchSelf(PyType t) {
        for (PyType b : t.mro()) {
            if (b.isBuiltin() && MATCH_SELF.contains(b.name())) {
                return true;
            }
        }
        return false;
    }

    /** PyObject_IsInstance: the subtype test, then a metaclass __instancecheck__. */
    private static boolean isInstance(PyObject o, PyType t) {
        if (o.type().isSubtypeOf(t)) {
            return true;
        }
        PyObject check = t.type() == PyType.TYPE ? null : t.type().lookup("__instancecheck__");
        return check != null && Abstract.isTrue(Abstract.callWithSelf(check, t, new PyObject[] {o}, null));
    }

    static PyObject len(PyObject o) {
        return PyInt.of(Abstract.len(o));
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
