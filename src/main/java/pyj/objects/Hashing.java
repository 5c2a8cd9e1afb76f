package pyj.objects;

/** The interpreter's str/bytes hash secret, taken from PYTHONHASHSEED once (random when unset, as CPython). */
public final class Hashing {
    private Hashing() {}

    public static final PyHash SECRET = init();

    private static PyHash init() {
        try {
            return PyHash.fromEnvironment(System.getenv("PYTHONHASHSEED"));
        } catch (IllegalArgumentException e) {
            // CPython refuses to start with a bad seed (config_init_hash_seed)
            System.err.println("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an"
                    + " integer in range [0; 4294967295]");
            System.err.println("Python runtime state: preinitialized");
            System.err.flush();
            Runtime.getRuntime().halt(1);
            throw e;
        }
    }

    /** Checked at start-up so a bad PYTHONHASHSEED stops pyj before any program runs. */
    public static void check() {
        SECRET.k0();
    }
}
