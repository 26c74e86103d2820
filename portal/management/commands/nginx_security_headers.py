from django.core.management.base import BaseCommand

from core.security.headers import static_site_headers

HEADER = """\
# Security headers for the published static site, generated from the production settings by
#   DJANGO_SETTINGS_MODULE=portal.settings.production manage.py nginx_security_headers{option}
# Do not edit: tests/security/test_headers.py fails when this file and the settings disagree.
# Include it in every nginx location that serves files itself (the site, /static/, /media/),
# never in locations proxied to the CMS: Django sets these headers on its own responses.
"""


class Command(BaseCommand):
    help = (
        "Print the nginx `add_header` lines that give the static site the CMS's security headers."
    )

    def add_arguments(self, parser):
        parser.add_argument("--svg", action="store_true", help="the variant for SVG files")

    def handle(self, *args, svg=False, **options):
        self.stdout.write(HEADER.format(option=" --svg" if svg else ""), ending="")
        for name, value in static_site_headers(svg=svg):
            quoted = value.replace("\\", "\\\\").replace('"', '\\"')
            self.stdout.write(f'add_header {name} "{quoted}" always;')
