"""Prints CPython 3.11's facts about its instruction set, one per line, for pyj's OpcodeTest
(src/test/java/pyj/code/OpcodeTest.java), which checks pyj.code.Opcode against them:

  op NUMBER NAME CACHES HAS_ARG KINDS BASE    every number 0..255 that names an instruction
                                              (KINDS: comma list of const,name,jrel,jabs,local,
                                              compare,free or '-'; BASE: deopt target or '-')
  effect NUMBER ARG MAX JUMP NOJUMP           dis.stack_effect for jump=None/True/False
                                              (ARG '-' for no argument; 'err' when CPython refuses)
  nbop INDEX NAME SYMBOL / cmp INDEX SYMBOL / have_argument N / extended_arg N

Usage: python3 tools/opcode_oracle.py
"""
import dis
import opcode

assert dis.sys.version_info[:2] == (3, 11), dis.sys.version_info

print('have_argument', opcode.HAVE_ARGUMENT)
print('extended_arg', opcode.EXTENDED_ARG)
for i, (name, sym) in enumerate(opcode._nb_ops):
    print('nbop', i, name, sym)
for i, sym in enumerate(opcode.cmp_op):
    print('cmp', i, sym)

kinds = [('const', opcode.hasconst), ('name', opcode.hasname), ('jrel', opcode.hasjrel),
         ('jabs', opcode.hasjabs), ('local', opcode.haslocal), ('compare', opcode.hascompare),
         ('free', opcode.hasfree)]
for num in range(256):
    name = dis._all_opname[num]
    if name.startswith('<'):
        continue
    base = dis.deoptmap.get(name)
    deop = dis._all_opmap[base] if base else num
    k = ','.join(kind for kind, ops in kinds if deop in ops) or '-'
    print('op', num, name, opcode._inline_cache_entries[deop], int(deop >= opcode.HAVE_ARGUMENT), k,
          base or '-')


def effect(num, arg):
    out = []
    for jump in (None, True, False):
        try:
            out.append(str(dis.stack_effect(num, arg, jump=jump)))
        except ValueError:
            out.append('err')
    return ' '.join(out)


ARGS = list(range(0, 271)) + [1000, 65535, 65536 + 7, 1 << 24, (1 << 24) + 3]
for num in range(256):
    name = opcode.opname[num]
    if name.startswith('<'):
        continue
    if num >= opcode.HAVE_ARGUMENT:
        for arg in ARGS:
            print('effect', num, arg, effect(num, arg))
    else:
        print('effect', num, '-', effect(num, None))
# Pseudo-instructions live at -1..-10 in 3.11's compiler; HAS_ARG() is false for them there.
for num in range(-10, 0):
    print('effect', num, '-', effect(num, None))
