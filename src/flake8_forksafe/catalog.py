"""What the checker knows about the standard library: data only, no logic.

Every qualified name the rules talk about lives here, once, with the role it plays.
`facts.py` resolves the names in user code and looks them up in `ENTRIES`, which also
holds the third-party libraries of `libraries.py`, turned into entries of the same shape.
"""

from __future__ import annotations

import enum
import hashlib
from typing import NamedTuple

from . import libraries
from .libraries import Condition, Forker, Trigger


class Role(enum.Enum):
    """What calling (or constructing) a name does, as far as forking is concerned."""

    THREAD_STARTER = "thread starter"  # evidence wherever it is called
    LOCK_FACTORY = "lock factory"  # evidence when called at import time
    DEFAULT_METHOD = "default start method"  # FRK001 sink unless given a safe context
    MANAGER = "manager"  # FRK001 sink if built without a context and started
    RAW_FORK = "raw fork"  # FRK003 sink
    PREEXEC = "preexec_fn"  # FRK004 sink when preexec_fn= is given
    GET_CONTEXT = "get_context"  # returns a start-method context
    SET_START_METHOD = "set_start_method"  # sets the module-wide start method
    MIXIN = "mixin"  # only meaningful as a base class (ThreadingMixIn, ForkingMixIn)
    EVENT_LOOP = "event loop"  # returns an asyncio loop (its run_in_executor(None, ...) starts threads)
    # Libraries (libraries.py):
    INSTANCE = "instance"  # builds an object whose `methods` play `method_role`
    MODULE_STARTER = "module starter"  # a call to any name under this module starts threads
    IMPORT_STARTER = "import starter"  # importing this module starts threads
    LIBRARY_FORKER = "library forker"  # FRK001/FRK002 sink, by its `forker` spec


class ContextParam(NamedTuple):
    """Where a constructor takes its multiprocessing context: keyword name and position."""

    keyword: str
    position: int


class Entry(NamedTuple):
    qualname: str
    role: Role
    # Role a subclass constructed in user code plays; MIXIN entries pass on a real role.
    subclass_role: Role | None = None
    context_param: ContextParam | None = None
    # How the fix is phrased in messages; see rules.py for the surrounding text.
    fix: str = ""
    # INSTANCE: the methods (and the role their call plays) of what the call builds.
    methods: tuple[str, ...] = ()
    method_role: Role | None = None
    when: tuple[Condition, ...] = ()  # the call plays its role only if one of these holds
    forker: Forker | None = None  # LIBRARY_FORKER: where the start method is chosen

    @property
    def display(self) -> str:
        """Short name for messages: `ProcessPoolExecutor`, `multiprocessing.Pool`."""
        if self.qualname.startswith("concurrent.futures."):
            return self.qualname.rsplit(".", 1)[1]
        return self.qualname


SPAWN_HINT = 'multiprocessing.get_context("spawn") or "forkserver"'
FORKING_SERVER_FIX = "use a threading server, or a process pool with the spawn or forkserver start method"
RAW_FORK_FIX = (
    "fork before any thread starts, or use subprocess or a multiprocessing context "
    'from get_context("spawn") or "forkserver"'
)
PREEXEC_FIX = (
    "use start_new_session=True, process_group=, user=, group=, extra_groups= or umask= "
    "instead: they run no Python code in the child"
)

_ENTRIES = [
    # Evidence: things that start threads.
    Entry("threading.Thread", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("threading.Timer", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("concurrent.futures.ThreadPoolExecutor", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("multiprocessing.pool.ThreadPool", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("multiprocessing.dummy.Pool", Role.THREAD_STARTER),
    Entry("multiprocessing.dummy.Process", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("_thread.start_new_thread", Role.THREAD_STARTER),
    Entry("socketserver.ThreadingTCPServer", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("socketserver.ThreadingUDPServer", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("socketserver.ThreadingUnixStreamServer", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("socketserver.ThreadingUnixDatagramServer", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("http.server.ThreadingHTTPServer", Role.THREAD_STARTER, Role.THREAD_STARTER),
    Entry("socketserver.ThreadingMixIn", Role.MIXIN, Role.THREAD_STARTER),
    # asyncio starts threads on the caller's behalf: to_thread, and run_in_executor(None, ...)
    # on a loop (its default ThreadPoolExecutor; facts.py handles the method).
    Entry("asyncio.to_thread", Role.THREAD_STARTER),
    *(
        Entry(f"asyncio.{name}", Role.EVENT_LOOP)
        for name in ("get_running_loop", "get_event_loop", "new_event_loop")
    ),
    # Evidence: thread locks created at import time.
    *(
        Entry(f"threading.{name}", Role.LOCK_FACTORY)
        for name in ("Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event", "Barrier")
    ),
    Entry("_thread.allocate_lock", Role.LOCK_FACTORY),
    # FRK001: process creation with the default start method.
    Entry(
        "concurrent.futures.ProcessPoolExecutor",
        Role.DEFAULT_METHOD,
        Role.DEFAULT_METHOD,
        ContextParam("mp_context", 1),
        f"pass mp_context={SPAWN_HINT}",
    ),
    Entry(
        "multiprocessing.pool.Pool",
        Role.DEFAULT_METHOD,
        Role.DEFAULT_METHOD,
        ContextParam("context", 4),
        f"pass context={SPAWN_HINT}",
    ),
    *(
        Entry(
            f"multiprocessing.{name}",
            Role.DEFAULT_METHOD,
            Role.DEFAULT_METHOD if name == "Process" else None,
            None,
            f'call {name}() on multiprocessing.get_context("spawn") or "forkserver"',
        )
        for name in ("Pool", "Process", "Manager")
    ),
    *(
        Entry(
            f"multiprocessing.managers.{name}",
            Role.MANAGER,
            Role.MANAGER,
            ContextParam("ctx", 3),
            f"pass ctx={SPAWN_HINT}",
        )
        for name in ("BaseManager", "SyncManager", "SharedMemoryManager")
    ),
    # FRK002 comes from these two when they name "fork".
    Entry("multiprocessing.get_context", Role.GET_CONTEXT, fix='use "spawn" or "forkserver"'),
    Entry("multiprocessing.set_start_method", Role.SET_START_METHOD, fix='use "spawn" or "forkserver"'),
    # FRK003: raw forks.
    *(
        Entry(name, Role.RAW_FORK, fix=RAW_FORK_FIX)
        for name in ("os.fork", "os.forkpty", "pty.fork", "pty.spawn")
    ),
    *(
        Entry(f"socketserver.Forking{kind}Server", Role.RAW_FORK, Role.RAW_FORK, fix=FORKING_SERVER_FIX)
        for kind in ("TCP", "UDP", "UnixStream", "UnixDatagram")
    ),
    Entry("socketserver.ForkingMixIn", Role.MIXIN, Role.RAW_FORK, fix=FORKING_SERVER_FIX),
    # FRK004: preexec_fn runs Python code between fork and exec.
    Entry("subprocess.Popen", Role.PREEXEC, Role.PREEXEC, fix=PREEXEC_FIX),
    *(
        Entry(f"subprocess.{name}", Role.PREEXEC, fix=PREEXEC_FIX)
        for name in ("run", "call", "check_call", "check_output")
    ),
    *(
        Entry(f"asyncio.{name}", Role.PREEXEC, fix=PREEXEC_FIX)
        for name in ("create_subprocess_exec", "create_subprocess_shell")
    ),
]


def _starter_entry(starter: libraries.Starter) -> Entry:
    name, trigger = starter.qualname, starter.trigger
    if trigger is Trigger.METHOD:
        return Entry(
            name, Role.INSTANCE, Role.INSTANCE, methods=starter.methods, method_role=Role.THREAD_STARTER
        )
    if trigger is Trigger.IMPORT:
        return Entry(name, Role.IMPORT_STARTER)
    if trigger is Trigger.ANY_CALL:
        return Entry(name, Role.MODULE_STARTER)
    subclass_role = Role.THREAD_STARTER if trigger is Trigger.CONSTRUCTION else None
    return Entry(name, Role.THREAD_STARTER, subclass_role, when=starter.when)


_LIBRARY_ENTRIES = [
    *(_starter_entry(starter) for starter in libraries.STARTERS),
    *(
        Entry(forker.qualname, Role.LIBRARY_FORKER, Role.LIBRARY_FORKER, fix=forker.fix, forker=forker)
        for forker in libraries.FORKERS
    ),
]

ENTRIES: dict[str, Entry] = {entry.qualname: entry for entry in (*_ENTRIES, *_LIBRARY_ENTRIES)}

# Other spellings of the same objects (submodules that define them, C modules behind them).
ALIASES: dict[str, str] = {
    "concurrent.futures.thread.ThreadPoolExecutor": "concurrent.futures.ThreadPoolExecutor",
    "concurrent.futures.process.ProcessPoolExecutor": "concurrent.futures.ProcessPoolExecutor",
    "_thread.start_new": "_thread.start_new_thread",
    "posix.fork": "os.fork",
    "posix.forkpty": "os.forkpty",
    "asyncio.subprocess.create_subprocess_exec": "asyncio.create_subprocess_exec",
    "asyncio.subprocess.create_subprocess_shell": "asyncio.create_subprocess_shell",
    "multiprocessing.context.Process": "multiprocessing.Process",
    "asyncio.threads.to_thread": "asyncio.to_thread",
    "asyncio.events.get_running_loop": "asyncio.get_running_loop",
    "asyncio.events.get_event_loop": "asyncio.get_event_loop",
    "asyncio.events.new_event_loop": "asyncio.new_event_loop",
    **{alias: starter.qualname for starter in libraries.STARTERS for alias in starter.aliases},
    **{alias: forker.qualname for forker in libraries.FORKERS for alias in forker.aliases},
}

# The modules the catalog describes. They always mean themselves: a name under one of them is
# never a project module's, even when a project (the standard library itself) holds the file.
MODULES = (
    "threading", "_thread", "multiprocessing", "concurrent.futures", "subprocess", "os", "posix", "pty",
    "asyncio", "socketserver", "http.server",
    # The libraries': the module each name (or alias) lives in, or the module itself.
    *sorted(
        {
            name if starter.trigger in (Trigger.IMPORT, Trigger.ANY_CALL) else name.rpartition(".")[0]
            for starter in libraries.STARTERS
            for name in (starter.qualname, *starter.aliases)
        }
        | {
            name.rpartition(".")[0]
            for forker in libraries.FORKERS
            for name in (forker.qualname, *forker.aliases)
        }
    ),
)  # fmt: skip

# The callables a process or pool construction hands its children: parameter (keyword, position).
CHILD_CALLABLE_PARAMS: dict[str, dict[str, tuple[str, int | None]]] = {
    "Process": {"TARGET": ("target", 1)},
    "Pool": {"INITIALIZER": ("initializer", 1)},
    "ProcessPoolExecutor": {"INITIALIZER": ("initializer", 2)},
}
# Thread starters' parameter (keyword, position) that takes the callable the new thread runs: a
# project function handed over runs in this process, as if the starting code called it.
THREAD_TARGET_PARAMS: dict[str, tuple[str, int]] = {
    "threading.Thread": ("target", 1),
    "threading.Timer": ("function", 1),
    "_thread.start_new_thread": ("function", 0),
    "asyncio.to_thread": ("func", 0),
}
# Thread pools and executors: the tasks their POOL_TASK_METHODS take run on their threads.
THREAD_POOLS = frozenset(
    {"concurrent.futures.ThreadPoolExecutor", "multiprocessing.pool.ThreadPool", "multiprocessing.dummy.Pool"}
)
# Methods of a process pool or executor whose first argument runs in a child process.
POOL_TASK_METHODS = frozenset({
    "apply", "apply_async", "map", "map_async", "imap", "imap_unordered", "starmap", "starmap_async",
    "submit",
})  # fmt: skip
# Methods of a multiprocessing context object that start processes with that context's method.
CONTEXT_PROCESS_METHODS = frozenset({"Pool", "Process", "Manager"})
# Methods of a manager object that start its server process.
MANAGER_START_METHODS = frozenset({"start"})
# Start methods that never fork the calling process.
SAFE_METHODS = frozenset({"spawn", "forkserver"})
FORK_METHOD = "fork"


def lookup(qualname: str) -> Entry | None:
    """The catalog entry for a resolved qualified name, through any alias.

    A name under a MODULE_STARTER module (`polars.DataFrame`) is a thread starter itself.
    """
    entry = ENTRIES.get(ALIASES.get(qualname, qualname))
    if entry is not None:
        return entry
    if module_starter(qualname) is not None:
        return Entry(qualname, Role.THREAD_STARTER)
    return None


def module_starter(qualname: str) -> str | None:
    """The MODULE_STARTER module strictly above `qualname`, if any: `polars` for `polars.col`."""
    parts = qualname.split(".")
    for end in range(1, len(parts)):
        entry = ENTRIES.get(".".join(parts[:end]))
        if entry is not None and entry.role is Role.MODULE_STARTER:
            return entry.qualname
    return None


def import_starter(module: str) -> Entry | None:
    """The IMPORT_STARTER entry that importing `module` runs: itself or a package above it."""
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        entry = ENTRIES.get(".".join(parts[:end]))
        if entry is not None and entry.role is Role.IMPORT_STARTER:
            return entry
    return None


def _sinks_by_name() -> dict[str, tuple[Entry, ...]]:
    """Sink entries by their last name: what a project module's re-export of one is called."""
    roles = {Role.DEFAULT_METHOD, Role.MANAGER, Role.RAW_FORK, Role.PREEXEC}
    found: dict[str, list[Entry]] = {}
    for entry in _ENTRIES:
        if entry.role in roles:
            found.setdefault(entry.qualname.rsplit(".", 1)[1], []).append(entry)
    return {name: tuple(entries) for name, entries in found.items()}


SINKS_BY_NAME = _sinks_by_name()


_MODULE_SET = frozenset(MODULES)


def is_catalog_name(qualname: str) -> bool:
    """Whether a qualified name lies in a module the catalog describes (`os.path.join` does)."""
    prefix = ""
    for part in qualname.split("."):  # every leading part: `os`, `concurrent.futures`, ...
        prefix = f"{prefix}.{part}" if prefix else part
        if prefix in _MODULE_SET:
            return True
    return False


def may_be_project(symbol: str) -> bool:
    """Whether a symbol may name a project definition: not the catalog's, whatever the project holds."""
    return not is_catalog_name(symbol) and lookup(symbol) is None


def star_exports(module: str) -> list[str]:
    """Names `from module import *` binds that the catalog cares about (public ones only)."""
    names = []
    for qualname in (*ENTRIES, *ALIASES):
        owner, _, name = qualname.rpartition(".")
        if owner == module and not name.startswith("_"):
            names.append(name)
    return names


def top_level_modules(qualnames: list[str] | tuple[str, ...]) -> frozenset[str]:
    return frozenset(name.split(".", 1)[0] for name in qualnames)


def _fingerprint() -> str:
    """A digest of every entry and alias: it changes whenever the catalog does."""
    text = repr(sorted(ENTRIES.items())) + repr(sorted(ALIASES.items())) + repr(MODULES)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


FINGERPRINT = _fingerprint()
