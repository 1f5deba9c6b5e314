"""``python -m bench [--quick] [--profile]``: see ``bench/run.py``."""

from bench.run import main

raise SystemExit(main())
