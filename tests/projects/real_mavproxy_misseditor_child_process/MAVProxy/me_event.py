'''Event type codes exchanged between the mission editor GUI process and MAVProxy.'''

MEE_READ_WPS = 0
MEE_WRITE_WPS = 1
MEE_TIME_TO_QUIT = 2
MEGE_CLEAR_MISS_TABLE = 100
MEGE_SET_MISS_ITEM = 101


class MissionEditorEvent:
    def __init__(self, type, **kwargs):
        self.type = type
        self.arg_dict = kwargs

    def get_type(self):
        return self.type

    def get_arg(self, key):
        return self.arg_dict.get(key)
