"""Extraction stage: fetches sources on a thread pool, then runs the chunking pipeline."""
from concurrent.futures import ThreadPoolExecutor

from lexical_graph.indexing.pipeline_utils import run_pipeline


def _download(url):
    return url


def extract(urls):
    with ThreadPoolExecutor(max_workers=8) as threads:
        documents = list(threads.map(_download, urls))
    return run_pipeline(documents)
