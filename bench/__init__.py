"""Benchmarks of KawanGig, run by hand (``python -m bench``); never timed inside tests."""
