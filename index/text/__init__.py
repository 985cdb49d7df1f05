"""Text rules shared by ingest and answering: one tokenizer and stop-word list, one number grammar."""
