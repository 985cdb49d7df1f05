"""Load, chunk, embed and store documents for retrieval."""
