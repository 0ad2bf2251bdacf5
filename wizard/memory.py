"""How the process keeps memory it frees: a running program reuses it.

A document of long answers is built from strings and bytes of a megabyte or more, freed
again when it is written. glibc gives such blocks back to the system at once (each is
a mapping of its own, and a free stretch at the top of the heap is trimmed), so every
export and every preview of such a project first touches fresh pages again: some 1,500
page faults, a tenth of the fullest project's export. ``keep_freed_memory`` lets glibc
keep blocks of up to a few megabytes in the heap, and freed memory up to a bound, for
the next document. Elsewhere (Windows, macOS, another C library) it does nothing.
"""

from __future__ import annotations

import functools
import sys

# glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
# A block larger than this is still a mapping of its own: a document's largest, a
# section of long answers or a main part, is about one megabyte.
MAPPED_FROM = 4 * 1024 * 1024
# At most this much freed memory stays with the process beyond what it uses.
KEPT = 16 * 1024 * 1024


@functools.cache
def keep_freed_memory() -> bool:
    """Tell glibc, once per process, to keep freed blocks for reuse; whether it took."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only here: nowhere else needs it, and it costs a start

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    # mallopt returns 1 when it took the value, 0 when it refused it.
    mapped = mallopt(_M_MMAP_THRESHOLD, MAPPED_FROM)
    kept = mallopt(_M_TRIM_THRESHOLD, KEPT)
    return bool(mapped and kept)
