"""Write tests/data/schema_v1.db: a small database exactly as schema version 1 left it.

Kept to show how the fixture was made; the checked-in file is what the migration test uses, so
later changes to the application cannot silently change it.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from accountmgr.store import schema_v1, seed

TARGET = Path(__file__).with_name("schema_v1.db")


def main() -> int:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    with conn:
        for statement in schema_v1.STATEMENTS:
            conn.execute(statement)
        conn.execute("INSERT INTO setting VALUES ('default_currency', 'EUR')")
        for code, name, exponent, rate in seed.CURRENCIES:
            num, den = seed.conversion(rate, exponent, 2)
            conn.execute(
                "INSERT INTO currency VALUES (?, ?, ?, ?, ?, ?)",
                (code, name, exponent, rate, num, den),
            )
        for position, (key, name, icon, color, subject, duration, followup) in enumerate(
            seed.ACTIVITY_TYPES
        ):
            conn.execute(
                "INSERT INTO activity_type (key, name, icon, color, default_subject, "
                "default_duration_min, followup_days, position, active) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (key, name, icon, color, subject, duration, followup, position),
            )
        conn.execute("INSERT INTO user (id, name, email, active) VALUES (1, 'Ana Lima', '', 1)")
        conn.execute(
            "INSERT INTO organization VALUES (1, 'Kestrel Dental GmbH', 'Hauptstraße 3, "
            "10115 Berlin', 'DE', 1, 'Key account', '2025-01-02 10:00:00', "
            "'2025-01-02 10:00:00')"
        )
        conn.execute(
            "INSERT INTO organization VALUES (2, 'Otter Print Ltd', '', 'GB', 1, '', "
            "'2025-01-03 10:00:00', '2025-01-03 10:00:00')"
        )
        conn.execute(
            "INSERT INTO person VALUES (1, 'Jonas Weber', 'CFO', 'jonas.weber@example.de', "
            "'+49 30 1234567', 1, '2025-01-02 10:00:00')"
        )
        conn.execute(
            "INSERT INTO deal VALUES (1, 'Annual licence', 480000, 'EUR', 'won', "
            "'2025-02-01 12:00:00', NULL, '', NULL, 1, 1, 1, '2025-01-05 10:00:00')"
        )
        conn.execute(
            "INSERT INTO deal VALUES (2, 'Print pilot', 90000, 'GBP', 'open', NULL, NULL, '', "
            "'2026-12-01', 1, 2, NULL, '2025-01-06 10:00:00')"
        )
        conn.execute(
            "INSERT INTO activity VALUES (1, 1, 'Satisfaction call', '2025-03-01', '10:00:00', "
            "15, 1, 1, '2025-03-01 10:20:00', '', 1, 1, NULL, '2025-02-01 12:00:00')"
        )
        conn.execute(
            "INSERT INTO activity VALUES (2, 2, 'Quarterly review', '2026-12-02', NULL, 60, 1, "
            "0, NULL, '', 1, NULL, 1, '2025-03-01 10:20:00')"
        )
        conn.execute(
            "INSERT INTO note VALUES (1, 'Decides renewals in March.', 1, 1, 1, NULL, NULL, "
            "'2025-03-01 10:30:00', '2025-03-01 10:30:00')"
        )
        conn.execute(
            "INSERT INTO org_summary VALUES (1, 'Kestrel Dental GmbH', 1, 'Key account', 1, "
            "480000, 0, 0, 0, 1, '2025-03-01 10:20:00', 2, '2026-12-02', NULL, 2, "
            "'Quarterly review', '2025-02-01 12:00:00')"
        )
        conn.execute(
            "INSERT INTO org_summary VALUES (2, 'Otter Print Ltd', 1, '', 0, 0, 1, 105300, 0, 0, "
            "NULL, NULL, NULL, NULL, NULL, NULL, NULL)"
        )
        conn.execute("PRAGMA user_version = 1")
        conn.execute("PRAGMA application_id = 1094929735")  # 0x41434D47
    conn.execute("VACUUM")
    conn.close()
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
