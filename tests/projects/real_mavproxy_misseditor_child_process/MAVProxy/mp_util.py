'''common mavproxy utility functions'''
import os


def child_close_fds():
    '''close file descriptors that a child process should not inherit'''
    for fd in range(3, 256):
        try:
            os.close(fd)
        except OSError:
            pass
