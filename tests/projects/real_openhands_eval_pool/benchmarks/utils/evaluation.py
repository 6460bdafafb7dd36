"""Case real_openhands_eval_pool.

Re-creation of https://github.com/OpenHands/benchmarks/pull/459 ("Fix fork+threading deadlock
by switching to spawn multiprocessing"): the evaluation parent process had WebSocket client
and log-streamer threads running, then ran instances in a ProcessPoolExecutor with the
default (fork) start method; 30 workers hung in futex_wait. The fix passed
mp_context=get_context("spawn").

Labels (rules.md): run_infer.main() builds a RemoteRuntime (its __init__ starts a thread) and
calls stream_logs() (starts a thread), then calls run_evaluation(): evidence flows to this
callee, and the pool is reported here (Across modules > evidence flows to the callee).
"""
from concurrent.futures import ProcessPoolExecutor, as_completed


def _process_instance(instance):
    return instance


def run_evaluation(instances, num_workers=30):
    results = []
    with ProcessPoolExecutor(max_workers=num_workers) as pool:  # error: FRK001:10
        futures = [pool.submit(_process_instance, instance) for instance in instances]
        for future in as_completed(futures):
            results.append(future.result())
    return results
