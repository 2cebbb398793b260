"""Every pipeline stage in one list. Importing this module registers them all.

Order matters: a stage may only read what an earlier one writes (checked at build time).
Events are coded after quotes (to know reported speech and outlets); the three stages after
the coder attach quotes, locations and dates to each event.
"""

from .actors import stage as _actors  # noqa: F401
from .dates import attach as _dates_attach  # noqa: F401
from .dates import stage as _dates  # noqa: F401
from .events import stage as _events  # noqa: F401
from .nlp import stage as _nlp  # noqa: F401
from .places import locate as _places_locate  # noqa: F401
from .places import stage as _places  # noqa: F401
from .quotes import link as _quotes_link  # noqa: F401
from .quotes import stage as _quotes  # noqa: F401

DEFAULT_PIPELINE = [
    "eventwire.nlp.v1",
    "eventwire.actors.v1",
    "eventwire.places.v1",
    "eventwire.dates.v1",
    "eventwire.quotes.v1",
    "eventwire.events.v1",
    "eventwire.quotes.link_events.v1",
    "eventwire.places.locate_events.v1",
    "eventwire.dates.date_events.v1",
]
