"""Large-print cost as the leaflet grows, run in this same script on the same leaflet text:
our time per page as the leaflet grows to about 40 pages (its body repeated), with the share
spent adding /Lang tags, so a step that grows faster than the page count shows; and
LibreOffice's time per page for the same text, each a whole process (a warm render against a
LibreOffice start-up would flatter us: 442 alone, process against process, is in
bench_formats.py).

Giant print first: at 48 pt the writer lays a leaflet out again and again (a table too wide,
a part kept whole, each page break moved off a sentence), so each leaflet is timed at 48 pt
against itself at the default 18 pt and against one WeasyPrint layout of its 48 pt HTML, with
the layouts counted: the extra passes show as the ratio over one layout (`giant` as argument:
that alone).

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
from functools import partial
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


GIANT = large_print.LargePrintSettings(size=48)
DEFAULT = large_print.LargePrintSettings()
# 442 and the test leaflets in Markdown: exercises with pictures, notices, lead-ins with lists
GIANT_SOURCES = (
    SOURCE,
    *sorted((PROJECT_ROOT / "tests" / "fixtures" / "easy_read").glob("*.md")),
    *sorted((PROJECT_ROOT / "tests" / "fixtures" / "sources").glob("*.md")),
)


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


def cpu_best_of(repeat: int, action) -> tuple[float, float]:
    """The fastest of several runs as wall and as CPU seconds (the steadier on a shared
    machine)."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def layouts_counted(action) -> int:
    """How many times `action` has WeasyPrint lay pages out."""
    calls = 0
    render = HTML.render

    def counted(self, *args, **kwargs):
        nonlocal calls
        calls += 1
        return render(self, *args, **kwargs)

    HTML.render = counted
    try:
        action()
    finally:
        HTML.render = render
    return calls


def one_layout(leaflet, source: Path) -> bytes:
    """The leaflet's 48 pt HTML laid out once and tagged, as the writer's last pass is."""
    options = large_print.render_options(GIANT)
    html = render_document(leaflet, large_print.print_stylesheet(GIANT), options)
    pdf = HTML(string=html, base_url=str(source.parent)).write_pdf(pdf_variant="pdf/ua-1")
    return large_print.tag_languages(pdf, leaflet, options.letters_per_line)[0]


def giant_print(repeat: int = 3) -> None:
    """Each leaflet written at 48 pt against the same at 18 pt, and against one layout of its
    48 pt HTML (no pass made again), in CPU seconds, best of `repeat`."""
    print(f"Giant print: 48 pt against 18 pt and against one layout (CPU s, best of {repeat}):")
    print("  leaflet                              layouts  18 pt  48 pt  one layout  48/18  48/one")
    totals = [0.0, 0.0, 0.0]
    for source in GIANT_SOURCES:
        leaflet = load_leaflet(source)
        giant = partial(large_print.render_pdf, leaflet, GIANT)
        giant()  # warm: fonts and pictures loaded once
        passes = layouts_counted(giant)
        seconds = [
            cpu_best_of(repeat, action)[1]
            for action in (
                partial(large_print.render_pdf, leaflet, DEFAULT),
                giant,
                partial(one_layout, leaflet, source),
            )
        ]
        totals = [total + more for total, more in zip(totals, seconds, strict=True)]
        print(f"  {source.stem[:36]:36s} {passes:7d}  " + ratios(*seconds))
    print(f"  {'all':36s} {'':7s}  " + ratios(*totals))


def ratios(default: float, giant: float, once: float) -> str:
    return (
        f"{default:5.2f}  {giant:5.2f}  {once:10.2f}  {giant / default:5.2f}  {giant / once:6.2f}"
    )


def main() -> None:
    giant_print()
    if sys.argv[1:] == ["giant"]:  # `bench_large_print.py giant`: giant print alone
        return
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
