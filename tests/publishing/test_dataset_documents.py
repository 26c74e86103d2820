"""A chart drawn from an uploaded CSV document follows the document: when the editor uploads a
corrected file, the pages that chart it are re-published with the new figures."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from content.models import TopicPage
from publishing.render import output_path
from publishing.search_index import wait_for_index


@pytest.mark.django_db
def test_a_corrected_csv_document_republishes_the_chart(site, django_capture_on_commit_callbacks):
    document = get_document_model().objects.create(
        title="Empleo formal en Puno",
        file=ContentFile("Región,Empleo formal (%)\nPuno,10.2\n".encode(), name="puno.csv"),
    )
    page = TopicPage.objects.get(locale__language_code="es", slug="indicadores-del-mercado-laboral")
    page.body.append(
        (
            "dataset_chart",
            {
                "title": "Empleo formal en Puno",
                "document": document,
                "csv": "",
                "kind": "bars",
                "source": "INEI (datos de ejemplo)",
                "date": datetime.date(2024, 12, 31),
            },
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    published = site.root / "current" / output_path(page.url)
    assert '<th scope="row">Puno</th><td>10,2</td>' in published.read_text()

    with django_capture_on_commit_callbacks(execute=True):
        document.file = ContentFile(
            "Región,Empleo formal (%)\nPuno,11.4\n".encode(), name="puno.csv"
        )
        document.save()
    html = published.read_text()
    assert '<th scope="row">Puno</th><td>11,4</td>' in html
    assert "<td>10,2</td>" in html  # the demo's own chart is untouched
    assert wait_for_index(timeout=60)
