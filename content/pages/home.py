from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES, BodyBlock, PanelItemBlock

from .base import PortalPage
from .events import EventPage
from .lines import LineOfActionPage
from .news import NewsPage


class HomePage(PortalPage):
    """Perú Infomigra home: the four lines of action, the complementary panel, news and events."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    panel = StreamField(
        [("item", PanelItemBlock())],
        blank=True,
        verbose_name=_("complementary panel"),
        help_text=_(
            "SIVITMA, productive return, events, news, legislation, studies, links, contact."
        ),
    )
    trafficking_notice = RichTextField(
        _("anti-trafficking notice"), blank=True, features=RICH_TEXT_FEATURES
    )

    static_search_indexed = False  # a listing: see PortalPage.static_search_indexed
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "content.LineOfActionPage",
        "content.CountryGuideIndexPage",
        "content.LegislationIndexPage",
        "content.NewsIndexPage",
        "content.EventIndexPage",
        "content.StudyIndexPage",
        "content.LinksPage",
        "content.ContestsVideosPage",
        "content.StandardPage",
        "network.SenepNetworkPage",
        "content.ContactPage",
    ]

    content_panels = PortalPage.content_panels + [
        FieldPanel("body"),
        FieldPanel("panel"),
        FieldPanel("trafficking_notice"),
    ]
    search_fields = PortalPage.search_fields + [index.SearchField("body")]
    api_fields = PortalPage.api_fields + [
        APIField("body"),
        APIField("panel"),
        APIField("trafficking_notice"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lines"] = (
            LineOfActionPage.objects.child_of(self).live().public().order_by("number")
        )
        context["latest_news"] = (
            NewsPage.objects.live().public().descendant_of(self).order_by("-date")[:3]
        )
        context["upcoming_events"] = (
            EventPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(end__gte=timezone.now())
            .order_by("start")[:3]
        )
        return context
