"""Runs the chains on a forkserver pool (the fix proposed in pystan2 #210)."""
import multiprocessing
import random

_CTX = multiprocessing.get_context("forkserver")


def _run_chain(data, chain_id, seed):
    rng = random.Random(seed + chain_id)
    draws = [rng.gauss(data["mu"], data["sigma"]) for _ in range(data["iter"])]
    return chain_id, sum(draws) / len(draws)


def run_chains(data, chains=4, seed=1234):
    with _CTX.Pool(processes=chains) as pool:
        return pool.starmap(_run_chain, [(data, i, seed) for i in range(chains)])
