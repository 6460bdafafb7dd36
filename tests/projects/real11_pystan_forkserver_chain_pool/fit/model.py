"""real11_pystan_forkserver_chain_pool

Re-creates the fix asked for in https://github.com/stan-dev/pystan2/issues/210
("Consider using forkserver on Python 3 for multiprocessing backend by
default"): threaded work on both sides of a fork without exec deadlocks, so the
sampler's chain pool uses a forkserver context.

Clause: "Safe: a call that uses a context from get_context("forkserver") ...
through a name bound at module level" (_CTX in fit/sampler.py). This module
starts threads (ThreadPoolExecutor) and calls run_chains(), so the callee has
evidence, but its pool is safe.
Expected: no findings (silent trap).
"""
from concurrent.futures import ThreadPoolExecutor

from fit import sampler


def _compile_unit(name):
    return name, len(name)


class StanModel:
    def __init__(self, model_code):
        self.model_code = model_code
        self.units = None

    def compile(self):
        with ThreadPoolExecutor(max_workers=4) as executor:
            self.units = dict(executor.map(_compile_unit, self.model_code.split()))
        return self

    def sampling(self, data, chains=4):
        return sampler.run_chains(data, chains=chains)


def main():
    model = StanModel("parameters real mu; model mu ~ normal(0, 1);").compile()
    print(model.sampling({"mu": 0.0, "sigma": 1.0, "iter": 1000}))


if __name__ == "__main__":
    main()
