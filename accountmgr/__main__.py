"""`python -m accountmgr`: the same as the `accountmgr` command."""

import sys

from accountmgr.cli import main

sys.exit(main())
