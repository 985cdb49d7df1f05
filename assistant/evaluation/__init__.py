"""Scored question sets, baselines, benchmarks and calibration. Never imported by the request path
(tests/unit/test_layout.py checks it)."""
