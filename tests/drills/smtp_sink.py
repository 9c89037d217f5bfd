"""A mail server that keeps every message it accepts, one file each, for the fault drills.

    python -m tests.drills.smtp_sink PORT FOLDER

Runs until terminated; started again on the same port, it goes on adding to the folder.
"""

import argparse
import asyncio
import signal
import time
from pathlib import Path

from aiosmtpd.controller import Controller


class FolderHandler:
    """Writes each message's bytes to a file of its own, named so that names never repeat."""

    def __init__(self, folder: Path):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}-{id(envelope)}.eml"
        partial = self.folder / f".{name}"
        partial.write_bytes(envelope.original_content or envelope.content)
        partial.rename(self.folder / name)  # a reader never sees half a message
        return "250 Message accepted for delivery"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("folder", type=Path)
    options = parser.parse_args()
    options.folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(FolderHandler(options.folder), hostname="127.0.0.1", port=options.port)
    controller.start()
    print(f"Listening on 127.0.0.1:{options.port}", flush=True)
    stopped = asyncio.Event()
    loop = asyncio.new_event_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopped.set)
    try:
        loop.run_until_complete(stopped.wait())
    finally:
        controller.stop()
        loop.close()


if __name__ == "__main__":
    main()
