"""Contáctenos (directive 5.4.5 h): a page whose published HTML is static.

Its form posts to the dynamic endpoint `/<lang>/forms/contact/<page id>/` (inbox/views.py),
which re-renders this page with the visitor's errors or redirects to the thank-you page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES, BodyBlock
from inbox.forms import ContactForm

from .base import PortalPage


class PublicFormPage(PortalPage):
    """Abstract: a page whose published HTML carries a public form (`form_class`), with the text
    shown after sending and the privacy notice linked from the consent checkbox. The form posts
    to a dynamic endpoint under /<lang>/forms/, which re-renders the page with the visitor's
    errors or redirects to a thank-you page."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("text before the form"),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown with the reference number after a message is sent."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the consent checkbox; its translation is used when it exists."),
    )

    form_class = None
    form_template = ""  # the form's markup, included after the body
    subpage_types = []
    max_count_per_parent = 1

    content_panels = PortalPage.content_panels + [
        FieldPanel("body"),
        FieldPanel("thank_you_text"),
        FieldPanel("privacy_page"),
    ]
    search_fields = PortalPage.search_fields + [index.SearchField("body")]
    api_fields = PortalPage.api_fields + [
        APIField("body"),
        APIField("thank_you_text"),
        APIField("privacy_page"),
    ]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        return "content/public_form_page.html"  # the same page around every form

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", self.form_class())
        return context

    @property
    def localized_privacy_page(self):
        page = self.privacy_page
        return page.localized.specific if page is not None else None


class ContactPage(PublicFormPage):
    form_class = ContactForm
    form_template = "components/forms/contact_form.html"
    parent_page_types = ["content.HomePage"]
    # The contact form's endpoint (inbox/views.py) accepts posts for the pages that carry it.
    carries_contact_form = True

    class Meta:
        verbose_name = _("contact page")
