"""fdtdx: a JAX FDTD simulator (detectors and their video plotting, flattened)."""
