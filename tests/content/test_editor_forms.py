"""Editors add charts of figures, contests and consulate hours through the real admin form; what
cannot be published comes back as the form with a message in their language, never a 500."""

import json

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.models import ContestsVideosPage, HomePage, LineOfActionPage, TopicPage

CHART = {
    "title": "Remesas por año",
    "document": "",
    "csv": "Año,Remesas\n2023,4445\n2024,4930",
    "kind": "line",
    "source": "BCRP (datos de ejemplo)",
    "date": "2024-12-31",
}
CONTEST = {
    "title": "Concurso de relatos",
    "opens": "2027-03-01",
    "closes": "2027-04-15",
    "description": rich_text("<p>Cuéntanos tu historia.</p>"),
    "rules": streamfield([]),
}


class EditorFormsTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = root.add_child(instance=HomePage(title="Inicio de prueba", slug="inicio-prueba"))
        cls.line = cls.home.add_child(
            instance=LineOfActionPage(title="Línea de prueba", slug="linea-prueba", number=1)
        )

    def setUp(self):
        self.login()

    def topic(self, chart):
        return nested_form_data(
            {
                "title": "Indicadores",
                "slug": "indicadores-prueba",
                "intro": "Resumen.",
                "body": streamfield([("dataset_chart", chart)]),
            }
        )

    def post_topic(self, chart):
        url = reverse("wagtailadmin_pages:add", args=("content", "topicpage", self.line.pk))
        return self.client.post(url, self.topic(chart), HTTP_ACCEPT_LANGUAGE="es")

    def test_a_topic_with_a_chart_is_created_and_shows_chart_and_table(self):
        self.assertCanCreate(self.line, TopicPage, self.topic(CHART))
        page = TopicPage.objects.get(slug="indicadores-prueba")
        # The editor's preview of the draft (the test home page has no site address).
        preview = reverse("wagtailadmin_pages:view_draft", args=(page.pk,))
        html = self.client.get(preview).content.decode()
        assert 'class="chart chart--line" data-pagefind-ignore role="img"' in html
        assert '<th scope="row">2024</th><td>4930</td>' in html

    def test_figures_that_are_not_numbers_come_back_with_the_reason(self):
        response = self.post_topic({**CHART, "csv": "Año,Remesas\n2024,muchas"})
        assert response.status_code == 200
        # Wagtail hands block errors to its form as JSON
        expected = json.dumps("“muchas” no es un número")[1:-1]
        assert expected in response.content.decode()
        assert not TopicPage.objects.filter(slug="indicadores-prueba").exists()

    def test_a_contest_that_closes_before_it_opens_comes_back_with_the_reason(self):
        index = self.home.add_child(instance=ContestsVideosPage(title="Concursos", slug="conc"))
        data = nested_form_data(
            {
                "title": "Otro",
                "slug": "otro",
                "intro": "",
                "body": streamfield([("contest", {**CONTEST, "closes": "2027-02-01"})]),
            }
        )
        # Only one contests page per home: post the edit form of the existing one instead.
        url = reverse("wagtailadmin_pages:edit", args=(index.pk,))
        response = self.client.post(url, data, HTTP_ACCEPT_LANGUAGE="es")
        assert response.status_code == 200
        assert json.dumps("no puede cerrar antes de abrir")[1:-1] in response.content.decode()
        data["body-0-value-closes"] = "2027-04-15"
        response = self.client.post(url, data, HTTP_ACCEPT_LANGUAGE="es")
        assert response.status_code == 302
        index.refresh_from_db()
        [contest] = index.get_latest_revision_as_object().body
        assert contest.value["closes"].isoformat() == "2027-04-15"
