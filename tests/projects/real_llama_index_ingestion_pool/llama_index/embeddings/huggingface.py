"""HuggingFaceEmbedding (llama_index 0.9.x), trimmed.

The real class loads a sentence-transformers model through torch and tokenizers, which run
their own native thread pools (process-wide, outside the embedding object) as soon as the model
is loaded. torch and tokenizers are not rules.md catalog libraries, so that pool is modelled here
with the standard library: a process-wide concurrent.futures.ThreadPoolExecutor, built when the
first model is loaded in __init__ and kept in a module registry, so that the embedding object
itself stays picklable as the real one is.
"""
import concurrent.futures
from typing import Dict, List

_INTRA_OP_POOLS: Dict[str, concurrent.futures.ThreadPoolExecutor] = {}


def _load_model(model_name: str) -> str:
    return "loaded:" + model_name


class HuggingFaceEmbedding:
    def __init__(self, model_name: str, pooling: str = "mean", embed_batch_size: int = 64) -> None:
        self.model_name = model_name
        self.pooling = pooling
        self.embed_batch_size = embed_batch_size
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)
        _INTRA_OP_POOLS[model_name] = pool
        self.model = pool.submit(_load_model, model_name).result()

    def __call__(self, nodes: List[str]) -> List[str]:
        return [node + "|embedded" for node in nodes]
