"""Error lines are French templates with named fields, translated by the interface."""

import pickle

from itday.core.importing import ImportFileError
from itday.errors import QT_TRANSLATE_NOOP, DatabaseError, ItdayError

ENGLISH = {"Le fichier {name} est vide.": "The file {name} is empty."}


def english(context: str, text: str) -> str:
    assert context == "errors"
    return ENGLISH.get(text, text)


def test_the_french_line_is_the_message_and_the_translation_fills_the_same_fields():
    error = ImportFileError(
        QT_TRANSLATE_NOOP("errors", "Le fichier {name} est vide."), name="a.csv"
    )
    assert str(error) == "Le fichier a.csv est vide."
    assert error.translated(english) == "The file a.csv is empty."


def test_a_plain_line_is_shown_as_it_is_even_with_braces():
    error = ItdayError("valeur {inattendue}")
    assert str(error) == "valeur {inattendue}"
    assert error.translated(english) == "valeur {inattendue}"


def test_a_translation_with_a_wrong_field_still_says_everything():
    error = ItdayError("Base {where} verrouillée.", where="x.sqlite")
    broken = error.translated(lambda c, t: "Database {place} locked.")
    assert "x.sqlite" in broken


def test_errors_survive_pickling_with_their_fields():
    error = DatabaseError("La base {where} est pleine.", where="/tmp/x")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is DatabaseError
    assert str(again) == str(error) and again.params == {"where": "/tmp/x"}
