"""AWX package; `awx-manage` is Django's manage.py (management commands are found by name)."""
import os
import sys


def manage():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "awx.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
