"""Case method_call_forms.

rules.md, Across modules > Functions and classes: a method resolved through the project,
`Gateway().start()` (here) and `obj = Gateway()` then `obj.start()` in the same scope
(edge/admin.py), has the effects of its body. edge/config_check.py only builds a Gateway
(whose __init__ starts nothing) and stays silent.
"""
import multiprocessing

from edge.gateway import Gateway


def _warm(route):
    return route


def serve(routes):
    Gateway(9000).start()
    with multiprocessing.Pool() as pool:  # error: FRK001:10
        pool.map(_warm, routes)
