"""shardrun: run build shards in separate processes."""
