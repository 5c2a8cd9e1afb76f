package pyj.modules;

import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.PyInt;
import pyj.objects.PyIterator;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * _string (Objects/stringlib/unicode_format.h): formatter_parser and formatter_field_name_split,
 * which string.Formatter uses. Same parsing and error messages as CPython's MarkupIterator and
 * FieldNameIterator.
 */
final class StringModule {
    private StringModule() {}

    static final PyType FORMATTER_ITER = PyIterator.newType("formatteriterator");
    static final PyType FIELDNAME_ITER = PyIterator.newType("fieldnameiterator");

    static PyModule create() {
        PyModule m = new PyModule("_string");
        m.dict.putStr("__doc__", PyStr.of("string helper module"));
        ModuleDefs.def(m, "formatter_parser", (a, k) -> {
            pyj.objects.Args.checkPositional("formatter_parser", a, k, 1, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw Exc.typeError("expected str, got " + Abstract.typeName(a[0]));
            }
            int[] cps = s.value().codePoints().toArray();
            int[] pos = {0};
            return PyIterator.of(FORMATTER_ITER, () -> parseNext(cps, pos));
        });
        ModuleDefs.def(m, "formatter_field_name_split", (a, k) -> {
            pyj.objects.Args.checkPositional("formatter_field_name_split", a, k, 1, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw Exc.typeError("expected str, got " + Abstract.typeName(a[0]));
            }
            return fieldNameSplit(s.value().codePoints().toArray());
        });
        return m;
    }

    private static String sub(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    /** MarkupIterator_next: (literal, field_name, format_spec, conversion) or null at the end. */
    private static PyObject parseNext(int[] s, int[] posRef) {
        int pos = posRef[0];
        int end = s.length;
        if (pos >= end) {
            return null;
        }
        int start = pos;
        boolean markupFollows = false;
        int c = 0;
        // Literal text up to a '{' or '}'; '{{' and '}}' are escapes ending the literal after one brace.
        while (pos < end) {
            c = s[pos++];
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int lenLiteral = pos - start;
        if ((c == '}') && (atEnd || c != s[pos])) {
            throw Exc.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{') {
            throw Exc.valueError("Single '{' encountered in format string");
        }
        if (!atEnd) {
            if (c == s[pos]) {
                // an escaped brace: the literal includes one of them
                pos++;
                markupFollows = false;
            } else {
                lenLiteral--;
            }
        }
        String literal = sub(s, start, start + lenLiteral);
        if (!markupFollows) {
            posRef[0] = pos;
            return new PyTuple(PyStr.of(literal), PySingleton.NONE, PySingleton.NONE, PySingleton.NONE);
        }
        // The field: up to the matching '}', counting nested braces.
        int count = 1;
        start = pos;
        while (pos < end) {
            c = s[pos++];
            if (c == '{') {
                count++;
            } else if (c == '}') {
                count--;
                if (count == 0) {
                    break;
                }
            }
        }
        if (count > 0) {
            throw Exc.valueError("expected '}' before end of string");
        }
        int fieldEnd = pos - 1;
        posRef[0] = pos;
        // parse_field: name [!conv] [:spec]
        int p = start;
        int nameEnd = -1;
        int conversion = 0;
        int specStart = -1;
        int bracket = 0;
        while (p < fieldEnd) {
            c = s[p++];
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && (c == ':' || c == '!')) {
                nameEnd = p - 1;
                if (c == '!') {
                    if (p >= fieldEnd) {
                        throw Exc.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = s[p++];
                    if (p < fieldEnd) {
                        c = s[p++];
                        if (c != ':') {
                            throw Exc.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                specStart = p;
                break;
            }
        }
        if (nameEnd < 0) {
            nameEnd = fieldEnd;
            specStart = fieldEnd;
        }
        String fieldName = sub(s, start, nameEnd);
        String spec = sub(s, specStart, fieldEnd);
        PyObject conv = conversion == 0 ? PySingleton.NONE : PyStr.ofCodePoint(conversion);
        return new PyTuple(PyStr.of(literal), PyStr.of(fieldName), PyStr.of(spec), conv);
    }

    /** formatter_field_name_split: (first, iterator of (is_attr, key)). */
    private static PyObject fieldNameSplit(int[] s) {
        int end = s.length;
        int p = 0;
        while (p < end && s[p] != '.' && s[p] != '[') {
            p++;
        }
        String firstStr = sub(s, 0, p);
        PyObject first = PyStr.of(firstStr);
        long idx = autoNumber(firstStr);
        if (idx >= 0) {
            first = PyInt.of(idx);
        }
        // FieldNameIterator_next: errors surface while iterating, as in CPython.
        int[] pos = {p};
        PyIterator it = PyIterator.of(FIELDNAME_ITER, () -> {
            int q = pos[0];
            if (q >= end) {
                return null;
            }
            int c = s[q++];
            if (c == '.') {
                int st = q;
                while (q < end && s[q] != '[' && s[q] != '.') {
                    q++;
                }
                pos[0] = q;
                if (q == st) {
                    throw Exc.valueError("Empty attribute in format string");
                }
                return new PyTuple(pyj.objects.PyBool.TRUE, PyStr.of(sub(s, st, q)));
            }
            if (c == '[') {
                int st = q;
                boolean closed = false;
                while (q < end) {
                    if (s[q++] == ']') {
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    throw Exc.valueError("Missing ']' in format string");
                }
                pos[0] = q;
                String key = sub(s, st, q - 1);
                if (key.isEmpty()) {
                    throw Exc.valueError("Empty attribute in format string");
                }
                long n = autoNumber(key);
                return new PyTuple(pyj.objects.PyBool.FALSE, n >= 0 ? PyInt.of(n) : PyStr.of(key));
            }
            pos[0] = end;
            throw Exc.valueError("Only '.' or '[' may follow ']' in format field specifier");
        });
        return new PyTuple(first, it);
    }

    /** get_integer: a decimal number, or -1 if the text is not all digits. */
    private static long autoNumber(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                return -1;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw Exc.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return v;
    }
}
