"""A pipeline step runs in its own thread."""
import threading


class PipelineStep(object):
    def __init__(self, name, input_files, output_files):
        self.name = name
        self.input_files = input_files
        self.output_files = output_files
        self.exec_thread = None

    def run(self):
        raise NotImplementedError

    def thread_run(self):
        self.run()

    def start(self):
        self.exec_thread = threading.Thread(target=self.thread_run)
        self.exec_thread.start()

    def wait_until_finished(self):
        self.exec_thread.join()
