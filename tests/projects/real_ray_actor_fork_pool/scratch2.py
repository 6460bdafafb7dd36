"""real_ray_actor_fork_pool (outside the contract: no finding expected).

Report: https://github.com/ray-project/ray/issues/28328 ("[core] Multiprocessing Pool blocks Ray actors forever")
A Ray actor method opened a multiprocessing.Pool with a fork context (as PyTorch Lightning does by
default) inside the Ray worker process, whose gRPC and import threads were already running, and
the pool's __exit__ blocked forever joining the forked workers.

Clauses: "Sinks" explicit fork (`multiprocessing.get_context("fork")`) and "Findings": "A sink in
a module without thread evidence is never reported". The threads belong to the Ray worker process
(started by ray itself, a library the catalog does not list), and the method runs only because
Ray's runtime calls it (`Actor.remote()` / `a.act.remote()`), so this module has no evidence the
contract recognises. Expected: no finding. The pool tasks are a module-level function over ints.
"""
import multiprocessing as mp

import ray


def square(x):
    return x * x


@ray.remote
class Actor:
    def act(self):
        ctx = mp.get_context("fork")
        with ctx.Pool(2) as pool:
            return pool.map(square, range(8))


def main():
    ray.init()
    actor = Actor.remote()
    print(ray.get(actor.act.remote()))


if __name__ == "__main__":
    main()
