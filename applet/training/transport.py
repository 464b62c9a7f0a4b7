"""Messages between the window's process and the training process, arrays out of band.

A ``multiprocessing`` connection's ``send`` pickles a message whole: every array's bytes are
copied into the pickle, then the pickle into the pipe. A progress of the deep lesson (its
parameters, the last finite ones and Adam's two averages: 1.2 MB) cost the training process
2.5 ms that way, 30 times a second. Here the pickle holds only the message's structure
(pickle protocol 5), and each array's bytes go into the pipe as they are: one header, then one
piece per array. The receiver reads each piece into a writable buffer of its own.
"""

from __future__ import annotations

import pickle
import struct
from typing import Any

_COUNT = struct.Struct("<I")  # how many out-of-band pieces follow the header


def send(connection: Any, message: object) -> None:
    """Send ``message`` through ``connection``. It is pickled whole before anything is sent, so a
    message that cannot be pickled raises and leaves the pipe as it was."""
    pieces: list[pickle.PickleBuffer] = []
    header = pickle.dumps(message, protocol=5, buffer_callback=pieces.append)
    connection.send_bytes(_COUNT.pack(len(pieces)) + header)
    for piece in pieces:
        connection.send_bytes(piece.raw())


def receive(connection: Any) -> Any:
    """The next message ``send`` sent through ``connection`` (its arrays writable)."""
    data = connection.recv_bytes()
    (count,) = _COUNT.unpack_from(data)
    pieces = [bytearray(connection.recv_bytes()) for _ in range(count)]
    return pickle.loads(memoryview(data)[_COUNT.size :], buffers=pieces)
