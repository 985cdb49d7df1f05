"""finbot: grounded, cited answers over financial documents."""

import os

# torch's OpenMP threads busy-wait by default; on a small shared CPU they spin against each
# other and decoding slows several-fold (docs/models.md). Must be set before torch loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"
