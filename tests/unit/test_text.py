from hypothesis import given
from hypothesis import strategies as st

from itday.core.text import fold, search_key


def test_fold_removes_accents_and_case():
    assert fold("Lefèvre") == "lefevre"
    assert fold("LEFÈVRE") == "lefevre"
    assert fold("  Jean-Pierre   D'Almeida ") == "jean-pierre d'almeida"


def test_fold_special_letters():
    assert fold("Łódź Øre Straße ı") == "lodz ore strasse i"


def test_search_key_joins_parts():
    assert search_key("Émile", None, "Société Générale") == "emile societe generale"


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_split_capitals_only_between_a_lowercase_and_a_capital():
    from itday.core.text import split_capitals

    assert split_capitals("InsightLearning SAS") == "Insight Learning SAS"
    assert split_capitals("BastionSécurité") == "Bastion Sécurité"
    assert split_capitals("ÉcoImpact") == "Éco Impact"
    assert split_capitals("CNES IBM") == "CNES IBM"
    assert split_capitals("NéoIoT") == "Néo IoT"
    assert split_capitals("DataIA") == "DataIA"


def _fold_as_written_first(text: str) -> str:
    """``fold`` as it was before its shortcuts (issue 24.17): the reference."""
    import unicodedata

    from itday.core.text import _ACCENTS, _SPECIAL

    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    lowered = decomposed.casefold()
    if lowered != decomposed:
        decomposed = unicodedata.normalize("NFKD", lowered.translate(_SPECIAL))
    stripped = decomposed.translate(_ACCENTS)
    if not stripped.isascii():
        stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def test_fold_gives_what_it_gave_before_its_shortcuts_for_every_character():
    # the basic plane, and the mathematical letters of the next one (𝕬: compatibility forms)
    points = [*range(0xD800), *range(0xE000, 0x10000), *range(0x1D400, 0x1D800)]
    different = [hex(cp) for cp in points if fold(chr(cp)) != _fold_as_written_first(chr(cp))]
    assert different == []
    for text in ("Łódź Øre Straße ı", "Ǆemal ŒUVRE", "Thi\u00a0Lan\u2009Ng", "e\u0301\u0327", "𝕬ß"):
        assert fold(text) == _fold_as_written_first(text)


@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF, exclude_categories=["Cs"])))
def test_fold_gives_what_it_gave_before_its_shortcuts(text):
    assert fold(text) == _fold_as_written_first(text)
