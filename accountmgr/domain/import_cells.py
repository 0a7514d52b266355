"""Reading one cell's text as a value: numbers and amounts in any common notation, currencies,
dates, times and durations, deal statuses, yes/no, emails, phones and text within its limit.

Each parser takes the text of one cell and raises ValidationError (a template with named
placeholders, for the interface to translate) for a cell it cannot read. The parsers of values
that fill whole columns are cached.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from accountmgr.domain.errors import ValidationError
from accountmgr.domain.html_text import html_to_text, looks_like_html
from accountmgr.domain.import_fields import MAX_LIST, currency_exponent
from accountmgr.domain.import_words import (
    FALSE_WORDS,
    MONTHS,
    STATUSES,
    TRUE_SYMBOLS,
    TRUE_WORDS,
    normalize,
    unaccented,
)
from accountmgr.domain.money import to_minor
from accountmgr.domain.writes import MAX_NAME, MAX_TEXT, within

_SYMBOLS = {
    "€": "EUR",
    "us$": "USD",
    "r$": "BRL",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "円": "JPY",
    "fr.": "CHF",
    "sfr.": "CHF",
}
_SYMBOL_PATTERN = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_CURRENCY_AT_START = re.compile(rf"^\s*({_SYMBOL_PATTERN}|[a-z]{{3}}(?![a-z]))\s*", re.IGNORECASE)
_CURRENCY_AT_END = re.compile(rf"\s*({_SYMBOL_PATTERN}|(?<![a-z])[a-z]{{3}})\s*$", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_GROUPING = " '\u2019_"


def _currency_code(token: str) -> str:
    return _SYMBOLS.get(token.casefold(), token.upper())


def split_currency(text: str) -> tuple[str, str | None]:
    """An amount text without its currency symbol or code, and the code it named (or None)."""
    rest = _SPACES.sub(" ", text).strip()
    named: str | None = None
    sign = ""
    if rest[:1] in "-+" and len(rest) > 1 and not rest[1].isdigit():
        sign, rest = rest[0], rest[1:].lstrip()  # "-$12", "- EUR 12"
    for pattern in (_CURRENCY_AT_START, _CURRENCY_AT_END):
        match = pattern.search(rest)
        if match is not None and match.group(0).strip() != rest.strip():
            named = _currency_code(match.group(1))
            rest = rest[: match.start()] + rest[match.end() :]
            break
    return sign + rest.strip(), named


def parse_decimal(text: str) -> Decimal:
    """A number written with either decimal separator and optional thousands separators
    ("1.234,56", "1,234.56", "1 234,56", "1'234.56", "-12", "(12)"); raises ValidationError."""
    body = _SPACES.sub(" ", text).strip()
    negative = False
    if len(body) > 1 and body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1].strip()
    if body and body[0] in "-+\u2212":
        negative, body = negative or body[0] != "+", body[1:].strip()
    elif body and body[-1] in "-\u2212":
        negative, body = True, body[:-1].strip()
    if not body or not re.fullmatch("[\\d.,' \u2019_]+", body) or not re.search(r"\d", body):
        raise ValidationError("“{text}” is not a number.", text=text)
    if not body[0].isdigit() and body[0] not in ".,":
        raise ValidationError("“{text}” is not a number.", text=text)
    dots, commas = body.count("."), body.count(",")
    other_grouping = any(c in body for c in _GROUPING)
    decimal_sep: str | None
    if dots and commas:
        decimal_sep = "." if body.rfind(".") > body.rfind(",") else ","
        if body.count(decimal_sep) > 1:
            raise ValidationError("“{text}” is not a number.", text=text)
    elif dots + commas == 0:
        decimal_sep = None
    else:
        sep = "." if dots else ","
        if dots + commas > 1:
            decimal_sep = None  # "1.234.567": thousands only
        else:
            whole, _, fraction = body.partition(sep)
            thousands = (
                len(fraction) == 3
                and not other_grouping
                and whole.isdigit()
                and 1 <= len(whole) <= 3
                and whole != "0"
            )
            decimal_sep = None if thousands else sep
    if decimal_sep is None:
        whole, fraction = body, ""
    else:
        whole, _, fraction = body.rpartition(decimal_sep)
        if not fraction.isdigit():
            raise ValidationError("“{text}” is not a number.", text=text)
    groups = re.split("[.,' \u2019_]", whole) if whole else ["0"]
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValidationError("“{text}” is not a number.", text=text)
    digits = "".join(groups) or "0"
    if not digits.isdigit() or len(digits) > 30 or len(fraction) > 30:
        raise ValidationError("“{text}” is not a number.", text=text)
    number = Decimal(f"{digits}.{fraction}" if fraction else digits)
    return -number if negative else number


def parse_amount_text(text: str, exponent: int) -> int:
    """A number as minor units of a currency with `exponent` decimals (sign kept)."""
    return to_minor(parse_decimal(text), exponent, text)


# -- dates and times ---------------------------------------------------------------------------

_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_MONTH_NAME = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|er|o)?\s*(?:de\s+)?([a-z]+)\s*(?:de\s+)?(\d{4})"
)
_MONTH_NAME_DAY = re.compile(r"([a-z]+)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})")
_TIME = re.compile(
    r"(\d{1,2})\s*(?:[:.]\s*(\d{2})|(h)\s*(\d{2})?)?(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(?:(a|p)\.?\s*m\.?)?",
    re.IGNORECASE,
)
_DATETIME = re.compile(
    r"(.+?)(?:[T\s,]+|(?<=\d)T)(\d{1,2}\s*[:h]\s*\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*"
    r"(?:[ap]\.?\s*m\.?)?)\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError("“{text}” is not a valid date.", text=text) from None


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_date(text: str, *, day_first: bool) -> tuple[dt.date, bool]:
    """A date and whether it was ambiguous (could be read day-first or month-first, giving two
    different dates). Accepts ISO, dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy, "24 Nov 2026",
    "24. November 2026", "24 de noviembre de 2026", "Nov 24, 2026"; raises ValidationError."""
    cleaned = _SPACES.sub(" ", text).strip()
    if (match := _ISO_DATE.fullmatch(cleaned)) or (match := _COMPACT_DATE.fullmatch(cleaned)):
        year, month, day = (int(g) for g in match.groups())
        return _make_date(year, month, day, text), False
    if match := _NUMERIC_DATE.fullmatch(cleaned):
        first, second, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
        day, month = (first, second) if day_first else (second, first)
        if not 1 <= month <= 12 and 1 <= day <= 12:  # only the other reading is a date
            day, month = month, day
        date = _make_date(year, month, day, text)
        ambiguous = first != second and first <= 12 and second <= 12
        return date, ambiguous
    words = normalize(cleaned)
    if match := _DAY_MONTH_NAME.fullmatch(words):
        named = MONTHS.get(match.group(2))
        if named is not None:
            return _make_date(int(match.group(3)), named, int(match.group(1)), text), False
    if match := _MONTH_NAME_DAY.fullmatch(words):
        named = MONTHS.get(match.group(1))
        if named is not None:
            return _make_date(int(match.group(3)), named, int(match.group(2)), text), False
    raise ValidationError("“{text}” is not a date.", text=text)


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_time(text: str) -> dt.time:
    """A time of day: "10:00", "10:00:00", "9h30", "15h", "3:30 PM"; raises ValidationError."""
    match = _TIME.fullmatch(_SPACES.sub(" ", text).strip())
    if match is None:
        raise ValidationError("“{text}” is not a time of day.", text=text)
    hours, colon_minutes, h_mark, h_minutes, seconds, noon = match.groups()
    if colon_minutes is None and h_mark is None and noon is None:
        raise ValidationError("“{text}” is not a time of day.", text=text)
    hour, minute = int(hours), int(colon_minutes or h_minutes or 0)
    second = int(seconds or 0)
    if noon:
        if not 1 <= hour <= 12:
            raise ValidationError("“{text}” is not a time of day.", text=text)
        hour = hour % 12 + (12 if noon.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError("“{text}” is not a time of day.", text=text)
    return dt.time(hour, minute, second)


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_datetime(text: str, *, day_first: bool) -> tuple[dt.datetime, bool]:
    """A date with an optional time ("2026-11-24 10:00", "24.11.2026 10:00",
    "2026-11-24T10:00:00Z"), as local time without a zone, and whether the date was
    ambiguous; a date alone is midnight. Raises ValidationError."""
    if plain := _ISO_MOMENT.fullmatch(text):  # "2026-11-24 10:00", as exports write
        try:
            year, month, day, hour, minute, second = plain.groups()
            moment = dt.datetime(
                int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
            )
            return moment, False
        except ValueError:
            pass  # read the long way, for the message
    cleaned = _SPACES.sub(" ", text).strip()
    match = _DATETIME.fullmatch(cleaned)
    if match is None:
        date, ambiguous = parse_date(cleaned, day_first=day_first)
        return dt.datetime.combine(date, dt.time()), ambiguous
    try:
        date, ambiguous = parse_date(match.group(1), day_first=day_first)
        clock = parse_time(match.group(2))
    except ValidationError:
        raise ValidationError("“{text}” is not a date and time.", text=text) from None
    moment = dt.datetime.combine(date, clock)
    zone = match.group(3)
    if zone:
        if zone.lower() in ("z", "utc", "gmt"):
            offset = dt.timedelta()
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        if abs(offset) >= dt.timedelta(hours=24):
            raise ValidationError("“{text}” is not a date and time.", text=text)
        try:
            aware = moment.replace(tzinfo=dt.timezone(offset))
            moment = aware.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError):
            raise ValidationError("“{text}” is not a date and time.", text=text) from None
    return moment, ambiguous


_ISO_MOMENT = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")
_MINUTE_WORDS = r"(?:m|min|mins|minute|minutes|minuten|minutos|minuti)"
_DURATION_MINUTES = re.compile(rf"(\d{{1,6}}){_MINUTE_WORDS}?")
_DURATION_HOURS = re.compile(
    r"(\d{1,4})(?::|h|hr|hrs|hour|hours|std|stunde|stunden|heure|heures|hora|horas|ora|ore)"
    rf"(?:(\d{{1,2}}){_MINUTE_WORDS}?)?"
)
MAX_DURATION = 24 * 60 * 31


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_duration(text: str) -> int:
    """Minutes: "30", "30 min", "1:30", "1h30", "2 h"; raises ValidationError."""
    cleaned = "".join(unaccented(text).split()).rstrip(".")
    minutes = -1
    if found := _DURATION_MINUTES.fullmatch(cleaned):
        minutes = int(found.group(1))
    elif (found := _DURATION_HOURS.fullmatch(cleaned)) and int(found.group(2) or 0) < 60:
        minutes = int(found.group(1)) * 60 + int(found.group(2) or 0)
    if not 0 <= minutes <= MAX_DURATION:
        raise ValidationError("“{text}” is not a duration in minutes (at most 31 days).", text=text)
    return minutes


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_status(text: str) -> str:
    """ "open", "won" or "lost" from a status in six languages; raises ValidationError."""
    found = STATUSES.get(normalize(text))
    if found is None:
        raise ValidationError("“{text}” is not a deal status (open, won or lost).", text=text)
    return found


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_bool(text: str) -> bool:
    """Yes or no in six languages ("ja", "oui", "sí", "sì", "sim", "1", "true", "x" / "no"…),
    and the done / not done words of status columns ("Done" / "To do", "Erledigt" / "Offen",
    "Fait" / "À faire", "Hecho" / "Pendiente", "Fatto" / "Da fare", "Feito" / "A fazer"…),
    case and accents ignored."""
    stripped = text.strip().casefold()
    if stripped in TRUE_SYMBOLS:
        return True
    word = normalize(text)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS or stripped in ("-", "☐"):
        return False
    raise ValidationError("“{text}” is neither yes nor no.", text=text)


_EMAIL = re.compile(r"[^@\s<>,;\"()]+@[^@\s<>,;\"()]+\.[^@\s<>,;\"().]+")
_PHONE = re.compile(r"\+?[\d\s().\-/]{3,40}")


def is_email(text: str) -> bool:
    """Whether the text is one email address."""
    return _EMAIL.fullmatch(text.strip()) is not None


def is_phone(text: str) -> bool:
    """Whether the text could be one phone number."""
    item = " ".join(text.split())
    return _PHONE.fullmatch(item) is not None and sum(c.isdigit() for c in item) >= 3


def parse_emails(text: str) -> str:
    """Email addresses, one per line ("Ann <ann@example.com>" keeps the address)."""
    found: list[str] = []
    for part in re.split(r"[,;\n]+", text):
        item = part.strip()
        if not item:
            continue
        bracket = re.fullmatch(r"[^<>]*<([^<>]+)>", item)
        address = (bracket.group(1) if bracket else item).strip()
        if not _EMAIL.fullmatch(address) or len(address) > MAX_NAME:
            raise ValidationError("“{text}” is not an email address.", text=item)
        found.append(address)
    return list_text(found, "email addresses")


LIST_WHAT = {"email": "email addresses", "phone": "phone numbers"}


# writes.within's check with the plural sentence ("the emails are"), a message of its own.
def list_text(items: list[str], what: str) -> str:
    """Items one per line, each once, within MAX_LIST characters."""
    text = "\n".join(dict.fromkeys(items))
    if len(text) > MAX_LIST:
        raise ValidationError(
            "The {what} are too long ({length} characters; at most {limit}).",
            what=what,
            length=len(text),
            limit=MAX_LIST,
        )
    return text


def parse_phones(text: str) -> str:
    """Phone numbers, one per line."""
    found: list[str] = []
    for part in re.split(r"[,;\n]+", text):
        item = " ".join(part.split())
        if not item:
            continue
        if not _PHONE.fullmatch(item) or sum(c.isdigit() for c in item) < 3:
            raise ValidationError("“{text}” is not a phone number.", text=item)
        found.append(item)
    return list_text(found, "phone numbers")


def single_line(text: str, what: str, limit: int = MAX_NAME) -> str:
    return within(" ".join(text.split()), what, limit)


def free_text(text: str, what: str, limit: int) -> str:
    return within(text.strip(), what, limit)


def parse_currency(text: str) -> str:
    """An ISO 4217 currency code from a code or symbol ("eur", "€", "R$", "aud"): one the
    database knows, or any other ISO 4217 currency (the import adds it, its rate pending)."""
    cleaned = text.strip()
    code = _currency_code(cleaned)
    if not re.fullmatch(r"[A-Z]{3}", code) or currency_exponent(code) is None:
        raise ValidationError("“{code}” is not a known currency.", code=cleaned)
    return code


def parse_country(text: str) -> str:
    code = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ValidationError("“{code}” is not a two-letter country code.", code=text)
    return code


def note_text(text: str, what: str = "note", limit: int = MAX_TEXT) -> str:
    """A note or other free text: HTML (as web CRMs export notes) as readable text with its
    line breaks and links kept; plain text as it is (trimmed)."""
    if looks_like_html(text):
        text = html_to_text(text)
    return free_text(text, what, limit)
