"""Case program_script_attr_path_entry.

rules.md, Programs (entry points): `[project.scripts]` targets are entry points. This target is
`relayd.cli:App.run`, an object reference with a dotted attribute path (valid in the entry
point syntax); the program is read as the module before the colon, relayd.cli, and everything
it imports. The uplink thread (relayd/uplink.py) is started only from a hook list (reading 1),
so only the program links it to relayd/spool.py, called directly by App.run but with no evidence
of its own: FRK004 at spool.py's check_call(preexec_fn=...).
"""
import sys

from relayd import spool, uplink


class App:
    @classmethod
    def run(cls):
        for hook in uplink.HOOKS:
            hook()
        return spool.flush_all(sys.argv[1:])
