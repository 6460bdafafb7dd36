"""Hit calling on m8 alignment files; CPU bound, so it runs in a subprocess."""
from idseq_dag.util import command


@command.run_in_subprocess
def call_hits_m8(input_m8, lineage_map_path, output_m8, output_summary, min_alignment_length):
    with open(input_m8) as src, open(output_m8, "w") as dst:
        for line in src:
            fields = line.split("\t")
            if len(fields) > 3 and int(fields[3]) >= min_alignment_length:
                dst.write(line)
    with open(output_summary, "w") as summary:
        summary.write(lineage_map_path + "\n")
