"""Resource limits for spawned children, applied by a preexec_fn (the pre-#814 design)."""
import resource


def resource_limit_preexec(max_memory_bytes=4 << 30, max_procs=512):
    def _apply():
        resource.setrlimit(resource.RLIMIT_AS, (max_memory_bytes, max_memory_bytes))
        resource.setrlimit(resource.RLIMIT_NPROC, (max_procs, max_procs))

    return _apply
