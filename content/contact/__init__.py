"""Contáctenos and "La voz del migrante": public forms whose entries are stored first.

Contact messages are saved with a reference number and two outbox entries (one for the Infomigra
mailbox, one confirming receipt to the visitor) in one transaction; a django-tasks worker delivers
them with retries. "La voz del migrante" entries are stored for DML moderators, who may publish
them, anonymised, as testimonials on the line 3 page. See the README section "Contáctenos".
"""
