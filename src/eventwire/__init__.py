"""eventwire: political event data from news text, with evidence."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventwire")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

CODER_VERSION = "eventwire-coder/0.1"
