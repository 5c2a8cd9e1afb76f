package pyj.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython 3.11's {@code dis} for {@link PyCode}: the same text, character for character, as
 * {@code dis.dis(code)} and {@code dis.disassemble(code)} print with their default options
 * (caches hidden, not adaptive), apart from code-object addresses (see {@link PyCode#repr()}).
 * Follows Lib/dis.py's rules, including its quirks: jump targets are found from the raw opcode,
 * argument descriptions from the base instruction, KW_NAMES shows no constant.
 */
public final class Disassembler {
    private Disassembler() {}

    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    /**
     * One instruction as {@code dis.get_instructions} yields it (without caches). {@code arg} is null
     * for instructions without an argument; {@code startsLine} is null unless a new line starts here.
     */
    public record Instruction(String opname, int opcode, Integer arg, String argrepr, int offset,
            Integer startsLine, boolean isJumpTarget, LocationTable.Location positions) {

        /** The line dis prints, as Instruction._disassemble with no current-instruction marker. */
        public String format(int linenoWidth, int offsetWidth) {
            StringBuilder sb = new StringBuilder();
            if (linenoWidth > 0) {
                String n = startsLine == null ? "" : Integer.toString(startsLine);
                sb.repeat(' ', Math.max(0, linenoWidth - n.length())).append(n).append(' ');
            }
            sb.append("   ").append(' ');
            sb.append(isJumpTarget ? ">>" : "  ").append(' ');
            String off = Integer.toString(offset);
            sb.repeat(' ', Math.max(0, offsetWidth - off.length())).append(off).append(' ');
            sb.append(opname).repeat(' ', Math.max(0, OPNAME_WIDTH - opname.length()));
            if (arg != null) {
                String a = Integer.toString(arg);
                sb.append(' ').repeat(' ', Math.max(0, OPARG_WIDTH - a.length())).append(a);
                if (!argrepr.isEmpty()) {
                    sb.append(" (").append(argrepr).append(')');
                }
            }
            return sb.toString().stripTrailing();
        }
    }

    /** {@code dis.dis(code)}: this code object, then each nested one under a "Disassembly of" header. */
    public static String dis(PyCode code) {
        StringBuilder sb = new StringBuilder();
        disRecursive(sb, code);
        return sb.toString();
    }

    private static void disRecursive(StringBuilder sb, PyCode code) {
        sb.append(disassemble(code));
        for (PyCode nested : code.nestedCode()) {
            sb.append('\n').append("Disassembly of ").append(nested.repr()).append(":\n");
            disRecursive(sb, nested);
        }
    }

    /** {@code dis.disassemble(code)}: this code object only, with its exception table. */
    public static String disassemble(PyCode code) {
        byte[] bytes = code.code();
        Map<Integer, Integer> lineStarts = lineStarts(code);
        List<ExceptionTable.Entry> handlers = code.exceptionEntries();
        int linenoWidth = 0;
        if (!lineStarts.isEmpty()) {
            int maxLine = lineStarts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            linenoWidth = maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        }
        int maxOffset = bytes.length - 2;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;
        StringBuilder sb = new StringBuilder();
        for (Instruction in : instructions(code, bytes, lineStarts, handlers)) {
            if (linenoWidth > 0 && in.startsLine() != null && in.offset() > 0) {
                sb.append('\n');
            }
            sb.append(in.format(linenoWidth, offsetWidth)).append('\n');
        }
        if (!handlers.isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : handlers) {
                // dis prints byte offsets, and the last instruction covered rather than the end.
                sb.append("  ").append(2 * e.start()).append(" to ").append(2 * e.end() - 2)
                        .append(" -> ").append(2 * e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * {@code list(dis.get_instructions(code))}. As there, exception handler targets are not marked
     * as jump targets (only {@link #disassemble} reads the exception table).
     */
    public static List<Instruction> instructions(PyCode code) {
        return instructions(code, code.code(), lineStarts(code), List.of());
    }

    /** dis.findlinestarts: byte offset → line, where co_lines moves to a new line. */
    public static Map<Integer, Integer> lineStarts(PyCode code) {
        Map<Integer, Integer> starts = new HashMap<>();
        int last = Integer.MIN_VALUE;
        for (LocationTable.LineRange r : code.lines()) {
            if (r.line() != -1 && r.line() != last) {
                last = r.line();
                starts.put(r.start(), r.line());
            }
        }
        return starts;
    }

    /** One raw instruction of the wordcode: dis._unpack_opargs. */
    private record Raw(int offset, int op, Integer arg) {}

    private static List<Raw> unpack(byte[] code) {
        List<Raw> out = new ArrayList<>();
        long extended = 0;
        int caches = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xff;
            int deop = deop(op);
            Opcode d = Opcode.of(deop);
            caches = d == null ? 0 : d.cacheEntries();
            if (deop >= Opcode.HAVE_ARGUMENT) {
                long arg = (code[i + 1] & 0xff) | extended;
                extended = deop == Opcode.EXTENDED_ARG.number() ? arg << 8 : 0;
                // The argument is a C int: dis wraps values past its range the same way.
                if (extended >= 1L << 31) {
                    extended -= 1L << 32;
                }
                out.add(new Raw(i, op, (int) arg));
            } else {
                extended = 0;
                out.add(new Raw(i, op, null));
            }
        }
        return out;
    }

    private static int deop(int op) {
        Opcode o = Opcode.of(op);
        return o == null ? op : o.base().number();
    }

    private static String opname(int op) {
        Opcode o = Opcode.of(op);
        return o == null || o.isPseudo() ? "<" + op + ">" : o.name();
    }

    /** dis.findlabels: targets of jumps, judged (as dis does) by the raw opcode. */
    private static Set<Integer> labels(List<Raw> raws) {
        Set<Integer> labels = new HashSet<>();
        for (Raw r : raws) {
            Opcode o = Opcode.of(r.op());
            if (r.arg() != null && o != null && o.isReal() && o.isJump()) {
                labels.add(jumpTarget(o, r.offset(), r.arg()));
            }
        }
        return labels;
    }

    private static int jumpTarget(Opcode op, int offset, int arg) {
        return offset + 2 + (op.isBackwardJump() ? -arg : arg) * 2;
    }

    private static List<Instruction> instructions(PyCode code, byte[] bytes, Map<Integer, Integer> lineStarts,
            List<ExceptionTable.Entry> handlers) {
        List<Raw> raws = unpack(bytes);
        Set<Integer> labels = labels(raws);
        for (ExceptionTable.Entry e : handlers) {
            labels.add(2 * e.target());
        }
        List<LocationTable.Location> positions = code.positions();
        List<Instruction> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            int unit = r.offset() / 2;
            LocationTable.Location pos = unit < positions.size() ? positions.get(unit) : LocationTable.Location.NONE;
            out.add(new Instruction(opname(r.op()), r.op(), r.arg(), argrepr(code, r), r.offset(),
                    lineStarts.get(r.offset()), labels.contains(r.offset()), pos));
        }
        return out;
    }

    private static String argrepr(PyCode code, Raw r) {
        if (r.arg() == null) {
            return "";
        }
        int arg = r.arg();
        Opcode op = Opcode.of(deop(r.op()));
        if (op == null) {
            return "";
        }
        return switch (op.argKind()) {
            // dis only resolves LOAD_CONST; KW_NAMES gets no description.
            case CONST -> op == Opcode.LOAD_CONST ? CodeConstants.repr(code.consts().get(arg)) : "";
            case NAME -> op == Opcode.LOAD_GLOBAL
                    ? ((arg & 1) != 0 ? "NULL + " : "") + code.names().get(arg >> 1)
                    : code.names().get(arg);
            case JUMP_FORWARD, JUMP_BACKWARD -> "to " + jumpTarget(op, r.offset(), arg);
            case LOCAL, FREE -> code.varnameFromOparg(arg);
            case COMPARE -> Opcode.CMP_OP.get(arg);
            case FORMAT_VALUE -> {
                String s = Opcode.FORMAT_VALUE_CONVERTERS.get(arg & 3);
                if ((arg & 4) != 0) {
                    s = s.isEmpty() ? "with format" : s + ", with format";
                }
                yield s;
            }
            case MAKE_FUNCTION -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < Opcode.MAKE_FUNCTION_FLAGS.size(); i++) {
                    if ((arg & 1 << i) != 0) {
                        parts.add(Opcode.MAKE_FUNCTION_FLAGS.get(i));
                    }
                }
                yield String.join(", ", parts);
            }
            case BINARY_OP -> Opcode.NB_OPS.get(arg).symbol();
            default -> "";
        };
    }
}
