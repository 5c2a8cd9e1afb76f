package pyj.interp;

import pyj.objects.Abstract;
import pyj.objects.Methods;
import pyj.objects.PyBool;
import pyj.objects.PyDict;
import pyj.objects.PyList;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyType;

/**
 * A module's {@code __spec__}: the attributes of importlib's ModuleSpec (name, loader, origin,
 * submodule_search_locations, cached, has_location, parent) kept in an instance dict, so code that
 * reads or sets them behaves as with CPython's class. {@code _initializing} is true while the
 * module's code runs (import_from's "partially initialized module" message reads it).
 */
public final class ModuleSpec extends PyObject {
    public static final PyType TYPE = PyType.builtin("ModuleSpec", null);

    static {
        TYPE.dict().put("__module__", PyStr.of("importlib._bootstrap"));
        Methods.getter(TYPE, "parent", x -> {
            ModuleSpec s = (ModuleSpec) x;
            PyObject name = s.dict.getStr("name");
            if (s.dict.getStr("submodule_search_locations") != PySingleton.NONE) {
                return name;
            }
            String n = name instanceof PyStr ps ? ps.value() : "";
            int dot = n.lastIndexOf('.');
            return PyStr.of(dot < 0 ? "" : n.substring(0, dot));
        });
        Methods.def(TYPE, "__repr__", 0, 0, a -> {
            PyDict d = ((ModuleSpec) a[0]).dict;
            StringBuilder sb = new StringBuilder("ModuleSpec(name=").append(Abstract.repr(d.getStr("name")).value())
                    .append(", loader=").append(Abstract.repr(d.getStr("loader")).value());
            if (d.getStr("origin") != PySingleton.NONE) {
                sb.append(", origin=").append(Abstract.repr(d.getStr("origin")).value());
            }
            if (d.getStr("submodule_search_locations") != PySingleton.NONE) {
                sb.append(", submodule_search_locations=")
                        .append(Abstract.repr(d.getStr("submodule_search_locations")).value());
            }
            return PyStr.of(sb.append(')').toString());
        });
    }

    final PyDict dict = new PyDict();

    ModuleSpec(String name, PyObject origin, PyList searchLocations, boolean hasLocation, PyObject cached) {
        dict.putStr("name", PyStr.of(name));
        dict.putStr("loader", PySingleton.NONE);
        dict.putStr("origin", origin);
        dict.putStr("loader_state", PySingleton.NONE);
        dict.putStr("submodule_search_locations", searchLocations == null ? PySingleton.NONE : searchLocations);
        dict.putStr("cached", cached);
        dict.putStr("has_location", PyBool.of(hasLocation));
        dict.putStr("_initializing", PyBool.FALSE);
    }

    /** _PyModuleSpec_IsInitializing: spec._initializing is true. */
    static boolean isInitializing(PyObject spec) {
        if (spec == null || spec == PySingleton.NONE) {
            return false;
        }
        PyObject v = Abstract.getAttrOrNull(spec, "_initializing");
        return v != null && Abstract.isTrue(v);
    }

    @Override
    public PyType type() {
        return TYPE;
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
