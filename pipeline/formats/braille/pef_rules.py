"""What the PEF 2008-1 schema (DAISY's RELAX NG grammar with its two Schematron rules) requires of
a PEF file, checked in code so the check needs no file from outside the project.

Each rule below is one of the grammar's: the pef, head, meta, body, volume, section, page and row
elements in their places; the required Dublin Core identifier and format; the attribute types;
rows holding only Unicode braille; elements of other namespaces only where the grammar allows
them; and the Schematron rules (rows fit the page height, counting row gaps; cells fit the width).
"""

from __future__ import annotations

import math
import re

from lxml import etree

from .files import DC_NS, PEF_NS

PEF_MEDIA_TYPE = "application/x-pef+xml"

# Dublin Core elements meta may hold, and which of them may appear at most once.
DC_ELEMENTS = {
    "identifier",
    "format",
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "contributor",
    "date",
    "type",
    "source",
    "language",
    "relation",
    "coverage",
    "rights",
}
DC_AT_MOST_ONCE = {"identifier", "format", "title", "description", "date"}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")
_BRAILLE = re.compile("[\u2800-\u28ff]*")
_BOOLEAN = {"true", "false", "1", "0"}
# The attributes each PEF element defines (in no namespace); others must carry a namespace.
_OWN_ATTRIBUTES = {
    "pef": {"version"},
    "head": set(),
    "meta": set(),
    "body": set(),
    "volume": {"cols", "rows", "rowgap", "duplex"},
    "section": {"cols", "rows", "rowgap", "duplex"},
    "page": {"rowgap"},
    "row": {"rowgap"},
}
# The PEF children each PEF element takes: (name, at least, at most); None is "any number".
_CHILDREN = {
    "pef": [("head", 1, 1), ("body", 1, 1)],
    "head": [("meta", 1, 1)],
    "body": [("volume", 1, None)],
    "volume": [("section", 1, None)],
    "section": [("page", 1, None)],
    "page": [("row", 0, None)],
}
# Elements of other namespaces are allowed among the children of these (not of pef or row).
_FOREIGN_ALLOWED = {"head", "body", "volume", "section", "page"}


def _local(element: etree._Element) -> tuple[str, str]:
    qname = etree.QName(element)
    return qname.namespace or "", qname.localname


def _is_integer(value: str, least: int) -> bool:
    return bool(re.fullmatch(r"[+-]?[0-9]+", value.strip())) and int(value) >= least


def _where(element: etree._Element) -> str:
    return f"line {element.sourceline}" if element.sourceline else "in the file"


def _check_attributes(element: etree._Element, name: str, problems: list[str]) -> None:
    for attribute, value in element.attrib.items():
        namespace = etree.QName(attribute).namespace
        if namespace:
            continue
        if attribute not in _OWN_ATTRIBUTES[name]:
            problems.append(f"<{name}> {_where(element)} has an attribute '{attribute}' PEF lacks")
        elif attribute in ("cols", "rows") and not _is_integer(value, 1):
            problems.append(f"<{name}> {_where(element)}: {attribute}='{value}' is not a whole "
                            "number above 0")
        elif attribute == "rowgap" and not _is_integer(value, 0):
            problems.append(f"<{name}> {_where(element)}: rowgap='{value}' is not a whole number")
        elif attribute == "duplex" and value.strip() not in _BOOLEAN:
            problems.append(f"<{name}> {_where(element)}: duplex='{value}' is not true or false")
        elif attribute == "version" and value != "2008-1":
            problems.append(f"<pef> version is '{value}', not 2008-1")
    required = {"pef": {"version"}, "volume": {"cols", "rows", "rowgap", "duplex"}}.get(name, set())
    for attribute in sorted(required - set(element.attrib)):
        problems.append(f"<{name}> {_where(element)} has no {attribute} attribute")


def _check_foreign(element: etree._Element, excluded: set[str], problems: list[str]) -> None:
    """An element of another namespace: nothing inside it may be PEF (or, in meta, DC)."""
    for inner in element.iter():
        if isinstance(inner.tag, str) and _local(inner)[0] in excluded:
            problems.append(f"<{_local(inner)[1]}> {_where(inner)} is inside a foreign element")


def _check_meta(meta: etree._Element, problems: list[str]) -> None:
    counts: dict[str, int] = {}
    for child in meta:
        if not isinstance(child.tag, str):
            continue
        namespace, name = _local(child)
        if namespace == PEF_NS:
            problems.append(f"<{name}> {_where(child)} is not allowed in <meta>")
        elif namespace == DC_NS:
            if name not in DC_ELEMENTS:
                problems.append(f"dc:{name} {_where(child)} is not a Dublin Core element")
                continue
            counts[name] = counts.get(name, 0) + 1
            if len(child):
                problems.append(f"dc:{name} {_where(child)} holds elements; it takes text only")
            text = child.text or ""
            if name == "format" and text != PEF_MEDIA_TYPE:
                problems.append(f"dc:format is '{text}', not {PEF_MEDIA_TYPE}")
            if name == "date" and not _DATE.fullmatch(text):
                problems.append(f"dc:date '{text}' is not a date as yyyy-mm-dd")
            if name == "language" and not _LANGUAGE.fullmatch(text.strip()):
                problems.append(f"dc:language '{text}' is not a language tag")
        else:
            _check_foreign(child, {PEF_NS, DC_NS}, problems)
    for name in ("identifier", "format"):
        if not counts.get(name):
            problems.append(f"<meta> has no dc:{name}")
    for name in sorted(DC_AT_MOST_ONCE):
        if counts.get(name, 0) > 1:
            problems.append(f"<meta> has {counts[name]} dc:{name} elements; one at most")


def _check_children(element: etree._Element, name: str, problems: list[str]) -> None:
    expected = _CHILDREN[name]
    allowed = {child for child, _, _ in expected}
    found: dict[str, int] = {}
    pef_order: list[str] = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        namespace, child_name = _local(child)
        if namespace != PEF_NS:
            if name not in _FOREIGN_ALLOWED:
                problems.append(f"<{child_name}> {_where(child)} is not allowed in <{name}>")
            else:
                _check_foreign(child, {PEF_NS}, problems)
            continue
        if child_name not in allowed:
            problems.append(f"<{child_name}> {_where(child)} is not allowed in <{name}>")
            continue
        found[child_name] = found.get(child_name, 0) + 1
        pef_order.append(child_name)
        _check_element(child, child_name, problems)
    for child_name, least, most in expected:
        count = found.get(child_name, 0)
        if count < least:
            problems.append(f"<{name}> {_where(element)} has no <{child_name}>")
        elif most is not None and count > most:
            problems.append(f"<{name}> has {count} <{child_name}> elements; {most} at most")
    if name == "pef" and pef_order == ["body", "head"]:
        problems.append("<pef> must hold <head> before <body>")


def _check_element(element: etree._Element, name: str, problems: list[str]) -> None:
    _check_attributes(element, name, problems)
    if name == "meta":
        _check_meta(element, problems)
    elif name == "row":
        if len(element):
            problems.append(f"<row> {_where(element)} holds elements; it takes braille only")
        if not _BRAILLE.fullmatch(element.text or ""):
            problems.append(f"<row> {_where(element)} holds characters that are not braille cells")
    else:
        _check_children(element, name, problems)


def _inherited(element: etree._Element, attribute: str, default: int = 0) -> int:
    """The value on the element or its nearest ancestor that sets it, as the Schematron reads."""
    for node in [element, *element.iterancestors()]:
        value = node.get(attribute)
        if value is not None and _is_integer(value, 0):
            return int(value)
    return default


def _check_page_sizes(root: etree._Element, problems: list[str]) -> None:
    ns = {"p": PEF_NS}
    for number, page in enumerate(root.iterfind(".//p:page", ns), start=1):
        rows = page.findall("p:row", ns)
        gaps = sum(_inherited(row, "rowgap") for row in rows)
        height = math.ceil(gaps / 4) + len(rows)
        limit = _inherited(page, "rows")
        if height > limit:
            problems.append(f"PEF page {number} needs {height} rows; its volume allows {limit}")
        width = _inherited(page, "cols")
        for line, row in enumerate(rows, start=1):
            cells = len(row.text or "")
            if cells > width:
                problems.append(
                    f"PEF page {number} row {line} has {cells} cells; its volume allows {width}"
                )


def pef_problems(tree: etree._ElementTree) -> list[str]:
    """Every way the document breaks the PEF 2008-1 grammar and its Schematron rules."""
    root = tree.getroot()
    if _local(root) != (PEF_NS, "pef"):
        return [f"the root element is <{etree.QName(root).localname}>, not PEF's <pef>"]
    problems: list[str] = []
    _check_element(root, "pef", problems)
    _check_page_sizes(root, problems)
    return problems
