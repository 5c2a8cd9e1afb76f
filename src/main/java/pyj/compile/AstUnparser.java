package pyj.compile;

import pyj.parse.ast.Ast;

/** The source text of an annotation under {@code from __future__ import annotations} (ast_unparse.c). */
final class AstUnparser {
    private AstUnparser() {}

    static String unparse(Ast.Expr e) {
        throw new UnsupportedOperationException("annotation unparsing");
    }
}
