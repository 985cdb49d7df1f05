"""Every message tagged with intent and sentiment; who is handed to a person."""
