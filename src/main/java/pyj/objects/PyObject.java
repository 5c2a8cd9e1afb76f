package pyj.objects;

/**
 * Every Python value. An abstract class rather than an interface (docs/adr/0003-object-model.md):
 * {@link #type()} and the few per-object hooks below are virtual calls, which HotSpot dispatches
 * through a vtable even at megamorphic sites, where an interface call needs an itable search.
 */
public abstract class PyObject {
    /** The Python type of this object. */
    public abstract PyType type();

    /**
     * An attribute stored on the instance itself (its __dict__ or inline slots), or null if there is
     * none. Objects without instance attributes keep the default.
     */
    public PyObject instanceAttr(String name) {
        return null;
    }

    /**
     * Stores (value non-null) or deletes (value null) an instance attribute. Returns false if this
     * object has no instance attributes at all, or, when deleting, if the attribute is missing.
     */
    public boolean setInstanceAttr(String name, PyObject value) {
        return false;
    }

    /** The instance __dict__, materialized if need be, or null if the object has none. */
    public PyDict instanceDict() {
        return null;
    }

    @Override
    public String toString() {
        try {
            return Abstract.repr(this).value();
        } catch (PyException e) {
            return "<" + type().name() + " object>";
        }
    }
}
