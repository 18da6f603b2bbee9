from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpeechWords:
    """Words of attribution: speech verbs, "according to", pronouns. Filled by the speech issue."""

    #: Verbs that attribute a direct quote: "kata", "ujar"; "said", "told".
    verbs: tuple[str, ...] = ()
