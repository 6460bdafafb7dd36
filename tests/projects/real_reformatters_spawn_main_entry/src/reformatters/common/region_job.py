"""One region of a dataset: download, read, write shards, upload (reformatters)."""
import concurrent.futures
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import List

from reformatters.common.update_progress_tracker import UpdateProgressTracker


def write_shard(tmp_store: str, shard_index: int) -> str:
    """Runs in a worker process: writes one shard of the shared buffer to the local store."""
    path = os.path.join(tmp_store, "shard-%d" % shard_index)
    with open(path, "wb") as f:
        f.write(b"\0" * 16)
    return path


def download_file(url: str) -> str:
    return "/tmp/" + url.rsplit("/", 1)[-1]


class RegionJob:
    download_parallelism = 8

    def __init__(self, region_start: int, region_stop: int, tmp_store: str) -> None:
        self.region_start = region_start
        self.region_stop = region_stop
        self.tmp_store = tmp_store

    def source_urls(self) -> List[str]:
        return ["https://example.invalid/gfs/%d.grib2" % i for i in range(self.region_start, self.region_stop)]

    def process(self) -> List[str]:
        progress_tracker = UpdateProgressTracker("noaa-gfs", self.region_start)
        written: List[str] = []
        with ThreadPoolExecutor(max_workers=2) as upload_executor:
            downloaded = self._download_processing_group(self.source_urls())
            for shard_index, _path in enumerate(downloaded):
                written.extend(self._write_shards(shard_index))
                upload_executor.submit(progress_tracker.record_completion, "var-%d" % shard_index)
        progress_tracker.close()
        return written

    def _download_processing_group(self, urls: List[str]) -> List[str]:
        with ThreadPoolExecutor(max_workers=self.download_parallelism) as download_executor:
            return list(download_executor.map(download_file, urls))

    def _write_shards(self, shard_index: int) -> List[str]:
        # Default start method: fork before the spawn pin in __main__.py, spawn since.
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as process_executor:
            futures = [process_executor.submit(write_shard, self.tmp_store, shard_index)]
            return [f.result() for f in concurrent.futures.as_completed(futures)]
