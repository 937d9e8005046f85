"""PDF rendering (reportlab): badges, exhibitor lists, directory and booth signs.

Everything here takes plain data (dataclasses), never database objects, and never touches
widgets: the UI runs these functions in a worker with progress and cancellation.
"""

from itday.services.pdf.output import Cancelled, french_date

__all__ = ["Cancelled", "french_date"]
