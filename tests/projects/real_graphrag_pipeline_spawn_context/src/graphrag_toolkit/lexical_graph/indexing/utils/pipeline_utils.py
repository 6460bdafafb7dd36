"""real_graphrag_pipeline_spawn_context: the FIXED version of a reported fork-after-threads hang.

Report: https://github.com/awslabs/graphrag-toolkit/pull/419
("[FIX] Use spawn start method for pipeline ProcessPoolExecutor").

What was reported: extraction with S3BasedDocs(for_jsonl=True) hung part-way through the write
phase with no exception. py-spy showed a forked ProcessPoolExecutor worker blocked in logging's
StreamHandler.flush(), on the log file's BufferedWriter lock: a per-document publisher thread in
the parent was mid-write when run_pipeline() forked its workers (default start method, fork on
Linux), and the parent then blocked forever in ProcessPoolExecutor.shutdown(). The landed fix
passes mp_context=multiprocessing.get_context('spawn') to the executor in this module.

Clauses: Sinks > Safe, "a call that uses a context from get_context("spawn") ... inline":
`ProcessPoolExecutor(..., mp_context=multiprocessing.get_context('spawn'))` is not a sink.
"evidence flows to the callee": extraction_pipeline.py (ThreadPoolExecutor, and a call to
S3BasedDocs().upload_batch(), which starts a threading.Thread) calls run_pipeline(), so before the
fix this executor was FRK001 (the rules.md extract.py / pipeline_utils.py example).

Expected: no finding anywhere. (The task handed to map() is a functools.partial of a
module-level function and the batches are a list, so the spawn pool is FRK101-FRK103 clean.)
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any, Generator, List, Sequence


def run_transformations(nodes: List[str], transformations: Sequence[str], in_place: bool = True) -> List[str]:
    out = list(nodes)
    for name in transformations:
        out = [node + "|" + name for node in out]
    return out


def run_pipeline(
    transformations: Sequence[str],
    node_batches: List[List[str]],
    in_place: bool = True,
    num_workers: int = 1,
    **kwargs: Any,
) -> Generator[str, None, None]:
    transform = partial(run_transformations, transformations=list(transformations), in_place=in_place)

    # Use "spawn": a forked worker can inherit a held lock (e.g. a logging
    # thread's) and deadlock. Spawn starts workers from a clean interpreter.
    with ProcessPoolExecutor(
        max_workers=num_workers,
        mp_context=multiprocessing.get_context('spawn'),
    ) as p:
        processed_node_batches = p.map(transform, node_batches)

    for processed_node_batch in processed_node_batches:
        for processed_node in processed_node_batch:
            yield processed_node


def node_batcher(num_batches: int, nodes: List[str]) -> List[List[str]]:
    num_nodes = len(nodes)
    batch_size = max(1, int(num_nodes / num_batches))
    if batch_size * num_batches < num_nodes:
        batch_size += 1
    return [nodes[i: i + batch_size] for i in range(0, num_nodes, batch_size)]
