"""Peewee models of the store, bound to a proxy so every process or test opens its own file.

The tables themselves are created by the numbered migrations in `migrations.py`, never from these
classes, so that a migration always produces the schema of its own version.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

db = pw.DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    """Installation-wide key/value settings (default currency, ...)."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class User(BaseModel):
    id = pw.AutoField()
    name = pw.CharField()
    email = pw.CharField(default="")
    active = pw.BooleanField(default=True)


class Currency(BaseModel):
    """An ISO 4217 currency with its exchange rate to the installation's default currency.

    `rate_micros` is how many millionths of one default-currency unit one unit of this currency is
    worth; 0 means no rate yet (a currency an import added): its amounts count in no converted
    total until a rate is set, and the summary counts its won deals apart (`won_unpriced`).
    `conv_num / conv_den` is the same rate between minor units, reduced, so that SQL can
    convert integer amounts exactly: default_minor = (minor * conv_num + conv_den / 2) / conv_den.
    """

    code = pw.CharField(primary_key=True, max_length=3)
    name = pw.CharField()
    exponent = pw.IntegerField(default=2)
    rate_micros = pw.BigIntegerField(default=1_000_000)
    conv_num = pw.BigIntegerField(default=1)
    conv_den = pw.BigIntegerField(default=1)
    rate_date = pw.DateField(null=True)  # the day the rate was set; NULL: built in, or none


class Organization(BaseModel):
    owner_id: int | None
    id = pw.AutoField()
    name = pw.CharField()
    address = pw.TextField(default="")
    country = pw.CharField(default="", max_length=2)
    owner = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="organizations")
    label = pw.CharField(default="")
    created_at = pw.DateTimeField(default=_now)
    updated_at = pw.DateTimeField(default=_now)
    updated_by_id = pw.IntegerField(null=True)  # the user who last changed it, if chosen


class Person(BaseModel):
    organization_id: int | None
    id = pw.AutoField()
    name = pw.CharField()
    role = pw.CharField(default="")
    emails = pw.TextField(default="")  # one address per line
    phones = pw.TextField(default="")  # one number per line
    organization = pw.ForeignKeyField(
        Organization, null=True, on_delete="SET NULL", backref="people"
    )
    created_at = pw.DateTimeField(default=_now)


class Deal(BaseModel):
    owner_id: int | None
    organization_id: int | None
    person_id: int | None
    id = pw.AutoField()
    title = pw.CharField()
    value_minor = pw.BigIntegerField(default=0)
    currency = pw.ForeignKeyField(Currency, field=Currency.code, column_name="currency")
    status = pw.CharField(default="open")  # open | won | lost
    won_time = pw.DateTimeField(null=True)
    lost_time = pw.DateTimeField(null=True)
    lost_reason = pw.CharField(default="")
    expected_close = pw.DateField(null=True)
    owner = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    organization = pw.ForeignKeyField(Organization, null=True, on_delete="CASCADE", backref="deals")
    person = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    created_at = pw.DateTimeField(default=_now)


class ActivityType(BaseModel):
    id = pw.AutoField()
    key = pw.CharField(unique=True)
    name = pw.CharField()
    icon = pw.CharField(default="")
    color = pw.CharField(default="")
    default_subject = pw.CharField(default="")
    default_duration_min = pw.IntegerField(default=30)
    followup_days = pw.IntegerField(null=True)
    position = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)  # the code says retired: NOT active


class Activity(BaseModel):
    type_id: int
    assignee_id: int | None
    organization_id: int | None
    person_id: int | None
    deal_id: int | None
    id = pw.AutoField()
    type = pw.ForeignKeyField(ActivityType)
    subject = pw.CharField()
    due_date = pw.DateField()
    due_time = pw.TimeField(null=True)
    duration_min = pw.IntegerField(null=True)
    assignee = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    done = pw.BooleanField(default=False)
    done_time = pw.DateTimeField(null=True)
    note = pw.TextField(default="")
    organization = pw.ForeignKeyField(
        Organization, null=True, on_delete="CASCADE", backref="activities"
    )
    person = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    deal = pw.ForeignKeyField(Deal, null=True, on_delete="SET NULL")
    created_at = pw.DateTimeField(default=_now)
    created_by_id = pw.IntegerField(null=True)  # the user who scheduled it, if chosen
    # Recurrence (schema 5): every `repeat_every` day | week | month, until `repeat_until`
    # (inclusive; NULL = forever); `series_id` is the id of the series' first activity.
    repeat_unit = pw.CharField(null=True)
    repeat_every = pw.IntegerField(null=True)
    repeat_until = pw.DateField(null=True)
    series_id = pw.IntegerField(null=True)


class Note(BaseModel):
    author_id: int | None
    organization_id: int | None
    person_id: int | None
    deal_id: int | None
    id = pw.AutoField()
    content = pw.TextField()
    pinned = pw.BooleanField(default=False)
    author = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    organization = pw.ForeignKeyField(Organization, null=True, on_delete="CASCADE", backref="notes")
    person = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    deal = pw.ForeignKeyField(Deal, null=True, on_delete="SET NULL")
    created_at = pw.DateTimeField(default=_now)
    updated_at = pw.DateTimeField(default=_now)


class Attachment(BaseModel):
    """A file copied into the file store; `sha256` names the stored copy."""

    organization_id: int | None
    person_id: int | None
    deal_id: int | None
    id = pw.AutoField()
    sha256 = pw.CharField(max_length=64)
    original_name = pw.CharField()
    size = pw.BigIntegerField()
    organization = pw.ForeignKeyField(
        Organization, null=True, on_delete="CASCADE", backref="attachments"
    )
    person = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    deal = pw.ForeignKeyField(Deal, null=True, on_delete="SET NULL")
    created_at = pw.DateTimeField(default=_now)


class CustomField(BaseModel):
    id = pw.AutoField()
    entity = pw.CharField()  # organization | person | deal
    key = pw.CharField()
    name = pw.CharField()
    field_type = pw.CharField()  # see domain.customfields.FieldType
    options = pw.TextField(default="[]")  # JSON list, for option types
    position = pw.IntegerField(default=0)
    retired = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("entity", "key"), True),)


class CustomValue(BaseModel):
    field_id: int
    id = pw.AutoField()
    field = pw.ForeignKeyField(CustomField, on_delete="CASCADE")
    entity_id = pw.IntegerField()
    value = pw.TextField()

    class Meta:
        indexes = ((("field", "entity_id"), True),)


class OrgSummary(BaseModel):
    """One row per organization, kept current in the same transaction as every write.

    The List and Kanban views read only this table (DESIGN.md section 6).
    """

    organization = pw.ForeignKeyField(
        Organization, primary_key=True, on_delete="CASCADE", column_name="org_id"
    )
    name = pw.CharField()
    owner_id = pw.IntegerField(null=True)
    label = pw.CharField(default="")
    won_count = pw.IntegerField(default=0)
    won_value = pw.BigIntegerField(default=0)  # default currency, minor units
    open_count = pw.IntegerField(default=0)
    open_value = pw.BigIntegerField(default=0)
    lost_count = pw.IntegerField(default=0)
    people_count = pw.IntegerField(default=0)
    last_done = pw.DateTimeField(null=True)
    next_activity_id = pw.IntegerField(null=True)
    next_due = pw.DateField(null=True)
    next_due_time = pw.TimeField(null=True)
    next_type_id = pw.IntegerField(null=True)
    next_subject = pw.CharField(null=True)
    account_since = pw.DateTimeField(null=True)
    # Schema 7: won deals in a currency without an exchange rate yet, left out of won_value.
    won_unpriced = pw.IntegerField(default=0)


class SavedView(BaseModel):
    """A view of the accounts a person named (see domain.saved_views): the team's (`owner`
    NULL) or private to one user. `definition` is JSON: the search and filters, the columns
    and the sort."""

    owner_id: int | None
    id = pw.AutoField()
    name = pw.CharField()
    owner = pw.ForeignKeyField(User, null=True, on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    definition = pw.TextField()
    created_at = pw.DateTimeField(default=_now)
    updated_at = pw.DateTimeField(default=_now)
