"""Widgets and models of the Exposants page (the page itself: ``itday.ui.pages.exhibitors``)."""
