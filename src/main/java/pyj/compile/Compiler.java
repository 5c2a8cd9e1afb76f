package pyj.compile;

import pyj.code.PyCode;
import pyj.parse.Parser;
import pyj.parse.ast.Ast;

/**
 * The compiler's entry point: source or tree to a module {@link PyCode}, as CPython 3.11's
 * {@code compile(source, filename, mode)}: future features, AST optimization, symbol table, code
 * generation ({@link CodeGenerator}) and assembly ({@link Assembler}).
 */
public final class Compiler {
    private Compiler() {}

    /** {@code compile(bytes, filename, 'exec')}. */
    public static PyCode compileFile(byte[] source, String filename) {
        return compile(Parser.parseFile(source, filename), filename);
    }

    /** Compiles a parsed module, expression ('eval') or interactive statement ('single'). */
    public static PyCode compile(Ast.Mod mod, String filename) {
        return compile(mod, filename, 0);
    }

    /**
     * As {@link #compile(Ast.Mod, String)}, with future features given from outside (compile()'s
     * flags, or inherited from the calling code) added to those the source imports.
     */
    public static PyCode compile(Ast.Mod mod, String filename, int futureFlags) {
        FutureFeatures future = FutureFeatures.fromAst(mod, filename);
        if (futureFlags != 0) {
            future = new FutureFeatures(future.flags() | futureFlags, future.lineno());
        }
        Ast.Mod optimized = AstOptimizer.optimize(mod, future);
        Symtable st = Symtable.build(optimized, filename, future);
        return CodeGenerator.compileMod(optimized, st, filename, future);
    }
}
