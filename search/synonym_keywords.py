"""The synonyms a page is also found by on the published site's search (Pagefind).

The server search indexes every synonym group of search/synonyms.txt with the words of a page
(search/analysis.py); Pagefind knows nothing of them. So each page the static index keeps carries,
in a `data-pagefind-meta` field searched with its own weight (static-search.js), the members of
every group its text mentions that the text does not already contain: a page about "trabajo" is
found by "chamba", one about the "carné de extranjería" by "CE".
"""

from functools import cache

from search.analysis import base_language, read_synonyms, synonyms, terms


@cache
def _groups(language):
    """{group term (as search.analysis names it): [(member, its terms)]} for `language`."""
    groups = {}
    for group in read_synonyms():
        members = [(member, tuple(terms(member, language))) for member in group.members]
        members = [(member, member_terms) for member, member_terms in members if member_terms]
        if len(members) > 1:
            groups["".join(members[0][1])] = members
    return groups


def synonym_keywords(text, language):
    """The synonyms of what `text` mentions, comma-separated, those it contains left out."""
    language = base_language(language)
    sequence = terms(text, language)
    found = dict.fromkeys(group for _start, _end, group in synonyms(language).matches(sequence))
    present = {
        tuple(sequence[start:end]) for start, end, _group in synonyms(language).matches(sequence)
    }
    keywords = [
        member
        for group in found
        for member, member_terms in _groups(language).get(group, ())
        if member_terms not in present
    ]
    return ", ".join(dict.fromkeys(keywords))
