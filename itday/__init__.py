"""itday: run an exhibition day on site."""

__version__ = "0.1.0"
