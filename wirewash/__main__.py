"""python -m wirewash -> the command line."""
import sys

from wirewash.pipeline.launch import main

sys.exit(main())
