"""One listed file: what makes two listed paths one file, which path names it, and why it must not be opened
(a FIFO, a device, a dangling link, a symlink to a directory, a file gone or replaced since it was listed)."""
from __future__ import annotations

import errno
import os
import stat

from wirewash.transforms.core.readers.listing.paths import Listed, is_remote, path_of


def file_identity(listed: Listed) -> bytes:
    """What makes two inputs one file: for a local file its (st_dev, st_ino) after following symlinks, so a
    symlink, a hardlink and the file itself are one input however they were listed; otherwise (a remote
    URL, a path that cannot be stat'ed such as a dangling link or a loop, an input already found unreadable)
    its location, so each such path is still one input and gets its own rejection."""
    if listed.problem is not None or b"://" in listed.location:
        return listed.location
    try:
        st = os.stat(listed.location)
    except OSError:
        return listed.location
    # No path starts with ":", so an identity never equals a location.
    return b":inode:%d:%d" % (st.st_dev, st.st_ino)


def one_per_file(same: list[Listed]) -> Listed:
    """The input that names a file listed under several paths: a path that is not a symlink before one that
    is (adding a link ``latest.txt`` beside a file must not rename it, nor change its doc_id), then the
    smallest ``source``, then location; so the choice, and every doc_id, is the same whatever order the
    listing came in."""
    if len(same) == 1:
        return same[0]
    return min(same, key=lambda item: (os.path.islink(path_of(item.location)), item.source, item.location))


def symlink_to_directory(path: str) -> tuple[str, str]:
    """The rejection of a symlink ``path`` to a directory found inside an input folder. Not followed, as
    ``find`` and ``rsync -r`` do not: a link to a parent would recur, and a link out of the folder would read
    files nobody named; named in --input itself, it is read."""
    try:
        target = os.readlink(path)
    except OSError as e:
        target = f"{type(e).__name__}: {e.strerror or e}"
    return "symlink_to_directory", (
        f"a symlink to a directory ({target}): links inside an input folder are not followed, so a link loop "
        f"or a link out of the folder is never read; to read it, give it as an --input of its own ({path}/), "
        "or --exclude it"
    )


def unreadable_reason(path: str) -> tuple[str, str] | None:
    """(reason, detail) when a local ``path`` must not be opened, else None (remote paths are always files).

    Opening a FIFO blocks until something writes to it, and a device can be endless: only regular files are
    opened. A dangling symlink or a symlink loop fails the stat.
    """
    if is_remote(path):
        return None
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        why = f"{type(e).__name__}: {e.strerror or e}"
        if isinstance(e, FileNotFoundError) and os.path.islink(path):
            why = f"a dangling symlink (its target does not exist): {why}"
        elif isinstance(e, FileNotFoundError):
            return gone(e)
        elif e.errno == errno.ELOOP:
            why = f"a symlink loop: {why}"
        return "unreadable", why
    if stat.S_ISDIR(mode) and os.path.islink(path):
        return symlink_to_directory(path)
    if not stat.S_ISREG(mode):
        return "not_regular_file", f"not a regular file (mode {stat.filemode(mode)})"
    return None


def gone(e: OSError) -> tuple[str, str]:
    """The rejection of a file listed and then deleted or renamed away before it was opened (a race with
    whoever moves files in the input folder): said as such, not as a bare OS error, and never a failed run."""
    return "unreadable", f"gone before it was read (deleted or renamed after it was listed): {type(e).__name__}: {e.strerror or e}"


def replaced_since_listed(listed: str, now: os.stat_result) -> tuple[str, str] | None:
    """(reason, detail) when the file opened (``now``, its fstat) is not the one listed as ``listed``
    (``"st_dev:st_ino"``): the name was given to another file in between (``mv new latest.jsonl``). Reading it
    would take the newer file for the listed one; its lister (a stream) reads it as the new file it is."""
    identity = f"{now.st_dev}:{now.st_ino}"
    if identity == listed:
        return None
    return "replaced_before_read", (
        f"replaced after it was listed (file {listed}, now {identity}, {now.st_size} bytes): not read as the "
        "file listed; a stream reads the new file at its next poll")
