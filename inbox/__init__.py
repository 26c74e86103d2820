"""The Infomigra mailbox: Contáctenos and "La voz del migrante", public forms whose entries are
stored first, the outbox that delivers them, and the operators' admin.

Contact messages are saved with a reference number and two outbox entries (one for the Infomigra
mailbox, one confirming receipt to the visitor) in one transaction; a django-tasks worker delivers
them with retries. "La voz del migrante" entries are stored for DML moderators, who may publish
them, anonymised, as testimonials on the line 3 page. See docs/mailbox-operators.md and docs/development.md.

The package is called `inbox`, not `mailbox`: a top-level `mailbox` package would shadow Python's
standard-library `mailbox` module, which aiosmtpd (the tests' SMTP server) imports.
"""
