"""The anti-abuse layer shared by every public form posted from a static page (contact, "La voz
del migrante", page feedback): the form ticket, origin/size/rate-limit guards with their
`RateLimitWindow` counters, text validators, the shared form fields with the honeypot, and
`forms_guard.check()`, which runs all the checks in one call."""
