package pyj.cli;

import pyj.parse.PySyntaxError;

/**
 * Formats an uncaught SyntaxError as CPython 3.11's default excepthook does (Python/pythonrun.c
 * print_exception and print_error_text): the {@code File} line, the stripped source line, the
 * caret line, then {@code Type: msg}.
 */
public final class SyntaxErrorPrinter {
    private SyntaxErrorPrinter() {}

    public static String format(PySyntaxError e) {
        StringBuilder sb = new StringBuilder();
        String filename = e.filename == null ? "<string>" : e.filename;
        sb.append("  File \"").append(filename).append("\", line ").append(e.lineno).append('\n');
        if (e.text != null) {
            int offset = e.offset;
            int endLineno = e.lineno;
            int endOffset = -1;
            // Only SyntaxError proper carries an end position; its subclasses print one caret.
            if (e.kind == PySyntaxError.Kind.SyntaxError) {
                endLineno = e.endLineno > 0 ? e.endLineno : e.lineno;
                endOffset = e.endOffset;
            }
            int lineSize = utf8Length(e.text);
            if (endLineno > e.lineno) {
                endOffset = lineSize;
            }
            if (endOffset > lineSize + 1) {
                endOffset = lineSize + 1;
            }
            appendErrorText(sb, offset, endOffset, e.text);
        }
        sb.append(e.kind).append(": ").append(e.msg).append('\n');
        return sb.toString();
    }

    private static void appendErrorText(StringBuilder sb, int offset, int endOffset, String text) {
        int carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
                || text.charAt(start) == '\f')) {
            start++;
            offset--;
        }
        String rest = text.substring(start);
        int len = rest.length();
        if (len > 0 && rest.charAt(len - 1) == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        // A multi-line text: show only the line the offset falls in.
        for (;;) {
            int nl = rest.indexOf('\n');
            if (nl < 0 || nl >= offset) {
                break;
            }
            rest = rest.substring(nl + 1);
            len -= nl + 1;
            offset -= nl + 1;
        }
        sb.append("    ").append(rest);
        if (rest.isEmpty() || rest.charAt(rest.length() - 1) != '\n') {
            sb.append('\n');
        }
        if (offset < 0) {
            return;
        }
        sb.append("    ").repeat(' ', offset).repeat('^', carets).append('\n');
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
