package pyj.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** getset_descriptor: a computed attribute of a builtin type (a data descriptor). */
public final class PyGetSet extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", null);
    public final PyType owner;
    public final String name;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;

    public PyGetSet(PyType owner, String name, Function<PyObject, PyObject> getter, BiConsumer<PyObject, PyObject> setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : getter.apply(obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (setter == null) {
            throw Exc.attributeError("attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
        }
        setter.accept(obj, value);
    }
}
