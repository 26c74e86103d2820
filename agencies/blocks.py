"""The warning signs of the "¿Es segura esta oferta?" page: a plain checklist editors keep."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from content.blocks import RICH_TEXT_FEATURES


class WarningSignBlock(blocks.StructBlock):
    sign = blocks.CharBlock(label=_("Warning sign"), max_length=200)
    explanation = blocks.RichTextBlock(
        label=_("Why it is a warning sign"), features=RICH_TEXT_FEATURES, required=False
    )

    class Meta:
        icon = "warning"
        template = "agencies/blocks/warning_sign.html"


class WarningSignsBlock(blocks.StreamBlock):
    sign = WarningSignBlock()

    class Meta:
        template = "agencies/blocks/warning_signs.html"
