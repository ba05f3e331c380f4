"""Tables drawn with ruling lines in a PDF page, as pdfplumber's table finder sees them, kept to
the rows that are a table's: a rule across the page (under a running header, over a footer)
makes the finder take the whole page above a table for one more row, a single cell wide."""

from __future__ import annotations


def ruled_table_rows(page) -> list[list]:
    """Each ruled table on a pdfplumber page as its rows (pdfplumber rows: `bbox`, and `cells`
    with None where a merged cell goes on), top to bottom: only the run of rows with at least
    two cells, and only tables of two such rows or more."""
    tables = []
    for table in page.find_tables():
        rows: list = []
        for row in table.rows:
            if sum(cell is not None for cell in row.cells) >= 2:
                rows.append(row)
            elif len(rows) >= 2:
                break
            else:
                rows = []
        if len(rows) >= 2:
            tables.append(rows)
    return tables


def row_box(rows: list) -> tuple[float, float, float, float]:
    """The box (x0, top, x1, bottom) round a table's rows."""
    return (
        min(row.bbox[0] for row in rows),
        rows[0].bbox[1],
        max(row.bbox[2] for row in rows),
        rows[-1].bbox[3],
    )
