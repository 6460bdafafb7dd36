"""Spawn and forkserver readiness (FRK101-FRK104): what a module does that only fork forgives.

Under spawn and forkserver a child process is a fresh interpreter: it imports the main module
again (as `__mp_main__`, without running its `if __name__ == "__main__":` block) and receives
its target, initializer and their arguments pickled. Pool and executor tasks travel pickled
under every start method. This module records, during the one pass of `facts.Collector`, the
facts those rules need; `judge.py` decides which become findings (the start method of a site
may depend on the whole module, e.g. a `set_start_method("fork")`).

The Collector calls a `Tracker` through a few hooks: on each call (with the callee values and
the argument values it resolved), on each attribute lookup, on definitions, on `with` targets,
on attributes a class assigns, on lambdas and generator expressions. The Tracker adds values of
its own (a process, a pool, an unpicklable object) to the Collector's values, so they follow
names, scopes and imports exactly as the FRK00x values do; for the module's own functions and
classes, whose code runs where, and the calls between them it reads what facts.py records
(`$`-symbols, `Collector.owner`, ProjectCall). Everything in `ReadinessFacts` is a plain
record (a named tuple) of strings, numbers and booleans (JSON-ready).
"""

from __future__ import annotations

import ast
import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, Optional

from . import catalog
from .facts import (
    LAMBDA,
    LOCAL_PREFIX,
    MAIN,
    MISSING,
    MODULE,
    NONE,
    PARTIAL,
    Context,
    ContextMember,
    Extension,
    Instance,
    LocalClass,
    Ref,
    Value,
    Values,
    _argument,
    _literal_str,
)

if TYPE_CHECKING:
    from .facts import Collector, ModuleFacts, Scope

EMPTY: Values = frozenset()

# The start method a process-making call uses.
DEFAULT = "default"  # the platform's default: fork on Linux before 3.14, forkserver from 3.14, spawn on macOS
SPAWN = "spawn"  # an explicit spawn or forkserver context (or set_start_method)
FORK = "fork"  # an explicit fork context
UNKNOWN = "unknown"  # a context the checker cannot resolve


# ----- what the standard library's process makers take ---------------------------------------
class Maker(NamedTuple):
    """A call that makes a process, a pool, an executor or a manager, and what it pickles."""

    kind: str  # "process", "pool", "executor", "manager" (started by .start() or with), "started manager"
    callables: tuple[tuple[str, int | None], ...] = ()  # (keyword, position): target= / initializer=
    sequences: tuple[tuple[str, int], ...] = ()  # args= / initargs=
    mappings: tuple[tuple[str, int], ...] = ()  # kwargs=


def _callables(kind: str) -> tuple[tuple[str, int | None], ...]:
    return tuple(catalog.CHILD_CALLABLE_PARAMS[kind].values())


_PROCESS = Maker("process", _callables("Process"), (("args", 3),), (("kwargs", 4),))
_POOL = Maker("pool", _callables("Pool"), (("initargs", 2),))
MAKERS: dict[str, Maker] = {
    "multiprocessing.Process": _PROCESS,
    "multiprocessing.Pool": _POOL,
    "multiprocessing.pool.Pool": _POOL,
    "multiprocessing.Manager": Maker("started manager"),
    "concurrent.futures.ProcessPoolExecutor": Maker(
        "executor", _callables("ProcessPoolExecutor"), (("initargs", 3),)
    ),
    "multiprocessing.managers.BaseManager": Maker("manager"),
    "multiprocessing.managers.SyncManager": Maker("manager"),
    "multiprocessing.managers.SharedMemoryManager": Maker("manager"),
}
# The same on a context object: ctx.Process(), ctx.Pool(), ctx.Manager().
CONTEXT_MAKERS: dict[str, Maker] = {
    "Process": _PROCESS,
    "Pool": _POOL,
    "Manager": MAKERS["multiprocessing.Manager"],
}


class Task(NamedTuple):
    """A pool or executor method that sends work to the workers, pickled (the names are
    catalog.POOL_TASK_METHODS; this says where each takes its function and arguments)."""

    function: tuple[str, int]  # keyword and position of the function
    arguments: str  # "rest" (submit's *args, **kwargs), "elements", "tuples" (starmap), "apply"
    iterable: tuple[str, int] | None = None
    rest_from: int = 1  # "rest": the position of the first argument after the function


_APPLY = Task(("func", 0), "apply")
_MAP = Task(("func", 0), "elements", ("iterable", 1))
_STARMAP = Task(("func", 0), "tuples", ("iterable", 1))
POOL_TASKS: dict[str, Task] = {
    "apply": _APPLY,
    "apply_async": _APPLY,
    "map": _MAP,
    "map_async": _MAP,
    "imap": _MAP,
    "imap_unordered": _MAP,
    "starmap": _STARMAP,
    "starmap_async": _STARMAP,
}
EXECUTOR_TASKS: dict[str, Task] = {
    "submit": Task(("fn", 0), "rest"),
    "map": Task(("fn", 0), "iterables"),
}
# asyncio's `loop.run_in_executor(executor, func, *args)` submits to the executor it is given.
RUN_IN_EXECUTOR = "run_in_executor"
LOOP_TASK = Task(("func", 1), "rest", rest_from=2)

# Objects that pickle refuses, by the catalog name of what makes them: (description, what to do).
_LOCK_ADVICE = (
    "pass a multiprocessing lock (multiprocessing.Lock() or a Manager's), or create it in the child"
)
UNPICKLABLE_MAKERS: dict[str, tuple[str, str]] = {
    **{
        f"threading.{name}": (f"a threading.{name}", _LOCK_ADVICE)
        for name in ("Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event", "Barrier")
    },
    "_thread.allocate_lock": ("a _thread lock", _LOCK_ADVICE),
    **{
        f"queue.{name}": (f"a queue.{name}", "pass a multiprocessing.Queue (or a Manager's queue) instead")
        for name in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue")
    },
    "threading.local": ("a threading.local", "pass the values it holds instead"),
    "threading.Thread": ("a threading.Thread", "pass what the thread works on, not the thread"),
    "threading.Timer": ("a threading.Timer", "pass what the timer works on, not the timer"),
    "io.open": ("an open file", "pass the file's name and open it in the child"),
    "builtins.open": ("an open file", "pass the file's name and open it in the child"),
}
# multiprocessing's own locks and queues travel to a Process (args=, initargs=) by inheritance,
# but a pool or executor task's arguments are pickled later, and they refuse that under every
# start method ("Lock objects should only be shared between processes through inheritance").
_INHERIT_ADVICE = "pass it to the pool's initializer (initargs=), or use a Manager's"
TASK_UNPICKLABLE_MAKERS: dict[str, tuple[str, str]] = {
    f"multiprocessing.{name}": (f"a multiprocessing.{name}", _INHERIT_ADVICE)
    for name in (
        "Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event", "Barrier",
        "Queue", "JoinableQueue", "SimpleQueue",
    )
}  # fmt: skip
BUILTIN_OPEN = "open"
_GENERATOR_ADVICE = "pass a list (or what the generator is made from) instead"
_DEFINE_AT_MODULE_LEVEL = "define it at module level"


# ----- values the Collector carries for this module -----------------------------------------
class Site(NamedTuple):
    """A call that makes a process, a pool, an executor or a manager."""

    line: int
    col: int  # ast column: UTF-8 bytes
    what: str  # the call as written: "mp.Pool()", "ProcessPoolExecutor()"
    method: str  # DEFAULT, SPAWN, FORK or UNKNOWN
    import_time: bool  # runs when the module is imported, outside an `if __name__ == "__main__":`


@dataclass(frozen=True)
class Made(Extension):
    """What a Maker call returned: a process, a pool, an executor or a manager."""

    site: Site
    maker: Maker


@dataclass(frozen=True)
class Method(Extension):
    """`obj.name` looked up on something Made (`pool.map`, `proc.start`)."""

    made: Made
    name: str


class Defined(NamedTuple):
    """A function or class defined in this module (facts.py binds its name to `Ref("$" + qualname)`)."""

    qualname: str  # "main", "Worker.run", "main.inner"
    is_class: bool
    local: bool  # defined inside a function body: pickle cannot find it by name
    guarded: bool  # defined under the module's `if __name__ == "__main__":`: a spawn child lacks it
    method_of: str = ""  # the class, for a method looked up on an instance or a class

    @property
    def name(self) -> str:
        return self.qualname.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class Unpicklable(Extension):
    what: str  # "a lambda", "a threading.Lock", "a generator", "an open file"
    advice: str
    is_callable: bool = False  # a lambda: also wrong as a target (FRK101)
    task_only: bool = False  # pickles for a Process (by inheritance), not as a pool task's argument


# ----- facts handed to the judge (serialisable) ----------------------------------------------
class Problem(NamedTuple):
    """Something a child process must receive and cannot: FRK101 (a callable) or FRK103 (a value)."""

    line: int
    col: int
    code: str
    what: str  # "a lambda passed as target= to multiprocessing.Process()"
    fix: str
    site: Site
    task: bool  # a pool or executor task: pickled under every start method, fork included
    child_lookup: bool  # pickles in the parent; a spawn or forkserver child cannot find it


class Start(NamedTuple):
    """A process started: at `site`, by the body of `function` ("" for import time, unguarded)."""

    site: Site
    function: str


class Call(NamedTuple):
    """A call at import time, outside the main guard, of this module's function (or class:
    "Name.__init__"). Calls inside definitions are facts.py's ProjectCall records."""

    line: int
    col: int
    callee: str
    what: str  # "main()"


class StartMethodCall(NamedTuple):
    line: int
    col: int
    method: str | None  # the literal method, None when it is not a string literal
    import_time: bool  # at import time, outside the main guard
    protected: bool  # force=True, or inside `try: ... except RuntimeError` (or suppress(RuntimeError))
    again_after: int | None = None  # line of an earlier call that always runs before this one
    # Lines of the module-level imports (not in a function) that run before this call, which
    # module-level or main-guard code makes unprotected: a module they import may set the method.
    imports_before: tuple[int, ...] = ()


class ForeignUse(NamedTuple):
    """A callable or argument a child receives that names another module's symbol (`LOCK` of
    `from shared import LOCK`): the project layer looks up what that module binds it to."""

    line: int
    col: int
    code: str  # FRK101 (a callable: target=, initializer=, a task) or FRK103 (an argument)
    symbol: str  # facts.py's symbol: `shared.LOCK`, `..util.greet`
    where: str  # "as target= to multiprocessing.Process()", "in args= to multiprocessing.Process()"
    site: Site
    task: bool


class ModuleValue(NamedTuple):
    """A module-level name bound to something a child cannot receive (what other modules import)."""

    name: str
    what: str  # "a threading.Lock", "a lambda"
    advice: str
    is_callable: bool  # a lambda (or a partial of one): wrong as a target too (FRK101)
    task_only: bool = False  # a multiprocessing lock or queue: wrong only as a task's argument


class ProcessStart(NamedTuple):
    """A process the body of `owner` starts (what other modules' import-time calls reach)."""

    owner: str
    line: int
    col: int
    what: str  # "mp.Pool()"
    method: str  # DEFAULT, SPAWN, FORK or UNKNOWN


class ForeignStart(NamedTuple):
    """An import-time call (outside the main guard) whose callee, in another module, starts a
    process (project_readiness.py finds it): FRK102 at the call."""

    line: int
    col: int
    what: str  # "run_all() (which starts mp.Pool() in jobs.py:9)"
    method: str  # the start method of the process it starts: DEFAULT, SPAWN (FORK ones are left out)


@dataclass
class ReadinessFacts:
    sites: list[Site] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    starts: list[Start] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    start_method_calls: list[StartMethodCall] = field(default_factory=list)
    # What the project layer needs (project_readiness.py): names of other modules a child
    # receives, and the module's own module-level names that a child cannot receive.
    foreign: list[ForeignUse] = field(default_factory=list)
    values: list[ModuleValue] = field(default_factory=list)

    def may_have_findings(self) -> bool:
        """Whether the judge can find anything here."""
        return bool(self.problems or self.starts or self.start_method_calls or self.foreign)

    def spawning_sites(self) -> int:
        """How many of its process-making calls may use spawn or forkserver (a child that imports
        the module's importers again exists only if one does)."""
        return sum(1 for site in self.sites if site.method in (DEFAULT, SPAWN))

    def process_starts(self) -> list[ProcessStart]:
        """The processes started inside functions (import-time ones are this module's FRK102)."""
        return [
            ProcessStart(start.function, start.site.line, start.site.col, start.site.what, start.site.method)
            for start in self.starts
            if start.function
        ]


# ----- where a node sits among the module's statements ---------------------------------------
_Link = tuple[ast.AST, str, int]  # (compound statement or handler, field, index in a list of handlers)
_BLOCKS = ("body", "orelse", "finalbody", "handlers", "cases")


def _position(node: ast.AST) -> tuple[int, int]:
    return (node.lineno, node.col_offset)  # type: ignore[attr-defined]


def _end(node: ast.AST) -> tuple[int, int]:
    return (node.end_lineno or 0, node.end_col_offset or 0)  # type: ignore[attr-defined]


class Statements:
    """The chain of blocks around a node, found by position (bisect per block), no full walk."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self._starts: dict[int, list[tuple[int, int]]] = {}

    def chain(self, node: ast.AST) -> list[_Link]:
        links: list[_Link] = []
        where, end = _position(node), _end(node)
        block: Sequence[ast.AST] = self.tree.body
        while True:
            starts = self._starts.get(id(block))
            if starts is None:
                starts = self._starts[id(block)] = [_position(stmt) for stmt in block]
            index = bisect.bisect_right(starts, where) - 1
            if index < 0:
                return links
            stmt = block[index]
            if not (_position(stmt) <= where and end <= _end(stmt)) or stmt is node:
                return links
            inner = self._inner(stmt, where, end)
            if inner is None:
                return links
            link, block = inner
            links.append(link)

    def _inner(
        self, stmt: ast.AST, where: tuple[int, int], end: tuple[int, int]
    ) -> tuple[_Link, Sequence[ast.AST]] | None:
        for name in _BLOCKS:
            children = getattr(stmt, name, None)
            if not children:
                continue
            if name in ("handlers", "cases"):
                for index, child in enumerate(children):
                    body = child.body
                    if body and _position(body[0]) <= where and end <= _end(body[-1]):
                        return (stmt, name, index), body
            elif _position(children[0]) <= where and end <= _end(children[-1]):
                return (stmt, name, 0), children
        return None


_CATCHES_RUNTIME_ERROR = frozenset({"RuntimeError", "Exception", "BaseException"})


def _catches_runtime_error(handler: ast.excepthandler) -> bool:
    kind = handler.type  # type: ignore[attr-defined]
    if kind is None:
        return True
    kinds = kind.elts if isinstance(kind, ast.Tuple) else [kind]
    return any(
        (isinstance(k, ast.Name) and k.id in _CATCHES_RUNTIME_ERROR)
        or (isinstance(k, ast.Attribute) and k.attr in _CATCHES_RUNTIME_ERROR)
        for k in kinds
    )


def _suppresses_runtime_error(item: ast.withitem) -> bool:
    call = item.context_expr
    if not isinstance(call, ast.Call):
        return False
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name == "suppress" and any(
        isinstance(arg, ast.Name) and arg.id in _CATCHES_RUNTIME_ERROR for arg in call.args
    )


def _protected(chain: list[_Link]) -> bool:
    """Inside `try:` with a handler that catches RuntimeError, or `with suppress(RuntimeError):`."""
    for stmt, name, _ in chain:
        handlers: list[ast.excepthandler] = getattr(stmt, "handlers", [])
        if name == "body" and any(_catches_runtime_error(handler) for handler in handlers):
            return True  # try (and try/except*) with a handler that catches RuntimeError
        if isinstance(stmt, (ast.With, ast.AsyncWith)) and any(
            _suppresses_runtime_error(item) for item in stmt.items
        ):
            return True
    return False


def _function_of(chain: list[_Link]) -> ast.AST | None:
    for stmt, _, _ in reversed(chain):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return stmt
    return None


def _is_generator(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the body yields (not counting nested functions, classes and lambdas)."""
    if isinstance(node, ast.AsyncFunctionDef):
        return False  # an async generator: not a plain generator
    pending: list[ast.AST] = list(node.body)
    while pending:
        current = pending.pop()
        if isinstance(current, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        pending.extend(ast.iter_child_nodes(current))
    return False


# ----- the tracker --------------------------------------------------------------------------
_Scope = Optional[str]  # "" import time unguarded, a qualname inside that function, None elsewhere


class Tracker:
    """Records the readiness facts of one module; driven by facts.Collector's hooks."""

    def __init__(self, collector: Collector) -> None:
        self.collector = collector
        self.facts = ReadinessFacts()
        self.statements: Statements | None = None
        self._defined: dict[str, Defined] = {}
        self._held: dict[tuple[str, str], Values] = {}  # (class, attribute) -> what it is assigned
        self._generators: dict[str, bool] = {}
        self._definitions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        self._chains: dict[tuple[int, int], tuple[_Link, ...]] = {}  # set_start_method call -> chain
        self._owners: dict[tuple[int, int], str] = {}  # set_start_method call -> whose code it is
        # Calls of the module's functions from module-level or main-guard code: position, chain, callee.
        self._entry_calls: list[tuple[tuple[int, int], tuple[_Link, ...], str]] = []

    # ----- hooks --------------------------------------------------------------------------
    def begin(self, tree: ast.Module) -> None:
        self.statements = Statements(tree)

    def finish(self) -> ReadinessFacts:
        self._find_repeated_start_methods()
        self._find_imports_before_start_methods()
        return self.facts

    def module_names(self, env: dict[str, Values]) -> None:
        """The module's names once its body has run: those bound to what a child cannot receive."""
        for name in sorted(env):
            for value in sorted(env[name], key=repr):
                unpicklable = (
                    Unpicklable("a generator", _GENERATOR_ADVICE)
                    if self._returned_generator(value)
                    else value
                )
                if isinstance(unpicklable, Unpicklable):
                    self.facts.values.append(
                        ModuleValue(
                            name,
                            unpicklable.what,
                            unpicklable.advice,
                            unpicklable.is_callable,
                            unpicklable.task_only,
                        )
                    )
                    break

    def _find_imports_before_start_methods(self) -> None:
        """For each unprotected set_start_method call of module-level or main-guard code, the
        module-level imports that run before it (a module they import may already set the method)."""
        calls = self.facts.start_method_calls
        if not calls or self.statements is None:
            return
        imports = [(node, tuple(self._chain(node))) for node in _module_imports(self.statements.tree)]
        for index, call in enumerate(calls):
            position = (call.line, call.col)
            if call.protected or self._owners.get(position) not in (MODULE, MAIN):
                continue
            chain = self._chains[position]
            before = tuple(
                node.lineno
                for node, import_chain in imports
                if _position(node) < position and _runs_before(import_chain, chain)
            )
            if before:
                calls[index] = call._replace(imports_before=before)

    def defined(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef, scope: Scope, qualname: str
    ) -> None:
        """A `def` or `class` statement: facts.py binds the name to `Ref("$" + qualname)`."""
        if not isinstance(node, ast.ClassDef):
            self._definitions[qualname] = node
        local = scope.in_function()
        guarded = not local and self.collector.owner == MAIN
        self._defined[qualname] = Defined(qualname, isinstance(node, ast.ClassDef), local, guarded)

    def definition(self, value: object) -> tuple[Defined, bool] | None:
        """The definition a value names, and whether the value is an instance of it (a class)."""
        if isinstance(value, Ref) and value.qualname.startswith(LOCAL_PREFIX):
            qualname, path, instance = value.qualname[len(LOCAL_PREFIX) :], "", False
        elif isinstance(value, Instance) and value.symbol.startswith(LOCAL_PREFIX):
            qualname, path, instance = value.symbol[len(LOCAL_PREFIX) :], value.path, not value.path
        else:
            return None
        known = self._defined.get(qualname)
        if known is None and not path and "." in qualname:  # `Local.method`
            qualname, path = qualname.rsplit(".", 1)
            known = self._defined.get(qualname)
        if known is None:
            return None
        if path:  # a method looked up on the class or on an instance of it
            if not known.is_class:
                return None
            return Defined(f"{qualname}.{path}", False, known.local, known.guarded, known.name), False
        if instance and not known.is_class:
            return None  # what a function returned (facts.py's Instance of it): not the function
        return known, instance

    def made(self, node: ast.expr) -> Values:
        """The value of a lambda or a generator expression."""
        if isinstance(node, ast.Lambda):
            return frozenset({Unpicklable("a lambda", _DEFINE_AT_MODULE_LEVEL, is_callable=True)})
        if isinstance(node, ast.GeneratorExp):
            return frozenset({Unpicklable("a generator", _GENERATOR_ADVICE)})
        return EMPTY

    def entered(self, values: Values, node: ast.expr) -> Values:
        """What `with <node> as name` binds: pools, executors and files return themselves."""
        kept: set[Value] = set()
        for value in values:
            if isinstance(value, Made):
                if value.maker.kind == "manager":
                    self._start(value.site, node)
                else:
                    kept.add(value)
            elif isinstance(value, Unpicklable) and value.what == "an open file":
                kept.add(value)
        return frozenset(kept)

    def attribute(self, base: object, attr: str) -> Values:
        if isinstance(base, Made):
            return frozenset({Method(base, attr)})
        return EMPTY

    def call(self, node: ast.Call, callees: Values, arguments: dict[int, Values], scope: Scope) -> Values:
        """The values a call adds, and the facts it records."""
        results: set[Value] = set()
        for callee in callees:
            if isinstance(callee, Ref):
                results |= self._call_ref(node, callee, arguments, scope)
            elif isinstance(callee, ContextMember) and callee.name in CONTEXT_MAKERS:
                maker = CONTEXT_MAKERS[callee.name]
                results.add(self._make(node, maker, _method(callee.context.method), arguments, scope))
            elif isinstance(callee, LocalClass):
                results |= self._call_local_class(node, callee, arguments, scope)
            elif isinstance(callee, Method):
                self._call_method(node, callee, arguments, scope)
            elif isinstance(callee, Instance):  # `self.pool.map(...)`: what the attribute holds
                self._call_local_method(node, callee)
                for held in self._held_values(callee):
                    if isinstance(held, Method):
                        self._call_method(node, held, arguments, scope)
        if isinstance(node.func, ast.Name) and node.func.id == BUILTIN_OPEN and _unbound(scope, BUILTIN_OPEN):
            results.add(Unpicklable(*UNPICKLABLE_MAKERS["builtins.open"]))
        if isinstance(node.func, ast.Attribute) and node.func.attr == RUN_IN_EXECUTOR and node.args:
            # Any loop (the receiver need not resolve): it hands the task to the executor given.
            for value in self._values(node.args[0], arguments, scope):
                if isinstance(value, Made):
                    self._call_method(node, Method(value, RUN_IN_EXECUTOR), arguments, scope)
        return frozenset(results)

    # ----- calls ------------------------------------------------------------------------------
    def _call_ref(self, node: ast.Call, callee: Ref, arguments: dict[int, Values], scope: Scope) -> Values:
        defined = self.definition(callee)
        if defined is not None:
            return self._call_defined(node, defined[0])
        entry = catalog.lookup(callee.qualname)
        qualname = entry.qualname if entry is not None else callee.qualname
        maker = MAKERS.get(qualname)
        if maker is not None and entry is not None:
            method = self._method_argument(node, entry, arguments)
            return frozenset({self._make(node, maker, method, arguments, scope)})
        unpicklable = UNPICKLABLE_MAKERS.get(qualname)
        if unpicklable is not None:
            return frozenset({Unpicklable(*unpicklable)})
        inherited = TASK_UNPICKLABLE_MAKERS.get(qualname)
        if inherited is not None:
            return frozenset({Unpicklable(*inherited, task_only=True)})
        if qualname == PARTIAL and node.args:
            return self._partial(node, arguments, scope)
        if qualname == "multiprocessing.set_start_method":
            self._set_start_method(node)
        return EMPTY

    def _partial(self, node: ast.Call, arguments: dict[int, Values], scope: Scope) -> Values:
        """functools.partial(f, ...) pickles only if f does."""
        for value in self._values(node.args[0], arguments, scope):
            if isinstance(value, Unpicklable) and value.is_callable:
                return frozenset({Unpicklable(f"a functools.partial of {value.what}", value.advice, True)})
            defined = self.definition(value)
            if defined is not None and defined[0].local and not defined[1]:
                what = f"a functools.partial of {_describe(defined[0])}"
                return frozenset({Unpicklable(what, _DEFINE_AT_MODULE_LEVEL, True)})
        return EMPTY

    def _call_local_class(
        self, node: ast.Call, callee: LocalClass, arguments: dict[int, Values], scope: Scope
    ) -> Values:
        qualname = callee.base.qualname
        if qualname in ("threading.Thread", "threading.Timer"):
            return frozenset(
                {Unpicklable(f"a {callee.name}, a {qualname} subclass", UNPICKLABLE_MAKERS[qualname][1])}
            )
        maker = MAKERS.get(qualname)
        if maker is None:
            return EMPTY
        method = DEFAULT if callee.context is None else _method(callee.context.method)
        if callee.own_constructor:  # its own __init__ decides what it takes
            maker = Maker(maker.kind)
        return frozenset({self._make(node, maker, method, arguments, scope)})

    def _call_defined(self, node: ast.Call, callee: Defined) -> Values:
        """A call of this module's function or class (facts.py records it and returns the instance)."""
        target = f"{callee.qualname}.__init__" if callee.is_class else callee.qualname
        if self._scope_of(node) == "":
            self.facts.calls.append(Call(node.lineno, node.col_offset, target, f"{ast.unparse(node.func)}()"))
        self._entry_call(node, target)
        return EMPTY  # facts.py returns Instance("$f"): whether it is a generator is asked on use

    def _call_local_method(self, node: ast.Call, callee: Instance) -> None:
        """`App().run()` at import time: the method's body runs then (facts.py records the call)."""
        defined = self.definition(callee)
        if defined is None or "." in callee.path:
            return
        if self._scope_of(node) == "":
            self.facts.calls.append(
                Call(node.lineno, node.col_offset, defined[0].qualname, f"{ast.unparse(node.func)}()")
            )
        self._entry_call(node, defined[0].qualname)

    def _entry_call(self, node: ast.Call, callee: str) -> None:
        if self.collector.import_time and self._code_of() in (MODULE, MAIN):
            self._entry_calls.append(((node.lineno, node.col_offset), tuple(self._chain(node)), callee))

    def _returned_generator(self, value: object) -> bool:
        """Whether `value` is what a call of one of the module's generator functions returned."""
        if not (isinstance(value, Instance) and not value.path and value.symbol.startswith(LOCAL_PREFIX)):
            return False
        return self._generator(value.symbol[len(LOCAL_PREFIX) :])

    def _generator(self, qualname: str) -> bool:
        known = self._generators.get(qualname)
        if known is None:
            definition = self._definitions.get(qualname)
            known = self._generators[qualname] = definition is not None and _is_generator(definition)
        return known

    def _call_method(
        self, node: ast.Call, callee: Method, arguments: dict[int, Values], scope: Scope
    ) -> None:
        made, name = callee.made, callee.name
        kind = made.maker.kind
        if name == "start" and kind in ("process", "manager"):
            self._start(made.site, node)
            return
        tasks = POOL_TASKS if kind == "pool" else EXECUTOR_TASKS if kind == "executor" else {}
        task = LOOP_TASK if name == RUN_IN_EXECUTOR and kind == "executor" else tasks.get(name)
        if task is None:
            return
        if kind == "executor":
            self._start(made.site, node)  # an executor starts its workers on the first submit or map
        where = f"{ast.unparse(node.func)}()"
        function = _argument(node, *task.function)
        if isinstance(function, ast.expr):
            self._check_callable(function, arguments, scope, f"to {where}", made.site, task=True)
        for value in self._task_arguments(node, task):
            self._check_argument(value, arguments, scope, f"to {where}", made.site, task=True)

    def _task_arguments(self, node: ast.Call, task: Task) -> Iterator[ast.expr]:
        if task.arguments == "rest":
            yield from (arg for arg in node.args[task.rest_from :] if not isinstance(arg, ast.Starred))
            yield from (kw.value for kw in node.keywords if kw.arg is not None)
        elif task.arguments == "iterables":
            for iterable in node.args[1:]:
                yield from _elements(iterable)
        elif task.arguments == "apply":
            for keyword, position in (("args", 1), ("kwds", 2)):
                yield from _elements(_argument(node, keyword, position))
        elif task.iterable is not None:
            for element in _elements(_argument(node, *task.iterable)):
                yield from _elements(element) if task.arguments == "tuples" else (element,)

    # ----- process makers ---------------------------------------------------------------------
    def _method_argument(self, node: ast.Call, entry: catalog.Entry, arguments: dict[int, Values]) -> str:
        """The start method of a maker given its context by argument (mp_context=, context=, ctx=)."""
        param = entry.context_param
        if param is None:
            return DEFAULT
        arg = _argument(node, param.keyword, param.position)
        if arg is MISSING:
            hidden = any(kw.arg is None for kw in node.keywords) or any(
                isinstance(a, ast.Starred) for a in node.args
            )
            return UNKNOWN if hidden else DEFAULT
        methods = set()
        for value in arguments.get(id(arg), EMPTY):
            if value is NONE:
                methods.add(DEFAULT)
            elif isinstance(value, Context):
                methods.add(_method(value.method))
            else:
                methods.add(UNKNOWN)
        for method in (SPAWN, DEFAULT, FORK):  # "can be spawn" wins: that is what breaks
            if method in methods and (method != FORK or len(methods) == 1):
                return method
        return UNKNOWN

    def _make(
        self, node: ast.Call, maker: Maker, method: str, arguments: dict[int, Values], scope: Scope
    ) -> Made:
        site = Site(
            node.lineno, node.col_offset, f"{ast.unparse(node.func)}()", method, self._scope_of(node) == ""
        )
        self.facts.sites.append(site)
        made = Made(site, maker)
        if maker.kind in ("pool", "started manager"):
            self._start(site, node)
        where = f"{site.what}"
        for keyword, position in maker.callables:
            value = _argument(node, keyword, position)
            if isinstance(value, ast.expr):
                self._check_callable(value, arguments, scope, f"as {keyword}= to {where}", site, task=False)
        for keyword, position in maker.sequences:
            for element in _elements(_argument(node, keyword, position)):
                self._check_argument(element, arguments, scope, f"in {keyword}= to {where}", site, task=False)
        for keyword, position in maker.mappings:
            for element in _elements(_argument(node, keyword, position)):
                self._check_argument(element, arguments, scope, f"in {keyword}= to {where}", site, task=False)
        return made

    def _start(self, site: Site, node: ast.AST) -> None:
        function = self._scope_of(node)
        if function is not None:
            self.facts.starts.append(Start(site, function))

    # ----- what a child receives --------------------------------------------------------------
    def holds(self, class_name: str, attribute: str, values: Values) -> None:
        """`self.attribute = ...` in a method of `class_name` (or `attribute = ...` in its body)."""
        mine = frozenset(value for value in values if isinstance(value, Extension))
        if mine:
            key = (class_name, attribute)
            self._held[key] = self._held.get(key, EMPTY) | mine

    def _held_values(self, value: Instance) -> Values:
        """What `self.a` (or `self.a.b`, a method of a held pool) holds, as far as this module shows."""
        if not value.symbol.startswith(LOCAL_PREFIX) or not value.path:
            return EMPTY
        attribute, _, rest = value.path.partition(".")
        held = self._held.get((value.symbol[len(LOCAL_PREFIX) :], attribute), EMPTY)
        if not rest:
            return held
        if "." in rest:
            return EMPTY
        return frozenset(Method(made, rest) for made in held if isinstance(made, Made))

    def _values(self, node: ast.expr, arguments: dict[int, Values], scope: Scope) -> Values:
        known = arguments.get(id(node))
        values = known if known is not None else self._peek(node, scope)
        extra = [self._held_values(value) for value in values if isinstance(value, Instance)]
        return values.union(*extra) if extra else values

    def _peek(self, node: ast.expr, scope: Scope) -> Values:
        """The values of an expression inside an argument (`args=(lock,)`), without side effects."""
        if isinstance(node, ast.Name):
            return scope.lookup(node.id)
        if isinstance(node, ast.Attribute):
            return self.collector._attribute(self._peek(node.value, scope), node.attr)
        if isinstance(node, (ast.Lambda, ast.GeneratorExp)):
            return self.made(node)
        if isinstance(node, ast.Call):
            results: set[Value] = set()
            for callee in self._peek(node.func, scope):
                if isinstance(callee, Ref):
                    entry = catalog.lookup(callee.qualname)
                    qualname = entry.qualname if entry else callee.qualname
                    unpicklable = UNPICKLABLE_MAKERS.get(qualname)
                    if unpicklable is not None:
                        results.add(Unpicklable(*unpicklable))
                    inherited = TASK_UNPICKLABLE_MAKERS.get(qualname)
                    if inherited is not None:
                        results.add(Unpicklable(*inherited, task_only=True))
                defined = self.definition(callee)
                if defined is not None and defined[0].is_class and not defined[1]:
                    results.add(Instance(LOCAL_PREFIX + defined[0].qualname))
                elif defined is not None and self._generator(defined[0].qualname):
                    results.add(Unpicklable("a generator", _GENERATOR_ADVICE))
            if (
                isinstance(node.func, ast.Name)
                and node.func.id == BUILTIN_OPEN
                and _unbound(scope, BUILTIN_OPEN)
            ):
                results.add(Unpicklable(*UNPICKLABLE_MAKERS["builtins.open"]))
            return frozenset(results)
        return EMPTY

    def _check_callable(
        self, node: ast.expr, arguments: dict[int, Values], scope: Scope, where: str, site: Site, task: bool
    ) -> None:
        values = sorted(self._values(node, arguments, scope), key=repr)
        for value in values:
            if isinstance(value, Unpicklable) and value.is_callable:
                self._problem(node, "FRK101", f"{value.what} passed {where}", value.advice, site, task)
                return
            defined = self.definition(value)
            if defined is not None and not defined[1] and (defined[0].local or defined[0].guarded):
                target = defined[0]
                what = f"{_describe(target)}, passed {where},"
                self._problem(node, "FRK101", what, _advice(target), site, task, target)
                return
        self._foreign(node, values, "FRK101", where, site, task)

    def _foreign(
        self, node: ast.expr, values: list[Value], code: str, where: str, site: Site, task: bool
    ) -> None:
        """Names imported from elsewhere: the project layer resolves them (project_readiness.py)."""
        for value in values:
            if (
                isinstance(value, Ref)
                and not value.qualname.startswith(LOCAL_PREFIX)
                and catalog.may_be_project(value.qualname)
            ):
                self.facts.foreign.append(
                    ForeignUse(node.lineno, node.col_offset, code, value.qualname, where, site, task)
                )
                return

    def _check_argument(
        self, node: ast.expr, arguments: dict[int, Values], scope: Scope, where: str, site: Site, task: bool
    ) -> None:
        values = sorted(self._values(node, arguments, scope), key=repr)
        for found in values:
            generator = self._returned_generator(found)
            value = Unpicklable("a generator", _GENERATOR_ADVICE) if generator else found
            if isinstance(value, Unpicklable) and (task or not value.task_only):
                self._problem(node, "FRK103", f"{value.what} passed {where}", value.advice, site, task)
                return
            defined = self.definition(value)
            if defined is not None and (defined[0].local or defined[0].guarded):
                target, instance = defined
                what = f"an instance of {_describe(target)}" if instance else _describe(target)
                self._problem(node, "FRK103", f"{what}, passed {where},", _advice(target), site, task, target)
                return
        self._foreign(node, values, "FRK103", where, site, task)

    def _problem(
        self,
        node: ast.expr,
        code: str,
        what: str,
        fix: str,
        site: Site,
        task: bool,
        defined: Defined | None = None,
    ) -> None:
        child_lookup = defined is not None and not defined.local
        self.facts.problems.append(
            Problem(node.lineno, node.col_offset, code, what, fix, site, task, child_lookup)
        )

    # ----- set_start_method -------------------------------------------------------------------
    def _set_start_method(self, node: ast.Call) -> None:
        argument = _argument(node, "method", 0)
        literal = None if argument is MISSING else _literal_str(argument)
        method = literal if isinstance(literal, str) else None
        force = _argument(node, "force", 1)
        forced = not (force is MISSING or (isinstance(force, ast.Constant) and not force.value))
        chain = self._chain(node)
        protected = forced or _protected(chain)
        import_time = self._scope_of(node) == ""
        self._chains[(node.lineno, node.col_offset)] = tuple(chain)
        self._owners[(node.lineno, node.col_offset)] = self._code_of()
        self.facts.start_method_calls.append(
            StartMethodCall(node.lineno, node.col_offset, method, import_time, protected)
        )

    def _find_repeated_start_methods(self) -> None:
        """A call that runs after an earlier one in the same code raises if not protected; so does
        one in a function that module-level code calls after setting the method (or the reverse)."""
        calls = self.facts.start_method_calls
        again: dict[tuple[int, int], int] = {}
        for index, later in enumerate(calls):
            chain = self._chains[(later.line, later.col)]
            for earlier in calls[:index]:
                before = self._chains[(earlier.line, earlier.col)]
                if (earlier.line, earlier.col) < (later.line, later.col) and _runs_before(before, chain):
                    again.setdefault((later.line, later.col), earlier.line)
        self._find_repeated_through_calls(again)
        for index, call in enumerate(calls):
            if not call.protected and (call.line, call.col) in again:
                calls[index] = StartMethodCall(
                    call.line,
                    call.col,
                    call.method,
                    call.import_time,
                    call.protected,
                    again[call.line, call.col],
                )

    def _find_repeated_through_calls(self, again: dict[tuple[int, int], int]) -> None:
        """Module-level and main-guard code, in order: its own set_start_method calls and its calls
        of functions of the module whose bodies (directly or through calls) make one."""
        if not self._entry_calls or not self.facts.start_method_calls:
            return
        by_function: dict[str, list[tuple[int, int]]] = {}
        for position, owner in self._owners.items():
            by_function.setdefault(owner, []).append(position)
        graph = call_graph(self.collector.facts)
        events: list[tuple[tuple[int, int], tuple[_Link, ...], list[tuple[int, int]]]] = [
            (position, self._chains[position], [position])
            for position, owner in self._owners.items()
            if owner in (MODULE, MAIN)
        ]
        for position, chain, callee in self._entry_calls:
            reached = [p for function in reachable(graph, callee) for p in by_function.get(function, [])]
            if reached:
                events.append((position, chain, sorted(reached)))
        events.sort(key=lambda event: event[0])
        for index, (position, chain, made) in enumerate(events):
            for earlier, before, _ in events[:index]:
                if earlier < position and _runs_before(before, chain):
                    again.setdefault(made[0], earlier[0])

    # ----- where we are -----------------------------------------------------------------------
    def _code_of(self) -> str:
        """Whose code is being walked: MODULE, MAIN or a function's qualname (as facts.py says)."""
        return self.collector.owner

    def _chain(self, node: ast.AST) -> list[_Link]:
        return [] if self.statements is None else self.statements.chain(node)

    def _scope_of(self, node: ast.AST) -> _Scope:
        """Whose code `node` is: "" for import time outside the main guard, a function's qualname
        in its body, None elsewhere (the main guard, a lambda)."""
        owner = self.collector.owner
        if self.collector.import_time:
            return "" if owner == MODULE else None
        return None if owner in (MODULE, MAIN) or owner.endswith(LAMBDA) else owner


def call_graph(facts: ModuleFacts) -> dict[str, list[str]]:
    """Function -> the functions of this module its body calls (facts.py's ProjectCall records)."""
    graph: dict[str, list[str]] = {}
    for call in facts.calls:
        if not call.target.startswith(LOCAL_PREFIX) or call.owner in (MODULE, MAIN):
            continue
        symbol = call.target[len(LOCAL_PREFIX) :]
        definition = facts.definitions.get(symbol)
        if call.method:
            callee = f"{symbol}.{call.method}"  # `Worker().run()`, `self.run()`
        elif definition is not None and definition.kind == "class":
            callee = f"{symbol}.__init__"
        else:
            callee = symbol
        graph.setdefault(call.owner, []).append(callee)
    return graph


def reachable(graph: dict[str, list[str]], function: str) -> list[str]:
    """`function` and every function its body reaches through calls in this module."""
    seen, pending = [function], [function]
    while pending:
        for callee in graph.get(pending.pop(), []):
            if callee not in seen:
                seen.append(callee)
                pending.append(callee)
    return seen


def _runs_before(before: tuple[_Link, ...], chain: tuple[_Link, ...]) -> bool:
    """Whether the earlier call may have run when the later one runs: the same function's code,
    and not in branches that exclude each other (`if` / `else`, `try` / `except`, two cases)."""
    if _function_of(list(before)) is not _function_of(list(chain)):
        return False
    for (stmt, name, index), (other, other_name, other_index) in zip(before, chain):
        if stmt is not other:
            return True  # different statements of one block: the earlier one ran first
        if (name, index) != (other_name, other_index):
            return not _exclusive(stmt, (name, other_name))
    return True  # one block holds the other


def _exclusive(stmt: ast.AST, fields: tuple[str, str]) -> bool:
    if isinstance(stmt, ast.If):
        return set(fields) == {"body", "orelse"}
    if hasattr(stmt, "handlers"):  # try, try/except*: the body (or else) and a handler, two handlers
        return "handlers" in fields and "finalbody" not in fields
    return "cases" in fields  # match: two cases


def _module_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements that run when the module's own code runs (not in a def or class)."""
    pending: list[ast.AST] = list(reversed(tree.body))
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for name in _BLOCKS:
                children = getattr(node, name, None) or []
                if name in ("handlers", "cases"):
                    for child in reversed(children):
                        pending.extend(reversed(child.body))
                else:
                    pending.extend(reversed(children))


def _method(method: str | None) -> str:
    if method is None:
        return DEFAULT
    if method in catalog.SAFE_METHODS:
        return SPAWN
    return FORK if method == catalog.FORK_METHOD else UNKNOWN


def _elements(node: object) -> Iterator[ast.expr]:
    """The items of a tuple, list or set display, the values of a dict display or dict(...) call."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        yield from (element for element in node.elts if not isinstance(element, ast.Starred))
    elif isinstance(node, ast.Dict):
        yield from node.values
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict":
        yield from (kw.value for kw in node.keywords if kw.arg is not None)


def _unbound(scope: Scope, name: str) -> bool:
    current: Scope | None = scope
    while current is not None:
        if name in current.env:
            return False
        current = current.parent
    return True


def _describe(value: Defined) -> str:
    kind = "class" if value.is_class else "function"
    if value.method_of:
        where = "inside a function" if value.local else 'under if __name__ == "__main__":'
        return f"{value.name}, a method of {value.method_of}, a class defined {where}"
    if value.local:
        return f"{value.name}, a {kind} defined inside a function"
    return f'{value.name}, a {kind} defined under if __name__ == "__main__":'


def _advice(value: Defined) -> str:
    if value.local:
        return _DEFINE_AT_MODULE_LEVEL
    return 'define it at module level, before the if __name__ == "__main__": block'
