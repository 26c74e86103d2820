"""Static assets: collected with hashed names, served compressed by whitenoise with long caching."""

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client, override_settings

MANIFEST_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

THIRD_PARTY_STATIC = ["admin", "rest_framework", "wagtail*"]


@pytest.mark.django_db
def test_stylesheet_is_hashed_compressed_and_cached_for_a_year(tmp_path):
    with override_settings(
        STATIC_ROOT=tmp_path, STORAGES=MANIFEST_STORAGES, WHITENOISE_USE_FINDERS=False
    ):
        # The portal's own assets only: compressing Wagtail's and Django's admin files would cost
        # about 20 s and prove nothing more.
        call_command(
            "collectstatic", interactive=False, verbosity=0, ignore_patterns=THIRD_PARTY_STATIC
        )
        url = static("themes/css/portal.css")
        assert url != "/static/themes/css/portal.css"
        assert (tmp_path / url.removeprefix("/static/")).exists()
        assert (tmp_path / (url.removeprefix("/static/") + ".br")).exists()

        client = Client()
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response.status_code == 200
        assert response["Content-Encoding"] == "br"
        assert "immutable" in response["Cache-Control"]

        home = client.get("/es/")
        assert url in home.content.decode()
