"""¿Es segura esta oferta? (directive 000, 6.1.3): the warning signs of fraudulent job offers and
trafficking, and the look-up of private employment agencies in the registry editors keep.

The page is published as static HTML; its script searches the registry in the browser, in the
file /agencias-de-empleo.json that every publish writes (views.registry, registered with
publishing.extras). Without JavaScript its form asks the
CMS: GET /<lang>/forms/agencias/<page id>/?q=… (views.py) answers this page with the result.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import BodyBlock
from content.pages.base import PortalPage

from .blocks import WarningSignsBlock
from .lookup import Result, registry_updated
from .registry import EmploymentAgency


class OfferCheckPage(PortalPage):
    warning_signs = StreamField(WarningSignsBlock(), blank=True, verbose_name=_("warning signs"))
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("what to do"),
        help_text=_("Shown after the agency look-up: where to ask and how to report."),
    )

    # Site search: the safety page ranks a little above general pages that mention offers (a job
    # fair's "ofertas de trabajo falsas"): see PortalPage.search_boost.
    search_boost = 1.2

    parent_page_types = ["content.LineOfActionPage"]
    subpage_types = []
    max_count_per_parent = 1
    # Country guides link to it from their top (content.CountryGuidePage.pages_showing).
    linked_from_country_guides = True

    content_panels = PortalPage.content_panels + [
        FieldPanel("warning_signs"),
        FieldPanel("body"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("warning_signs"),
        index.SearchField("body"),
    ]
    api_fields = PortalPage.api_fields + [APIField("warning_signs"), APIField("body")]

    class Meta:
        verbose_name = _("offer check page")
        verbose_name_plural = _("offer check pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["results"] = [(result, Result.LABELS[result]) for result in Result.ALL]
        context["registry_updated"] = registry_updated()
        return context

    @classmethod
    def pages_showing(cls, obj):
        """The look-up pages say when the registry was last updated; re-publishing them also
        rewrites the registry file (every publish writes it)."""
        if isinstance(obj, EmploymentAgency):
            return cls.objects.all()
        return []
