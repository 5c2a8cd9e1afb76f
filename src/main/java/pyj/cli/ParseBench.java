package pyj.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pyj.parse.Parser;
import pyj.parse.PySyntaxError;

/**
 * Parser throughput: reads the files named on stdin into memory, then parses all of them
 * {@code rounds} times and prints one line per round ({@code round N: S seconds}) and the line
 * count. Driven by {@code bench/parse}, which runs CPython on the same files.
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> names = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        List<byte[]> sources = new ArrayList<>();
        long lines = 0;
        for (String n : names) {
            byte[] b = Files.readAllBytes(Path.of(n));
            sources.add(b);
            for (byte x : b) {
                if (x == '\n') {
                    lines++;
                }
            }
        }
        double[] secs = new double[rounds];
        int errors = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            errors = 0;
            for (int i = 0; i < sources.size(); i++) {
                try {
                    Parser.parseFile(sources.get(i), names.get(i));
                } catch (PySyntaxError e) {
                    errors++;
                }
            }
            secs[r] = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %.3f%n", r + 1, secs[r]);
        }
        double[] sorted = secs.clone();
        Arrays.sort(sorted);
        System.out.printf("files %d lines %d syntax-errors %d first %.3f median %.3f%n", names.size(), lines,
                errors, secs[0], sorted[rounds / 2]);
    }
}
