"""The Spanish (and English, Quechua, Aymara) analysis shared by indexing and querying."""

import pytest

from search.analysis import analyse_query, fold, index_terms, read_synonyms, terms


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("trabajador", "trabajadores"),
        ("trabajador", "trabajadoras"),
        ("renovacion", "renovación"),
        ("renovación", "renovaciones"),
        ("migracion", "Migraciones"),
        ("tramites", "trámite"),
        ("peru", "Perú"),
        ("espana", "España"),
        ("visa", "visas"),
        ("pais", "países"),
        ("ley", "leyes"),
        ("trabajar", "trabajo"),
        ("retornar", "retorno"),
        ("trabajando", "trabajos"),
        ("peruano", "peruanas"),
    ],
)
def test_spanish_inflections_and_accents_meet(a, b):
    assert terms(a, "es") == terms(b, "es")


@pytest.mark.parametrize(
    ("a", "b"),
    [("trabajo", "trata"), ("visa", "vida"), ("chile", "china"), ("mes", "meta")],
)
def test_different_words_stay_apart(a, b):
    assert terms(a, "es") != terms(b, "es")


def test_stop_words_and_punctuation_are_dropped():
    assert terms("¿Cómo obtener el visado de trabajo?", "es") == ["obten", "visad", "trabaj"]
    assert terms('"NEAR" OR * - \' ;', "es") == ["near", "or"]


def test_english_light_stemming():
    assert terms("workers working permits", "en") == ["worker", "work", "permit"]


def test_quechua_and_aymara_match_roots():
    assert terms("kutimuy", "qu") == terms("Kutimuypas kutimuyniykita", "qu")[:1]
    assert terms("irnaqaña", "ay") == terms("irnaqiri", "ay")


def test_fold():
    assert fold("ÑANDÚ Perú Émigré") == "nandu peru emigre"


def test_synonyms_file_is_well_formed():
    groups = read_synonyms()
    assert len(groups) >= 15
    assert all(len(group.members) >= 2 for group in groups)


def test_index_emits_synonym_group_after_each_member():
    indexed = index_terms("Pide tu visado de trabajo y tu carné de extranjería (CE).", "es")
    for group_term in ("visa", "permistrabaj", "carnextranjeri"):
        assert group_term in indexed
    assert indexed.count("carnextranjeri") == 2  # the full name and the acronym


def test_query_replaces_members_by_their_group():
    analysed = analyse_query("visa de trabajo espana", "es")
    assert analysed.required == ("permistrabaj", "espan")
    assert {"visa", "trabaj", "espan"} <= set(analysed.optional)
    assert {"visad", "permis", "autorizacion"} <= analysed.highlight
    assert analyse_query("CE", "es").required == ("carnextranjeri",)
    assert analyse_query("carné de extranjería", "es").required == ("carnextranjeri",)


def test_query_without_words_is_empty():
    assert not analyse_query("¿? * - de la", "es")


def test_query_length_is_bounded():
    assert len(analyse_query("palabra " * 5000, "es").required) == 1
    assert len(analyse_query(" ".join(f"w{n}" for n in range(100)), "es").required) == 12
