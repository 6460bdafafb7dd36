"""gap7_cross_module_call_cycle_walker.

Clause: "Across modules: the project" -- effects flow transitively through project calls,
"cycles resolved to a fixpoint". walker.walk() calls visitors.visit(), which starts a
threading.Thread for remote nodes and calls walker.walk() again (a cross-module cycle).
count_nodes() calls walk() in the parent, so walker.py starts threads; export_forest() then
opens a Pool (its task serialise() does not walk).
Expected: FRK001 at the multiprocessing.Pool call in export_forest() (evidence: calls visit(),
which starts threads, treewalk/visitors.py:17).
"""
import json
import multiprocessing

from treewalk import visitors


def walk(node, depth=0, seen=None):
    seen = set() if seen is None else seen
    if id(node) in seen:
        return 0
    seen.add(id(node))
    total = 1
    for child in node.get("children", []):
        total += visitors.visit(child, depth + 1, seen)
    return total


def count_nodes(trees):
    return sum(walk(tree) for tree in trees)


def serialise(tree):
    return json.dumps(tree, sort_keys=True, default=str)


def export_forest(trees, path):
    total = count_nodes(trees)
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        lines = pool.map(serialise, trees)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    return total
