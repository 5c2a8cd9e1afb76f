package pyj.objects;

/**
 * str.format: replacement fields {@code {}}, {@code {0}}, {@code {name}}, {@code .attr} and
 * {@code [key]} chains, conversions {@code !r !s !a}, nested fields inside the format spec, and
 * {@code {{ }}} escapes. Each value is formatted with format(value, spec).
 */
final class StrFormat {
    private StrFormat() {}

    static String format(String fmt, PyObject[] a, String[] kw) {
        int nk = kw == null ? 0 : kw.length;
        int np = a.length - nk;
        int[] auto = {0};
        return render(fmt, a, np, kw, auto, 2, null);
    }

    /** str.format_map(mapping): named fields look up mapping[name]; positional fields fail. */
    static String formatMap(String fmt, PyObject mapping) {
        return render(fmt, new PyObject[] {PyStr.EMPTY}, 1, null, new int[] {0}, 2, mapping);
    }

    private static String render(String fmt, PyObject[] a, int np, String[] kw, int[] auto, int depth, PyObject mapping) {
        if (depth < 0) {
            throw Exc.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Exc.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int level = 1;
            int j = i + 1;
            while (j < n && level > 0) {
                if (fmt.charAt(j) == '{') {
                    level++;
                } else if (fmt.charAt(j) == '}') {
                    level--;
                }
                j++;
            }
            if (level > 0) {
                throw Exc.valueError(j >= n && fmt.indexOf('}', i) < 0 ? "expected '}' before end of string"
                        : "unmatched '{' in format spec");
            }
            String field = fmt.substring(i + 1, j - 1);
            i = j;
            int colon = -1;
            int bang = -1;
            int bracket = 0;
            for (int k = 0; k < field.length(); k++) {
                char fc = field.charAt(k);
                if (fc == '[') {
                    bracket++;
                } else if (fc == ']') {
                    bracket--;
                } else if (bracket == 0 && fc == '!' && bang < 0 && colon < 0) {
                    bang = k;
                } else if (bracket == 0 && fc == ':') {
                    colon = k;
                    break;
                }
            }
            String spec = colon >= 0 ? field.substring(colon + 1) : "";
            String name = field.substring(0, bang >= 0 ? bang : colon >= 0 ? colon : field.length());
            String conv = bang >= 0 ? field.substring(bang + 1, colon >= 0 ? colon : field.length()) : null;
            PyObject v = lookup(name, a, np, kw, auto, mapping);
            if (conv != null) {
                v = switch (conv) {
                    case "r" -> Abstract.repr(v);
                    case "s" -> Abstract.str(v);
                    case "a" -> PyStr.of(ascii(Abstract.repr(v).value()));
                    default -> throw Exc.valueError(conv.isEmpty() ? "end of string while looking for conversion specifier"
                            : "Unknown conversion specifier " + conv);
                };
            }
            if (spec.contains("{")) {
                spec = render(spec, a, np, kw, auto, depth - 1, mapping);
            }
            out.append(Abstract.format(v, PyStr.of(spec)).value());
        }
        return out.toString();
    }

    static String ascii(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 256) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    private static PyObject lookup(String name, PyObject[] a, int np, String[] kw, int[] auto, PyObject mapping) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        PyObject v;
        if (first.isEmpty() || first.chars().allMatch(Character::isDigit)) {
            int idx;
            if (first.isEmpty()) {
                if (auto[0] < 0) {
                    throw Exc.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                idx = auto[0]++;
            } else {
                if (auto[0] > 0) {
                    throw Exc.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                auto[0] = -1;
                idx = Integer.parseInt(first);
            }
            // a[0] is the format string itself (self)
            if (idx + 1 >= np) {
                throw Exc.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = a[idx + 1];
        } else if (mapping != null) {
            v = Abstract.getItem(mapping, PyStr.of(first));
        } else {
            v = null;
            for (int i = 0; kw != null && i < kw.length; i++) {
                if (kw[i].equals(first)) {
                    v = a[np + i];
                }
            }
            if (v == null) {
                throw Exc.keyError(PyStr.of(first));
            }
        }
        while (k < name.length()) {
            if (name.charAt(k) == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                v = Abstract.getAttr(v, name.substring(k + 1, e));
                k = e;
            } else {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw Exc.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                v = Abstract.getItem(v, !key.isEmpty() && key.chars().allMatch(Character::isDigit)
                        ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
                k = e + 1;
            }
        }
        return v;
    }
}
