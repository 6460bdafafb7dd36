from PyQt5.QtCore import QThread


class Loader(QThread):
    def launch(self):
        self.start()  # a self.start() inside the subclass is not evidence (docs/libraries.md)

    def run(self):
        pass
