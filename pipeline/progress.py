"""How far a run is: a bar with counts, rate and time left on a terminal, a plain line every few seconds
otherwise (logs, CI), nothing with -q. It goes to stderr: stdout keeps the run's one-line summary."""
from __future__ import annotations

import sys
import time
from collections.abc import Callable

PLAIN_EVERY = 5.0   # seconds between plain lines


def progress(quiet: bool) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """(update(done, total), close()) for this run's stderr."""
    if quiet:
        return (lambda done, total: None), (lambda: None)
    if sys.stderr.isatty():
        return _bar()
    return _plain()


def _bar():
    from tqdm import tqdm

    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="份", desc="ziping", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
        bar.update(done - bar.n)

    def close() -> None:
        if bar is not None:
            bar.close()
    return update, close


def _plain():
    first = last = 0.0

    def update(done: int, total: int) -> None:
        nonlocal first, last
        now = time.monotonic()
        if done == 1:           # the rate is counted from the first document read, start-up left out
            first = last = now
            return
        if now - last < PLAIN_EVERY:
            return
        last = now
        rate = (done - 1) / max(now - first, 1e-9)
        print(f"ziping: {done}/{total} documents read, {rate:.1f}/s, about {(total - done) / rate:.0f} s left",
              file=sys.stderr, flush=True)
    return update, (lambda: None)
