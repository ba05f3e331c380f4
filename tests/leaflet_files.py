"""Word and PDF leaflets made for the tests from text of our own, in the shapes trusts' files
take: Word files with bold paragraphs for headings, numbered and bulleted list styles or typed
numbers, a table, and details in the page footer; PDFs set by WeasyPrint with a running header
and footer, page numbers, details in the footer, headings by size and weight, two columns,
words hyphenated at line ends and tables with a header row, ruled or in aligned columns."""

from __future__ import annotations

import io
import re
from html import escape
from pathlib import Path

import docx
import weasyprint
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

# ---- Word --------------------------------------------------------------------------------------

HIP_PRECAUTIONS = [
    ("bold", "Hip precautions after your hip replacement"),
    ("para", "Orthopaedic Department"),
    ("para", "Information for patients"),
    ("para", "For the first 6 weeks after your operation your new hip can dislocate if you bend "
             "it too far. Follow these precautions until your surgeon tells you to stop."),
    ("bold", "Getting in and out of bed"),
    ("number", "Sit on the edge of the bed with your operated leg out in front of you."),
    ("number", "Lean back and slide your legs onto the bed one at a time."),
    ("number", "Keep a pillow between your knees when you lie on your side."),
    ("bold", "Sitting"),
    ("para", "Use a chair with arms that is at least 50cm high. Do not sit on low sofas."),
    ("box", ["IMPORTANT", "Do not kneel on your operated side for 6 weeks.",
             "Do not sleep on your front."]),
    ("box", ["Stop and phone the ward if", "your calf becomes red, hot or swollen."]),
    ("bold", "Do not"),
    ("bullet", "bend your hip more than 90 degrees"),
    ("bullet", "cross your legs"),
    ("bullet", "twist your body while standing"),
    ("para", "If your hip suddenly becomes very painful or your leg looks shorter, call the "
             "ward on 0116 258 4221 straight away."),
    ("para", "Leaflet no. 9101, version 1"),
    ("para", "Date of last review: 03/2024"),
    ("para", "Review date: March 2027"),
]

BACK_EXERCISES = [
    ("title", "Exercises for low back pain"),
    ("para", "Musculoskeletal Physiotherapy"),
    ("para", "Reference: PHY-0455 Version: 3"),
    ("heading", "Why exercise helps"),
    ("para", "Gentle movement helps your back recover faster than rest. Some discomfort is "
             "normal when you start."),
    ("heading", "Your exercises"),
    ("table", [["Exercise", "Hold", "Repeat"],
               ["Knee rolls", "____ seconds", "____ times"],
               ["Pelvic tilt", "____ seconds", "____ times"],
               ["Cat and camel", "5 seconds", "10 times"]]),
    ("heading", "When to get help"),
    ("para", "Call 999 if you lose control of your bladder or bowel, or feel numb around your "
             "bottom."),
    ("para", "Name of therapist: ____________"),
    ("para", "Last updated: 09/2024"),
    ("para", "Next review: September 2027"),
]

LOW_FIBRE_DIET = [
    ("title", "A low-fibre diet before your scan"),
    ("para", "Radiology Department"),
    ("para", "In this leaflet"),
    ("bullet", "Foods you can eat"),
    ("bullet", "Foods to avoid"),
    ("bullet", "On the day of your scan"),
    ("bold", "Foods you can eat"),
    ("bullet", "white bread, white rice and pasta"),
    ("bullet", "lean meat, fish and eggs"),
    ("bullet2", "boiled, grilled or poached"),
    ("bullet", "clear soups"),
    ("bold", "Foods to avoid"),
    ("bullet", "wholemeal bread and cereals"),
    ("bullet", "fruit and vegetables"),
    ("bullet", "nuts and seeds"),
    ("bold", "On the day of your scan"),
    ("para", "Do not eat for 4 hours before your appointment. You may drink water."),
    ("para", "Leaflet number: 9300 Version: 2"),
    ("para", "Last reviewed: February 2024"),
    ("para", "Next review: February 2027"),
]

CARDIAC_CATHETER = [
    ("header", "Leeds Teaching Hospitals NHS Trust"),
    ("footer", "Reference: CARD-0107 | Version 2 | Review date: January 2028"),
    ("bold", "Having a cardiac catheter test"),
    ("para", "Cardiology Department"),
    ("para", "This leaflet explains what happens during your test and how to prepare for it."),
    ("bold", "What is a cardiac catheter test?"),
    ("para", "A thin tube is passed through a blood vessel in your wrist or groin to your heart. "
             "X-rays show how well blood flows through the arteries of your heart."),
    ("bold", "Before your test"),
    ("para", "1. Do not eat for 6 hours before your appointment."),
    ("para", "2. You can drink water until 2 hours before."),
    ("para", "3. Bring all your medicines with you in their boxes."),
    ("bold", "Your medicines on the day"),
    ("table", [["Medicine", "Take it?", "When"],
               ["Metformin", "No", "Restart 48 hours after the test"],
               ["Aspirin", "Yes", "As usual, with a little water"],
               ["Insulin", "Half dose", "Morning dose only"]]),
    ("bold", "After your test"),
    ("para", "You will need to lie flat for 2 to 4 hours. Do not drive for 48 hours. Call "
             "0113 392 5012 if the wound bleeds."),
]

WORD_LEAFLETS = {
    "card-0107-cardiac-catheter.docx": CARDIAC_CATHETER,
    "9101-hip-precautions.docx": HIP_PRECAUTIONS,
    "phy-0455-back-exercises.docx": BACK_EXERCISES,
    "9300-low-fibre-diet.docx": LOW_FIBRE_DIET,
}


def write_word(target: Path, spec: list) -> Path:
    """A Word file of `spec`'s (kind, content) paragraphs. Words written "[words](address)"
    are a hyperlink, as Word's Insert Link makes one; "[words](field:address)" one written as
    a HYPERLINK field, as Word writes a link pasted from a web page or another program."""
    document = docx.Document()
    for kind, content in spec:
        if kind == "number-picture":  # a numbered item holding only a picture (its alt text)
            run = document.add_paragraph(style="List Number").add_run()
            run.add_picture(_picture())
            run._r.xpath(".//wp:docPr")[0].set("descr", content)
        elif kind == "number-unnumbered":  # a List Number paragraph its number taken off
            paragraph = document.add_paragraph(content, style="List Number")
            numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            numbering.get_or_add_ilvl().val = 0
            numbering.get_or_add_numId().val = 0
        elif kind == "joined":  # two paragraphs, the first's end deleted with Track Changes on
            first = document.add_paragraph(content[0])
            first._p.get_or_add_pPr().append(parse_xml(
                f'<w:rPr {nsdecls("w")}><w:del w:id="90" w:author="Ward Manager" '
                'w:date="2026-01-05T10:00:00Z"/></w:rPr>'
            ))
            document.add_paragraph(content[1])
        elif kind == "text-box":  # a paragraph anchoring a text box: (its words, the box's
            # paragraphs, the paragraphs of a text box set inside that box or ())
            anchor, said, inner = content
            box = text_box_run(said)
            if inner:
                for nested in box.iter(qn("w:txbxContent")):  # the drawing's and its fallback's
                    nested[-1].append(text_box_run(inner))
            paragraph = document.add_paragraph(anchor)
            paragraph._p.append(box)
        elif kind == "bordered":  # paragraphs Word draws one box round: (their words, the
            # paragraphs of a text box anchored in the last, as a file from an older Word
            # writes one, a picture of a box alone, or ())
            said, boxed = content
            for text in said:
                paragraph = document.add_paragraph(text)
                paragraph._p.get_or_add_pPr().append(parse_xml(
                    f'<w:pBdr {nsdecls("w")}>' + "".join(
                        f'<w:{side} w:val="single" w:sz="8" w:space="4" w:color="000000"/>'
                        for side in ("top", "left", "bottom", "right")
                    ) + "</w:pBdr>"
                ))
            if boxed:
                paragraph._p.append(text_box_run(boxed, drawn=False))
        elif kind == "header":  # the page header and footer Word repeats on every page
            document.sections[0].header.paragraphs[0].text = content
        elif kind == "footer":
            document.sections[0].footer.paragraphs[0].text = content
        elif kind == "title":
            document.add_heading(content, level=0)
        elif kind == "heading":
            _write(document.add_heading(level=1), content)
        elif kind == "bold":
            document.add_paragraph().add_run(content).bold = True
        elif kind == "centred":  # a title set in the middle of the line, in no Title style
            document.add_paragraph(content).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "heading2":
            document.add_heading(content, level=2)
        elif kind == "large":  # a title set in bold in large type, in no Title style
            run = document.add_paragraph().add_run(content)
            run.bold, run.font.size = True, Pt(20)
        elif kind == "number":
            document.add_paragraph(content, style="List Number")
        elif kind == "bullet":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "bullet2":
            document.add_paragraph(content, style="List Bullet 2")
        elif kind == "box":  # a table of one cell drawn round a message, its paragraphs
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"  # its four sides drawn, as a box is
            cell = table.rows[0].cells[0]
            cell.text = content[0]
            for more in content[1:]:
                cell.add_paragraph(more)
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for row, cells in zip(table.rows, content, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    _write(cell.paragraphs[0], text)
            for cell in table.rows[0].cells:
                cell.paragraphs[0].runs[0].bold = True
            header = OxmlElement("w:tblHeader")
            table.rows[0]._tr.get_or_add_trPr().append(header)
            header.set(qn("w:val"), "true")
        else:
            _write(document.add_paragraph(), content)
    document.save(target)
    return target


def _write(paragraph, text: str) -> None:
    """`text` written into `paragraph`, each "[words](address)" in it a hyperlink."""
    at = 0
    for link in re.finditer(r"\[([^\]]+)\]\(([^)\s]+)\)", text):
        if link.start() > at:
            paragraph.add_run(text[at : link.start()])
        words, address = link[1], link[2]
        if address.startswith("field:"):  # begin, the field's code, separate, its words, end
            paragraph._p.extend(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>") for xml in (
                '<w:fldChar w:fldCharType="begin"/>',
                f'<w:instrText xml:space="preserve"> HYPERLINK "{address[6:]}" </w:instrText>',
                '<w:fldChar w:fldCharType="separate"/>', f"<w:t>{escape(words)}</w:t>",
                '<w:fldChar w:fldCharType="end"/>',
            ))
        else:
            element = OxmlElement("w:hyperlink")
            element.set(qn("r:id"), paragraph.part.relate_to(
                address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
            element.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>{escape(words)}</w:t></w:r>"))
            paragraph._p.append(element)
        at = link.end()
    if at < len(text) or not text:
        paragraph.add_run(text[at:])


def _picture():
    """A small white PNG, as a step's drawing stands in a Word file."""
    from PIL import Image

    data = io.BytesIO()
    Image.new("RGB", (120, 80), "white").save(data, format="PNG")
    data.seek(0)
    return data


def text_box_run(paragraphs: list[str], drawn: bool = True, bold_first: bool = False):
    """A Word run anchoring a text box with `paragraphs` (the first in bold if `bold_first`, as
    a box's title is), written as Word writes one: a drawing, and the same words again as a
    fallback picture for older programs; not `drawn`, the picture alone, as a file from an
    older Word has it."""
    content = "".join(
        f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if bold_first and not n else ''}"
        f"<w:t>{escape(text)}</w:t></w:r></w:p>"
        for n, text in enumerate(paragraphs)
    )
    if not drawn:
        return parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
            f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>"
            "</w:r>"
        )
    return parse_xml(
        f'<w:r {nsdecls("w")} '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
        f"{content}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


# ---- PDF ---------------------------------------------------------------------------------------

COLONOSCOPY = {
    "title": "Having a colonoscopy",
    "department": "Endoscopy Unit",
    "footer": "Leaflet number: 9500 Version: 2 Last reviewed: May 2024 Next review: May 2027",
    "columns": True,
    "body": [
        ("h2", "What is a colonoscopy?"),
        ("p", "A colonoscopy is a test that looks at the lining of your large bowel. A "
              "flexible tube with a camera is passed into your bottom. The endoscopist may "
              "take small samples of tissue, called biopsies, to examine under a microscope."),
        ("h2", "Preparing for the test"),
        ("p", "You will need to take bowel preparation the day before. The instructions come "
              "with your appointment letter. Stop taking iron tablets 7 days before."),
        ("ul", ["drink plenty of clear fluids", "stay close to a toilet",
                "use a barrier cream to protect your skin"]),
        ("h2", "On the day"),
        ("p", "Please arrive at the Endoscopy Unit 30 minutes before your appointment. The "
              "examination usually takes between 20 and 45 minutes. Most people go home the "
              "same day, about 2 hours after the test."),
        ("h2", "Risks"),
        ("p", "Serious problems are uncommon. Bleeding happens in about 1 in 1,000 tests and "
              "a tear in the bowel in about 1 in 3,000 tests. Call the unit on 0116 258 6997 "
              "if you have severe tummy pain or pass a lot of blood."),
        ("h2", "After the test"),
        ("p", "You may feel bloated for a few hours. If you had a sedative, someone must take "
              "you home and stay with you for 12 hours. Do not drive, drink alcohol or sign "
              "important documents for 24 hours."),
        ("h2", "Your results"),
        ("p", "The endoscopist will tell you what they found before you go home. Results of "
              "biopsies take about 3 weeks and are sent to you and your GP."),
    ],
}

KNEE_BRACE = {
    "title": "Wearing your hinged knee brace",
    "department": "Orthopaedic Physiotherapy",
    "footer": "Reference: ORTH-0577 | Version 1 | Review date: October 2027",
    "columns": False,
    "bold_headings": True,
    "body": [
        ("p", "Your brace protects your knee while the ligament heals. Wear it at all times, "
              "including in bed, unless your physiotherapist tells you otherwise."),
        ("h2", "Putting the brace on"),
        ("ol", ["Sit on a chair with your knee straight.",
                "Line up the hinges with the middle of your knee.",
                "Fasten the straps from the bottom up, firmly but not tight."]),
        ("h2", "Your brace settings"),
        ("p", "Bend allowed: ________ degrees"),
        ("p", "Date to change the settings: ________"),
        ("h2", "Checking your skin"),
        ("p", "Take the brace off once a day to check your skin and wash your leg. Call us on "
              "0116 258 4848 if you see red marks that do not fade after 30 minutes."),
    ],
}

BOWEL_PREP_TIMETABLE = {
    "title": "Your bowel preparation timetable",
    "department": "Endoscopy Unit",
    "footer": "Leaflet no. 9610, version 4 | Date of last review: 06/2024 | Review date: June 2027",
    "columns": False,
    "body": [
        ("p", "Your colonoscopy is in the afternoon. Follow this timetable the day before and on "
              "the morning of your test, whatever time your letter says to arrive."),
        ("h2", "Your timetable"),
        ("table", [["When", "Time", "What to do"],
                   ["Day before", "8am", "Eat a light breakfast, such as white toast with "
                                         "butter. Then eat nothing more until after your test."],
                   ["Day before", "6pm", "Mix sachet A and sachet B in 1 litre of water and "
                                         "drink it over 1 hour."],
                   ["Day of test", "7am", "Mix the second dose and drink it over 1 hour, "
                                          "with 500ml of clear fluid."],
                   ["Day of test", "11am", "Stop drinking everything, including water."]]),
        ("h2", "If you take diabetes medicines"),
        ("p", "Call the unit on 0116 258 7081 at least 1 week before your test. Do not stop "
              "taking insulin unless a nurse tells you to."),
    ],
}

ANGIOGRAM_MEDICINES = {
    "title": "Your medicines before a coronary angiogram",
    "department": "Cardiology Department",
    "footer": "Reference: CARD-0112 Version 1 Review date: January 2028",
    "columns": False,
    "body": [
        ("p", "Some medicines need to be stopped or changed before your angiogram. Keep taking "
              "all your other medicines as usual."),
        ("h2", "What to take on the day"),
        ("plain-table", [["Medicine", "Take it?", "What to do"],
                         ["Metformin", "No", "Start again 48 hours after the test, once your "
                                             "kidney blood test is back."],
                         ["Aspirin", "Yes", "Take it as usual with a little water."],
                         ["Insulin", "Half dose", "Take half your usual morning dose."]]),
        ("h2", "If you are not sure"),
        ("p", "Call the cardiology nurses on 0113 392 5012, Monday to Friday, 9am to 5pm."),
    ],
}

ANKLE_FRACTURE = {
    "title": "Exercises after a broken ankle",
    "department": "Physiotherapy Department",
    "footer": "Leaflet number: 3050 Version: 1 Issue date: 02/2025 Review date: February 2028",
    "columns": True,
    "body": [
        ("p", "Contents"),
        ("p", "Why exercise matters"),
        ("p", "Your exercises"),
        ("p", "Getting help"),
        ("h2", "Why exercise matters"),
        ("p", "After your plaster is removed your ankle will feel stiff and weak. Regular "
              "exercise helps restore movement, reduces swelling and improves your balance so "
              "that you can return to walking normally. Unaccustomed movement may be "
              "uncomfortable at first, and this is expected."),
        ("h2", "Your exercises"),
        ("p", "Do these exercises 3 times a day. Stop if the pain becomes much worse."),
        ("h3", "1. Ankle pumps"),
        ("p", "Move your foot up and down as far as you can. Repeat ____ times."),
        ("p", "Picture: a foot pointing up and then down"),
        ("h3", "2. Ankle circles"),
        ("p", "Circle your foot slowly in each direction. Hold for ____ seconds at the end of "
              "each circle."),
        ("h3", "3. Calf stretch"),
        ("ol", ["Stand facing a wall with your hands on it.",
                "Put your injured leg behind you, heel down.",
                "Lean forward until you feel a stretch in your calf."]),
        ("h2", "Getting help"),
        ("p", "If your calf becomes hot, red or swollen, call the fracture clinic on "
              "0161 276 4521 straight away, or NHS 111 out of hours. These can be signs of a "
              "blood clot, which needs treatment the same day."),
    ],
}

PDF_LEAFLETS = {
    "9500-having-a-colonoscopy.pdf": COLONOSCOPY,
    "orth-0577-knee-brace.pdf": KNEE_BRACE,
    "9610-bowel-preparation-timetable.pdf": BOWEL_PREP_TIMETABLE,
    "card-0112-angiogram-medicines.pdf": ANGIOGRAM_MEDICINES,
    "3050-exercises-after-a-broken-ankle.pdf": ANKLE_FRACTURE,
}

_PDF_STYLE = """
@page { size: A4; margin: %(margin)s;
  %(header)s
  @bottom-left { content: "%(footer)s"; font-size: 8pt; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
body { font-family: "Liberation Sans"; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 22pt; } h2 { font-size: %(h2)s; margin: 0.8em 0 0.3em; }
main { %(columns)s }
p { hyphens: auto; margin: 0 0 0.6em; }
table { border-collapse: collapse; margin: 0 0 0.8em; }
th, td { border: 0.75pt solid black; padding: 3pt 5pt; text-align: left; vertical-align: top; }
table.plain { width: 80%%; }
table.plain th, table.plain td { border: none; padding: 2pt 12pt 2pt 0; }
"""


def write_pdf(target: Path, spec: dict) -> Path:
    """A PDF of `spec`: its title, department, footer and body, set by WeasyPrint. Its running
    header is the running trust's name in the middle, or spec["header"]'s (left, right): a
    trust's name at the left of every page and its department at the right, as many trusts'
    templates set them."""
    sides = spec.get("header")
    header = (
        f'@top-left {{ content: "{sides[0]}"; font-size: 9pt; }} '
        f'@top-right {{ content: "{sides[1]}"; font-size: 9pt; }}' if sides
        else '@top-center { content: "University Hospitals of Leicester NHS Trust"; '
        "font-size: 9pt; }"
    )
    style = _PDF_STYLE % {
        "header": header,
        "footer": spec["footer"],
        "columns": "columns: 2; column-gap: 10mm; text-align: justify;" if spec["columns"]
        else "",
        "h2": "11pt" if spec.get("bold_headings") else "15pt",
        "margin": spec.get("margin", "25mm 18mm"),
    }
    parts = [f"<h1>{escape(spec['title'])}</h1>", f"<p>{escape(spec['department'])}</p>"]
    for kind, content in spec["body"]:
        if kind in ("ul", "ol"):
            items = "".join(f"<li>{escape(item)}</li>" for item in content)
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "box":  # a safety message in a box drawn round it (over a page break too)
            parts.append(
                '<div style="border: 1.5pt solid black; padding: 6pt; box-decoration-break: clone">'
                f"<p>{escape(content)}</p></div>"
            )
        elif kind in ("table", "plain-table"):  # a header row; ruled as Word draws a table,
            # or set in aligned columns with no rules
            header, *rows = content
            head = "".join(f"<th>{escape(cell)}</th>" for cell in header)
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
                for row in rows
            )
            plain = ' class="plain"' if kind == "plain-table" else ""
            parts.append(f"<table{plain}><thead><tr>{head}</tr></thead>{body}</table>")
        elif kind == "html":  # a paragraph as HTML: its links ("<a href=...>our website</a>")
            parts.append(f"<p>{content}</p>")
        else:
            parts.append(f"<{kind}>{escape(content)}</{kind}>")
    html = (
        f'<html lang="en"><head><style>{style}</style></head><body>{parts[0]}{parts[1]}'
        f"<main>{''.join(parts[2:])}</main></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(target)
    return target


def write_scanned_pdf(target: Path) -> Path:
    """A PDF holding only a picture of a page, as a scanner makes: no text to read."""
    from PIL import Image

    Image.new("RGB", (420, 594), "white").save(target, "PDF")
    return target


# ---- Markdown ----------------------------------------------------------------------------------


def write_source(folder: Path, name: str, department: str, body: str, **front: str) -> Path:
    """A one-off source leaflet `folder/name.md` ("9901-using-oxygen-at-home": its reference and
    title come from the name) with the front matter every test leaflet needs, any more keys of
    `front` (next_review="2028-05"), and `body`."""
    number, _, slug = name.partition("-")
    more = "".join(f"{key}: {value}\n" for key, value in front.items())
    source = folder / f"{name}.md"
    source.write_text(
        f"---\nnumber: {number}\nversion: 1\ntitle: {slug.replace('-', ' ').capitalize()}\n"
        f"department: {department}\n{more}---\n\n{body}",
        encoding="utf-8",
    )
    return source


# A "Your notes" page, as the importer makes ten ruled lines: one column over ten empty rows.
NOTES_PAGE = (
    "## Going home\n\nSomeone must stay with you for 24 hours.\n\n"
    "## Your notes\n\nWrite down anything you want to ask us at your next visit.\n\n"
    "| Notes |\n|---|\n" + "|  |\n" * 10 + "\n## Contact us\n\nEndoscopy Unit: 0116 258 4444\n"
)
