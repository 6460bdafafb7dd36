"""Case program_child_target_called_directly_by_other_script.

rules.md, Corrections (version 2): "A function also called directly in the parent is parent code
as well"; the child-only test is how "the project uses" the function. encoder.encode() is only
a Process target in this program (vidkit-batch), but vidkit/single.py (program vidkit-one) calls
it directly, so it is parent code, and its thread is a thread of every program that contains
vidkit/encoder.py. Programs: in vidkit-batch, that thread is evidence for the Process below and
for the Pool in vidkit/thumbs.py (FRK001 both). vidkit/single.py has no sink.
"""
import multiprocessing
import sys

from vidkit import encoder, thumbs


def main():
    paths = sys.argv[1:]
    procs = [multiprocessing.Process(target=encoder.encode, args=(p,)) for p in paths]  # error: FRK001:14
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    return thumbs.make_all(paths)
