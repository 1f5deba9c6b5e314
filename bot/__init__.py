"""KawanGig: a Telegram bot giving Indonesian gig workers cited legal information.

Two thread pools share this process's CPU: OpenBLAS (numpy's matrix products) and the
OpenMP threads of the embedding model. Left at their defaults they spin while waiting and
starve each other on a small machine (a question took 195 ms instead of 26 ms on 2 cores,
measured in bench/semantic.py). The products here are small, so numpy gets one thread, and the
model's idle threads sleep instead of spinning. Set before numpy is first imported; an
environment that sets them already wins.
"""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
