"""Benchmarks: `python -m tests.benchmarks --scale S|M|L [--json FILE]` prints measured figures."""
