"""minibatch: run small job lists, also on interpreters without threads."""
