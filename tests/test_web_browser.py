"""`leaflet serve` end to end in a real headless Chromium (Debian's), as the equality team uses it.

One server runs for the module, on a private copy of source/ and config/ with its own outputs/,
and the tests walk whatever formats the registry offers: search, open, download each format
(built first), a 24 pt large-print request found in the log, every control reached by keyboard,
and axe-core on every page.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import axe_playwright_python.sync_playwright as axe_module
import playwright.sync_api as playwright_api
import pytest
from leaflet_files import HIP_PRECAUTIONS, write_word

from pipeline.paths import PROJECT_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LEAFLET = "442-lower-back-stretches-in-pregnancy"
# A physiotherapy sheet with blanks to fill in for one patient (tests/test_fill.py builds it too)
PHYSIO_SHEET = Path(__file__).parent / "fixtures/sources/phy-0520-ankle-exercises-after-a-sprain.md"
STAFF, PASSWORD = "j.tester", "a password for the browser tests"
BUILD_MS = 600_000  # the slowest format (audio) builds in well under this on 2 cores
CONTROLS = (
    "a[href], button, input:not([type=hidden]), select, textarea, summary, audio[controls], "
    '[tabindex="0"]'
)

assert Path(CHROMIUM).exists(), "Debian's chromium is missing: scripts/setup.sh installs it"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """`leaflet serve` on a free port against a private project copy; stopped at the end."""
    root = tmp_path_factory.mktemp("web-project")
    for name in ("source", "config"):
        shutil.copytree(PROJECT_ROOT / name, root / name)
    shutil.copy(PHYSIO_SHEET, root / "source" / PHYSIO_SHEET.name)
    (root / "outputs").mkdir()
    env = {
        **os.environ,
        "LEAFLET_SOURCE": str(root / "source"),
        "LEAFLET_CONFIG": str(root / "config"),
        "LEAFLET_OUTPUTS": str(root / "outputs"),
    }
    env.pop("LEAFLET_REQUEST_LOG", None)
    env.pop("LEAFLET_STAFF", None)
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "users", "add", STAFF, "--admin"]
        + ["--password-stdin"],
        env=env,
        input=PASSWORD + "\n",
        text=True,
        check=True,
        capture_output=True,
    )
    port = _free_port()
    log = open(root / "server.log", "wb")  # noqa: SIM115 - closed after the server stops
    server = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/sign-in", timeout=2).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                log.close()
                pytest.fail("leaflet serve did not start:\n" + (root / "server.log").read_text())
            time.sleep(0.2)
    yield {"base": base, "root": root, "env": env}
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


@pytest.fixture(scope="module")
def offered(site):
    """The formats the server offers (its config is a copy of the real one)."""
    code = (
        "import json; from pipeline.formats.registry import offered_formats; "
        "print(json.dumps([[f.name, f.title] for f in offered_formats()]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=site["env"], capture_output=True, text=True, check=True
    )
    return [tuple(pair) for pair in json.loads(out.stdout)]


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def signed_in_page(browser, site, **context_options):
    """A new browser window whose member of staff has signed in, as each one must first."""
    page = browser.new_context(**context_options).new_page()
    page.goto(site["base"] + "/")
    page.get_by_label("Staff name").fill(STAFF)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(site["base"] + "/")
    return page


@pytest.fixture
def page(browser, site):
    page = signed_in_page(
        browser, site, accept_downloads=True, viewport={"width": 1100, "height": 900}
    )
    yield page
    page.context.close()


def manifest(site) -> dict:
    return json.loads((site["root"] / "outputs" / LEAFLET / "manifest.json").read_text())


def record_announcements(page) -> None:
    """Keeps every text the aria-live region is given, as a screen reader would hear them."""
    page.evaluate(
        """() => {
        window.announced = [];
        const region = document.getElementById('build-status');
        new MutationObserver(() => window.announced.push(region.textContent))
          .observe(region, {childList: true, characterData: true, subtree: true});
    }"""
    )


# ---- tests, in the order a member of staff would go ------------------------------------------


def test_search_for_442_and_open_it(site, offered, page):
    page.goto(site["base"] + "/")
    page.get_by_label("Leaflet number or words of its title").fill("442")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=442")
    result = page.get_by_role("link", name="442 Lower back stretches in pregnancy")
    assert result.is_visible()
    assert "Review overdue since February 2026" in page.inner_text("main")
    for _, title in offered:
        assert f"{title}: not built" in page.inner_text(".format-states")
    result.click()
    assert page.inner_text("h1") == "442 Lower back stretches in pregnancy"
    assert page.locator("h1").count() == 1


@pytest.mark.parametrize("width", [1280, 320])
def test_a_patients_words_find_the_leaflet_and_its_number_opens_it(site, browser, width):
    page = signed_in_page(browser, site, viewport={"width": width, "height": 800})
    for words in ("the back stretches one", "lower-back", "pregancy stretch", "PIL 442"):
        page.goto(site["base"] + "/")
        page.get_by_label("Leaflet number or words of its title").fill(words)
        page.keyboard.press("Enter")
        page.wait_for_url("**/?q=*")
        result = page.get_by_role("link", name="442 Lower back stretches in pregnancy")
        assert result.is_visible(), words
    page.goto(site["base"] + "/leaflets/442")
    assert page.url.endswith(f"/leaflets/{LEAFLET}")
    assert page.inner_text("h1") == "442 Lower back stretches in pregnancy"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.context.close()


def test_download_each_format_building_it_first(site, offered, page):
    assert offered, "no format is on offer"
    page.goto(f"{site['base']}/leaflets/{LEAFLET}")
    record_announcements(page)
    for name, title in offered:
        button = page.get_by_role("button", name=f"Download {title}", exact=True)
        with page.expect_download(timeout=BUILD_MS) as waiting:
            button.click()
        download = waiting.value
        built = manifest(site)["formats"][name]
        first = next(iter(built["files"]))
        got = Path(download.path()).read_bytes()
        if len(built["files"]) > 1:  # braille: BRF, PEF, proof and preview in one action
            assert download.suggested_filename == f"{Path(first).stem}.zip"
            with zipfile.ZipFile(download.path()) as archive:
                assert sorted(archive.namelist()) == sorted(built["files"])
                got = archive.read(first)
        else:
            assert download.suggested_filename == first
        on_disk = (site["root"] / "outputs" / LEAFLET / first).read_bytes()
        assert got == on_disk and hashlib.sha256(got).hexdigest() == built["files"][first]
        progress = page.locator(f"#progress-{name}")
        assert progress.is_visible() and title in progress.inner_text()
        heard = page.evaluate("window.announced")
        assert any(
            title in text and ("starting the build" in text or "building now" in text)
            for text in heard
        ), heard
        assert any("is ready" in text and title in text for text in heard), heard
    page.reload()
    for name, _ in offered:
        assert page.inner_text(f"#format-{name} .format-state").startswith("ready")
        assert page.locator(f"#format-{name} .files a").count() >= 1
    # A second download of a ready format is immediate, and counted again.
    name, title = offered[0]
    with page.expect_download(timeout=30_000):
        page.get_by_role("button", name=f"Download {title}", exact=True).click()


def test_previews_show_what_each_file_is(site, offered, page):
    assert offered, "no format is on offer"
    page.goto(f"{site['base']}/leaflets/{LEAFLET}")
    for name, _ in offered:
        suffixes = {
            Path(f).suffix for f in manifest(site)["formats"].get(name, {}).get("files", {})
        }
        section = page.locator(f"#format-{name}")
        if ".brf" in suffixes:
            cells = section.locator(".braille-line .cells").all_inner_texts()
            prints = section.locator(".braille-line .print").all_inner_texts()
            assert any(0x2800 < ord(ch) < 0x2900 for ch in "".join(cells))
            assert "Lower back stretches in pregnancy" in " ".join(prints)
        elif ".mp3" in suffixes:
            player = section.locator("audio")
            assert player.get_attribute("src").endswith(".mp3")
            duration = player.evaluate(
                "a => new Promise(done => { a.preload = 'metadata';"
                " a.onloadedmetadata = () => done(a.duration); a.load(); })"
            )
            assert duration > 10
        elif ".html" in suffixes and len(suffixes) == 1:
            frame = page.frame_locator(f"#format-{name} iframe.web-preview")
            assert "Lower back stretches in pregnancy" in frame.locator("h1").inner_text()
            assert section.locator("iframe").get_attribute("sandbox") == ""
        elif suffixes & {".pdf", ".docx"}:
            image = section.locator("img.page-preview")
            image.scroll_into_view_if_needed()
            page.wait_for_function(
                "img => img.complete && img.naturalWidth > 0",
                arg=image.element_handle(),
                timeout=180_000,
            )
            assert image.evaluate("img => img.naturalWidth") > 200
            assert "first page" in image.get_attribute("alt")


def test_large_print_24_pt_request_is_made_and_logged(site, offered, page):
    assert "large-print" in dict(offered), "large print is not on offer"
    import pdfplumber

    page.goto(f"{site['base']}/leaflets/{LEAFLET}")
    page.get_by_text("Request Large print with other options").click()
    size = page.locator("#large-print-size")
    size.fill("24")
    with page.expect_download(timeout=BUILD_MS) as waiting:
        page.get_by_role("button", name="Make Large print with these options").click()
    assert waiting.value.suggested_filename == "442-v3-large-print-24pt.pdf"
    with pdfplumber.open(waiting.value.path()) as pdf:
        sizes = [round(ch["size"]) for p in pdf.pages for ch in p.chars if ch["text"].strip()]
    assert min(sizes) >= 24
    outcome = page.locator("#request-progress-large-print")
    assert "is ready" in outcome.inner_text() and "24pt.pdf" in outcome.inner_text()
    assert page.evaluate("document.activeElement.id") == "request-progress-large-print"
    page.screenshot(path=str(site["root"] / "request-ready-1280.png"))
    page.goto(site["base"] + "/requests")
    kept = page.locator("table", has=page.get_by_text("Requests with their own options"))
    row = kept.locator("tbody tr").first.inner_text()
    assert "Large print" in row and "Text size: 24 pt" in row, row
    assert kept.get_by_role("link", name="442-v3-large-print-24pt.pdf").count() == 1
    page.screenshot(path=str(site["root"] / "requests-page-1280.png"), full_page=True)
    rows = page.locator("table").last.locator("tbody tr").all_inner_texts()
    assert any("Large print" in row and "Text size: 24 pt" in row for row in rows), rows
    log = (site["root"] / "outputs" / "request-log.csv").read_text().splitlines()
    assert any(line.endswith(f",{LEAFLET},large-print,size=24,{STAFF}") for line in log), log
    with page.expect_download() as waiting:
        page.get_by_role("link", name="Download requests per format per month (CSV)").click()
    monthly = Path(waiting.value.path()).read_text(encoding="utf-8-sig").splitlines()
    header = monthly[0].split(",")
    this_month = monthly[-1].split(",")
    assert int(this_month[header.index("large-print")]) >= 2  # the download and the request
    assert int(this_month[-1]) == len(log) - 1


def test_a_patients_values_fill_the_sheet_and_a_wrong_one_is_named_in_place(site, page):
    """The physiotherapist types one patient's numbers into the request form: a wrong one is
    named under the button; the downloaded large print holds them; the log and every file and
    folder name hold none of them."""
    import pdfplumber

    page.goto(f"{site['base']}/leaflets/{PHYSIO_SHEET.stem}")
    page.get_by_text("Request Large print with other options").click()
    form = page.locator("#make-large-print form", has=page.locator("fieldset.blanks"))
    form.get_by_label("Number of seconds (Exercise 2: Calf stretch)").fill("thirty")
    form.get_by_role("button", name="Make Large print with these options").click()
    outcome = page.locator("#request-progress-large-print")
    outcome.wait_for(state="visible")
    page.wait_for_function("document.activeElement.id === 'request-progress-large-print'")
    assert "Number of seconds (Exercise 2: Calf stretch): What is" in outcome.inner_text()
    assert "whole number of seconds from 1 to 600" in outcome.inner_text()
    # the clerk finds and corrects it by keyboard: from the box to its link, to the marked box
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").startswith("Number of seconds")
    page.keyboard.press("Enter")
    seconds = form.get_by_label("Number of seconds (Exercise 2: Calf stretch)")
    page.wait_for_function("document.activeElement.id === 'large-print-fill-seconds'")
    assert seconds.get_attribute("aria-invalid") == "true"
    described = seconds.evaluate(
        "box => box.getAttribute('aria-describedby').split(' ')"
        ".map(id => document.getElementById(id).textContent).join(' | ')"
    )
    assert described.startswith("Error: What is written here will not do; write a whole"), described
    assert "Give a whole number of seconds from 1 to 600" in described
    assert form.get_by_label("Number of times (Exercise 1: Ankle circles)").get_attribute(
        "aria-invalid"
    ) is None
    page.keyboard.press("Control+A")
    page.keyboard.type("30")
    for label, value in (
        ("Number of times (Exercise 1: Ankle circles)", "10"),
        ("Number of times a day (Exercise 2: Calf stretch)", "3"),
        ("Name of therapist (Your physiotherapist)", "Priya Okonkwo-Smith"),
        ("Date of next appointment (Your physiotherapist)", "14/03/2027"),
    ):
        form.get_by_label(label).fill(value)
    with page.expect_download(timeout=BUILD_MS) as waiting:
        form.get_by_role("button", name="Make Large print with these options").click()
    assert waiting.value.suggested_filename == "phy-0520-v1-large-print-filled.pdf"
    assert seconds.get_attribute("aria-invalid") is None  # corrected: no longer marked
    assert form.locator(".field-error").count() == 0
    with pdfplumber.open(waiting.value.path()) as pdf:
        text = " ".join(" ".join(p.extract_text() or "" for p in pdf.pages).split())
    for printed in ("Repeat 10 times.", "Hold for 30 seconds.", "3 times a day.",
                    "Name of therapist: Priya Okonkwo-Smith",
                    "Date of next appointment: 14 March 2027", "Phone number of therapist:"):
        assert printed in text, text
    log = (site["root"] / "outputs" / "request-log.csv").read_text()
    names = [path.name for path in (site["root"] / "outputs").rglob("*")]
    for secret in ("Priya", "Okonkwo", "14/03", "March 2027", "thirty"):
        assert secret not in log and not any(secret in name for name in names)
    assert not (site["root"] / "outputs" / PHYSIO_SHEET.stem).exists()
    page.screenshot(path=str(site["root"] / "request-filled-1280.png"), full_page=True)


@pytest.mark.parametrize("width", [1280, 320])
def test_a_mistake_is_shown_beside_the_button_and_takes_focus(site, browser, width):
    page = signed_in_page(browser, site, viewport={"width": width, "height": 800})
    page.goto(f"{site['base']}/leaflets/{LEAFLET}")
    page.get_by_text("Request Large print with other options").click()
    page.locator("#large-print-size").fill("60")
    page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
    page.locator("#large-print-size").press("Enter")  # by keyboard, as a form is sent
    outcome = page.locator("#request-progress-large-print")
    outcome.wait_for(state="visible")
    page.wait_for_function("document.activeElement.id === 'request-progress-large-print'")
    text = outcome.inner_text()
    assert "Text size" in text and "48" in text, text
    assert "--" not in text and "/" not in text.replace("PIL/", ""), text  # no flags or paths
    box = outcome.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 800, box  # in view, not far above
    page.screenshot(path=str(site["root"] / f"request-mistake-{width}.png"))
    page.context.close()


def _tabs_until(page, is_there: str, limit: int = 200) -> int:
    """Tab presses until the focused element satisfies the JavaScript test `is_there`."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {is_there})(document.activeElement)"):
            return presses
    raise AssertionError(f"never reached by Tab: {is_there}")


@pytest.mark.parametrize("width", [1280, 320])
def test_24_pt_large_print_is_a_few_keys_from_the_top_of_the_page(site, browser, width):
    """Before issue 17 the request forms sat below every format's previews and build details:
    25 tab stops with every format built (15 now for an admin, 12 of them before the header had
    "Add a leaflet", "Staff accounts" and "Sign out"), the form 3,446 px down the page (651
    now)."""
    page = signed_in_page(browser, site, viewport={"width": width, "height": 800})
    page.goto(f"{site['base']}/leaflets/442")
    summary = "el.textContent.trim() === 'Request Large print with other options'"
    to_form = _tabs_until(page, summary)
    page.keyboard.press("Enter")
    to_size = _tabs_until(page, "el.id === 'large-print-size'")
    page.keyboard.type("24")
    to_button = _tabs_until(page, "el.textContent.trim() === 'Make Large print with these options'")
    total = to_form + to_size + to_button
    print(f"\n{width} px: {to_form} + {to_size} + {to_button} = {total} tab stops to make 24 pt")
    assert total <= 15
    page.context.close()


def _tab_through(page) -> tuple[set[str], list[str], list[str]]:
    """Tabs through the page, opening each closed <details> with Enter as a keyboard user
    would; returns the controls reached, every visible control, and any without a visible
    focus style."""
    page.evaluate(
        f"""() => document.querySelectorAll({json.dumps(CONTROLS)})
            .forEach((el, i) => el.dataset.kb = String(i))"""
    )
    total = page.evaluate(f"() => document.querySelectorAll({json.dumps(CONTROLS)}).length")
    reached: set[str] = set()
    unmarked: list[str] = []
    for _ in range(total * 3 + 20):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const shown = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
                || style.boxShadow !== 'none';
            return {kb: el.dataset.kb, tag: el.tagName, text: el.textContent.trim().slice(0, 40),
                    closed: el.tagName === 'SUMMARY' && !el.parentElement.open, shown};
        }"""
        )
        if focused is None or focused["kb"] is None:
            continue
        if not focused["shown"]:
            unmarked.append(f"{focused['tag']} {focused['text']}")
        if focused["closed"]:
            page.keyboard.press("Enter")
        reached.add(focused["kb"])
    visible = page.evaluate(
        f"""() => [...document.querySelectorAll({json.dumps(CONTROLS)})]
            .filter(el => el.getClientRects().length
                          && getComputedStyle(el).visibility !== 'hidden')
            .map(el => [el.dataset.kb, el.tagName, el.textContent.trim().slice(0, 40)]
                       .join(' '))"""
    )
    return reached, visible, unmarked


def test_every_control_is_reached_by_keyboard_with_visible_focus(site, offered, page):
    for path in ("/", f"/leaflets/{LEAFLET}", "/requests", "/upload", "/staff"):
        page.goto(site["base"] + path)
        reached, visible, unmarked = _tab_through(page)
        missed = [item for item in visible if item.split(" ")[0] not in reached]
        assert not missed, f"{path}: not reached by Tab: {missed}"
        assert not unmarked, f"{path}: focus not visible on {unmarked}"
    if offered:  # and a download started from the keyboard alone
        name, title = offered[-1]
        page.goto(f"{site['base']}/leaflets/{LEAFLET}")
        page.get_by_role("button", name=f"Download {title}", exact=True).focus()
        with page.expect_download(timeout=BUILD_MS):
            page.keyboard.press("Enter")


def test_skip_link_moves_to_the_main_content(site, page):
    page.goto(site["base"] + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_axe_finds_no_serious_or_critical_violations(site, offered, page):
    pages = ["/", "/?q=442", "/?q=nothing-matches", f"/leaflets/{LEAFLET}", "/requests"]
    pages.append(f"/leaflets/{PHYSIO_SHEET.stem}")  # its form's blanks to fill in
    pages += ["/upload", "/staff", "/sign-in"]
    pages.append("/leaflets/..%2F..%2Fetc%2Fpasswd")  # the error page too
    axe = axe_module.Axe()
    for path in pages:
        page.goto(site["base"] + path)
        for summary in page.locator("summary").all():  # axe checks what is inside too
            summary.click()
        results = axe.run(
            page,
            options={"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"]},
        )
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(str(node["target"]) for node in v["nodes"][:3])
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not bad, f"{path}: {bad}"


def test_a_page_without_javascript_still_builds_and_downloads(site, offered, browser):
    assert offered, "no format is on offer"
    page = signed_in_page(browser, site, java_script_enabled=False, accept_downloads=True)
    name, title = offered[0]
    page.goto(f"{site['base']}/leaflets/{LEAFLET}")
    page.get_by_text(f"Request {title} with other options").click()
    form = page.locator(f"#make-{name} details.request form")
    first = form.locator("select, input[type=number]").first
    if first.evaluate("el => el.tagName") == "SELECT":
        values = first.locator("option").evaluate_all("os => os.map(o => o.value)")
        current = first.input_value()
        first.select_option(next(v for v in values if v != current))
    else:
        value, top = float(first.input_value()), first.get_attribute("max")
        first.fill(str(int(value - 1 if top and value + 1 > float(top) else value + 1)))
    form.locator("button").click()
    page.wait_for_url("**/jobs/**")
    assert page.locator("h1").inner_text().startswith(title)
    for _ in range(600):
        if page.locator(".job-result a").count():
            break
        time.sleep(1)
        page.get_by_role("link", name="Check progress").click()
    link = page.locator(".job-result a").first
    with page.expect_download() as waiting:
        link.click()
    assert Path(waiting.value.path()).stat().st_size > 0
    page.context.close()


def test_a_wrong_blank_is_marked_beside_it_and_reached_from_its_link(site, browser):
    """The form's wrong blanks were named only in the box under the button: each is now
    marked aria-invalid and described by its message beside it, the list of them links to
    each (Enter puts the keyboard in the box), and axe finds nothing serious on the page so
    marked. (The page without its script is marked by the server: tests/test_web.py.)"""
    page = signed_in_page(browser, site)
    page.set_default_timeout(20_000)
    page.goto(f"{site['base']}/leaflets/{PHYSIO_SHEET.stem}")
    page.get_by_text("Request Braille with other options").click()
    form = page.locator("#make-braille form", has=page.locator("fieldset.blanks"))
    form.get_by_label("Number of times a day (Exercise 2: Calf stretch)").fill("30")
    form.get_by_label("Date of next appointment (Your physiotherapist)").fill("31/02/2027")
    form.get_by_label("Number of times (Exercise 1: Ankle circles)").fill("10")
    form.get_by_role("button", name="Make Braille with these options").click()
    page.locator(".field-error").first.wait_for(state="visible")
    links = page.locator(".problems a")
    assert links.count() == 2, page.content()
    assert links.last.get_attribute("href") == "#braille-fill-date-of-next-appointment"
    links.last.focus()
    page.keyboard.press("Enter")  # the link puts the keyboard in the box, not only scrolls
    page.wait_for_function(
        "document.activeElement.id === 'braille-fill-date-of-next-appointment'", timeout=10_000
    )
    wrong = page.locator("[aria-invalid=true]")
    assert sorted(wrong.evaluate_all("boxes => boxes.map(b => b.id)")) == [
        "braille-fill-date-of-next-appointment", "braille-fill-times-a-day"
    ]
    assert page.locator("#braille-fill-date-of-next-appointment-error").text_content() == (
        "Error: What is written here will not do; write a date, such as 14/03/2027 or 14 March "
        "2027 (or a month: 03/2027)"
    )
    assert form.get_by_label("Number of times (Exercise 1: Ankle circles)").input_value() == "10"
    results = axe_module.Axe().run(
        page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"]}
    )
    violations = results.response["violations"]
    bad = [v["id"] for v in violations if v["impact"] in ("serious", "critical")]
    assert not bad, bad
    page.context.close()


def test_pages_reflow_at_320_pixels_without_sideways_scrolling(site, browser):
    """WCAG 1.4.10: 320 CSS pixels is a 1280-pixel screen zoomed to 400 %."""
    page = signed_in_page(browser, site, viewport={"width": 320, "height": 640})
    for path in ("/", f"/leaflets/{LEAFLET}", "/requests", "/upload", "/staff", "/sign-in"):
        page.goto(site["base"] + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
    page.context.close()


def axe_problems(page) -> list[str]:
    results = axe_module.Axe().run(
        page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"]}
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("width", [1280, 320])
def test_staff_sign_in_by_keyboard_and_a_wrong_password_is_said_in_place(site, browser, width):
    page = browser.new_context(viewport={"width": width, "height": 800}).new_page()
    page.goto(site["base"] + "/requests")
    assert page.url == site["base"] + "/sign-in?next=/requests"
    _tabs_until(page, "el.id === 'name'")
    page.keyboard.type(STAFF)
    page.keyboard.press("Tab")
    page.keyboard.type("not the password")
    page.keyboard.press("Enter")
    problem = page.get_by_role("alert")
    assert "do not match a staff account" in problem.inner_text()
    assert problem.bounding_box()["y"] < 800
    assert not axe_problems(page)
    page.screenshot(path=str(site["root"] / f"sign-in-mistake-{width}.png"), full_page=True)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    page.wait_for_url(site["base"] + "/requests")
    assert f"Signed in as {STAFF} (admin)" in page.inner_text("header")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.get_by_role("button", name="Sign out").click()
    page.goto(site["base"] + "/requests")
    assert "/sign-in" in page.url
    page.context.close()


def test_a_word_leaflet_is_added_from_the_page(site, browser, tmp_path):
    word = write_word(tmp_path / "hip precautions.docx", HIP_PRECAUTIONS)
    page = signed_in_page(browser, site, viewport={"width": 1280, "height": 900})
    page.get_by_role("link", name="Add a leaflet").click()
    old_word = bytes.fromhex("d0cf11e0a1b11ae1") + "WordDocument".encode("utf-16-le")
    (tmp_path / "old.doc").write_bytes(old_word + b"\0" * 512)  # Word 97-2003's container
    page.get_by_label("The leaflet's file").set_input_files(tmp_path / "old.doc")
    page.get_by_role("button", name="Read the file").click()
    said = page.get_by_role("alert").inner_text()
    assert "old.doc: is an old Word 97-2003 document (.doc)" in said and ".docx" in said, said
    page.get_by_label("The leaflet's file").set_input_files(word)
    page.get_by_role("button", name="Read the file").click()
    assert page.inner_text("h1") == "Check the leaflet before it is added"
    assert page.get_by_label("Title").input_value() == "Hip precautions after your hip replacement"
    assert page.get_by_label("Leaflet reference").input_value() == "9101"
    assert "hip precautions.docx" in page.inner_text("main")
    for summary in page.locator("summary").all():
        summary.click()
    assert not axe_problems(page)
    page.screenshot(path=str(site["root"] / "upload-review-1280.png"), full_page=True)
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=str(site["root"] / "upload-review-320.png"), full_page=True)
    if not page.get_by_label("Department that wrote it").input_value():
        page.get_by_label("Department that wrote it").fill("Orthopaedic Department")
    page.get_by_role("button", name="Add this leaflet").click()
    assert page.inner_text("h1") == "Leaflet added"
    page.get_by_role("link", name="Open the leaflet's page").click()
    assert page.inner_text("h1").startswith("9101 Hip precautions after your hip replacement")
    assert (site["root"] / "source" / "9101-hip-precautions-after-your-hip-replacement.md").exists()
    page.context.close()


def test_easy_read_words_are_given_from_the_leaflets_page(site, browser, tmp_path):
    """The page had no way to give the Easy Read words a person wrote for a leaflet: its link
    opens a form that reads the file as the build will, says a bad one's fault in place, saves
    a good one, passes axe and fits a phone."""
    saved = site["root"] / "source" / f"{LEAFLET}.easyread.md"
    words = (
        "---\nleaflet: 442\nversion: 3\n---\n## Before you start\n\n"
        "> [] Talk to your **physiotherapist** before you start these exercises.\n\n"
        "## Exercise 1\n\n[] Stand with your back against a wall.\n"
        "[] **Do not** push into pain.\n"
    )
    (tmp_path / "easy read.md").write_text(words.replace("[] Stand", "Stand"), encoding="utf-8")
    (tmp_path / "easy read checked.md").write_text(words, encoding="utf-8")
    page = signed_in_page(browser, site, viewport={"width": 1280, "height": 900})
    try:
        page.goto(f"{site['base']}/leaflets/{LEAFLET}")
        page.get_by_role("link", name="Give the easy read words written for this leaflet").click()
        assert page.inner_text("h1").startswith("Easy Read words for 442")
        chooser = page.get_by_label("The file of easy read words")
        chooser.set_input_files(tmp_path / "easy read.md")
        page.get_by_role("button", name="Check and save the file").click()
        said = page.get_by_role("alert").inner_text()
        assert "easy read.md: line 11: 'Stand with your back against a wall.' is not a row" in said
        assert not saved.exists()
        assert not axe_problems(page)
        page.set_viewport_size({"width": 320, "height": 800})
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.get_by_label("The file of easy read words").set_input_files(
            tmp_path / "easy read checked.md"
        )
        page.get_by_role("button", name="Check and save the file").click()
        assert page.inner_text("h1") == "Easy Read words saved"
        assert saved.read_text(encoding="utf-8") == words
        assert not axe_problems(page)
        page.get_by_role("link", name="Back to the leaflet's page").click()
        assert "Made from the easy read words written for this leaflet" in page.inner_text(
            "#format-easy-read"
        )
    finally:
        page.context.close()
        saved.unlink(missing_ok=True)


# A leaflet on taking eye drops written wholly in Urdu, saved as the English one's translation.
URDU_EYE_DROPS = (
    "---\nnumber: 7562\nversion: 1\ntitle: آنکھوں کے قطرے کیسے ڈالیں\n"
    "department: Ophthalmology\nlanguage: ur\n---\n\n"
    "## قطرے ڈالنے سے پہلے\n\n"
    "- قطرے ڈالنے سے پہلے اپنے ہاتھ صابن اور پانی سے دھوئیں۔\n"
    "- بوتل کی نوک کو اپنی آنکھ یا انگلیوں سے نہ لگائیں۔\n\n"
    "اگر آپ کی آنکھ میں درد ہو یا نظر دھندلی ہو جائے تو فوراً آنکھوں کے وارڈ کو فون کریں۔\n"
)


@pytest.mark.parametrize("width", [1280, 320])
def test_a_translations_easy_read_says_not_made_and_why_with_nothing_to_press(
    site, browser, width
):
    """An Urdu leaflet's page offered 'Download Easy Read', which failed ('the format wrote no
    files'), though a translation's Easy Read is written by hand: the page says 'not made' and
    why, in its heading's words and beside it, with no button for it; the rest of the page is
    still reached by keyboard, passes axe and fits a phone."""
    source = site["root"] / "source" / "7562-eye-drops.ur.md"
    source.write_text(URDU_EYE_DROPS, encoding="utf-8")
    page = signed_in_page(browser, site, viewport={"width": width, "height": 900})
    try:
        page.goto(site["base"] + "/?q=7562")
        assert "Easy Read: not made" in page.inner_text(".format-states")
        page.get_by_role("link", name="7562").click()
        page.wait_for_url("**/leaflets/7562-eye-drops.ur")
        made = page.locator("#make-easy-read")
        assert page.get_by_role("heading", name="Easy Read not made").is_visible()
        said = made.inner_text()
        assert "Not made for this leaflet: a translation's Easy Read is written by hand" in said
        assert "save the translated Easy Read as 7562-eye-drops.ur.easyread.md" in said
        assert made.locator("form, button, input, summary").count() == 0
        assert page.get_by_role("button", name="Download Easy Read").count() == 0
        assert page.get_by_role("button", name="Download Braille").is_visible()
        assert "Not made for this leaflet" in page.inner_text("#format-easy-read .format-state")
        reached, visible, unmarked = _tab_through(page)
        assert not [item for item in visible if item.split(" ")[0] not in reached]
        assert not unmarked, unmarked
        for summary in page.locator("summary").all():
            summary.click()
        assert not axe_problems(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(site["root"] / f"not-made-{width}.png"), full_page=True)
    finally:
        page.context.close()
        source.unlink()


def test_an_out_of_date_format_says_so_and_builds_again(site, offered, page):
    """Last: it changes the leaflet, so every format built before is out of date."""
    assert "braille" in dict(offered), "braille is not on offer"
    source = site["root"] / "source" / f"{LEAFLET}.md"
    source.write_text(source.read_text().replace("Side stretch", "Side stretching", 1))
    page.goto(f"{site['base']}/leaflets/{LEAFLET}")
    files = page.locator("#format-braille")
    assert "These files are out of date because the leaflet's source changed" in (
        files.inner_text()
    )
    links = files.locator(".files a")
    assert all("(out of date)" in item for item in files.locator(".files li").all_inner_texts())
    assert "come as one .zip" in page.inner_text("#make-braille")
    files.screenshot(path=str(site["root"] / "out-of-date-files-1280.png"))
    with page.expect_download() as waiting:
        links.first.click()  # knowingly: the link says it is out of date
    assert waiting.value.suggested_filename == "442-v3-braille.zip"
    brf = manifest(site)["formats"]["braille"]["files"]
    page.goto(f"{site['base']}/files/{LEAFLET}/{next(iter(brf))}")  # an old address, bookmarked
    assert page.inner_text("h1").endswith("is out of date")
    assert "the leaflet's source changed" in page.inner_text("main")
    assert not axe_problems(page)
    page.screenshot(path=str(site["root"] / "out-of-date-1280.png"), full_page=True)
    with page.expect_download(timeout=BUILD_MS) as waiting:
        page.get_by_role("button", name="Build Braille again and download it").click()
    assert waiting.value.suggested_filename == "442-v3-braille.zip"
    page.goto(f"{site['base']}/leaflets/{LEAFLET}")
    assert page.inner_text("#format-braille .format-state").startswith("ready")
    assert "(out of date)" not in page.inner_text("#format-braille")
