"""acme_etl: nightly extract/transform jobs."""
