"""The project layer: modules found on disk, their summaries joined through imports and calls.

It never imports or runs the code it reads: every other module is read from disk, parsed with
`ast` and summarised (facts.py, summary.py), once per process and once per file version on disk
(cache.py). The checked module comes from its live facts (flake8's `lines`, an editor's buffer).

Work is lazy. A module is read only when a question reaches it: forwards through the imports
and calls of the module being judged, backwards through text screens (a module can call
`run_pipeline` only if its text holds the word) for the callers of a function with a sink.
Every walk is iterative (a 5,000-long import chain costs no Python stack) and every answer is
memoised for the rest of the process.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

from . import catalog, source
from .cache import FileWords, SummaryCache, WordCache
from .config import tomllib  # the TOML reader config.py picked for this Python
from .facts import LOCAL_PREFIX, MAIN, MODULE, SUPER, ModuleFacts, collect
from .finder import RACY_NS, Finder
from .judge import Surroundings
from .prescreen import Prescreen
from .settings import Settings
from .store import content_hash
from .summary import Summary

MAX_RE_EXPORT_HOPS = 16
# Code handed to a child process is always named next to one of these (facts.ChildCode), in
# a module that names a process module (or a project re-export of one of these names).
CHILD_WORDS = frozenset({"Process", "Pool", "ProcessPoolExecutor"})
PROCESS_MODULE_WORDS = frozenset({"multiprocessing", "concurrent", "ProcessPoolExecutor"})
CONSTRUCTORS = ("__init__", "__new__", "__post_init__")


@dataclass(frozen=True)
class Origin:
    """Where threads start: what starts them, in which module file, on which line."""

    what: str
    path: Path
    line: int


@dataclass(frozen=True)
class Code:
    """The code of one owner (module level, a definition, the main guard) of one module file."""

    path: Path
    owner: str


@dataclass(frozen=True)
class Build:
    """Constructing a class: its constructors run (and, for a thread class, a thread is made)."""

    path: Path
    qualname: str


Node = Union[Code, Build]


@dataclass(frozen=True)
class Definition:
    path: Path
    qualname: str


@dataclass(frozen=True)
class CatalogName:
    qualname: str


@dataclass(frozen=True)
class ModuleFile:
    path: Path


Resolved = Union[Definition, CatalogName, ModuleFile]


@dataclass
class Module:
    path: Path  # a .py file, or a directory for a namespace package
    name: str
    roots: tuple[Path, ...]
    is_package: bool
    summary: Summary = field(default_factory=Summary)
    partial: bool = False  # the summary holds only imports (Summary.of_imports)
    # Owner -> its calls / imports / threads, built once from the summary.
    calls_by_owner: dict[str, list[int]] = field(default_factory=dict)
    # The last name a call goes by (`run` of `self.run(...)`) -> its positions, built when the
    # module is first searched for callers.
    calls_by_name: dict[str, list[int]] | None = None
    # Memos that belong to this version of the module (a live buffer replaces the disk one).
    call_nodes: dict[int, Node | CatalogName | None] = field(default_factory=dict)
    mros: dict[str, list[Definition]] = field(default_factory=dict)
    imported_paths: dict[int, list[Path]] = field(default_factory=dict)

    def index(self) -> None:
        for position, call in enumerate(self.summary.calls):
            self.calls_by_owner.setdefault(call.owner, []).append(position)

    def calls_named(self, name: str) -> list[int]:
        if self.calls_by_name is None:
            self.calls_by_name = {}
            for position, call in enumerate(self.summary.calls):
                called = call.method.rsplit(".", 1)[-1] if call.method else call.target.rsplit(".", 1)[-1]
                self.calls_by_name.setdefault(called.lstrip(".$"), []).append(position)
        return self.calls_by_name.get(name, [])


@dataclass(frozen=True)
class Program:
    name: str  # the script's name, `python -m pkg`, or the configured entry point
    module: str


# Every ASCII byte that cannot be part of a name, mapped to a space: `bytes.translate` and
# `split` find a file's words ten times faster than a regex, without decoding it.
_NOT_IN_NAMES = bytes(
    code if chr(code).isalnum() or chr(code) == "_" or code >= 128 else 32 for code in range(256)
)


_CONSTRUCTOR_WORDS = {name.encode(): re.compile(rb"\.\s*" + name.encode() + rb"\b") for name in CONSTRUCTORS}


def _words(data: bytes) -> frozenset[bytes]:
    """The names in a file; `.__init__` too (the pseudo-word for an explicit constructor call:
    `super().__init__(...)`, `Base.__init__(self)`) when one is there."""
    words = set(data.translate(_NOT_IN_NAMES).split())
    for name, attribute in _CONSTRUCTOR_WORDS.items():
        if name in words and attribute.search(data):
            words.add(b"." + name)
    return frozenset(words)


# A file's word set costs about 40 substring searches of its bytes (most of a one-file lint whose
# child-side question reads every file of the project), so the first questions, up to this many
# words in all, are screened with substring searches, and only the files that pass get a word set.
SUBSTRING_WORDS = 32


@contextlib.contextmanager
def _no_cyclic_collection() -> Iterator[None]:
    """Keeps the cyclic garbage collector off while one module's tree is built and summarised.

    An `ast` tree holds no reference cycles, so reference counting frees it whole; a collection
    during `ast.parse` only walks the nodes being made (the figures: docs/performance.md). The
    collector is left as it was found: a caller that turned it off keeps it off.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _top_package(module: Module) -> Path:
    """The directory of the module's top-level package; the file itself for a top-level module."""
    parts = module.name.split(".")
    if module.path.is_dir():  # a namespace package
        return module.path.parents[len(parts) - 2] if len(parts) > 1 else module.path
    index = len(parts) - (1 if module.path.name == "__init__.py" else 2)
    return module.path.parents[index] if index >= 0 else module.path


class Project:
    """Every module the checked files can reach; one per process and set of settings."""

    def __init__(self, settings: Settings, finder: Finder | None = None) -> None:
        self.settings = settings
        # where modules are (and where the cache is)
        self.finder = finder or Finder(settings.source_roots, settings.cache_dir, settings.no_cache)
        self._prescreen = Prescreen(settings.extra_thread_starters | settings.extra_lock_factories)
        self._modules: dict[Path, Module | None] = {}
        self._found: dict[tuple[tuple[Path, ...], str], Path | None] = {}
        self._directory_entries: dict[str, dict[str, bool]] = {}  # directory -> {entry name: is a directory}
        self._caches: dict[Path, SummaryCache] = {}
        self._threads: dict[Node, Origin | None] = {}
        self._file_sets: dict[tuple[Path, ...], frozenset[Path]] = {}
        self._word_index: dict[Path, frozenset[bytes]] = {}
        self._unindexed: dict[Path, bytes] = {}  # files read, no word set yet
        self._screened: set[tuple[Path, ...]] = set()  # search roots whose word cache is read
        self._file_words: dict[Path, FileWords] = {}  # the disk file's, for the word cache
        self._cached_words: dict[Path, bytes] = {}  # from the word cache, no word set yet
        self._substring_words = 0  # how many words the substring screen has searched for
        self._child_only: dict[Code, bool] = {}
        self._callers: dict[Code, list[Code]] = {}
        self._class_names: dict[Definition, frozenset[str]] = {}
        self._may_start: dict[Path, bool] = {}
        self._child_side: dict[tuple[Path, ...], frozenset[Code]] = {}
        self._import_memo: dict[Path, tuple[str, Origin] | None] = {}
        self._programs: dict[Path, list[Program]] = {}
        self._closures: dict[tuple[Path, str], list[Path]] = {}
        self._reach: dict[Path, frozenset[Path]] = {}
        self._module_phrase: dict[Path, str | None] = {}
        self._live: dict[Path, Module] = {}  # checked modules, from their live source
        # Every file read from disk and its content hash, for a cache of whole `check` runs.
        self.record_inputs = False
        self.inputs: dict[Path, str] = {}
        self.files_read: list[Path] = []  # every read, in order (results.py: findings depend on these)

    def is_live(self, path: Path) -> bool:
        """Whether the module at `path` is a checked one, read from its live source (not disk)."""
        return path in self._live

    def loaded(self) -> int:
        """How many modules are read and summarised so far."""
        return len(self._modules)

    # ----- where modules are -----------------------------------------------------------------
    def find(self, roots: tuple[Path, ...], name: str) -> Path | None:
        """The file (or namespace directory) Python would import for `name`, searching `roots`."""
        key = (roots, name)
        if key in self._found:
            return self._found[key]
        found: Path | None = None
        parts = name.split(".")
        if name and not catalog.is_catalog_name(name) and all(part.isidentifier() for part in parts):
            for root in roots:
                directory = str(root)
                for part in parts[:-1]:  # each must be a package, regular or namespace
                    step = self._in_directory(directory, part)
                    if step is None or step.name == f"{part}.py":  # a module holds no modules
                        break
                    directory = os.path.join(directory, part)
                else:
                    found = self._in_directory(directory, parts[-1])
                    if found is not None:
                        break
        self._found[key] = found
        return found

    def _in_directory(self, directory: str, name: str) -> Path | None:
        """What Python's FileFinder finds for `name` in one directory: a package's `__init__.py`,
        else a module, else a directory without `__init__.py` (a namespace package)."""
        entries = self._entries(directory)
        below = os.path.join(directory, name)
        if entries.get(name) is True and self._entries(below).get("__init__.py") is False:
            return Path(below, "__init__.py")
        if entries.get(name + ".py") is False:
            return Path(directory, name + ".py")
        return Path(below) if entries.get(name) is True else None

    def _entries(self, directory: str) -> dict[str, bool]:
        """The directories (True) and files (False) in a directory, links followed. Listed once
        per process, as Python's own FileFinder does, instead of a stat for every name tried:
        most names an import asks for are not in the project. A directory that cannot be listed
        holds nothing, as for Python's import system."""
        entries = self._directory_entries.get(directory)
        if entries is None:
            entries = {}
            try:
                with os.scandir(directory) as listing:
                    for entry in listing:
                        with contextlib.suppress(OSError):
                            if entry.is_dir():
                                entries[entry.name] = True
                            elif entry.is_file():  # not a broken link, a socket or a fifo
                                entries[entry.name] = False
            except OSError:
                pass
            self._directory_entries[directory] = entries
        return entries

    def module(
        self, path: Path, live: ModuleFacts | None = None, text: str = "", partial: bool = False
    ) -> Module | None:
        """The module at `path` (read from disk once), or None when it is no Python module.

        `partial`: the caller reads only the module's imports, thread evidence and start methods
        (a program's closure), so a module whose text shows it has neither of the last two may
        come with a partial summary; any other caller gets the whole one, read again if need be.
        """
        if path in self._modules and live is None:
            known = self._modules[path]
            if known is None or partial or not known.partial:
                return known
        roots, top = self.finder.roots_for(path if path.suffix == ".py" else path / "__init__.py")
        try:
            relative = path.relative_to(top)
        except ValueError:
            self._modules[path] = None
            return None
        parts = list(relative.parts)
        is_package = path.is_dir() or path.name == "__init__.py"
        if path.suffix == ".py":
            parts[-1] = parts[-1][:-3]
            if parts[-1] == "__init__":
                parts.pop()
        module = Module(path, ".".join(parts), roots, is_package)
        if live is not None:
            quiet = bool(text) and not self._prescreen.may_start_threads_or_set_method(text)
            module.summary = Summary.of(live, quiet)
            self._live[path] = module
            self._word_index[path] = _words(text.encode("utf-8", "surrogatepass"))
        elif path.is_file():
            module.summary, module.partial = self._summarise(path, partial)
        module.index()
        self._modules[path] = module
        return module

    def _summarise(self, path: Path, partial: bool) -> tuple[Summary, bool]:
        """Another module's summary and whether it is partial (see `module`); an unreadable or
        unparsable module has no effects."""
        try:
            data = self.read(path)
            if len(data) > source.MAX_BYTES:
                return Summary(), False
            text = source.decode(data)
        except (OSError, source.UnreadableSource):
            return Summary(), False
        cache = self.cache(path)
        digest = content_hash(data)
        if cache is not None:
            cached = cache.load(path, len(data), digest, partial)
            if cached is not None:
                return cached
        try:
            with _no_cyclic_collection():
                tree = source.parse(text)
                quiet = not self._prescreen.may_start_threads_or_set_method(text)
                partial = partial and quiet
                if partial:
                    summary = Summary.of_imports(tree)  # most modules of a program's closure
                else:
                    extra = (self.settings.extra_thread_starters, self.settings.extra_lock_factories)
                    summary = Summary.of(collect(tree, *extra), quiet)
                del tree  # freed here, by its reference count, before the collector is back
        except (source.UnreadableSource, RecursionError, MemoryError):
            return Summary(), False
        if cache is not None:
            try:
                mtime_ns = path.stat().st_mtime_ns
            except OSError:
                return summary, partial
            cache.store(path, len(data), mtime_ns, digest, summary, partial)
        return summary, partial

    def cache(self, path: Path) -> SummaryCache | None:
        """The summary cache for a file, None with --forksafe-no-cache."""
        directory = self.finder.cache_directory(path.parent)
        if directory is None:
            return None
        if directory.path not in self._caches:
            self._caches[directory.path] = SummaryCache(directory, self.settings.summary_key())
        return self._caches[directory.path]

    def read(self, path: Path) -> bytes:
        """A project file's bytes (see `record`), read after its project's state is taken."""
        self.finder.before_reading(path)
        data = path.read_bytes()
        self.record(path, data)
        return data

    def record(self, path: Path, data: bytes, digest: str = "") -> None:
        """Notes a file read (`files_read`), and its content hash in `inputs` when `record_inputs`
        is on (`digest`, when the caller has it)."""
        self.files_read.append(path)
        if self.record_inputs:
            self.inputs[path] = digest or content_hash(data)

    def mentioning(
        self,
        roots: tuple[Path, ...],
        words: Iterable[str],
        also: Iterable[str] = (),
        also_outside: Path | None = None,
    ) -> Iterator[Module]:
        """The modules under `roots` whose text holds one of `words` (and one of `also`, if given,
        unless the module is `also_outside` or lies in that directory): a cheap, conservative
        screen before a module is summarised."""
        wanted = frozenset(word.encode() for word in words)
        required = frozenset(word.encode() for word in also)
        paths = self.finder.files(roots)
        key = self.finder.search_roots(roots)
        on_disk = self._file_sets.get(key)
        if on_disk is None:
            on_disk = self._file_sets[key] = frozenset(paths)
        if key not in self._screened:
            self._screened.add(key)
            self._words_from_cache(key, paths)
        for path, live in self._live.items():  # a buffer not saved yet, stdin
            if path not in on_disk and any(path.is_relative_to(root) for root in roots):
                yield live
        outside = "" if also_outside is None else str(also_outside)
        inside = outside + os.sep
        searched = len(wanted) + len(required)
        by_substring = self._substring_words + searched <= SUBSTRING_WORDS
        if by_substring:
            self._substring_words += searched
        for path in paths:
            name = str(path)
            exempt = bool(outside) and (name == outside or name.startswith(inside))
            needed = frozenset() if exempt else required
            index = self._word_index.get(path)
            if index is None:
                cached = self._cached_words.get(path)  # the word cache's: the file is not read
                data = cached if cached is not None else self._unindexed.get(path)
                if data is None:
                    try:
                        data = self._unindexed[path] = self.read(path)
                    except OSError:
                        data = self._unindexed[path] = b""
                if by_substring and not (
                    any(word.lstrip(b".") in data for word in wanted)
                    and (not needed or any(word.lstrip(b".") in data for word in needed))
                ):
                    continue  # not even a substring: no word set needed
                if cached is not None:
                    index = self._word_index[path] = frozenset(cached.split())
                    del self._cached_words[path]
                else:
                    index = self._word_index[path] = _words(data)
                    del self._unindexed[path]
            if index & wanted and (not needed or index & needed):
                module = self.module(path)
                if module is not None:
                    yield module

    def _words_from_cache(self, roots: tuple[Path, ...], paths: list[Path]) -> None:
        """At the first screen of `roots`: the word set of each file not screened yet, from the
        word cache where the file is unchanged (then it is not read: most of an editor's lint
        in a large project), and the cache brought up to date. Nothing with --forksafe-no-cache:
        the substring screen then reads each file, and makes word sets only where it must."""
        unscreened = [path for path in paths if path not in self._file_words]
        directory = self.finder.cache_directory(roots[0])
        if not unscreened or directory is None:
            return  # (every file screened under other roots: this record is left as it is)
        cache = WordCache(directory, roots)
        stored = cache.load()
        changed = stored.keys() != {str(path) for path in paths}
        for path in unscreened:
            try:
                status = os.stat(path)  # before the read: a write after it changes the stat
                entry = stored.get(str(path))
                signature = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
                if entry is not None and entry.signature == signature:
                    self.finder.before_reading(path)
                    self.record(path, b"", entry.digest)
                    if path not in self._word_index:  # (a live buffer has its own)
                        self._cached_words[path] = entry.words
                else:
                    data = self.read(path)
                    words = _words(data)  # the file's, not those of a live buffer of it
                    self._word_index.setdefault(path, words)
                    entry = FileWords(signature, content_hash(data), b" ".join(words))
                    changed = True
            except OSError:
                continue
            self._file_words[path] = entry
            self._unindexed.pop(path, None)
        settled_before = time.time_ns() - RACY_NS
        kept = {
            str(path): entry
            for path in paths
            if (entry := self._file_words.get(path)) and max(entry.signature[1:3]) < settled_before
        }
        if changed and (kept or stored):
            cache.store(kept)

    # ----- what names mean ---------------------------------------------------------------------
    def absolute(self, module: Module, symbol: str) -> str | None:
        """`..util.run` in `pkg.sub.mod` -> `pkg.util.run`; None when it climbs above the top."""
        level = len(symbol) - len(symbol.lstrip("."))
        package = module.name.split(".") if module.is_package else module.name.split(".")[:-1]
        if not module.name:
            package = []
        if level - 1 > len(package) or (level and not module.name):
            return None
        base = package[: len(package) - (level - 1)]
        rest = symbol[level:]
        return ".".join([*base, rest] if rest else base) or None

    def resolve(self, module: Module, symbol: str) -> Resolved | None:
        """What a symbol of `module`'s summary names: a project definition, module or catalog name."""
        for _ in range(MAX_RE_EXPORT_HOPS):
            if symbol.startswith(LOCAL_PREFIX):
                return Definition(module.path, symbol[len(LOCAL_PREFIX) :])
            name = self.absolute(module, symbol) if symbol.startswith(".") else symbol
            if name is None:
                return None
            if catalog.is_catalog_name(name) or catalog.lookup(name) is not None:
                return CatalogName(name)
            parts = name.split(".")
            target: Module | None = None
            for end in range(len(parts), 0, -1):
                path = self.find(module.roots, ".".join(parts[:end]))
                if path is not None:
                    target = self.module(path)
                    break
            if target is None:
                return None
            rest = parts[end:]
            if not rest:
                return ModuleFile(target.path)
            definitions = target.summary.definitions
            if ".".join(rest) in definitions or rest[0] in definitions:
                return Definition(target.path, ".".join(rest))
            export = target.summary.exports.get(rest[0])
            if export is None:
                return None
            module, symbol = target, ".".join([export, *rest[1:]])
        return None

    def names_catalog(self, module: Module, symbol: str, qualname: str) -> bool:
        """Whether `symbol` (a re-export through project modules) is the catalog's `qualname`."""
        resolved = self.resolve(module, symbol)
        entry = catalog.lookup(resolved.qualname) if isinstance(resolved, CatalogName) else None
        return entry is not None and entry.qualname == qualname

    def _class(self, path: Path, qualname: str) -> bool:
        module = self.module(path)
        definition = module.summary.definitions.get(qualname) if module else None
        return definition is not None and definition.kind == "class"

    def mro(self, path: Path, qualname: str) -> list[Definition]:
        """The project classes a class derives from, itself first (depth first, each once)."""
        owner = self.module(path)
        if owner is not None and qualname in owner.mros:
            return owner.mros[qualname]
        order: list[Definition] = []
        pending = [Definition(path, qualname)]
        while pending and len(order) < 64:
            current = pending.pop(0)
            if current in order or not self._class(current.path, current.qualname):
                continue
            order.append(current)
            module = self.module(current.path)
            assert module is not None
            for base in module.summary.definitions[current.qualname].bases:
                resolved = self.resolve(module, base)
                if isinstance(resolved, Definition):
                    pending.append(resolved)
        if owner is not None:
            owner.mros[qualname] = order
        return order

    def _member(self, owner: Definition, attribute: str, inherited: bool = False) -> Definition | None:
        """`attribute` looked up on an instance of a project class: a method definition
        (`inherited`: on `super()`, past the class itself)."""
        for cls in self.mro(owner.path, owner.qualname)[1 if inherited else 0 :]:
            module = self.module(cls.path)
            assert module is not None
            qualname = f"{cls.qualname}.{attribute}"
            if qualname in module.summary.definitions:
                return Definition(cls.path, qualname)
        return None

    def _attribute_class(self, owner: Definition, attribute: str) -> Definition | None:
        """The class of the object an instance's attribute holds (`self.executor = Executor()`)."""
        for cls in self.mro(owner.path, owner.qualname):
            module = self.module(cls.path)
            assert module is not None
            symbol = module.summary.attributes.get(cls.qualname, {}).get(attribute)
            if symbol is not None:
                resolved = self.resolve(module, symbol)
                if isinstance(resolved, Definition) and self._class(resolved.path, resolved.qualname):
                    return resolved
        return None

    def call_node(self, module: Module, position: int) -> Node | CatalogName | None:
        """What one recorded call runs: a definition's code, a construction, or a catalog name."""
        if position not in module.call_nodes:
            module.call_nodes[position] = self._call_node(module, position)
        return module.call_nodes[position]

    def _call_node(self, module: Module, position: int) -> Node | CatalogName | None:
        call = module.summary.calls[position]
        resolved = self.resolve(module, call.target)
        if isinstance(resolved, CatalogName):
            return resolved if not call.method else None
        if not isinstance(resolved, Definition):
            return None
        if call.method:
            cls, method = self._receiver(resolved, call.method)  # None: a method on what a function returned
            on_super = call.method == f"{SUPER}.{method}"  # not `super().executor.trigger()`
            member = self._member(cls, method, on_super) if cls else None
            return Code(member.path, member.qualname) if member else None
        if self._class(resolved.path, resolved.qualname):
            return Build(resolved.path, resolved.qualname)
        defined = self._inherited(resolved)
        return Code(defined.path, defined.qualname) if defined else None

    def _inherited(self, resolved: Definition) -> Definition | None:
        """`Cls.method` that `Cls` does not define itself: the method it inherits from a project
        base class (None when there is none); any other definition as it is."""
        owner_class, _, method = resolved.qualname.rpartition(".")
        target = self.module(resolved.path)
        if target is not None and resolved.qualname not in target.summary.definitions and owner_class:
            return self._member(Definition(resolved.path, owner_class), method)
        return resolved

    def _receiver(self, resolved: Definition, method: str) -> tuple[Definition | None, str]:
        """(the project class a method call is made on, the method's name) for `obj.start` or
        `obj.executor.trigger` with `obj` an instance of `resolved`; no class when it is none."""
        cls: Definition | None = resolved if self._class(resolved.path, resolved.qualname) else None
        *path, name = method.removeprefix(SUPER + ".").split(".")
        for attribute in path:
            cls = self._attribute_class(cls, attribute) if cls else None
        return cls, name

    def imported(self, module: Module, position: int) -> list[Path]:
        """The module files one import statement runs: the packages on the way, then the modules."""
        if position not in module.imported_paths:
            module.imported_paths[position] = self._imported(module, position)
        return module.imported_paths[position]

    def _imported(self, module: Module, position: int) -> list[Path]:
        record = module.summary.imports[position]
        names = [record.module] if not record.names else [
            *(f"{record.module}.{name}" if not record.module.endswith(".") else record.module + name
              for name in record.names if name != "*"),
            record.module,
        ]  # fmt: skip
        paths: list[Path] = []
        for name in names:
            absolute = self.absolute(module, name) if name.startswith(".") else name
            if absolute is None or catalog.is_catalog_name(absolute):
                continue
            parts = absolute.split(".")
            for end in range(1, len(parts) + 1):
                path = self.find(module.roots, ".".join(parts[:end]))
                if path is not None and path not in paths:
                    paths.append(path)
        return paths

    # ----- which code starts threads -----------------------------------------------------------
    def catalog_start(self, module: Module, position: int) -> str | None:
        """How one recorded call starts threads through the catalog, as messages name it: a
        thread starter (`threading.Thread`), or a method that a project class inherits from a
        catalog class (`Worker.start, a PyQt5.QtCore.QThread subclass`); None otherwise."""
        node = self.call_node(module, position)
        if isinstance(node, CatalogName):
            entry = catalog.lookup(node.qualname)
            return entry.display if entry is not None and entry.role is catalog.Role.THREAD_STARTER else None
        if node is not None:
            return None
        call = module.summary.calls[position]
        if not call.method or call.name.startswith("self."):
            return None  # only on an instance built in the module (docs/libraries.md), like facts.py
        resolved = self.resolve(module, call.target)
        if not isinstance(resolved, Definition):
            return None
        cls, method = self._receiver(resolved, call.method)
        if cls is None:
            return None
        for ancestor in self.mro(cls.path, cls.qualname):  # no project method of that name (call_node)
            for entry in self._catalog_bases(ancestor):
                if entry.method_role is catalog.Role.THREAD_STARTER and method in entry.methods:
                    return f"{cls.qualname.rsplit('.', 1)[-1]}.{method}, a {entry.display} subclass"
        return None

    def _catalog_bases(self, cls: Definition) -> Iterator[catalog.Entry]:
        """The catalog entries of a project class's own bases (`class Worker(QThread)`)."""
        owner = self.module(cls.path)
        assert owner is not None
        for base in owner.summary.definitions[cls.qualname].bases:
            resolved = self.resolve(owner, base)
            entry = catalog.lookup(resolved.qualname) if isinstance(resolved, CatalogName) else None
            if entry is not None:
                yield entry

    def _own_origin(self, node: Node) -> Origin | None:
        module = self.module(node.path)
        if module is None:
            return None
        if isinstance(node, Build):
            for cls in self.mro(node.path, node.qualname):
                owner = self.module(cls.path)
                assert owner is not None
                definition = owner.summary.definitions[cls.qualname]
                if definition.thread_class:
                    return Origin(definition.thread_class, cls.path, definition.line)
                for entry in self._catalog_bases(cls):
                    if entry.subclass_role is catalog.Role.THREAD_STARTER:
                        name = cls.qualname.rsplit(".", 1)[-1]
                        return Origin(f"{name}, a {entry.display} subclass", cls.path, definition.line)
            return None
        for evidence in module.summary.threads:
            if evidence.owner == node.owner:
                return Origin(evidence.what, node.path, evidence.line)
        for position in module.calls_by_owner.get(node.owner, ()):
            what = self.catalog_start(module, position)
            if what is not None:
                return Origin(what, node.path, module.summary.calls[position].line)
        return None

    def successors(self, node: Node) -> list[Node]:
        module = self.module(node.path)
        if module is None:
            return []
        if isinstance(node, Build):
            found: list[Node] = []
            for name in CONSTRUCTORS:
                member = self._member(Definition(node.path, node.qualname), name)
                if member is not None:
                    found.append(Code(member.path, member.qualname))
            return found
        found = []
        for position in module.calls_by_owner.get(node.owner, ()):
            target = self.call_node(module, position)
            if isinstance(target, (Code, Build)):
                found.append(target)
        for position, record in enumerate(module.summary.imports):
            if record.owner == node.owner:
                found.extend(Code(path, MODULE) for path in self.imported(module, position))
        return found

    def starts_threads(self, start: Node) -> Origin | None:
        """Whether running `start` starts threads, through every project call it makes (fixpoint)."""
        if start in self._threads:
            return self._threads[start]
        order: list[Node] = []
        edges: dict[Node, list[Node]] = {}
        seen = {start}
        pending = deque([start])
        quiet: set[Node] = set()  # code whose module's import closure names no thread starter
        while pending:
            node = pending.popleft()
            order.append(node)
            if not self.may_start_threads(node.path):
                quiet.add(node)
                edges[node] = []
                continue
            edges[node] = self.successors(node)
            for successor in edges[node]:
                if successor not in seen and successor not in self._threads:
                    seen.add(successor)
                    pending.append(successor)
        result: dict[Node, Origin | None] = {
            node: None if node in quiet else self._own_origin(node) for node in order
        }
        changed = True
        while changed:  # cycles: propagate until nothing changes
            changed = False
            for node in reversed(order):
                if result[node] is not None:
                    continue
                for successor in edges[node]:
                    origin = result.get(successor, self._threads.get(successor))
                    if origin is not None:
                        result[node] = origin
                        changed = True
                        break
        self._threads.update(result)
        return result[start]

    # ----- child processes ---------------------------------------------------------------------
    def callers(self, target: Code) -> Iterator[tuple[Module, int]]:
        """(module, call position) of every project call that runs `target`'s code."""
        module = self.module(target.path)
        if module is None:
            return
        last = target.owner.rsplit(".", 1)[-1]
        words = {last}
        screen = words
        also: set[str] = set()
        package: Path | None = None
        if "." not in target.owner and module.name:
            # Outside its own top-level package, a module-level function is called through an
            # import that names its module or a package above it (which may re-export it):
            # `from app.jobs import main`, `jobs.main()`, `from app import main`. Inside the
            # package a relative import may name neither (`from .. import main`), and its own
            # module calls it by name alone.
            also = set(module.name.split("."))
            package = _top_package(module)
        owner_class = target.owner.rpartition(".")[0]
        if last in CONSTRUCTORS and owner_class:
            # `Popen(...)` names the class, or a subclass that inherits its constructor; a
            # `super().__init__(...)` or `Base.__init__(self)` names `.__init__`, which the
            # `def __init__` of every other class does not (see _words).
            classes = self.class_names(Definition(target.path, owner_class))
            words = {last, *classes}
            screen = {"." + last, *classes}
        for caller in self.mentioning(module.roots, screen, also, package):
            yield from self._calls_to(caller, target, words, last)

    def _calls_to(
        self, caller: Module, target: Code, words: set[str], last: str
    ) -> Iterator[tuple[Module, int]]:
        for position in sorted(position for word in words for position in caller.calls_named(word)):
            node = self.call_node(caller, position)
            if node == target or (
                isinstance(node, Build) and last in CONSTRUCTORS and target in self.successors(node)
            ):
                yield caller, position

    def class_names(self, cls: Definition) -> frozenset[str]:
        """The names of a project class and of every project class deriving from it."""
        if cls in self._class_names:
            return self._class_names[cls]
        names = {cls.qualname.rsplit(".", 1)[-1]}
        pending = deque([cls])
        seen = {cls}
        while pending:
            base = pending.popleft()
            module = self.module(base.path)
            if module is None:
                continue
            for other in self.mentioning(module.roots, {base.qualname.rsplit(".", 1)[-1]}):
                for qualname, definition in other.summary.definitions.items():
                    if definition.kind != "class":
                        continue
                    subclass = Definition(other.path, qualname)
                    if subclass not in seen and any(
                        self.resolve(other, symbol) == base for symbol in definition.bases
                    ):
                        seen.add(subclass)
                        names.add(qualname.rsplit(".", 1)[-1])
                        pending.append(subclass)
        self._class_names[cls] = frozenset(names)
        return self._class_names[cls]

    def _child_uses(self, target: Code) -> bool:
        module = self.module(target.path)
        if module is None:
            return False
        for user in self.mentioning(module.roots, {target.owner.rsplit(".", 1)[-1]}):
            for use in user.summary.child_code:
                resolved = self.handed_over(user, use.symbol)
                if resolved is not None and Code(resolved.path, resolved.qualname) == target:
                    return True
        return False

    def handed_over(self, module: Module, symbol: str) -> Definition | None:
        """The project definition a callable handed to a child names: `Worker.run` (written
        `self.run`) may be a method Worker inherits from a project base class."""
        resolved = self.resolve(module, symbol)
        return self._inherited(resolved) if isinstance(resolved, Definition) else None

    def child_only(self, target: Code) -> bool:
        """Whether a definition's code runs only in child processes (see rules.md): it is on the
        child side, and so is everything that calls it, transitively, each with a caller or
        handed to a child (module-level code is always a parent caller). The callers are
        followed back from `target` only until one fails, not for the whole child side."""
        if target.owner in (MODULE, MAIN):
            return False
        if target in self._child_only:
            return self._child_only[target]
        module = self.module(target.path)
        if module is None:
            self._child_only[target] = False
            return False
        roots = self.finder.search_roots(module.roots)
        seen = {target}
        pending = deque([target])
        while pending:
            node = pending.popleft()
            if not self._may_run_only_in_children(node, roots):
                self._child_only[target] = False
                return False
            for caller in self._caller_codes(node):
                if caller not in seen:
                    seen.add(caller)
                    pending.append(caller)
        # Every caller of every code seen is seen: all of them run only in children.
        self._child_only.update(dict.fromkeys(seen, True))
        return True

    def _may_run_only_in_children(self, node: Code, roots: tuple[Path, ...]) -> bool:
        """On the child side, and called or handed to a child (code nothing runs is parent code).

        The child side screens the project for every process word, the callers and child uses
        for the code's name only: until the side is built (an editor's one-file lint may never
        need it), those are asked first; once it is, it is the cheaper test."""
        built = self._child_side.get(roots)
        if built is not None and node not in built:
            return False
        if not self._caller_codes(node) and not self._child_uses(node):
            return False
        return node in self.child_side(roots)

    def _caller_codes(self, target: Code) -> list[Code]:
        """The code (owner and module) of every project call that runs `target`'s code."""
        if target not in self._callers:
            self._callers[target] = list(
                dict.fromkeys(
                    Code(caller.path, caller.summary.calls[position].owner)
                    for caller, position in self.callers(target)
                )
            )
        return self._callers[target]

    def child_side(self, roots: tuple[Path, ...]) -> frozenset[Code]:
        """Every definition's code some child process may run: what is handed to one, and what it calls."""
        roots = self.finder.search_roots(roots)
        if roots in self._child_side:
            return self._child_side[roots]
        pending: deque[Node] = deque()
        for user in self.mentioning(roots, CHILD_WORDS, PROCESS_MODULE_WORDS):
            for use in user.summary.child_code:
                resolved = self.handed_over(user, use.symbol)
                if resolved is not None and not self._class(resolved.path, resolved.qualname):
                    pending.append(Code(resolved.path, resolved.qualname))
        seen = set(pending)
        while pending:
            for successor in self.successors(pending.popleft()):
                # A class built in child code runs its constructor there (Build -> __init__).
                if (
                    isinstance(successor, Build) or successor.owner not in (MODULE, MAIN)
                ) and successor not in seen:
                    seen.add(successor)
                    pending.append(successor)
        self._child_side[roots] = frozenset(node for node in seen if isinstance(node, Code))
        return self._child_side[roots]

    def module_scope_child_only(self, facts: ModuleFacts) -> frozenset[str]:
        """Child-only owners judged from the module alone (--forksafe-scope=module)."""
        roots = {
            use.symbol[len(LOCAL_PREFIX) :] for use in facts.child_code if use.symbol.startswith(LOCAL_PREFIX)
        }
        local_calls: dict[str, set[str]] = {}  # callee -> owners calling it
        for call in facts.calls:
            if call.target.startswith(LOCAL_PREFIX) and not call.method:
                local_calls.setdefault(call.target[len(LOCAL_PREFIX) :], set()).add(call.owner)
        child = set(roots) | {callee for callee, owners in local_calls.items() if owners and owners <= roots}
        changed = True
        while changed:
            changed = False
            for owner in sorted(child):
                callers = local_calls.get(owner, set())
                if any(caller not in child for caller in callers):
                    child.discard(owner)
                    changed = True
        return frozenset(child)

    # ----- what a module is told ---------------------------------------------------------------
    def module_phrase(self, module: Module) -> str | None:
        """The first thread evidence of a module, own or passed on, as `a module that ...` says it."""
        if module.path not in self._module_phrase:
            phrase = next(
                (
                    f"starts threads ({evidence.what}, line {evidence.line})"
                    for evidence in module.summary.threads
                    if not self.child_only(Code(module.path, evidence.owner))
                ),
                None,
            )
            self._module_phrase[module.path] = phrase or self.passed_on(module, frozenset())
        return self._module_phrase[module.path]

    def passed_on(self, module: Module, child_only: frozenset[str], in_child: bool = False) -> str | None:
        """Thread evidence the module gets from the modules it imports, calls and holds: in its
        parent code, or (`in_child`) in its child-only code, for the forks made in a child."""
        found: list[tuple[int, str]] = []

        def counts(owner: str) -> bool:
            child = owner in child_only or self.child_only(Code(module.path, owner))
            return child == in_child

        for position, record in enumerate(module.summary.imports):
            if not counts(record.owner):
                continue
            for path in self.imported(module, position):
                reached = self._import_threads(path)
                if reached is not None:
                    via, origin = reached
                    first = self.module(path)
                    name = first.name if first else path.stem
                    hop = f", which imports {via}" if via and via != name else ""
                    found.append(
                        (
                            record.line,
                            f"imports {name}{hop}, which starts threads on import "
                            f"({origin.what}, {self.finder.display(origin.path)}:{origin.line})",
                        )
                    )
                    break
        for position, call in enumerate(module.summary.calls):
            if not counts(call.owner):
                continue
            node = self.call_node(module, position)
            if isinstance(node, (Code, Build)):
                called = self.starts_threads(node)
                if called is not None:
                    found.append(
                        (
                            call.line,
                            f"calls {call.name}(), which starts threads "
                            f"({called.what}, {self.finder.display(called.path)}:{called.line})",
                        )
                    )
            else:
                what = self.catalog_start(module, position)
                if what is not None:
                    found.append((call.line, f"starts threads ({what}, line {call.line})"))
        for held in module.summary.held:
            if not counts(held.owner):
                continue  # an object held in the other process: its threads run there
            resolved = self.resolve(module, held.symbol)
            if isinstance(resolved, Definition) and self._class(resolved.path, resolved.qualname):
                built = self.starts_threads(Build(resolved.path, resolved.qualname))
                if built is not None:
                    shown = ".".join(held.symbol.lstrip(".$").split(".")[-2:])
                    found.append(
                        (
                            held.line,
                            f"receives a {shown}, which starts threads when built "
                            f"({built.what}, {self.finder.display(built.path)}:{built.line})",
                        )
                    )
        return min(found)[1] if found else None

    def _import_threads(self, path: Path) -> tuple[str, Origin] | None:
        """(module that starts them, where) when importing `path` starts threads, through its imports."""
        if path not in self._import_memo:
            self._import_memo[path] = (
                self._search_import_threads(path) if self.may_start_threads(path) else None
            )
        return self._import_memo[path]

    def may_start_threads(self, path: Path) -> bool:
        """False when no module in the import closure of `path` (itself included) names a thread
        starter: threads start only where one is named, and the code of another module (its
        functions, classes, bases, re-exports) is reached only through an import. Partial
        summaries are enough to tell."""
        known = self._may_start.get(path)
        if known is not None:
            return known
        seen = {path}
        pending = deque([path])
        while pending:
            current = pending.popleft()
            if self._may_start.get(current) is False:
                continue  # its closure was searched already
            module = self.module(current, partial=True)
            if module is None:
                continue
            if not module.summary.quiet:
                self._may_start[path] = True
                return True
            for position in range(len(module.summary.imports)):
                for reached in self.imported(module, position):
                    if reached not in seen:
                        seen.add(reached)
                        pending.append(reached)
        self._may_start.update(dict.fromkeys(seen, False))  # their closures lie within this one
        return False

    def _search_import_threads(self, path: Path) -> tuple[str, Origin] | None:
        seen = {path}
        pending = deque([path])
        while pending:
            current = pending.popleft()
            origin = self.starts_threads(Code(current, MODULE))
            module = self.module(current)
            if origin is not None:
                return (module.name if module else current.stem), origin
            if module is None:
                continue
            for position, record in enumerate(module.summary.imports):
                # Module-level imports are part of starts_threads(Code(current, MODULE)); an
                # import in child-only code imports its module in a child.
                if record.owner == MODULE or self.child_only(Code(current, record.owner)):
                    continue
                for reached in self.imported(module, position):
                    if reached not in seen:
                        seen.add(reached)
                        pending.append(reached)
        return None

    def is_test_module(self, path: Path) -> bool:
        """A test module by the usual conventions: test_*.py, *_test.py, conftest.py, or a test,
        tests or testing directory inside the project (not above it)."""
        name = path.name
        inside = Path(self.finder.display(path)).parts[:-1]
        return (
            name.startswith("test_")
            or name.endswith("_test.py")
            or name == "conftest.py"
            or any(part in ("test", "tests", "testing") for part in inside)
        )

    def threaded_callers(self, module: Module, owner: str) -> str | None:
        """`a process that starts threads: reached from f() (path:line), a module that ...`.

        Callers in the project's own code are cited before callers in its tests: a test that
        calls the function runs in the test process, which is not what users deploy.
        """
        return self._threaded_callers(module, owner, tests=False) or self._threaded_callers(
            module, owner, tests=True
        )

    def _threaded_callers(self, module: Module, owner: str, tests: bool) -> str | None:
        targets = deque([Code(module.path, owner)])
        seen = set(targets)
        while targets:
            target = targets.popleft()
            for caller, position in self.callers(target):
                if not tests and self.is_test_module(caller.path):
                    continue
                call = caller.summary.calls[position]
                code = Code(caller.path, call.owner)
                if self.child_only(code):
                    continue  # that call runs in a child process
                phrase = self.module_phrase(caller)
                if phrase is not None:
                    where = (
                        caller.name if call.owner in (MODULE, MAIN) else f"{call.owner.rsplit('.', 1)[-1]}()"
                    )
                    return (
                        f"a process that starts threads: reached from {where} "
                        f"({self.finder.display(caller.path)}:{call.line}), a module that {phrase}"
                    )
                if call.owner not in (MODULE, MAIN) and code not in seen:
                    seen.add(code)
                    targets.append(code)
        return None

    def threaded_child_callers(self, module: Module, owner: str) -> str | None:
        """For child-only code: `a child process that starts threads: reached from f() (...), which ...`."""
        targets = deque([Code(module.path, owner)])
        seen = set(targets)
        while targets:
            target = targets.popleft()
            for caller, position in self.callers(target):
                call = caller.summary.calls[position]
                code = Code(caller.path, call.owner)
                if code in seen or not self.child_only(code):
                    continue
                seen.add(code)
                origin = self.starts_threads(code)
                if origin is not None:
                    caller_name = call.owner.rsplit(".", 1)[-1]
                    return (
                        f"a child process that starts threads: reached from {caller_name}() "
                        f"({self.finder.display(caller.path)}:{call.line}), which starts threads "
                        f"({origin.what}, {self.finder.display(origin.path)}:{origin.line})"
                    )
                targets.append(code)
        return None

    # ----- start methods and programs ----------------------------------------------------------
    def forward_reach(self, path: Path) -> frozenset[Path]:
        """The module files a module imports or calls into, transitively."""
        if path in self._reach:
            return self._reach[path]
        seen = {path}
        pending = deque([path])
        while pending:
            module = self.module(pending.popleft())
            if module is None:
                continue
            reached: list[Path] = []
            for position in range(len(module.summary.imports)):
                reached += self.imported(module, position)
            for position in range(len(module.summary.calls)):
                node = self.call_node(module, position)
                if isinstance(node, (Code, Build)):
                    reached.append(node.path)
            for other in reached:
                if other not in seen:
                    seen.add(other)
                    pending.append(other)
        self._reach[path] = frozenset(seen)
        return self._reach[path]

    def start_methods_elsewhere(self, module: Module) -> bool:
        """Whether a module other than this one calls set_start_method with a literal method."""
        return any(
            other.path != module.path and other.summary.start_methods
            for other in self.mentioning(module.roots, {"set_start_method"})
        )

    def upstream_start_methods(self, module: Module) -> frozenset[str]:
        """Start methods set by other modules that import or call into this one."""
        methods: set[str] = set()
        for other in self.mentioning(module.roots, {"set_start_method"}):
            if (
                other.path != module.path
                and other.summary.start_methods
                and module.path in self.forward_reach(other.path)
            ):
                methods |= {call.method for call in other.summary.start_methods}
        return frozenset(methods)

    def programs(self, module: Module) -> list[Program]:
        """The entry points of the project the module belongs to."""
        marker = self.finder.marker(module.path.parent if module.path.is_file() else module.path)
        key = marker or module.roots[0]
        if key in self._programs:
            return self._programs[key]
        found: dict[str, Program] = {}
        if marker is not None and (marker / "pyproject.toml").is_file():
            try:
                project = tomllib.loads(self.read(marker / "pyproject.toml").decode()).get("project", {})
                for table in ("scripts", "gui-scripts"):
                    for name, target in sorted(dict(project.get(table, {})).items()):
                        if isinstance(target, str):
                            entry = target.split(":", 1)[0].strip()
                            found.setdefault(entry, Program(str(name), entry))
            except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, AttributeError, TypeError):
                pass
        for path in self.finder.files(module.roots):
            if path.name == "__main__.py":
                main = self.module(path, partial=True)
                if main is not None and main.name:
                    found.setdefault(
                        main.name, Program(f"python -m {main.name.rsplit('.', 1)[0]}", main.name)
                    )
        for entry in self.settings.entry_points:
            name = entry.split(":", 1)[0]
            found.setdefault(name, Program(entry, name))
        self._programs[key] = list(found.values())
        return self._programs[key]

    def closure(self, module: Module, program: Program) -> list[Path]:
        """The entry point's module and every project module it imports, transitively."""
        key = (module.roots[0], program.module)
        if key in self._closures:
            return self._closures[key]
        start = self.find(module.roots, program.module)
        order: list[Path] = []
        if start is not None:
            seen = {start}
            pending = deque([start])
            while pending:
                current = pending.popleft()
                order.append(current)
                reached = self.module(current, partial=True)
                if reached is None:
                    continue
                imports = reached.summary.imports
                # In line order: a partial summary lists a function's imports among the module's.
                for position in sorted(range(len(imports)), key=lambda position: imports[position].line):
                    for path in self.imported(reached, position):
                        if path not in seen:
                            seen.add(path)
                            pending.append(path)
        self._closures[key] = order
        return order

    def program_evidence(self, module: Module) -> tuple[str | None, frozenset[str]]:
        """(phrase naming the first program thread, start methods set in the module's programs)."""
        phrase = None
        methods: set[str] = set()
        for program in self.programs(module):
            members = self.closure(module, program)
            if module.path not in members:
                continue
            for path in members:
                member = self.module(path, partial=True)
                if member is None:
                    continue
                methods |= {call.method for call in member.summary.start_methods}
                if phrase is not None:
                    continue
                for evidence in member.summary.threads:
                    if not self.child_only(Code(path, evidence.owner)):
                        phrase = self._program_phrase(program, path, evidence.what, evidence.line)
                        break
            if phrase is None:
                # A thread its own code starts through the project: a thread class or a QThread
                # subclass defined in another module, built or started here. Only when the
                # program has no thread of the first kind: it needs whole summaries.
                for path in members:
                    started = self._starts_through_project(path)
                    if started is not None:
                        phrase = self._program_phrase(program, path, *started)
                        break
        return phrase, frozenset(methods)

    def _program_phrase(self, program: Program, path: Path, what: str, line: int) -> str:
        return (
            f"a process that starts threads: in program {program.name} ({program.module}), "
            f"{self.finder.display(path)} starts threads ({what}, line {line})"
        )

    def _starts_through_project(self, path: Path) -> tuple[str, int] | None:
        """(what, line) of the first call in the module's parent code that builds a project
        thread class or starts a catalog method a project class inherits."""
        if not self.may_start_threads(path):
            return None  # no module in its import closure names a thread starter
        module = self.module(path)
        if module is None:
            return None
        for position, call in enumerate(module.summary.calls):
            node = self.call_node(module, position)
            origin = self._own_origin(node) if isinstance(node, Build) else None
            what = origin.what if origin is not None else self.catalog_start(module, position)
            if what is not None and not self.child_only(Code(path, call.owner)):
                return what, call.line
        return None


def surroundings(project: Project, path: Path, facts: ModuleFacts, scope: str, text: str) -> Surroundings:
    """What the project says about the module at `path`, whose live facts are `facts`.

    Only what the module's sinks need is worked out: nothing for a module whose own threads
    already make every sink hazardous, unless a default-method sink may be made safe (or kept
    unsafe) by a start method set in a module that calls or imports it.
    """
    sinks = [sink for sink in facts.sinks if not sink.needs_start or sink.started]
    if not sinks:
        return Surroundings()
    module = None if scope == "module" else project.module(path, live=facts, text=text)
    if module is None:
        return Surroundings(child_only=project.module_scope_child_only(facts))
    confirmed = frozenset(
        sink.condition
        for sink in sinks
        if sink.requires and project.names_catalog(module, sink.requires, sink.requires_name)
    )
    sinks = [sink for sink in sinks if not sink.requires or sink.condition in confirmed]
    if not sinks:
        return Surroundings()
    owners = {item.owner for item in facts.evidence} | {sink.owner for sink in sinks}
    child_only = frozenset(owner for owner in owners if project.child_only(Code(path, owner)))
    parent_sinks = [sink for sink in sinks if sink.owner not in child_only]
    has_own = any(item.owner not in child_only for item in facts.evidence)
    passed_on = callers = program = None
    needed = bool(parent_sinks) and not has_own
    if needed:
        phrase = project.passed_on(module, child_only)
        passed_on = None if phrase is None else f"a module that {phrase}"
        needed = passed_on is None
    found: dict[str, str] = {}
    if needed:
        for owner in sorted({sink.owner for sink in parent_sinks} - {MODULE, MAIN}):
            phrase = project.threaded_callers(module, owner)
            if phrase is not None:
                found[owner] = phrase
        callers = found
    own_child = any(item.owner in child_only for item in facts.evidence)
    child_owners = sorted({sink.owner for sink in sinks if sink.owner in child_only})
    if child_owners and not own_child:
        # The child's threads may also come from project code its own code calls, as a parent's do.
        in_child = project.passed_on(module, child_only, in_child=True)
        for owner in child_owners:
            phrase = (
                f"a child process that {in_child}"
                if in_child
                else project.threaded_child_callers(module, owner)
            )
            if phrase is not None:
                found[owner] = phrase
    callers = found
    methods: frozenset[str] = frozenset()
    default_sinks = any(sink.code == "FRK001" for sink in sinks)
    # Start methods set elsewhere matter only to default-method sinks, and only if some module
    # of the project calls set_start_method at all (a text screen, then the summaries).
    elsewhere = default_sinks and project.start_methods_elsewhere(module)
    if elsewhere:
        methods = project.upstream_start_methods(module)
    if scope == "program" and (elsewhere or (needed and len(found) < len(parent_sinks))):
        program, program_methods = project.program_evidence(module)
        methods |= program_methods
        if not needed:
            program = None
    return Surroundings(child_only, passed_on, callers or {}, program, methods, confirmed)
