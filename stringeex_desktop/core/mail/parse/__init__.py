"""Turn raw inbound bytes into a `ParsedMessage`, whatever the bytes are.

One module per concern: `prescan` (caps, walked before the stdlib parser sees anything),
`charsets`, `headers` (addresses, Message-IDs, dates), `html_text`, `filenames`, and
`message`, which puts them together. `pool` runs the parser in worker processes.
"""

from .charsets import decode_bytes, decode_words
from .filenames import safe_filename
from .html_text import html_to_text
from .message import ParsedAttachment, ParsedMessage, parse_message
from .pool import ParsePool
from .prescan import Limits

__all__ = ["Limits", "ParsePool", "ParsedAttachment", "ParsedMessage", "decode_bytes",
           "decode_words", "html_to_text", "parse_message", "safe_filename"]
