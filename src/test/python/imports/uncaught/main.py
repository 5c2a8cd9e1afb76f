# An exception raised while importing: the traceback runs through both files.
print('start')
import raiser
