"""Hub database handles, opened at import time (pymongo starts monitor threads)."""
from pymongo import MongoClient

client = MongoClient("mongodb://localhost:27017")
src_db = client["biothings_src"]
