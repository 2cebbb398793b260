"""Bytes to text: UTF-8 first, then charset detection; binary data is refused."""

from __future__ import annotations

import codecs

from ..errors import InputError

# How much of a file is looked at to decide that it is binary.
BINARY_SNIFF_BYTES = 8192


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
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("not UTF-8 and no text encoding fits", code="E002")
    return str(best)


def detected_encoding(data: bytes) -> str | None:
    """The encoding :func:`decode_bytes` would use (for notes and tests)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf_8"
    try:
        data.decode("utf-8")
        return "utf_8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return best.encoding if best else None
