"""neg_program_child_only_thread.

Clauses: Programs ("Inside one program, a thread started anywhere ... is evidence for every
sink in every module of that program") limited by Corrections v2 ("Its threads are evidence
for forks made inside that child only, never for the parent or its program").
Program vidsplit = {cli, encoder, probe}: the only thread is in encoder.encode_segment(), used
only as a Process target. Expected: no finding (probe.py's executor and preexec_fn, encoder.py's
Process).
"""
import sys

from vidsplit import encoder, probe


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    segments = probe.scan(argv or ["in.mp4"])
    encoder.run_encoders(segments)
    probe.thumbnail(segments[0])


if __name__ == "__main__":
    main()
