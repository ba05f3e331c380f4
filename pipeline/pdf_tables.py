"""Tables drawn with ruling lines in a PDF page, as pdfplumber's table finder sees them, kept to
the rows that are a table's: a rule across the page (under a running header, over a footer)
makes the finder take the whole page above a table for one more row, a single cell wide."""

from __future__ import annotations


def ruled_table_rows(page) -> list[list]:
    """Each ruled table on a pdfplumber page as its rows (pdfplumber rows: `bbox`, and `cells`
    with None where a merged cell goes on), top to bottom: each run of rows with at least two
    cells is a table, when it has two such rows or more. Two tables one under the other with
    their columns in line are one to the finder, the heading between them a row of one cell:
    each is kept (only the first had been, and the second table's cells were read as text
    wrongly indented)."""
    tables = []
    for table in page.find_tables():
        rows: list = []
        for row in [*table.rows, None]:
            if row is not None and sum(cell is not None for cell in row.cells) >= 2:
                rows.append(row)
                continue
            if len(rows) >= 2:
                tables.append(rows)
            rows = []
    return tables


def row_box(rows: list) -> tuple[float, float, float, float]:
    """The box (x0, top, x1, bottom) round a table's rows."""
    return (
        min(row.bbox[0] for row in rows),
        rows[0].bbox[1],
        max(row.bbox[2] for row in rows),
        rows[-1].bbox[3],
    )
