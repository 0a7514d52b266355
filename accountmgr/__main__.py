"""Where the `accountmgr` command, `python -m accountmgr` and the packaged application start."""

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (the window when no command is given).

    The garbage collector is off while the modules load and the window is built: nearly all
    that is made then lives as long as the process, so a collection finds nothing to free
    (about 4 ms of the window's start). `cli.main` turns it back on before a command runs, and
    the window once it has painted.
    """
    gc.disable()
    try:
        from accountmgr.cli import main as cli_main

        return cli_main(argv)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
