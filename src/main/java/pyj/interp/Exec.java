package pyj.interp;

import java.math.BigInteger;
import pyj.code.CodeConstants;
import pyj.code.PyCode;
import pyj.objects.PyBool;
import pyj.objects.PyBytes;
import pyj.objects.PyCodeObj;
import pyj.objects.PyComplex;
import pyj.objects.PyFloat;
import pyj.objects.PyInt;
import pyj.objects.PyObject;
import pyj.objects.PySet;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.parse.ast.Constants;

/**
 * What the interpreter keeps per code object: the wordcode (its own copy: where quickening will
 * write), constants as runtime objects, names as Java strings. Made once per code object.
 */
final class Exec {
    final PyCode code;
    final PyCodeObj codeObj;
    final byte[] wordcode;
    final PyObject[] consts;
    /** For constants that pyj cannot represent yet (complex, bytes, ...): why, else null. */
    final String[] unsupported;
    final String[] names;
    final int nlocalsplus;

    private Exec(PyCodeObj co) {
        this.codeObj = co;
        this.code = co.code;
        this.wordcode = code.code();
        int n = code.consts().size();
        this.consts = new PyObject[n];
        this.unsupported = new String[n];
        for (int i = 0; i < n; i++) {
            try {
                consts[i] = toRuntime(code.consts().get(i));
            } catch (UnsupportedOperationException e) {
                unsupported[i] = e.getMessage();
            }
        }
        this.names = code.names().toArray(new String[0]);
        this.nlocalsplus = code.localsPlusNames().size();
    }

    static Exec of(PyCodeObj co) {
        Exec e = (Exec) co.exec;
        if (e == null) {
            e = new Exec(co);
            co.exec = e;
        }
        return e;
    }

    static Exec of(PyCode code) {
        return of(new PyCodeObj(code));
    }

    /** A compile-time constant as a runtime object. */
    static PyObject toRuntime(Object c) {
        return switch (c) {
            case Constants.Singleton s -> s == Constants.Singleton.NONE ? PySingleton.NONE : PySingleton.ELLIPSIS;
            case Boolean b -> PyBool.of(b);
            case BigInteger i -> PyInt.of(i);
            case Double d -> new PyFloat(d);
            case String s -> PyStr.of(s);
            case CodeConstants.Tuple t -> {
                PyObject[] items = new PyObject[t.items().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = toRuntime(t.items().get(i));
                }
                yield new PyTuple(items);
            }
            case CodeConstants.FrozenSet f -> {
                PySet s = new PySet(true);
                for (Object o : f.items()) {
                    s.add(toRuntime(o));
                }
                yield s;
            }
            case PyCode code -> new PyCodeObj(code);
            case Constants.Imaginary im -> new PyComplex(0.0, im.imag());
            case CodeConstants.Complex cx -> new PyComplex(cx.real(), cx.imag());
            case Constants.Bytes b -> PyBytes.of(b.value().clone());
            case Constants.CodePointStr s -> throw new UnsupportedOperationException(
                    "pyj: a str with a surrogate pair of separate code points is not representable yet");
            default -> throw new UnsupportedOperationException("pyj: constant of " + c.getClass().getName());
        };
    }
}
