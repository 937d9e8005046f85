"""English for the French source strings (used by update_translations.py to fill new messages).

``EN`` maps a French source to its English text for every context; ``BY_CONTEXT`` overrides
it for one ``(context, source)`` when the same French word needs another English one.
"""

EN: dict[str, str] = {}
BY_CONTEXT: dict[tuple[str, str], str] = {}
