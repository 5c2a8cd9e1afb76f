package pyj.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A code object's exception table, in CPython 3.11's {@code co_exceptiontable} byte encoding.
 *
 * <p>Each entry is four varints: {@code start}, {@code size = end - start}, {@code target},
 * {@code depth << 1 | lasti}, all in 16-bit code units. A varint carries 6 bits per byte, most
 * significant group first; bit 0x40 says another byte follows; bit 0x80 marks the first byte of
 * an entry, so a reader can find entry boundaries. The table is read only when an exception is
 * raised: nothing on the normal path consults it.
 */
public final class ExceptionTable {
    private ExceptionTable() {}

    /** Handler for the instructions {@code start <= i < end}. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {
        public Entry {
            if (start < 0 || end <= start || target < 0 || depth < 0) {
                throw new IllegalArgumentException("bad exception table entry " + start + ".." + end
                        + " -> " + target + " [" + depth + "]");
            }
        }
    }

    private static final int CONTINUE = 0x40;
    private static final int ENTRY_START = 0x80;
    private static final int MAX_VALUE = (1 << 30) - 1;

    public static byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(entries.size() * 5);
        for (Entry e : entries) {
            writeVarint(out, e.start(), ENTRY_START);
            writeVarint(out, e.end() - e.start(), 0);
            writeVarint(out, e.target(), 0);
            writeVarint(out, e.depth() << 1 | (e.lasti() ? 1 : 0), 0);
        }
        return out.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, int value, int mark) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("exception table value out of range: " + value);
        }
        int shift = 24;
        while (shift > 0 && value < 1 << shift) {
            shift -= 6;
        }
        for (; shift > 0; shift -= 6) {
            out.write(((value >> shift) & 0x3f) | CONTINUE | mark);
            mark = 0;
        }
        out.write((value & 0x3f) | mark);
    }

    /** Decodes a whole table; throws IllegalArgumentException on malformed bytes. */
    public static List<Entry> decode(byte[] table) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            if ((table[pos[0]] & ENTRY_START) == 0) {
                throw new IllegalArgumentException("exception table entry does not start at byte " + pos[0]);
            }
            int start = readVarint(table, pos, true);
            int size = readVarint(table, pos, false);
            int target = readVarint(table, pos, false);
            int depthLasti = readVarint(table, pos, false);
            entries.add(new Entry(start, start + size, target, depthLasti >> 1, (depthLasti & 1) != 0));
        }
        return entries;
    }

    private static int readVarint(byte[] table, int[] pos, boolean first) {
        int value = 0;
        for (int i = 0;; i++) {
            if (pos[0] >= table.length || i > 4) {
                throw new IllegalArgumentException("truncated exception table");
            }
            int b = table[pos[0]++] & 0xff;
            if ((b & ENTRY_START) != 0 && !(first && i == 0)) {
                throw new IllegalArgumentException("unexpected entry start inside an exception table entry");
            }
            value = value << 6 | (b & 0x3f);
            if ((b & CONTINUE) == 0) {
                return value;
            }
        }
    }

    /**
     * The handler covering instruction offset {@code offset} (in code units), or null. Entries are
     * sorted by start and do not overlap, as the assembler emits them.
     */
    public static Entry lookup(byte[] table, int offset) {
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = readVarint(table, pos, true);
            if (start > offset) {
                return null;
            }
            int size = readVarint(table, pos, false);
            int target = readVarint(table, pos, false);
            int depthLasti = readVarint(table, pos, false);
            if (offset < start + size) {
                return new Entry(start, start + size, target, depthLasti >> 1, (depthLasti & 1) != 0);
            }
        }
        return null;
    }
}
