"""accountmgr: offline account management, the after-sale side of a CRM."""

__version__ = "0.1.0"
