"""Writes results through a forked compressor."""
import os


def write(rows):
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(write_fd)
        os.dup2(read_fd, 0)
        os.execvp("gzip", ["gzip", "-c"])
    os.close(read_fd)
    os.write(write_fd, "\n".join(str(row) for row in rows).encode())
    os.close(write_fd)
    os.waitpid(pid, 0)
