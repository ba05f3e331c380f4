"""The leaflet model as semantic HTML: the large-print PDF, the accessible HTML file and the web
page all start from this one rendering.

Every element carries what assistive technology needs: the document's `lang`, a `lang` and
`dir` on every run or paragraph in another language, one `h1` (the title) with the section
headings below it, pictures with their alt text and safety notices as labelled notes. Styling is
the caller's business: it passes a stylesheet and decides how pictures are referenced.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .errors import LeafletError
from .model import (
    Block,
    Heading,
    Image,
    Inline,
    Leaflet,
    ListBlock,
    Notice,
    Paragraph,
    Span,
    plain_text,
)
from .text import is_right_to_left, prepare, primary_language, script_of, words

# The face each of the trust's other scripts is set in. Latin-script languages (Polish) use the
# format's own face. Urdu readers expect Nastaliq, Arabic readers Naskh.
SCRIPT_FONTS = {
    "ur": "Noto Nastaliq Urdu",
    "ar": "Noto Naskh Arabic",
    "gu": "Noto Sans Gujarati",
    "pa": "Noto Sans Gurmukhi",
}

PICTURE_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"}
NOTICE_LABELS = {"important": "Important", "warning": "Warning", "note": "Note"}

# Where a long address may break at the end of a line: after @ and /, before a dot, and between
# the words of a run-together address such as InformationForPatients. A word is never split.
_ADDRESS_BREAK = re.compile(r"(?<=[@/])|(?=\.\w)|(?<=[a-z])(?=[A-Z])")

PictureSource = Callable[[Leaflet, Image], str]
_PHONE_NUMBER = re.compile(r"\b0\d{2,4}(?: \d{3,4}){1,2}\b")


def picture_path(leaflet: Leaflet, image: Image) -> Path:
    """The picture's file, relative to the leaflet's source; a missing one is the author's error."""
    path = Path(leaflet.source_path).parent / image.src
    if path.suffix.lower() not in PICTURE_TYPES:
        raise LeafletError(
            f"{leaflet.source_path}: picture {image.src}: {path.suffix or 'no'} file type; "
            f"use one of {', '.join(sorted(PICTURE_TYPES))}"
        )
    if not path.is_file():
        raise LeafletError(f"{leaflet.source_path}: picture {image.src} is not there ({path})")
    return path


def embedded_picture(leaflet: Leaflet, image: Image) -> str:
    """A data: URL, so the HTML is one self-contained file (an e-mail attachment)."""
    path = picture_path(leaflet, image)
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


@dataclass(frozen=True)
class RenderOptions:
    """How one format wants the shared HTML: where pictures come from, whether their alt text
    is printed under them, and from what length an address may break over two lines."""

    picture_source: PictureSource = embedded_picture
    captioned: bool = False
    break_addresses_over: int | None = None  # characters; None: never break an address


def language_attributes(lang: str | None, inherited: str) -> str:
    """` lang="ur" dir="rtl"` where the language changes, nothing where it does not."""
    if not lang or lang == inherited:
        return ""
    direction = "rtl" if is_right_to_left(lang) else "ltr"
    return f' lang="{escape(lang)}" dir="{direction}"'


def _text(text: str, address_breaks: bool = False) -> str:
    """Escaped text; a phone number never breaks over two lines, a long address may."""
    text = _PHONE_NUMBER.sub(lambda m: m[0].replace(" ", "\u00a0"), prepare(text))
    text = escape(text, quote=False)
    return _ADDRESS_BREAK.sub("<wbr>", text) if address_breaks else text


def render_inline(spans: Inline, inherited: str, options: RenderOptions = RenderOptions()) -> str:
    """Spans as HTML: strong, links (long addresses given break points), language runs."""
    parts = []
    for span in spans:
        shown = prepare(span.text).strip()
        limit = options.break_addresses_over
        is_long_address = limit is not None and shown in _address_forms(span) and len(shown) > limit
        html = _text(span.text, is_long_address)
        if span.strong:
            html = f"<strong>{html}</strong>"
        if span.href:
            html = f'<a href="{escape(span.href)}">{html}</a>'
        if span.lang and span.lang != inherited:
            html = f"<span{language_attributes(span.lang, inherited)}>{html}</span>"
        parts.append(html)
    return "".join(parts)


def _address_forms(span: Span) -> set[str]:
    """The spellings of a link's own address, so only addresses get break points, not words."""
    if not span.href:
        return set()
    href = span.href
    bare = href.removeprefix("mailto:").removeprefix("tel:")
    return {href, bare, re.sub(r"^https?://", "", bare).rstrip("/")}


def _paragraph(block: Paragraph, language: str, options: RenderOptions) -> str:
    attributes = language_attributes(block.lang, language)
    inner_language = block.lang or language
    return f"<p{attributes}>{render_inline(block.spans, inner_language, options)}</p>"


def _picture(leaflet: Leaflet, block: Image, options: RenderOptions) -> str:
    alt = escape(prepare(block.alt))
    img = f'<img src="{escape(options.picture_source(leaflet, block))}" alt="{alt}">'
    caption = f"<figcaption>{alt}</figcaption>" if options.captioned else ""
    return f'<figure class="picture">{img}{caption}</figure>'


def render_block(leaflet: Leaflet, block: Block, options: RenderOptions = RenderOptions()) -> str:
    language = leaflet.meta.language
    if isinstance(block, Heading):
        level = min(max(block.level, 2), 6)
        return f"<h{level}>{render_inline(block.spans, language, options)}</h{level}>"
    if isinstance(block, Paragraph):
        return _paragraph(block, language, options)
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(
            f"<li>{render_inline(item, language, options)}</li>" for item in block.items
        )
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Image):
        return _picture(leaflet, block, options)
    if isinstance(block, Notice):
        label = NOTICE_LABELS.get(block.kind, "Important")
        return (
            f'<div class="notice notice-{escape(block.kind)}" role="note">'
            f'<p class="notice-label"><strong>{label}</strong></p>'
            f"<p>{render_inline(block.spans, language, options)}</p></div>"
        )
    raise TypeError(f"no HTML for {type(block).__name__}")


def render_header(leaflet: Leaflet) -> str:
    """The opening every format shares: title, department, number and version, review dates."""
    meta = leaflet.meta
    lines = [
        f'<p class="organisation">{escape(leaflet.trust.organisation)}</p>',
        f'<p class="department">{escape(meta.department)}</p>',
        f'<p class="audience">{escape(meta.audience)}</p>',
        f'<p class="identifier">Leaflet number: {meta.number}, version {meta.version}</p>',
        f'<p class="reviewed">Last reviewed: {meta.last_reviewed}</p>',
        f'<p class="review-due">Next review: {meta.next_review}</p>',
    ]
    return (
        f'<header class="leaflet-header"><h1>{escape(prepare(meta.title))}</h1>'
        f'<div class="leaflet-facts">{"".join(lines)}</div></header>'
    )


def render_back_matter(leaflet: Leaflet, options: RenderOptions = RenderOptions()) -> str:
    """The trust's closing parts: health information lines, the format offer, other languages."""
    language = leaflet.meta.language
    trust = leaflet.trust
    footer = "".join(f"<p>{render_inline(line, language, options)}</p>" for line in trust.footer)
    offer = render_inline(trust.format_offer, language, options)
    translations = "".join(
        f'<p class="translation"{language_attributes(t.lang, language)}>{_text(t.text)}</p>'
        for t in trust.translations
    )
    return (
        f'<footer class="leaflet-footer"><div class="trust-lines">{footer}</div>'
        f'<div class="other-formats"><p class="format-offer">{offer}</p>{translations}</div>'
        "</footer>"
    )


def render_article(leaflet: Leaflet, options: RenderOptions = RenderOptions()) -> str:
    """The leaflet as one `<article>`, for a page that puts it inside its own `<main>`."""
    body = "".join(render_block(leaflet, block, options) for block in leaflet.blocks)
    return (
        f'<article class="leaflet">{render_header(leaflet)}<div class="leaflet-body">{body}</div>'
        f"{render_back_matter(leaflet, options)}</article>"
    )


def render_document(
    leaflet: Leaflet, stylesheet: str = "", options: RenderOptions = RenderOptions()
) -> str:
    """A whole HTML5 document: language and direction on `<html>`, title, description, styles."""
    meta = leaflet.meta
    direction = "rtl" if is_right_to_left(meta.language) else "ltr"
    description = (
        f"{meta.audience}: {meta.department}, leaflet {meta.number} version {meta.version}"
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(meta.language)}" dir="{direction}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(prepare(meta.title))}</title>\n"
        f'<meta name="author" content="{escape(leaflet.trust.organisation)}">\n'
        f'<meta name="description" content="{escape(description)}">\n'
        f'<meta name="keywords" content="leaflet {meta.number}, {escape(meta.department)}">\n'
        f"<style>\n{stylesheet}</style>\n</head>\n"
        f'<body class="lang-{primary_language(meta.language)}">\n'
        f"<main>{render_article(leaflet, options)}</main>\n</body>\n</html>\n"
    )


# ---- reading a rendering back ------------------------------------------------------------


@dataclass(frozen=True)
class LanguageRun:
    lang: str
    text: str
    paragraph: bool = False  # a whole paragraph, not a run inside a line of the leaflet's language

    @property
    def script(self) -> str:
        return script_of(self.text)


def language_runs(leaflet: Leaflet) -> list[LanguageRun]:
    """Every run of text the model marks as another language than the leaflet's own."""
    own = primary_language(leaflet.meta.language)
    runs: list[LanguageRun] = []
    for block in (*leaflet.blocks, *leaflet.back_matter()):
        lines = block.items if isinstance(block, ListBlock) else [getattr(block, "spans", ())]
        if isinstance(block, Paragraph) and block.lang:
            if primary_language(block.lang) != own:
                runs.append(LanguageRun(block.lang, prepare(plain_text(block.spans)), True))
            continue
        for spans in lines:
            runs.extend(
                LanguageRun(span.lang, prepare(span.text))
                for span in spans
                if span.lang and primary_language(span.lang) != own
            )
    return runs


def own_language_texts(leaflet: Leaflet) -> list[str]:
    """The leaflet's text in its own language as rendered, in reading order: what a checker
    should be able to read back from any format made from this rendering."""
    meta = leaflet.meta
    texts = [
        meta.title,
        leaflet.trust.organisation,
        meta.department,
        meta.audience,
        f"Leaflet number: {meta.number}, version {meta.version}",
        f"Last reviewed: {meta.last_reviewed}",
        f"Next review: {meta.next_review}",
    ]
    own = primary_language(meta.language)
    for block in (*leaflet.blocks, *leaflet.back_matter()):
        if isinstance(block, Image):
            continue
        if isinstance(block, Paragraph) and block.lang and primary_language(block.lang) != own:
            continue
        lines = block.items if isinstance(block, ListBlock) else [block.spans]
        for spans in lines:
            texts.append(
                "".join(s.text for s in spans if not s.lang or primary_language(s.lang) == own)
            )
    return texts


def missing_in_reading_order(expected: list[str], found: list[str]) -> list[str]:
    """Expected words missing from `found` when read in order; an address broken over two
    lines (InformationFor / Patients) still counts as the one word."""
    missing = []
    position = 0
    for word in expected:
        hit = None
        for start in range(position, len(found)):
            joined = ""
            for end in range(start, min(start + 4, len(found))):
                joined += found[end]
                if joined == word:
                    hit = end + 1
                    break
                if not word.startswith(joined):
                    break
            if hit:
                break
        if hit is None:
            missing.append(word)
        else:
            position = hit
    return missing


def latin_words(text: str) -> list[str]:
    return [w for w in words(prepare(text)) if script_of(w) in ("Latin", "Common")]
