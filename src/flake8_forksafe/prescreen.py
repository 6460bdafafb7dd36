"""A conservative text test: can this source contain both thread evidence and a sink?

Every finding needs a name resolved through an import, and every import names its top-level
module in the text. A file that never mentions a thread module and a process module as whole
words cannot have a finding, so it never reaches the analysis. False passes are fine here;
false rejections would be missed findings (tests/test_prescreen.py checks the property).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import catalog
from .catalog import Role

_EVIDENCE_ROLES = {Role.THREAD_STARTER, Role.LOCK_FACTORY, Role.MIXIN}


def _words_pattern(modules: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:{})\b".format("|".join(sorted(map(re.escape, set(modules))))))


def _modules_of(roles_wanted: set[Role]) -> set[str]:
    names = [name for name, entry in catalog.ENTRIES.items() if entry.role in roles_wanted]
    names += [alias for alias, name in catalog.ALIASES.items() if catalog.ENTRIES[name].role in roles_wanted]
    return set(catalog.top_level_modules(names))


EVIDENCE_MODULES = frozenset(_modules_of(_EVIDENCE_ROLES))
SINK_MODULES = frozenset(_modules_of(set(Role) - _EVIDENCE_ROLES))
_SINK_WORDS = _words_pattern(SINK_MODULES)


class Prescreen:
    def __init__(self, extra_names: Iterable[str] = ()) -> None:
        self._evidence_words = _words_pattern(
            EVIDENCE_MODULES | catalog.top_level_modules(tuple(extra_names))
        )

    def may_have_findings(self, source: str) -> bool:
        return bool(self._evidence_words.search(source)) and bool(_SINK_WORDS.search(source))
