"""Tables to XLSX and CSV with pandas. Every text cell goes through `spreadsheet_safe`, so a
name or a title starting with =, +, - or @ is shown as text, never run as a formula."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from django.http import HttpResponse
from django.utils.functional import Promise

from workforce.text import spreadsheet_safe

if TYPE_CHECKING:
    import pandas as pd

# pandas is imported when a table is exported, not with this module (see workforce.roster).

FORMATS = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def safe_frame(columns: list[str], rows: list[list]) -> pd.DataFrame:
    import pandas as pd

    def safe(value):
        if isinstance(value, Promise):  # a lazy translation
            value = str(value)
        return spreadsheet_safe(value) if isinstance(value, str) else value

    return pd.DataFrame(
        [[safe(value) for value in row] for row in rows],
        columns=[spreadsheet_safe(str(column)) for column in columns],
    )


def spreadsheet_response(
    columns: list, rows: list[list], *, filename: str, fmt: str, sheet: str
) -> HttpResponse:
    import pandas as pd

    frame = safe_frame([str(column) for column in columns], rows)
    if fmt == "csv":
        # UTF-8 with a BOM, so Excel opens Vietnamese text correctly.
        content = frame.to_csv(index=False).encode("utf-8-sig")
    else:
        buffer = io.BytesIO()
        with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
            frame.to_excel(writer, index=False, sheet_name=sheet[:31])
            widths = [max(10, min(60, len(str(column)) + 2)) for column in frame.columns]
            for index, width in enumerate(widths):
                letter = writer.sheets[sheet[:31]].cell(row=1, column=index + 1).column_letter
                writer.sheets[sheet[:31]].column_dimensions[letter].width = width
        content = buffer.getvalue()
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
