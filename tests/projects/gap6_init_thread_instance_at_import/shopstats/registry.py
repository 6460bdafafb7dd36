from shopstats.collector import Collector

COLLECTOR = Collector(interval=10.0)
