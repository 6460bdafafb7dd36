"""Simulation driver: GPU in the main process, a CPU side-worker in a subprocess."""
