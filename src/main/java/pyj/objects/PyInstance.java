package pyj.objects;

import java.util.Arrays;

/**
 * An instance of a class defined in Python (whose solid base is object). Attributes live in a
 * slot array described by a layout shared with every instance that got the same attributes in the
 * same order (CPython 3.11's shared-keys inline values; V8's hidden classes), so a later
 * specialized LOAD_ATTR can guard on the layout and read a slot. Reading {@code __dict__} or
 * deleting an attribute moves the instance to a real dict for good, as CPython materializes one.
 */
public final class PyInstance extends PyObject {
    PyType type;
    private PyType.Layout layout;
    private PyObject[] slots;
    private PyDict dict;
    /** The values of the class's __slots__ names (null: unset), or null if it has none. */
    private PyObject[] members;

    public PyInstance(PyType type) {
        this.type = type;
        this.layout = type.rootLayout;
        this.slots = new PyObject[4];
        this.members = type.memberCount == 0 ? null : new PyObject[type.memberCount];
    }

    PyObject[] members() {
        return members;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** __class__ assignment (compatible layouts only; both are PyInstance here). */
    public void setType(PyType t) {
        this.type = t;
    }

    public PyType.Layout layout() {
        return layout;
    }

    @Override
    public PyObject instanceAttr(String name) {
        if (dict != null) {
            return dict.getStr(name);
        }
        int i = layout.slot(name);
        return i < 0 ? null : slots[i];
    }

    @Override
    public boolean setInstanceAttr(String name, PyObject value) {
        if (!type().hasInstanceDict) {
            return false; // object() has no __dict__
        }
        if (value == null) {
            PyDict d = instanceDict();
            return d.delStr(name);
        }
        if (dict != null) {
            dict.putStr(name, value);
            return true;
        }
        int i = layout.slot(name);
        if (i < 0) {
            layout = layout.with(name);
            i = layout.size() - 1;
            if (i >= slots.length) {
                slots = Arrays.copyOf(slots, slots.length * 2);
            }
        }
        slots[i] = value;
        return true;
    }

    @Override
    public PyDict instanceDict() {
        if (!type().hasInstanceDict) {
            return null;
        }
        if (dict == null) {
            dict = new PyDict();
            for (int i = 0; i < layout.size(); i++) {
                dict.putStr(layout.names[i], slots[i]);
            }
            slots = null;
            layout = null;
        }
        return dict;
    }
}
