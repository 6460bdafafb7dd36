"""Run commands on a fleet of machines over ssh, one thread per machine."""
