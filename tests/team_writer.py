"""One member of a team writing to a shared team database: `python -m tests.team_writer URL
SEED WRITES` makes WRITES random domain writes (organizations, deals won, lost and reopened,
activities planned and done, notes, renames) and prints, as JSON, how many of each it made
and the ids of what it created, so that the test can check that none was lost."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys

from accountmgr.domain import activities, clock, deals, notes, organizations
from accountmgr.domain.errors import NotFoundError
from accountmgr.domain.transaction import NotWrittenError
from accountmgr.store.models import Organization
from accountmgr.store.postgres import server_address
from accountmgr.store.server import open_server

TODAY = dt.date(2026, 11, 24)


ACTIONS = ("org", "deal", "won", "lost", "reopen", "activity", "done", "note", "rename")


def _write(
    action: str,
    rng: random.Random,
    orgs: list[int],
    deals_made: list[int],
    notes_made: list[int],
    call: int,
    tag: str,
) -> str | None:
    """One write of this kind; the kind written, or None when there was nothing to write."""
    org = rng.choice(orgs) if orgs else None
    if action == "org" or org is None:
        orgs.append(organizations.create_organization(f"Member org {tag}").id)
        return "org"
    if action == "deal":
        value, code = rng.randint(1, 10**6), rng.choice(["EUR", "USD", "GBP"])
        deals_made.append(
            deals.create_deal(f"Deal {tag}", org_id=org, value_minor=value, currency=code).id
        )
        return "deal"
    if action in ("won", "lost", "reopen"):
        if not deals_made:
            return None
        status = {"won": deals.mark_won, "lost": deals.mark_lost, "reopen": deals.reopen}
        status[action](rng.choice(deals_made))
        return action
    if action == "activity":
        due = TODAY + dt.timedelta(days=rng.randint(-20, 60))
        activities.create_activity("Satisfaction call", due, type_id=call, org_id=org)
        return action
    if action == "done":
        found = activities.next_open_activity(org)
        if found is None:
            return None
        activities.mark_done(found)
        return action
    if action == "note":
        notes_made.append(notes.create_note(f"Call report {tag}", org_id=org).id)
        return action
    organizations.update_organization(org, name=f"Renamed {tag}")
    return "rename"


def main(url: str, seed: int, writes: int) -> dict[str, object]:
    open_server(server_address(url))
    clock.pin_today(TODAY)
    rng = random.Random(seed)
    call = activities.type_id("call")
    made: dict[str, int] = {}
    notes_made: list[int] = []
    deals_made: list[int] = []
    retried = 0
    orgs = [int(r[0]) for r in Organization.select(Organization.id).tuples()]

    done = 0
    while done < writes:
        action = rng.choice(ACTIONS)
        try:
            kind = _write(action, rng, orgs, deals_made, notes_made, call, f"{seed}-{done}")
        except NotWrittenError:
            retried += 1  # nothing was written: the same kind of write is tried again later
            continue
        except NotFoundError:
            continue  # someone else's change removed it meanwhile
        if kind is None:
            continue
        made[kind] = made.get(kind, 0) + 1
        done += 1
    return {"made": made, "notes": notes_made, "deals": deals_made, "retried": retried}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
