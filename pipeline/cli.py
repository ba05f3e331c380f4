"""The `leaflet` command. A user's mistake prints one message and exits 2; a traceback is a bug."""

from __future__ import annotations

import argparse
import atexit
import gc
import getpass
import os
import sys
from datetime import date
from pathlib import Path

from .errors import DISK_FULL, LeafletError, is_disk_full

EXIT_USER_ERROR = 2
# pydantic looks through every installed package's metadata for plugins the first time a model is
# built (4 ms of every command here); the pipeline uses none. To run one, set the variable
# yourself ("" runs them all).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _parse_options(extra: list[str]) -> dict[str, str]:
    """`--size 24 --grade 1` -> {"size": "24", "grade": "1"}; the format's settings check them."""
    options: dict[str, str] = {}
    i = 0
    while i < len(extra):
        word = extra[i]
        if not word.startswith("--") or len(word) < 3:
            raise LeafletError(f"'{word}' is not an option: options look like --size 24")
        key, _, value = word[2:].partition("=")
        if not value:
            if i + 1 >= len(extra) or extra[i + 1].startswith("--"):
                raise LeafletError(f"option --{key} needs a value, as in --{key} 24")
            value = extra[i + 1]
            i += 1
        options[key.replace("-", "_")] = value
        i += 1
    return options


class _ProgressBar:
    """A bar on a terminal while something is built (rich, loaded only then); printed lines go
    above it. In logs, CI and pipes, or with nothing to build, lines are printed plainly."""

    def __init__(self) -> None:
        self.bar = None
        self.task = None

    def start(self, count: int) -> None:
        if not count or not sys.stdout.isatty():
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
        self.bar.start()
        self.task = self.bar.add_task("Building", total=count)

    def say(self, line: str) -> None:
        if self.bar is None:
            print(line, flush=True)
            return
        self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        self.bar.advance(self.task)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def cmd_build(args: argparse.Namespace) -> int:
    from .build.jobs import build

    progress = _ProgressBar()

    def on_done(result) -> None:
        what = f"{result.job.source.stem} {result.job.format}"
        if result.error:
            line = f"failed  {what}: {result.error}"
        elif result.check_passed:
            line = f"built   {what}"
        else:
            line = f"built   {what}, but its check found problems (see `leaflet check`)"
        progress.say(line)

    try:
        outcome = build(
            args.leaflets, args.format, args.force, on_done, progress.start, args.cluster
        )
    finally:
        progress.stop()
    print(_build_summary(outcome))
    for slug, name in outcome.not_offered:
        print(
            f"not offered: {slug} {name} (the leaflet does not offer it; for one patient: "
            f"`leaflet request {slug} {name} --anyway`)"
        )
    for leaflet, name, why in outcome.not_made:  # no failure: nothing there to make yet
        print(f"not made: {leaflet} {name} ({why})")
    for message in outcome.unreadable:
        print(f"error: {message}", file=sys.stderr)
    if any(result.bug for result in outcome.failed):
        return 1
    if outcome.unreadable or outcome.failed:
        return EXIT_USER_ERROR
    return 0 if all(result.check_passed for result in outcome.built) else 1


def _build_summary(outcome) -> str:
    """One line counting what a build did, agreeing with its exit code: an output whose check
    found problems is counted apart from one built cleanly ('1 built, ... 0 failed' had been
    printed for a build that exited 1)."""
    up_to_date = len(outcome.up_to_date)
    if not outcome.built and not outcome.failed:
        if not up_to_date:
            return "Nothing built."
        if up_to_date == 1:
            return "Nothing to rebuild: the 1 output is up to date (use --force to rebuild anyway)."
        return (
            f"Nothing to rebuild: all {up_to_date} outputs are up to date "
            "(use --force to rebuild anyway)."
        )
    checked = [result for result in outcome.built if result.check_passed]
    with_problems = len(outcome.built) - len(checked)
    counts = [f"{len(checked)} built"]
    if with_problems:
        counts.append(f"{with_problems} built with problems to check")
    counts += [f"{up_to_date} already up to date", f"{len(outcome.failed)} failed"]
    if outcome.not_made:  # apart from 'failed': a translation's Easy Read is not the build's
        counts.append(f"{len(outcome.not_made)} not made (see below)")
    return ", ".join(counts) + "."


def cmd_request(args: argparse.Namespace, extra: list[str]) -> int:
    from .build.jobs import request
    from .build.request_folders import prune_request_folders
    from .config import retention_days
    from .request_log import logged_options, record

    options = _parse_options(extra)
    fill = _fill_values(args)
    prune_request_folders()
    who = getpass.getuser()  # the computer account that asked: a staff member, not a patient
    result = request(
        args.leaflet, args.format, options, anyway=args.anyway, fill=fill, who=who
    )
    report = result.entry["check"]
    print(f"{args.format} for {result.leaflet_slug} is in {result.folder}:")
    for name in result.entry["files"]:
        print(f"  {result.folder / name}")
    if filled := result.entry["request"]["filled"]:
        print(f"Filled in for this patient: {', '.join(filled)} (kept {retention_days()} days).")
    logged = logged_options(options, result.not_offered, bool(filled))
    record(result.job.source.stem, args.format, logged, result.entry["settings"], staff=who)
    if result.not_offered:
        print(f"{result.leaflet_slug} does not offer {args.format}: made anyway, as asked.")
    if report.get("findings"):  # as `leaflet check` prints them: "to check: ..." for a person
        print("What its check measured, and what a person should look at:")
        for finding in report["findings"]:
            print(f"  {finding}")
    if not report["passed"]:
        print("Its check found problems:")
        for problem in report["problems"]:
            print(f"  - {problem}")
        return 1
    return 0


def _review_status(next_review, today: date) -> str:
    if next_review is None:
        return "no review date"
    if next_review.is_before(today):
        return f"overdue since {next_review}"
    return f"due {next_review}"


def _table(headings: list[str], rows: list[list[str]]) -> str:
    """Columns of plain text between │ rules: a trust's 3,000 rows print in milliseconds (rich's
    table takes seconds a thousand rows), and read the same on a terminal, in a log or a pipe."""
    widths = [max(len(cell) for cell in column) for column in zip(headings, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        cells = [cell.ljust(width) for cell, width in zip(cells, widths, strict=True)]
        return " │ ".join(cells).rstrip()

    rule = "─┼─".join("─" * width for width in widths)
    return "\n".join([line(headings), rule, *(line(row) for row in rows)]) + "\n"


def cmd_status(args: argparse.Namespace) -> int:
    from .build.jobs import statuses
    from .formats.registry import FORMATS
    from .offers import ARRANGED
    from .sources import misnamed_sources, source_paths

    headings = ["Leaflet", "Version", "Next review", *FORMATS, "Arranged by the team"]
    rows: list[list[str]] = []
    today = date.today()
    reasons: list[str] = []
    not_made: list[str] = []
    arranged: list[str] = []
    found, problems = statuses(source_paths())
    for leaflet in found:
        for state in leaflet.states:
            if state.state == "not made":
                not_made.append(f"{leaflet.name} {state.format} ({state.reason})")
            elif state.reason and state.state != "missing":
                reasons.append(f"{leaflet.name} {state.format}: {state.reason}")
        team = [ARRANGED[name] for name in leaflet.arranged]
        arranged.extend(f"{leaflet.name} offers {what}" for what in team)
        rows.append(
            [
                leaflet.name,
                str(leaflet.version),
                _review_status(leaflet.next_review, today),
                *[state.state for state in leaflet.states],
                ", ".join(team) or "-",
            ]
        )
    print("Leaflets\n" + _table(headings, rows), end="")
    for reason in reasons:
        print(f"stale: {reason}")
    for line in not_made:
        print(f"not made: {line}")
    for line in arranged:
        print(f"to arrange: {line}, which the pipeline cannot make: the equality team arranges it")
    for path in misnamed_sources():
        print(
            f"note: {path} is not built: a leaflet opens with its front matter between '---' "
            "lines (see source/442-lower-back-stretches-in-pregnancy.md)"
        )
    return _report_unreadable(problems)


def _report_unreadable(problems: list[str]) -> int:
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return EXIT_USER_ERROR if problems else 0


def cmd_check(args: argparse.Namespace) -> int:
    from .build.jobs import offered_by
    from .build.manifests import output_folder, read_manifest
    from .formats.registry import get_format, settings_for
    from .sources import find_sources, read_sources, source_paths

    sources = find_sources(args.leaflets) if args.leaflets else source_paths()
    asked = [get_format(n) for n in args.format] if args.format else None
    failures = 0
    loaded, problems = read_sources(sources)
    for path, leaflet in loaded:
        folder = output_folder(leaflet)
        manifest = read_manifest(folder).get("formats", {})
        offered = offered_by(leaflet)
        for fmt in asked or offered:
            if fmt in offered and (why := fmt.not_made(leaflet)):  # nothing there: no failure
                print(f"-    {path.stem} {fmt.name}: not made ({why})")
                continue
            entry = manifest.get(fmt.name)
            files = [folder / name for name in (entry or {}).get("files", {})]
            if not entry or not all(f.is_file() for f in files):
                print(
                    f"FAIL {path.stem} {fmt.name}: not built yet (run `leaflet build {path.stem}`)"
                )
                failures += 1
                continue
            settings = (
                fmt.settings.model_validate(entry["settings"])
                if entry.get("settings")
                else settings_for(fmt)
            )
            report = fmt.check(leaflet, settings, files)
            print(f"{'ok  ' if report.passed else 'FAIL'} {path.stem} {fmt.name}")
            for finding in report.findings:
                print(f"       {finding}")
            for problem in report.problems:
                print(f"     - {problem}")
            failures += not report.passed
    return _report_unreadable(problems) or (1 if failures else 0)


def cmd_formats(args: argparse.Namespace) -> int:
    from .formats.registry import FORMATS, offered_formats, settings_for
    from .options import accepted_values, option_field

    offered = {fmt.name for fmt in offered_formats()}
    if not FORMATS:
        print("No formats are implemented yet.")
    for fmt in FORMATS.values():
        mark = "offered" if fmt.name in offered else "not offered (config/formats.yaml)"
        print(f"{fmt.name}: {fmt.title}, {mark}")
        print(f"  {fmt.description}")
        settings = settings_for(fmt)
        for name, field in fmt.settings.model_fields.items():
            option = option_field(name, field, getattr(settings, name))
            print(f"  --{name.replace('_', '-')} {option.value}  [{accepted_values(option)}]")
            if field.description:
                print(f"      {field.description}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .paths import project_dir
    from .sources.importers import GIVEN_KEYS, import_file, save_imported

    folder = Path(args.to) if args.to else project_dir("source")
    given = {key: getattr(args, "reference" if key == "number" else key) for key in GIVEN_KEYS}
    imported = import_file(Path(args.file), given)
    target = save_imported(imported, folder, args.force)
    print(f"Imported {args.file} as {target}")
    if imported.decisions:
        print(f"Check what the importer decided (places in {args.file}):")
        for decision in imported.decisions:
            print(f"  {decision}")
    for note in imported.offers:
        print(f"offer: {note}")
    for warning in imported.warnings:
        print(f"warning: {warning}")
    if imported.warnings:
        print(f"{len(imported.warnings)} place(s) for a person to fix before the leaflet is built.")
    return 0


def cmd_fields(args: argparse.Namespace) -> int:
    """`leaflet fields PHY-0412`: the blanks a leaflet leaves to fill in, one a line."""
    from .sources import find_sources, leaflet_fields

    (source,) = find_sources([args.leaflet])[:1]
    fields = leaflet_fields(source)
    for found in fields:
        print(f"{found.name}\t{found.label}\t{found.where}")
    if not fields:
        print(f"{source.stem} has no fill-in fields")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    """`leaflet users add j.smith --admin`: the staff accounts the web page signs in with."""
    from . import staff

    if args.action == "list":
        members = staff.everyone()
        for member in members:
            print(f"{member.name}{' (admin)' if member.admin else ''}")
        if not members:
            print("No staff accounts yet: add one with `leaflet users add NAME --admin`")
        return 0
    if not args.name:
        raise LeafletError(f"users {args.action}: give the staff name, such as j.smith")
    if args.action == "remove":
        staff.remove(args.name)
        print(f"Removed {args.name}: their sessions have ended")
        return 0
    staff.check_name(args.name)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = _typed_password(args.name)
    if args.action == "password":  # --admin gives the role too; without it the role is kept
        member = staff.set_password(args.name, password, admin=True if args.admin else None)
    else:
        member = staff.add(args.name, password, admin=args.admin)
    print(f"{member.name} can sign in{' with the admin role' if member.admin else ''}")
    return 0


def _typed_password(name: str) -> str:
    """A new password typed twice at a terminal. Without one (a script, a pipe) getpass warns
    that the password may be echoed and reads it from the pipe in plain sight: refused instead,
    saying how to give it."""
    if not sys.stdin.isatty():
        raise LeafletError("no terminal to type a password in: use --password-stdin")
    try:
        password = getpass.getpass(f"New password for {name}: ")
        again = getpass.getpass("The same again: ")
    except EOFError:
        raise LeafletError("no password was typed: nothing was changed") from None
    if again != password:
        raise LeafletError("the two passwords differ: nothing was changed")
    return password


def cmd_serve(args: argparse.Namespace) -> int:
    from .web import serve

    serve(args.host, args.port)
    return 0


def cmd_easyread_draft(args: argparse.Namespace) -> int:
    """`leaflet easyread-draft 442`: the automatic draft in the author form, never over an
    author's own file unless asked."""
    from .files import write_atomically
    from .formats.easy_read.drafter import author_form, draft
    from .paths import project_dir
    from .sources import find_sources, load_leaflet

    (source,) = find_sources([args.leaflet])[:1]
    leaflet = load_leaflet(source)
    target = Path(args.to) if args.to else None
    target = target or project_dir("outputs") / leaflet.slug / f"{leaflet.slug}.easyread-draft.md"
    if target.is_dir():
        target = target / f"{leaflet.slug}.easyread.md"
    if target.exists() and not args.force:
        raise LeafletError(f"{target} already exists: use --force to replace it")
    write_atomically(target, author_form(leaflet, draft(leaflet)).encode("utf-8"))
    print(f"Wrote the Easy Read draft of {args.leaflet} to {target}")
    print("Read every row against the leaflet, then save it in source/ as <leaflet>.easyread.md.")
    return 0


def cmd_speech_script(args: argparse.Namespace) -> int:
    """`leaflet speech-script 442`: what the audio will say, as staff check it before recording."""
    from .formats.audio.speech_script import speech_script
    from .sources import find_sources, load_leaflet
    from .sources.fill import fill_leaflet

    (source,) = find_sources([args.leaflet])[:1]
    leaflet = load_leaflet(source)
    values = _fill_values(args)
    print(speech_script(fill_leaflet(leaflet, values) if values else leaflet).as_text())
    return 0


def _fill_values(args: argparse.Namespace) -> dict[str, str]:
    """The values of --fill-file, then of each --fill NAME=VALUE (which win)."""
    from .sources.fill import values_from_file, values_from_pairs

    values = values_from_file(Path(args.fill_file)) if args.fill_file else {}
    values.update(values_from_pairs(args.fill or []))
    return values


def _fill_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--fill",
        action="append",
        metavar="NAME=VALUE",
        help="write a value into one of the leaflet's blanks for this patient (`leaflet fields` "
        "names them); never logged",
    )
    parser.add_argument(
        "--fill-file", metavar="VALUES.yaml", help="the values, one 'name: value' a line"
    )


def cmd_voices(args: argparse.Namespace) -> int:
    """`leaflet voices`: the voices installed; `leaflet voices add FILE.onnx`: install one."""
    from .formats.audio.engines import DEFAULT_ENGLISH_VOICE
    from .formats.audio.voices import add_voice, installed_voices
    from .formats.registry import get_format, settings_for

    if args.action == "add":
        if not args.file:
            raise LeafletError("leaflet voices add needs a Piper voice file: FILE.onnx")
        voice = add_voice(Path(args.file), args.licence or "")
        print(f"Installed {voice.name} ({voice.language}, {voice.accent}; licence {voice.licence})")
        print(
            "To use it, set it in config/formats.yaml: settings: audio: "
            f"english_voice: {voice.name}"
        )
        return 0
    chosen = settings_for(get_format("audio")).english_voice
    for voice in installed_voices():
        used = ""
        if voice.name == (chosen or DEFAULT_ENGLISH_VOICE):
            used = " <- used for English" + ("" if chosen else " (the default)")
        print(f"{voice.name:34} {voice.engine:16} {voice.language:6} {voice.accent:32} "
              f"{voice.licence}{used}")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leaflet",
        description="Make NHS patient leaflets in braille, large print, Easy Read, audio and HTML.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build every stale format of every leaflet")
    build.add_argument("leaflets", nargs="*", metavar="LEAFLET", help="e.g. 442 (default: all)")
    build.add_argument("--format", action="append", metavar="F", help="only this format")
    build.add_argument("--force", action="store_true", help="rebuild even if up to date")
    build.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="build on the Dask scheduler at ADDRESS (tcp://host:8786) and its workers "
        "(default: config/formats.yaml 'cluster:', else this machine)",
    )

    request = commands.add_parser(
        "request",
        help="one patient's request, with options, into a folder of its own",
        description="Options are the format's settings: see `leaflet formats`. "
        "Example: leaflet request 442 large-print --size 24",
    )
    request.add_argument("leaflet")
    request.add_argument("format")
    request.add_argument(
        "--anyway",
        action="store_true",
        help="make a format the leaflet does not offer, for a patient who needs it (logged)",
    )
    _fill_arguments(request)

    commands.add_parser("status", help="each leaflet's review date and outputs' state")

    check = commands.add_parser("check", help="check the built outputs as their users would")
    check.add_argument("leaflets", nargs="*", metavar="LEAFLET")
    check.add_argument("--format", action="append", metavar="F")

    commands.add_parser("formats", help="the formats on offer and their settings")

    importer = commands.add_parser(
        "import", help="turn a .txt, .docx or .pdf leaflet into a source file"
    )
    importer.add_argument("file")
    for option, meaning in (
        ("reference", "the leaflet's reference, e.g. 442 or PHY-0412"),
        ("title", "the leaflet's title"),
        ("department", "the department that wrote it"),
        ("version", "its version, a whole number"),
        ("last-reviewed", "when it was last reviewed, e.g. 2024-03 or 'March 2024'"),
        ("next-review", "when it is next due for review"),
        ("issued", "when this version was issued, e.g. 2024-03 or 'March 2024'"),
        ("organisation", "the trust that wrote it, when not this trust, e.g. 'Hull University "
         "Teaching Hospitals NHS Trust'"),
    ):
        importer.add_argument(f"--{option}", help=f"{meaning} (used instead of what the file says)")
    importer.add_argument("--to", help="folder to write into (default: source/)")
    importer.add_argument("--force", action="store_true", help="replace an existing source file")

    easyread = commands.add_parser(
        "easyread-draft", help="draft a leaflet's Easy Read words for an author to correct"
    )
    easyread.add_argument("leaflet")
    easyread.add_argument("--to", help="file or folder to write (default: the leaflet's outputs)")
    easyread.add_argument("--force", action="store_true", help="replace an existing file")

    fields = commands.add_parser("fields", help="list a leaflet's fill-in fields")
    fields.add_argument("leaflet", help="e.g. PHY-0412")

    speech = commands.add_parser("speech-script", help="print what the audio recording says")
    speech.add_argument("leaflet", help="e.g. 442")
    _fill_arguments(speech)

    voices = commands.add_parser(
        "voices", help="the speech voices installed; `voices add FILE.onnx` installs a Piper one"
    )
    voices.add_argument("action", nargs="?", choices=["list", "add"], default="list")
    voices.add_argument("file", nargs="?", help="with add: a Piper .onnx voice file")
    voices.add_argument("--licence", help="with add: the voice's licence, as its model card says")

    users = commands.add_parser(
        "users", help="staff accounts for the web page: list, add, password, remove"
    )
    users.add_argument("action", choices=["list", "add", "password", "remove"])
    users.add_argument("name", nargs="?", help="the staff name, such as j.smith")
    users.add_argument(
        "--admin", action="store_true", help="may add leaflets and use the online voice"
    )
    users.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )

    serve = commands.add_parser("serve", help="the web page for finding and requesting formats")
    serve.add_argument("--host", default="127.0.0.1", help="address (default: this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    return parser


HANDLERS = {
    "build": cmd_build,
    "status": cmd_status,
    "check": cmd_check,
    "formats": cmd_formats,
    "import": cmd_import,
    "fields": cmd_fields,
    "easyread-draft": cmd_easyread_draft,
    "serve": cmd_serve,
    "users": cmd_users,
    "speech-script": cmd_speech_script,
    "voices": cmd_voices,
}


# Python's cyclic garbage collector looks at every live object each time a few thousand new ones
# have outlived the last look: tuned for programs that keep running, in a command it walks all
# that the libraries' import left behind again and again while WeasyPrint lays pages out (a
# tenth of a large-print request). Looking after every 50,000 instead leaves memory bounded.
COLLECT_AFTER = 50_000
# As the command ends, the interpreter's shutdown looks for garbage among every object still
# alive (WeasyPrint's boxes and fonts, pydantic's validators): 0.05 s of a braille or
# large-print request, more than either's check. Frozen at exit, they are left out of that look;
# exit handlers still run (temporary folders, logging, worker threads), and the memory goes
# back to the system with the process, as it would anyway.
atexit.register(gc.freeze)


def main(argv: list[str] | None = None) -> int:
    gc.set_threshold(COLLECT_AFTER, *gc.get_threshold()[1:])
    parser = make_parser()
    args, extra = parser.parse_known_args(argv)
    try:
        if args.command == "request":
            return cmd_request(args, extra)
        if extra:
            parser.error(f"unrecognised arguments: {' '.join(extra)}")
        return HANDLERS[args.command](args)
    except LeafletError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interrupted: outputs already in place are untouched", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `leaflet check | head`: the reader has gone, nothing to say
        sys.stderr.close()
        return 1
    except Exception as error:
        if is_disk_full(error):
            print(f"error: {DISK_FULL}", file=sys.stderr)
            return EXIT_USER_ERROR
        if isinstance(error, OSError) and error.filename is not None:
            # a file or folder named on the command line that is not there, not a folder or
            # not ours to write ("--to /proc/x.md", "--fill-file" naming a folder): said as
            # such, where a traceback had been printed
            said = (error.strerror or str(error)).lower()
            print(f"error: {error.filename}: cannot be read or written ({said})", file=sys.stderr)
            return EXIT_USER_ERROR
        raise


if __name__ == "__main__":
    sys.exit(main())
