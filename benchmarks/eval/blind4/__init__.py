"""blind4: a furniture evaluation set written blind to wirewash's cleaner (see README.md in this folder)."""
