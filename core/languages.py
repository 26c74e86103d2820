"""Language data Django lacks: Quechua (qu) and Aymara (ay).

Django's `get_language_info` raises for codes missing from `LANG_INFO`; registering them
at start-up lets templates, Wagtail and wagtail-localize treat them like any other language.
"""

from django.conf.locale import LANG_INFO

EXTRA_LANG_INFO = {
    "qu": {"bidi": False, "code": "qu", "name": "Quechua", "name_local": "Runasimi"},
    "ay": {"bidi": False, "code": "ay", "name": "Aymara", "name_local": "Aymar aru"},
}


def register_languages():
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
