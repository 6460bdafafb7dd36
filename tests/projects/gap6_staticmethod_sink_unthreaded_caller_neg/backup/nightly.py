import glob
import os

from backup.archiver import Archiver


def main():
    paths = sorted(glob.glob("/var/lib/app/*.db"))
    pid = Archiver.pack(paths, "/backups/nightly.tar.gz")
    os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
