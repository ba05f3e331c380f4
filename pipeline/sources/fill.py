"""Filling a leaflet's blanks for one patient: "Hold for ____ seconds" becomes "Hold for 10
seconds" in every format, with the value where the blank was.

Each value is checked against what its field asks for before anything is built: a count is a
whole number in a range a clinician would write (no "100000 seconds", no "ten"), a date is a
date that exists, a name is letters. The values are a patient's details: they go into the
leaflet model only (as spans marked `filled`), never into a log, a file name or a cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from ..config import read_yaml_file
from ..contacts import is_phone_number
from ..errors import LeafletError
from ..languages import count_label
from ..model import (
    UNNAMED_BLANK,
    Heading,
    Inline,
    Leaflet,
    ListBlock,
    Notice,
    Paragraph,
    Span,
    Table,
    blanks_joined,
    counts_something,
    inlines_of,
    labels_first,
    named_by_blank,
    plain_text,
    sentence_before_blank,
)
from ..text import control_character, slugify

MAX_FILL_FILE = 100_000
MAX_TEXT = 120  # a name with a phone number and an extension fits; a paragraph does not

# What a clinician writes in a count's blank: the unit's first word, its range.
COUNT_RANGES = {
    "times a day": (1, 24),
    "times a week": (1, 50),
    "second": (1, 600),
    "minute": (1, 240),
    "hour": (1, 72),
    "day": (1, 365),
    "week": (1, 104),
    "time": (1, 100),
    "repetition": (1, 100),
    "rep": (1, 100),
    "set": (1, 20),
    "tablet": (1, 20),
    "capsule": (1, 20),
    "dose": (1, 20),
    "drop": (1, 10),
    "puff": (1, 20),
    "sachet": (1, 20),
    "spray": (1, 10),
    "step": (1, 10000),
    "metre": (1, 10000),
    "breath": (1, 100),
}
# A dose counted in these may be prescribed as a range ("2 to 4 puffs when needed", "1 or 2
# tablets"): each end a count in the unit's range, the lower first.
RANGED_COUNTS = {"puff", "tablet", "capsule", "drop", "sachet", "spray"}
_COUNT_RANGE = re.compile(r"(?P<low>\d+)\s*(?:(?P<to>to|-|–|—)|(?P<or>or))\s*(?P<high>\d+)", re.I)
# ... and a measure: "units" of insulin (in halves) or of heparin ("Dose: ____ units", 5,000)
DECIMAL_RANGES = {
    "mg": (0.1, 5000),
    "ml": (0.1, 5000),
    "kg": (0.1, 500),
    "mcg": (0.1, 5000),
    "g": (0.1, 5000),
    "l": (0.1, 20),
    "l/min": (0.1, 1000),  # oxygen, a peak flow
    "cm": (0.1, 300),  # a tube's mark, a chair's height
    "mm": (0.1, 1000),
    "units": (0.5, 50000),
    "mmol/l": (0.1, 50),  # blood sugar, potassium, lithium
    "nmol/l": (0.1, 1000),  # vitamin D
    "µmol/l": (0.1, 5000),  # creatinine, bilirubin
    "umol/l": (0.1, 5000),
    "unit": (0.5, 1),
}
# ... a rate is in its measure's range ("ml/hour", "mg/kg") unless it has its own


def _measure_unit(label: str) -> str:
    """The unit a measure's blank is in, by its label: "ml" for "ml/hour", "l/min" for
    "L/min"; "" for a count or any other blank."""
    unit = label.split()[0].lower() if label.split() else ""
    return unit if unit in DECIMAL_RANGES else unit.split("/")[0]

_DATE_WORDS = re.compile(r"\b(date|appointment)\b", re.IGNORECASE)
# A blank for a body temperature ("Temperature:", "Temp (°C):", "Highest temperature today:"),
# its reading in degrees Celsius within what a body can read: "378" for 37.8 had been printed
# and said "three hundred and seventy-eight", and "37.8" said with no unit at all.
_TEMPERATURE_WORDS = re.compile(r"\b(?:temperature|temp)\b", re.IGNORECASE)
BODY_TEMPERATURE = (34, 43)  # °C: below is hypothermia a thermometer at home rarely reads
_TEMPERATURE = re.compile(
    r"(?P<reading>\d{2}(?:[.,]\d{1,2})?)\s*"
    r"(?P<scale>°\s*C|°|C|degrees?(?:\s+(?:C|Celsius|centigrade))?|Celsius|centigrade)?",
    re.IGNORECASE,
)
# what is booked "on" a day: "Follow-up (telephone or clinic) on:", "Your review is on:"
_BOOKED_ON = re.compile(
    r"\b(?:follow[- ]?up|appointment|review|operation|surgery|visit|scan|clinic|check-?up)\b"
    r"[^:]*\b(?:is )?on:?\s*$",
    re.IGNORECASE,
)
_NAME_WORDS = re.compile(r"\bname\b", re.IGNORECASE)
_CONTACT_WORDS = re.compile(r"\b(number|contact|phone|telephone|tel|ext)\b", re.IGNORECASE)
_PHONE_WORDS = re.compile(
    r"\b(phone|telephone|tel|contact number)\b|\b(?:call|ring) (?:us|them|me|the \w+) on:?$",
    re.IGNORECASE,
)
# "Name of drops:" asks for a medicine's (or a feed's) name, which may hold figures
# ("Chloramphenicol 0.5%"): not a person's name in letters alone.
_NAME_OF_A_THING = re.compile(
    r"\bname of (?:the |your )?(?:[\w-]+ )?(?:drops?|medicines?|medications?|tablets?|"
    r"capsules?|cream|ointment|inhalers?|drugs?|spray|injections?|dressings?|device|insulin|"
    r"feeds?|drinks?|supplements?|formula|milk)\b",  # "Ensure Plus 2.0", "Nutrison 1.5"
    re.IGNORECASE,
)
_NAME_TEXT = re.compile(r"^[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*\.?$")
_MONTH_FORMATS = ("%Y-%m", "%m/%Y", "%B %Y", "%b %Y")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d %B %Y", "%d %b %Y")
# A weekday before a date, as appointment letters write it: "Tuesday 14 October 2025", "Tues
# 14/10/2025", "Thu 3rd June 2027"; kept when printed and said, and refused if it is wrong.
_WEEKDAY_FIRST = re.compile(
    r"^(?P<day>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?\s+(?P<date>\d.*)$", re.I
)
_ORDINAL_ENDING = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.I)
_TIME_WORDS = re.compile(
    r"^time\b|\b(?:appointment|arrival) time\b|\b(?:after|until|till|before|by) time$",
    re.IGNORECASE,
)
_DATE_AND_TIME = re.compile(r"\bdate\b.*\btime\b|\btime\b.*\bdate\b", re.IGNORECASE)
# A time of day as staff write it: "14:30", "0845", "08.45", "9.15am", "2:30 pm", "9am", "14:30
# hrs". Four figures alone are a 24-hour time ("0845" was said "eight hundred and forty-five").
# Only an unmistakable 24-hour time is rewritten: "2.30" may be the afternoon, and stays as
# written (it had become 02:30, said "two thirty in the morning").
_CLOCK_24 = re.compile(
    r"^(?:(?P<h>[01]\d|2[0-3])[:.]?(?P<m>[0-5]\d)|(?P<h2>1[3-9]|2[0-3])[:.](?P<m2>[0-5]\d))"
    r"(?:\s*hrs?)?$",
    re.IGNORECASE,
)
# ... any other time as staff write one: "2.30", "9.15am", "12 noon", "9.30-10.00"
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:\s*(?:[ap]\.?m\.?|noon|midday|hrs?))?"
_WRITTEN_TIME = re.compile(rf"^{_CLOCK}(?:\s*(?:[-–]|to)\s*{_CLOCK})?$", re.IGNORECASE)


@dataclass(frozen=True)
class LeafletField:
    name: str  # "seconds", "seconds-2": unique in the leaflet, safe in a form or a file
    label: str  # as the leaflet writes it: "seconds", "Name of therapist:"
    section: str = ""  # the heading it is under, which tells two "seconds" apart
    measures: str = ""  # what a blank in a unit is the measure of: "Paracetamol dose" (ml)
    printed_half: str = ""  # "am" or "pm" printed after a time's blank: "at ____ pm"
    of: str = ""  # what a count is of, by its line's lead-in: "Reliever inhaler (blue)"

    @property
    def form_label(self) -> str:
        """ "Number of seconds (Exercise 2: Calf stretch)", "Name of therapist", "Paracetamol
        dose in ml"."""
        label = self.label.rstrip(":")
        if self.measures:
            label = f"{self.measures} in {label}"
        elif self.of:  # "Reliever inhaler (blue): number of puffs"
            label = f"{self.of}: number of {label}"
        elif counts_something(label):
            label = f"Number of {label}"
        label = label[:1].upper() + label[1:]
        return f"{label} ({self.section})" if self.section else label

    @property
    def kind(self) -> str:
        """count | decimal | date | time | temperature | name | phone | text: what a value
        must be."""
        if _measure_unit(self.label) in DECIMAL_RANGES:
            return "decimal"  # "ml", "mmol/L"
        if counts_something(self.label) or count_label(self.label):
            return "count"  # "seconds", and Urdu "کتنی بار" ("how many times")
        if _DATE_AND_TIME.search(self.label):
            return "text"  # "Time and date:" takes both, as staff write them
        if _TIME_WORDS.search(self.label):
            return "time"  # "Time of appointment:" takes a time of day, not a date
        if _DATE_WORDS.search(self.label) or _BOOKED_ON.search(self.label):
            return "date"
        if _TEMPERATURE_WORDS.search(self.label):
            return "temperature"
        if (
            _NAME_WORDS.search(self.label)
            and not _CONTACT_WORDS.search(self.label)
            and not _NAME_OF_A_THING.search(self.label)
        ):
            return "name"
        if _PHONE_WORDS.search(self.label) and not _NAME_WORDS.search(self.label):
            return "phone"
        return "text"

    @property
    def asks_for(self) -> str:
        """What to give, for a form's hint and an error message: as the value is checked (an
        NHS number's hint had said "text of at most 120 characters")."""
        if _NHS_NUMBER_LABEL.search(self.label):
            return NHS_NUMBER_ASKED
        kind, unit = self.kind, self.label.split()[0].lower().rstrip(":")
        if kind == "count":
            low, high = self._count_range()
            # (a label asking in another language is not put in an English sentence)
            of = "" if count_label(self.label) else f" of {self.label.rstrip(':')}"
            asked = f"a whole number{of} from {low} to {high}"
            return f"{asked}, or a range such as 2 to 4" if self.takes_a_range else asked
        if kind == "decimal":
            low, high = DECIMAL_RANGES[_measure_unit(self.label)]
            return f"a number of {unit} from {low:g} to {high:g}"
        if kind == "date":
            return "a date, such as 14/03/2027 or 14 March 2027 (or a month: 03/2027)"
        if kind == "time":
            return "a time of day, such as 09:45, 14:30 or 2.30pm"
        if kind == "temperature":
            low, high = BODY_TEMPERATURE
            return f"a temperature in degrees Celsius from {low} to {high}, such as 37.8"
        if kind == "name":
            return f"a name in letters, at most {MAX_TEXT} characters"
        if kind == "phone":
            return "a UK phone number, such as 0116 258 4848"
        return f"text of at most {MAX_TEXT} characters"

    @property
    def takes_a_range(self) -> bool:
        """Whether the count is a medicine's doses, which a prescription may give as a range."""
        return self.label.lower().split()[0].rstrip("s") in RANGED_COUNTS

    def _count_range(self) -> tuple[int, int]:
        if asked := count_label(self.label):
            return COUNT_RANGES.get(asked.unit, (1, 100))
        label = " ".join(self.label.lower().rstrip(":").split())  # "Times a day:"
        unit = label.split()[0].rstrip("s")
        return COUNT_RANGES.get(label) or COUNT_RANGES.get(unit, (1, 100))

    def check(self, value: str) -> str:
        """The value as it is printed ("14 March 2027" for 14/03/2027), or FieldProblem saying
        what to write instead."""
        try:
            return self._checked(value)
        except FieldProblem:
            raise
        except LeafletError as error:
            raise FieldProblem(self, str(error)) from None

    def _checked(self, value: str) -> str:
        on_one_line = not re.search(r"[\n\r\t\v\f]", str(value))
        value = " ".join(str(value).split())
        # what a clerk reads beside the field (and, after its label, on the command line):
        # never the value itself, as a patient's NHS number or name had been written back on
        # the terminal and the web page's error, "'943 476 5910' will not do"; nor the field's
        # internal name, which the web form never shows ("field 'times': the value given ...")
        wrong = WRONG_VALUE
        if not on_one_line:  # a name with a line break in it had been printed cut short
            raise LeafletError(f"{wrong}it on one line")
        if control_character(value) or len(value) > MAX_TEXT:
            raise LeafletError(wrong + self.asks_for)
        if _NHS_NUMBER_LABEL.search(self.label):
            return _nhs_number(value, wrong)
        kind, unit = self.kind, self.label.split()[0].lower()
        if asked := count_label(self.label):
            unit = asked.after.split()[0].lower()  # "10 بار" in "[کتنی بار]"
        if kind in ("count", "decimal") and (given := _WITH_UNIT.fullmatch(value)):
            if _unit_named(given["unit"]) == _unit_named(unit):
                value = given["number"]  # "5mg" in "____ mg": the unit is printed already
        if kind in ("count", "decimal") and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", value):
            value = value.replace(",", "")  # "1,000" as staff write it
        if kind == "count" and self.takes_a_range and (
            given := _COUNT_RANGE.fullmatch(value)
        ):
            # "2 to 4", "2-4", "1 or 2" puffs: each end checked, and their order ("4 to 2" is
            # no prescription); a dash is written "to", said and brailled as a range
            low, high = self._count_range()
            ends = [int(given["low"]), int(given["high"])]
            if not all(low <= end <= high for end in ends):
                raise LeafletError(wrong + self.asks_for)
            if ends[0] >= ends[1]:
                raise LeafletError(
                    f"{wrong}a range with the lower number first, such as 2 to 4, or one number"
                )
            return f"{ends[0]} {'or' if given['or'] else 'to'} {ends[1]}"
        if kind == "count":
            low, high = self._count_range()
            if not value.isascii() or not value.isdigit() or not low <= int(value) <= high:
                raise LeafletError(wrong + self.asks_for)
            return str(int(value))
        if kind == "decimal":
            low, high = DECIMAL_RANGES[_measure_unit(self.label)]
            if not re.fullmatch(r"\d+(\.\d+)?", value) or not low <= float(value) <= high:
                raise LeafletError(wrong + self.asks_for)
            # no trailing zero ("5.0 mg" is misread as 50 mg) and no leading one but before the
            # point ("02.5"): a dose written as the NHS writes doses
            value = re.sub(r"^0+(?=\d)", "", value)
            return value.rstrip("0").rstrip(".") if "." in value else value
        if kind == "time":
            value = _time_of_day(value, wrong + self.asks_for)
            given = _half_of_day(value)
            if self.printed_half and given not in ("", "noon", self.printed_half):
                # "at ____ pm" given "9am" or "at ____ am" given "14:30": which was meant?
                half = "morning" if self.printed_half == "am" else "afternoon or evening"
                raise LeafletError(
                    f"{wrong}a time in the {half}: the leaflet prints '{self.printed_half}' "
                    "after this blank"
                )
            return value
        if kind == "temperature":
            return _temperature(value, wrong + self.asks_for)
        if kind == "date" and (when := _DATE_THEN_TIME.fullmatch(value)):
            # "Tue 16/03/2027 at 10:30": an appointment's date and time in one blank
            day = self._checked(when["date"])
            return f"{day} at {_time_of_day(when['time'], wrong + self.asks_for)}"
        if kind == "date":
            earliest = 1900 if _BIRTH.search(self.label) else 2000
            value = _DOTTED_DATE.sub(r"\1/\2/\3", value)  # "14.05.2016"
            if weekday := _WEEKDAY_FIRST.match(value):
                day = _date(_ORDINAL_ENDING.sub("", weekday["date"]), earliest=earliest)
                if day is None:
                    raise LeafletError(wrong + self.asks_for)
                if f"{day:%A}".lower()[:3] != weekday["day"].lower()[:3]:
                    raise LeafletError(f"{wrong}the right day: that date is a {day:%A}")
                return f"{day:%A} {day.day} {day:%B %Y}"
            day = _date(_ORDINAL_ENDING.sub("", value), earliest=earliest)
            if day is not None:
                return f"{day.day} {day:%B %Y}"
            month = _date(value, _MONTH_FORMATS)  # "Expiry: ___/____" takes a month and year
            if month is None:
                raise LeafletError(wrong + self.asks_for)
            return f"{month:%B %Y}"
        if kind == "name" and not _NAME_TEXT.match(value):
            raise LeafletError(wrong + self.asks_for)
        if kind == "phone" and not is_phone_number(_EXTENSION_AFTER.sub("", value)):
            raise LeafletError(wrong + self.asks_for)
        return value


_NHS_NUMBER_LABEL = re.compile(r"\bNHS (?:no\.?|number)\b", re.IGNORECASE)


NHS_NUMBER_ASKED = "an NHS number of 10 digits, such as 943 476 5919"
WRONG_VALUE = "what is written here will not do; write "


class FieldProblem(LeafletError):
    """A value its field refuses: `says` is what to write instead, in a clerk's words, shown
    beside the field on the web form; as text it starts with the field's label and where it
    is in the leaflet ("Number of times (Exercise 1: Ankle circles): ...")."""

    def __init__(self, field: LeafletField, says: str) -> None:
        self.field, self.says = field, says
        super().__init__(f"{field.form_label}: {says}")


class FieldProblems(LeafletError):
    """Every wrong value of a request, one line each: the web form marks each field; the
    command line's line ends with the --fill name that gave it."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__(
            "\n".join(f"{problem} (--fill {problem.field.name})" for problem in problems)
        )


def _nhs_number(value: str, wrong: str) -> str:
    """An NHS number, checked by its last digit (modulus 11), as "943 476 5919": a number with
    a digit wrong or two swapped had been printed on the patient's sheet."""
    digits = re.sub(r"[ -]", "", value)
    if not re.fullmatch(r"\d{10}", digits):
        raise LeafletError(wrong + NHS_NUMBER_ASKED)
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    if (0 if check == 11 else check) != int(digits[9]):
        raise LeafletError(
            f"{wrong}{NHS_NUMBER_ASKED}: its last digit does not match, so a digit is wrong "
            "(check it against the patient's record)"
        )
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _time_of_day(value: str, refusal: str) -> str:
    """A time as printed: an unmistakable 24-hour one with its colon ("0845" -> "08:45",
    "14:30 hrs" -> "14:30"), any other as written ("2.30", "9.15am", "12 noon"). Words alone
    ("after breakfast") are kept; figures that are no time of day are refused."""
    if clock := _CLOCK_24.match(value):
        return f"{int(clock['h'] or clock['h2']):02d}:{clock['m'] or clock['m2']}"
    if _WRITTEN_TIME.match(value) or not re.search(r"\d", value):
        return value
    raise LeafletError(refusal)


def _temperature(value: str, refusal: str) -> str:
    """A body temperature as printed with its unit ("37.8" -> "37.8°C"), so every format says
    "degrees Celsius"; refused outside BODY_TEMPERATURE ("378", a point lost) or in Fahrenheit."""
    given = _TEMPERATURE.fullmatch(value)
    if given is None:
        raise LeafletError(refusal)
    reading = given["reading"].replace(",", ".")
    low, high = BODY_TEMPERATURE
    if not low <= float(reading) <= high:
        raise LeafletError(refusal)
    reading = reading.rstrip("0").rstrip(".") if "." in reading else reading
    return f"{reading}°C"


def _half_of_day(time: str) -> str:
    """ "am" or "pm" for a time that says which ("9.15am", "18:00"), "noon" for "12 noon",
    "" for one that leaves it to the leaflet ("6", "6.30", "after breakfast")."""
    if written := re.search(r"\d\s*([ap])\.?m\.?$", time, re.IGNORECASE):
        return f"{written[1].lower()}m"
    if re.search(r"\b(?:noon|midday)\b", time, re.IGNORECASE):
        return "noon"
    clock = re.fullmatch(r"(\d\d):\d\d", time)  # as _time_of_day prints a 24-hour time
    return "pm" if clock and 13 <= int(clock[1]) <= 23 else ""


def _date(
    value: str, formats: tuple[str, ...] = _DATE_FORMATS, earliest: int = 2000
) -> date | None:
    """A date as staff write it in the UK (day first), in a year a leaflet could be used (a
    date of birth from 1900)."""
    for pattern in formats:
        try:
            day = datetime.strptime(value, pattern).date()
        except ValueError:
            continue
        if earliest < 2000 and "%y" in pattern and day > date.today():
            day = day.replace(year=day.year - 100)  # born "14.05.56": 1956, not 2056
        return day if earliest <= day.year <= 2100 else None
    return None


# A number and the unit the blank prints after it: "5mg", "2.5 mg", "5 mins", "100 ml/hr".
_WITH_UNIT = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>[A-Za-zµ]+(?:\s*/\s*[A-Za-z]+)?)"
)
_UNIT_NAMES = {
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "hr": "hour",
    "hrs": "hour",
    "h": "hour",
    "mls": "ml",
    "milligram": "mg",
    "millilitre": "ml",
}


def _unit_named(unit: str) -> str:
    if "/" in unit:  # "ml/hr" as "ml/hour" is written
        return "/".join(_unit_named(part.strip()) for part in unit.split("/"))
    unit = unit.lower()
    unit = _UNIT_NAMES.get(unit, unit)
    unit = unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit
    return _UNIT_NAMES.get(unit, unit)


_EXTENSION_AFTER = re.compile(r",?\s*(?:ext(?:ension)?\.?:?|x)\s*\d{1,6}$", re.IGNORECASE)
_BIRTH = re.compile(r"\bbirth\b|\bDOB\b|\bborn\b", re.IGNORECASE)
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_DATE_THEN_TIME = re.compile(
    r"(?P<date>.*?\d.*?)(?:,\s*|\s+at\s+|\s+)"
    r"(?P<time>\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)",
    re.IGNORECASE,
)


def leaflet_fields_of(leaflet: Leaflet) -> list[LeafletField]:
    """The leaflet's fields in reading order, each named from its label (a second "seconds"
    is "seconds-2"), so `leaflet fields`, `--fill` and the web form use the same names."""
    found: list[LeafletField] = []
    owners: list[str] = []  # what each blank's sentence is about: "preventer inhaler"
    section = ""
    for block in leaflet.blocks:
        if isinstance(block, Heading):
            section = plain_text(block.spans)
        for spans, row_name, column, shared in _inlines_with_their_row(block):
            # a row of several blanks: each told apart by its column too ("Afternoon amount",
            # "Afternoon running total")
            column_name = _UNIT_IN_BRACKETS.sub("", column).strip().lower()
            where = " ".join(filter(None, (row_name, column_name))) if shared else row_name
            for at, span in enumerate(spans):
                if not span.field:
                    continue
                # (the words since a twin before it are that twin's own: "Take ____ mg on
                # Monday and Friday and ____ mg on the other days" is one measure twice)
                twin_before = (
                    at >= 2 and spans[at - 2].field and spans[at - 2].text == span.text
                    and _twin_told_apart(spans, at - 2) != ""
                )
                measures = (
                    found[-1].measures if twin_before
                    else _measured(spans[:at], found[-1].measures if found else "") or where
                ) if _measure_unit(span.text) in DECIMAL_RANGES and " " not in span.text else ""
                label = span.text
                if when := _twin_told_apart(spans, at):
                    label = f"{label} {when}"  # "puffs in the morning", "puffs at night"
                if (
                    label == UNNAMED_BLANK
                    and not column
                    and (thing := named_by_blank(plain_text(spans[:at])))
                ):
                    label = f"Name of {thing}"  # "My preventer inhaler is called ____"
                if label == UNNAMED_BLANK and column:  # named by its column (and row)
                    label = f"{row_name}: {column}" if row_name else column
                elif label == UNNAMED_BLANK and (in_unit := _unnamed_in_unit(spans, at)):
                    label, measures = in_unit  # "... before breakfast is ____ to ____ mmol/L"
                elif label == UNNAMED_BLANK and (ranged := _unnamed_range(spans, at)):
                    label = ranged  # "Your target INR range is ____ to ____."
                elif label == UNNAMED_BLANK and (subject := _subject_of_blank(spans, at, True)):
                    label = subject  # "My target INR is ____": "target INR"
                elif label.lower() == "time" and (deadline := _time_for(spans, at)):
                    label = deadline  # "Do not eat after ____ (time)"
                elif shared and not measures and where and not labels_first(label):
                    label = f"{where[:1].upper()}{where[1:]}: {label}"
                of = (
                    _lead_in(spans, at)
                    if counts_something(label) and not measures and not column and not row_name
                    else ""
                )
                found.append(
                    LeafletField("", label, section, measures, _printed_half(spans, at), of)
                )
                owners.append(_owner_of_blank(spans, at))
    return _named(found, owners)


def _named(found: list[LeafletField], owners: list[str]) -> list[LeafletField]:
    """Each field named from its label, a label used twice told apart by what each blank's
    sentence is about ("colour" of "My preventer inhaler ... it is ____ (colour)" and of "My
    reliever inhaler ...": "colour" and "colour-2", "Colour" twice on the web form, easily
    swapped), else by its place ("seconds-2")."""
    bases = [
        slugify(f"{field.measures} {_UNIT_IN_BRACKETS.sub('', field.of)} {field.label}") or "field"
        for field in found
    ]
    twins = {base for base in bases if bases.count(base) > 1}
    named: list[LeafletField] = []
    names: dict[str, int] = {}
    for field, base, owner in zip(found, bases, owners, strict=True):
        # (text only: a time's or a count's name, "time-2", stays as staff have used it)
        if base in twins and owner and not field.measures and field.kind in ("text", "temperature"):
            label = f"{field.label[:1].upper()}{field.label[1:]} of {owner}"
            field, base = replace(field, label=label), slugify(label)
        names[base] = names.get(base, 0) + 1
        named.append(replace(field, name=base if names[base] == 1 else f"{base}-{names[base]}"))
    return named


# A line's lead-in naming what its count is of: "Reliever inhaler (blue):" in "Reliever inhaler
# (blue): ____ puffs when your child needs it", "Morning:" (a few words, a bracket after them);
# not a word that only asks the reader to take note ("Important: take ____ tablets").
_LEAD_IN = re.compile(
    r"^\s*(?P<of>(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,5}(?:\s*\([^()]{1,40}\))?)\s*:\s+\S",
    re.IGNORECASE,
)
_TAKE_NOTE = re.compile(
    r"^(?:important|note|please note|nb|remember|reminder|warning|caution|tip|advice)$", re.I
)


def _lead_in(spans: Inline, at: int) -> str:
    """What the count at `at` is of, by the lead-in of its own sentence ("Reliever inhaler
    (blue)"): the reliever's blank beside the preventer's had both been "Number of puffs", a
    child's inhalers easily swapped on the form; "" when it has none."""
    fields = [i for i, span in enumerate(spans[:at]) if span.field]
    text = "".join("____" if i in fields else span.text for i, span in enumerate(spans[:at]))
    found = _LEAD_IN.match(sentence_before_blank(text) + "____")
    if not found or _TAKE_NOTE.match(found["of"]) or "____" in found["of"]:
        return ""
    return found["of"]


# The thing a sentence with a blank is about: "My preventer inhaler" in "My preventer inhaler is
# called ____ and it is ____ (colour)".
_SENTENCE_ABOUT = re.compile(
    r"\s*(?:my|your|the|his|her|their)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:\([^)]*\)\s+)?"
    r"(?:is|are|was|will be)\b",
    re.IGNORECASE,
)


def _owner_of_blank(spans: Inline, at: int) -> str:
    """What the sentence a blank is in is about ("preventer inhaler"), or ""."""
    return _subject_of_blank(spans, at).lower()


def _subject_of_blank(spans: Inline, at: int, just_before: bool = False) -> str:
    """What the sentence a blank is in is about, as written ("target INR" of "My target INR
    is ____ (range ____ to ____)"); `just_before`: only when its "is" is just before the blank,
    which then asks for it (it had been "to-fill-in", taking any words)."""
    before = sentence_before_blank(plain_text(spans[:at]))
    found = _SENTENCE_ABOUT.match(before)
    if not found or (just_before and before[found.end() :].strip()):
        return ""
    return found[1]


def _printed_half(spans: Inline, at: int) -> str:
    """ "pm" for the blank of "at ____ pm" ("" for "at ____ am/pm", a choice left to make)."""
    after = spans[at + 1] if at + 1 < len(spans) else None
    printed = _PRINTED_HALF_OF_DAY.match(after.text) if after and not after.field else None
    return printed[0].strip().lower() if printed and "/" not in printed[0] else ""


_WHEN_AFTER = re.compile(
    r"\s*((?:in the|at|at the|before|after|with|every) (?:morning|afternoon|evening|night|"
    r"lunchtime|bedtime|breakfast|lunch|tea|dinner|supper|teatime)|(?:on )?(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)days?)\b",
    re.IGNORECASE,
)


# ... and between two blanks of one measure, the first's time of day: "in the morning and"
_TWIN_BETWEEN = re.compile(rf"{_WHEN_AFTER.pattern}\s*(?:,|and|or|then)?\s*", re.IGNORECASE)


def _twin_told_apart(spans: Inline, at: int) -> str:
    """The words that belong to a blank whose label another blank of its sentence shares: those
    after it up to the next blank or its clause's end. "I take ____ puffs in the morning and
    ____ puffs at night" gives "in the morning" and "at night" (the fields were "puffs" and
    "puffs-2", a child's doses easily swapped); "Take ____ mg on Monday, Wednesday and Friday
    and ____ mg on the other days" "on Monday, Wednesday and Friday" and "on the other days"
    (the second had been named by the first's days, "wednesday-friday-mg"). Words running on
    into another blank, or starting with what joins the next ("and repeat ____ times"), are
    not its own."""
    label = spans[at].text
    if sum(span.field and span.text == label for span in spans) < 2 or at + 1 >= len(spans):
        return ""
    following = spans[at + 1]
    if following.field or blanks_joined(spans, at) or blanks_joined(spans, at - 2):
        return ""  # a range's two ends are named by the range
    when = _WHEN_AFTER.match(following.text)
    runs_on = at + 2 < len(spans) and spans[at + 2].field
    if runs_on and spans[at + 2].text != label:
        return when[1].lower() if when else ""  # "____ seconds and repeat ____ times"
    words = _OWN_WORDS.match(following.text)["words"]
    words = _LIST_OR_CLAUSE.sub("", words)
    words = _JOINS_THE_NEXT.sub("", words).strip()
    if not words or _JOINS_THE_NEXT_FIRST.match(words) or len(words.split()) > 8:
        return when[1].lower() if when else ""
    return words


# A blank's own words: those after it up to its clause's end ("." or ";" or a colon, a bracket)
_OWN_WORDS = re.compile(r"\s*(?P<words>[^.;:!?()]*)")
# ... a comma ends them too, unless a list's items follow it up to its "and" ("on Monday,
# Wednesday and Friday"): "at night, every day" is "at night"
_LIST_OR_CLAUSE = re.compile(
    r",(?!(?:\s*[\w'’-]+(?:\s+[\w'’-]+)?,)*\s*[\w'’-]+(?:\s+[\w'’-]+)?,?\s+(?:and|or)\s+\w)"
    r".*$"
)
# ... and what joins the next blank's words is not its own
_JOINS_THE_NEXT = re.compile(r"(?:[\s,]+(?:and|or|then|but|plus))+[\s,]*$|[\s,]+$", re.IGNORECASE)
_JOINS_THE_NEXT_FIRST = re.compile(r"(?:and|or|then|but|plus)\b", re.IGNORECASE)


def _inlines_with_their_row(block) -> list[tuple[Inline, str, str, bool]]:
    """A block's runs of text, each with the name of its table row when it is a cell after the
    first ("Monday" | "____ mg"), and its column's heading: a week's dose boxes had been seven
    fields "mg", each labelled "Dose in mg" on the web form, one day's dose easily put in
    another's (and a diary's blanks the importer could not name were "to-fill-in" to
    "to-fill-in-8"); and whether the row holds several blanks."""
    if not isinstance(block, Table):
        return [(spans, "", "", False) for spans in inlines_of(block)]
    rows = [(cell, "", "", False) for cell in block.header]
    headings = [plain_text(cell).strip().rstrip(":") for cell in block.header]
    for row in block.rows:
        name = _measured(row[0]) if row and not any(span.field for span in row[0]) else ""
        shared = sum(any(span.field for span in cell) for cell in row) > 1
        rows += [
            (cell, name if at else "", headings[at] if at < len(headings) else "", shared)
            for at, cell in enumerate(row)
        ]
    return rows


_UNIT_IN_BRACKETS = re.compile(r"\s*\([^)]*\)")  # "Amount (ml)": the blank's label says "ml"


def _measured(before: Inline, last: str = "") -> str:
    """What a blank in a unit measures, by the words just before it: "Bisoprolol ____ mg" is
    Bisoprolol's dose, "Your child's paracetamol dose: ____ ml" the paracetamol dose (they
    were fields named "mg", "ml" and "ml-2", easily swapped). Only the words since the blank
    before it ("Weight: ____ kg  Dose: ____ mg" had made "kg-dose-mg"); a blank in brackets
    straight after one is the same measure in another unit (`last`, that blank's): "Dose: ____
    mg (____ ml)" (it had been "mg-ml"), and so is one after the first's time of day: "Dose:
    ____ mg in the morning and ____ mg at night" (the night's had been "in-morning-mg"). Words
    that name nothing are passed over: what is done to it ("Run the pump at ____ ml/hour",
    "Tube position mark checked (should be at ____ cm)" had been "pump-at" and a time) and a
    clause or bracket of small words alone, the words before it naming the measure ("...
    nasogastric tube: it should be at ____ cm")."""
    fields = [at for at, span in enumerate(before) if span.field]
    if fields:
        before = before[fields[-1] + 1 :]
        if last and (
            plain_text(before).strip() == "(" or _TWIN_BETWEEN.fullmatch(plain_text(before))
        ):
            return last
    # (a bracket still open at the blank parts clauses too: "checked (should be at ____ cm)");
    # never in the sentence before: "Take your warfarin at 6pm each day. Take ____ mg" had
    # measured "each day"
    clauses = re.split(
        r"[.;:!?]\s+(?=\S)|\((?![^)]*\))", sentence_before_blank(plain_text(before)).strip()
    )
    for text in reversed(clauses):
        # how it compares names nothing: "Your target 1 hour after meals is below ____ mmol/L"
        # measures after meals (it had been "Meals below")
        text = _COMPARED.sub("", text)
        # (a strength names nothing: "Paracetamol (120 mg in 5ml): give ____ ml", "Ibuprofen
        # suspension 100mg/5ml: give ____ ml")
        named = _STRENGTH.sub("", re.sub(r"\([^)]*\)", "", text))
        words = re.findall(r"[^\W\d_][\w'’-]*", named)
        if words and words[0].lower() in _GIVEN and all(
            word.lower() in _GIVEN | _SMALL_WORDS | _WHO_IS_GIVEN for word in words
        ):
            continue  # "give ____ ml", "give your child ____ ml": the dose of what is named before
        if len(words) > 1 and words[1].lower() in _DETERMINERS:
            words = words[1:]  # "Run the pump": what is done to the pump
        done = [
            at for at, word in enumerate(words)
            if at and _DONE_TO_IT.fullmatch(word)
            and (at + 1 == len(words) or words[at + 1].lower() in _SMALL_WORDS | _HOW_OFTEN)
        ]  # ("your prescribed rate": the rate)
        words = [w for w in words[: done[0] if done else None] if w.lower() not in _SMALL_WORDS]
        if words:
            # (a letter or a code is a name's part, kept so: "Vitamin D level", not "D level")
            kept = 3 if len(words) > 2 and re.fullmatch(r"[A-Z]\d*", words[-2]) else 2
            said = " ".join(
                w if re.fullmatch(r"[A-Z][A-Z\d]*", w) else w.lower() for w in words[-kept:]
            )
            return said[:1].upper() + said[1:]
    return ""


# after a blank with no name, the unit it is in ("is ____ to ____ mmol/L"), and before it, how
# it compares ("is below ____ mmol/L"), which names nothing
_UNIT_AFTER = re.compile(r"\s*([a-zA-Zµ]+(?:/[a-zA-Z]+)?)(?!\w)")
_COMPARED = re.compile(
    r"\b(?:is|are|be|of)?\s*(?:below|above|under|over|less than|more than|at least|at most|"
    r"up to|between)?\s*$",
    re.IGNORECASE,
)


def _unnamed_in_unit(spans: Inline, at: int) -> tuple[str, str] | None:
    """A blank the importer could not name, in a unit a value is checked in ("Your target blood
    sugar before breakfast is ____ to ____ mmol/L"): its unit as its label, and what it
    measures, a range's "lowest" or "highest" too ("Before breakfast, lowest"). They had been
    "to-fill-in" and "to-fill-in-2", taking any words."""
    first = at
    if blanks_joined(spans, at - 2):
        first, end = at - 2, "highest"
    elif blanks_joined(spans, at):
        end = "lowest"
    else:
        end = ""
    last = at + 2 if end == "lowest" else at
    after = spans[last + 1].text if last + 1 < len(spans) and not spans[last + 1].field else ""
    unit = _UNIT_AFTER.match(after)
    if not unit or _measure_unit(unit[1]) not in DECIMAL_RANGES:
        return None
    measures = ", ".join(filter(None, (_measured(spans[:first]), end)))
    return unit[1], measures


def _unnamed_range(spans: Inline, at: int) -> str:
    """A blank of a range of two with no unit after it, what the range is of named before it:
    "Your target INR range is ____ to ____." gives "INR range, lowest" and "INR range,
    highest" (they had been "to-fill-in" and "to-fill-in-2", either end put in the other's)."""
    if blanks_joined(spans, at - 2):
        first, end = at - 2, "highest"
    elif blanks_joined(spans, at):
        first, end = at, "lowest"
    else:
        return ""
    last = first + 2
    after = spans[last + 1].text if last + 1 < len(spans) and not spans[last + 1].field else ""
    if spans[first].text != UNNAMED_BLANK or spans[last].text != UNNAMED_BLANK:
        return ""
    if not re.match(r"\s*(?:[.,;:!?)]|$)", after):
        return ""  # a word after the range names it, or counts in it
    measured = _measured(spans[:first])
    if measured.lower() == "range" and (subject := _subject_of_blank(spans, first)):
        # "My target INR is ____ (range ____ to ____)": the range of the target INR
        measured = f"{subject[:1].upper()}{subject[1:]} range"
    return f"{measured}, {end}" if measured else ""


# A time by which something is done or stopped: "Do not eat after ____ (time)", "You may drink
# clear fluids (water, squash ...) until ____ (time)".
_DEADLINE_BEFORE = re.compile(r"\b(after|until|till|before|by)\s*$", re.IGNORECASE)
_NOT_WHAT_IT_IS_FOR = set("do don't not may can could must should please you we".split())


def _time_for(spans: Inline, at: int) -> str:
    """A time named by what it is the time for: "eat after time", "clear fluids until time".
    A fasting letter's two times had been "time-2" and "time-3", the time to stop eating
    easily written where the time to stop drinking goes."""
    fields = [i for i, span in enumerate(spans[:at]) if span.field]
    before = plain_text(spans[fields[-1] + 1 if fields else 0 : at])
    clause = re.split(r"[.;:!?]\s+|,\s*", re.sub(r"\([^)]*\)", "", before))[-1]
    deadline = _DEADLINE_BEFORE.search(clause)
    if not deadline:
        return ""
    words = [
        word.lower() for word in re.findall(r"[^\W\d_][\w'’-]*", clause[: deadline.start()])
        if word.lower() not in _SMALL_WORDS | _NOT_WHAT_IT_IS_FOR
    ]
    return f"{' '.join(words[-2:])} {deadline[1].lower()} time" if words else ""


_STRENGTH = re.compile(r"\d[\d.,]*\s?(?:[^\W\d_]+)?(?:/\s?\d*[\d.,]*\s?[^\W\d_]+)?")
_GIVEN = set("give take use have inject apply drink".split())
_WHO_IS_GIVEN = set("child baby them him her you yourself".split())
_DETERMINERS = set("a an the your my his her their".split())
_SMALL_WORDS = _DETERMINERS | set(
    "child's childs of for is to and or it at be should must will are about around up".split()
)
# "checked", "measured": what is done to the thing named before it ("speed", "feed" are things)
_DONE_TO_IT = re.compile(r"[a-z]{3,}(?<!e)ed", re.IGNORECASE)
_HOW_OFTEN = set("each every daily weekly once twice".split())


def checked_values(leaflet: Leaflet, values: dict[str, object]) -> dict[str, str]:
    """Each value as it will be printed, keyed by field name; an empty value leaves its field
    blank. Every name not in the leaflet and every wrong value is named in one message."""
    fields = {field.name: field for field in leaflet_fields_of(leaflet)}
    unknown = [name for name in values if name not in fields]
    if unknown:
        listed = ", ".join(f"{f.name} ({f.label.rstrip(':')})" for f in fields.values())
        raise LeafletError(
            f"{leaflet.meta.number} has no field {', '.join(repr(n) for n in unknown)}; "
            + (f"its fields are: {listed}" if fields else "it has no fill-in fields")
        )
    checked: dict[str, str] = {}
    problems: list[FieldProblem] = []
    for name, value in values.items():
        if value is None or not str(value).strip():
            continue
        try:
            checked[name] = fields[name].check(str(value))
        except FieldProblem as problem:
            problems.append(problem)
    if problems:
        raise FieldProblems(problems)
    return checked


def fill_leaflet(leaflet: Leaflet, values: dict[str, object]) -> Leaflet:
    """The leaflet with each value in its blank, in bold (a print reader sees what was written
    in); fields without a value stay blank, shown as each format shows a blank."""
    checked = checked_values(leaflet, values)
    if not checked:
        return leaflet
    names = iter(field.name for field in leaflet_fields_of(leaflet))

    def filled(spans: Inline) -> Inline:
        out: list[Span] = []
        for span in spans:
            if out and out[-1].filled and _half_of_day(out[-1].text):
                # "at ____ am" given "9.15am": the printed choice is made ("am am" otherwise),
                # and so it is by "18:00" ("at 18:00 pm" had been printed) or "12 noon"
                span = replace(span, text=_PRINTED_HALF_OF_DAY.sub("", span.text, count=1))
            value = checked.get(next(names)) if span.field else None
            out.extend(_written_in(span, value) if value is not None else (span,))
        return _unit_once(tuple(out))

    blocks = []
    for block in leaflet.blocks:
        if isinstance(block, Notice):
            spans = filled(block.spans)  # (in reading order: the fields' names are so)
            more = tuple(filled(paragraph) for paragraph in block.more)
            items = tuple(filled(item) for item in block.items)
            block = replace(block, spans=spans, more=more, items=items, after=filled(block.after))
        elif isinstance(block, Heading | Paragraph):
            block = replace(block, spans=filled(block.spans))
        elif isinstance(block, ListBlock):
            block = replace(block, items=tuple(filled(item) for item in block.items))
        elif isinstance(block, Table):
            block = replace(
                block,
                header=tuple(filled(cell) for cell in block.header),
                rows=tuple(tuple(filled(cell) for cell in row) for row in block.rows),
            )
        blocks.append(block)
    return replace(leaflet, blocks=tuple(blocks))


def _unit_once(spans: Inline) -> Inline:
    """ "____ to ____ mmol/L" given "7 mmol/L": the unit the leaflet prints after the blank is
    not written in again ("seven millimoles per litre millimoles per litre")."""
    out = list(spans)
    for i, span in enumerate(out[:-1]):
        given = _VALUE_AND_UNIT.fullmatch(span.text) if span.filled else None
        if given and re.match(rf"\s*{re.escape(given['unit'])}(?!\w)", out[i + 1].text):
            out[i] = replace(span, text=given["value"])
    return tuple(out)


_VALUE_AND_UNIT = re.compile(r"(?P<value>.*\d)\s*(?P<unit>%|°C|[A-Za-zµ]+(?:/[A-Za-z]+)?)")
_PRINTED_HALF_OF_DAY = re.compile(r"^\s*(?:am\s*/\s*pm|am|pm)\b", re.IGNORECASE)


def _written_in(field: Span, value: str) -> tuple[Span, ...]:
    """ "Name of therapist:" + "Jo Bloggs" -> "Name of therapist: **Jo Bloggs**"; "seconds" +
    "10" -> "**10 seconds**" (one run, so print never parts a number from its unit); any
    other label ("date") is replaced by its value."""
    label = field.text
    if (asked := count_label(label)) and not label.endswith(":"):
        # "[کتنی بار]" ("how many times") + "10" -> "**10 بار**": the question is answered
        written = asked.after_one if value.strip() == "1" else asked.after
        return (Span(f"{value} {written}", strong=True, lang=field.lang, filled=True),)
    if label.endswith(":"):
        written = Span(value, strong=True, lang=field.lang, filled=True)
        return (Span(f"{label} ", field.strong, lang=field.lang), written)
    if counts_something(label):
        written = f"{value} {_for_one(label, value)}"
        if value.strip() == "1" and label.startswith("times "):
            written = f"once {label.removeprefix('times ')}"  # "1 times a day" is once a day
        return (Span(written, strong=True, lang=field.lang, filled=True),)
    return (Span(value, strong=True, lang=field.lang, filled=True),)


def _for_one(label: str, value: str) -> str:
    """A count's unit as one of it takes it: "1" + "drops" is "1 drop" ("one drops" was said);
    "times a day" and a measure ("ml") stay as they are."""
    if value.strip() != "1" or " " in label or not re.fullmatch(r"[a-z]+s", label):
        return label
    return label[:-1]


def values_from_pairs(pairs: list[str]) -> dict[str, str]:
    """`--fill seconds=10 --fill name-of-therapist="Jo Bloggs"` -> {"seconds": "10", ...}."""
    values: dict[str, str] = {}
    for at, pair in enumerate(pairs, 1):
        name, equals, value = pair.partition("=")
        # (which --fill by its place, never by what it says: "--fill 'Jo Bloggs'" is a name)
        wrong = "no '='" if not equals else "no name before its '='"
        if not equals or not name.strip():
            raise LeafletError(
                f"--fill takes NAME=VALUE, as in --fill seconds=10 (`leaflet fields` lists the "
                f"names); --fill number {at} has {wrong}"
            )
        if not value.strip():  # "--fill seconds= 30": the sheet had been made, its blank empty
            raise LeafletError(
                f"--fill {name.strip()}= gives no value: write it after the '=' with no space "
                "(--fill seconds=10), or leave the --fill out to leave its blank empty"
            )
        values[name.strip()] = value
    return values


def values_from_file(path: Path) -> dict[str, str]:
    """A YAML file of `name: value` lines, one a field, as staff would write it."""
    try:
        too_large = path.stat().st_size > MAX_FILL_FILE
    except OSError:
        raise LeafletError(f"{path}: the file of values cannot be read") from None
    if too_large:
        raise LeafletError(f"{path}: too large for a file of values (at most 100 KB)")
    data = read_yaml_file(path, as_written=True)
    if data is None or data == "":
        return {}
    if not isinstance(data, dict):
        raise LeafletError(f"{path}: write one field a line, as 'seconds: 10'")
    values: dict[str, str] = {}
    for name, value in data.items():
        if isinstance(value, list | dict):
            raise LeafletError(f"{path}: {name}: give one value, as '{name}: 10'")
        values[str(name)] = value
    return values
