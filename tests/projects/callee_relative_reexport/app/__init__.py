from .jobs import run_all
