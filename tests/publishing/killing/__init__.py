"""A test-only Django app: makes a publish fail half-way, for real, on a chosen page.

PUBLISH_TEST_FAIL_AT names the URL path; PUBLISH_TEST_FAIL_MODE is "kill-worker" (SIGKILL the
rendering worker process), "kill-publisher" (SIGKILL the publishing process and its worker) or
"raise" (an exception while rendering). Used only through `killing.settings`.
"""
