"""Case real_jax_cpu_worker_process: JAX initialised in the parent, then a default-method Process.

Report: https://github.com/jax-ml/jax/issues/18852 ("JAX hangs when allocating
array of at least 2^19 bytes on CPU in subprocess"): the main process runs
``jnp.array(1).device()`` on the GPU, then starts a ``multiprocessing.Process``
(fork, the Linux default) whose JAX computation hangs; without the JAX call in
the parent it works. The fix that came out of it is JAX's "os.fork() was called
... JAX is multithreaded" warning (jax-ml/jax#18989).

Clause: rules.md, "Across modules", "Functions and classes", "evidence flows to
the callee": ``start_cpu_worker()`` is called from sim/main.py, whose ``main()``
makes "any call into" ``jax.numpy`` (docs/libraries.md: the backend's thread
pools start); so the ``multiprocessing.Process(...)`` sink here (default start
method) is judged with sim/main.py's evidence.
Corrections v2, child-only code: ``run_on_cpu`` (and the ``jax.jit`` it calls)
is used only as ``Process(target=...)``, so its JAX threads are "evidence for
forks made inside that child only, never for the parent".

Expected: one FRK001, at the ``Process`` in ``start_cpu_worker``. The identical
``Process`` in ``start_cpu_worker_offline`` is silent: its only caller,
sim/replay.py, has no evidence, and this module's own only JAX link is the
child-only target.
"""

import multiprocessing

from sim.cpu_worker import run_on_cpu


def start_cpu_worker():
    worker = multiprocessing.Process(target=run_on_cpu)  # error: FRK001:14
    worker.start()
    worker.join()
    return worker.exitcode


def start_cpu_worker_offline():
    worker = multiprocessing.Process(target=run_on_cpu)
    worker.start()
    worker.join()
    return worker.exitcode
