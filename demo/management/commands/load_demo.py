"""Load the Perú Infomigra demo content (idempotent); see demo/."""

from django.core.management.base import BaseCommand

from demo.build import load_demo


class Command(BaseCommand):
    help = (
        "Create the whole Infomigra page tree in Spanish with English translations (and "
        "Quechua/Aymara for the home page and lines of action). Safe to run again: existing "
        "pages are kept and nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help="Also create a superuser “admin” (password “infomigra-demo-2026”) if missing.",
        )

    def handle(self, *args, with_admin=False, verbosity=1, **options):
        load_demo(self.stdout, verbosity=verbosity, with_admin=with_admin)
