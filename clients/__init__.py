"""Programs that talk to hotseat as a candidate would: the terminal interview and the load simulator.

They are clients, not server code: the terminal drives an interview, the simulator plays
many candidates over the websocket against a running server.
"""
