import multiprocessing


def post_month(month):
    return month, "posted"


def post_batches(months):
    with multiprocessing.Pool(4) as pool:  # error: FRK001:10
        return dict(pool.map(post_month, months))
