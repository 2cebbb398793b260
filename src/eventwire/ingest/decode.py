"""Bytes to text: UTF-8 first, then charset detection; binary data is refused."""

from __future__ import annotations

import codecs

from ..errors import InputError

# How much of a file is looked at to decide that it is binary.
BINARY_SNIFF_BYTES = 8192
# Legacy encodings news text arrives in. Left to itself charset-normalizer also weighs DOS
# and Mac code pages (cp775, cp850, hp_roman8 ...) and picks them for Western text.
NEWS_ENCODINGS = [
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1257", "cp1254", "iso8859_9",
    "cp1251", "koi8_r", "koi8_u", "cp1253", "iso8859_7", "cp1255", "cp1256",
    "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr", "utf_16", "utf_32",
]
# Latin-script single-byte encodings that score alike on the same bytes; cp1252 (the web's
# reading of "latin-1") is taken among them, as browsers do. They differ only in a few letters.
LATIN_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1257",
                     "iso8859_13", "iso8859_4", "iso8859_10", "cp1254", "iso8859_9"}


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first block mean binary, unless the text is UTF-16/32 with a BOM."""
    head = data[:BINARY_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` as UTF-8 (BOM stripped), else as the encoding charset-normalizer detects.

    Raises :class:`InputError` ``E002`` for binary or undecodable data.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"bad UTF-16: {exc.reason}", code="E002") from exc
    if looks_binary(data):
        raise InputError("the data contains NUL bytes", code="E002")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detect_legacy_encoding(data)
    if encoding is None:
        raise InputError("not UTF-8 and no text encoding fits", code="E002")
    return data.decode(encoding)


def _detect_legacy_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=NEWS_ENCODINGS).best()
    if best is None:
        return None
    if best.encoding in LATIN_SINGLE_BYTE and _decodes_cleanly(data, "cp1252"):
        return "cp1252"
    return best.encoding


def _decodes_cleanly(data: bytes, encoding: str) -> bool:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return not any("\x80" <= ch <= "\x9f" for ch in text)  # C1 controls: the wrong code page
