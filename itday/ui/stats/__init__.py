"""Widgets of the Statistiques page: number cards, the arrivals chart, its dialogs and the
automatic backup timer."""
