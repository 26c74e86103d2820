from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES, ContestsBodyBlock
from content.contests import state_change_dates
from content.serializers import PublicImageRenditionField
from content.snippets import LinkOfInterest
from content.video import (
    clock,
    iso_duration,
    parse_video_id,
    player_url,
    positive_duration,
    validate_video,
    validate_webvtt,
)

from .base import PortalPage
from .lines import BodyPage


class LinksPage(BodyPage):
    """Links of interest, grouped by category (the links are snippets)."""

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("links of interest page")

    @classmethod
    def pages_showing(cls, obj):
        """A link of interest shows on the links page of its language."""
        if isinstance(obj, LinkOfInterest):
            return cls.objects.filter(locale_id=obj.locale_id)
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = LinkOfInterest.grouped(self.locale)
        return context


class ContestsVideosPage(BodyPage):
    """Contests and videos on labour migration: contests are blocks of the body, videos are its
    child pages (`VideoPage`), listed newest first below the body. A video's change re-renders
    this page without a declaration: ancestors always are (publishing/targets.py)."""

    body = StreamField(ContestsBodyBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.VideoPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contests and videos page")

    def videos(self):
        return (
            VideoPage.objects.child_of(self)
            .live()
            .public()
            .select_related("poster")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["videos"] = self.videos()
        return context

    @classmethod
    def contest_state_changes(cls):
        """{page id: the days a contest of the live page opens or closes}, for the worker that
        re-publishes pages when time alone changes them (one page per language)."""
        return {
            page.pk: [
                day
                for block in page.body
                if block.block_type == "contest"
                for day in state_change_dates(block.value)
            ]
            for page in cls.objects.live()
        }


class VideoPage(PortalPage):
    """A video on labour migration, played from YouTube's privacy-enhanced host only when the
    visitor asks (nothing is loaded from it before), with its captions (WebVTT, published as
    `captions.<language>.vtt` next to the page) and its full transcript (shown and searchable)."""

    video = models.CharField(
        _("video"),
        max_length=200,
        validators=[validate_video],
        help_text=_(
            "The address of the video on YouTube, or its 11-character id. Only the id is kept; "
            "visitors play it from www.youtube-nocookie.com."
        ),
    )
    date = models.DateField(_("published on"), default=timezone.localdate)
    duration = models.DurationField(
        _("duration"),
        validators=[positive_duration],
        help_text=_("Minutes and seconds, for example 2:05."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Shown with the play button until the visitor plays the video (16:9)."),
    )
    transcript = RichTextField(
        _("transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything that is said and shown in the video, in this page's language."),
    )

    parent_page_types = ["content.ContestsVideosPage"]
    subpage_types = []

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("date"), FieldPanel("duration"), FieldPanel("poster")],
            heading=_("Video"),
        ),
        FieldPanel("transcript"),
        InlinePanel("captions", heading=_("Captions (WebVTT)"), label=_("Captions")),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("transcript"),
        index.FilterField("date"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("video"),
        APIField("player_url"),
        APIField("date"),
        APIField("duration"),
        APIField("poster", serializer=PublicImageRenditionField("fill-640x360")),
        APIField("transcript"),
        APIField("caption_files"),
    ]

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def clean(self):
        super().clean()
        try:
            self.video = parse_video_id(self.video)
        except ValidationError:
            pass  # the field's validator has reported it

    @property
    def video_id(self):
        return parse_video_id(self.video)

    @property
    def player_url(self):
        return player_url(self.video_id, self.locale.language_code)

    @property
    def duration_clock(self):
        return clock(self.duration)

    @property
    def duration_iso(self):
        return iso_duration(self.duration)

    def caption_tracks(self):
        """The captions in the order of settings.LANGUAGES, with their language's name."""
        names = dict(settings.LANGUAGES)
        by_language = {track.language: track for track in self.captions.all()}
        return [
            {"language": code, "name": names[code], "file": f"captions.{code}.vtt"}
            for code, _name in settings.LANGUAGES
            if code in by_language
        ]

    @property
    def caption_files(self):
        base = settings.PUBLIC_BASE_URL + (self.url or "")
        return [
            {"language": track["language"], "url": base + track["file"]}
            for track in self.caption_tracks()
        ]

    def static_subpaths(self):
        return [track["file"] for track in self.caption_tracks()]

    def captions_response(self, language):
        """The captions of one language as a .vtt file (content/views.py, at
        `<page>/captions.<language>.vtt`; published as a file there)."""
        track = self.captions.filter(language=language).first()
        if track is None:
            raise Http404
        response = HttpResponse(track.vtt.strip() + "\n", content_type="text/vtt; charset=utf-8")
        response["Content-Language"] = language
        return response


class VideoCaptions(Orderable):
    """One language's captions of a video. The same on every translation of the page (copied
    by wagtail-localize): the player and the published files offer every language."""

    page = ParentalKey(VideoPage, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    vtt = models.TextField(
        _("WebVTT captions"),
        validators=[validate_webvtt],
        help_text=_('The text of a .vtt file: "WEBVTT", a blank line, then the cues.'),
    )

    panels = [FieldPanel("language"), FieldPanel("vtt")]

    class Meta(Orderable.Meta):
        verbose_name = _("captions")
        verbose_name_plural = _("captions")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_caption_per_language")
        ]
