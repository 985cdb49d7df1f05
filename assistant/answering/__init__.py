"""From passages to a checked Answer: routing, table reading and arithmetic, generation, verification,
confidence. `pipeline.Assistant` is the request path's one entry point."""
