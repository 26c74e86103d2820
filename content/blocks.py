"""StreamField blocks shared by the page types. Editors pick structure, never colours or logos."""

import hashlib

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .contests import contest_state
from .datasets import DatasetError, bar_chart, line_chart, parse_dataset
from .datasets import read_document as read_csv_document

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image_block.html"


class NoticeBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("warning", _("Warning")), ("tip", _("Tip"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "components/blocks/notice_block.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "link"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or an address."))}
            )
        return value


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        template = "components/blocks/link_list_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.TextBlock(label=_("Transcript or description"), required=False)

    class Meta:
        icon = "media"
        template = "components/blocks/video_block.html"


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    address = blocks.CharBlock(label=_("Address"), required=False, max_length=300)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=60)
    hours = blocks.CharBlock(
        label=_("Opening hours"),
        required=False,
        max_length=200,
        help_text=_("For example: Monday to Friday, 9:00 to 14:00 (local time)."),
    )
    email = blocks.EmailBlock(label=_("Email"), required=False)
    url = blocks.URLBlock(label=_("Website"), required=False)
    emergency = blocks.BooleanBlock(
        label=_("Emergency contact"),
        required=False,
        help_text=_("Shown first and highlighted."),
    )

    class Meta:
        icon = "user"
        template = "components/blocks/contact_block.html"


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Source"), max_length=250)
    url = blocks.URLBlock(label=_("Address"), required=False)

    class Meta:
        icon = "link-external"
        template = "components/blocks/source_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.RichTextBlock(label=_("What to do"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ol"


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        template = "components/blocks/steps_block.html"


class VoiceFormBlock(blocks.StaticBlock):
    """The "La voz del migrante" form (directive 5.4.3 a); it posts to /<lang>/forms/voice/."""

    class Meta:
        icon = "form"
        label = _("“La voz del migrante” form")
        admin_text = _(
            "Shows the form where Peruvians abroad send concerns and suggestions. Entries are "
            "listed in the admin under “La voz del migrante” for moderators."
        )
        template = "components/blocks/voice_form_block.html"


class OfficeFinderBlock(blocks.StaticBlock):
    """ "Encuentra tu Centro de Empleo": a link to the office finder, wherever the text sends
    visitors to an office."""

    class Meta:
        icon = "site"
        label = _("Link to the office finder")
        admin_text = _(
            "Shows “Find your Employment Centre”, linking to the SENEP office finder in the "
            "visitor's language. Add it where the text tells visitors to go to an office."
        )
        template = "components/blocks/office_finder_block.html"


class DatasetChartBlock(blocks.StructBlock):
    """Figures from a CSV (uploaded document or pasted text), shown as a static SVG chart and
    an accessible table of the same data, both rendered when the page is published."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    document = DocumentChooserBlock(
        label=_("CSV file"),
        required=False,
        help_text=_("A CSV document, or paste the figures below."),
    )
    csv = blocks.TextBlock(
        label=_("Figures as CSV"),
        required=False,
        help_text=_(
            "First line: the column names. Then one line per row: its name, then its figures. "
            "At most 24 rows and 3 columns of figures."
        ),
    )
    kind = blocks.ChoiceBlock(
        label=_("Chart"),
        choices=[("bars", _("Bars")), ("line", _("Line"))],
        default="bars",
    )
    source = blocks.CharBlock(label=_("Source"), max_length=250)
    date = blocks.DateBlock(label=_("Date of the data"))

    class Meta:
        icon = "table"
        label = _("Chart and table of figures")
        template = "components/blocks/dataset_chart_block.html"

    @staticmethod
    def dataset(value):
        """The block's Dataset, or DatasetError."""
        if value.get("document"):
            return parse_dataset(read_csv_document(value["document"]))
        return parse_dataset(value.get("csv"))

    def clean(self, value):
        value = super().clean(value)
        field = "document" if value.get("document") else "csv"
        if value.get("document") and value.get("csv", "").strip():
            message = _("Choose a CSV file or paste the figures, not both.")
        else:
            try:
                self.dataset(value)
                return value
            except DatasetError as error:
                message = str(error)
        raise blocks.StructBlockValidationError(block_errors={field: ValidationError(message)})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        try:
            dataset = self.dataset(value)
        except DatasetError:
            return context  # a file replaced since it was checked: nothing is shown
        context["dataset"] = dataset
        context["chart"] = (line_chart if value["kind"] == "line" else bar_chart)(dataset)
        key = f"{value['title']}\n{dataset.columns}\n{dataset.rows}".encode()
        context["chart_id"] = "dataset-" + hashlib.sha256(key).hexdigest()[:8]
        return context


class BodyBlock(blocks.StreamBlock):
    """The general-purpose body used by most pages."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        form_classname="title",
        template="components/blocks/heading_block.html",
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    notice = NoticeBlock()
    steps = StepsBlock()
    links = LinkListBlock()
    document = DocumentBlock()
    video = VideoBlock()
    contact = ContactBlock()
    voice_form = VoiceFormBlock()
    office_finder = OfficeFinderBlock()
    dataset_chart = DatasetChartBlock()

    class Meta:
        template = "components/blocks/stream.html"


class ContestBlock(blocks.StructBlock):
    """A contest with its opening and closing dates; the page says "Abierto hasta …", "Cerrado"
    or when it opens, as of the day it is published (re-published when a date passes)."""

    title = blocks.CharBlock(label=_("Contest"), max_length=200)
    opens = blocks.DateBlock(label=_("Opens on"))
    closes = blocks.DateBlock(
        label=_("Closes on"), help_text=_("The last day entries are accepted.")
    )
    description = blocks.RichTextBlock(label=_("Description"), features=RICH_TEXT_FEATURES)
    rules = blocks.ListBlock(StepBlock(), label=_("Rules"), min_num=0)

    class Meta:
        icon = "date"
        label = _("Contest")
        template = "components/blocks/contest_block.html"

    def clean(self, value):
        value = super().clean(value)
        if value["closes"] < value["opens"]:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "closes": ValidationError(_("A contest cannot close before it opens."))
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["state"] = contest_state(value, timezone.localdate())
        return context


class ContestsBodyBlock(BodyBlock):
    """The contests-and-videos page's body: the general blocks plus contests."""

    contest = ContestBlock()


class PanelItemBlock(LinkBlock):
    """One entry of the home page's complementary panel (directive 5.4.5)."""

    class Meta:
        icon = "link"
        template = "components/blocks/panel_item_block.html"
