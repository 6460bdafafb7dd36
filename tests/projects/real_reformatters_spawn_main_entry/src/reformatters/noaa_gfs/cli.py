"""Typer sub-application for the NOAA GFS forecast dataset (reformatters)."""
import typer

from reformatters.common.region_job import RegionJob

DATASET_ID = "noaa-gfs-forecast"

app = typer.Typer()


@app.command()
def backfill(start: int, stop: int, tmp_store: str = "/tmp/noaa-gfs.zarr") -> None:
    job = RegionJob(region_start=start, region_stop=stop, tmp_store=tmp_store)
    job.process()
