"""Offline training code: not imported at run time, so it may use scikit-learn and matplotlib."""
