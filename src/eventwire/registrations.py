"""Every pipeline stage in one list. Importing this module registers them all.

Order matters: a stage may only read what an earlier one writes (checked at build time).
"""

from .nlp import stage as _nlp  # noqa: F401

DEFAULT_PIPELINE = [
    "eventwire.nlp.v1",
]
