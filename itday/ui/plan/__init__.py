"""The plan editor's parts: scene and items, view, undo commands, dialogs and side panels."""
