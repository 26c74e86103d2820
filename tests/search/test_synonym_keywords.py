"""The synonyms a page carries for the published site's search (search/synonym_keywords.py)."""

from search.synonym_keywords import synonym_keywords


def test_a_page_is_found_by_the_synonyms_of_what_it_says():
    keywords = synonym_keywords("Cómo renovar tu carné de extranjería y buscar trabajo", "es")
    assert "ce" in keywords.split(", ")
    assert "chamba" in keywords.split(", ")


def test_words_the_page_already_contains_are_left_out():
    keywords = synonym_keywords("Visado de trabajo para España", "es").split(", ")
    assert "visa" in keywords
    assert "visado" not in keywords and "trabajo" not in keywords


def test_a_page_without_synonyms_carries_none():
    assert synonym_keywords("Feria en Arequipa", "es") == ""
