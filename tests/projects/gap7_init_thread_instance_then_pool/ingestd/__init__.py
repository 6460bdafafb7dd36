"""ingestd: JSON-lines ingestion jobs."""
