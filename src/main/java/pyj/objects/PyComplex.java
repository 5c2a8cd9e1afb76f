package pyj.objects;

/** complex: two doubles. Methods are installed by {@link ComplexMethods}. */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", null);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String repr() {
        return FloatFormat.complexRepr(real, imag);
    }

    public long hash() {
        return PyHash.hashComplex(real, imag, System.identityHashCode(this));
    }
}
