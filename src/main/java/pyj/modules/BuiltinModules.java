package pyj.modules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import pyj.interp.InterpreterState;
import pyj.objects.PyModule;

/**
 * The builtin modules written in Java beyond builtins and sys: name to factory, each module
 * created on its first import (InterpreterState.createBuiltinModule).
 */
public final class BuiltinModules {
    private BuiltinModules() {}

    private static final Map<String, Function<InterpreterState, PyModule>> FACTORIES = Map.ofEntries(
            Map.entry("_string", i -> StringModule.create()),
            Map.entry("_sre", SreModule::create),
            Map.entry("_weakref", i -> WeakrefModule.create()),
            Map.entry("errno", i -> ErrnoModule.create()),
            Map.entry("atexit", AtexitModule::create),
            Map.entry("itertools", i -> ItertoolsModule.create()),
            Map.entry("_functools", i -> FunctoolsModule.create()),
            Map.entry("_collections", i -> CollectionsModule.create()),
            Map.entry("_thread", ThreadModule::create));

    /** Every builtin module name, builtins and sys included (sys.builtin_module_names). */
    public static final List<String> NAMES;

    static {
        java.util.ArrayList<String> l = new java.util.ArrayList<>(FACTORIES.keySet());
        l.add("builtins");
        l.add("sys");
        java.util.Collections.sort(l);
        NAMES = List.copyOf(l);
    }

    /** A new module, or null when name is not one of these. */
    public static PyModule create(String name, InterpreterState interp) {
        Function<InterpreterState, PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.apply(interp);
    }
}
