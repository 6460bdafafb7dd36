"""FRK104: set_start_method at import time without force=True, and a second call without it.

rules.md, "Spawn and forkserver readiness (FRK1xx)": FRK104 is "set_start_method(...) at import
time outside the main guard without force=True (and not inside try: ... except RuntimeError), or
called twice without force=True"; the finding is at "the set_start_method call (FRK104; the second
one for 'twice')".  When the file runs as a script, the module-level call runs first and the
guarded call second, so the guarded call raises "context has already been set".
The module has no thread evidence, so no FRK001.
Expected: FRK104 at the module-level `mp.set_start_method("spawn")` (import time) and at the
`mp.set_start_method("forkserver")` under the main guard (the second call).
"""
import multiprocessing as mp

mp.set_start_method("spawn")  # error: FRK104:1


def _work(x):
    return x * 3


def main():
    with mp.Pool(2) as pool:
        print(pool.map(_work, range(5)))


if __name__ == "__main__":
    mp.set_start_method("forkserver")  # error: FRK104:5
    main()
