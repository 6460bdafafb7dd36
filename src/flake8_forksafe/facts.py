"""One pass over a module's syntax tree that collects thread evidence and fork sinks.

Names are resolved the way Python binds them: through imports, per scope, in statement
order. A name holds the set of values that can reach a use: an `if` without `else`, a
`try`/`except ImportError` fallback or a loop keeps the union of its paths, while a plain
rebinding (`threading = FakeThreading()`) replaces what was there. Function and method
bodies run after the module finished importing, so they see their enclosing scope's final
bindings; class bodies and comprehensions run at once and see the current ones.

The walker only records facts. `judge.py` decides which sinks become findings.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, Union

from . import catalog
from .catalog import Entry, Role
from .libraries import Condition, Default, Forker

if TYPE_CHECKING:
    from .readiness import ReadinessFacts


class EvidenceKind(enum.Enum):
    THREADS = "starts threads"
    LOCK = "creates a module-level lock"


# Where a record's code runs: "" is module-level code (it runs on import), "f" / "C.m" / "f.g"
# the body of that definition, MAIN the module's `if __name__ == "__main__":` block.
MODULE = ""
MAIN = "<main>"
LAMBDA = "<lambda>"


class Evidence(NamedTuple):
    line: int
    col: int  # ast column: UTF-8 bytes
    kind: EvidenceKind
    what: str  # "threading.Thread", "Worker, a threading.Thread subclass"
    owner: str = MODULE


class Span(NamedTuple):
    """Where an `ast` node sits: 1-based lines, 0-based columns in UTF-8 bytes, end exclusive."""

    line: int
    col: int
    end_line: int
    end_col: int

    @classmethod
    def of(cls, node: ast.AST) -> Span:
        return cls(
            node.lineno,  # type: ignore[attr-defined]
            node.col_offset,  # type: ignore[attr-defined]
            node.end_lineno or node.lineno,  # type: ignore[attr-defined]
            node.end_col_offset or 0,  # type: ignore[attr-defined]
        )


class RepairKind(enum.Enum):
    """The shape of the source edit that makes a sink safe (carried out by fixer.py)."""

    CONTEXT_ARGUMENT = "pass a context argument"  # Repair.name=keyword, .position; at: the call
    CONTEXT_CALLABLE = "call on a context"  # multiprocessing.X -> get_context(m).X; at: that expression
    CONTEXT_METHOD = "give get_context a method"  # at: the get_context() call
    START_METHOD = "replace the fork start method"  # at: the "fork" argument
    NEW_SESSION = "start_new_session=True"  # at: the call with preexec_fn=os.setsid


class Repair(NamedTuple):
    """How a sink can be fixed, or (blocker) why it cannot be fixed automatically."""

    kind: RepairKind | None
    at: Span | None = None
    name: str = ""  # keyword (CONTEXT_ARGUMENT) or context attribute (CONTEXT_CALLABLE)
    position: int | None = None  # positional index of the keyword (CONTEXT_ARGUMENT)
    blocker: str = ""


@dataclass(eq=False)
class Sink:
    line: int
    col: int  # ast column: UTF-8 bytes
    code: str
    what: str  # "ProcessPoolExecutor()", 'multiprocessing.get_context("fork")'
    fix: str
    needs_start: bool = False  # managers fork only once started
    started: bool = False
    repair: Repair | None = None  # None: no automatic fix exists for this kind of sink
    owner: str = MODULE
    # A sink through a project module's re-export (`from .compat import ProcessPoolExecutor`):
    # it stands only if `requires` (a symbol) names the catalog's `requires_name`.
    requires: str = ""
    requires_name: str = ""

    @property
    def condition(self) -> str:
        return f"{self.requires}={self.requires_name}" if self.requires else ""


# Symbols name what a module refers to, as text that other modules' summaries can hold:
# `pkg.mod.func` (an absolute import), `..util.run` (relative, Python's own notation) or
# `$Class.method` (a definition in this module). The project layer resolves them.
LOCAL_PREFIX = "$"
# `super()` inside a method: an instance of the method's class whose attributes are looked up
# past the class itself (`super().__init__()` runs the base class's `__init__`). The name is no
# identifier, so no statement can bind it.
SUPER = "super()"


class ProjectCall(NamedTuple):
    """A call the module alone cannot judge: of an imported or local definition, or a method on one."""

    owner: str
    target: str  # the symbol called, or the class of the instance a method is called on
    method: str  # "" for a plain call; "start" or "executor.trigger" on an instance of `target`
    line: int
    col: int
    name: str  # as written, for messages: "start_heartbeat", "Gateway().start"


class Import(NamedTuple):
    owner: str
    module: str  # as written after `import` / `from`, with the leading dots of a relative import
    names: tuple[str, ...]  # the names of `from module import a, b`; () for `import module`
    line: int


class ChildUse(enum.Enum):
    TARGET = "process target"
    TASK = "process pool task"
    INITIALIZER = "process pool initializer"


class ChildCode(NamedTuple):
    """A callable handed to a child process: it runs there, not in the caller."""

    owner: str
    symbol: str
    use: ChildUse
    line: int


class Definition(NamedTuple):
    kind: str  # "function" or "class"
    line: int
    bases: tuple[str, ...] = ()  # classes: the symbols of the bases
    # Classes deriving (in this module) from a catalog thread class: what constructing one is.
    thread_class: str = ""


class Held(NamedTuple):
    """An annotation naming a class: an object of it is held here (`broker: core.Broker`)."""

    owner: str
    symbol: str
    line: int
    col: int


class StartMethod(NamedTuple):
    method: str
    owner: str
    line: int


@dataclass
class ModuleFacts:
    evidence: list[Evidence] = field(default_factory=list)
    sinks: list[Sink] = field(default_factory=list)
    # Methods passed to multiprocessing.set_start_method anywhere in the module.
    start_methods: set[str] = field(default_factory=set)
    # What other modules need to know (project.py reads them through summary.py).
    start_method_calls: list[StartMethod] = field(default_factory=list)
    calls: list[ProjectCall] = field(default_factory=list)
    imports: list[Import] = field(default_factory=list)
    definitions: dict[str, Definition] = field(default_factory=dict)
    # Class -> attribute -> symbol of the class an instance of it holds (`self.pool = Pool()`).
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    exports: dict[str, str] = field(default_factory=dict)  # module-level name -> symbol
    held: list[Held] = field(default_factory=list)
    child_code: list[ChildCode] = field(default_factory=list)
    readiness: ReadinessFacts | None = None  # FRK1xx facts (readiness.py)


# Abstract values a name or an expression can hold.
@dataclass(frozen=True)
class Ref:
    """An imported module or object, by qualified name: `threading.Lock`."""

    qualname: str


@dataclass(frozen=True)
class Context:
    """A multiprocessing context; `method` None is the default start method."""

    method: str | None
    origin: Span | None = None  # the get_context() call that made it


@dataclass(frozen=True)
class ContextMember:
    context: Context
    name: str


@dataclass(frozen=True)
class LocalClass:
    """A class defined in the module that derives from a catalog class."""

    name: str
    base: Entry
    role: Role
    context: Context | None = None  # set when derived from `ctx.Process`
    # The base-class expression of the class in the chain that derives from the catalog class.
    origin: Span | None = None
    in_function: bool = False  # defined inside a function body (instances cannot be pickled)
    own_constructor: bool = False  # a class in the chain defines __init__ or __new__


@dataclass(frozen=True)
class Manager:
    """A manager built without a safe context, not yet known to be started."""

    sink: Sink
    scope: Scope


@dataclass(frozen=True)
class ManagerStart:
    manager: Manager


@dataclass(frozen=True)
class Instance:
    """An object made by calling a project symbol (`Gateway()`, `self`), or an attribute path on it."""

    symbol: str
    path: str = ""


@dataclass(frozen=True)
class Pool:
    """A pool or executor: its tasks run in child processes (any start method), or on its own
    threads in this process (`threads`: a ThreadPoolExecutor, a ThreadPool)."""

    threads: bool = False
    method: str = ""  # "" for the pool itself, "map" / "submit" for a method of it


@dataclass(frozen=True)
class KnownDict:
    """A dict display or dict(...) call whose keys the checker can read (for `**opts`)."""

    keys: frozenset[str]  # keys whose value is not the literal None


@dataclass(frozen=True)
class EventLoop:
    """An asyncio event loop; `method` set for an attribute of it (`loop.run_in_executor`)."""

    method: str = ""


@dataclass(frozen=True)
class LibraryInstance:
    """An object built from a catalog class whose methods start threads (QueueListener)."""

    entry: Entry
    name: str  # how messages name it: the catalog name or the local subclass's
    subclass_of: str = ""  # the catalog class a local subclass derives from
    method: str = ""  # set on `instance.start`: calling that plays entry.method_role


class Extension:
    """Base of the values another module tracks through the Collector's hooks (readiness.py)."""

    __slots__ = ()


class _NoneValue:
    pass


NONE = _NoneValue()  # the literal None

Value = Union[
    Ref, Context, ContextMember, LocalClass, Manager, ManagerStart, Instance, Pool, KnownDict,
    EventLoop, LibraryInstance, _NoneValue, Extension,
]  # fmt: skip
# What an expression may hold; empty means "nothing the checker understands".
Values = frozenset[Value]
Env = dict[str, Values]
EMPTY: Values = frozenset()
PARTIAL = "functools.partial"
# Calls that configure, for a `with` block, an argument a catalog condition reads (libraries.py).
_CONFIGURATION_CALLS = frozenset(
    condition.configured_by
    for entry in catalog.ENTRIES.values()
    for condition in entry.when
    if condition.configured_by
)
_BUILTINS = frozenset(dir(builtins))  # names an `import *` of a project module does not stand for
MISSING = object()  # an argument that the call does not pass


class _Deferred(NamedTuple):
    node: ast.FunctionDef | ast.AsyncFunctionDef
    parent: Scope
    qualname: str
    method_of: str  # the class qualname when the function is defined directly in a class body


class Scope:
    __slots__ = ("deferred", "env", "is_class", "parent", "qualname", "stars")

    def __init__(self, parent: Scope | None, is_class: bool = False, qualname: str = MODULE) -> None:
        self.parent = parent
        self.env: Env = {}
        self.is_class = is_class
        self.qualname = qualname  # of the function or class whose body this is
        # Function bodies defined here, analysed once this scope's own body is done.
        self.deferred: list[_Deferred] = []
        # The module scope's `from <project module> import *` sources, as prefixes (`.util.`).
        self.stars: list[str] = []

    def lookup(self, name: str) -> Values:
        scope = self
        while True:
            if name in scope.env:
                return scope.env[name]
            if scope.parent is None:
                break
            scope = scope.parent
        if scope.stars and not name.startswith("_") and name not in _BUILTINS:
            # A name no statement binds may come from a project module's `import *` (which binds
            # its public names); the project layer keeps whichever source defines it.
            return frozenset(Ref(prefix + name) for prefix in scope.stars)
        return EMPTY

    def in_function(self) -> bool:
        scope: Scope | None = self
        while scope is not None:
            if not scope.is_class and scope.parent is not None:
                return True
            scope = scope.parent
        return False

    def function_parent(self) -> Scope:
        """The scope a nested function looks names up in: class bodies are skipped."""
        scope = self
        while scope.is_class and scope.parent is not None:
            scope = scope.parent
        return scope


def _child_name(scope: Scope, name: str) -> str:
    return f"{scope.qualname}.{name}" if scope.qualname else name


def _is_main_guard(test: ast.expr) -> bool:
    """`__name__ == "__main__"` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = {type(side).__name__: side for side in (test.left, test.comparators[0])}
    name, constant = sides.get("Name"), sides.get("Constant")
    return (
        isinstance(name, ast.Name)
        and name.id == "__name__"
        and isinstance(constant, ast.Constant)
        and constant.value == "__main__"
    )


def _merge(*envs: Env) -> Env:
    merged: Env = {}
    for env in envs:
        for name, values in env.items():
            merged[name] = merged.get(name, EMPTY) | values
    return merged


def _literal_str(node: object) -> object:
    """The value of a string or None literal, MISSING for anything else."""
    if isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, str)):
        return node.value
    return MISSING


def _argument(call: ast.Call, keyword: str, position: int | None) -> object:
    """The argument node passed as `keyword` or at `position`, or MISSING."""
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    if position is None or position >= len(call.args):
        return MISSING
    if any(isinstance(arg, ast.Starred) for arg in call.args[: position + 1]):
        return MISSING  # after a *args the positions are unknown
    return call.args[position]


_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)
# The expressions `Collector._eval` handles itself; it sees through every other kind.
_SPECIAL_EXPRESSIONS = (
    ast.Name, ast.Attribute, ast.Call, ast.Constant, ast.NamedExpr, ast.Lambda, *_COMPREHENSIONS,
)  # fmt: skip


class Collector:
    """Walks one module and fills a ModuleFacts."""

    def __init__(
        self,
        extra_thread_starters: Iterable[str] = (),
        extra_lock_factories: Iterable[str] = (),
    ) -> None:
        self.extra_thread_starters = frozenset(extra_thread_starters)
        self.extra_lock_factories = frozenset(extra_lock_factories)
        self.facts = ModuleFacts()
        self.import_time = True  # False inside function and lambda bodies
        self.owner = MODULE  # whose code is being walked (see Evidence.owner)
        self._requires = ("", "")  # set while a call is judged as a possible re-export (Sink.requires)
        # What the enclosing `with` blocks configure, innermost last (_configuration).
        self._configured: list[dict[tuple[str, str], ast.expr]] = []
        from .readiness import Tracker  # readiness.py builds on this module's values

        self.readiness = Tracker(self)

    # ----- entry point -------------------------------------------------------------------
    def collect(self, tree: ast.Module) -> ModuleFacts:
        module = Scope(None)
        self.readiness.begin(tree)
        self._block(tree.body, module)
        self._export(module.env)
        self.readiness.module_names(module.env)
        self._run_deferred(module)
        self.facts.readiness = self.readiness.finish()
        return self.facts

    def _export(self, env: Env) -> None:
        """Module-level names bound to one importable symbol: what `from module import name` gets."""
        for name, values in env.items():
            if len(values) == 1:
                (value,) = values
                if isinstance(value, Ref):
                    self.facts.exports[name] = value.qualname

    def _run_deferred(self, scope: Scope) -> None:
        was_import_time, self.import_time = self.import_time, False
        was_owner = self.owner
        # Nested definitions land in each body's own list, so this one does not grow.
        for deferred in scope.deferred:
            body_scope = Scope(deferred.parent, qualname=deferred.qualname)
            self.owner = deferred.qualname
            self._bind_arguments(deferred.node.args, body_scope)
            if deferred.method_of and not _is_static(deferred.node):
                positional = [*deferred.node.args.posonlyargs, *deferred.node.args.args]
                if positional:  # `self` (or `cls`): an instance of the class
                    instance = Instance(LOCAL_PREFIX + deferred.method_of)
                    body_scope.env[positional[0].arg] = frozenset({instance})
                    body_scope.env[SUPER] = frozenset({Instance(instance.symbol, SUPER)})
            self._block(deferred.node.body, body_scope)
            self._run_deferred(body_scope)
        self.owner = was_owner
        self.import_time = was_import_time

    # ----- statements --------------------------------------------------------------------
    def _block(self, stmts: Sequence[ast.AST], scope: Scope) -> None:
        for stmt in stmts:
            handler = getattr(self, "_stmt_" + type(stmt).__name__, None)
            if handler is None:
                self._children(stmt, scope)
            else:
                handler(stmt, scope)

    def _stmt_Import(self, node: ast.Import, scope: Scope) -> None:
        for alias in node.names:
            self._import_evidence(node, alias.name)
            self.facts.imports.append(Import(self.owner, alias.name, (), node.lineno))
            if alias.asname:
                scope.env[alias.asname] = frozenset({Ref(alias.name)})
            else:
                top = alias.name.split(".", 1)[0]
                scope.env[top] = frozenset({Ref(top)})

    def _stmt_ImportFrom(self, node: ast.ImportFrom, scope: Scope) -> None:
        # A relative import keeps its dots: `.compat` is the user's own module, never the stdlib,
        # and only the project layer knows what it holds.
        module = "." * node.level + (node.module or "")
        self.facts.imports.append(
            Import(self.owner, module, tuple(alias.name for alias in node.names), node.lineno)
        )
        prefix = module if module.endswith(".") else module + "."
        for alias in node.names:
            if not node.level:  # `from ddtrace import auto` imports ddtrace.auto
                self._import_evidence(node, module if alias.name == "*" else f"{module}.{alias.name}")
            if alias.name == "*":
                if not node.level:
                    for name in catalog.star_exports(module):
                        scope.env[name] = frozenset({Ref(f"{module}.{name}")})
                if node.level or catalog.may_be_project(module):
                    scope.stars.append(prefix)  # `import *` is only allowed at module level
                continue
            scope.env[alias.asname or alias.name] = frozenset({Ref(prefix + alias.name)})

    def _stmt_Assign(self, node: ast.Assign, scope: Scope) -> None:
        values = self._eval(node.value, scope)
        for target in node.targets:
            self._bind(target, values, scope)

    def _stmt_AnnAssign(self, node: ast.AnnAssign, scope: Scope) -> None:
        self._annotation(node.annotation, scope)
        if node.value is not None:
            self._bind(node.target, self._eval(node.value, scope), scope)

    def _stmt_AugAssign(self, node: ast.AugAssign, scope: Scope) -> None:
        self._eval(node.value, scope)
        self._bind(node.target, EMPTY, scope)

    def _stmt_Delete(self, node: ast.Delete, scope: Scope) -> None:
        for target in node.targets:
            self._bind(target, EMPTY, scope)

    def _stmt_If(self, node: ast.If, scope: Scope) -> None:
        self._eval(node.test, scope)
        if scope.parent is None and self.owner == MODULE and _is_main_guard(node.test):
            # The body runs only as a script, never when another module imports this one; the
            # `else:` branch is what runs on import.
            before = scope.env
            scope.env = dict(before)
            self.owner = MAIN
            self._block(node.body, scope)
            self.owner = MODULE
            after_body, scope.env = scope.env, dict(before)
            self._block(node.orelse, scope)
            scope.env = _merge(after_body, scope.env)
            return
        self._branches(scope, node.body, node.orelse)

    def _branches(self, scope: Scope, *blocks: list[ast.stmt]) -> None:
        before = scope.env
        ends = []
        for block in blocks:
            scope.env = dict(before)
            self._block(block, scope)
            ends.append(scope.env)
        scope.env = _merge(*ends)

    def _loop(self, node: ast.For | ast.AsyncFor | ast.While, scope: Scope) -> None:
        before = dict(scope.env)
        if not isinstance(node, ast.While):
            self._bind(node.target, EMPTY, scope)
        self._block(node.body, scope)
        scope.env = _merge(before, scope.env)
        self._block(node.orelse, scope)

    def _stmt_For(self, node: ast.For, scope: Scope) -> None:
        self._eval(node.iter, scope)
        self._loop(node, scope)

    _stmt_AsyncFor = _stmt_For

    def _stmt_While(self, node: ast.While, scope: Scope) -> None:
        self._eval(node.test, scope)
        self._loop(node, scope)

    def _stmt_With(self, node: ast.With, scope: Scope) -> None:
        configured: dict[tuple[str, str], ast.expr] = {}
        for item in node.items:
            configured.update(self._configuration(item.context_expr, scope))
            values = self._eval(item.context_expr, scope)
            self._start_managers(values, scope)  # __enter__ starts a manager
            self._call_methods(item.context_expr, values, "__enter__")
            if item.optional_vars is not None:
                # A pool's and an executor's __enter__ return the pool itself.
                pools = frozenset(value for value in values if isinstance(value, Pool))
                entered = pools | self.readiness.entered(values, item.context_expr)
                self._bind(item.optional_vars, entered, scope)
        self._configured.append(configured)
        try:
            self._block(node.body, scope)
        finally:
            self._configured.pop()

    _stmt_AsyncWith = _stmt_With

    def _configuration(self, expr: ast.expr, scope: Scope) -> dict[tuple[str, str], ast.expr]:
        """What a `with` item's configuration call sets for the calls in its block, by (call,
        argument): `dask.config.set(scheduler="processes")` or `dask.config.set({"scheduler": ...})`."""
        if not isinstance(expr, ast.Call) or not isinstance(expr.func, (ast.Name, ast.Attribute)):
            return {}
        callees = {value.qualname for value in self._eval(expr.func, scope) if isinstance(value, Ref)}
        names = callees & _CONFIGURATION_CALLS
        if not names:
            return {}
        given: dict[str, ast.expr] = {kw.arg: kw.value for kw in expr.keywords if kw.arg}
        if expr.args and isinstance(expr.args[0], ast.Dict):
            for key, value in zip(expr.args[0].keys, expr.args[0].values):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    given.setdefault(key.value, value)
        return {(name, argument): value for name in names for argument, value in given.items()}

    def _configured_value(self, condition: Condition) -> ast.expr | None:
        """The innermost enclosing `with` block's value for a condition's argument, if any."""
        for configured in reversed(self._configured):
            value = configured.get((condition.configured_by, condition.keyword))
            if value is not None:
                return value
        return None

    def _stmt_Try(self, node: ast.Try, scope: Scope) -> None:
        before = dict(scope.env)
        self._block(node.body, scope)
        after_body = scope.env
        ends = []
        for handler in node.handlers:
            scope.env = _merge(before, after_body)
            if handler.type is not None:
                self._eval(handler.type, scope)
            if handler.name:
                scope.env[handler.name] = EMPTY
            self._block(handler.body, scope)
            ends.append(scope.env)
        scope.env = dict(after_body)
        self._block(node.orelse, scope)
        scope.env = _merge(scope.env, *ends)
        self._block(node.finalbody, scope)

    _stmt_TryStar = _stmt_Try

    def _stmt_Match(self, node: ast.AST, scope: Scope) -> None:
        self._eval(node.subject, scope)  # type: ignore[attr-defined]
        before = scope.env
        ends = [dict(before)]  # no case may match
        for case in node.cases:  # type: ignore[attr-defined]
            scope.env = dict(before)
            for sub in ast.walk(case.pattern):
                for name in (getattr(sub, "name", None), getattr(sub, "rest", None)):
                    if isinstance(name, str):
                        scope.env[name] = EMPTY
                if isinstance(sub, ast.expr):
                    self._eval(sub, scope)
            if case.guard is not None:
                self._eval(case.guard, scope)
            self._block(case.body, scope)
            ends.append(scope.env)
        scope.env = _merge(*ends)

    def _stmt_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef, scope: Scope) -> None:
        for decorator in node.decorator_list:
            self._decorator(decorator, scope)
        qualname = _child_name(scope, node.name)
        self._eval_argument_defaults(node.args, scope, qualname)
        if node.returns is not None:
            self._eval(node.returns, scope)
        self.facts.definitions.setdefault(qualname, Definition("function", node.lineno))
        scope.env[node.name] = frozenset({Ref(LOCAL_PREFIX + qualname)})
        self.readiness.defined(node, scope, qualname)
        method_of = scope.qualname if scope.is_class else ""
        parent = scope.function_parent()
        parent.deferred.append(_Deferred(node, parent, qualname, method_of))

    _stmt_AsyncFunctionDef = _stmt_FunctionDef

    def _stmt_ClassDef(self, node: ast.ClassDef, scope: Scope) -> None:
        for decorator in node.decorator_list:
            self._decorator(decorator, scope)
        derived: LocalClass | None = None
        bases: list[str] = []
        for base in node.bases:
            for value in self._eval(base, scope):
                derived = derived or self._subclass(node, base, value, scope)
                if isinstance(value, Ref):
                    bases.append(value.qualname)
        for kw in node.keywords:
            self._eval(kw.value, scope)
        qualname = _child_name(scope, node.name)
        thread_class = ""
        if derived is not None and derived.role is Role.THREAD_STARTER:
            thread_class = f"{node.name}, a {derived.base.display} subclass"
        self.facts.definitions.setdefault(
            qualname, Definition("class", node.lineno, tuple(bases), thread_class)
        )
        body = Scope(scope, is_class=True, qualname=qualname)
        self._block(node.body, body)
        local = Ref(LOCAL_PREFIX + qualname)
        self.readiness.defined(node, scope, qualname)
        scope.env[node.name] = frozenset({derived, local}) if derived else frozenset({local})

    def _subclass(
        self, node: ast.ClassDef, base_node: ast.expr, base: object, scope: Scope
    ) -> LocalClass | None:
        name = node.name
        in_function = scope.in_function()
        own_constructor = any(
            isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name in ("__init__", "__new__")
            for stmt in node.body
        )
        if isinstance(base, LocalClass):
            return LocalClass(
                name,
                base.base,
                base.role,
                base.context,
                base.origin,
                in_function,
                own_constructor or base.own_constructor,
            )
        if isinstance(base, ContextMember) and base.name == "Process":
            return LocalClass(
                name,
                catalog.ENTRIES["multiprocessing.Process"],
                Role.DEFAULT_METHOD,
                base.context,
                None,
                in_function,
                own_constructor,
            )
        if isinstance(base, Ref):
            entry = self._entry(base.qualname)
            if entry is not None and entry.subclass_role is not None:
                return LocalClass(
                    name, entry, entry.subclass_role, None, Span.of(base_node), in_function, own_constructor
                )
        return None

    # ----- bindings ----------------------------------------------------------------------
    def _bind(self, target: ast.AST, values: Values, scope: Scope) -> None:
        if isinstance(target, ast.Name):
            scope.env[target.id] = values
            if scope.is_class:  # a class attribute: `pool = Executor()` in the class body
                self._attribute_holds(scope.qualname, target.id, values)
        elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            for owner in scope.lookup(target.value.id):  # `self.executor = Executor(...)`
                if isinstance(owner, Instance) and owner.symbol.startswith(LOCAL_PREFIX) and not owner.path:
                    self._attribute_holds(owner.symbol[len(LOCAL_PREFIX) :], target.attr, values)
        elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
            self._forget_dict(target.value.id, scope)  # `opts["mp_context"] = ...`
            self._children(target, scope)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._bind(element, EMPTY, scope)
        elif isinstance(target, ast.Starred):
            self._bind(target.value, EMPTY, scope)
        else:  # attribute or subscript: evaluate its parts, bind nothing
            self._children(target, scope)

    def _attribute_holds(self, class_name: str, attribute: str, values: Values) -> None:
        self.readiness.holds(class_name, attribute, values)
        for value in values:
            if isinstance(value, Instance) and not value.path:
                self.facts.attributes.setdefault(class_name, {})[attribute] = value.symbol

    def _forget_dict(self, name: str, scope: Scope) -> None:
        """A dict changed in place: the checker no longer knows its keys."""
        values = scope.lookup(name)
        if any(isinstance(value, KnownDict) for value in values):
            scope.env[name] = frozenset(value for value in values if not isinstance(value, KnownDict))

    def _bind_arguments(self, args: ast.arguments, scope: Scope) -> None:
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        for arg in every:
            if arg is not None:
                scope.env[arg.arg] = EMPTY

    def _eval_argument_defaults(self, args: ast.arguments, scope: Scope, function: str = "") -> None:
        for default in [*args.defaults, *args.kw_defaults]:
            if default is not None:
                self._eval(default, scope)
        # A parameter's object is held where the function runs: its annotation's owner is the function.
        owner, self.owner = self.owner, function or self.owner
        try:
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if arg is not None and arg.annotation is not None:
                    self._annotation(arg.annotation, scope)
        finally:
            self.owner = owner

    def _annotation(self, node: ast.expr, scope: Scope) -> None:
        """An annotation: the project classes it names are held here (`broker: core.Broker`)."""
        pending: list[tuple[ast.expr, ast.expr]] = [(node, node)]  # (part, where it is written)
        while pending:
            part, anchor = pending.pop()
            if isinstance(part, ast.Constant) and isinstance(part.value, str) and len(part.value) < 500:
                with contextlib.suppress(SyntaxError, ValueError, RecursionError, MemoryError):
                    # the string form: `"core.Broker | None"`
                    pending.append((ast.parse(part.value.strip(), mode="eval").body, part))
                continue
            where = part if anchor is part else anchor
            if isinstance(part, (ast.Name, ast.Attribute)):
                for value in self._eval(part, scope):
                    if isinstance(value, Ref) and catalog.may_be_project(value.qualname):
                        held = Held(self.owner, value.qualname, where.lineno, where.col_offset)
                        self.facts.held.append(held)
                continue
            for child in ast.iter_child_nodes(part):
                if isinstance(child, ast.expr):
                    pending.append((child, child if anchor is part else anchor))

    # ----- expressions -------------------------------------------------------------------
    def _children(self, node: ast.AST, scope: Scope) -> None:
        """Evaluates the children of `node` in source order.

        Expressions the checker sees through (`a + b`, `not a`, `a[0]`, containers...) are
        walked with an explicit stack rather than recursion, so that a 5,000-term `a + a + ...`
        that `ast` accepts costs no Python stack.
        """
        pending = list(reversed(list(ast.iter_child_nodes(node))))
        while pending:
            child = pending.pop()
            if isinstance(child, ast.keyword):
                child = child.value
            if isinstance(child, _SPECIAL_EXPRESSIONS):
                self._eval(child, scope)
            elif isinstance(child, ast.expr):
                pending.extend(reversed(list(ast.iter_child_nodes(child))))
            elif isinstance(child, (ast.stmt, ast.excepthandler)):
                self._block([child], scope)

    def _eval(self, node: ast.expr, scope: Scope) -> Values:
        """The values `node` may hold; records the evidence and sinks found inside it."""
        if isinstance(node, ast.Name):
            return scope.lookup(node.id)
        if isinstance(node, ast.Attribute):
            attributes = []  # `a.b.c.d`: evaluate `a`, then look up b, c, d without recursion
            while isinstance(node, ast.Attribute):
                attributes.append(node.attr)
                node = node.value
            values = self._eval(node, scope)
            for attr in reversed(attributes):
                values = self._attribute(values, attr)
            return values
        if isinstance(node, ast.Call):
            return self._call(node, scope)
        if isinstance(node, ast.Constant):
            return frozenset({NONE}) if node.value is None else EMPTY
        if isinstance(node, ast.NamedExpr):
            values = self._eval(node.value, scope)
            self._bind(node.target, values, scope)
            return values
        if isinstance(node, ast.Lambda):
            self._eval_argument_defaults(node.args, scope)
            body_scope = Scope(scope.function_parent())
            self._bind_arguments(node.args, body_scope)
            was_import_time, self.import_time = self.import_time, False
            # A lambda's body runs when it is called, not when its definer runs: its own owner.
            was_owner, self.owner = (
                self.owner,
                LAMBDA if self.owner in (MODULE, MAIN) else f"{self.owner}.{LAMBDA}",
            )
            self._eval(node.body, body_scope)
            self.import_time, self.owner = was_import_time, was_owner
            return self.readiness.made(node)
        if isinstance(node, _COMPREHENSIONS):
            self._comprehension(node, scope)
            return self.readiness.made(node)
        if isinstance(node, ast.Dict):
            return self._dict_display(node, scope)
        self._children(node, scope)  # everything else holds no value the checker tracks
        return EMPTY

    def _dict_display(self, node: ast.Dict, scope: Scope) -> Values:
        keys: set[str] = set()
        readable = True
        for key, value in zip(node.keys, node.values):
            if key is not None:
                self._eval(key, scope)
            self._eval(value, scope)
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                if _literal_str(value) is not None:
                    keys.add(key.value)
            else:  # `**other` or a computed key
                readable = False
        return frozenset({KnownDict(frozenset(keys))}) if readable else EMPTY

    def _comprehension(self, node: ast.AST, scope: Scope) -> None:
        inner = Scope(scope)
        for generator in node.generators:  # type: ignore[attr-defined]
            self._eval(generator.iter, inner)
            self._bind(generator.target, EMPTY, inner)
            for condition in generator.ifs:
                self._eval(condition, inner)
        for part in ("elt", "key", "value"):
            if hasattr(node, part):
                self._eval(getattr(node, part), inner)

    def _attribute(self, bases: Values, attr: str) -> Values:
        values: set[Value] = set()
        for base in bases:
            if isinstance(base, Ref):
                values.add(Ref(f"{base.qualname}.{attr}"))
            elif isinstance(base, Context):
                values.add(ContextMember(base, attr))
            elif isinstance(base, Manager) and attr in catalog.MANAGER_START_METHODS:
                values.add(ManagerStart(base))
            elif isinstance(base, Instance):
                values.add(Instance(base.symbol, f"{base.path}.{attr}" if base.path else attr))
            elif isinstance(base, Pool) and not base.method:
                values.add(Pool(base.threads, attr))
            elif isinstance(base, EventLoop) and not base.method:
                values.add(EventLoop(attr))
            elif isinstance(base, LibraryInstance) and not base.method and attr in base.entry.methods:
                values.add(LibraryInstance(base.entry, base.name, base.subclass_of, attr))
            else:
                values |= self.readiness.attribute(base, attr)
        return frozenset(values)

    def _entry(self, qualname: str) -> Entry | None:
        entry = catalog.lookup(qualname)
        if entry is None and qualname in self.extra_thread_starters:
            entry = Entry(qualname, Role.THREAD_STARTER, Role.THREAD_STARTER)
        if entry is None and qualname in self.extra_lock_factories:
            entry = Entry(qualname, Role.LOCK_FACTORY)
        if entry is None:  # `mylib.Client.start` listed: instances of mylib.Client
            for role, names in (
                (Role.THREAD_STARTER, self.extra_thread_starters),
                (Role.LOCK_FACTORY, self.extra_lock_factories),
            ):
                methods = tuple(
                    sorted(name[len(qualname) + 1 :] for name in names if _owner(name) == qualname)
                )
                if methods and "." in qualname:
                    return Entry(qualname, Role.INSTANCE, Role.INSTANCE, methods=methods, method_role=role)
        return entry

    def _decorator(self, node: ast.expr, scope: Scope) -> None:
        """`@jax.jit` calls `jax.jit` when the definition runs: a bare decorator that starts threads,
        or a project function (`@periodic`, whose body may start them), is a call there."""
        values = self._eval(node, scope)
        if not isinstance(node, (ast.Name, ast.Attribute)):
            return  # `@route("/x")` is a call already, evaluated above
        call = ast.copy_location(ast.Call(node, [], []), node)
        if any(_starts_threads(self._entry_of(v)) for v in values):
            self._call(call, scope)
        for value in values:
            if (
                isinstance(value, Ref)
                and self._entry(value.qualname) is None
                and catalog.may_be_project(value.qualname)
            ):
                self._project_call(call, value.qualname, "")

    def _entry_of(self, value: Value) -> Entry | None:
        if isinstance(value, Ref):
            return self._entry(value.qualname)
        return value.base if isinstance(value, LocalClass) and value.role is Role.THREAD_STARTER else None

    def _import_evidence(self, node: ast.Import | ast.ImportFrom, module: str) -> None:
        entry = catalog.import_starter(module)
        if entry is not None:
            self._evidence(node, EvidenceKind.THREADS, f"import {entry.qualname}")

    def _call_methods(self, node: ast.expr, values: Values, method: str) -> None:
        """`with Observer():` calls `__enter__`, which starts the threads of some instances."""
        for value in values:
            if isinstance(value, LibraryInstance) and not value.method and method in value.entry.methods:
                self._method_call(node, LibraryInstance(value.entry, value.name, value.subclass_of, method))

    def _method_call(self, node: ast.expr, instance: LibraryInstance) -> None:
        what = f"{instance.name}.{instance.method}"
        if instance.subclass_of:
            what += f", a {instance.subclass_of} subclass"
        if instance.entry.method_role is Role.THREAD_STARTER:
            self._evidence(node, EvidenceKind.THREADS, what)
        elif instance.entry.method_role is Role.LOCK_FACTORY and self.import_time:
            self._evidence(node, EvidenceKind.LOCK, what)

    def _call(self, node: ast.Call, scope: Scope) -> Values:
        if isinstance(node.func, ast.Name) and node.func.id == "super" and not scope.lookup("super"):
            return scope.lookup(SUPER)  # the builtin, in a method (else nothing known)
        callees = self._eval(node.func, scope)
        arguments: dict[int, Values] = {}
        for arg in node.args:
            arguments[id(arg)] = self._eval(arg, scope)
        for kw in node.keywords:
            arguments[id(kw.value)] = self._eval(kw.value, scope)
        results: set[Value] = set()
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
            self._forget_dict(node.func.value.id, scope)  # `opts.setdefault(...)`, `opts.update(...)`
        if not callees:
            return self._unresolved_call(node, scope, arguments) | self.readiness.call(
                node, callees, arguments, scope
            )
        for callee in callees:
            if isinstance(callee, Ref) and callee.qualname == PARTIAL and node.args:
                # functools.partial(f, ...) runs f when called: handed to a process or a thread,
                # or called, it stands for f (`Process(target=partial(work, job))`).
                results |= {value for value in arguments[id(node.args[0])] if isinstance(value, Ref)}
            elif isinstance(callee, Ref):
                entry = self._entry(callee.qualname)
                if entry is not None:
                    results |= self._call_entry(node, arguments, entry, entry.role, scope)
                elif catalog.may_be_project(callee.qualname):
                    self._project_call(node, callee.qualname, "")
                    results.add(Instance(callee.qualname))
                    results |= self._possible_re_export(node, arguments, callee.qualname, scope)
            elif isinstance(callee, Instance) and callee.path:
                self._project_call(node, callee.symbol, callee.path)
            elif isinstance(callee, Pool) and callee.method in catalog.POOL_TASK_METHODS:
                task = _argument(node, "fn" if callee.method == "submit" else "func", 0)
                if callee.threads:
                    self._thread_code(node, task, arguments)
                else:
                    self._child_code(node, task, arguments, ChildUse.TASK)
            elif isinstance(callee, EventLoop) and callee.method == "run_in_executor":
                self._default_executor(node, arguments)
            elif isinstance(callee, LocalClass):
                results |= self._call_entry(node, arguments, callee.base, callee.role, scope, callee)
            elif isinstance(callee, ContextMember) and callee.name in catalog.CONTEXT_PROCESS_METHODS:
                results |= self._process_children(node, arguments, callee.name)
                if callee.context.method is None:
                    fix = 'get the context from multiprocessing.get_context("spawn") or "forkserver"'
                    repair = _method_repair(callee.context)
                    self._sink(node, "FRK001", f"{ast.unparse(node.func)}()", fix, repair=repair)
            elif isinstance(callee, ManagerStart) and callee.manager.scope is scope:
                callee.manager.sink.started = True
            elif isinstance(callee, LibraryInstance) and callee.method:
                self._method_call(node, callee)
        return frozenset(results) | self.readiness.call(node, callees, arguments, scope)

    def _possible_re_export(
        self, node: ast.Call, arguments: dict[int, Values], symbol: str, scope: Scope
    ) -> Values:
        """A project name spelled like a catalog sink may re-export it: record conditional sinks."""
        results: Values = EMPTY
        for entry in catalog.SINKS_BY_NAME.get(symbol.rsplit(".", 1)[-1], ()):
            self._requires = (symbol, entry.qualname)
            try:
                results |= self._call_entry(node, arguments, entry, entry.role, scope)
            finally:
                self._requires = ("", "")
        return results

    def _unresolved_call(self, node: ast.Call, scope: Scope, arguments: dict[int, Values]) -> Values:
        if isinstance(node.func, ast.Name) and node.func.id == "dict" and not scope.lookup("dict"):
            # dict(a=1): keys readable unless it copies another mapping or spreads **kwargs
            if not node.args and all(kw.arg is not None for kw in node.keywords):
                keys = {kw.arg for kw in node.keywords if kw.arg and _literal_str(kw.value) is not None}
                return frozenset({KnownDict(frozenset(keys))})
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "run_in_executor":
            # `loop.run_in_executor(None, f)` on a loop the checker cannot see: asyncio's method name
            self._default_executor(node, arguments)
        return EMPTY

    def _default_executor(self, node: ast.Call, arguments: dict[int, Values]) -> None:
        """run_in_executor(None, ...) runs the task in the loop's default ThreadPoolExecutor."""
        executor = _argument(node, "executor", 0)
        if isinstance(executor, ast.Constant) and executor.value is None:
            self._evidence(node, EvidenceKind.THREADS, "loop.run_in_executor(None, ...)")
            self._thread_code(node, _argument(node, "func", 1), arguments)

    def _thread_code(self, node: ast.Call, argument: object, arguments: dict[int, Values]) -> None:
        """A project function handed to a new thread runs in this process: a call to it, at the
        thread start (its sinks get this module's evidence; it is parent code, not child-only)."""
        name = _call_name(argument) if isinstance(argument, ast.expr) else ""  # as written
        for symbol, method in _handed_over(argument, arguments):
            self.facts.calls.append(
                ProjectCall(self.owner, symbol, method, node.lineno, node.col_offset, name or symbol)
            )

    def _project_call(self, node: ast.Call, target: str, method: str) -> None:
        name = _call_name(node.func) or target
        self.facts.calls.append(ProjectCall(self.owner, target, method, node.lineno, node.col_offset, name))

    def _child_code(
        self, node: ast.Call, argument: object, arguments: dict[int, Values], use: ChildUse
    ) -> None:
        """Records the callables passed to a child process (a target, a task, an initializer)."""
        for symbol, method in _handed_over(argument, arguments):
            qualname = f"{symbol}.{method}" if method else symbol  # (project.py looks methods up the MRO)
            self.facts.child_code.append(ChildCode(self.owner, qualname, use, node.lineno))

    def _call_entry(
        self,
        node: ast.Call,
        arguments: dict[int, Values],
        entry: Entry,
        role: Role,
        scope: Scope,
        local_class: LocalClass | None = None,
    ) -> Values:
        # Messages name the call as written for a local class: `Worker(), a threading.Thread subclass,`.
        name = entry.display if local_class is None else local_class.name
        subclass = "" if local_class is None else f", a {entry.display} subclass"
        in_message = subclass and subclass + ","  # inside a sentence: `Worker(), a ... subclass, uses`
        class_context = None if local_class is None else local_class.context
        if entry.when and not any(
            _holds(node, condition, self._configured_value(condition)) for condition in entry.when
        ):
            return EMPTY  # `logger.add(sink)` without enqueue=True starts nothing
        results: Values = EMPTY
        if role in (Role.DEFAULT_METHOD, Role.MANAGER):
            results = self._process_children(node, arguments, entry.qualname.rsplit(".", 1)[1])
        if role is Role.THREAD_STARTER:
            self._evidence(node, EvidenceKind.THREADS, name + subclass)
            params = catalog.THREAD_TARGET_PARAMS.get(entry.qualname) if local_class is None else None
            if params is not None:
                self._thread_code(node, _argument(node, *params), arguments)
            elif entry.qualname in catalog.THREAD_POOLS and local_class is None:
                results = frozenset({Pool(threads=True)})  # its tasks: see _call
        elif role is Role.INSTANCE:
            return frozenset({LibraryInstance(entry, name, entry.display if local_class else "")})
        elif role is Role.LIBRARY_FORKER and entry.forker is not None:
            self._library_fork(node, arguments, entry.forker, f"{name}(){in_message}")
        elif role is Role.LOCK_FACTORY:
            if self.import_time:
                self._evidence(node, EvidenceKind.LOCK, name + subclass)
        elif role in (Role.DEFAULT_METHOD, Role.MANAGER):
            if class_context is not None:
                method: object = class_context.method
            else:
                method = self._context_of(node, entry, arguments)
            if method is None:
                repair = self._default_method_repair(node, arguments, entry, local_class, class_context)
                sink = self._sink(
                    node,
                    "FRK001",
                    f"{name}(){in_message}",
                    entry.fix,
                    needs_start=role is Role.MANAGER,
                    repair=repair,
                )
                if role is Role.MANAGER:
                    return frozenset({Manager(sink, scope)})
        elif role is Role.RAW_FORK:
            self._sink(node, "FRK003", f"{name}(){in_message}", entry.fix)
        elif role is Role.PREEXEC:
            position = 6 if entry.qualname.startswith("subprocess.") else None
            preexec = _argument(node, "preexec_fn", position)
            if preexec is MISSING and _visibly_holds(node, "preexec_fn", arguments):
                self._sink(node, "FRK004", f"{name}(**...preexec_fn...){in_message}", entry.fix)
            elif preexec is not MISSING and _literal_str(preexec) is not None:
                repair = _new_session_repair(node, preexec, arguments)
                self._sink(node, "FRK004", f"{name}(preexec_fn=...){in_message}", entry.fix, repair=repair)
        elif role in (Role.GET_CONTEXT, Role.SET_START_METHOD):
            argument = _argument(node, "method", 0)
            # get_context() and get_context(None) are the default context.
            method = None if argument is MISSING else _literal_str(argument)
            if isinstance(method, str):
                if role is Role.SET_START_METHOD:
                    self.facts.start_methods.add(method)
                    self.facts.start_method_calls.append(StartMethod(method, self.owner, node.lineno))
                if method == catalog.FORK_METHOD:
                    repair = None
                    if isinstance(argument, ast.expr):
                        repair = Repair(RepairKind.START_METHOD, Span.of(argument))
                    self._sink(node, "FRK002", f'{entry.display}("fork")', entry.fix, repair=repair)
            if role is Role.GET_CONTEXT and (method is None or isinstance(method, str)):
                return frozenset({Context(method, Span.of(node))})
        elif role is Role.EVENT_LOOP:
            return frozenset({EventLoop()})
        return results

    def _process_children(self, node: ast.Call, arguments: dict[int, Values], kind: str) -> Values:
        """What a Process or pool construction hands its children; a pool's value (any method)."""
        params = catalog.CHILD_CALLABLE_PARAMS.get(kind)
        if params is None:  # a manager
            return EMPTY
        for use_name, (keyword, position) in params.items():
            self._child_code(node, _argument(node, keyword, position), arguments, ChildUse[use_name])
        return frozenset({Pool()}) if kind != "Process" else EMPTY

    def _library_fork(self, node: ast.Call, arguments: dict[int, Values], forker: Forker, what: str) -> None:
        """A library call that forks workers: FRK001 or FRK002 by the start method it picks."""
        if forker.requires is not None and not _holds(node, forker.requires):
            return  # DataLoader(num_workers=0) forks nothing
        arg = _argument(node, forker.keyword, forker.position)
        if arg is MISSING and _may_hide_arguments(node):
            return  # **opts may carry the start method: unknown is not unsafe
        literal = MISSING if arg is MISSING else _literal_str(arg)
        values = EMPTY if arg is MISSING else arguments.get(id(arg), EMPTY)
        if arg is MISSING or literal is None:
            method: object = {Default.PYTHON: None, Default.FORK: catalog.FORK_METHOD}.get(
                forker.default, MISSING
            )
        elif isinstance(literal, str):
            method = None if literal in forker.default_names else literal
        elif values and all(_is_default_context(v) or v in _MULTIPROCESSING_MODULES for v in values):
            method = None  # context=multiprocessing, or mp.get_context()
        else:
            return  # a fork context is reported where it was made; safe or unknown ones are fine
        if method is None:
            self._sink(node, "FRK001", what, forker.fix)
        elif method == catalog.FORK_METHOD:
            default = ", whose start method defaults to fork," if arg is MISSING or literal is None else ""
            self._sink(node, "FRK002", what.rstrip(",") + default, forker.fix)

    def _context_of(self, node: ast.Call, entry: Entry, arguments: dict[int, Values]) -> object:
        """The start method a process-creating call uses: None (default), a name, or MISSING."""
        param = entry.context_param
        arg = MISSING if param is None else _argument(node, param.keyword, param.position)
        if arg is MISSING:
            if param is not None and not _visibly_lacks(node, param.keyword, param.position, arguments):
                return MISSING  # `**opts` / `*args` may carry the context: unknown is not unsafe
            return None
        values = arguments.get(id(arg), EMPTY)
        if values and all(value is NONE or _is_default_context(value) for value in values):
            return None
        return MISSING  # a fork context (reported where it was made), a safe one, or unknown

    def _default_method_repair(
        self,
        node: ast.Call,
        arguments: dict[int, Values],
        entry: Entry,
        local_class: LocalClass | None,
        class_context: Context | None,
    ) -> Repair:
        """How to give this default-method sink an explicit start method."""
        if class_context is not None:  # class Worker(default_ctx.Process)
            return _method_repair(class_context)
        if local_class is not None and local_class.in_function:
            return Repair(
                None, blocker=f"{local_class.name} is defined inside a function, so spawn cannot pickle it"
            )
        param = entry.context_param
        if param is None:  # multiprocessing.Pool / Process / Manager, or a local Process subclass
            attribute = entry.qualname.rsplit(".", 1)[1]
            if local_class is not None:
                return Repair(RepairKind.CONTEXT_CALLABLE, local_class.origin, attribute)
            return Repair(RepairKind.CONTEXT_CALLABLE, Span.of(node.func), attribute)
        if local_class is not None and local_class.own_constructor:
            return Repair(
                None,
                blocker=f"{local_class.name} defines its own constructor, "
                f"which may not accept {param.keyword}=",
            )
        arg = _argument(node, param.keyword, param.position)
        if arg is not MISSING:
            values = arguments.get(id(arg), EMPTY)
            contexts = [value for value in values if isinstance(value, Context)]
            if contexts and len(contexts) == len(values):  # mp_context=ctx, ctx = get_context()
                return _method_repair(contexts[0])
            return Repair(RepairKind.CONTEXT_ARGUMENT, Span.of(node), param.keyword, param.position)
        # A sink's `**opts` are known to lack the keyword (facts._visibly_lacks): adding it is safe.
        return Repair(RepairKind.CONTEXT_ARGUMENT, Span.of(node), param.keyword, param.position)

    def _start_managers(self, values: Values, scope: Scope) -> None:
        for value in values:
            if isinstance(value, Manager) and value.scope is scope:
                value.sink.started = True

    # ----- records -----------------------------------------------------------------------
    def _evidence(self, node: ast.expr | ast.stmt, kind: EvidenceKind, what: str) -> None:
        self.facts.evidence.append(Evidence(node.lineno, node.col_offset, kind, what, self.owner))

    def _sink(
        self,
        node: ast.Call,
        code: str,
        what: str,
        fix: str,
        needs_start: bool = False,
        repair: Repair | None = None,
    ) -> Sink:
        sink = Sink(
            node.lineno, node.col_offset, code, what, fix, needs_start, repair=repair, owner=self.owner,
            requires=self._requires[0], requires_name=self._requires[1],
        )  # fmt: skip
        self.facts.sinks.append(sink)
        return sink


def _handed_over(argument: object, arguments: dict[int, Values]) -> list[tuple[str, str]]:
    """The project callables an argument (a target, a task, an initializer) may name, as
    (symbol, method): `work` is ("work", ""), `self.run` in a class's method (its class, "run")."""
    if not isinstance(argument, ast.expr):
        return []  # MISSING: the call does not pass it
    handed: list[tuple[str, str]] = []
    for value in arguments.get(id(argument), EMPTY):
        if isinstance(value, Ref) and catalog.may_be_project(value.qualname):
            handed.append((value.qualname, ""))
        elif isinstance(value, Instance) and value.path and "." not in value.path:
            handed.append((value.symbol, value.path))  # a bound method of a project object
    return handed


def _call_name(func: ast.expr) -> str:
    """How a call is written, for messages: `start_heartbeat`, `Gateway().start`, `self.run`."""
    links: list[str] = []  # attribute paths between calls, outermost first
    for _ in range(8):  # a few links of `a().b().c` are plenty for a message
        parts = []
        while isinstance(func, ast.Attribute):
            parts.append(func.attr)
            func = func.value
        links.append(".".join(reversed(parts)))
        if isinstance(func, ast.Name):
            text = func.id
            for index, link in enumerate(reversed(links)):
                text += ("()" if index else "") + (f".{link}" if link else "")
            return text
        if not isinstance(func, ast.Call):
            return ""
        func = func.func
    return ""


def _is_static(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in node.decorator_list)


def _spread_dicts(node: ast.Call, arguments: dict[int, Values]) -> list[Values]:
    return [arguments.get(id(kw.value), EMPTY) for kw in node.keywords if kw.arg is None]


def _visibly_lacks(node: ast.Call, keyword: str, position: int | None, arguments: dict[int, Values]) -> bool:
    """Whether the call certainly does not pass `keyword`: its `**` dicts are readable and lack it."""
    if position is not None and any(isinstance(arg, ast.Starred) for arg in node.args[: position + 1]):
        return False
    for values in _spread_dicts(node, arguments):
        if not values or not all(isinstance(v, KnownDict) and keyword not in v.keys for v in values):
            return False
    return True


def _visibly_holds(node: ast.Call, keyword: str, arguments: dict[int, Values]) -> bool:
    """Whether a readable `**` dict of the call may pass `keyword` (not as None): one binding of
    the name that holds it is enough, as `preexec_fn=f if c else None` is (buildstream's
    `{"process_group": 0}` on 3.11+, else `{"preexec_fn": os.setpgrp}`)."""
    return any(
        isinstance(v, KnownDict) and keyword in v.keys
        for values in _spread_dicts(node, arguments)
        for v in values
    )


def _is_default_context(value: object) -> bool:
    return isinstance(value, Context) and value.method is None


# The multiprocessing module passed as a context (pebble's default) is the default context.
_MULTIPROCESSING_MODULES = frozenset({Ref("multiprocessing"), Ref("torch.multiprocessing")})


def _may_hide_arguments(call: ast.Call) -> bool:
    return any(kw.arg is None for kw in call.keywords) or any(isinstance(a, ast.Starred) for a in call.args)


def _owner(qualname: str) -> str:
    return qualname.rpartition(".")[0]


def _starts_threads(entry: Entry | None) -> bool:
    return entry is not None and entry.role in (Role.THREAD_STARTER, Role.LOCK_FACTORY)


def _holds(call: ast.Call, condition: Condition, configured: ast.expr | None = None) -> bool:
    """Whether the call's argument meets `condition`; unknown values meet it only if it says so.
    `configured`: the value an enclosing configuration block gives a missing argument."""
    arg = _argument(call, condition.keyword, condition.position)
    if arg is MISSING and configured is not None:
        arg = configured
    if arg is MISSING or (isinstance(arg, ast.Constant) and arg.value is None):
        return condition.missing
    if not isinstance(arg, ast.Constant):
        return condition.unknown
    value = arg.value
    if condition.positive and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value > 0
    return any(type(value) is type(wanted) and value == wanted for wanted in condition.values)


def _method_repair(context: Context) -> Repair:
    return Repair(RepairKind.CONTEXT_METHOD, context.origin)


def _new_session_repair(node: ast.Call, preexec: object, arguments: dict[int, Values]) -> Repair:
    """preexec_fn=os.setsid is exactly start_new_session=True; nothing else has an exact twin."""
    passed_by_keyword = any(kw.value is preexec for kw in node.keywords)
    if arguments.get(id(preexec)) != frozenset({Ref("os.setsid")}) or not passed_by_keyword:
        return Repair(
            None, blocker="only preexec_fn=os.setsid has an exact replacement (start_new_session=True)"
        )
    if any(kw.arg is None for kw in node.keywords):
        return Repair(None, blocker="the call passes **kwargs, which may already hold start_new_session=")
    if any(kw.arg == "start_new_session" for kw in node.keywords):
        return Repair(None, blocker="the call already passes start_new_session=")
    return Repair(RepairKind.NEW_SESSION, Span.of(node))


def collect(
    tree: ast.Module,
    extra_thread_starters: Iterable[str] = (),
    extra_lock_factories: Iterable[str] = (),
) -> ModuleFacts:
    return Collector(extra_thread_starters, extra_lock_factories).collect(tree)
