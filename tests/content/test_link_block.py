"""A link with neither a page nor an address is refused with a message, not a server error."""

import pytest
from django.utils import translation
from wagtail import blocks

from content.blocks import LinkBlock


def test_a_link_without_page_or_address_is_refused_with_a_message():
    block = LinkBlock()
    value = block.to_python({"title": "INEI", "page": None, "url": "", "description": ""})
    with translation.override("es"), pytest.raises(blocks.StructBlockValidationError) as error:
        block.clean(value)
    with translation.override("es"):
        assert error.value.block_errors["url"].messages == ["Elija una página o una dirección web."]
