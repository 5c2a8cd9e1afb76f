package pyj.modules;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where CPython 3.11's pure-Python standard library is: {@code $PYJ_STDLIB} if set (another
 * CPython 3.11.x {@code Lib}), else the copy the build unpacks from Maven Central's
 * {@code org.bytedeco:cpython:3.11.3-1.5.9} into {@code target/stdlib}, found next to pyj's own
 * classes or jar. Nothing of CPython's Lib is kept in the repository.
 */
public final class Stdlib {
    private Stdlib() {}

    /** Inside target/stdlib: where the unpacked jar keeps Lib. */
    private static final String UNPACKED = "stdlib/org/bytedeco/cpython/linux-x86_64/lib/python3.11";

    /** The stdlib directory, or null when there is none (then only builtin modules import). */
    public static Path location() {
        String env = System.getenv("PYJ_STDLIB");
        if (env != null && !env.isEmpty()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        try {
            // target/classes or target/pyj.jar: the unpacked stdlib is target/stdlib.
            Path code = Path.of(Stdlib.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = code.getParent().resolve(UNPACKED);
            return Files.isDirectory(dir) ? dir : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
