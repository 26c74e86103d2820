"""Wagtail admin for the mailbox operators and the "La voz del migrante" moderators.

Two `ModelViewSet`s (list with filters, detail, status change; CSV export for messages) whose every
URL answers 403 to anyone outside the group, superusers included (see core/membership.py). Wagtail's own
permission checks would redirect with a message instead; a plain 403 says what it is.
"""

from functools import wraps

import django_filters
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from core.groups import DML_MODERATORS, GROUP_DESCRIPTIONS, MAILBOX_OPERATORS
from core.membership import is_member

from . import outbox
from .access import mailbox_lines
from .models import ContactLine, ContactMessage, MigrantVoice, OutboxEntry

CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Spreadsheets run cells that start like a formula; visitors' text must stay text."""
    text = str(value)
    return "'" + text if text.startswith(CSV_FORMULA_START) else text


def forbidden(request, group):
    return TemplateResponse(
        request,
        "inbox/admin/forbidden.html",
        {"group": group, "description": GROUP_DESCRIPTIONS[group]},
        status=403,
    )


def members_only(viewset, view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not viewset.allows(request.user, kwargs.get("pk")):
            return viewset.forbidden(request)
        return view(request, *args, **kwargs)

    return wrapped


class GroupOnlyViewSet(ModelViewSet):
    """Only the listed views, each behind the group check."""

    group = None
    url_names = (
        "index",
        "index_results",
        "inspect",
        "edit",
        "history",
        "history_results",
        "usage",
    )
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False

    def get_permissions_to_register(self):
        return []  # access is group membership, not model permissions

    def allows(self, user, pk=None):
        """May `user` use this viewset's views (for the object `pk`, when the URL names one)?"""
        return is_member(user, self.group)

    def forbidden(self, request):
        return forbidden(request, self.group)

    def extra_urlpatterns(self):
        return []

    def get_urlpatterns(self):
        kept = [p for p in super().get_urlpatterns() if p.name in self.url_names]
        patterns = kept + self.extra_urlpatterns()
        return [
            URLPattern(p.pattern, members_only(self, p.callback), p.default_args, p.name)
            for p in patterns
        ]


# -- mailbox messages ------------------------------------------------------------------------


class ContactMessageFilterSet(WagtailFilterSet):
    line = django_filters.ChoiceFilter(label=_("line of action"), choices=ContactLine.choices)
    status = django_filters.ChoiceFilter(label=_("status"), choices=ContactMessage.Status.choices)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("received"), widget=DateRangePickerWidget
    )
    delivery = django_filters.ChoiceFilter(
        label=_("delivery"),
        choices=OutboxEntry.Status.choices,
        method="filter_delivery",
        empty_label=_("any"),
    )

    class Meta:
        model = ContactMessage
        fields = ["line", "status", "created_at"]

    def filter_delivery(self, queryset, name, value):
        return queryset.filter(outbox__status=value).distinct()


class SafeExportIndexView(generic.IndexView):
    """Exports in which visitors' text stays text, never a formula: CSV cells get `csv_safe`,
    XLSX cells are written as text by Wagtail itself."""

    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        str: {"csv": csv_safe},
    }


class ContactMessageIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        lines = mailbox_lines(self.request.user)
        return super().get_base_queryset().filter(line__in=lines).prefetch_related("outbox")


class ContactMessageInspectView(generic.InspectView):
    template_name = "inbox/admin/message_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["deliveries"] = self.object.outbox.all()
        return context


class ContactMessageViewSet(GroupOnlyViewSet):
    model = ContactMessage
    group = MAILBOX_OPERATORS
    icon = "mail"
    menu_label = _("Mailbox")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "mailbox"
    name = "contact_message"
    index_view_class = ContactMessageIndexView
    inspect_view_class = ContactMessageInspectView
    filterset_class = ContactMessageFilterSet
    search_fields = ["reference", "name", "email", "subject"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    list_display = [
        TitleColumn(
            "reference",
            label=_("reference"),
            url_name="contact_message:inspect",
        ),
        DateColumn("created_at", label=_("received")),
        Column("line", label=_("line of action"), accessor="get_line_display"),
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("subject", label=_("subject")),
        Column("country", label=_("country of residence")),
        Column("delivery", label=_("delivery"), accessor="delivery_summary"),
    ]
    list_export = [
        "reference",
        "created_at",
        "language",
        "get_line_display",
        "get_status_display",
        "name",
        "email",
        "country",
        "subject",
        "text",
        "answered_at",
        "anonymised_at",
        "delivery_summary",
    ]
    export_headings = {
        "get_line_display": _("line of action"),
        "get_status_display": _("status"),
        "delivery_summary": _("delivery"),
    }
    export_filename = "buzon-infomigra"
    form_fields = ["status"]
    inspect_view_fields = [
        "reference",
        "created_at",
        "language",
        "line",
        "status",
        "name",
        "email",
        "country",
        "subject",
        "text",
        "source_page",
        "consent_at",
        "answered_at",
        "anonymised_at",
    ]

    def allows(self, user, pk=None):
        lines = mailbox_lines(user)
        if pk is None:
            return bool(lines)
        return str(pk).isdigit() and ContactMessage.objects.filter(pk=pk, line__in=lines).exists()

    def extra_urlpatterns(self):
        return [path("retry/<int:entry_pk>/", retry_delivery, name="retry")]


@require_POST
def retry_delivery(request, entry_pk):
    entry = get_object_or_404(
        OutboxEntry, pk=entry_pk, message__line__in=mailbox_lines(request.user)
    )
    if outbox.retry(entry):
        messages.success(request, _("Delivery will be tried again."))
    else:
        messages.warning(request, _("Only failed deliveries can be tried again."))
    return redirect("contact_message:inspect", entry.message_id)


# -- "La voz del migrante" -------------------------------------------------------------------


class MigrantVoiceFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("status"), choices=MigrantVoice.Status.choices)
    kind = django_filters.ChoiceFilter(label=_("kind"), choices=MigrantVoice.Kind.choices)
    may_publish = django_filters.BooleanFilter(label=_("may be published anonymously"))
    created_at = django_filters.DateFromToRangeFilter(
        label=_("received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = MigrantVoice
        fields = ["status", "kind", "may_publish", "created_at"]


class MigrantVoiceViewSet(GroupOnlyViewSet):
    model = MigrantVoice
    group = DML_MODERATORS
    icon = "openquote"
    menu_label = _("La voz del migrante")
    menu_order = 251
    add_to_admin_menu = True
    url_prefix = "voice"
    name = "migrant_voice"
    filterset_class = MigrantVoiceFilterSet
    search_fields = ["country", "city", "text"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    list_display = [
        TitleColumn("text", label=_("concern or suggestion"), url_name="migrant_voice:edit"),
        DateColumn("created_at", label=_("received")),
        Column("kind", label=_("kind"), accessor="get_kind_display"),
        Column("country", label=_("country")),
        Column("may_publish", label=_("may be published anonymously")),
        Column("status", label=_("status"), accessor="get_status_display"),
    ]
    form_fields = ["status", "testimonial"]
    inspect_view_fields = [
        "created_at",
        "language",
        "kind",
        "country",
        "city",
        "text",
        "may_publish",
        "status",
        "testimonial",
        "published_at",
        "source_page",
    ]
