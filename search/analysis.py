"""Text analysis for the database search backend: the one place where words become index terms.

The same functions run when a page is indexed and when a visitor searches, on SQLite (FTS5) and on
PostgreSQL alike, so both backends see identical terms:

1. lowercase and fold accents ("Migración" -> "migracion", "España" -> "espana");
2. drop stop words ("de", "la", "the" ...);
3. a light stemmer per language joins singular/plural, gender and common verb forms
   ("trabajadores", "trabajadora" -> "trabajador"; "renovaciones" -> "renovacion");
4. synonyms from `search/synonyms.txt`: every occurrence of a group member also emits the group's
   term (`index_terms`), and a query replaces a member by that term (`analyse_query`).

Elasticsearch does its own analysis with the same synonyms (search/elasticsearch.py).
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

SYNONYMS_FILE = Path(__file__).with_name("synonyms.txt")
WORD_RE = re.compile(r"[^\W_]+")
MAX_QUERY_TERMS = 12

STOPWORDS = {
    "es": frozenset(
        "a al algo como con cual cuando de del e el ella ellos en entre es esa ese eso esta este "
        "esto ha hay la las le les lo los mas me mi mis muy ni no nos o os para pero por que se "
        "ser si sin sobre son su sus te tu tus u un una unas uno unos y ya yo".split()
    ),
    "en": frozenset(
        "a an and are as at be by can do does for from has have how i if in is it its me my no "
        "not of on or our so that the their there these they this to us was we what when where "
        "which who why will with you your".split()
    ),
}

# Spanish plurals in -es keep the consonant the singular ends with: trabajador-es, pais-es, ley-es.
_ES_PLURAL_CONSONANTS = frozenset("rnldsyj")
_VOWELS = frozenset("aeiou")


def fold(text):
    """Lowercase without diacritics: "Perú, ÑANDÚ" -> "peru, nandu"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem_es(word):
    """A light Spanish stemmer on folded words: plurals, gender, infinitives and gerunds."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ces") and len(word) > 4:
        word = word[:-3] + "z"  # luces -> luz, jueces -> juez
    elif word.endswith("es") and len(word) > 4 and word[-3] in _ES_PLURAL_CONSONANTS:
        word = word[:-2]  # trabajadores -> trabajador, renovaciones -> renovacion
    elif word.endswith("s") and word[-2] in _VOWELS and len(word) > 4:
        word = word[:-1]  # visas -> visa, tramites -> tramite
    for ending in ("iendo", "ando"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]  # trabajando -> trabaj
    if word[-1] in "aoe" and len(word) > 4:
        word = word[:-1]  # trabajadora -> trabajador, tramite -> tramit
    if word[-2:] in ("ar", "er", "ir") and len(word) - 2 >= 4:
        word = word[:-2]  # trabajar -> trabaj (as trabajo), retornar -> retorn (as retorno)
    return word


def stem_en(word):
    """A light English stemmer: plurals, -ing and -ed."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "shes", "ches", "xes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
                word = word[:-1]  # running -> run
            break
    return word


def stem_agglutinative(word):
    """Quechua and Aymara chain suffixes to a root ("kutimuypas", "kutimuyniykita"): keep the
    first five letters, which match the root and its derived forms."""
    return word[:5] if word.isalpha() else word


STEMMERS = {"es": stem_es, "en": stem_en, "qu": stem_agglutinative, "ay": stem_agglutinative}


def base_language(language):
    language = (language or "es").split("-")[0].lower()
    return language if language in STEMMERS else "es"


# A site's vocabulary is small and its words recur on every page: folding and stemming each word
# once per process makes indexing and publishing (the pages' synonym keywords) much cheaper.
WORD_CACHE_SIZE = 100_000


def words(text):
    """(folded word, span) for each word of `text`; spans index `unicodedata.normalize("NFC", text)`."""
    text = unicodedata.normalize("NFC", text)
    return [(_fold_word(match.group()), match.span()) for match in WORD_RE.finditer(text)]


_fold_word = lru_cache(maxsize=WORD_CACHE_SIZE)(fold)


def term(word, language):
    """The index term of one folded word, or None for a stop word."""
    return _term(word, base_language(language))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _term(word, language):
    if word in STOPWORDS.get(language, ()) or (len(word) == 1 and not word.isdigit()):
        return None
    return STEMMERS[language](word)


def terms(text, language):
    """The index terms of `text` in order (stop words dropped)."""
    language = base_language(language)
    result = []
    for word, _span in words(text):
        value = _term(word, language)
        if value:
            result.append(value)
    return result


# -- synonyms -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SynonymGroup:
    members: tuple  # the raw members as written in synonyms.txt

    @property
    def name(self):
        return self.members[0]


def read_synonyms(path=SYNONYMS_FILE):
    """The synonym groups of the data file, in file order."""
    groups = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        members = tuple(member.strip() for member in line.split(",") if member.strip())
        if len(members) > 1:
            groups.append(SynonymGroup(members))
    return groups


@dataclass
class CompiledSynonyms:
    """Synonym members as term sequences for one language, longest first."""

    members: list = field(default_factory=list)  # [(terms tuple, group term)]
    expansions: dict = field(default_factory=dict)  # group term -> every member's terms

    @cached_property
    def by_first_term(self):
        """{first term: [(member, group term)]}, longest members first (as `members`)."""
        index = {}
        for member, group_term in self.members:
            index.setdefault(member[0], []).append((member, group_term))
        return index

    def matches(self, sequence):
        """(start, end, group term) for every member occurring in `sequence`, overlaps included."""
        found = []
        for start in range(len(sequence)):
            for member, group_term in self.by_first_term.get(sequence[start], ()):
                end = start + len(member)
                if tuple(sequence[start:end]) == member:
                    found.append((start, end, group_term))
        return found


@cache
def synonyms(language):
    language = base_language(language)
    compiled = CompiledSynonyms()
    for group in read_synonyms():
        group_terms = [tuple(terms(member, language)) for member in group.members]
        group_terms = [member for member in group_terms if member]
        if len(group_terms) < 2:
            continue
        group_term = "".join(group_terms[0])
        compiled.expansions[group_term] = {word for member in group_terms for word in member}
        for member in group_terms:
            compiled.members.append((member, group_term))
    compiled.members.sort(key=lambda item: -len(item[0]))
    return compiled


# -- indexing and querying ------------------------------------------------------------------------


def index_terms(text, language):
    """Terms to index for `text`: its own terms, each synonym group term after its member."""
    sequence = terms(text, language)
    if not sequence:
        return []
    extra = {}
    for _start, end, group_term in synonyms(language).matches(sequence):
        extra.setdefault(end, []).append(group_term)
    result = []
    for position, value in enumerate(sequence, start=1):
        result.append(value)
        result.extend(term for term in extra.get(position, ()) if term != value)
    return result


def index_text(text, language):
    return " ".join(index_terms(text, language))


@dataclass(frozen=True)
class AnalysedQuery:
    """A visitor's query turned into index terms.

    `required`: every one must match (synonym members replaced by their group term);
    `optional`: the looser set used when nothing matches them all;
    `highlight`: the terms that mark a word of a result snippet.
    """

    required: tuple
    optional: tuple
    highlight: frozenset

    def __bool__(self):
        return bool(self.required)


def analyse_query(query, language):
    sequence = terms(query, language)[:MAX_QUERY_TERMS]
    compiled = synonyms(language)
    required, position = [], 0
    # Longest synonym member first at each position, left to right.
    while position < len(sequence):
        for member, group_term in compiled.members:
            if tuple(sequence[position : position + len(member)]) == member:
                required.append(group_term)
                position += len(member)
                break
        else:
            required.append(sequence[position])
            position += 1
    required = tuple(dict.fromkeys(required))
    optional = tuple(dict.fromkeys(required + tuple(sequence)))
    highlight = set(sequence)
    for value in required:
        highlight |= compiled.expansions.get(value, {value})
    return AnalysedQuery(required, optional, frozenset(highlight))
