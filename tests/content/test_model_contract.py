"""Every page type is translatable, searchable and exposed to the API beyond Wagtail's defaults."""

import pytest
from wagtail.models import Page, TranslatableMixin, get_page_models

PORTAL_PAGE_TYPES = [
    model for model in get_page_models() if model._meta.app_label in ("content", "network")
]


def test_there_are_portal_page_types():
    assert len(PORTAL_PAGE_TYPES) >= 16


@pytest.mark.parametrize("model", PORTAL_PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_type_is_translatable_searchable_and_in_the_api(model):
    assert issubclass(model, TranslatableMixin)
    own_search_fields = {field.field_name for field in model.search_fields} - {
        field.field_name for field in Page.search_fields
    }
    assert "intro" in own_search_fields
    api_names = {field.name for field in model.api_fields}
    assert "intro" in api_names
    # Every field the page type adds is in the API (a news image goes out as a rendition).
    exposed = api_names | {"image"}
    for field in model._meta.concrete_fields:
        if field.model is model and not field.name.endswith("_ptr"):
            assert field.name in exposed, (
                f"{model.__name__}.{field.name} is missing from api_fields"
            )
