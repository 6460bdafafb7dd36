"""Luigi, cut down to the worker, the RPC scheduler client and the interface."""
