"""Top of the unthreaded chain: a plain command-line batch job."""
from render import preview


def main():
    print(preview.build([1, 2, 3]))


if __name__ == "__main__":
    main()
