"""Backups: one archive holds a consistent database dump, the media files and a manifest.

`manage.py backup` writes the archive; `manage.py restore ARCHIVE` checks it whole before it
replaces the database and the media folder. SQLite is copied with SQLite's online backup API and
PostgreSQL with pg_dump / pg_restore + psql (in one transaction); an archive restores into a
database of the same kind.
"""
