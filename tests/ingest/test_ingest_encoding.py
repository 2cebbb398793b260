"""Decoding: UTF-8 first, then charset detection (cp1252, latin-1); BOMs stripped; binary refused."""

from __future__ import annotations

import pytest
from ingest_helpers import SECOND_STORY

from eventwire.errors import InputError
from eventwire.ingest import ReadOptions, read_inputs
from eventwire.ingest.decode import decode_bytes

# Our own sentences, with the characters each encoding is known for.
CP1252_TEXT = (
    "The minister said the “extraordinary” summit in Besançon had cost €2.4 million — "
    "far more than the €900,000 first announced. Critics called the overspend “indefensible”, "
    "and the opposition’s finance spokesman demanded that the accounts be published before "
    "the regional council meets again in Montbéliard next week. "
) * 2
LATIN1_TEXT = (
    "El ministro de Economía anunció el martes en Málaga que el Gobierno reducirá el déficit "
    "público en dos años. Según la portavoz, la reforma fiscal afectará a más de un millón de "
    "contribuyentes y entrará en vigor el próximo año, después de su aprobación en el Congreso. "
    "Los sindicatos rechazaron la propuesta y convocaron una huelga para el 15 de octubre. "
) * 2


CP1251_TEXT = (
    "Министр иностранных дел заявил во вторник, что переговоры о поставках зерна продолжатся "
    "в Стамбуле на следующей неделе, несмотря на возражения оппозиции. "
) * 2


@pytest.mark.parametrize("text, encoding", [
    (CP1252_TEXT, "cp1252"), (LATIN1_TEXT, "latin-1"), (CP1251_TEXT, "cp1251")])
def test_ingest_encoding_legacy_files_are_decoded(tmp_path, text, encoding):
    data = text.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the case under test: not UTF-8
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    [article] = read_inputs([str(path)], ReadOptions())
    assert article.text == text


def test_ingest_encoding_cp1252_jsonl_line_is_decoded(tmp_path):
    line = '{"text": "' + CP1252_TEXT + '"}\n'
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(line.encode("cp1252"))
    [article] = read_inputs([str(path)], ReadOptions())
    assert article.text == CP1252_TEXT


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf" + SECOND_STORY.encode("utf-8"),
    SECOND_STORY.encode("utf-16"),  # with its BOM
    SECOND_STORY.encode("utf-8"),
])
def test_ingest_encoding_bom_and_utf16(data):
    assert decode_bytes(data) == SECOND_STORY


@pytest.mark.parametrize("data", [b"text\x00with NUL", bytes(range(256)) * 8])
def test_ingest_encoding_binary_is_refused(data):
    with pytest.raises(InputError) as caught:
        decode_bytes(data)
    assert caught.value.code == "E002"
