"""`leaflet import` on PDF leaflets: what a PDF carries beside its printed words (a link's
address) and what it prints over and under every page (running lines in any language)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from leaflet_files import write_pdf

from pipeline.sources.importers import import_file


def _fracture_clinic(target: Path, links: list[str], columns: bool = False) -> Path:
    """A fracture clinic's leaflet whose paragraphs `links` are HTML with their links in them,
    saved as a PDF with a link annotation over each link's words (as Word and LibreOffice save
    a hyperlink)."""
    spec = {
        "title": "Looking after your arm in a plaster cast",
        "department": "Fracture Clinic",
        "footer": "Reference: ORTH-0618 Version: 2 Review date: March 2028",
        "columns": columns,
        "body": [
            ("h2", "Looking after your cast"),
            ("p", "Keep your cast dry. Cover it with a plastic bag when you wash and do not "
                  "put anything down it to scratch your skin."),
            ("h2", "More information"),
            *[("html", paragraph) for paragraph in links],
        ],
    }
    return write_pdf(target, spec)


def test_a_pdf_link_keeps_its_address_as_a_word_hyperlink_does(tmp_path):
    """ "our website" or "Find out more" as a link in a PDF (a /Link annotation with its
    address): only the printed words had been read, and the address was lost from every
    format. Each link's words come in as a Word file's hyperlink does, "[words](address)",
    the full stop after them outside the link; one wrapped over two lines (a rectangle for
    each) is one link."""
    pdf = _fracture_clinic(tmp_path / "orth-0618.pdf", [
        'Videos of the hand exercises are on <a href="https://www.example-trust.nhs.uk/'
        'fracture-clinic/hand-exercises">our website</a>.',
        'If you are worried about your cast, you can read more about looking after it at '
        'home, and what to do if it gets wet, on <a href="https://www.nhs.uk/conditions/'
        'broken-arm-or-wrist/">the NHS page about broken arms and wrists</a>, or call us.',
        'Questions? <a href="mailto:fracture.clinic@example-trust.nhs.uk">Email the fracture '
        'clinic</a>.',
    ], columns=True)
    markdown = import_file(pdf, {}).markdown()
    assert (
        "Videos of the hand exercises are on [our website](https://www.example-trust.nhs.uk/"
        "fracture-clinic/hand-exercises)."
    ) in markdown, markdown
    assert (
        "on [the NHS page about broken arms and wrists](https://www.nhs.uk/conditions/"
        "broken-arm-or-wrist/), or call us."
    ) in markdown, markdown
    assert (
        "Questions? [Email the fracture clinic](mailto:fracture.clinic@example-trust.nhs.uk)."
    ) in markdown, markdown


def test_a_pdf_link_whose_address_is_printed_beside_it_is_not_said_twice(tmp_path):
    """A link whose address is printed in its words or beside them ("Find out more
    (www.csp.org.uk/...)"), and a phone link over its number as printed, keep the printed words
    alone; a phone link over words with no number gives its number after them."""
    pdf = _fracture_clinic(tmp_path / "orth-0618.pdf", [
        '<a href="https://www.csp.org.uk/conditions/wrist-pain">Find out more</a> '
        '(www.csp.org.uk/conditions/wrist-pain).',
        'See <a href="https://www.nhs.uk/">www.nhs.uk</a> for more.',
        'Call the clinic on <a href="tel:+441162585000">0116 258 5000</a> if your fingers go '
        'numb, or <a href="tel:+441162585111">ring the plaster room</a> out of hours.',
    ])
    markdown = import_file(pdf, {}).markdown()
    assert "\nFind out more (www.csp.org.uk/conditions/wrist-pain).\n" in markdown, markdown
    assert "\nSee www.nhs.uk for more.\n" in markdown, markdown
    assert (
        "Call the clinic on 0116 258 5000 if your fingers go numb, or ring the plaster room "
        "(01162585111) out of hours."
    ) in markdown, markdown
    assert "](tel:" not in markdown and "+44" not in markdown


def _word_saved_as_pdf(tmp_path: Path, document, name: str) -> Path:
    """`document` saved as `name`.docx and converted to PDF by LibreOffice, as trusts publish."""
    import subprocess

    word = tmp_path / f"{name}.docx"
    document.save(word)
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(word)],
        check=True, capture_output=True, timeout=300,
    )
    return word.with_suffix(".pdf")


def _page_fields(paragraph, before: str, between: str) -> None:
    """Word's PAGE and NUMPAGES fields after `before`, `between` them ("Tudalen 1 o 2")."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run(before)
    for field_name, after in (("PAGE", between), ("NUMPAGES", "")):
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), field_name)
        run, text = OxmlElement("w:r"), OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        simple.append(run)
        paragraph._p.append(simple)
        if after:
            paragraph.add_run(after)


def test_a_welsh_boards_running_footer_with_its_page_number_is_read_once(tmp_path):
    """A Welsh health board's English leaflet, its footer in Welsh at the text's size on every
    page: "Cyfeirnod: RESP-0412 Fersiwn: 3 Tudalen 1 o 2". Its page number, known only as
    "Page 1 of 2", had kept it in the text: read into a paragraph broken over the page, its
    reference and version never found. A page's number is found by where it stands and how
    it steps from page to page, in any language: the footer's details are read and it is
    dropped; the board's name over every page is its author, kept once."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Bwrdd Iechyd Prifysgol Betsi Cadwaladr"
    _page_fields(section.footer.paragraphs[0], "Cyfeirnod: RESP-0412 Fersiwn: 3   Tudalen ",
                 " o ")
    document.add_heading("Using your oxygen at home", 0)
    document.add_paragraph("Respiratory Department")
    document.add_heading("Why you need oxygen", 1)
    document.add_paragraph(
        "Your lungs are not able to get enough oxygen into your blood. Extra oxygen helps you "
        "breathe more easily, sleep better and do more of your everyday activities. Your "
        "respiratory team will tell you how many hours a day to use it and at what flow rate."
    )
    document.add_heading("Safety with oxygen", 1)
    for sentence in (
        "Oxygen makes things burn much faster. Never smoke, and do not let anyone smoke near "
        "you, while your oxygen is on or in the same room as the cylinder or concentrator.",
        "Keep the tubing and cylinders at least 3 metres away from gas cookers, open fires, "
        "candles and heaters, and do not use oil-based creams such as petroleum jelly on your "
        "face or hands, as they can catch fire.",
        "Store cylinders upright in a well-aired place, away from direct sunlight, and do not "
        "cover the concentrator with curtains, clothes or furniture while it is running.",
        "Tell your home insurance company and the fire service that you have oxygen at home. "
        "The fire service can visit to check your home is safe and fit smoke alarms for free.",
        "If you go on holiday, speak to your oxygen supplier at least 2 weeks before you go, so "
        "that oxygen can be delivered to where you are staying.",
        "Check the tubing every day for kinks or splits, and clean the nasal cannula with warm "
        "soapy water once a week. Your supplier will replace them every 3 months.",
        "If you feel more breathless than usual, have a headache when you wake or feel very "
        "sleepy, call your respiratory nurse on 01745 583 910. Do not turn up the flow rate "
        "unless you have been told to.",
    ):
        document.add_paragraph(sentence)
    document.add_heading("Travelling with oxygen", 1)
    document.add_paragraph(
        "You can use your oxygen in a car, but keep the cylinder secured behind a seat and keep "
        "a window open a little. Do not leave cylinders in a hot car."
    )
    pdf = _word_saved_as_pdf(tmp_path, document, "resp-0412-oxygen")
    result = import_file(pdf, {})
    assert result.front_matter["number"] == "RESP-0412", result.front_matter
    assert str(result.front_matter["version"]) == "3"
    assert result.front_matter["organisation"] == "Bwrdd Iechyd Prifysgol Betsi Cadwaladr"
    markdown = result.markdown()
    assert "Tudalen" not in markdown and "Cyfeirnod" not in markdown, markdown
    assert markdown.count("Betsi Cadwaladr") == 1, markdown


@pytest.mark.parametrize("pages", [2, 1])
def test_another_trusts_name_and_department_in_a_pdfs_running_header_are_read(tmp_path, pages):
    """A PDF from another trust, its name at the left of every page's header and the
    department at the right ("Westbrook Hospitals NHS Foundation Trust ... Respiratory
    Medicine") over a leaflet set in two columns, as the same header in a Word file is read.
    Over two pages, the header had been dropped whole as a running line, no `organisation:`
    written (every format then named the running trust as the author, with its contacts) and
    the department lost ("no department found"); on one page, it had been read whole as the
    department, "Westbrook Hospitals NHS Foundation Trust Respiratory Medicine"."""
    pdf = write_pdf(tmp_path / "resp-0143.pdf", {
        "title": "Using your oxygen at home",
        "department": "Information for patients and carers",
        "header": ("Westbrook Hospitals NHS Foundation Trust", "Respiratory Medicine"),
        "footer": "RESP-0143 | Version 3 | Review date: June 2028",
        "columns": True,
        "margin": "40mm 25mm",
        "body": [
            ("h2", "Keeping safe with oxygen"),
            ("p", "Do not smoke, and do not let anyone smoke near you, while you use your "
                  "oxygen. Keep it at least 3 metres from any open flame or gas cooker."),
            ("p", "Do not use oil-based creams such as petroleum jelly on your face or lips "
                  "while you use oxygen. Use a water-based cream instead."),
            ("h2", "Using your concentrator"),
            ("ol", ["Put the concentrator in a room with fresh air, away from curtains.",
                    "Switch it on and wait for the green light before you put on the tubing.",
                    "Set the flow rate your nurse told you. Do not change it yourself."]),
            ("h2", "Going out with oxygen"),
            ("p", "Your portable cylinder lasts about 4 hours at 2 litres a minute. Take a "
                  "spare cylinder with you if you will be out for longer."),
            ("p", "In the car, keep the cylinder upright and held in place with a seat belt. "
                  "Tell your car insurer that you carry oxygen."),
            ("p", "Do not leave a cylinder in a hot car or in direct sunlight."),
            ("h2", "Travelling abroad"),
            ("p", "Tell the airline at least 2 weeks before you fly if you need oxygen on the "
                  "plane. Most airlines need a form filled in by your doctor."),
            ("p", "Your oxygen supplier can tell you how to get oxygen at the place you are "
                  "going to. Ask them at least 4 weeks before you travel."),
            ("h2", "Cleaning your equipment"),
            ("p", "Wash your nasal tubes once a week in warm soapy water and let them dry in "
                  "the air. Change them every month, or sooner if they become hard or "
                  "cracked."),
            ("p", "Wipe the concentrator's filter once a week. Your supplier will service the "
                  "concentrator every 3 months."),
            *([] if pages == 1 else [
            ("h2", "When to get help"),
            ("p", "Call 999 if you have chest pain, your lips or fingertips turn blue, or you "
                  "are too breathless to speak."),
            ("p", "Call the respiratory nurses the same day if you feel drowsy or confused, or "
                  "wake with a headache, as these can be signs of too much oxygen."),
            ("h2", "Fire safety at home"),
            ("p", "Fit smoke alarms on every floor of your home and test them every week. Your "
                  "local fire service can visit you to check your home for free."),
            ("p", "Do not use candles, open fires or gas heaters in the room where you use "
                  "your oxygen, and do not charge e-cigarettes near it."),
            ]),
            ("h2", "Contact us"),
            ("p", "If you feel more breathless than usual, call the respiratory nurses on "
                  "01632 960 233."),
        ],
    })
    assert len(pdfplumber.open(pdf).pages) == pages
    result = import_file(pdf, {})
    assert result.front_matter.get("organisation") == (
        "Westbrook Hospitals NHS Foundation Trust"), result.front_matter
    assert result.front_matter.get("department") == "Respiratory Medicine", result.front_matter
    assert not [w for w in result.warnings if "no department" in w], result.warnings
    assert "Westbrook" not in "\n".join(result.body), result.body
