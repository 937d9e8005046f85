"""The PySide6 desktop interface (one module a screen; app.py builds everything)."""
