package pyj.interp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyInt;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyType;

/** sys.stdout / sys.stderr: text written as UTF-8 to a Java stream (a minimal _io.TextIOWrapper). */
public final class TextOut extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", null);

    static {
        Methods.def(TYPE, "write", 1, 1, a -> {
            if (!(a[1] instanceof PyStr s)) {
                throw Exc.typeError("write() argument must be str, not " + a[1].type().name());
            }
            ((TextOut) a[0]).write(s.value());
            return PyInt.of(s.length());
        });
        Methods.def(TYPE, "flush", 0, 0, a -> {
            ((TextOut) a[0]).flush();
            return PySingleton.NONE;
        });
    }

    private final OutputStream out;

    public TextOut(OutputStream out) {
        this.out = out;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void write(String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw Exc.of(Exc.OSError, e.getMessage());
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw Exc.of(Exc.OSError, e.getMessage());
        }
    }
}
