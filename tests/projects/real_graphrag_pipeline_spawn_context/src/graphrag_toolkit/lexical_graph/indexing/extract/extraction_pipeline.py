"""Extraction pipeline: batch LLM extraction on threads, then the node pipeline (graphrag-toolkit)."""
import concurrent.futures
import logging
from typing import List

from graphrag_toolkit.lexical_graph.indexing.load.s3_based_docs import S3BasedDocs
from graphrag_toolkit.lexical_graph.indexing.utils.pipeline_utils import node_batcher, run_pipeline

logger = logging.getLogger(__name__)


def extract_batch(batch: List[str]) -> List[str]:
    logger.info("extracting %d chunks", len(batch))
    return [chunk.strip() for chunk in batch]


class ExtractionPipeline:
    def __init__(self, num_workers: int = 2, num_threads_per_worker: int = 4) -> None:
        self.num_workers = num_workers
        self.num_threads_per_worker = num_threads_per_worker
        self.transformations = ["proposition", "topic", "entity"]

    def extract(self, chunks: List[str]) -> List[str]:
        docs = S3BasedDocs(bucket="graphrag-extracted", key_prefix="jsonl/", for_jsonl=True)
        docs.upload_batch(chunks)

        batches = node_batcher(self.num_workers, chunks)
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.num_threads_per_worker) as executor:
            extracted = [item for result in executor.map(extract_batch, batches) for item in result]

        output_nodes = run_pipeline(
            self.transformations,
            node_batcher(self.num_workers, extracted),
            num_workers=self.num_workers,
        )
        return list(output_nodes)
