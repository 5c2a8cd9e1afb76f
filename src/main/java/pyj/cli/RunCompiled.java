package pyj.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import pyj.code.Marshal;
import pyj.code.PyCode;
import pyj.interp.InterpreterState;

/**
 * Runs a program compiled by CPython until pyj's compiler lands: {@code RunCompiled FILE.hex}
 * where the file holds what tools/marshal_compile.py prints for one program (path, space, the
 * hex of the marshalled code object). bin/pyj-run wraps both steps.
 */
public final class RunCompiled {
    private RunCompiled() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String line = Files.readString(Path.of(args[0])).strip();
        String hex = line.substring(line.lastIndexOf(' ') + 1);
        if (hex.startsWith("!")) {
            System.err.println("pyj-run: python3 could not compile " + line.substring(0, line.lastIndexOf(' ')));
            System.exit(1);
        }
        PyCode code = Marshal.readCode(HexFormat.of().parseHex(hex));
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = new InterpreterState(System.out, System.err).runMain(code),
                "MainThread", 1L << 30);
        t.start();
        t.join();
        System.out.flush();
        System.exit(status[0]);
    }
}
