"""Where documents are read: a local process pool, or a dask.distributed cluster.

Both map one function over (index, path, display path) items and yield its results as they finish, with a
bounded number in flight so that memory does not grow with the number of files.
"""
from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import islice

PARALLEL_FROM = 4   # below this many files a pool costs more than it saves
IN_FLIGHT_PER_WORKER = 4


def local(fn: Callable, items: list[tuple], workers: int | None, warm_up: Callable) -> Iterator:
    workers = min(workers or os.cpu_count() or 1, len(items))
    if workers <= 1 or len(items) < PARALLEL_FROM:
        for item in items:
            yield fn(*item)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(warm_up,)) as pool:
        try:
            yield from _bounded(lambda item: pool.submit(fn, *item), items, workers * IN_FLIGHT_PER_WORKER,
                                lambda pending: wait(pending, return_when=FIRST_COMPLETED)[0])
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _worker_start(warm_up: Callable) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the parent's to handle: it stops the pool
    warm_up()


def dask(fn: Callable, items: list[tuple], scheduler: str) -> Iterator:
    """The same function on a dask.distributed cluster; every worker must see the input paths."""
    from distributed import Client, as_completed

    with Client(scheduler) as client:
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        finished = as_completed()
        todo = iter(items)
        for item in islice(todo, workers * IN_FLIGHT_PER_WORKER):
            finished.add(client.submit(fn, *item, pure=False))
        for future in finished:
            result = future.result()
            future.release()
            for item in islice(todo, 1):
                finished.add(client.submit(fn, *item, pure=False))
            yield result


def _bounded(submit: Callable, items: Iterable, limit: int, some_done: Callable) -> Iterator:
    pending = set()
    for item in items:
        pending.add(submit(item))
        while len(pending) >= limit:
            done = some_done(pending)
            pending -= done
            yield from (f.result() for f in done)
    while pending:
        done = some_done(pending)
        pending -= done
        yield from (f.result() for f in done)
