"""Demo content for Perú Infomigra: the whole Infomigra tree in Spanish plus its translations.

Development and test only: the app is installed by portal/settings/dev.py and test.py (for the
`load_demo` command), never by the production settings.

`python manage.py load_demo` calls `demo.build.load_demo`. The content lives in demo/data/*.yaml,
one file per area of the portal, every Spanish text next to its translations; `reader.py` (and
`network.py` for the region pages) turns it into page specs that `tree.py` creates and
`translations.py` translates through wagtail-localize.
"""
