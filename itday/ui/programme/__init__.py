"""The Programme view: talk rooms and their sessions (issue 27)."""
