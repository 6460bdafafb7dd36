"""`kirocrew` console script."""
from kiro_crew.cli import main as cli_main


def main():
    return cli_main()
