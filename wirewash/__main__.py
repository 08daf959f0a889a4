"""python -m wirewash -> the command line."""
import sys

from wirewash.pipeline.cli import main

sys.exit(main())
