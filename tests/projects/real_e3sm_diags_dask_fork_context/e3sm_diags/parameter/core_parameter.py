"""One diagnostic run: a set, a variable, a season."""


class CoreParameter:
    def __init__(self, sets=("lat_lon",), variables=("T",), seasons=("ANN",),
                 multiprocessing=False, num_workers=4):
        self.sets = list(sets)
        self.variables = list(variables)
        self.seasons = list(seasons)
        self.multiprocessing = multiprocessing
        self.num_workers = num_workers
