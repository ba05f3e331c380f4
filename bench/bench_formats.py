"""Every format, compared like with like on leaflet 442, run in this same script:

1. process against process, the ratio a user feels: `leaflet request 442 <format>` (start-up,
   parsing, writing, checking, all files) against the engine's own command line doing the
   engine's part on the same content (lou_translate, weasyprint, piper + lame, a python-docx
   script) and, where one exists, against the nearest peer a member of staff could use instead
   (file2brl laying braille out in pages, LibreOffice printing a .docx of the same text);
2. engine call against engine call, in one warm process: our writer against the engine's
   call on the same content.

Each figure is the min and the median over several runs, of wall time and of CPU time (user
and system, of this process and the commands it ran): on a loaded machine the wall time is
mostly waiting for a core, and the CPU ratio is the steadier one. This machine has 2 cores
shared with other work, so figures vary from run to run: compare ratios within one run. Where
two commands are compared (large print), their runs alternate, so a busy minute slows both.

Every command runs as an installed one does, from compiled bytecode: the Python of this project
is often run with PYTHONDONTWRITEBYTECODE, which would make our every run compile the pipeline's
own modules (a peer's are compiled when it is installed); the commands here keep their bytecode
in the scratch folder, and each is run once untimed first, ours and the peers alike.
Prints figures; asserts nothing. `--quick` runs each thing twice instead of five times.
"""

from __future__ import annotations

import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pikepdf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.formats import output_file  # noqa: E402
from pipeline.formats.braille import BrailleSettings, layout_choices, write  # noqa: E402
from pipeline.formats.braille.files import proof_html  # noqa: E402
from pipeline.formats.braille.layout import lay_out, units_of  # noqa: E402
from pipeline.formats.easy_read import EasyReadSettings, write_easy_read  # noqa: E402
from pipeline.formats.easy_read.drafter import draft  # noqa: E402
from pipeline.formats.html_render import render_document  # noqa: E402
from pipeline.formats.large_print import (  # noqa: E402
    LargePrintSettings,
    print_stylesheet,
    render_options,
)
from pipeline.formats.large_print import write as write_large_print  # noqa: E402
from pipeline.formats.large_print.pages import read_pages, read_written  # noqa: E402
from pipeline.paths import PROJECT_ROOT  # noqa: E402
from pipeline.sources import load_leaflet  # noqa: E402

SOURCE = PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md"
PYTHON = sys.executable
RUNS = 2 if "--quick" in sys.argv else 5


def cpu_seconds() -> float:
    """User and system seconds of this process and of the commands it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(runs: int, action: Callable[[], object]) -> tuple[float, float, float, float]:
    """(min, median) wall seconds, then (min, median) CPU seconds, of `runs` runs."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        action()
        times.append(time.perf_counter() - start)
        cpu.append(cpu_seconds() - start_cpu)
    return min(times), statistics.median(times), min(cpu), statistics.median(cpu)


def alternating(runs: int, *actions: Callable[[], object]) -> list[tuple[float, ...]]:
    """`timed` for several commands whose runs take turns (after one untimed run each)."""
    for action in actions:
        action()
    times: list[list[float]] = [[] for _ in actions]
    cpu: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for index, action in enumerate(actions):
            start, start_cpu = time.perf_counter(), cpu_seconds()
            action()
            times[index].append(time.perf_counter() - start)
            cpu[index].append(cpu_seconds() - start_cpu)
    return [
        (min(t), statistics.median(t), min(c), statistics.median(c))
        for t, c in zip(times, cpu, strict=True)
    ]


def run(command: list[str], **kwargs) -> Callable[[], None]:
    return lambda: subprocess.run(command, check=True, capture_output=True, **kwargs)


def line(label: str, figures: tuple[float, ...], base: tuple[float, ...] | None = None):
    """Wall min and median, CPU min and median; with `base` (ours), our time over this one's."""
    print(
        f"  {label:<52} wall min {figures[0]:7.3f} median {figures[1]:7.3f} s;"
        f" CPU min {figures[2]:7.3f} median {figures[3]:7.3f} s"
    )
    if base:
        ratios = [ours / theirs for ours, theirs in zip(base, figures, strict=True)]
        print(
            f"  {'':<52} ours: wall {ratios[0]:5.2f}x (min) {ratios[1]:5.2f}x (median);"
            f" CPU {ratios[2]:5.2f}x (min) {ratios[3]:5.2f}x (median)"
        )


def project(scratch: Path) -> dict[str, str]:
    """A private copy of source/ and config/ with its own outputs/ and audio cache."""
    for name in ("source", "config"):
        shutil.copytree(PROJECT_ROOT / name, scratch / name)
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **environment,
        "PYTHONPYCACHEPREFIX": str(scratch / "bytecode"),
        "LEAFLET_SOURCE": str(scratch / "source"),
        "LEAFLET_CONFIG": str(scratch / "config"),
        "LEAFLET_OUTPUTS": str(scratch / "outputs"),
        "LEAFLET_AUDIO_CACHE": str(scratch / "audio-cache"),
    }


def request(env: dict[str, str], fmt: str) -> Callable[[], None]:
    return run([PYTHON, "-m", "pipeline.cli", "request", "442", fmt], env=env, cwd=PROJECT_ROOT)


def braille(leaflet, env, scratch: Path) -> None:
    import louis

    print("\nBraille (UEB grade 2, 40 x 25)")
    segments = [s for u in units_of(leaflet, layout_choices(BrailleSettings())) for s in u.segments]
    english = "\n".join(s.text for s in segments if s.table.startswith("en-ueb")) + "\n"
    text = scratch / "442.txt"
    text.write_text(english, encoding="utf-8")
    ours = timed(RUNS, request(env, "braille"))
    line("leaflet request 442 braille (BRF, PEF, proof PDF)", ours)
    engine = timed(RUNS, run(["sh", "-c", f"lou_translate --forward en-ueb-g2.ctb < {text}"]))
    line("lou_translate (liblouis alone, no pages), process", engine, ours)
    settings = BrailleSettings()
    proof = scratch / "442-proof.html"
    pages = lay_out(leaflet, layout_choices(settings))
    proof.write_text(proof_html(leaflet, pages, settings.cells_per_line, ""), encoding="utf-8")
    weasy = str(Path(PYTHON).with_name("weasyprint"))
    both = (
        f"lou_translate --forward en-ueb-g2.ctb < {text} > /dev/null && "
        f"{weasy} --pdf-variant pdf/ua-1 {proof} {scratch / 'proof.pdf'}"
    )
    with_proof = timed(RUNS, run(["sh", "-c", both]))
    line("lou_translate + weasyprint CLI on our proof (PDF/UA-1)", with_proof, ours)
    if shutil.which("file2brl"):
        command = [
            "file2brl", "-w", str(scratch), "-T", "-C", "literaryTextTable=en-ueb-g2.ctb",
            "-C", "cellsPerLine=40", "-C", "linesPerPage=25", "-C", "braillePages=yes",
            str(text), str(scratch / "442.brf"),
        ]  # fmt: skip
        line("file2brl (liblouisutdml: pages), process", timed(RUNS, run(command)), ours)
    print("  engine call against engine call, warm:")
    ours_call = timed(RUNS * 4, lambda: write(leaflet, settings, scratch))
    line("our braille writer (all four files)", ours_call)

    def translate() -> None:
        for segment in segments:
            louis.translateString([segment.table], segment.text, None, 0)

    line("louis.translateString, the same segments", timed(RUNS * 4, translate), ours_call)


def large_print(leaflet, env, scratch: Path) -> None:
    from docx import Document
    from docx.shared import Pt
    from weasyprint import HTML

    print("\nLarge print (18 pt PDF)")
    settings = LargePrintSettings()
    html = render_document(leaflet, print_stylesheet(settings), render_options(settings))
    page = scratch / "442-print.html"
    page.write_text(html, encoding="utf-8")
    weasy = str(Path(PYTHON).with_name("weasyprint"))
    weasy_command = [weasy, "--pdf-variant", "pdf/ua-1", str(page), str(scratch / "weasy.pdf")]
    document = Document()
    for block in leaflet.blocks:
        text = "".join(s.text for s in getattr(block, "spans", ()))
        if text:
            document.add_paragraph(text).runs[0].font.size = Pt(18)
    docx = scratch / "442-print.docx"
    document.save(docx)
    office = run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(scratch), str(docx)],
        env=env,
    )
    ours, engine, peer = alternating(
        RUNS, request(env, "large-print"), run(weasy_command, env=env), office
    )
    line("leaflet request 442 large-print (with its check)", ours)
    line("weasyprint CLI on our HTML (PDF/UA-1), process", engine, ours)
    line("LibreOffice printing an 18 pt .docx to PDF, process", peer, ours)
    print("  engine call against engine call, warm:")
    ours_call = timed(RUNS, lambda: write_large_print(leaflet, settings, scratch))
    line("our large-print writer (render, PDF/UA, /Lang tags)", ours_call)
    base = str(SOURCE.parent)
    line(
        "WeasyPrint write_pdf of the same HTML",
        timed(RUNS, lambda: HTML(string=html, base_url=base).write_pdf(pdf_variant="pdf/ua-1")),
        ours_call,
    )
    print("  our check of the 442 PDF, warm: as the build reads it, and as `leaflet check` does:")
    data = output_file(scratch, leaflet, "large-print", ".pdf").read_bytes()

    def built_reading() -> None:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            read_written(pdf)  # while tagging the PDF, which the check then reuses

    built = timed(RUNS * 4, built_reading)
    line("glyphs read from the content streams (pikepdf)", built)
    line("glyphs read by pdfplumber", timed(RUNS, lambda: read_pages(data)), built)


def easy_read(leaflet, env, scratch: Path) -> None:
    print("\nEasy Read (Word document with pictures)")
    ours = timed(RUNS, request(env, "easy-read"))
    line("leaflet request 442 easy-read (with its check)", ours)
    rows = [row for section in draft(leaflet).sections for row in section.rows]
    sentences = scratch / "rows.txt"
    sentences.write_text("\n".join(row.text for row in rows), encoding="utf-8")
    picture = scratch / "picture.png"
    from PIL import Image

    Image.new("RGB", (300, 300), "white").save(picture)
    script = (
        "import sys\nfrom docx import Document\nfrom docx.shared import Cm, Pt\n"
        "d = Document(); t = d.add_table(rows=0, cols=2)\n"
        f"for text in open({str(sentences)!r}, encoding='utf-8').read().splitlines():\n"
        "    cells = t.add_row().cells\n"
        f"    cells[0].paragraphs[0].add_run().add_picture({str(picture)!r}, width=Cm(4))\n"
        "    run = cells[1].paragraphs[0].add_run(text); run.font.size = Pt(16)\n"
        f"d.save({str(scratch / 'engine.docx')!r})\n"
    )
    engine = timed(RUNS, run([PYTHON, "-c", script]))
    line(f"python-docx script: the same {len(rows)} rows, process", engine, ours)
    print("  engine call against engine call, warm:")
    settings = EasyReadSettings()
    ours_call = timed(RUNS, lambda: write_easy_read(leaflet, settings, scratch))
    line("our Easy Read writer (draft, pictures, document)", ours_call)
    line(
        "python-docx: the same rows and pictures",
        timed(RUNS, lambda: exec(script, {})),
        ours_call,
    )


def audio(leaflet, env, scratch: Path) -> None:
    from pipeline.formats.audio.engines import bundled_piper_model
    from pipeline.formats.audio.speech_script import speech_script

    print("\nAudio (MP3, the standard voice: piper)")
    text = scratch / "442-script.txt"
    text.write_text(
        "\n".join(u.text for u in speech_script(leaflet).utterances if u.lang.startswith("en")),
        encoding="utf-8",
    )
    cache = Path(env["LEAFLET_AUDIO_CACHE"])
    cold_runs = max(1, RUNS // 2)

    def cold() -> None:
        shutil.rmtree(cache, ignore_errors=True)
        request(env, "audio")()

    ours_cold = timed(cold_runs, cold)
    line("leaflet request 442 audio, empty sentence cache", ours_cold)
    piper = str(Path(PYTHON).with_name("piper"))
    wav, mp3 = scratch / "piper.wav", scratch / "piper.mp3"
    engine = (
        f"{piper} -m {bundled_piper_model()} -f {wav} < {text} && "
        f"lame --quiet -b 64 -m m {wav} {mp3}"
    )
    line(
        "piper CLI + lame on the English script, process",
        timed(cold_runs, run(["sh", "-c", engine])),
        ours_cold,
    )
    ours_warm = timed(RUNS, request(env, "audio"))
    line("leaflet request 442 audio, sentences cached", ours_warm)


def main() -> None:
    leaflet = load_leaflet(SOURCE)
    print(f"Leaflet 442; {RUNS} runs each (fewer for cold audio); 2 shared cores: noisy.")
    print("'ours Nx': our time over that line's time; above 1 we are slower.")
    wanted = [a for a in sys.argv[1:] if not a.startswith("--")]
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        env = project(scratch)
        for name, bench in (
            ("braille", braille),
            ("large-print", large_print),
            ("easy-read", easy_read),
            ("audio", audio),
        ):
            if not wanted or name in wanted:
                bench(leaflet, env, scratch)


if __name__ == "__main__":
    main()
