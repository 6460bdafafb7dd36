"""IngestionPipeline.run (llama_index 0.9.31), trimmed to the parallel path.

Report: https://github.com/run-llama/llama_index/issues/10104
("[Bug]: Parallel Processing in Ingestion Pipeline"). Case: real_llama_index_ingestion_pool.

What was reported: "Setting num_workers to anything other than None causes the
IngestionPipeline.run method to simply hang", with a SentenceSplitter and a HuggingFaceEmbedding
(sentence-transformers/all-MiniLM-L6-v2) as transformations; the KeyboardInterrupt traceback ends
in pipeline.py:454, `p.starmap(run_transformations, ...)` inside
`with multiprocessing.Pool(num_workers) as p:`. The embedding model's torch/tokenizers threads
were running in the parent when the pool forked its workers. The proposed fix (PR #10125) used a
"spawn" context.

Clauses: "evidence flows to the callee": repro.py constructs HuggingFaceEmbedding (a project class
whose __init__ starts a ThreadPoolExecutor: "threads flow to the caller"), then calls
`pipeline.run(...)` on `pipeline = IngestionPipeline(...)` built in the same scope; default start
method `multiprocessing.Pool`.

Expected: one finding, FRK001 at the Pool call (llama_index/ingestion/pipeline.py:47).
"""
import multiprocessing
import warnings
from typing import Any, List, Optional, Sequence


def run_transformations(nodes: List[str], transformations: Sequence[Any], in_place: bool = True) -> List[str]:
    for transform in transformations:
        nodes = transform(nodes)
    return nodes


class IngestionPipeline:
    def __init__(self, transformations: Optional[List[Any]] = None) -> None:
        self.transformations = transformations or []

    def _node_batcher(self, num_batches: int, nodes: List[str]) -> List[List[str]]:
        batch_size = max(1, len(nodes) // num_batches + (1 if len(nodes) % num_batches else 0))
        return [nodes[i: i + batch_size] for i in range(0, len(nodes), batch_size)]

    def run(self, documents: List[str], num_workers: Optional[int] = None, show_progress: bool = False) -> List[str]:
        nodes_to_run = list(documents)
        if num_workers and num_workers > 1:
            if num_workers > multiprocessing.cpu_count():
                warnings.warn("Specified num_workers exceed number of CPUs in the system.")
            node_batches = self._node_batcher(num_batches=num_workers, nodes=nodes_to_run)
            jobs = [(batch, self.transformations, True) for batch in node_batches]
            with multiprocessing.Pool(num_workers) as p:  # error: FRK001:18
                nodes_parallel = p.starmap(run_transformations, jobs)
            return [node for batch in nodes_parallel for node in batch]
        return run_transformations(nodes_to_run, self.transformations)
