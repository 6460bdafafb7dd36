"""kivy.lib.osc, flattened: the simpleOSC API Kivy ships for its TUIO/OSC input."""
