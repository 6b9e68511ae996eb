"""Writers of test documents in every supported format, built from one article's paragraphs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def paragraphs_of(article: Path) -> tuple[str, list[str]]:
    blocks = [b.strip() for b in article.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return blocks[0], blocks[1:]


def write_markdown(path: Path, title: str, body: list[str]) -> Path:
    text = f"# {title}\n\n" + "\n\n".join(body) + "\n\n*Photo:* [agency](http://example.com)\n"
    path.write_text(text, encoding="utf-8")
    return path


def write_html(path: Path, title: str, body: list[str]) -> Path:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    path.write_text(
        f"""<!DOCTYPE html><html><head><title>{title} | Example News</title>
<link rel="stylesheet" href="http://cdn.example.com/site.css">
<script>document.write("Subscribe to Boris Tadic Weekly"); fetch("http://tracker.example.com");</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/people">Contact Olga Petrova</a></nav>
<article><h1>{title}</h1><img src="http://img.example.com/photo.jpg" alt="photo">
{paragraphs}
</article>
<aside>Most read: Carlos Mendes wins award</aside>
<footer>Copyright 2024 Example News. Editor: Hannah Kowalski. All rights reserved.</footer>
</body></html>""",
        encoding="utf-8",
    )
    return path


def write_epub(path: Path, title: str, body: list[str]) -> Path:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("reader-test")
    book.set_title(title)
    book.set_language("en")
    half = len(body) // 2
    chapters = []
    for number, part in enumerate((body[:half], body[half:]), start=1):
        chapter = epub.EpubHtml(title=f"Part {number}", file_name=f"part{number}.xhtml", lang="en")
        heading = f"<h1>{title}</h1>" if number == 1 else f"<h2>Part {number}</h2>"
        chapter.content = heading + "".join(f"<p>{p}</p>" for p in part)
        book.add_item(chapter)
        chapters.append(chapter)
    book.toc = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *chapters]
    epub.write_epub(str(path), book)
    return path


def write_docx(path: Path, title: str, body: list[str]) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for paragraph in body:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def write_pdf(path: Path, title: str, body: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.multi_cell(0, 10, title)
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for paragraph in body:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    pdf.output(str(path))
    return path


def hard_wrap(text: str, width: int = 70) -> str:
    lines = []
    for paragraph in text.split("\n\n"):
        line = ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        lines.append("")
    return "\n".join(lines)


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
