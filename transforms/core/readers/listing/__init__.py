"""Input paths: ``--input`` -> patterns -> every file they match, listed without recursion or surprises.

A local pattern is listed here, not by Beam's glob: the walk is iterative (a tree 1,100 levels deep is fine),
a directory that cannot be listed is reported instead of silently skipped, file names that are not UTF-8 are
carried as bytes, and a path that exists is taken literally (``[`` and ``\\`` in a name are not pattern
syntax). Symlinks to directories are not followed (so a loop ends); each is reported.

``paths`` turns ``--input`` into patterns and names a listed input; ``walk`` lists a local pattern;
``outputs`` tells wirewash's own folders (outputs, indexes, streams) apart; ``files`` says which paths are one
file and which must not be opened.
"""
from wirewash.transforms.core.readers.listing.files import (
    file_identity,
    gone,
    one_per_file,
    replaced_since_listed,
    symlink_to_directory,
    unreadable_reason,
)
from wirewash.transforms.core.readers.listing.outputs import (
    folders_holding,
    holds_stream,
    ours_report,
    stream_output_at,
    wirewash_at,
    wirewash_report,
)
from wirewash.transforms.core.readers.listing.paths import (
    Listed,
    canonical,
    escape,
    expand_input,
    input_entries,
    is_remote,
    literal,
    path_of,
    source_name,
    versioned_source,
)
from wirewash.transforms.core.readers.listing.walk import EXCLUDED, list_local, matches_nothing

__all__ = [
    "EXCLUDED", "Listed", "canonical", "escape", "expand_input", "file_identity", "folders_holding", "gone",
    "holds_stream", "input_entries", "is_remote", "list_local", "literal", "matches_nothing", "one_per_file",
    "ours_report", "path_of", "replaced_since_listed", "source_name", "stream_output_at",
    "symlink_to_directory", "unreadable_reason", "versioned_source", "wirewash_at", "wirewash_report",
]
