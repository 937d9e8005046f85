"""Widgets of the Accueil (check-in) page: preview, result panel, counters, search, scanner."""
