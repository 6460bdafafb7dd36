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
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

from . import catalog
from .catalog import Entry, Role

if TYPE_CHECKING:
    from .readiness import ReadinessFacts


class EvidenceKind(enum.Enum):
    THREADS = "starts threads"
    LOCK = "creates a module-level lock"


@dataclass(frozen=True)
class Evidence:
    line: int
    col: int  # ast column: UTF-8 bytes
    kind: EvidenceKind
    what: str  # "threading.Thread", "Worker, a threading.Thread subclass"


@dataclass(frozen=True)
class Span:
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


@dataclass(frozen=True)
class Repair:
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


@dataclass
class ModuleFacts:
    evidence: list[Evidence] = field(default_factory=list)
    sinks: list[Sink] = field(default_factory=list)
    # Methods passed to multiprocessing.set_start_method anywhere in the module.
    start_methods: set[str] = field(default_factory=set)
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


class Extension:
    """Base of the values another module tracks through the Collector's hooks (readiness.py)."""

    __slots__ = ()


class _NoneValue:
    pass


NONE = _NoneValue()  # the literal None

Value = Union[Ref, Context, ContextMember, LocalClass, Manager, ManagerStart, _NoneValue, Extension]
# What an expression may hold; empty means "nothing the checker understands".
Values = frozenset[Value]
Env = dict[str, Values]
EMPTY: Values = frozenset()
MISSING = object()  # an argument that the call does not pass


class Scope:
    __slots__ = ("deferred", "env", "is_class", "parent")

    def __init__(self, parent: Scope | None, is_class: bool = False) -> None:
        self.parent = parent
        self.env: Env = {}
        self.is_class = is_class
        # Function bodies defined here, analysed once this scope's own body is done.
        self.deferred: list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, Scope]] = []

    def lookup(self, name: str) -> Values:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.env:
                return scope.env[name]
            scope = scope.parent
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
        from .readiness import Tracker  # readiness.py builds on this module's values

        self.readiness = Tracker(self)

    # ----- entry point -------------------------------------------------------------------
    def collect(self, tree: ast.Module) -> ModuleFacts:
        module = Scope(None)
        self.readiness.begin(tree)
        self._block(tree.body, module)
        self._run_deferred(module)
        self.facts.readiness = self.readiness.finish()
        return self.facts

    def _run_deferred(self, scope: Scope) -> None:
        was_import_time, self.import_time = self.import_time, False
        # Nested definitions land in each body's own list, so this one does not grow.
        for node, parent in scope.deferred:
            body_scope = Scope(parent)
            self._bind_arguments(node.args, body_scope)
            outer = self.readiness.enter(node)
            self._block(node.body, body_scope)
            self.readiness.leave(outer)
            self._run_deferred(body_scope)
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
            if alias.asname:
                scope.env[alias.asname] = frozenset({Ref(alias.name)})
            else:
                top = alias.name.split(".", 1)[0]
                scope.env[top] = frozenset({Ref(top)})

    def _stmt_ImportFrom(self, node: ast.ImportFrom, scope: Scope) -> None:
        module = node.module or ""
        relative = bool(node.level)  # `.compat` is the user's own module, never the stdlib
        for alias in node.names:
            if alias.name == "*":
                if not relative:
                    for name in catalog.star_exports(module):
                        scope.env[name] = frozenset({Ref(f"{module}.{name}")})
                continue
            values = EMPTY if relative else frozenset({Ref(f"{module}.{alias.name}")})
            scope.env[alias.asname or alias.name] = values

    def _stmt_Assign(self, node: ast.Assign, scope: Scope) -> None:
        values = self._eval(node.value, scope)
        for target in node.targets:
            self._bind(target, values, scope)

    def _stmt_AnnAssign(self, node: ast.AnnAssign, scope: Scope) -> None:
        self._eval(node.annotation, scope)
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
        for item in node.items:
            values = self._eval(item.context_expr, scope)
            self._start_managers(values, scope)  # __enter__ starts a manager
            if item.optional_vars is not None:
                self._bind(item.optional_vars, self.readiness.entered(values, item.context_expr), scope)
        self._block(node.body, scope)

    _stmt_AsyncWith = _stmt_With

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
            self._eval(decorator, scope)
        self._eval_argument_defaults(node.args, scope)
        if node.returns is not None:
            self._eval(node.returns, scope)
        scope.env[node.name] = self.readiness.defined(node, scope)
        scope.function_parent().deferred.append((node, scope.function_parent()))

    _stmt_AsyncFunctionDef = _stmt_FunctionDef

    def _stmt_ClassDef(self, node: ast.ClassDef, scope: Scope) -> None:
        for decorator in node.decorator_list:
            self._eval(decorator, scope)
        derived: LocalClass | None = None
        for base in node.bases:
            for value in self._eval(base, scope):
                derived = derived or self._subclass(node, base, value, scope)
        for kw in node.keywords:
            self._eval(kw.value, scope)
        body = Scope(scope, is_class=True)
        self._block(node.body, body)
        defined = self.readiness.defined(node, scope)
        scope.env[node.name] = frozenset({derived}) | defined if derived else defined

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
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._bind(element, EMPTY, scope)
        elif isinstance(target, ast.Starred):
            self._bind(target.value, EMPTY, scope)
        else:  # attribute or subscript: evaluate its parts, bind nothing
            self._children(target, scope)

    def _bind_arguments(self, args: ast.arguments, scope: Scope) -> None:
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        for arg in every:
            if arg is not None:
                scope.env[arg.arg] = EMPTY

    def _eval_argument_defaults(self, args: ast.arguments, scope: Scope) -> None:
        for default in [*args.defaults, *args.kw_defaults]:
            if default is not None:
                self._eval(default, scope)
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if arg is not None and arg.annotation is not None:
                self._eval(arg.annotation, scope)

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
            self._eval(node.body, body_scope)
            self.import_time = was_import_time
            return self.readiness.made(node)
        if isinstance(node, _COMPREHENSIONS):
            self._comprehension(node, scope)
            return self.readiness.made(node)
        self._children(node, scope)  # everything else holds no value the checker tracks
        return EMPTY

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
            else:
                values |= self.readiness.attribute(base, attr)
        return frozenset(values)

    def _entry(self, qualname: str) -> Entry | None:
        entry = catalog.lookup(qualname)
        if entry is None and qualname in self.extra_thread_starters:
            entry = Entry(qualname, Role.THREAD_STARTER, Role.THREAD_STARTER)
        if entry is None and qualname in self.extra_lock_factories:
            entry = Entry(qualname, Role.LOCK_FACTORY)
        return entry

    def _call(self, node: ast.Call, scope: Scope) -> Values:
        callees = self._eval(node.func, scope)
        arguments: dict[int, Values] = {}
        for arg in node.args:
            arguments[id(arg)] = self._eval(arg, scope)
        for kw in node.keywords:
            arguments[id(kw.value)] = self._eval(kw.value, scope)
        results: set[Value] = set()
        for callee in callees:
            if isinstance(callee, Ref):
                entry = self._entry(callee.qualname)
                if entry is not None:
                    results |= self._call_entry(node, arguments, entry, entry.role, scope)
            elif isinstance(callee, LocalClass):
                results |= self._call_entry(node, arguments, callee.base, callee.role, scope, callee)
            elif isinstance(callee, ContextMember) and callee.name in catalog.CONTEXT_PROCESS_METHODS:
                if callee.context.method is None:
                    fix = 'get the context from multiprocessing.get_context("spawn") or "forkserver"'
                    repair = _method_repair(callee.context)
                    self._sink(node, "FRK001", f"{ast.unparse(node.func)}()", fix, repair=repair)
            elif isinstance(callee, ManagerStart) and callee.manager.scope is scope:
                callee.manager.sink.started = True
        return frozenset(results) | self.readiness.call(node, callees, arguments, scope)

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
        if role is Role.THREAD_STARTER:
            self._evidence(node, EvidenceKind.THREADS, name + subclass)
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
            if preexec is not MISSING and _literal_str(preexec) is not None:
                repair = _new_session_repair(node, preexec, arguments)
                self._sink(node, "FRK004", f"{name}(preexec_fn=...){in_message}", entry.fix, repair=repair)
        elif role in (Role.GET_CONTEXT, Role.SET_START_METHOD):
            argument = _argument(node, "method", 0)
            # get_context() and get_context(None) are the default context.
            method = None if argument is MISSING else _literal_str(argument)
            if isinstance(method, str):
                if role is Role.SET_START_METHOD:
                    self.facts.start_methods.add(method)
                if method == catalog.FORK_METHOD:
                    repair = None
                    if isinstance(argument, ast.expr):
                        repair = Repair(RepairKind.START_METHOD, Span.of(argument))
                    self._sink(node, "FRK002", f'{entry.display}("fork")', entry.fix, repair=repair)
            if role is Role.GET_CONTEXT and (method is None or isinstance(method, str)):
                return frozenset({Context(method, Span.of(node))})
        return EMPTY

    def _context_of(self, node: ast.Call, entry: Entry, arguments: dict[int, Values]) -> object:
        """The start method a process-creating call uses: None (default), a name, or MISSING."""
        param = entry.context_param
        arg = MISSING if param is None else _argument(node, param.keyword, param.position)
        if arg is MISSING:
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
        if any(kw.arg is None for kw in node.keywords):
            return Repair(None, blocker=f"the call passes **kwargs, which may already hold {param.keyword}=")
        if any(isinstance(arg, ast.Starred) for arg in node.args):
            return Repair(None, blocker=f"the call passes *args, which may already hold {param.keyword}")
        return Repair(RepairKind.CONTEXT_ARGUMENT, Span.of(node), param.keyword, param.position)

    def _start_managers(self, values: Values, scope: Scope) -> None:
        for value in values:
            if isinstance(value, Manager) and value.scope is scope:
                value.sink.started = True

    # ----- records -----------------------------------------------------------------------
    def _evidence(self, node: ast.Call, kind: EvidenceKind, what: str) -> None:
        self.facts.evidence.append(Evidence(node.lineno, node.col_offset, kind, what))

    def _sink(
        self,
        node: ast.Call,
        code: str,
        what: str,
        fix: str,
        needs_start: bool = False,
        repair: Repair | None = None,
    ) -> Sink:
        sink = Sink(node.lineno, node.col_offset, code, what, fix, needs_start, repair=repair)
        self.facts.sinks.append(sink)
        return sink


def _is_default_context(value: object) -> bool:
    return isinstance(value, Context) and value.method is None


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
