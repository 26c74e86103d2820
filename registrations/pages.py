"""The pages that carry the registration forms, children of a line of action: SIVITMA (line 4)
and Retorno Productivo (line 2). Their published HTML is static; the forms post to
/<lang>/forms/sivitma/<page id>/ and /<lang>/forms/retorno/<page id>/ (views.py)."""

from django.utils.translation import gettext_lazy as _

from content.pages.contact import PublicFormPage

from .forms import ReturnForm, SivitmaForm


class SivitmaPage(PublicFormPage):
    form_class = SivitmaForm
    form_template = "registrations/sivitma_form.html"
    parent_page_types = ["content.LineOfActionPage"]

    class Meta:
        verbose_name = _("SIVITMA registration page")


class ReturnPage(PublicFormPage):
    form_class = ReturnForm
    form_template = "registrations/retorno_form.html"
    parent_page_types = ["content.LineOfActionPage"]

    class Meta:
        verbose_name = _("Retorno Productivo registration page")
