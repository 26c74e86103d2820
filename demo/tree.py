"""Builder helpers: create Spanish pages if missing (keyed on slug under their parent)."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from .stream import Ref
from .text import T


@dataclass
class PageSpec:
    """A page to create: model, bilingual slug/title/intro, other fields and children.

    Field values may be `T` (the Spanish text is used), StreamField lists (with `Ref` links),
    `Related` child objects, callables (evaluated only when the page is created, e.g. to generate
    a PDF) or plain values.
    """

    model: type
    slug: T
    title: T
    intro: T | None = None
    fields: dict = field(default_factory=dict)
    children: list = field(default_factory=list)

    def count(self):
        return 1 + sum(child.count() for child in self.children)


@dataclass(frozen=True)
class Related:
    """ParentalKey child objects pointing at other pages, e.g. legislation amendments."""

    model: type
    field: str
    refs: tuple


class Unresolved(Exception):
    pass


class TreeBuilder:
    def __init__(self, log):
        self.log = log
        self.locale = Locale.objects.get(language_code="es")
        self.home = None
        self.deferred = {}  # page id -> {field: unresolved value}
        self.created = 0
        self.existing = 0

    # -- references -------------------------------------------------------------------------
    def page_at(self, path):
        if self.home is None:
            raise Unresolved(path)
        url_path = f"{self.home.url_path}{path.strip('/')}/"
        page = Page.objects.filter(url_path=url_path, locale=self.locale).first()
        if page is None:
            raise Unresolved(path)
        return page.specific

    def resolve(self, value):
        if isinstance(value, Ref):
            return self.page_at(value.path)
        if isinstance(value, Related):
            return [value.model(**{value.field: self.page_at(ref.path)}) for ref in value.refs]
        if isinstance(value, T):
            return value.es
        if isinstance(value, list):
            return [self.resolve(item) for item in value]
        if isinstance(value, tuple):
            return tuple(self.resolve(item) for item in value)
        if isinstance(value, dict):
            return {key: self.resolve(item) for key, item in value.items()}
        return value

    # -- pages ------------------------------------------------------------------------------
    def ensure(self, parent, spec):
        """The Spanish page `spec` under `parent`, created and published if missing."""
        page = Page.objects.child_of(parent).filter(slug=spec.slug.es, locale=self.locale).first()
        if page is not None:
            page = page.specific
            if not isinstance(page, spec.model):
                raise TypeError(f"{page.url_path} exists but is a {type(page).__name__}")
            self.existing += 1
            self.log(f"  = {spec.title.es}", verbosity=2)
        else:
            page = self._create(parent, spec)
        for child in spec.children:
            self.ensure(page, child)
        return page

    def _create(self, parent, spec):
        values, deferred = {}, {}
        for name, value in spec.fields.items():
            if callable(value) and not isinstance(value, type):
                value = value()
            try:
                values[name] = self.resolve(value)
            except Unresolved:
                deferred[name] = value
        page = spec.model(
            title=spec.title.es,
            slug=spec.slug.es,
            intro=spec.intro.es if spec.intro else "",
            locale=self.locale,
            **{name: value for name, value in values.items() if name != "amendments"},
        )
        if "amendments" in values:
            page.amendments = values["amendments"]
        parent.add_child(instance=page)
        page.save_revision().publish()
        if deferred:
            self.deferred[page.pk] = deferred
        self.created += 1
        self.log(f"  + {spec.title.es}", verbosity=2)
        return page

    def finish(self):
        """Set the fields whose links pointed at pages that did not exist yet, and republish."""
        for page_id, fields in self.deferred.items():
            page = Page.objects.get(pk=page_id).specific
            for name, value in fields.items():
                setattr(page, name, self.resolve(value))
            page.save_revision().publish()
        self.deferred = {}

    # -- home and site ----------------------------------------------------------------------
    def ensure_home(self, spec):
        """The Spanish home under the tree root, made the default site's root page.

        Wagtail's default "Welcome" page is deleted once the site no longer points at it.
        """
        root = Page.get_first_root_node()
        self.home = self.ensure(root, spec)
        site = (
            Site.objects.filter(is_default_site=True).first()
            or Site.objects.filter(hostname="localhost", port=80).first()
        )
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        if site.root_page_id != self.home.pk or site.site_name != spec.title.es:
            site.root_page = self.home
            site.site_name = spec.title.es
            site.is_default_site = True
            site.save()
        plain_page = ContentType.objects.get_for_model(Page)
        welcome = Page.objects.filter(depth=2, slug="home", content_type=plain_page, numchild=0)
        for page in welcome:
            if not Site.objects.filter(root_page=page).exists():
                self.log(f"Deleting Wagtail's default page “{page.title}”")
                page.delete()
        return self.home
