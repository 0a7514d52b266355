"""Where the `accountmgr` command, `python -m accountmgr` and the packaged application start."""

import sys
from collections.abc import Sequence

from accountmgr.startup import collector_paused, standard_streams


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (the window when no command is given), with the garbage collector
    paused while it starts (see accountmgr.startup)."""
    standard_streams()
    with collector_paused():
        from accountmgr.cli import main as cli_main

        return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
