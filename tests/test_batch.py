"""Batches as staff run them: interrupted by `kill -9`, run twice at once, run on a Dask
cluster whose worker dies part-way. Afterwards every output is whole, every manifest entry
describes the files beside it, and no worker process is left running."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from pipeline.build.jobs import build
from pipeline.cli import main
from pipeline.paths import PROJECT_ROOT

SLUG = "442-lower-back-stretches-in-pregnancy"
# braille, large print and HTML: real formats of different weights, quick enough for a batch
FORMATS = ["--format", "braille", "--format", "large-print", "--format", "accessible-html"]


def add_copies(project: Path, count: int) -> list[str]:
    """Leaflets 600, 601, ...: the reference leaflet under new numbers, as a trust's shelf."""
    text = (project / "source" / f"{SLUG}.md").read_text(encoding="utf-8")
    names = []
    for i in range(count):
        number = 600 + i
        name = f"{number}-stretches-copy-{i}"
        copy = text.replace("number: 442", f"number: {number}")
        (project / "source" / f"{name}.md").write_text(copy, encoding="utf-8")
        names.append(name)
    return names


def untrue_manifests(outputs: Path) -> list[str]:
    """Every manifest entry whose files are missing or not the files it recorded."""
    wrong = []
    for manifest_path in outputs.glob("*/manifest.json"):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        for fmt, entry in manifest["formats"].items():
            for name, sha in entry["files"].items():
                path = manifest_path.parent / name
                if not path.is_file():
                    wrong.append(f"{manifest_path.parent.name} {fmt}: {name} missing")
                elif hashlib.sha256(path.read_bytes()).hexdigest() != sha:
                    wrong.append(f"{manifest_path.parent.name} {fmt}: {name} differs")
    return wrong


def scratch_left(outputs: Path) -> list[str]:
    return [str(p.relative_to(outputs)) for p in outputs.glob("*/.building-*")]


def processes_marked(mark: str) -> list[int]:
    """Processes whose environment carries `mark`: a build's workers inherit it."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if mark.encode() in (proc / "environ").read_bytes():
                    found.append(int(proc.name))
            except OSError:
                continue
    return found


def build_process(project: Path, *args: str, mark: str = "") -> subprocess.Popen:
    env = {
        **os.environ,
        "LEAFLET_SOURCE": str(project / "source"),
        "LEAFLET_CONFIG": str(project / "config"),
        "LEAFLET_OUTPUTS": str(project / "outputs"),
        "PYTHONUNBUFFERED": "1",
        "LEAFLET_TEST_MARK": mark or uuid.uuid4().hex,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "build", *args],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_scratch_of_a_killed_build_is_removed_and_a_running_ones_kept(project, capsys):
    folder = project / "outputs" / SLUG
    dead = subprocess.Popen(["true"])
    dead.wait()
    abandoned = folder / f".building-braille-{dead.pid}-x1y2"
    running = folder / f".building-braille-{os.getpid()}-a1b2"
    for scratch in (abandoned, running):
        scratch.mkdir(parents=True)
        (scratch / "442-v3-braille.brf").write_bytes(b"half a file")
    assert main(["build", "442", "--format", "braille"]) == 0
    assert not abandoned.exists()
    assert running.exists(), "another build still running must keep its scratch folder"


def test_a_no_op_build_trusts_size_and_time_and_hashes_what_changed(project, capsys):
    assert main(["build", "442", "--format", "braille"]) == 0
    folder = project / "outputs" / SLUG
    brf = folder / "442-v3-braille.brf"
    capsys.readouterr()
    os.utime(brf)  # touched, not changed: hashed once, found the same
    assert main(["build", "442", "--format", "braille"]) == 0
    assert "Nothing to rebuild" in capsys.readouterr().out
    data = brf.read_bytes()
    brf.write_bytes(data[:-3] + b"xyz")  # same size, new content and time
    assert main(["status"]) == 0
    assert f"{SLUG} braille: 442-v3-braille.brf was changed by hand" in capsys.readouterr().out
    source = project / "source" / f"{SLUG}.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("about 12cm", "about 15cm"), encoding="utf-8")  # same size
    assert main(["build", "442", "--format", "braille"]) == 0
    assert f"built   {SLUG} braille" in capsys.readouterr().out


def test_a_source_touched_but_not_changed_is_hashed_once_then_judged_by_its_time(
    project, capsys
):
    """A checkout or a copy gives every source a new time: the next build hashes them, finds
    the words the same, rebuilds nothing and records the new times, so the build after that
    decides from metadata again instead of hashing the whole shelf every time."""
    assert main(["build", "442", "--format", "braille"]) == 0
    source = project / "source" / f"{SLUG}.md"
    later = source.stat().st_mtime_ns + 60_000_000_000
    os.utime(source, ns=(later, later))
    capsys.readouterr()
    assert main(["build", "442", "--format", "braille"]) == 0
    assert "Nothing to rebuild" in capsys.readouterr().out
    manifest = json.loads((project / "outputs" / SLUG / "manifest.json").read_text())
    recorded = manifest["formats"]["braille"]["stamps"]["inputs"][source.name]
    assert recorded == [source.stat().st_size, later]


@pytest.mark.slow
@pytest.mark.parametrize("lines_before_kill", [0, 2, 7])
def test_kill_9_part_way_leaves_whole_files_true_manifests_and_no_workers(
    project, capsys, lines_before_kill
):
    """`kill -9` of `leaflet build` after 0, 2 and 7 formats have finished."""
    add_copies(project, 3)
    mark = uuid.uuid4().hex
    build = build_process(project, *FORMATS, mark=mark)
    if lines_before_kill:
        for _ in range(lines_before_kill):
            assert build.stdout.readline().startswith("built")
    else:
        time.sleep(2.0)  # workers started, nothing finished
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 20
    while processes_marked(mark) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert processes_marked(mark) == [], "worker processes outlived the killed build"
    outputs = project / "outputs"
    assert untrue_manifests(outputs) == []
    recorded = sum(
        len(json.loads(m.read_text())["formats"]) for m in outputs.glob("*/manifest.json")
    )
    assert recorded >= lines_before_kill, "formats reported built were not recorded"
    assert main(["build", *FORMATS]) == 0
    assert scratch_left(outputs) == []
    assert untrue_manifests(outputs) == []
    capsys.readouterr()
    assert main(["build", *FORMATS]) == 0
    assert "Nothing to rebuild: all 12 outputs are up to date" in capsys.readouterr().out


@pytest.mark.slow
def test_two_builds_at_once_both_finish_and_the_manifests_stay_true(project):
    add_copies(project, 2)
    first = build_process(project, "--force", *FORMATS)
    second = build_process(project, "--force", *FORMATS)
    for process in (first, second):
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    outputs = project / "outputs"
    assert untrue_manifests(outputs) == []
    assert scratch_left(outputs) == []
    for manifest in outputs.glob("*/manifest.json"):
        assert set(json.loads(manifest.read_text())["formats"]) == {
            "braille",
            "large-print",
            "accessible-html",
        }


@pytest.mark.slow
def test_a_batch_on_a_dask_cluster_survives_a_worker_killed_part_way(project, capsys):
    """Two worker processes on 127.0.0.1; one is killed with `kill -9` once the first format is
    back. Its jobs are re-run by Dask elsewhere, and the outputs here are whole and true."""
    from distributed import Client, LocalCluster

    add_copies(project, 3)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, Client(cluster) as client:
        worker_pids = list(client.run(os.getpid).values())
        killed: list[int] = []

        def kill_a_worker_once(result) -> None:
            if not killed:
                killed.append(worker_pids[0])
                os.kill(worker_pids[0], signal.SIGKILL)

        outcome = build(
            format_names=["braille", "large-print", "accessible-html"],
            on_done=kill_a_worker_once,
            cluster=cluster.scheduler_address,
        )
    assert killed
    assert [result.error for result in outcome.failed] == []
    assert len(outcome.built) == 12
    outputs = project / "outputs"
    assert untrue_manifests(outputs) == []
    assert scratch_left(outputs) == []
    assert main(["build", *FORMATS]) == 0
    assert "Nothing to rebuild: all 12 outputs are up to date" in capsys.readouterr().out


@pytest.mark.slow
def test_a_pronunciation_edit_rebuilds_audio_alone_from_cached_sentences(
    project, capsys, tmp_path, monkeypatch
):
    """Staff teach the audio a word: braille, print and Easy Read stay as they are, and the
    audio speaks again only the sentences with that word (and the length, if it moved)."""
    from pipeline.formats.audio.speech_script import speech_script
    from pipeline.sources import find_sources, load_leaflet

    cache = tmp_path / "audio-cache"
    monkeypatch.setenv("LEAFLET_AUDIO_CACHE", str(cache))
    formats = project / "config" / "formats.yaml"
    formats.write_text(formats.read_text().replace("voice: standard", "voice: draft"))
    assert main(["build", "442"]) == 0
    spoken_before = set(cache.rglob("*.pcm"))
    pieces_before = set((cache / "pieces").rglob("*.mp3"))
    pronunciations = project / "config" / "pronunciations.yaml"
    pronunciations.write_text(
        pronunciations.read_text(encoding="utf-8").replace(
            "  EasyRead: Easy Read\n",
            "  EasyRead: Easy Read\n  pregnancy: preg nancy\n",
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["build", "442"]) == 0
    out = capsys.readouterr().out
    assert f"built   {SLUG} audio" in out
    assert "1 built, 4 already up to date, 0 failed." in out
    utterances = speech_script(load_leaflet(find_sources(["442"])[0])).utterances
    with_word = [u for u in utterances if "preg nancy" in u.text]
    assert with_word
    spoken_again = set(cache.rglob("*.pcm")) - spoken_before
    mastered_again = set((cache / "pieces").rglob("*.mp3")) - pieces_before
    assert 1 <= len(spoken_again) <= len(with_word) + 1 < len(utterances)
    assert 1 <= len(mastered_again) <= len(with_word) + 1
    assert untrue_manifests(project / "outputs") == []
