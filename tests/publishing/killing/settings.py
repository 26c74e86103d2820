from portal.settings.dev import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.publishing.killing"]  # noqa: F405
