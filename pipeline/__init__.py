"""wirewash pipeline assembly, options and command line."""
