"""The reporter's side: a game server polling OSC messages received by kivy's OSC listener."""
import time

from osc import oscAPI


def on_move(message, source):
    print("move", message, source)


def main():
    oscid = oscAPI.listen(ipAddr="127.0.0.1", port=3000)
    oscAPI.bind(oscid, on_move, "/move")
    while True:
        oscAPI.readQueue(oscid)
        time.sleep(0.02)


if __name__ == "__main__":
    main()
