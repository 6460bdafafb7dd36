"""Spawn readiness (FRK101-FRK104) across modules: what other project modules give a child.

The per-module rules (readiness.py, judge.py) see one file. A spawn or forkserver child also
imports, and receives pickled, what other project modules define. This layer answers, from the
modules' summaries (summary.py: `process_starts`, `values`, `start_methods`) and the project's
resolution of names and calls (project.py), the questions the judge needs:

- FRK102: an import-time call (outside the main guard) that reaches, through project calls, a
  function of another module whose body starts a process;
- FRK101 / FRK103: a target, initializer, task or argument that is a name of another module bound
  at its module level to a lambda, a threading lock, an open file, a generator, a thread...;
- FRK104: a set_start_method call that runs after a module-level import of a module that sets
  the start method when it is imported;
- and, for the FRK001 fix, which of the module's functions other modules call at import time.

Like the rest of the project layer it never imports or runs the code it reads.
"""

from __future__ import annotations

import ast
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from . import catalog
from .facts import LOCAL_PREFIX, MAIN, MODULE, ModuleFacts
from .project import CHILD_WORDS, CONSTRUCTORS, PROCESS_MODULE_WORDS, Build, Code, Module, Node, Project
from .readiness import DEFAULT, FORK, SPAWN, ForeignStart, ModuleValue, Problem, ProcessStart

MAX_HOPS = 16
MAX_NODES = 2_000  # a walk through the project's calls stops here (a huge project: no finding)
# Past this many names that may start a process, or modules read to find them, the import-time
# screen gives up (and lets every module that imports and calls at import time through).
MAX_START_NAMES = 500
MAX_START_MODULES = 1_000
# A process is started through one of these names (readiness.MAKERS, contexts, executor tasks).
START_WORDS = CHILD_WORDS | {"Manager", "SyncManager", "BaseManager", "SharedMemoryManager", "get_context"}


@dataclass(frozen=True)
class Reached:
    """A process some code starts: the start, where it is, and the function whose body has it."""

    start: ProcessStart
    path: Path


@dataclass
class Around:
    """The readiness part of judge.Surroundings."""

    problems: tuple[Problem, ...] = ()
    import_time_starts: tuple[ForeignStart, ...] = ()
    start_method_before: dict[tuple[int, int], str] = field(default_factory=dict)
    import_time_callers: dict[str, str] = field(default_factory=dict)
    spawning_importer: str = ""


class ProjectReadiness:
    """Memoised answers about one Project (one per engine.Checker)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._display = project.finder.display
        self._starts: dict[Node, Reached | None] = {}
        self._sets_on_import: dict[Path, tuple[str, Path, int] | None] = {}
        self._start_names: dict[tuple[Path, ...], frozenset[str] | None] = {}

    # ----- the screen before the analysis ----------------------------------------------------
    def may_start_at_import(self, path: Path, tree: ast.Module, source: str) -> bool:
        """Whether an import-time call of the module may reach another module's process start:
        it calls, at import time, a name that some project code starting a process goes by."""
        statements = _module_statements(tree)
        # Cheapest first: another module's code is reached only through an import.
        if not any(isinstance(stmt, (ast.Import, ast.ImportFrom)) for stmt in statements):
            return False
        if not self.may_name_starts(path, source):
            return False  # a substring test: most modules never name them
        called = _import_time_call_names(statements)
        if not called:
            return False
        names = self._start_names[self._search_roots(path)]
        if names is None or called & names:
            return True
        # The module's own functions may call them (an unguarded `main()`): follow its definitions.
        calls_in = _calls_by_definition(tree)
        reaching = {name for name, inner in calls_in.items() if inner & names}
        while True:
            grown = {name for name, inner in calls_in.items() if inner & reaching} - reaching
            if not grown:
                break
            reaching |= grown
        return bool(called & reaching)

    def may_name_starts(self, path: Path, source: str) -> bool:
        """Whether the text holds a name of project code that may start a process (a substring
        test, as conservative as it is cheap)."""
        roots = self._search_roots(path)
        if roots not in self._start_names:
            self._start_names[roots] = self._names_reaching_starts(roots)
        names = self._start_names[roots]
        return names is None or any(name in source for name in names)

    def _search_roots(self, path: Path) -> tuple[Path, ...]:
        return self.project.finder.search_roots(self.project.finder.roots_for(path)[0])

    def _names_reaching_starts(self, roots: tuple[Path, ...]) -> frozenset[str] | None:
        """Every name (each part of a qualname) of project code that may start a process when
        called, found backwards from the process starts along calls by name: a conservative screen
        (None: too many to tell, screen nothing out)."""
        project = self.project
        names: set[str] = set()
        read: set[Path] = set()
        callers_of: dict[str, set[str]] = {}  # a called name -> the names of the code calling it

        def read_calls(module: Module) -> bool:
            """Indexes the module's calls once; False past the bound."""
            if module.path in read:
                return True
            if len(read) > MAX_START_MODULES:
                return False
            read.add(module.path)
            for call in module.summary.calls:
                if call.owner not in (MODULE, MAIN):
                    owners = _qualname_names(call.owner)
                    for called in (call.target, call.method):
                        if called:
                            callers_of.setdefault(called.rsplit(".", 1)[-1], set()).update(owners)
            return True

        for module in project.mentioning(roots, START_WORDS, PROCESS_MODULE_WORDS):
            if module.name and catalog.is_catalog_name(module.name):
                continue  # the catalog's own modules are not followed into
            if not read_calls(module):
                return None
            for start in module.summary.process_starts:
                if start.method in (DEFAULT, SPAWN):
                    names.update(_qualname_names(start.owner))
        frontier = set(names)
        while frontier:
            if len(names) > MAX_START_NAMES:
                return None  # generic names (`run`, `main`) reached: the screen would pass most modules
            for module in project.mentioning(roots, frontier):
                if not read_calls(module):
                    return None
            grown = set().union(*(callers_of.get(name, ()) for name in frontier))
            frontier = grown - names
            names |= grown
        return frozenset(names)

    # ----- the answers -----------------------------------------------------------------------
    def around(self, path: Path, facts: ModuleFacts, text: str) -> Around:
        readiness = facts.readiness
        if readiness is None:
            return Around()
        calls_at_import = any(call.owner == MODULE for call in facts.calls)
        again = [call for call in readiness.start_method_calls if call.imports_before]
        fixable = {(sink.line, sink.col) for sink in facts.sinks if sink.code == "FRK001"}
        started = sorted(
            {
                start.function
                for start in readiness.starts
                if start.function and (start.site.line, start.site.col) in fixable
            }
        )
        sets_on_import = any(
            call.import_time and not call.protected and call.method is not None
            for call in readiness.start_method_calls
        )
        if not (readiness.foreign or calls_at_import or again or started or sets_on_import):
            return Around()
        module = self.project.module(path, live=facts, text=text)
        if module is None:
            return Around()
        return Around(
            tuple(self._problems(module, facts)),
            tuple(self._import_time_starts(module)),
            self._start_methods_before(module, facts),
            {
                function: reason
                for function in started
                if (reason := self._called_at_import(module, function))
            },
            self._spawning_importer(module) if sets_on_import else "",
        )

    def _spawning_importer(self, module: Module) -> str:
        """A module that imports this one at top level and makes processes that can spawn: its
        children import it again, and this one with it."""
        if not module.name:
            return ""
        for other in self.project.mentioning(module.roots, {module.name.rsplit(".", 1)[-1]}):
            if other.path == module.path or not other.summary.spawning_sites:
                continue
            for position, record in enumerate(other.summary.imports):
                if record.owner == MODULE and module.path in self.project.imported(other, position):
                    return (
                        f"{self._display(other.path)} imports it at top level on line {record.line} "
                        "and makes processes"
                    )
        return ""

    # FRK101 / FRK103 ---------------------------------------------------------------------------
    def _problems(self, module: Module, facts: ModuleFacts) -> list[Problem]:
        assert facts.readiness is not None
        problems = []
        for use in facts.readiness.foreign:
            found = self.value(module, use.symbol)
            if found is None:
                continue
            value, owner = found
            shown = f"{use.symbol.lstrip('.').rsplit('.', 1)[-1]} of {self._display(owner.path)}"
            what = f"{value.what} ({shown}) passed {use.where}"
            if use.code == "FRK101" and value.is_callable:
                problems.append(
                    Problem(use.line, use.col, "FRK101", what, value.advice, use.site, use.task, False)
                )
            elif use.code == "FRK103" and (use.task or not value.task_only):
                problems.append(
                    Problem(use.line, use.col, "FRK103", what, value.advice, use.site, use.task, False)
                )
        return problems

    def value(self, module: Module, symbol: str) -> tuple[ModuleValue, Module] | None:
        """The module-level value a symbol names in another project module (through re-exports)."""
        project = self.project
        for _ in range(MAX_HOPS):
            if symbol.startswith(LOCAL_PREFIX):
                return None
            name = project.absolute(module, symbol) if symbol.startswith(".") else symbol
            if name is None or catalog.is_catalog_name(name) or catalog.lookup(name) is not None:
                return None
            parts = name.split(".")
            target: Module | None = None
            end = 0
            for end in range(len(parts) - 1, 0, -1):
                path = project.find(module.roots, ".".join(parts[:end]))
                if path is not None:
                    target = project.module(path)
                    break
            if target is None or len(parts) - end != 1:
                return None
            attribute = parts[end]
            if attribute in target.summary.definitions:
                return None
            export = target.summary.exports.get(attribute)
            if export is None:
                found = next((value for value in target.summary.values if value.name == attribute), None)
                return None if found is None else (found, target)
            module, symbol = target, export
        return None

    # FRK102 ------------------------------------------------------------------------------------
    def _import_time_starts(self, module: Module) -> list[ForeignStart]:
        found = []
        for position, call in enumerate(module.summary.calls):
            if call.owner != MODULE:
                continue
            node = self.project.call_node(module, position)
            if not isinstance(node, (Code, Build)):
                continue
            reached = self.starts(node, module.path)
            if reached is None:
                continue
            start = reached.start
            owner = start.owner.rsplit(".", 1)[-1]
            what = (
                f"{call.name}() (which starts {start.what} in {owner}(), "
                f"{self._display(reached.path)}:{start.line})"
            )
            found.append(ForeignStart(call.line, call.col, what, self._method(reached)))
        return found

    def _method(self, reached: Reached) -> str:
        method = reached.start.method
        owner = self.project.module(reached.path)
        methods = {call.method for call in owner.summary.start_methods} if owner else set()
        if method == DEFAULT and methods and methods <= {catalog.FORK_METHOD}:
            return FORK  # that module pins fork: its default-method sites fork
        return method

    def starts(self, start: Node, home: Path) -> Reached | None:
        """The first process a call of `start` starts in another module than `home` (breadth first
        through project calls; `home`'s own starts are the per-module rules')."""
        key = start
        if key in self._starts and start.path != home:
            return self._starts[key]
        seen = {start}
        pending = deque([start])
        result: Reached | None = None
        while pending and len(seen) < MAX_NODES:
            node = pending.popleft()
            if isinstance(node, Code) and node.path != home:
                module = self.project.module(node.path)
                for process in module.summary.process_starts if module else ():
                    if process.owner == node.owner and process.method in (DEFAULT, SPAWN):
                        result = Reached(process, node.path)
                        break
                if result is not None:
                    break
            for successor in self.project.successors(node):
                if isinstance(successor, Code) and successor.owner in (MODULE, MAIN):
                    continue  # a module imported by a call: its own import-time starts are its FRK102
                if successor not in seen:
                    seen.add(successor)
                    pending.append(successor)
        if start.path != home and not self.project.is_live(start.path):
            self._starts[key] = result
        return result

    # FRK104 ------------------------------------------------------------------------------------
    def _start_methods_before(self, module: Module, facts: ModuleFacts) -> dict[tuple[int, int], str]:
        assert facts.readiness is not None
        found: dict[tuple[int, int], str] = {}
        for call in facts.readiness.start_method_calls:
            if not call.imports_before or call.protected:
                continue
            for position, record in enumerate(module.summary.imports):
                if record.line not in call.imports_before or record.owner not in (MODULE, MAIN):
                    continue
                for path in self.project.imported(module, position):
                    if path == module.path:
                        continue
                    sets = self.sets_on_import(path)
                    if sets is not None:
                        name, where, line = sets
                        first = self.project.module(path)
                        via = "" if first is None or first.name == name else f", which imports {name},"
                        shown = first.name if first else path.stem
                        found[call.line, call.col] = (
                            f"import {shown} (line {record.line}){via} sets it at import time "
                            f"({self._display(where)}:{line})"
                        )
                        break
                if (call.line, call.col) in found:
                    break
        return found

    def sets_on_import(self, path: Path) -> tuple[str, Path, int] | None:
        """(module, file, line) of a set_start_method that importing `path` runs, through its imports."""
        if path in self._sets_on_import:
            return self._sets_on_import[path]
        seen = {path}
        pending = deque([path])
        result = None
        while pending and result is None:
            current = pending.popleft()
            module = self.project.module(current)
            if module is None:
                continue
            for method in module.summary.start_methods:
                if method.owner == MODULE:
                    result = (module.name or current.stem, current, method.line)
                    break
            for position, record in enumerate(module.summary.imports):
                if record.owner != MODULE:
                    continue
                for reached in self.project.imported(module, position):
                    if reached not in seen:
                        seen.add(reached)
                        pending.append(reached)
        self._sets_on_import[path] = result
        return result

    # The FRK001 fix ----------------------------------------------------------------------------
    def _called_at_import(self, module: Module, function: str) -> str:
        """Why `function` (of the checked module) runs at import time in another module, or ""."""
        targets = deque([Code(module.path, function)])
        seen = set(targets)
        while targets and len(seen) < MAX_NODES:
            target = targets.popleft()
            for caller, position in self.project.callers(target):
                call = caller.summary.calls[position]
                if call.owner == MODULE and caller.path != module.path:
                    return (
                        f"{function.rsplit('.', 1)[-1]}() runs at import time, outside the main guard, "
                        f"in {self._display(caller.path)}:{call.line} ({call.name}()): under spawn "
                        "every child imports that module again and starts the process again"
                    )
                code = Code(caller.path, call.owner)
                if call.owner not in (MODULE, MAIN) and code not in seen:
                    seen.add(code)
                    targets.append(code)
        return ""


def _qualname_names(qualname: str) -> set[str]:
    """The names a call of this code may go by: `C.__init__` is called as `C()`, `C.run` as `x.run()`."""
    return {part for part in qualname.split(".") if part not in CONSTRUCTORS and not part.startswith("<")}


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


_COMPOUND = tuple(
    getattr(ast, name)
    for name in ("If", "While", "For", "AsyncFor", "With", "AsyncWith", "Try", "TryStar", "Match")
    if hasattr(ast, name)
)


def _import_time_call_names(statements: list[ast.stmt]) -> set[str]:
    """The names called by module-level code outside the main guard: statements, the headers of
    blocks, decorators, default values and class bodies (not the bodies of functions)."""
    parts: list[ast.AST] = []
    for stmt in statements:
        if isinstance(stmt, _COMPOUND):  # their statements are yielded themselves: only the headers
            parts += [getattr(stmt, name) for name in ("test", "iter", "subject") if hasattr(stmt, name)]
            parts += [item.context_expr for item in getattr(stmt, "items", ())]
        else:
            parts.append(stmt)
    names: set[str] = set()
    while parts:
        node = parts.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            if not isinstance(node, ast.Lambda):
                parts += node.decorator_list
            parts.append(node.args)  # default values run at import time; the body does not
            continue
        if isinstance(node, ast.Call):
            names.add(_called_name(node))
        parts.extend(ast.iter_child_nodes(node))
    names.discard("")
    return names


def _calls_by_definition(tree: ast.Module) -> dict[str, set[str]]:
    """For each function or class of the module (by its simple name), the names its code calls,
    including the code of what is defined inside it."""
    calls: dict[str, set[str]] = {}
    pending: list[tuple[ast.AST, tuple[str, ...]]] = [(tree, ())]
    while pending:
        node, inside = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            inside = (*inside, node.name)
            calls.setdefault(node.name, set())
        elif isinstance(node, ast.Call) and inside:
            name = _called_name(node)
            for owner in inside:
                calls[owner].add(name)
        pending.extend((child, inside) for child in ast.iter_child_nodes(node))
    return calls


def _module_statements(tree: ast.Module) -> list[ast.stmt]:
    """Module-level statements, also inside module-level blocks, not under the main guard."""
    found: list[ast.stmt] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        stmt = pending.pop()
        found.append(stmt)
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(stmt, ast.If) and _is_main_guard(stmt.test):
            pending.extend(stmt.orelse)
            continue
        for name in ("body", "orelse", "finalbody"):
            pending.extend(getattr(stmt, name, None) or [])
        for handler in getattr(stmt, "handlers", None) or []:
            pending.extend(handler.body)
        for case in getattr(stmt, "cases", None) or []:
            pending.extend(case.body)
    return found


def _is_main_guard(test: ast.expr) -> bool:
    from .facts import _is_main_guard as guard

    return guard(test)
