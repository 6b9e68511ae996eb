"""Plain text: decode bytes of an unknown encoding into a str, refusing binary data."""

from __future__ import annotations

import codecs
import re
import unicodedata

from reader_app.core.errors import ReaderError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newline, form feed and carriage return; text has almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# Bytes beyond ASCII that stand alone between ASCII bytes, at least: a Western text's accents.
_ALONE_SHARE = 0.9
# The letters beyond ASCII of the languages written in each 8-bit Latin code page. A text's
# code page is the one in which a single language spells nearly all its accented letters:
# Czech read as cp1252 has ø, è and ì side by side, which no Western language has.
_ALPHABETS = {
    "cp1252": (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíñóúü",  # Spanish
        "áâãàçéêíóôõúü",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "áéèëïóöü",  # Dutch
        "æøåé",  # Danish and Norwegian
        "åäöé",  # Swedish and Finnish
        "áðéíóúýþæö",  # Icelandic
        "àçèéíïòóúü",  # Catalan
    ),
    "cp1250": (
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Slovenian and Croatian
        "ăâîşţ",  # Romanian
    ),
    "cp1254": ("çğıöşüâîûİ",),  # Turkish
    "cp1257": (
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äõöüšž",  # Estonian
    ),
}
_ALPHABETS["iso8859_2"] = _ALPHABETS["cp1250"]  # Central European text written on Unix


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL bytes on every other position; UTF-32 on three
    positions out of four."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    for encoding, zeros in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        if len(data) % 4 == 0 and all(
            sample[position::4].count(0) > 0.9 * len(sample[position::4]) for position in zeros
        ):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    for encoding, share in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if share > 0.3:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    stray = error.object[error.start : error.end]
    return bytes(stray).decode("cp1252", errors="replace"), error.end


codecs.register_error("reader-stray-cp1252", _stray_bytes_as_cp1252)


_STRAY = re.compile("[\udc80-\udcff]")  # bytes that surrogateescape could not decode
_BEYOND_ASCII = re.compile("[^\x00-\x7f]")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a paragraph pasted from an older file): the UTF-8 is
    kept and only the stray bytes are read as cp1252, where guessing one legacy encoding for
    the whole file turned every accented letter into two wrong ones."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(text))
    multibyte = len(_BEYOND_ASCII.findall(text)) - stray
    if multibyte < 2 * stray:
        return None
    return data.decode("utf-8", errors="reader-stray-cp1252")


def _letters_between_ascii(data: bytes) -> bool:
    """Whether nearly every byte beyond ASCII stands alone between ASCII bytes: a Western
    text's accents and curly quotes, where Cyrillic, Greek or Chinese letters come in runs.
    A detector cannot tell one 8-bit encoding from another by so little (it read "“hi”"
    as Cyrillic), and cp1252 is the one such text is written in."""
    high = [index for index, byte in enumerate(data) if byte >= 0x80]
    if not high:
        return False
    alone = sum(
        1
        for index in high
        if (index == 0 or data[index - 1] < 0x80)
        and (index + 1 == len(data) or data[index + 1] < 0x80)
    )
    return alone >= _ALONE_SHARE * len(high)


def _sign_in_word(text: str, index: int) -> bool:
    """Whether a character beyond ASCII that is no letter stands where a letter would: between
    two letters, or touching one when it is no punctuation ("¼udia" is "Ľudia" in cp1252,
    where "“hi”" and "¿Dónde" are quotes and a question)."""
    before = index > 0 and text[index - 1].isalpha()
    after = index + 1 < len(text) and text[index + 1].isalpha()
    if before and after:
        return True
    return (before or after) and not unicodedata.category(text[index]).startswith(("P", "Z"))


def _spelled_share(text: str, alphabets: tuple[str, ...]) -> float:
    """The share of a text's letters beyond ASCII (and of the signs it has inside words, as
    cp1252 shows Polish "ł" as "³") that the best fitting of the languages spells."""
    in_words = [
        match.group()
        for match in _BEYOND_ASCII.finditer(text)
        if match.group().isalpha() or _sign_in_word(text, match.start())
    ]
    if not in_words:
        return 1.0
    counts: dict[str, int] = {}
    for char in in_words:
        counts[char] = counts.get(char, 0) + 1
    spelled = max(
        sum(count for char, count in counts.items() if char in alphabet or char.lower() in alphabet)
        for alphabet in alphabets
    )
    return spelled / len(in_words)


def _latin_code_page(data: bytes) -> str:
    """cp1252 unless a Central European, Turkish or Baltic code page spells the text's
    accented letters clearly better; a detector on letter frequencies read Turkish as cp1250
    and German as cp1250."""
    best, best_share = (
        "cp1252",
        _spelled_share(data.decode("cp1252", "replace"), _ALPHABETS["cp1252"]),
    )
    for encoding, alphabets in _ALPHABETS.items():
        if encoding == "cp1252":
            continue
        share = _spelled_share(data.decode(encoding, "replace"), alphabets)
        if share > best_share + 0.02:
            best, best_share = encoding, share
    return best


def _is_latin(text: str) -> bool:
    """Whether a text's letters beyond ASCII are nearly all Latin ones."""
    letters = [char for char in text[:65536] if char >= "\x80" and char.isalpha()]
    latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
    return latin >= 0.9 * len(letters)


def _decode_guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    text = _mostly_utf8(data)
    if text is not None:
        return text
    if _letters_between_ascii(data[: 1 << 20]):
        return data.decode(_latin_code_page(data[: 1 << 20]), errors="replace")
    best = from_bytes(data[: 1 << 20]).best()
    if best is None:
        raise ReaderError("not a text file (binary data)")
    encoding = best.encoding
    if encoding.startswith(("utf_16", "utf_32")) or _is_latin(str(best)):
        # UTF-16 and UTF-32 without a NUL byte are guesses on a few bytes ("Café" read as
        # two Chinese characters); a file that is either came through the NUL check.
        encoding = _latin_code_page(data[: 1 << 20])
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


def decode_text(data: bytes) -> str:
    """Decodes text from BOM, UTF-8, UTF-16 or a detected legacy encoding (cp1252 first)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise ReaderError(f"not valid {encoding.upper()} text") from error
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise ReaderError("not a text file (binary data)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_guess(data)
    if text and len(_CONTROL.findall(text[:65536])) > _MAX_CONTROL_SHARE * min(len(text), 65536):
        raise ReaderError("not a text file (binary data)")
    return text
