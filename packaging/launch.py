"""Entry script for the PyInstaller bundle (see packaging/accountmgr.spec).

PyInstaller needs a script, not a console-script entry point; this one just runs
`accountmgr.cli:main()` and hands its return value to the process as the exit code.
"""

import sys

from accountmgr.cli import main

if __name__ == "__main__":
    sys.exit(main())
