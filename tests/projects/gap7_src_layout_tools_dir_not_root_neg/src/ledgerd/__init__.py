"""ledgerd: append-only ledger with offline compaction."""
