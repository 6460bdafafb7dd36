#!/usr/bin/env python
'''real_mavproxy_misseditor_child_process.

Report: https://github.com/ArduPilot/MAVProxy/issues/1711 ("Mission Editor window sometimes never appears — child process hangs after fork() before executing any code")
MissionEditorMain.__init__ forks the wx GUI into a child with multiproc.Process(target=self.child_task)
from inside the multi-threaded MAVProxy process (this module also starts a MissionEditorEventThread
and a queue-handler thread), and the single-threaded child sometimes sat on a futex before running
any code.

Clauses: "Evidence" (a local subclass of `threading.Thread` constructed in __init__, and
`threading.Thread` itself); "Across modules": MAVProxy/multiproc.py re-exports
`multiprocessing.Process`, so `multiproc.Process` counts as that name; "Sinks" default start method.
Expected: FRK001 at the multiproc.Process(...) call in MissionEditorMain.__init__. The watcher thread
class defined inside child_task() runs only in the child (the Process target). The target is a bound
method of a module-level class and the args are multiprocessing queues, locks and a semaphore, so
FRK101/FRK103 do not apply.
'''

import threading
import time

from MAVProxy import me_event, mp_util, multiproc

MissionEditorEvent = me_event.MissionEditorEvent


class MissionEditorEventThread(threading.Thread):
    def __init__(self, mp_misseditor, q, l):
        threading.Thread.__init__(self)
        self.mp_misseditor = mp_misseditor
        self.event_queue = q
        self.event_queue_lock = l
        self.time_to_quit = False

    def run(self):
        while not self.time_to_quit:
            self.event_queue_lock.acquire()
            while self.event_queue.qsize() > 0:
                event = self.event_queue.get()
                if event.get_type() == me_event.MEE_TIME_TO_QUIT:
                    self.time_to_quit = True
            self.event_queue_lock.release()
            time.sleep(0.2)


class MissionEditorMain(object):
    def __init__(self, mpstate):
        self.num_wps_expected = 0
        self.wps_received = {}

        self.event_queue = multiproc.Queue()
        self.event_queue_lock = multiproc.Lock()
        self.gui_event_queue = multiproc.Queue()
        self.gui_event_queue_lock = multiproc.Lock()

        self.close_window = multiproc.Semaphore()
        self.close_window.acquire()

        self.child = multiproc.Process(target=self.child_task, args=(self.event_queue, self.event_queue_lock, self.gui_event_queue, self.gui_event_queue_lock, self.close_window))  # error: FRK001:22
        self.child.start()

        self.event_thread = MissionEditorEventThread(self, self.event_queue, self.event_queue_lock)
        self.event_thread.start()

        self.mpstate = mpstate
        self.mpstate.miss_editor = self

        self.time_to_quit = False
        self.mavlink_message_queue = multiproc.Queue()
        self.mavlink_message_queue_handler = threading.Thread(target=self.mavlink_message_queue_handler)
        self.mavlink_message_queue_handler.start()

    def mavlink_message_queue_handler(self):
        while not self.time_to_quit:
            while self.mavlink_message_queue.empty():
                time.sleep(0.1)
            m = self.mavlink_message_queue.get()
            self.gui_event_queue_lock.acquire()
            try:
                self.process_mavlink_packet(m)
            finally:
                self.gui_event_queue_lock.release()

    def process_mavlink_packet(self, m):
        if m.get_type() in ['WAYPOINT_COUNT', 'MISSION_COUNT']:
            self.gui_event_queue.put(MissionEditorEvent(me_event.MEGE_CLEAR_MISS_TABLE))

    def child_task(self, q, l, gq, gl, cw_sem):
        '''child process - this holds GUI elements'''
        mp_util.child_close_fds()

        import wx

        self.app = wx.App(False)
        self.app.SetExitOnFrameDelete(True)

        # start a thread to monitor the "close window" semaphore:
        class CloseWindowSemaphoreWatcher(threading.Thread):
            def __init__(self, task, sem):
                threading.Thread.__init__(self)
                self.task = task
                self.sem = sem

            def run(self):
                self.sem.acquire(True)
                self.task.app.ExitMainLoop()

        watcher_thread = CloseWindowSemaphoreWatcher(self, cw_sem)
        watcher_thread.start()

        self.app.MainLoop()
        cw_sem.release()
        watcher_thread.join()

    def close(self):
        '''close the Mission Editor window'''
        self.time_to_quit = True
        self.close_window.release()
        if self.child.is_alive():
            self.child.join(1)
        self.child.terminate()
        self.mavlink_message_queue_handler.join()
        self.event_queue_lock.acquire()
        self.event_queue.put(MissionEditorEvent(me_event.MEE_TIME_TO_QUIT))
        self.event_queue_lock.release()
