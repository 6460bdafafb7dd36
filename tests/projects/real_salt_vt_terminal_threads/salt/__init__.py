"""Salt, cut down to the minion, the cmd module and the virtual terminal."""
