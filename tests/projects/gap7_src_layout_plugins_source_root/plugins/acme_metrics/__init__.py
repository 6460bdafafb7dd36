"""acme_metrics: in-house metrics push client (separate distribution)."""
