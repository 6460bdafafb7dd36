"""Case program_project_scripts (default scope: program).

rules.md, Across modules > Programs (entry points): `[project.scripts]` kiro-crew =
"kiro_crew.cli:main" makes a program of kiro_crew.cli and everything it imports. Inside it, a
thread started anywhere (gateway._start_keepalive, reached only through a hook list) is
evidence for every sink: FRK001 in kiro_crew/export.py. kiro_crew/report.py (not in the
program: the CLI does not import it, so that cli has no import-time threads of its own) is
reported through its import of kiro_crew.metrics. kiro_crew/legacy.py is in no program: silent.
Same tree as scope_project_drops_programs and scope_module_drops_project.
"""
import sys

from kiro_crew import export, gateway


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    for hook in gateway.STARTUP_HOOKS:
        hook()
    return export.export_logs(args)
