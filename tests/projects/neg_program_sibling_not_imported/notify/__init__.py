"""The notify package; importing it imports no submodule."""
