"""neg_program_sibling_not_imported.

Clause: Programs, "a program is an entry point and every project module it imports,
transitively". Program notify = {cli, dispatch} (plus the package __init__.py, which imports no
submodule). push.py sits in the same package and starts a thread on import, but no program
module imports it: being in the same package does not put a module in the program. Its
`[project.entry-points."chat_host.plugins"]` entry is a plugin registration for another
application, not a [project.scripts] / [project.gui-scripts] program (and it would have no
sink anyway). Expected: no finding.
"""
import sys

from notify import dispatch


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    users = argv or ["ann", "bob"]
    return dispatch.send_all([(user, "hello") for user in users])


if __name__ == "__main__":
    main()
