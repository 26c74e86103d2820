"""The portal's URL space in one table: what the CMS answers, what comes from the published site.

Read by the static layer of `make run` (publishing/serve.py), robots.txt (publishing/sitemap.py)
and the admin's Content-Security-Policy (ADMIN_PATH_PREFIXES); the nginx template
(deploy/nginx/infomigra.conf.template) is checked against it by tests/publishing/test_paths.py.
"""

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Always the CMS.
CMS_PREFIXES = (*ADMIN_PREFIXES, "/api/", "/health/")
# /<language>/<section>/...: the CMS (the search page without a query is a published file).
CMS_LANGUAGE_SECTIONS = ("search", "forms")
STATIC_SEARCH_SECTION = "search"
# The published release first, then the CMS (files added since the last publish, private media).
RELEASE_THEN_CMS_PREFIXES = ("/static/", "/media/", "/documents/")
# Kept out of search engines: the CMS's own paths (the health probe is harmless and unlisted).
NOT_FOR_CRAWLERS = (*ADMIN_PREFIXES, "/api/")
