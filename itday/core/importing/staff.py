"""The rules of the exhibitors' staff: the people a « Personnel » cell names."""

from __future__ import annotations

import re

from itday.core.importing.values import collapse


def split_staff(text: str) -> list[tuple[str, str]]:
    """« Jean Dupont, Marie Curie ; Luc » → [("Jean", "Dupont"), ("Marie", "Curie"),
    ("Luc", "")]: the first word is the first name, the rest the last name."""
    people: list[tuple[str, str]] = []
    for part in re.split(r"[;,\n/|]+", text or ""):
        words = collapse(part).split(" ")
        if not words or not words[0]:
            continue
        person = (words[0], " ".join(words[1:]))
        if person not in people:
            people.append(person)
    return people
