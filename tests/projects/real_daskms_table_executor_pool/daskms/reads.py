"""Dataset constructors."""

from daskms.table_proxy import open_table


def xds_from_table(table_name, columns=None, chunks=10000):
    table_proxy = open_table(table_name)
    nrows = table_proxy.nrows()
    return [
        {"table": table_name, "columns": columns, "startrow": start,
         "nrow": min(chunks, nrows - start)}
        for start in range(0, nrows, chunks)
    ]


def xds_from_ms(ms, columns=None, chunks=10000):
    return xds_from_table(ms, columns=columns, chunks=chunks)
