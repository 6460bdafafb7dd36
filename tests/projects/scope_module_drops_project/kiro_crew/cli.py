"""Case scope_module_drops_project (forksafe-scope = module).

rules.md, Across modules > Options: "module: the version 1 behaviour, one file at a time".
Same tree as program_project_scripts: neither the program link (export.py) nor the import link
(report.py) counts, and no module with a sink has evidence of its own: nothing is reported.
"""
import sys

from kiro_crew import export, gateway


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    for hook in gateway.STARTUP_HOOKS:
        hook()
    return export.export_logs(args)
