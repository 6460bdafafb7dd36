"""Generated-style service glue (trimmed): registers a servicer on a server."""


class GreeterServicer:
    def SayHello(self, request, context):
        raise NotImplementedError


def add_GreeterServicer_to_server(servicer, server):
    server.add_generic_rpc_handlers(())
