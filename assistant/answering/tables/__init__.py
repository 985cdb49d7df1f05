"""Answers read from table cells without a model: one cell, several years of a row, comparisons, counts,
line items, and finbot's own arithmetic over named cells."""
