package pyj.objects;

/** None, NotImplemented and Ellipsis: one instance each, of its own type. */
public final class PySingleton extends PyObject {
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", null);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", null);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", null);
    public static final PySingleton NONE = new PySingleton(NONE_TYPE, "None");
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton(NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton(ELLIPSIS_TYPE, "Ellipsis");

    private final PyType type;
    private final String repr;

    private PySingleton(PyType type, String repr) {
        this.type = type;
        this.repr = repr;
    }

    @Override
    public PyType type() {
        return type;
    }

    public String repr() {
        return repr;
    }
}
