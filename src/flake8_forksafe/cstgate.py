"""Asks libcst whether it can read a module, without letting it crash, hang or exhaust memory.

libcst 1.9.0's native parser recurses once per nesting level and overflows the C stack (a
segfault no `except` catches) on deep input that `ast` accepts, e.g. an 8,000-term
`a and a and ... a` that `ast` keeps flat, or 1,200 nested calls. Its time and memory also grow
with the square of bracket nesting (a line of 195 nested calls takes 85 MB) and its time with
the length of operator chains (a 5,000-term `a + ... + a` takes 3 s, 20,000 terms over a minute).
So the `ast` tree is measured first, in one pass without recursion; docs/reliability.md has the
figures and benchmarks/libcst_limits.py remeasures them.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

# Well below the depth at which libcst 1.9.0 overflows an 8 MiB stack (about 1,200 nested
# calls, 5,000 to 8,000 `and` operands); every shape at this depth parses in under 2 s.
MAX_LIBCST_DEPTH = 500
# Bounds on libcst's work, 2x to 2.5x the largest file in the standard library (test_typing.py:
# 76,183 nodes, bracket work 98,953; libcst reads it in 1 s). Past them libcst would still parse
# the file, only slowly (13 to 40 us a node: 9 s for a 2 MB list display; 1.5 kB a unit of
# bracket work), so it is not asked.
MAX_LIBCST_NODES = 150_000
MAX_LIBCST_BRACKET_WORK = 250_000

_BRACKETS = (
    ast.Call, ast.List, ast.Tuple, ast.Set, ast.Dict, ast.Subscript,
    ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp,
)  # fmt: skip


@dataclass(frozen=True)
class Shape:
    """What a module's `ast` tree predicts about libcst's work on it."""

    depth: int  # how deep libcst's tree would nest; `a and b and c` nests per operand
    nodes: int  # `ast` nodes
    bracket_work: int  # the sum over nodes of the brackets around them: quadratic in nesting


def measure(tree: ast.AST) -> Shape:
    """One pass over the tree, iterative (it may be deeper than Python's recursion limit) and
    reading `_fields` directly, which costs a third of `ast.iter_child_nodes`."""
    deepest = nodes = bracket_work = 0
    stack: list[tuple[ast.AST, int, int]] = [(tree, 0, 0)]
    while stack:
        node, depth, brackets = stack.pop()
        deepest = max(deepest, depth)
        nodes += 1
        bracket_work += brackets
        # libcst nests a chain of n boolean operands n - 1 levels deep; ast keeps one level.
        child_depth = depth + (len(node.values) if isinstance(node, ast.BoolOp) else 1)
        inner = brackets + isinstance(node, _BRACKETS)
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.AST):
                        stack.append((item, child_depth, inner))
            elif isinstance(value, ast.AST):
                stack.append((value, child_depth, inner))
    return Shape(deepest, nodes, bracket_work)


def libcst_problem(source: str, tree: ast.AST) -> str | None:
    """Why libcst cannot read `source`, or None when it can.

    A module too deep for libcst's native parser cannot be read: it would crash. A module that
    is only too big to read in bounded time is not asked at all and gets None: the findings
    come from the `ast` analysis, which does not need libcst.
    """
    shape = measure(tree)
    if shape.depth > MAX_LIBCST_DEPTH:
        return f"it nests {shape.depth} levels deep, more than libcst can parse safely ({MAX_LIBCST_DEPTH})"
    if shape.nodes > MAX_LIBCST_NODES or shape.bracket_work > MAX_LIBCST_BRACKET_WORK:
        return None
    import libcst  # imported on first use: most files never get this far

    try:
        libcst.parse_module(source)
    except libcst.ParserSyntaxError as error:
        return f"libcst cannot parse it ({error.message})"
    except (RecursionError, MemoryError, ValueError) as error:
        return f"libcst cannot parse it ({type(error).__name__})"
    return None
