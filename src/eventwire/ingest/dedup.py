"""Near-duplicate articles: MinHash over word 5-shingles, indexed with MinHashLSH.

Signatures are bytes so the store can persist them and rebuild an index later. A text too
short to shingle meaningfully (< 30 words) only matches an exact copy (after normalisation).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
MIN_WORDS_FOR_MINHASH = 30
# Fixed so signatures made in different processes (and stored) stay comparable.
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch >= 2.0; 32-bit values, stored little-endian
_VALUE_DTYPE = np.dtype("<u4")
_MINHASH_TAG = b"M1"
_EXACT_TAG = b"X1"
_WORD = re.compile(r"\w+")


def normalised_words(text: str) -> list[str]:
    """Words compared for duplication: NFKC, case-folded, punctuation and spacing ignored."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


class NearDuplicateIndex:
    """Finds the first added article a text near-duplicates (estimated Jaccard >= threshold).

    >>> index = NearDuplicateIndex()
    >>> index.add("a1", index.signature(text))          # doctest: +SKIP
    >>> index.find(index.signature(edited_copy))        # doctest: +SKIP
    'a1'
    """

    # 0.7: over all 3,974 Wikinews articles no two distinct articles reach it, while a copy with one
    # sentence replaced is caught in 84% of 150-300 word articles (28% at 0.85).
    def __init__(self, threshold: float = 0.7, num_perm: int = 128):
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._minhashes: dict[str, MinHash] = {}
        self._exact: dict[bytes, str] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._order)

    def signature(self, text: str) -> bytes:
        """Serialised MinHash values (or an exact hash for short texts), tagged with their kind."""
        words = normalised_words(text)
        if len(words) < MIN_WORDS_FOR_MINHASH:
            return _EXACT_TAG + hashlib.sha256(" ".join(words).encode("utf-8")).digest()
        shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
                    for i in range(len(words) - SHINGLE_WORDS + 1)}
        minhash = MinHash(num_perm=self.num_perm, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
        minhash.update_batch(list(shingles))
        return _MINHASH_TAG + minhash.hashvalues.astype(_VALUE_DTYPE).tobytes()

    def add(self, article_id: str, signature: bytes) -> None:
        """Index an article; adding an id twice keeps the first signature."""
        if article_id in self._order:
            return
        kind, payload = self._parse(signature)
        self._order[article_id] = len(self._order)
        if kind == "exact":
            self._exact.setdefault(payload, article_id)
            return
        minhash = self._minhash(payload)
        self._minhashes[article_id] = minhash
        self._lsh.insert(article_id, minhash)

    def find(self, signature: bytes) -> str | None:
        """The earliest added article this signature near-duplicates, or None."""
        kind, payload = self._parse(signature)
        if kind == "exact":
            return self._exact.get(payload)
        minhash = self._minhash(payload)
        # LSH candidates include chance collisions: keep those whose estimate passes.
        matches = [key for key in self._lsh.query(minhash)
                   if minhash.jaccard(self._minhashes[key]) >= self.threshold]
        return min(matches, key=self._order.__getitem__) if matches else None

    def _parse(self, signature: bytes) -> tuple[str, bytes]:
        tag, payload = signature[:2], signature[2:]
        if tag == _EXACT_TAG and len(payload) == 32:
            return "exact", payload
        if tag == _MINHASH_TAG and len(payload) == self.num_perm * _VALUE_DTYPE.itemsize:
            return "minhash", payload
        raise ValueError(f"not a signature of this index (tag {tag!r}, {len(payload)} bytes, "
                         f"num_perm={self.num_perm})")

    def _minhash(self, payload: bytes) -> MinHash:
        values = np.frombuffer(payload, dtype=_VALUE_DTYPE).astype(np.uint32)
        return MinHash(num_perm=self.num_perm, seed=MINHASH_SEED, hashvalues=values,
                       scheme=MINHASH_SCHEME)
