"""Export the account list as the person sees it (columns, filter, order) to CSV."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from accountmgr.domain import account_list, customfields
from accountmgr.domain.account_list import ListRow
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.errors import DomainError
from accountmgr.domain.money import to_decimal_string
from accountmgr.domain.organizations import users

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BLOCK = 500


def neutralise(cell: str) -> str:
    """Keep spreadsheets from running a cell as a formula: prefix such cells with a quote."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _cell(row: ListRow, key: str, exponent: int) -> str:
    """A standard column's value, neutralised; amounts as plain decimals, dates as ISO."""
    return neutralise(_raw_cell(row, key, exponent))


def _raw_cell(row: ListRow, key: str, exponent: int) -> str:
    match key:
        case "won_value" | "open_value":
            return to_decimal_string(getattr(row, key), exponent)
        case "owner":
            return row.owner or ""
        case "last_contacted" | "account_since":
            value = getattr(row, key)
            return value[:10] if value else ""
        case "next_activity":
            if not row.next_due:
                return ""
            when = f"{row.next_due} {row.next_due_time[:5]}" if row.next_due_time else row.next_due
            return f"{row.next_subject} ({when})"
        case "won_deals" | "people":
            return str(getattr(row, key))
        case "name" | "label":
            return str(getattr(row, key))
    raise DomainError("Unknown column “{key}”.", key=key)


def export_accounts_csv(
    path: Path,
    org_ids: Sequence[int],
    columns: Sequence[tuple[str, str]],
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write these organizations, in this order, with these (key, header) columns; returns the
    number of rows. The file appears complete or not at all."""
    _, exponent = default_currency()
    fields = {f.id: f for f in customfields.definitions("organization", include_retired=True)}
    field_ids = [int(k.split(":", 1)[1]) for k, _ in columns if k.startswith("custom:")]
    user_names = dict(users())

    def cell(row: ListRow, key: str, custom: dict[int, str]) -> str:
        if not key.startswith("custom:"):
            return _cell(row, key, exponent)
        field_id = int(key.split(":", 1)[1])
        stored = custom.get(field_id)
        if stored is None or field_id not in fields:
            return ""
        text = customfields.display_text(fields[field_id], stored, user_names)
        numeric = fields[field_id].field_type in ("number", "monetary")
        return text if numeric else neutralise(text)  # a number like -5 stays a number

    target = path.expanduser()
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    except OSError as exc:
        raise DomainError(
            "Cannot write to {folder}: {reason}.",
            folder=str(target.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    written = 0
    try:
        os.chmod(temp_name, 0o644)  # mkstemp makes the file private; an export is not
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([neutralise(header) for _, header in columns])
            for start in range(0, len(org_ids), BLOCK):
                chunk = list(org_ids[start : start + BLOCK])
                rows = account_list.rows(chunk)
                custom = customfields.values_of("organization", chunk, field_ids)
                for org_id in chunk:
                    row = rows.get(org_id)
                    if row is not None:
                        writer.writerow(
                            [cell(row, key, custom.get(org_id, {})) for key, _ in columns]
                        )
                        written += 1
                if progress is not None:
                    progress(min(start + BLOCK, len(org_ids)), len(org_ids))
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise DomainError(
            "Cannot write {path}: {reason}.", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return written
