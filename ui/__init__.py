"""Gradio chat and the HTTP API."""
