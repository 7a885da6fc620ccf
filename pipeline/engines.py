"""Where documents are read: a local process pool, or a dask.distributed cluster.

Both map one function over items (tuples whose first element is the item's index) and yield its results
as they finish, with a bounded number in flight so that memory does not grow with the number of files.
A document that kills the process reading it (a crash in a native library, memory) does not stop the
run: `crashed(*item)` gives its result instead.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

PARALLEL_FROM = 4   # below this many files a pool costs more than it saves
IN_FLIGHT_PER_WORKER = 4
CHUNK = 8          # at most this many items in one message to a worker


def local(fn: Callable, items: list[tuple], workers: int | None, warm_up: Callable, crashed: Callable) -> Iterator:
    workers = min(workers or os.cpu_count() or 1, len(items))
    if workers <= 1 or len(items) < PARALLEL_FROM:
        for item in items:
            yield fn(*item)
        return
    if multiprocessing.get_start_method() == "fork":
        warm_up()       # once, here: the forked workers share what it loads (jieba's dictionary above all)
        gc.freeze()     # and the collector in a worker leaves those pages alone, so they stay shared
    try:
        yield from _pool(fn, items, workers, warm_up, crashed)
    finally:
        gc.unfreeze()


def _pool(fn: Callable, items: list[tuple], workers: int, warm_up: Callable, crashed: Callable) -> Iterator:
    # items go out a few at a time: fewer messages for the pool's threads, which share the GIL with the
    # parent while it writes the outputs of the documents read so far
    size = max(1, min(CHUNK, len(items) // (workers * IN_FLIGHT_PER_WORKER)))
    queue = deque(tuple(items[k:k + size]) for k in range(0, len(items), size))
    while queue:
        pending: dict = {}
        suspects: list[tuple] = []
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(warm_up,))
        try:
            while queue or pending:
                while queue and len(pending) < workers * IN_FLIGHT_PER_WORKER:
                    chunk = queue.popleft()
                    pending[pool.submit(_each, fn, chunk)] = chunk
                for future in wait(pending, return_when=FIRST_COMPLETED)[0]:
                    chunk = pending.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        suspects = [*chunk, *(item for other in pending.values() for item in other)]
                        raise
                    yield from results
        except BrokenProcessPool:
            # the pool went down with every document in flight: each is read again alone, so that the one
            # that kills its worker is found and the others go through
            for item in suspects:
                yield _alone(fn, item, warm_up, crashed)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _each(fn: Callable, chunk: tuple) -> list:
    return [fn(*item) for item in chunk]


def _alone(fn: Callable, item: tuple, warm_up: Callable, crashed: Callable):
    with ProcessPoolExecutor(max_workers=1, initializer=_worker_start, initargs=(warm_up,)) as pool:
        try:
            return pool.submit(fn, *item).result()
        except BrokenProcessPool:
            return crashed(*item)


def _worker_start(warm_up: Callable) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the parent's to handle: it stops the pool
    warm_up()


def dask(fn: Callable, items: list[tuple], scheduler: str, crashed: Callable) -> Iterator:
    """The same function on a dask.distributed cluster; every worker must see the input paths."""
    from distributed import Client, as_completed

    with Client(scheduler) as client:
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        queue = deque(items)
        submitted: dict = {}
        finished = as_completed()

        def submit() -> None:
            item = queue.popleft()
            future = client.submit(fn, *item, pure=False)
            submitted[future.key] = item
            finished.add(future)
        while queue and len(submitted) < workers * IN_FLIGHT_PER_WORKER:
            submit()
        for future in finished:
            item = submitted.pop(future.key)
            try:
                result = future.result()
            except Exception:   # the cluster gave up on it (KilledWorker: it killed the workers it ran on)
                result = crashed(*item)
            future.release()
            if queue:
                submit()
            yield result
