"""`{% once_per_publish %}`: layout fragments rendered once per publish run and language."""

from django.template import Context, Template
from django.utils import translation

from core.request_cache import shared_cache

TEMPLATE = Template(
    "{% load publish_cache %}{% once_per_publish region %}{{ region }}:{{ visits }}"
    "{% endonce_per_publish %}"
)


def render(**context):
    return TEMPLATE.render(Context(context))


def test_a_fragment_is_reused_within_a_run_for_the_same_keys_and_language():
    token = shared_cache.set({})
    try:
        assert render(region="cusco", visits=1) == "cusco:1"
        assert render(region="cusco", visits=2) == "cusco:1"  # the first rendering, reused
        assert render(region="puno", visits=3) == "puno:3"  # other keys: rendered
        with translation.override("qu"):
            assert render(region="cusco", visits=4) == "cusco:4"  # other language: rendered
    finally:
        shared_cache.reset(token)
    token = shared_cache.set({})  # a new run starts afresh
    try:
        assert render(region="cusco", visits=5) == "cusco:5"
    finally:
        shared_cache.reset(token)


def test_outside_a_publish_run_every_rendering_is_fresh():
    assert render(region="cusco", visits=1) == "cusco:1"
    assert render(region="cusco", visits=2) == "cusco:2"
