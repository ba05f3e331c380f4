"""Large-print cost as the leaflet grows, run in this same script on the same leaflet text:
our time per page as the leaflet grows to about 40 pages (its body repeated), with the share
spent adding /Lang tags, so a step that grows faster than the page count shows; and
LibreOffice's time per page for the same text, each a whole process (a warm render against a
LibreOffice start-up would flatter us: 442 alone, process against process, is in
bench_formats.py).

Prints figures and ratios; asserts nothing (speed is never a test assertion here).
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
from docx import Document
from docx.shared import Pt
from weasyprint import HTML

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.formats import large_print  # noqa: E402
from pipeline.formats.html_render import render_document  # noqa: E402
from pipeline.model import Heading, Image, ListBlock, Notice, Paragraph, plain_text  # noqa: E402
from pipeline.paths import PROJECT_ROOT  # noqa: E402
from pipeline.sources import load_leaflet  # noqa: E402

SOURCE = PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md"
SETTINGS = large_print.LargePrintSettings(size=18)
GROWTH = (1, 3, 6, 12, 25)  # copies of the body: from 4 to about 40 pages at 18 pt


def best_of(repeat: int, action) -> tuple[float, object]:
    """The fastest of several runs (the least disturbed by the machine), and its result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def page_count(pdf: bytes | Path) -> int:
    with pdfplumber.open(pdf if isinstance(pdf, Path) else io.BytesIO(pdf)) as doc:
        return len(doc.pages)


def grown(leaflet, copies: int):
    return dataclasses.replace(leaflet, blocks=leaflet.blocks * copies)


def leaflet_docx(leaflet, path: Path) -> None:
    """What staff would type: the same text at 18 pt Liberation Sans, headings bold and larger."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = SETTINGS.font, Pt(SETTINGS.size)

    def paragraph(text: str, size: int = SETTINGS.size, bold: bool = False) -> None:
        run = document.add_paragraph().add_run(text)
        run.font.name, run.font.size, run.bold = SETTINGS.font, Pt(size), bold

    meta = leaflet.meta
    paragraph(meta.title, 26, True)
    for line in (
        leaflet.trust.organisation,
        meta.department,
        meta.audience,
        f"Leaflet number: {meta.number}, version {meta.version}",
        f"Last reviewed: {meta.last_reviewed}",
        f"Next review: {meta.next_review}",
    ):
        paragraph(line)
    for block in (*leaflet.blocks, *leaflet.back_matter()):
        if isinstance(block, Heading):
            paragraph(plain_text(block.spans), 23, True)
        elif isinstance(block, Notice):
            paragraph(plain_text(block.spans), bold=True)
        elif isinstance(block, ListBlock):
            for item in block.items:
                paragraph("• " + plain_text(item))
        elif isinstance(block, Paragraph):
            paragraph(plain_text(block.spans))
        elif isinstance(block, Image):
            paragraph(block.alt)
    document.save(path)


def leaflet_docx_at(leaflet, folder: Path) -> Path:
    docx = folder / "442.docx"
    leaflet_docx(leaflet, docx)
    return docx


def libreoffice_convert(docx: Path, profile: Path, out: Path) -> Path:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out / (docx.stem + ".pdf")


def main() -> None:
    leaflet = load_leaflet(SOURCE)
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("LibreOffice is missing: `make bench` installs libreoffice-writer-nogui")
        sys.exit(1)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        libreoffice_convert(leaflet_docx_at(leaflet, scratch), scratch / "profile", scratch)
        print("As the leaflet grows (best of 2):")
        print("  copies  pages  total s  s/page  /Lang tagging s")
        for copies in GROWTH:
            bigger = grown(leaflet, copies)
            html = render_document(
                bigger, large_print.print_stylesheet(SETTINGS), large_print.render_options(SETTINGS)
            )
            plain_seconds, plain = best_of(
                2, lambda html=html: HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
            )
            tag_seconds, _ = best_of(
                2, lambda plain=plain, bigger=bigger: large_print.tag_languages(plain, bigger)[0]
            )
            pages = page_count(plain)
            total = plain_seconds + tag_seconds
            print(
                f"  {copies:6d}  {pages:5d}  {total:7.2f}  {total / pages:6.3f}  {tag_seconds:8.2f}"
            )
        big = grown(leaflet, GROWTH[-1])
        big_docx = scratch / "big.docx"
        leaflet_docx(big, big_docx)
        lo_big, lo_big_pdf = best_of(
            1, lambda: libreoffice_convert(big_docx, scratch / "profile", scratch)
        )
        print(
            f"  LibreOffice, same {GROWTH[-1]} copies: {lo_big:.2f} s for "
            f"{page_count(lo_big_pdf)} pages ({lo_big / page_count(lo_big_pdf):.3f} s/page)"
        )


if __name__ == "__main__":
    main()
