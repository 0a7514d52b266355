"""Entry script for the PyInstaller bundle (see packaging/accountmgr.spec).

PyInstaller needs a script, not a console-script entry point; this one runs the same
`accountmgr.__main__:main()` as the `accountmgr` command and hands its return value to the
process as the exit code.
"""

import sys

from accountmgr.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
