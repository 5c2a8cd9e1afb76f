package pyj.objects;

/** The object model's answers to {@link PercentFormat}'s questions, for {@code str % x} and {@code bytes % x}. */
final class PercentOps implements PercentFormat.Operands<PyObject> {
    static final PercentOps INSTANCE = new PercentOps();

    static PyObject formatStr(String fmt, PyObject args) {
        try {
            return PyStr.of(PercentFormat.format(fmt, args, INSTANCE));
        } catch (FormatError e) {
            throw Methods.fromFormatError(e);
        }
    }

    static byte[] formatBytes(byte[] fmt, PyObject args) {
        try {
            return PercentFormat.formatBytes(fmt, args, INSTANCE);
        } catch (FormatError e) {
            throw Methods.fromFormatError(e);
        }
    }

    @Override
    public boolean isTuple(PyObject v) {
        return v instanceof PyTuple;
    }

    @Override
    public int tupleSize(PyObject tuple) {
        return ((PyTuple) tuple).size();
    }

    @Override
    public PyObject tupleItem(PyObject tuple, int i) {
        return ((PyTuple) tuple).get(i);
    }

    @Override
    public boolean isMapping(PyObject args, boolean bytesFormat) {
        if (args instanceof PyTuple || args instanceof PyStr) {
            return false;
        }
        if (bytesFormat && (args instanceof PyBytes)) {
            return false;
        }
        return args.type().lookup("__getitem__") != null;
    }

    @Override
    public PyObject getItem(PyObject mapping, Object key) {
        return Abstract.getItem(mapping, key instanceof String s ? PyStr.of(s) : PyBytes.of((byte[]) key));
    }

    @Override
    public String typeName(PyObject v) {
        return v.type().name();
    }

    @Override
    public String str(PyObject v) {
        return Abstract.str(v).value();
    }

    @Override
    public String repr(PyObject v) {
        return Abstract.repr(v).value();
    }

    @Override
    public String ascii(PyObject v) {
        return Abstract.ascii(v);
    }

    @Override
    public Number intValue(PyObject v) {
        return v instanceof PyInt i ? num(i) : null;
    }

    private static Number num(PyInt i) {
        return i.isLong() ? (Number) i.longValue() : i.bigValue();
    }

    private static boolean isNumber(PyObject v) {
        PyType t = v.type();
        return v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex || t.lookup("__index__") != null
                || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    @Override
    public Number toInteger(PyObject v, boolean index) {
        if (!isNumber(v)) {
            return null;
        }
        try {
            return num(index ? Abstract.index(v) : Numbers.toInt(v));
        } catch (PyException e) {
            if (Exc.matches(e, Exc.TypeError)) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public Double toDouble(PyObject v) {
        try {
            return Numbers.asDouble(v);
        } catch (PyException e) {
            if (Exc.matches(e, Exc.TypeError)) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public Number index(PyObject v) {
        if (v instanceof PyInt i) {
            return num(i);
        }
        if (v.type().lookup("__index__") == null) {
            return null;
        }
        return num(Abstract.index(v));
    }

    @Override
    public String strValue(PyObject v) {
        return v instanceof PyStr s ? s.value() : null;
    }

    @Override
    public byte[] bytesValue(PyObject v) {
        return v instanceof PyBytes b ? b.bytes() : null;
    }

    @Override
    public byte[] toBytes(PyObject v) {
        if (v instanceof PyBytes b) {
            return b.bytes();
        }
        PyObject r = v.type().lookup("__bytes__") == null ? null : Abstract.callSpecial(v, "__bytes__");
        if (r == null) {
            return null;
        }
        if (!(r instanceof PyBytes b)) {
            throw Exc.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
        }
        return b.bytes();
    }
}
