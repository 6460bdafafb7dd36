"""gap6_callee_two_callers_one_sets_spawn_neg.

Clause: "Functions and classes" -- "a safe set_start_method("spawn" | "forkserver") makes a
default-method sink safe when it is in the sink's module, in a module that (transitively)
calls or imports it, or in a program that contains it". render_pages() has two callers:
preview.py (starts a threading.Thread, no start method) and batch.py (no threads, calls
`multiprocessing.set_start_method("spawn")` in main()). batch.py calls render_pages, so the
default-method Pool here is safe as the clause is written (README reading 13): no finding.
"""
import multiprocessing


def render_one(doc):
    return doc.replace(".md", ".html")


def render_pages(docs):
    with multiprocessing.Pool() as pool:
        return pool.map(render_one, docs)
