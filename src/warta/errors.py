"""The exceptions warta raises. Every one means the input cannot give a record.

    WartaError
    └── InputError            the input itself is unusable
        ├── EmptyInputError       nothing but whitespace or markup without text
        ├── InputTooLargeError    more bytes than `Options.max_bytes`
        └── UndecodableInputError bytes that decode to no text in any plausible encoding
"""

from __future__ import annotations


class WartaError(Exception):
    """Base of every exception warta raises on purpose."""


class InputError(WartaError, ValueError):
    """The input cannot be turned into an article."""


class EmptyInputError(InputError):
    """The input holds no text."""


class InputTooLargeError(InputError):
    """The input exceeds `Options.max_bytes`."""


class UndecodableInputError(InputError):
    """The bytes do not decode to text."""
