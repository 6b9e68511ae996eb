"""Word documents (.docx): paragraphs and headings in order, read with python-docx."""

from __future__ import annotations

import io

from reader_app.core.errors import ReaderError
from reader_app.core.formats.archive import open_zip, refuse_xml_entities


def docx_to_text(data: bytes) -> str:
    archive = open_zip(data, "Word")
    refuse_xml_entities(archive, "Word")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text.strip() for p in document.paragraphs]
    except Exception as error:  # python-docx raises many kinds of errors on a broken file
        raise ReaderError(f"damaged Word file ({type(error).__name__})") from error
    return "\n\n".join(p for p in paragraphs if p)
