"""Accessible HTML: the leaflet as one self-contained .html file, the version a patient asks to
receive by e-mail. The same rendering as the large print (pipeline/formats/html_render.py), with a
screen stylesheet: pictures are embedded as data: URLs and fonts are the reader's own (named
faces with common fallbacks), so nothing is fetched when it is opened.
"""

from __future__ import annotations

import re
from pathlib import Path
from string import Template

from lxml import html as lxml_html
from pydantic import Field, field_validator

from ...languages import LANGUAGES, is_right_to_left, primary_language
from ...model import Heading, Image, Leaflet
from ...text import prepare, words
from .. import CheckReport, Format, FormatSettings, output_file, showing
from ..fonts import family_a_reader_may_have, font_name, named_sans_serif
from ..html_render import (
    language_runs,
    missing_in_reading_order,
    reading_order,
    render_document,
)

SCREEN_STYLESHEET = Path(__file__).with_name("screen.css")
_GENERIC_FAMILIES = {"serif", "sans-serif"}


class AccessibleHtmlSettings(FormatSettings):
    size: int = Field(
        14,
        title="Text size",
        json_schema_extra={"unit": "pt", "say": "pt"},
        ge=12,
        le=48,
        description="base text size in points (RNIB Clear Print: 14 ideal); readers can zoom",
    )
    font: str = Field(
        "Arial",
        min_length=1,
        description="the preferred face, named only (falls back to the reader's sans serif)",
    )

    @field_validator("font")
    @classmethod
    def _named_sans_serif(cls, font: str) -> str:
        """The name goes into the page's stylesheet, so it is held to a safe name; the reader's
        machine supplies the face, but one known here as serif or monospaced is refused."""
        return named_sans_serif(family_a_reader_may_have(font_name(font)))


def screen_font_faces() -> str:
    """@font-face rules over the reader's installed faces: local() fetches nothing, and names
    the Regular Nastaliq face outright (fontconfig would otherwise pick the Bold one)."""
    rules = []
    for row in LANGUAGES:
        if not row.print_font:
            continue
        lang, family = row.code, row.print_font
        fallbacks = (f if f in _GENERIC_FAMILIES else f'"{f}"' for f in row.screen_fallback_fonts)
        face = f"Leaflet {family}"
        postscript = family.replace(" ", "") + "-Regular"
        rules.append(
            f'@font-face {{ font-family: "{face}"; font-weight: normal; '
            f'src: local("{family}"), local("{family} Regular"), local("{postscript}"); }}\n'
            f':lang({lang}) {{ font-family: "{face}", "{family}", '
            f"{', '.join(fallbacks)}; }}\n"
        )
    return "".join(rules)


def screen_stylesheet(settings: AccessibleHtmlSettings) -> str:
    template = Template(SCREEN_STYLESHEET.read_text(encoding="utf-8"))
    return template.substitute(
        size=settings.size, font=settings.font, font_faces=screen_font_faces()
    )


def write(leaflet: Leaflet, settings: AccessibleHtmlSettings, folder: Path) -> list[Path]:
    target = output_file(folder, leaflet, "accessible-html", ".html")
    target.write_text(render_document(leaflet, screen_stylesheet(settings)), encoding="utf-8")
    return [target]


def check(leaflet: Leaflet, settings: AccessibleHtmlSettings, files: list[Path]) -> CheckReport:
    """Reads the file as a browser's accessibility tree would present it."""
    report = CheckReport("accessible-html")
    pages = [f for f in files if f.suffix == ".html"]
    if len(pages) != 1:
        report.problems.append(f"expected one .html file, found {len(pages)}")
        return report
    source = pages[0].read_text(encoding="utf-8")
    document = lxml_html.document_fromstring(source)
    problems = report.problems
    if document.get("lang") != leaflet.meta.language:
        problems.append(f"<html lang> is '{document.get('lang')}', not {leaflet.meta.language}")
    title = document.findtext(".//title") or ""
    if title.strip() != prepare(leaflet.meta.title):
        problems.append(f"the page title is '{title.strip()}', not the leaflet's title")
    headings = document.xpath("//h1|//h2|//h3|//h4|//h5|//h6")
    levels = [int(h.tag[1]) for h in headings]
    if levels.count(1) != 1:
        problems.append(f"the page has {levels.count(1)} h1 headings; it needs exactly one")
    elif levels[0] != 1:
        problems.append("the first heading is not the h1 title")
    for before, after, heading in zip(levels, levels[1:], headings[1:], strict=False):
        if after > before + 1:
            problems.append(
                f"the heading '{heading.text_content()}' jumps from h{before} to h{after}"
            )
    expected = [prepare(leaflet.meta.title)] + [
        prepare("".join(s.text for s in b.spans)) for b in leaflet.blocks if isinstance(b, Heading)
    ]
    found = [prepare(h.text_content()) for h in headings]
    if found != expected:
        problems.append(f"the headings are {found}, expected {expected}")
    images = document.xpath("//img")
    for img in images:
        if not (img.get("alt") or "").strip():
            problems.append(f"a picture ({(img.get('src') or '')[:40]}) has no alt text")
        if not (img.get("src") or "").startswith("data:"):
            problems.append(f"the picture {img.get('src')} is not inside the file")
    pictures = [b for b in leaflet.blocks if isinstance(b, Image)]
    if len(images) != len(pictures):
        problems.append(f"the page has {len(images)} pictures, the leaflet {len(pictures)}")
    fetched = [
        e.get("src") for e in document.xpath("//*[@src]") if not e.get("src").startswith("data:")
    ]
    styles = " ".join(document.xpath("//style/text()|//@style"))
    if fetched or re.search(r"\burl\(", styles) or document.xpath("//script|//link|//iframe"):
        problems.append("the page loads something from outside the file: it must stand alone")
    body_text = " ".join(document.body.itertext())
    missing = missing_in_reading_order(_every_word(leaflet), _words_shown(body_text))
    if missing:
        problems.append(
            f"{len(missing)} word(s) of the leaflet are missing or out of order, "
            f"first: {', '.join(missing[:8])}"
        )
    names = {t.lang: t.language_name for t in leaflet.trust.translations}
    for run in language_runs(leaflet):
        name = names.get(run.lang, f"'{run.lang}'")
        marked = [e for e in document.xpath("//*[@lang]") if e.get("lang") == run.lang]
        texts = [prepare(e.text_content()) for e in marked]
        if run.text not in texts:
            problems.append(f'the {name} text is not in an element marked lang="{run.lang}"')
            continue
        wanted = "rtl" if is_right_to_left(run.lang) else "ltr"
        if marked[texts.index(run.text)].get("dir") != wanted:
            problems.append(f'the {name} text is not marked dir="{wanted}"')
    tagged = document.xpath("//*[@lang]")
    report.findings.append(
        f"{len(headings)} headings, {len(images)} pictures, {len(tagged)} elements with a "
        f"language ({', '.join(sorted({e.get('lang') for e in tagged}))}), "
        f"{len(source.encode('utf-8')) // 1024} KB in one file"
    )
    if primary_language(leaflet.meta.language) != "en":
        report.findings.append(f"page language {leaflet.meta.language}")
    return report


def _every_word(leaflet: Leaflet) -> list[str]:
    """The words of the whole rendering in reading order, in every script: a page keeps its
    text in reading order, as a PDF's glyphs do not, so an Urdu, Arabic, Gujarati or Punjabi
    word is compared as an English one is (only English words and figures had been: a page
    that had lost the Urdu 'نہ' of 'take no more than 3 tablets' passed its check)."""
    return [word for run in reading_order(leaflet) for word in _words_shown(run.text)]


def _words_shown(text: str) -> list[str]:
    """Words with a letter or figure in them (a mark apart from its letter is none)."""
    return [word for word in words(prepare(text)) if any(c.isalnum() for c in word)]


FORMAT = Format(
    name="accessible-html",
    title="Accessible HTML",
    description="One self-contained .html file for e-mail: headings, language-marked lines in "
    "every script, pictures with alt text, readable at any zoom.",
    settings=AccessibleHtmlSettings,
    write=write,
    check=check,
    preview=showing("web", ".html", "text/html"),
)
