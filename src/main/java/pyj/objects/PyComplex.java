package pyj.objects;

/** complex: two doubles. Methods are installed by {@link ComplexMethods}. */
public final class PyComplex extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType TYPE = PyType.builtin("complex", null);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return sub == null ? TYPE : sub.type;
    }

    @Override
    public PyObject instanceAttr(String name) {
        return Sub.attr(sub, name);
    }

    @Override
    public boolean setInstanceAttr(String name, PyObject value) {
        return Sub.setAttr(sub, name, value);
    }

    @Override
    public PyDict instanceDict() {
        return Sub.dict(sub);
    }

    public String repr() {
        return FloatFormat.complexRepr(real, imag);
    }

    public long hash() {
        return PyHash.hashComplex(real, imag, System.identityHashCode(this));
    }
}
