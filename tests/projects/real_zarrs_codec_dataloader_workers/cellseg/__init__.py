"""Cell segmentation training on OME-Zarr image stacks."""
