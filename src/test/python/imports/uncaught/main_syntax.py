# An uncaught SyntaxError from an imported module prints its location after the traceback.
import broken
