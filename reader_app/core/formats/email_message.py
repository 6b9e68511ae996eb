"""E-mail messages (.eml): the subject, who wrote to whom and when, and the message's text,
read with the standard library; attachments, encoded parts and other headers are left out."""

from __future__ import annotations

import email
import email.policy
import re

from reader_app.core.formats.markup import html_to_text

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


def email_to_text(data: bytes) -> str:
    """The subject as a heading, then From / To / Cc / Date by name, then the text of the
    message (its HTML where it has no plain text)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    subject = str(message.get("subject", "") or "").strip()
    lines = []
    for header in ("From", "To", "Cc", "Date"):
        value = message.get(header)
        if value is None:
            continue
        # Names rather than addresses: "Emmanuel Macron", not <emmanuel@example.org>.
        addresses = getattr(value, "addresses", None)
        shown = ", ".join(a.display_name or a.addr_spec for a in addresses) if addresses else value
        if str(shown).strip():
            lines.append(f"{header}: {str(shown).strip()}")
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, ValueError, AttributeError):
            # A charset no codec knows ("charset=x-unknown"): the bytes, read as UTF-8.
            payload = body.get_payload(decode=True)
            content = payload if isinstance(payload, (bytes, str)) else b""
        if isinstance(content, bytes):
            content = content.decode("utf-8", errors="replace")
        text = html_to_text(content) if body.get_content_subtype() == "html" else content
    return "\n\n".join(part for part in (subject, "\n".join(lines), text.strip()) if part)
