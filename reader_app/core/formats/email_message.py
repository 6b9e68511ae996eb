"""E-mail messages (.eml): the subject, who wrote to whom and when, and the message's text,
read with the standard library; attachments, encoded parts and other headers are left out.
A web page saved as one file (.mht, .mhtml) is such a message too, and is read as its page."""

from __future__ import annotations

import email
import email.policy
import re

from reader_app.core.errors import ReaderError
from reader_app.core.formats.html import web_page_to_text
from reader_app.core.formats.markup import html_to_text
from reader_app.core.formats.txt import decode_text

# The headers an exported message opens with; two of them on its first lines make it one.
_HEADER = re.compile(
    r"^(?:From|To|Subject|Date|Received|Return-Path|Message-ID|MIME-Version|Delivered-To"
    r"|Content-Type|Cc|Reply-To|X-[\w-]+):",
    re.IGNORECASE,
)


def looks_like_an_email(text: str) -> bool:
    """Whether the text opens with a block of e-mail headers."""
    lines = text.lstrip("\ufeff").split("\n", 12)[:12]
    headers = [line for line in lines if _HEADER.match(line)]
    return len(headers) >= 2 and bool(lines) and _HEADER.match(lines[0]) is not None


def _header(message: email.message.EmailMessage, name: str) -> object:
    """A header's parsed value, or its text as written where the standard library's parser
    fails on it (an IndexError on "From: <" and a line break); None when it is absent."""
    try:
        return message.get(name)
    except Exception:  # the header parser raises several kinds of error on malformed input
        raw = [value for key, value in message.raw_items() if key.lower() == name.lower()]
        return " ".join(raw[:1]).strip() or None


def _is_a_web_archive(message: email.message.EmailMessage) -> bool:
    """A browser's or Word's single-file web page: related parts around an HTML page."""
    return message.get_content_type() == "multipart/related" and (
        "Snapshot-Content-Location" in message
        or message.get_param("type") == "text/html"
        or "Saved by" in str(_header(message, "From") or "")
    )


def _part_text(part: email.message.MIMEPart) -> str:
    """A part's text in its declared charset; without one (a saved page declares it in its
    markup), or with one no codec knows, its bytes are decoded as a text file's are."""
    if part.get_content_charset() is not None:
        try:
            content = part.get_content()
            if isinstance(content, str):
                return content
        except (LookupError, ValueError, AttributeError):
            pass  # "charset=x-unknown"
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload:
        return ""
    try:
        return decode_text(payload)
    except ReaderError:
        return ""


def email_to_text(data: bytes) -> str:
    """The subject as a heading, then From / To / Cc / Date by name, then the text of the
    message (its HTML where it has no plain text)."""
    try:
        return _message_text(email.message_from_bytes(data, policy=email.policy.default))
    except ReaderError:
        raise
    except Exception as error:  # the standard library's parsers on a malformed message
        raise ReaderError(f"damaged e-mail message ({type(error).__name__})") from error


def _message_text(message: email.message.EmailMessage) -> str:
    if _is_a_web_archive(message):
        page = message.get_body(preferencelist=("html",))
        return web_page_to_text(_part_text(page)) if page is not None else ""
    subject = str(_header(message, "Subject") or "").strip()
    lines = []
    for header in ("From", "To", "Cc", "Date"):
        value = _header(message, header)
        if value is None:
            continue
        # Names rather than addresses: "Emmanuel Macron", not <emmanuel@example.org>.
        addresses = getattr(value, "addresses", None)
        shown = (
            ", ".join(a.display_name or a.addr_spec.strip('"') for a in addresses)
            if addresses
            else value
        )
        if str(shown).strip():
            lines.append(f"{header}: {str(shown).strip()}")
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        content = _part_text(body)
        text = html_to_text(content) if body.get_content_subtype() == "html" else content
    return "\n\n".join(part for part in (subject, "\n".join(lines), text.strip()) if part)
