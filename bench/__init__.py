"""Load and latency benchmarks (run by hand or `make bench`, never as timed tests)."""
