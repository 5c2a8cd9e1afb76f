package pyj.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPython 3.11, the oracle of pyj's differential tests: where it is, its Lib, and the plumbing the
 * parity tests share (feeding file names to an oracle script, known-failure lists).
 */
public final class CPythonOracle {
    private CPythonOracle() {}

    private static Path stdlib;
    private static List<String> libFiles;

    /** The CPython 3.11 command: $PYJ_ORACLE_PYTHON, else python3. */
    public static String python() {
        return System.getenv().getOrDefault("PYJ_ORACLE_PYTHON", "python3");
    }

    /** The oracle's standard library directory (its Lib); fails the test if it is not 3.11. */
    public static synchronized Path stdlib() throws IOException, InterruptedException {
        if (stdlib == null) {
            Process p = new ProcessBuilder(python(), "-c",
                    "import sys, sysconfig; assert sys.version_info[:2] == (3, 11), sys.version;"
                            + " print(sysconfig.get_paths()['stdlib'])")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                fail("the test oracle needs CPython 3.11 as `" + python() + "`: " + out);
            }
            stdlib = Path.of(out);
        }
        return stdlib;
    }

    /** Every .py file of the oracle's Lib, site-packages excluded, as sorted absolute paths. */
    public static synchronized List<String> libFiles() throws IOException, InterruptedException {
        if (libFiles == null) {
            Path lib = stdlib();
            try (Stream<Path> s = Files.walk(lib)) {
                libFiles = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                        .filter(p -> !lib.relativize(p).startsWith("site-packages"))
                        .map(Path::toString).sorted().toList();
            }
            if (libFiles.size() < 1000) {
                fail("expected CPython's Lib at " + lib + ", found " + libFiles.size() + " .py files");
            }
        }
        return libFiles;
    }

    /**
     * Starts {@code python3 SCRIPT ARGS... -} with the file names written to its standard input,
     * one per line, and returns its output to read.
     */
    public static BufferedReader run(List<String> files, String script, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(python(), script));
        cmd.addAll(List.of(args));
        cmd.add("-");
        Process oracle = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread.ofPlatform().daemon().start(() -> {
            try (OutputStream in = oracle.getOutputStream()) {
                in.write(String.join("\n", files).concat("\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new BufferedReader(new InputStreamReader(oracle.getInputStream(), StandardCharsets.UTF_8), 1 << 20);
    }

    /**
     * The entries of a known-failures list (a resource next to {@code anchor}): one per line, the
     * first word counts, {@code #} starts a comment line. A missing file is an empty list.
     */
    public static Set<String> knownFailures(Class<?> anchor, String resource) throws IOException {
        Set<String> known = new LinkedHashSet<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return known;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    known.add(line.split("\\s+")[0]);
                }
            }
        }
        return known;
    }

    /** A short window around the first differing character of two one-line dumps. */
    public static String firstDifference(String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "  cpython: ..." + expected.substring(from, Math.min(expected.length(), i + 120)) + "\n"
                + "  pyj:     ..." + actual.substring(from, Math.min(actual.length(), i + 120)) + "\n";
    }
}
