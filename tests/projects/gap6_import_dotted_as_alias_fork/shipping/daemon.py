"""gap6_import_dotted_as_alias_fork.

Clause: "Across modules: the project" -- `import a.b.c as alias` binds the submodule;
"threads flow to the caller". main() calls `poller.start_polling()` through the alias
`import shipping.carriers.poller as poller`; that body starts a threading.Timer, so this
module has thread evidence and the `os.fork()` in daemonize() is FRK003.
"""
import os
import sys

import shipping.carriers.poller as poller


def daemonize():
    pid = os.fork()  # error: FRK003:11
    if pid > 0:
        sys.exit(0)
    os.setsid()


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    poller.start_polling(30.0)
    if "--detach" in argv:
        daemonize()
    print(poller.last_status())


if __name__ == "__main__":
    main()
