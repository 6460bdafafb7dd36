"""PyTorch Profiler TensorBoard plugin."""
