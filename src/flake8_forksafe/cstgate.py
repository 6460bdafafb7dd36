"""Asks libcst whether it can read a module, without letting it crash the process.

libcst's native parser recurses once per nesting level and overflows the C stack (a
segfault no `except` catches) on deep input, e.g. an 8,000-term `a and a and ... a` that
`ast` keeps flat. So the `ast` tree is measured first, counting nesting as libcst builds it.
"""

from __future__ import annotations

import ast

# Well below the depth at which libcst 1.9.0 overflows an 8 MiB stack (about 1,200 brackets).
MAX_LIBCST_DEPTH = 500


def libcst_depth(tree: ast.AST) -> int:
    """How deep libcst's tree for this module would nest; `a and b and c` nests per operand.

    Iterative (the tree may be deeper than Python's recursion limit) and reading `_fields`
    directly, which costs a third of `ast.iter_child_nodes`: files that reach libcst pay it.
    """
    deepest = 0
    stack: list[tuple[ast.AST, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        # libcst nests a chain of n boolean operands n - 1 levels deep; ast keeps one level.
        child_depth = depth + (len(node.values) if isinstance(node, ast.BoolOp) else 1)
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.AST):
                        stack.append((item, child_depth))
            elif isinstance(value, ast.AST):
                stack.append((value, child_depth))
    return deepest


def libcst_problem(source: str, tree: ast.AST) -> str | None:
    """Why libcst cannot read `source`, or None when it can."""
    depth = libcst_depth(tree)
    if depth > MAX_LIBCST_DEPTH:
        return f"it nests {depth} levels deep, more than libcst can parse safely ({MAX_LIBCST_DEPTH})"
    import libcst  # imported on first use: most files never get this far

    try:
        libcst.parse_module(source)
    except libcst.ParserSyntaxError as error:
        return f"libcst cannot parse it ({error.message})"
    except (RecursionError, MemoryError, ValueError) as error:
        return f"libcst cannot parse it ({type(error).__name__})"
    return None
