"""Entry point (`python -m vorta`, the packaged launcher calls main())."""
import sys

from vorta.application import VortaApp


def main():
    app = VortaApp(sys.argv)
    sys.exit(app.exec_())


if __name__ == "__main__":
    main()
