"""Per-column imputation, run in the pool workers."""


def impute_column(name):
    return name
