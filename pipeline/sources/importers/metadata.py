"""A leaflet's details as trusts print them, anywhere in the file: "Leaflet number: 442 Version: 3",
"Reference: PHY-0412", "Leaflet no. 1204, version 2", a bare "HEY-665/2021", "Issue date",
"Date of last review: 11/2023", "Review date: March 2028", "Last updated", in a footer or a
heading block, several to a line."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

from ...languages import LANGUAGES

_MONTHS = {date(2000, m, 1).strftime("%B").lower(): m for m in range(1, 13)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
# A line wrapped before its year: "... | Next review: June" / "2027".
ENDS_WITH_A_MONTH = re.compile(rf"\b(?:{'|'.join(_MONTHS)})$", re.IGNORECASE)

# ... and the months as leaflets in other languages name them (languages.py's month_names)
_OWN_MONTHS = {name: number for row in LANGUAGES for name, number in row.month_names}
_MONTH_NAME = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    + "".join(rf"|{re.escape(name)}\b" for name in sorted(_OWN_MONTHS, key=len, reverse=True))
    + ")"
)
# A month's name or its short form alone, and a year after it with a hyphen or a slash: "MAR-2025",
# "Sept/2026" (after "Patient information leaflet" it had been taken for the reference).
_MONTH_EXACT = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_DASH_YEAR = rf"(?i:{_MONTH_EXACT})[-/](?:19|20)\d\d(?![\d/-])"
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH_NAME},?\s+\d{{2,4}}"  # (12) March 2028, Mar 28
    rf"|{_MONTH_DASH_YEAR}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"  # 12/03/2024
    r"|\d{1,2}[/.-]\d{4}"  # 11/2023
    r"|\d{4}-\d{1,2}(?:-\d{1,2})?"  # 2023-11
)
_REFERENCE_VALUE = r"(?:[A-Z]{2,8}[-/])?[A-Z]{0,8}[-/ ]?\d[\w/.-]*"  # "CVUHB/RESP/0912" too

_DEPARTMENT_LABEL = r"(?:department|directorate|service|specialty)\s*:"
# (key, label pattern, value pattern); the earlier of two date labels wins when both appear.
_LABELS: list[tuple[str, str, str]] = [
    ("next_review", r"(?:next\s+review(?:\s+date|\s+due)?|review\s+date|"
     r"date\s+(?:of|for)\s+(?:next\s+)?review|review\s+due|due\s+for\s+review|to\s+be\s+reviewed(?:\s+by)?|expiry\s+date|"
     r"(?<!last\s)review(?=\s*:|\s+\d|\s+[A-Z][a-z]+\s+\d|\s*/\s*[^\W\d]))",  # "Review: 01/2028",
     # "Review 01/2028", "Review / Adolygu: 01/2028"
     _DATE),
    ("last_reviewed", r"(?:(?:date\s+)?last\s+reviewed(?:\s+date)?|date\s+of\s+last\s+review|"
     r"reviewed)", _DATE),
    # an update is no review: when this version was issued, unless the leaflet says that too
    ("updated", r"(?:(?:date\s+)?(?:last\s+)?updated(?:\s+on)?|date\s+of\s+(?:last\s+)?update)",
     _DATE),
    ("issued", r"(?:(?:issue|publication|production|approval)\s+date|"
     r"date\s+of\s+(?:issue|publication)|issued|date\s+published|published|date\s+produced|"
     # when it was written: "CR/EX/0056 v3 - Written: 02/2025 - Review due: 02/2027" (the label
     # unknown, its words left over had made the line a sentence, no reference found)
     r"produced|approved|(?:date\s+)?written(?:\s+on)?)", _DATE),
    ("number", r"(?:(?:patient\s+)?(?:information\s+)?(?:leaflet|document|pil|pif)\s*"
     r"(?:reference|ref\.?|number|no\.?|code|id)|reference(?:\s+number|\s+no\.?)?|ref\.?(?:\s+no\.?)?)",
     _REFERENCE_VALUE),
    ("version", r"(?:version(?:\s+number|\s+no\.?)?|ver\.?|v(?=\d+\b)|issue(?=\s+\d+\b)|"
     r"rev(?:ision)?\.?(?=\s*\d+\b))",  # "MH/PIL/031 Rev 2"
     r"v?\d+(?:\.\d+)?"),
    ("department", _DEPARTMENT_LABEL, r"[A-Z][^|•]{2,60}"),
    # a bare "Date: June 2025", when it was issued: last, to be judged beside the others found
    ("date", r"date(?=\s*:)", _DATE),
]
# ... and as leaflets in other languages label them (languages.py's detail_labels)
_LABELS = [
    (key, "|".join([label, *(
        r"\s+".join(map(re.escape, words.split()))
        for row in LANGUAGES for labelled, words in row.detail_labels if labelled == key
    )]), value)
    for key, label, value in _LABELS
]
# (a label in English and in the leaflet's other language, a slash between, as a bilingual
# footer gives it: "Review / Adolygu: 03/2028", "Fersiwn / Version: 2"; its review date had
# been dropped with the running line)
_LABEL_RE = [
    (key, re.compile(
        rf"(?<![\w])(?:{label})(?:\s*/\s*(?:{label}))?\s*(?:[:.–-]\s*)?(?P<value>{value})",
        re.IGNORECASE,
    ))
    for key, label, value in _LABELS
]
# Words in capitals before a number that is no leaflet's reference (a ward, a room, a phone's
# extension, a page, a day of a course, a step).
_NO_REFERENCE_WORD = (
    r"(?:WARDS?|ROOMS?|BAYS?|BEDS?|EXT|EXTN|TEL|PHONE|FAX|MOBILE|PAGES?|DAYS?|WEEKS?|MONTHS?|"
    r"YEARS?|STEPS?|STAGES?|LEVELS?|FLOORS?|ZONES?|UNITS?|SUITES?|CLINICS?|AREAS?|BLOCKS?|"
    r"WINGS?|GATES?|ENTRANCES?|BUS|ROUTE|PARTS?|SECTIONS?|TABLES?|FIGURES?|BOX|DOSES?|TYPES?|"
    r"SIZES?|AGES?|CALL|DIAL|TEXT|FLAT|HOUSE|CHAPTER|APPENDIX|OPTION|EXERCISE|PHASE|GRADE|"
    r"TIER|ISSUE|VERSION|REVISION|REV|VER|NO|NUMBER)"
)
# (letters and figures may start it: "PI22/1845/04"; and follow a hyphen: "IPC-F12", which had
# given no reference from "IPC-F12 v1 | Issued 02/2025 | Review 02/2028")
_BARE_REFERENCE = re.compile(
    # (never a number to ring: "NHS 111" alone under "Out of hours" had been the leaflet's)
    r"(?!NHS[-/ ]?(?:111|119|999)(?!\d))"
    # ... nor a place's or a thing's number in capitals: "WARD 12", "ROOM 101", "EXT 4567",
    # "PAGE 12" and "DAY 14" had each been taken for the leaflet's reference
    rf"(?!{_NO_REFERENCE_WORD}(?:[-/ ]|\d))"
    # ... nor a month and its year ("MAR-2025")
    rf"(?!{_MONTH_DASH_YEAR})"
    # ("PIF 1234/2": an issue of one figure after the number, which had given no reference;
    # "PIL1234", its figures straight after its letters, had been none either)
    r"(?:[A-Z]{2,8}\d{0,3}(?:[-/][A-Z]{2,8})?(?:[-/ ]\d{2,6}|[-/][A-Z]{1,3}\d{1,6})"
    r"|[A-Z]{2,8}\d{3,6})(?:[-/]\d{1,4})?"
    r"(?:[-/ ]?v\d+)?"
)
# Who wrote, owns or approved a leaflet, beside its details: "PI22/1845/04 Author: Clinical
# Biochemistry Date: June 2024 Review date: June 2027" (a label the details had no name for, it
# had left the whole line in the body, read aloud). Not a detail the front matter keeps: it goes
# with the line. Its value is a name, starting with a capital, running to the next detail, a bar
# or the line's end; never a sentence ("Produced by: our patients, who ...").
_PERSON_LABEL = (
    r"(?:authors?|(?:leaflet\s+|document\s+|information\s+)?owner|originator|"
    r"(?:written|produced|prepared|compiled|approved|authori[sz]ed|reviewed)\s+by|"
    r"contact\s+for\s+(?:queries|enquiries))\s*:"
)
_NEXT_DETAIL = "|".join(
    [rf"(?:{label})\s*(?:[:.–-]\s*)?(?:{value})" for _, label, value in _LABELS]
    + [_PERSON_LABEL, rf"(?-i:{_BARE_REFERENCE.pattern})(?=[\s|•·]|$)"]
)
_LABEL_RE.insert(-1, (  # before a bare "Date:", which must follow another detail
    "person",
    re.compile(
        rf"(?<![\w]){_PERSON_LABEL}\s*(?P<value>(?-i:[A-Z])[\w'’&,()/ -]{{0,60}}?)"
        rf"(?=\s*(?:[|•·]|$)|\s+(?:{_NEXT_DETAIL}))",
        re.IGNORECASE,
    ),
))
# Whom a leaflet is by, in its own words: "© 2024 Sheffield Teaching Hospitals", "Copyright ©
# Hull University Teaching Hospitals NHS Trust 2024. All rights reserved.", "Produced by Leeds
# Teaching Hospitals NHS Trust". Each had been read out as the text (or a heading), and the
# leaflet announced as the running trust's. A name only of a trust, a board or hospitals: not a
# department's ("Produced by the Urology Department" is no organisation).
_AN_ORGANISATION = re.compile(
    r"\b(?:NHS|Trust|Hospitals?|Health\s+Board|Healthcare|Infirmary|Foundation)\b"
)
_BY_AN_ORGANISATION = re.compile(
    r"^(?:(?:copyright\s*)?(?:©|\(c\))|copyright)\s*(?:(?:19|20)\d\d\s*,?\s*)?"
    r"(?P<copyright>[A-Z][\w&'’ .,-]{3,90}?)"
    r"(?:\s*,?\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?"
    r"(?:\s*[.,]?\s*all rights reserved)?\s*\.?$"
    r"|^(?:this\s+leaflet\s+(?:was|is|has\s+been)\s+)?(?:produced|written|published)\s+by"
    r"\s*:?\s+(?:the\s+)?(?P<by>[A-Z][\w&'’ .,-]{3,200}?)\.?$",
    re.IGNORECASE,
)
# ... and whom it names beside its author: "Produced by Humber Teaching NHS Foundation Trust in
# partnership with Hull University Teaching Hospitals NHS Trust" (its author the first; the
# line, over 90 characters, had been no author's, and the partner named over the title taken)
_PARTNERED = re.compile(r"\s+(?:in (?:partnership|association|collaboration) with|with|"
                        r"together with|working with|supported by)\s+(?:the\s+)?")
_JOINTLY = re.compile(r"\s*,?\s+(?:and|&)\s+(?:the\s+)?")
# A Welsh board's or trust's name in Welsh: beside its English name, the English one is said.
WELSH_NAME = re.compile(r"(?:Bwrdd Iechyd|Ymddiriedolaeth GIG)\b")


def authors_named(line: str) -> tuple[list[str], list[str]]:
    """The organisations a line names as the leaflet's authors ("© 2024 Sheffield Teaching
    Hospitals", "Produced by Leeds Teaching Hospitals NHS Trust and Leeds Community Healthcare
    NHS Trust": both), and those it names as their partners ("... in partnership with Hull
    University Teaching Hospitals NHS Trust"); ([], []) when it names none."""
    match = _BY_AN_ORGANISATION.match(line.strip().strip("*").strip())
    if not match:
        return [], []
    name = (match["copyright"] or match["by"]).strip(" ,.")
    if len(name) > 90 and not (_PARTNERED.search(name) or _JOINTLY.search(name)):
        return [], []
    by, *partners = _PARTNERED.split(name, maxsplit=1)
    authors = [by]
    if len(parts := _JOINTLY.split(by)) > 1 and all(TRUST_NAME.match(part) for part in parts):
        authors = parts  # two trusts' names, each whole ("Guy's and St Thomas'" is one)
    if not all(map(_named, authors)):
        return [], []
    return authors, [name for name in partners if _named(name)]


def _named(name: str) -> bool:
    return bool(_AN_ORGANISATION.search(name)) and _a_name(name) and len(name) <= 90


def organisation_named(line: str) -> str:
    """The organisation a line names as the leaflet's author ("© 2024 Sheffield Teaching
    Hospitals", "Produced by Leeds Teaching Hospitals NHS Trust"), or "": the first, when it
    names more (authors_named)."""
    authors, _ = authors_named(line)
    return authors[0] if authors else ""


def trust_names(text: str) -> list[str]:
    """The trusts' or boards' names a line or a few lines are made of, one after another
    ("Bwrdd Iechyd Prifysgol Betsi Cadwaladr / Betsi Cadwaladr University Health Board", a
    line each or on one line between bars, slashes or tabs), or [] when they hold any other
    words."""
    parts = [part.strip() for part in re.split(r"\n|\t|\s+[/|]\s+|\s{3,}", text)]
    parts = [name for part in parts if part for name in partnered(part) or [part]]
    return parts if parts and all(TRUST_NAME.match(part) for part in parts) else []


_WHAT_IT_IS = re.compile(
    r"(?:patient|public|service user)s? (?:information|leaflet)(?: leaflet| sheet)?|"
    r"information (?:for|leaflet for) (?:patients|the public|you)|patient leaflet",
    re.IGNORECASE,
)


def names_beside_a_trust(text: str) -> bool:
    """Whether the words set beside a trust's name in a running header (the name at the left
    of every page, these at the right) name its department ("Cardiology", "Respiratory
    Medicine"): a name, not a slogan ("Caring at its best") nor what the leaflet is ("Patient
    Information"), nor a date or number. Word's and a PDF's headers are read alike."""
    return (
        len(text.split()) <= 6
        and not re.search(r"\d", text)
        and not re.search(r"\b(?!and\b|of\b|for\b)[a-z]", text)
        and not _WHAT_IT_IS.fullmatch(text)
    )


def partnered(text: str) -> tuple[str, str] | None:
    """A trust's name and its partner's ("Hull University Teaching Hospitals NHS Trust in
    partnership with Humber Teaching NHS Foundation Trust" over the title): the first is the
    author's, the second its partner's; None when the line is not two names so joined."""
    parts = _PARTNERED.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and all(TRUST_NAME.match(part) for part in parts):
        return parts[0], parts[1]
    return None


def trust_name_in(text: str) -> str:
    """A trust's or board's name set over lines ("Bwrdd Iechyd Prifysgol Caerdydd a'r Fro" /
    "Cardiff and Vale University Health Board"): the English one, which every format says."""
    names = [line.strip() for line in text.split("\n") if TRUST_NAME.match(line.strip())]
    names.sort(key=lambda name: bool(WELSH_NAME.match(name)))
    return names[0] if names else re.sub(r"\s+", " ", text).strip()


def audience_and_organisation(audience: str) -> tuple[str, str]:
    """An audience line that names its trust after a comma or dash ("Information for patients,
    Hull University Teaching Hospitals NHS Trust"): the audience, and the trust ("" if none).
    The trust had been kept as part of the audience, said after the running trust's name."""
    parts = re.split(r"\s*(?:,|\s[-–—|])\s+", audience)
    for at in range(1, len(parts)):
        named = ", ".join(parts[at:])
        if TRUST_NAME.match(named) or HOSPITAL_NAME.match(named):
            return ", ".join(parts[:at]), named
    return audience, ""


_VERSIONED = re.compile(r"(?P<number>.+?\d)[-/ ]?v(?P<version>\d+)", re.IGNORECASE)
# A name ending as a department's does: "Urology Department", "Older People's Mental Health
# Service", "Neurology - Epilepsy Nurse Specialists".
DEPARTMENT_NAME = re.compile(
    r"\b(?:departments?|services?|units?|clinics?|teams?|wards?|centres?|directorate|pharmacy|"
    r"therapies|(?:nurse )?specialists|nurses)$",
    re.IGNORECASE,
)
# A team named by its staff, each word a capital's: "District Nurses", "Hand Therapists",
# "Community Midwives", "Health Visitors", "Paediatric Diabetes Specialist Nurses" (under the
# title, "District Nurses" had been the leaflet's first heading). Not a line saying who it is
# for or from ("Information For Nurses", "Meet The Midwives").
STAFF_TEAM = re.compile(
    r"^(?!(?i:information|advice|a note|notes?|message|meet|for|to|from|about|questions|your|"
    r"our|the)\b)(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of)\s+)?){1,5}"
    r"(?:Nurses|Midwives|Therapists|Physiotherapists|Dietitians|Dieticians|Podiatrists|"
    r"Orthoptists|(?<=Health )Visitors|Practitioners|Radiographers|Sonographers|Pharmacists|"
    r"Psychologists|Counsellors|Specialists)$",
)
# A trust's name set over its leaflets ("North Bristol NHS Trust"): a masthead, not a title.
TRUST_NAME = re.compile(
    r"^[A-Z][\w&'’ ,.-]{2,80}\b(?:NHS (?:Foundation )?Trust|Health Board|NHS Trust)$"
    # ... and the name its hospitals go by, each word a capital's ("Leicester's Hospitals",
    # "Nottingham University Hospitals"): over a flyer, it had been taken for the title
    r"|^(?:[A-Z][\w'’.-]*(?: (?:and|&|of|the))? ){1,5}Hospitals$"
    # a Welsh board's or trust's name in Welsh, and a Scottish board's ("NHS Greater Glasgow
    # and Clyde", "NHS Lothian"): each had been taken for the title
    r"|^(?:Bwrdd Iechyd|Ymddiriedolaeth GIG) [\w'’ -]{3,80}$"
    r"|^NHS (?:Ayrshire (?:and|&) Arran|Borders|Dumfries (?:and|&) Galloway|Fife|Forth Valley|"
    r"Grampian|Greater Glasgow (?:and|&) Clyde|Highland|Lanarkshire|Lothian|Orkney|Shetland|"
    r"Tayside|Western Isles)$"
)
# A hospital's name with no trust's words ("Westgate Children's Hospital", "Kingsbridge Royal
# Infirmary", "Millbrook Medical Centre"): set over a leaflet's title, a masthead; it had been
# taken for the title. Not a title whose words end on one ("Going Home From Hospital").
HOSPITAL_NAME = re.compile(
    r"^(?!(?i:(?:[\w'’.-]+ )*(?:from|in|to|at|into|leaving|your|our|my) (?:[\w'’.-]+ )?"
    r"(?:hospitals?|infirmary|medical centre)$))"
    r"(?:[A-Z][\w'’.-]*(?: (?:and|&|of|the))? ){1,6}(?:Hospitals?|Infirmary|Medical Centre)$"
)
# The words before a bare reference: "Leaflet", "Patient information leaflet", and "Information
# sheet" and "Patient information" ("Information sheet RD/014/v3" had given its version alone).
_LEAFLET_WORD = re.compile(
    r"^(?:(?:patient\s+)?(?:information\s+)?(?:leaflet|sheet)|patient\s+information)"
    r"(?:\s*:\s*|\s+)(?=\S+$)",  # ... and "Patient Information Leaflet: ONC-118"
    re.I,
)
# A reference alone after those words: letters and figures ("ONC-118", "DT/022/v5", "PI22/1845")
# or a number of up to six figures ("442"); never a date ("03/2025"), a year alone ("2025"),
# nor a phone number ("01632960418").
_REFERENCE_AFTER_WORDS = re.compile(
    r"[A-Z]{1,8}\d{0,3}(?:[-/][A-Z]{1,8})*[-/]?\d{1,6}(?:[-/][A-Z\d]{1,6})*(?:[-/ ]?v\d+)?"
    r"|(?!(?:19|20)\d\d$)\d{1,6}",
)


def _a_references_shape(text: str) -> bool:
    """Whether `text`, after the words "Patient information leaflet", is a reference."""
    return bool(
        (_BARE_REFERENCE.fullmatch(text) or _REFERENCE_AFTER_WORDS.fullmatch(text))
        and not re.fullmatch(_DATE, text, re.IGNORECASE)
        and not re.match(rf"{_NO_REFERENCE_WORD}\b", text)
    )


_SEPARATORS = re.compile(r"^[\s|•·,.;:–—-]*$")  # what is left between details
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}(?:\s*/\s*\d{1,3})?)\s*$", re.I)
AUDIENCE = re.compile(
    r"^(?:(?:patient|parent|carer)s?\s+information(?:\s+leaflet)?|information\s+for\s+"
    r"(?:(?:adult|child|older|new|day[- ]case|inpatient|outpatient|young)[\w-]*\s+){0,3}"
    r"(?:patients|parents|carers|relatives|children|young people|families|adults|visitors|"
    r"service users|users of our services|the public|girls|boys|"  # "girls and women (12+)"
    r"(?:pregnant\s+)?(?:women|men|people))\b"
    # "(aged 16+)" had made it a heading, and "(aged 18+) and their families" still did
    r"(?:[\w ,&'’-]|\([\w ,+&'’–-]{1,30}\)){0,80})$",
    re.IGNORECASE,
)


# An audience in a leaflet's own words, under its title: "For parents and carers of children
# aged 2 to 16", "For patients having a lumbar puncture" (each had become a heading), and
# "Information for breastfeeding mothers and birthing parents" under the department and trust
# (it had been a heading, the details saying the default audience), but not beside a
# department ("Information for patients | Respiratory Medicine": each takes its place). Only
# among the first lines: in the body, "For advice, call NHS 111" is a sentence.
_AUDIENCE_IN_OWN_WORDS = re.compile(
    r"^(?:information\s+(?!.*\s[|–—-]\s))?for\s+(?:the\s+)?"
    r"(?:(?:adult|older|new|young|pregnant|expectant|breast[- ]?feeding)\s+)?"
    r"(?:patients|parents|carers|relatives|children|young people|families|adults|people|women|"
    r"men|girls|boys|anyone|mothers|fathers)\b"
    r"[^.!?:]{0,120}$",
    re.IGNORECASE,
)
# "Audience: Adults and young people (12+) who ..." (it had been the first paragraph).
_AUDIENCE_LABEL = re.compile(
    r"^(?:(?:intended\s+)?audience|(?:this\s+leaflet\s+is\s+)?for)\s*:\s*(?P<audience>\S.{2,200})$",
    re.IGNORECASE,
)


def audience_of(line: str, under_title: bool) -> str:
    """The audience a line names ("" where it names none), its label taken off."""
    if AUDIENCE.match(line):
        return line
    if labelled := _AUDIENCE_LABEL.match(line):
        return labelled["audience"].strip()
    return line if under_title and _AUDIENCE_IN_OWN_WORDS.match(line) else ""


@dataclass
class Found:
    """Details found in one line, and what is left of the line once they are taken out."""

    values: dict[str, str]
    rest: str
    bare_date: bool = False  # "issued" is from a bare "Date:", a detail only among the others
    people: tuple[str, ...] = ()  # "Author: Clinical Biochemistry": dropped with the line
    # what was beside the details and is no more than a label's words ("Our" of "Our ref:"),
    # left out with them: said in the decisions, never dropped unsaid
    left_out: tuple[str, ...] = ()


def people_only(line: str) -> tuple[str, ...]:
    """The people a line names as who wrote or approved the leaflet, where it holds nothing
    else ("Produced by: Urology Nurse Specialists" alone in the details block at a Word file's
    end, which had been left in the text, read aloud as the leaflet's last words); () when it
    holds anything more. Never a contact ("Contact for enquiries: Pre-assessment Clinic, 01632
    960 111" is the patient's to call)."""
    plain = line.strip().strip("*").strip()
    pattern = dict(_LABEL_RE)["person"]
    people = [match[0].strip() for match in pattern.finditer(plain)]
    if re.search(r"\d|@|\bcontact\b", plain, re.IGNORECASE):
        return ()
    return tuple(people) if people and not pattern.sub("", plain).strip(" |•·,;") else ()


def _reference_and_version(reference: str) -> dict[str, str]:
    """ "URO-0388-v2", "RES/0318/v2": a bare reference, and the version on its end."""
    number = re.sub(r"[-/ ]?v\d+$", "", reference, flags=re.IGNORECASE)
    found = {"number": number}
    if number != reference:
        found["version"] = re.search(r"\d+$", reference)[0]
    return found


def find_details(line: str) -> Found:
    """Every detail in a line; `rest` is "" when the line held nothing else."""
    plain = line.strip().strip("*").strip()
    if _BARE_REFERENCE.fullmatch(plain):
        return Found(_reference_and_version(plain), "")
    if named := organisation_named(plain):
        return Found({"organisation": named}, "")
    values: dict[str, str] = {}
    people: list[str] = []
    left_out: list[str] = []
    taken: list[tuple[int, int]] = []
    for key, pattern in _LABEL_RE:
        for match in pattern.finditer(plain):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if key == "person":
                people.append(match[0].strip())
                taken.append((match.start(), match.end()))
                continue
            if key == "department" and match.start() != 0:
                continue
            if key == "date" and not _starts_a_part(plain, match.start(), taken):
                continue  # a patient's own: "Your operation date: 12.03.2026"
            value = match["value"].strip().rstrip(".,;")
            if key == "number" and (versioned := _VERSIONED.fullmatch(value)):
                value = versioned["number"]  # "DSU/0211/v4": the reference, and version 4
                values.setdefault("version", versioned["version"])
            values.setdefault(key, value)
            taken.append((match.start(), match.end()))
    bare_date = "date" in values and "issued" not in values
    if "date" in values:
        values.setdefault("issued", values.pop("date"))
    if "number" not in values:
        # "Patient Information Leaflet ONC-118" under the title, alone or between bars: the
        # words trusts print before their reference, and the reference (it had been no
        # reference, the line left as text)
        for part in re.finditer(r"[^|•·]+", plain):
            words = part[0].strip()
            reference = _LEAFLET_WORD.sub("", words)
            if reference != words and _a_references_shape(reference):
                for key, value in _reference_and_version(reference).items():
                    values.setdefault(key, value)
                taken.append((part.start(), part.end()))
                break
    if not values:
        return Found({}, line)
    rest = plain
    for start, end in sorted(taken, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    # a footer's page number beside its details: "Ref: ENDO/0144/v3 Review due: 06/2027 Page 1
    # of 2" had been no details line, and the reference and review date were dropped with it
    rest = re.sub(r"\bpage \d{1,3}(?: of \d{1,3})?\b", " ", rest, flags=re.IGNORECASE)
    # ... and a page's word whose number a Word field did not keep ("POD-0102 v2 Published:
    # March 2025 Page", its PAGE field empty, had left "POD-0102 Page" and no reference)
    rest = re.sub(r"(?:^|\s)(?:Page|PAGE)(?:\s+of)?\s*$", " ", rest)
    rest = re.sub(r"\s+", " ", rest).strip()
    if TRUST_NAME.match(rest):
        # the trust's name beside its details, no sentence: the leaflet's author, unless it is
        # config's own (the importer knows which)
        values.setdefault("organisation", trust_name_in(rest))
        rest = ""
    if re.search(r"[|•·]", rest):
        # "Urology Department | URO-0231 | Version 3": each part between bars, the department
        # and a bare reference too (only the version had been found); and a name beside them,
        # which is no sentence ("Kingsbridge University Hospitals NHS Trust | KUH-END-044 |
        # Version 6 | Review date: September 2027" had been dropped unread for the trust's name)
        left_over = []
        for part in (part.strip(" ,;") for part in re.split(r"[|•·]", rest)):
            if "number" not in values and _BARE_REFERENCE.fullmatch(part):
                for key, value in _reference_and_version(part).items():
                    values.setdefault(key, value)
            elif "department" not in values and len(part.split()) <= 8 and (
                DEPARTMENT_NAME.search(part)
            ):
                values["department"] = part
            elif TRUST_NAME.match(part):
                values.setdefault("organisation", part)
            elif HOSPITAL_NAME.match(part):
                left_out.append(part)  # "St Mary's Hospital": the masthead's, said
            else:
                # "Issue 12 | Ward 31": a place is no detail ("Ward 31", and "Ward B" though
                # each word is a capital's, had been dropped unsaid with the details)
                left_over.append(part)
        rest = " | ".join(left_over)
    if "|" in rest and not {"issued", "last_reviewed", "updated"} & values.keys():
        # "PIL 8802 | Issue 1 | Oct 2024 | Review date Oct 2026": a bare date between bars
        parts = [part.strip() for part in rest.split("|")]
        dated = [part for part in parts if re.fullmatch(_DATE, part, re.IGNORECASE)]
        if len(dated) == 1:
            values["issued"] = dated[0]
            rest = " | ".join(part for part in parts if part != dated[0])
    # "ENT-0042 v1 Published: 01/2025", "Leaflet MAT-077 version 5", "Leaflet 442 version 3"
    # ... and "Leaflet ENT-0147 version 3. Last reviewed ...": the stops the details leave
    left = re.sub(r"(?<=\S)[.,;]+(?=\s|$)|\s[.,;]+(?=\s|$)", "", rest)
    # ... and the dashes set between them as bars are: "CR/EX/0056 v3 - Written: ... - Review"
    left = re.sub(r"(?:^|\s)[-–—]+(?=\s|$)", "", left).strip(" |•·,;.")
    # ... and "Leaflet RES/0318/v2. Last reviewed ...": its version taken, the reference is left
    # with the bar or dash that joined them ("RES/0318/" had been dropped as no reference)
    reference = _LEAFLET_WORD.sub("", left).rstrip("/-")
    if "number" not in values and (
        _BARE_REFERENCE.fullmatch(reference) or (reference != left and reference.isdigit())
    ):
        for key, value in _reference_and_version(reference).items():
            values.setdefault(key, value)
        rest = ""
    if not _SEPARATORS.match(rest):
        words = [word for word in rest.split() if not _SEPARATORS.match(word)]
        # (without a label of its own after the others: "... Department: Anticoagulation Clinic")
        named = re.sub(rf"^{_DEPARTMENT_LABEL}\s*", "", rest.strip(" ·|•,;–-"), flags=re.I)
        if DEPARTMENT_NAME.search(named) and (re.search(r"[·|•]", plain) or len(words) <= 4) and (
            values.get("department", named) == named
        ):
            # "Older People's Mental Health Service · Reference: OPD-0331 · Version 4",
            # "Pharmacy Department    Leaflet number: PHA-0158" (it had been dropped unread)
            values["department"] = named
        elif len(words) > 3 or (bare_date and len(values) == 1):
            # a sentence that mentions a review, not a details line; and a bare date with words
            # beside it is an appointment's ("Date: 12/03/2026 Time: 08:15")
            return Found({}, line)
        elif all(_DETAIL_WORD.fullmatch(word) for word in re.findall(r"[\w'’]+", rest)) or (
            re.match(r"\W*(?:©|\(c\)|copyright\b)", rest, re.IGNORECASE)
        ):
            # "Our" of "Our ref:", "Next" of ..., and the document's own: "Status: Final",
            # "© UHL"
            left_out.append(rest.strip(" ·|•,;:.–-"))
        else:
            # "Issue 12 | Ward 31", "Leaflet ONC-118 | Ward 12": what is no detail may be where
            # the patient is told to go; it stays a line of the leaflet (it had been dropped)
            return Found(values, rest.strip(" ·|•,;:.–-"), bare_date, tuple(people),
                         tuple(left_out))
    return Found(values, "", bare_date, tuple(people), tuple(left_out))


# The words of a detail's label, which may be left beside the details they name ("Our ref:",
# "Next review due", a "Review date:" wrapped from its value), and figures: no text of the leaflet.
def with_its_reference_labelled(running: str) -> str:
    """A running line that gives no detail by a label but holds one token in a leaflet
    reference's shape, set apart by bars, tabs or wide spaces from a page's number or other
    words, with that token labelled: "Page 1 | PHY-0388" on every page's foot as "Page 1 |
    Reference: PHY-0388" (it had been dropped, "no reference found"). "" for any other line.
    Only for a line repeated over the pages, a header's or footer's: in the text, a bare code
    beside other words is no reference."""
    if find_details(running).values:
        return ""
    apart = re.sub(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b", "|", running, flags=re.IGNORECASE)
    parts = [
        part.strip(" ,;–—-") for part in re.split(r"[|•·\t]|\s{3,}|\s[–—-]\s", apart)
    ]
    parts = [part for part in parts if part and not PAGE_NUMBER.match(part)]
    shaped = [part for part in parts if _BARE_REFERENCE.fullmatch(part)]
    if len(shaped) != 1:
        return ""
    at = running.index(shaped[0])
    return f"{running[:at]}Reference: {running[at:]}"


_DETAIL_WORD = re.compile(
    r"(?i:our|your|this|the|next|last|review|reviewed|reviewing|date[sd]?|due|published|issued?|"
    r"updated|written|produced|approved|version|ver|rev|revision|leaflet|document|information|"
    r"patient|sheet|ref|reference|no|number|code|id|page|of|on|by|for|pil|pif|v\d+|"
    # ... and the words of its document control: "Status: Final", "Ratified", "Patient copy",
    # "Do not copy", "Uncontrolled when printed"
    r"status|final|draft|ratified|approved|trust|wide|controlled|uncontrolled|copy|current|do|"
    r"not|photocopy|reproduce|when|printed|circulate|circulation)"
    r"|\d[\d/.-]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*",
    re.IGNORECASE,
)


def _a_name(text: str) -> bool:
    """A trust's or hospital's name ("Kingsbridge University Hospitals NHS Trust", "St Mary's
    Hospital, Eastfield"): every word a capital's but those joining them, not a sentence (nor a
    line in capitals, which may be one)."""
    words = re.findall(r"[\w'’]+", text)
    return bool(TRUST_NAME.match(text)) or (
        bool(words)
        and text != text.upper()
        and not re.search(r"[.!?:]$", text)
        and all(word[:1].isupper() or word.lower() in ("and", "of", "the", "for") for word in words)
    )


def _starts_a_part(plain: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a bare "Date:" at `start` begins the line, or a part of it after a bar or after
    another detail ("Ref: PAED-009 | Date: June 2025", "Leaflet number: OPH 562 Date: ..."): a
    word before it makes it a patient's date ("Your operation date:", "Your appointment: Date:")."""
    after = max((end for _, end in taken if end <= start), default=0)
    return bool(_SEPARATORS.match(re.split(r"[|•·]", plain[after:start])[-1]))


def year_month(value: str) -> str | None:
    """ "March 2028", "11/2023", "12/03/2024", "2023-11" as "2028-03"; None if not a date."""
    text = value.strip().lower().replace(",", "")
    # ("MAR-2025", its month and year joined by a hyphen)
    if match := re.fullmatch(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([^\W\d_]+)\.?(?:\s+|[-/])(\d{2,4})",
                             text):
        month = _MONTHS.get(match[1]) or _OWN_MONTHS.get(match[1]) or _MONTHS.get(match[1][:3])
        year = int(match[2])
    elif match := re.fullmatch(r"(?:\d{1,2}[/.-])?(\d{1,2})[/.-](\d{2,4})", text):
        month, year = int(match[1]), int(match[2])
    elif match := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", text):
        year, month = int(match[1]), int(match[2])
    else:
        return None
    year += 2000 if year < 100 else 0
    if not month or not 1 <= month <= 12 or not 1990 <= year <= 2100:
        return None
    return f"{year:04d}-{month:02d}"


DATE_KEYS = ("issued", "last_reviewed", "next_review")
# ... and the dates found that are kept as one of them ("Last updated" as when it was issued)
FOUND_DATE_KEYS = (*DATE_KEYS, "updated")


def leaflet_dates(found: dict[str, str], today: date | None = None) -> tuple[dict, dict]:
    """The months of the dates found ("issued", "last_reviewed", "next_review"), each kept for
    what it is, and a problem for a person to check by key. "Issued: March 2024" had become
    "last reviewed", announced so in the audio; so had "Last updated", when it was issued. A
    review "last" done after this month is the next one ("Reviewed: March 2028" on a leaflet
    read in 2026): never said as done."""
    this_month = f"{(today or date.today()):%Y-%m}"
    months: dict[str, str] = {}
    problems: dict[str, str] = {}
    for key, value in found.items():
        if key == "updated":
            # "Last updated: March 2024" had been kept as the last review: an update is no
            # review, it is when this version was issued (unless the leaflet says that too)
            if "issued" in found:
                continue
        if not (month := year_month(value)):
            problems[key] = f"'{value}' is not a date the importer can read"
        elif key == "last_reviewed" and month > this_month:
            if "next_review" in found:
                problems[key] = (f"'{value}', said to be when it was last reviewed, is a month "
                                 "still to come: left out; check it")
            else:
                months["next_review"] = month
                problems[key] = (f"'{value}', said to be when it was last reviewed, is a month "
                                 "still to come: kept as the next review date; check it")
        else:
            months.setdefault("issued" if key == "updated" else key, month)
    return months, problems


def version_number(value: str) -> tuple[int, bool]:
    """ "3", "v3", "2.1" as (major version, whether a minor part was dropped)."""
    major, _, minor = value.lower().lstrip("v").partition(".")
    return int(major), bool(minor.strip("0"))


def details_in_sentences(line: str) -> Found:
    """Details written as sentences or in brackets within a paragraph, as a leaflet with no
    details block gives them: "Leaflet MAT-0487 Version 2. Last reviewed March 2025." or
    "(reference URO/0388/v2, reviewed January 2025, next review January 2028)". Each sentence
    or bracket that holds details and nothing else is taken out; `rest` is what is left."""
    values: dict[str, str] = {}
    bare_date = False
    kept = line
    # (a label's "no." or "Ref." ends no sentence: "Leaflet no. RH-077. Version 2.")
    sentence_end = r"(?<=[.!?])(?<!\b[Nn]o\.)(?<!\b[Rr]ef\.)\s+(?=[A-Z(])"
    pieces = re.findall(r"\(([^()]{6,200})\)", line) + re.split(sentence_end, line)
    for piece in pieces:
        piece_text = piece.strip().rstrip(".").strip()
        found = find_details(piece_text)
        if not found.values or found.rest or _BARE_REFERENCE.fullmatch(piece_text):
            continue  # a bare "(PIL 2302)" names another leaflet as often as this one
        bare_date = bare_date or (found.bare_date and "issued" not in values)
        for key, value in found.values.items():
            values.setdefault(key, value)
        kept = kept.replace(f"({piece})", "").replace(piece, "")
    kept = re.sub(r"\s+([.,;:])", r"\1", re.sub(r"\s{2,}", " ", kept)).strip()
    return Found(values, kept, bare_date)


# One patient's appointment written into a title or a letter's subject ("Your lumbar puncture on
# Tuesday 14 April 2026 at 8.30am"): a date with its day, in words or figures, a weekday after
# "on", a time of day. The title is what every later patient's braille and audio announce, and
# it names the source's file: no patient's appointment belongs in either.
_WEEKDAY = (
    r"\b(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
)
_MONTH_WORD = (
    r"\b(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY_OF_MONTH = r"(?<![\w/.:-])(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?"
# A date with its day, in words or figures: "(Tuesday) 14 April (2026)", "the 14th of April",
# "14-Apr-2026", "April 14th, 2026", "14/04/2026", "14.04.26", "2026-04-14".
_DATE_WITH_ITS_DAY = (
    rf"(?:{_WEEKDAY},?\s+)?(?:(?i:the)\s+)?{_DAY_OF_MONTH}(?:\s+(?i:of))?\s+{_MONTH_WORD}"
    r"(?:,?\s+(?:19|20)\d\d)?"
    rf"|{_DAY_OF_MONTH}-{_MONTH_WORD}(?:-(?:(?:19|20)\d\d|\d\d))?(?![\w-])"
    rf"|(?:{_WEEKDAY},?\s+)?{_MONTH_WORD}\s+{_DAY_OF_MONTH}(?!\d)(?:,?\s+(?:19|20)\d\d)?"
    rf"|(?:{_WEEKDAY},?\s+)?(?<![\d/.])(?:[12]\d|3[01]|0?[1-9])(?P<sep>[/.-])"
    r"(?:1[0-2]|0?[1-9])(?P=sep)(?:(?:19|20)\d\d|\d\d)(?![\d/.])"
    r"|(?<![\d/.-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])"
)
A_DAYS_DATE = re.compile(_DATE_WITH_ITS_DAY)
_WHEN_PIECE = re.compile(
    rf"(?P<date>{_DATE_WITH_ITS_DAY}"
    # "on Friday at 11am", "– Tuesday at 2pm"
    r"|(?<=\b[Oo]n )(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?i:mon|tues|wednes|thurs|fri|satur|sun)day(?=,?\s+(?:at\s+)?\d)"
    r")|(?P<time>"
    r"(?<![\w.:])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?(?i:am|pm|a\.m\.|p\.m\.)(?![a-z])"
    r"|(?<![\w.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?:\s?(?i:hrs|hours)\b)?"
    r"|(?<![\w.:])(?:[01]\d|2[0-3])[0-5]\d\s?(?i:hrs)\b"  # 0830hrs
    r"|(?<=\b[Aa]t )(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])"  # "at 8.30"
    r"|\b12\s(?i:noon|midday)\b|(?<=\b[Aa]t )(?i:noon|midday)\b"  # not "midday meals"
    r")"
)
_BETWEEN_PIECES = re.compile(r"(?:\s|[,–—()-]|\b(?i:on|at|and|to|until|till)\b)*")
# What a date and time joins on to: "on", "at", "dated", and the stops and dashes before them.
_BEFORE_WHEN = re.compile(r"(?:\s*[,:;–—(-])*\s*(?:\b(?i:on|at|dated)\s*)?$")
# ... and a date or time a rule gives for everyone: "Changes to visiting from 1 April 2026",
# "Morning appointments (before 12 noon)".
_RULES_A_TIME = re.compile(
    r"\b(?i:from|until|till|since|before|after|by|between|and|to|than|starting|closed|open|"
    # ... and the leaflet's own: "Last updated 3 June 2024"
    r"updated|reviewed|review|published|issued|produced|written|effective|due)\s*:?\s+\(?$"
)
# Two times or two dates joined so are a range, opening hours or a list's for everyone: "Mon–Fri
# 8.30am–4.30pm", "(admission time 07:00–07:30)".
_RANGE = re.compile(r"\s*(?:[-–—]|\b(?i:to|until|till)\b)\s*")
APPOINTMENT_FIELDS = {"date": "appointment date", "time": "appointment time"}


@dataclass
class Appointment:
    """A patient's appointment found in a title: the title without it, the line with a blank
    for each of its parts ("Your lumbar puncture on ____ (appointment date) at ____
    (appointment time)"), and which parts it gave ("date", "time")."""

    title: str
    blanked: str
    parts: tuple[str, ...]


def appointment_in(title: str) -> Appointment | None:
    """The appointment's date and time in a title ("Your lumbar puncture on Tuesday 14 April
    2026 at 8.30am", "MRI scan – 14/04/2026, 09:15", "Your colonoscopy on Monday 3rd March at
    2pm"), or None when it gives none; a date a rule gives for everyone ("from 1 April 2026",
    "before 12 noon") is no appointment."""
    runs: list[list[re.Match]] = []
    for piece in _WHEN_PIECE.finditer(title):
        if runs and _BETWEEN_PIECES.fullmatch(title[runs[-1][-1].end() : piece.start()]):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    runs = [
        run for run in runs
        if not _RULES_A_TIME.search(title[: run[0].start()])
        and not any(
            bool(one["date"]) == bool(other["date"])
            and _RANGE.fullmatch(title[one.end() : other.start()])
            for one, other in itertools.pairwise(run)
        )
    ]
    if not runs:
        return None
    kept, blanked, position, blank_at = [], [], 0, 0
    for run in runs:
        start = _BEFORE_WHEN.search(title[position : run[0].start()]).start() + position
        kept.append(title[position:start])
        for piece in run:
            part = "date" if piece["date"] else "time"
            before = title[blank_at : piece.start()]
            after = title[piece.end() :]
            if before.endswith("(") and after.startswith(")"):
                # "3 March 2026 (14:30)": its own brackets go with it, the blank after "at"
                joined = "at" if part == "time" else "on"
                before, blank_at = f"{before[:-1].rstrip()} {joined} ", piece.end() + 1
            else:
                blank_at = piece.end()
            blanked.append(f"{before}____ ({APPOINTMENT_FIELDS[part]})")
        position = run[-1].end()
        taken = title[start:position]
        if taken.count("(") > taken.count(")") and (
            closing := re.match(r"\s*\)", title[position:])
        ):
            position += closing.end()  # "Clinic (Tuesday 14 April)": the brackets go too
    kept.append(title[position:])
    blanked.append(title[blank_at:])
    without = re.sub(r"\(\s*\)", "", "".join(kept))
    without = re.sub(r"\s{2,}", " ", without).strip(" ,:;–—-(")
    parts = tuple(dict.fromkeys(
        "date" if piece["date"] else "time" for run in runs for piece in run
    ))
    return Appointment(without, "".join(blanked), tuple(sorted(parts)))
