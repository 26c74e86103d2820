"""Demo content for Perú Infomigra: the whole Infomigra tree in Spanish plus its translations.

Development and test only: the app is installed by portal/settings/dev.py and test.py (for the
`load_demo` command), never by the production settings.

`python manage.py load_demo` calls `demo.build.load_demo`. Texts live in the data modules
(`home`, `lines`, `guides`, `legislation`, `news_events`, `studies_links`, `standard_pages`) as
`T(es, en, qu, ay)` pairs, so every Spanish sentence sits next to its translations.
"""
