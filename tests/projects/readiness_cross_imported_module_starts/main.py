"""Case readiness_cross_imported_module_starts.

rules.md, FRK102: "a module that the child imports: the main script or a module it imports at
top level". main.py imports warmup at top level; warmup.py starts a pool at import time. The
finding is in warmup.py, at the pool; main.py's import is not reported again.
"""
import warmup  # noqa: F401

if __name__ == "__main__":
    print("ready")
