"""E3SM Diagnostics, cut down to the parallel driver."""
