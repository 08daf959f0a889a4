"""Readers: one module per input format (a package where one grew large: ``warc``), a registry that picks one
by file name, compression layers that wrap any of them, and the listing of input paths.
``registry.parse_stream`` is the entry point."""
