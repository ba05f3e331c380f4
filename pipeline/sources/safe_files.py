"""Reading files that may be hostile, within limits: Word files (a zip of XML parts) and the
pictures a leaflet shows. A leaflet arrives by e-mail from anyone, so a zip bomb, an XML entity
that expands to gigabytes, a picture of 400 million pixels or an SVG that fetches a web address
or embeds /etc/passwd must be refused here, before python-docx or any renderer opens it.

Each check raises ValueError with a message that names the part and what is wrong; the caller
adds the file and line. Shared by every importer and by the Markdown reader."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

MAX_UNPACKED_MB = 100  # a Word leaflet with photographs unpacks to a few MB
MAX_ZIP_MEMBERS = 2_000
MAX_PICTURE_PIXELS = 50_000_000  # a 48-megapixel phone photograph, and no more
RASTER_KINDS = {"PNG": "PNG", "JPEG": "JPEG", "GIF": "GIF", "WEBP": "WebP"}
PICTURE_KINDS = "PNG, JPEG, GIF, WebP or SVG"

_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
# What in an SVG can make a renderer read another file or a web address.
_CSS_REFERENCE = re.compile(
    r"""url\(\s*['"]?([^'")\s]*)|@import\s+(?:url\(\s*)?['"]?([^'")\s;]*)""", re.IGNORECASE
)
_SELF_CONTAINED = re.compile(r"^(#|data:image/(png|jpeg|gif|webp);)", re.IGNORECASE)


def parse_xml(data: bytes, name: str) -> etree._Element:
    """An XML part parsed with no DTD, no entities and no network: none of our inputs needs
    them, and entities are how a few hundred bytes become gigabytes."""
    if _DECLARATION.search(data):
        raise ValueError(
            f"{name} declares a DOCTYPE or entities, which no Word file or picture needs "
            "(they can make a small file expand to gigabytes)"
        )
    try:
        return etree.fromstring(data, _XML_PARSER)
    except etree.XMLSyntaxError as error:
        raise ValueError(
            f"{name} line {error.lineno}: the XML is not well-formed ({error.msg})"
        ) from None


def check_docx(path: Path) -> dict[str, bytes]:
    """The XML parts of a Word file (a zip), each read within the size limit and parsed safely.

    The sizes a zip declares bound what zipfile will unpack, so their sum is checked first."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise ValueError(f"holds {len(members)} parts; a Word file has a few dozen")
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_UNPACKED_MB * 1_000_000:
                raise ValueError(
                    f"unpacks to more than {MAX_UNPACKED_MB} MB ({unpacked // 1_000_000} MB); "
                    "a leaflet is a few MB even with photographs: save its pictures smaller"
                )
            parts = {
                member.filename: archive.read(member)
                for member in members
                if member.filename.endswith((".xml", ".rels"))
            }
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
        raise ValueError(
            f"is not a readable Word .docx file ({error}); open it in Word and save it again as "
            ".docx"
        ) from None
    for name, data in parts.items():
        parse_xml(data, name)
    return parts


def check_picture(path: Path) -> None:
    """A picture any renderer may open: a raster within the pixel limit whose content is what
    its name says, or an SVG that holds everything it shows."""
    if path.suffix.lower() == ".svg":
        check_svg(path.read_bytes())
        return
    from PIL import Image

    Image.init()
    kind = Image.registered_extensions().get(path.suffix.lower())
    if kind not in RASTER_KINDS:
        raise ValueError(f"is not a {PICTURE_KINDS} picture (by its name)")
    factory, accept = Image.OPEN[kind]
    with open(path, "rb") as handle:
        start = handle.read(16)
        handle.seek(0)
        try:
            if accept and not accept(start):
                raise SyntaxError("wrong signature")
            # the plugin reads the header only: the size is known before a pixel is decoded
            width, height = factory(handle, str(path)).size
        except (SyntaxError, OSError, ValueError, EOFError):
            raise ValueError(
                f"is not a {PICTURE_KINDS} picture (its content is not a {RASTER_KINDS[kind]})"
            ) from None
    if width * height > MAX_PICTURE_PIXELS:
        raise ValueError(
            f"is {width} x {height} pixels; a picture may have at most "
            f"{MAX_PICTURE_PIXELS // 1_000_000} million (save it smaller: 2000 x 2000 prints "
            "sharp at any leaflet size)"
        )


def check_svg(data: bytes) -> None:
    """An SVG may refer only to its own parts (#id) and to pictures inside it (data:image/...):
    an address or file reference would be fetched by the PDF renderer during a build."""
    if b"<?xml-stylesheet" in data:
        raise ValueError("refers to a stylesheet: an SVG must hold everything it shows")
    try:
        root = parse_xml(data, "the SVG")
    except ValueError as error:
        raise ValueError(f"is not a readable SVG ({str(error).removeprefix('the SVG ')})") from None
    for element in root.iter():
        texts = [element.text or ""] if element.tag == "{http://www.w3.org/2000/svg}style" else []
        for attribute, value in element.attrib.items():
            local = attribute.rpartition("}")[2].lower()
            if local in ("href", "src"):
                _refuse_reference(value.strip())
            texts.append(value)
        for text in texts:
            for match in _CSS_REFERENCE.finditer(text):
                _refuse_reference((match[1] or match[2] or "").strip())


def _refuse_reference(reference: str) -> None:
    if reference and not _SELF_CONTAINED.match(reference):
        raise ValueError(
            f"refers to {reference[:80]}: an SVG must hold everything it shows (no web "
            "addresses or other files); save it again with its pictures embedded"
        )
