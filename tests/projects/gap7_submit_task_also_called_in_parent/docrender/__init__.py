"""docrender: render documents to page images."""
