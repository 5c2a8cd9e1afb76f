package pyj.objects;

/** A module: a name and a dict of globals. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", null);
    public final PyDict dict;

    public PyModule(String name) {
        this.dict = new PyDict();
        dict.putStr("__name__", PyStr.of(name));
        dict.putStr("__doc__", PySingleton.NONE);
        dict.putStr("__package__", PySingleton.NONE);
        dict.putStr("__loader__", PySingleton.NONE);
        dict.putStr("__spec__", PySingleton.NONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return dict.getStr("__name__") instanceof PyStr s ? s.value() : "?";
    }

    @Override
    public PyObject instanceAttr(String name) {
        return dict.getStr(name);
    }

    @Override
    public boolean setInstanceAttr(String name, PyObject value) {
        if (value == null) {
            return dict.delStr(name);
        }
        dict.putStr(name, value);
        return true;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
