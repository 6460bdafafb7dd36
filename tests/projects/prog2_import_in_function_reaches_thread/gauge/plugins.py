"""Optional plugins, imported lazily."""


def load_hooks():
    from gauge import pushgw

    return [pushgw.start_push_loop]
