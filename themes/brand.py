"""The single national SENEP brand (directive 5.4): logos, palette, footer, mailbox, social links.

One record for the whole portal, editable only by the "DGSENEP – Imagen institucional" group and
superusers (Wagtail's setting permission `themes.change_brandsettings`). Templates take every logo,
colour and footer text from here; the palette reaches pages as a stylesheet (`/brand.css`), never
as inline styles, so a strict Content-Security-Policy holds.
"""

import hashlib

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .palette import contrast_ratio

HEX_COLOUR = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Write the colour as # followed by six hexadecimal digits.")
)


def colour_field(label, default, help_text=""):
    return models.CharField(
        label, max_length=7, default=default, validators=[HEX_COLOUR], help_text=help_text
    )


def logo_field(label):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=label,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


# (CSS custom property, model field): brand.css writes one line per entry.
PALETTE = [
    ("--brand-primary", "colour_primary"),
    ("--brand-secondary", "colour_secondary"),
    ("--brand-accent", "colour_accent"),
    ("--on-brand", "colour_on_brand"),
    ("--text", "colour_text"),
    ("--muted", "colour_muted"),
    ("--surface", "colour_background"),
    ("--surface-alt", "colour_background_alt"),
    ("--border", "colour_border"),
    ("--focus", "colour_focus"),
]

# (foreground, background, minimum ratio): WCAG 2.2 AA for text (4.5:1) and focus rings (3:1).
CONTRAST_RULES = [
    ("colour_text", "colour_background", 4.5),
    ("colour_text", "colour_background_alt", 4.5),
    ("colour_muted", "colour_background", 4.5),
    ("colour_secondary", "colour_background", 4.5),
    ("colour_primary", "colour_background", 4.5),
    ("colour_on_brand", "colour_primary", 4.5),
    ("colour_on_brand", "colour_secondary", 4.5),
    ("colour_focus", "colour_background", 3.0),
]

FOOTER_LANGUAGES = ("es", "en", "qu", "ay")

# Content, not interface text: DGSENEP edits it per language (Quechua and Aymara need review).
DEFAULT_FOOTER = {
    "es": "Perú Infomigra es el servicio de información y orientación sobre migración laboral del "
    "Ministerio de Trabajo y Promoción del Empleo, en el marco del Servicio Nacional del Empleo "
    "(SENEP).",
    "en": "Perú Infomigra is the labour-migration information and guidance service of the "
    "Ministry of Labour and Employment Promotion, within the National Employment Service (SENEP).",
    "qu": "Perú Infomigraqa Llamk'aymanta hinaspa Llamk'ay Yapachiymanta Ministeriopa "
    "llamk'anapaq ripuykunamanta willakuq hinaspa yuyaychaq yanapakuyninmi, Servicio Nacional "
    "del Empleo (SENEP) ukhupi.",
    "ay": "Perú Infomigra ukax Irnaqäwi ukhamaraki Irnaqäwi Ch'amanchañ Ministerion irnaqañatak "
    "sarnaqañat yatiyir ukhamaraki iwxt'ir yanapapawa, Servicio Nacional del Empleo (SENEP) "
    "manqhana.",
}


@register_setting(icon="image")
class BrandSettings(BaseGenericSetting):
    senep_logo = logo_field(_("SENEP logo"))
    senep_logo_alt = models.CharField(
        _("SENEP logo alternative text"), max_length=200, default="Servicio Nacional del Empleo"
    )
    mtpe_logo = logo_field(_("Ministry logo"))
    mtpe_logo_alt = models.CharField(
        _("Ministry logo alternative text"),
        max_length=200,
        default="Ministerio de Trabajo y Promoción del Empleo",
    )
    infomigra_logo = logo_field(_("Perú Infomigra logo"))
    infomigra_logo_alt = models.CharField(
        _("Perú Infomigra logo alternative text"), max_length=200, default="Perú Infomigra"
    )
    icon = logo_field(_("browser icon"))

    colour_primary = colour_field(_("primary colour"), "#b3121f")
    colour_secondary = colour_field(_("secondary colour"), "#1d3557")
    colour_accent = colour_field(_("accent colour"), "#f2c14e")
    colour_on_brand = colour_field(
        _("text on brand colours"), "#ffffff", _("Text on the primary and secondary colours.")
    )
    colour_text = colour_field(_("text colour"), "#1b1b1b")
    colour_muted = colour_field(_("secondary text colour"), "#4a4a4a")
    colour_background = colour_field(_("background colour"), "#ffffff")
    colour_background_alt = colour_field(_("alternate background colour"), "#f4f5f7")
    colour_border = colour_field(_("border colour"), "#c9ccd1")
    colour_focus = colour_field(_("focus outline colour"), "#1a5fb4")

    footer_text_es = models.TextField(
        _("footer text (Spanish)"), max_length=600, default=DEFAULT_FOOTER["es"]
    )
    footer_text_en = models.TextField(
        _("footer text (English)"), max_length=600, blank=True, default=DEFAULT_FOOTER["en"]
    )
    footer_text_qu = models.TextField(
        _("footer text (Quechua)"), max_length=600, blank=True, default=DEFAULT_FOOTER["qu"]
    )
    footer_text_ay = models.TextField(
        _("footer text (Aymara)"), max_length=600, blank=True, default=DEFAULT_FOOTER["ay"]
    )
    copyright_holder = models.CharField(
        _("copyright holder"),
        max_length=200,
        default="Ministerio de Trabajo y Promoción del Empleo",
    )

    mailbox_email = models.EmailField(
        _("Infomigra mailbox address"),
        default="infomigra@trabajo.gob.pe",
        help_text=_("Where contact-form messages are delivered."),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    tiktok_url = models.URLField(_("TikTok"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)

    select_related = ["senep_logo", "mtpe_logo", "infomigra_logo", "icon"]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("senep_logo"), FieldPanel("senep_logo_alt")],
                        heading=_("SENEP"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("mtpe_logo"), FieldPanel("mtpe_logo_alt")],
                        heading=_("Ministry"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("infomigra_logo"), FieldPanel("infomigra_logo_alt")],
                        heading=_("Perú Infomigra"),
                    ),
                    FieldPanel("icon"),
                ],
                heading=_("Logos"),
            ),
            ObjectList([FieldPanel(field) for _property, field in PALETTE], heading=_("Colours")),
            ObjectList(
                [FieldPanel(f"footer_text_{code}") for code in FOOTER_LANGUAGES]
                + [FieldPanel("copyright_holder")],
                heading=_("Footer"),
            ),
            ObjectList(
                [
                    FieldPanel("mailbox_email"),
                    FieldPanel("facebook_url"),
                    FieldPanel("x_url"),
                    FieldPanel("youtube_url"),
                    FieldPanel("instagram_url"),
                    FieldPanel("tiktok_url"),
                    FieldPanel("linkedin_url"),
                ],
                heading=_("Mailbox and social networks"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("national brand")

    def __str__(self):
        return str(self._meta.verbose_name)

    def clean(self):
        super().clean()
        errors = {}
        for foreground, background, minimum in CONTRAST_RULES:
            try:
                ratio = contrast_ratio(getattr(self, foreground), getattr(self, background))
            except ValueError:
                continue  # the field validator reports the malformed colour
            if ratio < minimum:
                errors.setdefault(foreground, []).append(
                    _(
                        "Contrast with “%(background)s” is %(ratio).2f:1; "
                        "at least %(minimum).1f:1 is needed (WCAG 2.2 AA)."
                    )
                    % {
                        "background": self._meta.get_field(background).verbose_name,
                        "ratio": ratio,
                        "minimum": minimum,
                    }
                )
        if errors:
            raise ValidationError(errors)

    # -- what templates use ---------------------------------------------------------------------
    @property
    def footer_text(self):
        """The footer text in the visitor's language, Spanish when not translated."""
        language = (get_language() or "es").split("-")[0]
        if language in FOOTER_LANGUAGES:
            text = getattr(self, f"footer_text_{language}")
            if text:
                return text
        return self.footer_text_es

    @property
    def social_links(self):
        names = [
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
            ("Instagram", self.instagram_url),
            ("TikTok", self.tiktok_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(name, url) for name, url in names if url]

    def stylesheet(self):
        """The palette as CSS custom properties (served at /brand.css)."""
        lines = "\n".join(f"  {prop}: {getattr(self, field).lower()};" for prop, field in PALETTE)
        return f"/* SENEP national brand, from the brand setting. */\n:root {{\n{lines}\n}}\n"

    @property
    def stylesheet_version(self):
        return hashlib.sha256(self.stylesheet().encode()).hexdigest()[:12]

    @property
    def stylesheet_url(self):
        return f"{reverse('brand_css')}?v={self.stylesheet_version}"
