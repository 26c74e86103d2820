"""Every page type: allowed in the intended place only, creatable in the admin, routable, renderable."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from agencies.pages import OfferCheckPage
from content.models import (
    ContactPage,
    ContestsVideosPage,
    CountryGuideIndexPage,
    CountryGuidePage,
    EventIndexPage,
    EventPage,
    HomePage,
    LegislationIndexPage,
    LegislationPage,
    LineOfActionPage,
    LinksPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    StudyIndexPage,
    StudyPage,
    TopicPage,
)
from network.models import OfficeFinderPage, OfficePage, RegionPage, SenepNetworkPage
from registrations.pages import ReturnPage, SivitmaPage

INDEXES = [
    CountryGuideIndexPage,
    LegislationIndexPage,
    NewsIndexPage,
    EventIndexPage,
    StudyIndexPage,
    LinksPage,
    ContestsVideosPage,
]


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_children(self):
        self.assertAllowedSubpageTypes(
            HomePage, {LineOfActionPage, StandardPage, SenepNetworkPage, ContactPage, *INDEXES}
        )
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())

    def test_leaf_pages_live_under_their_index_only(self):
        for child, parents in [
            (CountryGuidePage, {CountryGuideIndexPage}),
            (LegislationPage, {LegislationIndexPage}),
            (NewsPage, {NewsIndexPage, RegionPage}),
            (EventPage, {EventIndexPage}),
            (StudyPage, {StudyIndexPage}),
        ]:
            with self.subTest(child=child.__name__):
                self.assertAllowedParentPageTypes(child, parents)
                self.assertCanNotCreateAt(HomePage, child)
                self.assertCanNotCreateAt(LineOfActionPage, child)

    def test_topics_and_registration_forms_belong_to_lines(self):
        self.assertAllowedParentPageTypes(TopicPage, {LineOfActionPage, TopicPage})
        self.assertAllowedSubpageTypes(
            LineOfActionPage, {TopicPage, SivitmaPage, ReturnPage, OfferCheckPage}
        )
        self.assertAllowedParentPageTypes(SivitmaPage, {LineOfActionPage})
        self.assertAllowedParentPageTypes(ReturnPage, {LineOfActionPage})
        self.assertCanNotCreateAt(HomePage, TopicPage)
        self.assertCanNotCreateAt(NewsIndexPage, TopicPage)

    def test_home_only_under_root_and_lines_only_under_home(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(LineOfActionPage, {HomePage})
        self.assertCanNotCreateAt(LineOfActionPage, LineOfActionPage)
        self.assertCanNotCreateAt(NewsIndexPage, HomePage)


def _body(text="Texto de prueba."):
    return streamfield([("paragraph", rich_text(f"<p>{text}</p>"))])


class AdminCreationTests(WagtailPageTestCase):
    """Editors create each page type through the real admin form, under a fresh home page."""

    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = root.add_child(instance=HomePage(title="Inicio de prueba", slug="inicio-prueba"))
        cls.line = cls.home.add_child(
            instance=LineOfActionPage(title="Línea de prueba", slug="linea-prueba", number=1)
        )
        cls.indexes = {
            model: cls.home.add_child(
                instance=model(title=model.__name__, slug=model.__name__.lower())
            )
            for model in INDEXES
        }

    def setUp(self):
        self.login()

    def base_data(self, title, **extra):
        return nested_form_data({"title": title, "intro": "Resumen.", **extra})

    def test_create_line_topic_and_standard_page(self):
        self.assertCanCreate(
            self.home,
            LineOfActionPage,
            self.base_data("Otra línea", number=2, audience="Retornantes", body=_body()),
        )
        self.assertCanCreate(
            self.line, TopicPage, self.base_data("Primeras consideraciones", body=_body())
        )
        self.assertCanCreate(
            self.home, StandardPage, self.base_data("Aviso de privacidad", body=_body())
        )
        self.assertCanCreate(
            self.home,
            ContactPage,
            self.base_data(
                "Contáctenos",
                body=_body(),
                thank_you_text=rich_text("<p>Gracias.</p>"),
                privacy_page="",
            ),
        )

    def test_create_index_pages(self):
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Otro inicio", slug="otro-inicio")
        )
        for model in INDEXES:
            with self.subTest(model=model.__name__):
                extra = {"body": _body()} if model in (LinksPage, ContestsVideosPage) else {}
                self.assertCanCreate(
                    home, model, self.base_data(f"Índice {model.__name__}", **extra)
                )

    def test_create_country_guide(self):
        data = self.base_data(
            "Guía de prueba",
            country_code="ES",
            audience="emigrants",
            work_permit=_body("Visado de trabajo."),
            before_travel=_body(),
            health=rich_text("<p>Salud.</p>"),
            education=rich_text("<p>Educación.</p>"),
            labour_rights=rich_text("<p>Derechos.</p>"),
            local_procedures=rich_text("<p>Trámites.</p>"),
            consulates=streamfield(
                [
                    (
                        "contact",
                        {
                            "name": "Consulado",
                            "address": "",
                            "phone": "",
                            "email": "",
                            "url": "",
                            "emergency": True,
                        },
                    )
                ]
            ),
            sources=streamfield(
                [("source", {"title": "Fuente oficial", "url": "https://www.gob.pe"})]
            ),
            last_reviewed="2026-01-10",
            next_review_due="2027-01-10",
        )
        self.assertCanCreate(self.indexes[CountryGuideIndexPage], CountryGuidePage, data)

    def test_create_legislation_news_event_study(self):
        self.assertCanCreate(
            self.indexes[LegislationIndexPage],
            LegislationPage,
            self.base_data(
                "Ley de prueba",
                number="99999",
                norm_type="ley",
                date_issued="2020-05-01",
                scope="national",
                status="vigente",
                summary=rich_text("<p>Resumen claro.</p>"),
                official_url="",
                amendments=inline_formset([]),
            ),
        )
        self.assertCanCreate(
            self.indexes[NewsIndexPage],
            NewsPage,
            self.base_data(
                "Noticia de prueba", date="2026-11-01", scope="international", body=_body()
            ),
        )
        self.assertCanCreate(
            self.indexes[EventIndexPage],
            EventPage,
            self.base_data(
                "Evento de prueba",
                start="2026-12-01 10:00",
                end="2026-12-01 12:00",
                place="Lima",
                online_url="",
                scope="national",
                body=_body(),
            ),
        )
        self.assertCanCreate(
            self.indexes[StudyIndexPage],
            StudyPage,
            self.base_data("Estudio de prueba", authors="OIM", year=2024, body=_body()),
        )

    def test_event_cannot_end_before_it_starts(self):
        data = self.base_data(
            "Evento imposible",
            start="2026-12-01 10:00",
            end="2026-11-30 10:00",
            place="",
            online_url="",
            scope="national",
            body=_body(),
        )
        with self.assertRaisesMessage(AssertionError, "end"):
            self.assertCanCreate(self.indexes[EventIndexPage], EventPage, data)


class RoutingAndRenderingTests(WagtailPageTestCase):
    """Each page type of the demo tree is served at its URL and renders with the shared layout."""

    def test_every_page_type_is_routable_and_renderable(self):
        for model in [
            HomePage,
            LineOfActionPage,
            TopicPage,
            StandardPage,
            CountryGuidePage,
            LegislationPage,
            NewsPage,
            EventPage,
            StudyPage,
            SenepNetworkPage,
            RegionPage,
            OfficePage,
            OfficeFinderPage,
            ContactPage,
            *INDEXES,
        ]:
            page = model.objects.live().filter(locale__language_code="es").first()
            with self.subTest(model=model.__name__):
                self.assertIsNotNone(page, f"the demo has no {model.__name__}")
                # Wagtail's assertPageIsRoutable ignores the /es/ language prefix; route for real.
                self.assertEqual(self.client.get(page.url).status_code, 200, page.url)
                self.assertPageIsRenderable(page)

    def test_legislation_filters_narrow_the_list(self):
        # Filters are addresses (the listing is published as static files): status/derogada/.
        index = LegislationIndexPage.objects.get(locale__language_code="es")
        everything = self.client.get(index.url)
        repealed = self.client.get(index.url + "status/derogada/")
        self.assertEqual(everything.status_code, 200)
        self.assertLess(len(repealed.context["items"]), len(everything.context["items"]))
        self.assertTrue(all(item.status == "derogada" for item in repealed.context["items"]))
        self.assertIn(
            f'href="{index.url}status/derogada/" aria-current="page"', repealed.content.decode()
        )
        for bogus in ("status/nope/", "nope/derogada/", "status/derogada/page/9/"):
            self.assertEqual(self.client.get(index.url + bogus).status_code, 404, bogus)

    def test_country_guide_shows_every_part_and_review_date(self):
        guide = CountryGuidePage.objects.get(locale__language_code="es", country_code="ES")
        html = self.client.get(guide.url).content.decode()
        for anchor in ["work-permit", "before-travel", "first-steps", "contacts", "sources"]:
            self.assertIn(f'id="{anchor}"', html)
        self.assertIn(guide.last_reviewed.strftime("%Y-%m-%d"), html)
