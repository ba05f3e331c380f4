"""`leaflet import` on PDF leaflets: what a PDF carries beside its printed words (a link's
address) and what it prints over and under every page (running lines in any language)."""

from __future__ import annotations

from pathlib import Path

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
