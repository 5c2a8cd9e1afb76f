package pyj.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's location table ({@code co_linetable}): for every code unit of the wordcode, the
 * source span (line, end line, column, end column) of the instruction it belongs to.
 *
 * <p>The table is a sequence of entries, each covering 1..8 code units. An entry's first byte is
 * {@code 0x80 | code << 3 | (units - 1)}; the following bytes (never with bit 7 set) depend on
 * the 4-bit code:
 * <ul>
 *   <li>0..9, short form: same line as the previous entry; one byte {@code c << 4 | width} gives
 *       column {@code code * 8 + c} and end column {@code column + width};
 *   <li>10..12, one-line form: line advances by {@code code - 10}; column and end column bytes;
 *   <li>13, no columns: signed varint line delta;
 *   <li>14, long form: signed varint line delta, varint {@code end_line - line},
 *       varint {@code column + 1}, varint {@code end_column + 1} (0 meaning no column);
 *   <li>15, no location at all.
 * </ul>
 * Varints here are little-endian 6-bit groups with 0x40 meaning "more follows" (unlike the
 * exception table's big-endian ones); a signed varint holds {@code |v| << 1 | sign}. Lines are
 * deltas from the previous entry's line, starting at co_firstlineno; short and no-location
 * entries leave that line unchanged.
 *
 * <p>Missing values are -1 throughout, as in CPython (Python code sees None).
 */
public final class LocationTable {
    private LocationTable() {}

    /** A source span; -1 for a missing part. {@link #NONE} is "no location". */
    public record Location(int line, int endLine, int col, int endCol) {
        public static final Location NONE = new Location(-1, -1, -1, -1);

        /** A line without columns. */
        public static Location ofLine(int line) {
            return new Location(line, line, -1, -1);
        }
    }

    /** {@code units} consecutive code units at {@code location}. */
    public record Entry(int units, Location location) {
        public Entry {
            if (units <= 0) {
                throw new IllegalArgumentException("location entry must cover at least one code unit: " + units);
            }
        }
    }

    /** One (start, end, line) triple of {@code co_lines()}: byte offsets, end exclusive; line -1 for None. */
    public record LineRange(int start, int end, int line) {}

    static final int SHORT0 = 0;
    static final int ONE_LINE0 = 10;
    static final int NO_COLUMNS = 13;
    static final int LONG = 14;
    static final int NONE = 15;

    /**
     * Builds a location table entry by entry, choosing each entry's form exactly as CPython 3.11's
     * assembler does (compile.c, write_location_info_entry), so the bytes equal CPython's for the
     * same instructions and positions. The assembler calls {@link #add} once per instruction with
     * the instruction's full size (EXTENDED_ARGs and caches included).
     */
    public static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int lineno;

        public Encoder(int firstLineno) {
            this.lineno = firstLineno;
        }

        /** Adds {@code units} code units at {@code loc}; spans longer than 8 units take several entries. */
        public Encoder add(int units, Location loc) {
            if (units <= 0) {
                throw new IllegalArgumentException("units must be positive: " + units);
            }
            for (; units > 8; units -= 8) {
                writeEntry(8, loc);
            }
            writeEntry(units, loc);
            return this;
        }

        public byte[] toByteArray() {
            return out.toByteArray();
        }

        private void writeEntry(int units, Location loc) {
            if (loc.line() < 0) {
                firstByte(NONE, units);
                return;
            }
            int lineDelta = loc.line() - lineno;
            int col = loc.col();
            int endCol = loc.endCol();
            if (col < -1 || endCol < -1) {
                throw new IllegalArgumentException("bad column in " + loc);
            }
            if (col < 0 || endCol < 0) {
                if (loc.endLine() == loc.line() || loc.endLine() == -1) {
                    firstByte(NO_COLUMNS, units);
                    writeSignedVarint(lineDelta);
                    lineno = loc.line();
                    return;
                }
            } else if (loc.endLine() == loc.line()) {
                if (lineDelta == 0 && col < 80 && endCol - col < 16 && endCol >= col) {
                    firstByte(SHORT0 + (col >> 3), units);
                    out.write((col & 7) << 4 | (endCol - col));
                    return;
                }
                if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
                    firstByte(ONE_LINE0 + lineDelta, units);
                    out.write(col);
                    out.write(endCol);
                    lineno = loc.line();
                    return;
                }
            }
            if (loc.endLine() < loc.line()) {
                throw new IllegalArgumentException("end line before line in " + loc);
            }
            firstByte(LONG, units);
            writeSignedVarint(lineDelta);
            writeVarint(loc.endLine() - loc.line());
            writeVarint(col + 1);
            writeVarint(endCol + 1);
            lineno = loc.line();
        }

        private void firstByte(int code, int units) {
            out.write(0x80 | code << 3 | (units - 1));
        }

        private void writeVarint(int value) {
            // Unsigned, as CPython writes an unsigned int.
            while (Integer.compareUnsigned(value, 64) >= 0) {
                out.write(0x40 | (value & 0x3f));
                value >>>= 6;
            }
            out.write(value);
        }

        private void writeSignedVarint(int value) {
            writeVarint(value < 0 ? (-value) << 1 | 1 : value << 1);
        }
    }

    /** Encodes the entries (any sizes) as the assembler would. */
    public static byte[] encode(int firstLineno, List<Entry> entries) {
        Encoder e = new Encoder(firstLineno);
        for (Entry entry : entries) {
            e.add(entry.units(), entry.location());
        }
        return e.toByteArray();
    }

    /** The entries exactly as stored (each covering 1..8 code units). */
    public static List<Entry> decode(byte[] table, int firstLineno) {
        List<Entry> entries = new ArrayList<>();
        Reader r = new Reader(table, firstLineno);
        while (r.next()) {
            entries.add(new Entry(r.units, r.location()));
        }
        return entries;
    }

    /** {@code list(co_positions())}: one location per code unit. */
    public static List<Location> positions(byte[] table, int firstLineno) {
        List<Location> out = new ArrayList<>();
        Reader r = new Reader(table, firstLineno);
        while (r.next()) {
            Location loc = r.location();
            for (int i = 0; i < r.units; i++) {
                out.add(loc);
            }
        }
        return out;
    }

    /**
     * {@code list(co_lines())} as CPython 3.11 gives it: one range per table entry (consecutive
     * entries on the same line are not merged), offsets in bytes.
     */
    public static List<LineRange> lines(byte[] table, int firstLineno) {
        List<LineRange> out = new ArrayList<>();
        Reader r = new Reader(table, firstLineno);
        int offset = 0;
        while (r.next()) {
            int end = offset + 2 * r.units;
            out.add(new LineRange(offset, end, r.line));
            offset = end;
        }
        return out;
    }

    /**
     * The line of the instruction at byte offset {@code byteOffset} (PyCode_Addr2Line): -1 if it has
     * none or the offset is past the end; co_firstlineno for a negative offset.
     */
    public static int addr2line(byte[] table, int firstLineno, int byteOffset) {
        if (byteOffset < 0) {
            return firstLineno;
        }
        Reader r = new Reader(table, firstLineno);
        int offset = 0;
        while (r.next()) {
            offset += 2 * r.units;
            if (byteOffset < offset) {
                return r.line;
            }
        }
        return -1;
    }

    /** Walks the entries: after {@link #next()}, the fields describe the current entry. */
    private static final class Reader {
        private final byte[] table;
        private int pos;
        private int computedLine;
        int units;
        int line;
        int endLine;
        int col;
        int endCol;

        Reader(byte[] table, int firstLineno) {
            this.table = table;
            this.computedLine = firstLineno;
        }

        Location location() {
            return line == -1 && endLine == -1 && col == -1 && endCol == -1
                    ? Location.NONE : new Location(line, endLine, col, endCol);
        }

        boolean next() {
            if (pos >= table.length) {
                return false;
            }
            int first = table[pos++] & 0xff;
            if ((first & 0x80) == 0) {
                throw new IllegalArgumentException("location entry does not start at byte " + (pos - 1));
            }
            int code = (first >> 3) & 15;
            units = (first & 7) + 1;
            switch (code) {
                case NONE -> {
                    line = endLine = col = endCol = -1;
                }
                case LONG -> {
                    computedLine += readSignedVarint();
                    line = computedLine;
                    endLine = line + readVarint();
                    col = readVarint() - 1;
                    endCol = readVarint() - 1;
                }
                case NO_COLUMNS -> {
                    computedLine += readSignedVarint();
                    line = endLine = computedLine;
                    col = endCol = -1;
                }
                case ONE_LINE0, ONE_LINE0 + 1, ONE_LINE0 + 2 -> {
                    computedLine += code - ONE_LINE0;
                    line = endLine = computedLine;
                    col = readByte();
                    endCol = readByte();
                }
                default -> {
                    line = endLine = computedLine;
                    int b = readByte();
                    col = code << 3 | (b >> 4) & 7;
                    endCol = col + (b & 15);
                }
            }
            return true;
        }

        private int readByte() {
            if (pos >= table.length) {
                throw new IllegalArgumentException("truncated location table");
            }
            int b = table[pos++] & 0xff;
            if ((b & 0x80) != 0) {
                throw new IllegalArgumentException("unexpected entry start at byte " + (pos - 1));
            }
            return b;
        }

        private int readVarint() {
            int b = readByte();
            int value = b & 0x3f;
            for (int shift = 6; (b & 0x40) != 0; shift += 6) {
                b = readByte();
                value |= (b & 0x3f) << shift;
            }
            return value;
        }

        private int readSignedVarint() {
            int u = readVarint();
            return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
        }
    }
}
