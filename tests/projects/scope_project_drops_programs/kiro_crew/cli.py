"""Case scope_project_drops_programs (forksafe-scope = project).

rules.md, Across modules > Options: "project: imports and calls but no entry-point programs".
Same tree as program_project_scripts: the program link to kiro_crew/export.py is dropped, the
import link (kiro_crew/report.py imports kiro_crew.metrics, which starts a thread on import)
is kept.
"""
import sys

from kiro_crew import export, gateway


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    for hook in gateway.STARTUP_HOOKS:
        hook()
    return export.export_logs(args)
