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
