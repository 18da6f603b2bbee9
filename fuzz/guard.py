"""Run `warta.extract` on one input in a forked child, so a hang is a finding, not a stuck run.

A pathological regex spends its time inside C, where neither signals nor thread timeouts can stop
it; only a separate process can be stopped. Forking (where the platform allows it) costs a few
milliseconds and no re-import.
"""

from __future__ import annotations

import multiprocessing
import pickle
import time
import traceback
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from typing import Any

import warta
from fuzz.checks import problems


@dataclass(frozen=True)
class Outcome:
    """What one guarded call gave: a record, a WartaError, a crash, or a hang."""

    article: warta.Article | None = None
    error: warta.WartaError | None = None
    crash: str | None = None  # the traceback of any exception that is not a WartaError
    hang: bool = False
    seconds: float = 0.0
    #: Broken promises of the returned record (`fuzz.checks.problems`).
    problems: tuple[str, ...] = ()

    @property
    def finding(self) -> str | None:
        """Why this input is a bug in warta, or None when it is not."""
        if self.hang:
            return f"hang: over {self.seconds:.0f} s"
        if self.problems:
            return "bad record: " + "; ".join(self.problems)
        return self.crash


def _child(conn: Connection, raw: str | bytes, kwargs: dict[str, Any]) -> None:
    try:
        article = warta.extract(raw, **kwargs)
        result = Outcome(article=article, problems=tuple(problems(article)))
    except warta.WartaError as error:
        result = Outcome(error=error)
    except BaseException:
        result = Outcome(crash=traceback.format_exc())
    try:
        conn.send_bytes(pickle.dumps(result))
    except (pickle.PicklingError, TypeError, AttributeError):
        conn.send_bytes(pickle.dumps(Outcome(crash=traceback.format_exc())))
    conn.close()


def guarded(raw: str | bytes, *, timeout: float = 60.0, **kwargs: Any) -> Outcome:
    """`warta.extract(raw, **kwargs)` in a child process stopped after `timeout` seconds.

    >>> guarded("Judul\\n\\nJakarta - Hujan deras turun sejak pagi, kata petugas.").finding
    """
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, raw, kwargs), daemon=True)
    started = time.perf_counter()
    process.start()
    child.close()
    try:
        ready = parent.poll(timeout)
        outcome: Outcome | None = pickle.loads(parent.recv_bytes()) if ready else None
    except EOFError:
        process.join()
        outcome = Outcome(crash=f"the child died with exit code {process.exitcode}")
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        parent.close()
    seconds = time.perf_counter() - started
    if outcome is None:
        return Outcome(hang=True, seconds=seconds)
    return replace(outcome, seconds=seconds)
