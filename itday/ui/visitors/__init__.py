"""Pieces of the Visiteurs page: table model and filters, edit form, undo commands, batch
badge printing."""
