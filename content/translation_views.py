"""wagtail-localize's admin views, held to the rules of `content.translation_permissions`.

The views here replace wagtail-localize's at the same addresses (their URL patterns come first,
`register_admin_urls` with a lower order); the translation editor's "publish" is handled by a
`before_edit_page` hook that runs before wagtail-localize's.
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import include, path
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import convert, report, submit_translations, update_translations

from content import translation_permissions as rules


class PermittedTranslationCreator(TranslationCreator):
    """Leaves out the related snippets the user may not translate (wagtail-localize translates a
    page's snippets along with it)."""

    def create_translations(self, instance, include_related_objects=True):
        if not isinstance(instance, Page) and not rules.may_translate(self.user, instance):
            return
        super().create_translations(instance, include_related_objects)


def report_outcome(request, outcomes):
    if rules.SUBMITTED in outcomes:
        messages.info(request, _("Translations you may not publish were submitted to moderation."))
    if rules.DRAFT in outcomes:
        messages.info(request, _("Some translations were saved as drafts and are not published."))


class TranslationRulesMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        if not rules.may_translate(request.user, self.translated_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SubmitTranslationRules(TranslationRulesMixin):
    def translated_object(self):
        return self.get_object()

    def get_form(self):
        form = super().get_form()
        form.fields["locales"].queryset = rules.locales_for(self.request.user, self.object).filter(
            pk__in=form.fields["locales"].queryset.values("pk")
        )
        return form

    @transaction.atomic
    def form_valid(self, form):
        user = self.request.user
        locales = form.cleaned_data["locales"]
        translator = PermittedTranslationCreator(user, locales)
        translator.create_translations(self.object)
        if isinstance(self.object, Page) and form.cleaned_data["include_subtree"]:
            descendants = self.object.get_descendants().specific()
            if not all(rules.may_translate(user, page) for page in descendants):
                raise PermissionDenied
            for page in descendants:
                translator.create_translations(page)
        self.components.save(translator, sources_and_translations=translator.mappings)
        outcomes = {
            rules.settle(user, translation, publish=True)
            for translations in translator.mappings.values()
            for translation in translations
        }
        if len(locales) == 1:
            locale_names = locales[0].get_display_name()
            single = self.object.get_translation(locales[0])
        else:
            locale_names = _("{} locales").format(len(locales))
            single = None
        messages.success(self.request, self.get_success_message(locale_names))
        report_outcome(self.request, outcomes)
        return redirect(self.get_success_url() or self.get_default_success_url(single))


class SubmitPageTranslationView(
    SubmitTranslationRules, submit_translations.SubmitPageTranslationView
):
    pass


class SubmitSnippetTranslationView(
    SubmitTranslationRules, submit_translations.SubmitSnippetTranslationView
):
    pass


class UpdateTranslationsView(TranslationRulesMixin, update_translations.UpdateTranslationsView):
    def translated_object(self):
        return self.get_object().get_source_instance()

    @transaction.atomic
    def form_valid(self, form):
        if form.cleaned_data.get("use_machine_translation"):
            raise PermissionDenied  # no machine translator is configured in this portal
        user = self.request.user
        self.object.update_from_db()
        translations = list(rules.enabled_translations(self.object))
        outcomes = set()
        for translation in translations:
            if form.cleaned_data["publish_translations"]:
                target = translation.get_target_instance()
                if not rules.may_translate(user, target) or is_locked_for(target, user):
                    outcomes.add(rules.DRAFT)
                    continue
                with contextlib.suppress(ValidationError):
                    rules.save_draft(translation, user)
                    outcomes.add(rules.settle(user, translation, publish=True))
            else:
                with contextlib.suppress(ValidationError):
                    translation.source.update_target_view_restrictions(translation.target_locale)
        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        report_outcome(self.request, outcomes)
        return redirect(self.get_success_url() or self.get_default_success_url())


def is_locked_for(instance, user):
    return (
        isinstance(instance, Page)
        and instance.get_lock() is not None
        and bool(instance.get_lock().for_user(user))
    )


def convert_to_alias(request, page_id):
    """An alias mirrors its source's content and live status: converting a page into one
    publishes (or unpublishes) it, so it takes the publish permission on the page."""
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


class TranslationsReportView(report.TranslationsReportView):
    """Lists only the translations of pages and snippets the user may translate."""

    def get_queryset(self):
        return rules.translations_visible_to(self.request.user, super().get_queryset())


@hooks.register("register_admin_urls", order=-1)
def register_translation_urls():
    urls = [
        path(
            "submit/page/<int:page_id>/",
            SubmitPageTranslationView.as_view(),
            name="submit_page_translation",
        ),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
            name="submit_snippet_translation",
        ),
        path(
            "update/<int:translation_source_id>/",
            UpdateTranslationsView.as_view(),
            name="update_translations",
        ),
        path("page/<int:page_id>/convert_to_alias/", convert_to_alias, name="convert_to_alias"),
        path("reports/translations/", TranslationsReportView.as_view(), name="translations_report"),
        path(
            "reports/translations/results/",
            TranslationsReportView.as_view(results_only=True),
            name="translations_report_results",
        ),
    ]
    return [path("localize/", include((urls, "translation_rules")))]


@hooks.register("before_edit_page", order=-1)
def publish_translation_within_rules(request, page):
    """The translation editor's "publish": only for a live source and a user who may publish the
    translated page; otherwise the translation is saved as a draft and submitted to moderation."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    source = translation.source.get_source_instance()
    if rules.may_go_live(request.user, source, page):
        return None  # wagtail-localize publishes
    if is_locked_for(page, request.user):
        messages.error(request, page.get_lock().get_message(request.user))
        return redirect(request.path)
    try:
        with transaction.atomic():
            rules.save_draft(translation, request.user)
            outcome = rules.settle(request.user, translation, publish=True)
    except ValidationError:
        messages.error(request, _("The translation has errors; it was not saved."))
        return redirect(request.path)
    if outcome == rules.SUBMITTED:
        messages.success(request, _("Translation saved and submitted to moderation."))
    elif not source.live:
        messages.warning(
            request,
            _("The original page is not published: the translation was saved as a draft."),
        )
    else:
        messages.warning(request, _("The translation was saved as a draft."))
    return redirect(request.path)
