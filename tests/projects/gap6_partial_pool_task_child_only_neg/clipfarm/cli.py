import argparse

from clipfarm import transcode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("chunks", nargs="+")
    parser.add_argument("--preset", default="fast")
    args = parser.parse_args()
    for out in transcode.encode_file(args.chunks, args.preset):
        print(out)


if __name__ == "__main__":
    main()
