"""Orchestrates the demo: Spanish tree, links of interest, translations, optional admin user."""

import logging
import time
from contextlib import contextmanager
from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler as index_on_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from agencies.models import OfferCheckPage
from content.models import ContactPage, ContestsVideosPage, LineOfActionPage, TopicPage
from content.snippets import LinkOfInterest
from core import groups
from network.models import OfficePage, RegionPage
from roles.setup import setup_roles

from .agencies import ensure_agencies
from .brand import ensure_brand
from .network import network_pages
from .reader import pages, read
from .text import text
from .translations import Translator
from .tree import TreeBuilder

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "infomigra-demo-2026"

# Languages beyond English only get the home page, the four lines of action, "¿Es segura esta
# oferta?", the contact page and the contests and videos page with its videos.
PARTIAL_LANGUAGES = ("qu", "ay")
# Topic pages translated into them too, below their (translated) line of action.
PARTIAL_TOPICS = ("indicadores-del-mercado-laboral",)


# The files of demo/data/ whose pages go under the home page, in menu order.
SECTIONS = (
    "lines",
    "guides",
    "legislation",
    "news",
    "events",
    "studies",
    "links",
    "contests",
    "standard_pages",
    "network",
    "contact",
)


@cache
def content():
    """The specs of the home page and of its sections, and the links of interest, read once."""
    [home] = pages("home")
    sections = [network_pages() if name == "network" else pages(name) for name in SECTIONS]
    links = [
        {**item, "title": text(item["title"]), "description": text(item["description"])}
        for item in read("links")["links_of_interest"]
    ]
    return home, [spec for section in sections for spec in section], links


@contextmanager
def quiet_wagtail():
    """Wagtail logs every page creation and publication at INFO; keep the output readable."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


class Progress:
    def __init__(self, stdout, verbosity):
        self.stdout = stdout
        self.verbosity = verbosity

    def __call__(self, message, verbosity=1):
        if self.verbosity >= verbosity:
            self.stdout.write(message)


@contextmanager
def indexes_built_at_the_end(log):
    """A bulk load: the search and reference indexes are built once at the end instead of on
    each of the ~1,500 saves of pages, revisions and translations (a third of the load's time;
    in `make run` it would also leave ~3,000 index tasks waiting for the worker)."""
    searched = [
        model for model in get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in searched:
        post_save.disconnect(index_on_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in searched:
            post_save.connect(index_on_save, sender=model)
    log("Building the reference and search indexes …")
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0)


def load_demo(stdout, verbosity=1, with_admin=False):
    log = Progress(stdout, verbosity)
    started = time.monotonic()
    with quiet_wagtail(), transaction.atomic(), indexes_built_at_the_end(log):
        ensure_brand(log)
        home = build_spanish(log)
        links = ensure_links_of_interest(log)
        ensure_agencies(log)
        translate_all(log, home, links)
        ensure_redirects(log, home)
        log(f"Roles: {setup_roles()}")
        if with_admin:
            ensure_admin(log)
    summary(log, time.monotonic() - started)


def build_spanish(log):
    home_spec, sections, _links = content()
    builder = TreeBuilder(log)
    log("Creating home page …")
    home = builder.ensure_home(home_spec)
    for spec in sections:
        log(f"Creating “{spec.title.es}” … ({spec.count()} pages)")
        builder.ensure(home, spec)
    builder.finish()
    log(f"Spanish pages: {builder.created} created, {builder.existing} already there")
    return home


def ensure_links_of_interest(log):
    log("Creating links of interest …")
    spanish = Locale.objects.get(language_code="es")
    _home, _sections, items = content()
    result = []
    for order, item in enumerate(items, start=1):
        link = LinkOfInterest.objects.filter(locale=spanish, url=item["url"]).first()
        if link is None:
            link = LinkOfInterest.objects.create(
                locale=spanish,
                title=item["title"].es,
                url=item["url"],
                description=item["description"].es,
                category=item["category"],
                sort_order=order,
            )
        result.append(link)
    return result


def translate_all(log, home, links):
    english = Translator("en", log)
    log(f"Translating to en: {home.title} …")
    english.translate(home)
    for child in home.get_children().specific():
        log(f"Translating to en: {child.title} …")
        english.translate_tree(child)
    log("Translating to en: links of interest …")
    for link in links:
        english.translate(link)
    english.localise_links()
    english.localise_amendments()
    log(f"English: {english.created} translations created")

    lines = home.get_children().type(LineOfActionPage).specific().order_by("path")
    for language in PARTIAL_LANGUAGES:
        translator = Translator(language, log)
        log(
            f"Translating to {language}: home page, lines of action, offer check, contact page, "
            "contests and videos, topics …"
        )
        translator.translate(home)
        for line in lines:
            translator.translate(line)
        for page in OfferCheckPage.objects.descendant_of(home).filter(locale=home.locale):
            translator.translate(page)
        translator.translate(home.get_children().type(ContactPage).get())
        translator.translate_tree(home.get_children().type(ContestsVideosPage).get().specific)
        for slug in PARTIAL_TOPICS:
            translator.translate(TopicPage.objects.get(locale=home.locale, slug=slug))
        translator.localise_links()
        log(f"{language}: {translator.created} translations created")


def ensure_redirects(log, home):
    """The editors' redirects of demo/data/redirects.yaml."""
    created = 0
    for item in read("redirects")["redirects"]:
        spanish = Page.objects.get(url_path=f"{home.url_path}{item['page'].strip('/')}/")
        page = spanish.get_translation(Locale.objects.get(language_code=item.get("language", "es")))
        old_path = Redirect.normalise_path(item["old"])
        if not Redirect.objects.filter(old_path=old_path, site=None).exists():
            Redirect.add_redirect(old_path, redirect_to=page)
            created += 1
    log(f"Redirects: {created} created")


def ensure_admin(log):
    User = get_user_model()
    admin = User.objects.filter(username=ADMIN_USERNAME).first()
    if admin is not None:
        log(f"Superuser “{ADMIN_USERNAME}” already exists (password left unchanged).")
    else:
        admin = User.objects.create_superuser(ADMIN_USERNAME, "admin@localhost", ADMIN_PASSWORD)
        log(f"Superuser created: username “{ADMIN_USERNAME}”, password “{ADMIN_PASSWORD}”")
    # the mailbox and "La voz del migrante" are for group members only, superusers too.
    for name in (groups.MAILBOX_OPERATORS, groups.DML_MODERATORS):
        admin.groups.add(Group.objects.get_or_create(name=name)[0])


def summary(log, seconds):
    counts = dict(
        Page.objects.filter(depth__gt=1)
        .order_by()
        .values_list("locale__language_code")
        .annotate(n=Count("id"))
        .values_list("locale__language_code", "n")
    )
    links = dict(
        LinkOfInterest.objects.order_by()
        .values_list("locale__language_code")
        .annotate(n=Count("id"))
        .values_list("locale__language_code", "n")
    )
    log("")
    log("Summary")
    log("  language  pages  links of interest")
    for code in ("es", "en", "qu", "ay"):
        log(f"  {code:<8}  {counts.get(code, 0):>5}  {links.get(code, 0):>17}")
    log(f"  regions:   {RegionPage.objects.filter(locale__language_code='es').count()}")
    log(f"  offices:   {OfficePage.objects.filter(locale__language_code='es').count()}")
    log(f"  documents: {get_document_model().objects.count()}")
    log(f"  images:    {get_image_model().objects.count()}")
    log(f"Done in {seconds:.1f} s")
