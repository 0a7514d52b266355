"""The command line's commands, one module a group: `database` (demo data, the account list,
the check, screenshots), `transfer` (import, export, calendar export) and `backup` (backup,
restore, the list of backups). `accountmgr.cli` parses the arguments and runs them."""
