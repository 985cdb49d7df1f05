"""finbot: grounded, cited answers over financial documents."""

__version__ = "0.1.0"
