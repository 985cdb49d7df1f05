"""Which passages answer a question: follow-up rewriting, hybrid dense + BM25 search, corpus coverage."""
