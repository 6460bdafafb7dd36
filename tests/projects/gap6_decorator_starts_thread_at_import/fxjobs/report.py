"""gap6_decorator_starts_thread_at_import.

Clause: "Import-time threads" -- "a call at import time to a project function that starts
threads"; a decorator is a call made when the decorated definition runs (rules.md says so
for `@jax.jit`). rates.py decorates a module-level function with the project decorator
`@periodic`, whose body starts a threading.Thread, so importing rates starts a thread. This
module imports rates, so it has thread evidence: the explicit fork context is FRK002 (at the
`get_context("fork")` call, not again at `ctx.Pool()`).
"""
import multiprocessing

from fxjobs.rates import convert


def render_section(amount):
    return "%.2f USD" % convert(amount, "EURUSD")


def build_report(amounts):
    ctx = multiprocessing.get_context("fork")  # error: FRK002:11
    with ctx.Pool(4) as pool:
        return pool.map(render_section, amounts)


if __name__ == "__main__":
    print(build_report([10.0, 250.0, 99.5]))
