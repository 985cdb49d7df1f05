"""The `finbot` command line: argument parsing and terminal output only."""
