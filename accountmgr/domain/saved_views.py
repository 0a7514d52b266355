"""A view of the accounts as a person keeps it: the search and the filters (AccountFilter),
written as JSON so that the window can remember it between starts and a saved view can be
stored.

Reading is forgiving: a field that is missing, of the wrong type or out of range takes its
default, so a view written by another version, or edited by hand, still opens (showing more
accounts, never fewer than it says).
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket

MAX_DAYS = 3650  # the filter bar's limit for "not contacted in"


def filter_to_json(flt: AccountFilter) -> str:
    fields = dataclasses.asdict(flt)
    fields["bucket"] = flt.bucket.value if flt.bucket is not None else None
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def _days(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 < value <= MAX_DAYS else None


def filter_from_json(text: str) -> AccountFilter:
    """The filter `text` says; its default (every account) for what it does not say well."""
    try:
        fields = json.loads(text)
    except (TypeError, ValueError):
        return AccountFilter()
    if not isinstance(fields, dict):
        return AccountFilter()
    search = fields.get("search")
    owner = fields.get("owner_id")
    label = fields.get("label")
    bucket = fields.get("bucket")
    accounts_only = fields.get("accounts_only")
    return AccountFilter(
        search=search.strip() if isinstance(search, str) else "",
        owner_id=owner if isinstance(owner, int) and not isinstance(owner, bool) else None,
        label=label if isinstance(label, str) and label else None,
        bucket=Bucket(bucket) if bucket in {b.value for b in Bucket} else None,
        not_contacted_days=_days(fields.get("not_contacted_days")),
        contacted_days=_days(fields.get("contacted_days")),
        accounts_only=accounts_only if isinstance(accounts_only, bool) else True,
    )
