"""relay entry point (declared with forksafe-entry-points, not in pyproject)."""
import sys

from relay import router


def main():
    return router.route(sys.argv[1:])


if __name__ == "__main__":
    main()
