import sys

from wirewash.pipeline.launch import main

sys.exit(main())
