"""The sitemap index and the languages' sitemaps, written from the release manifest."""

from publishing import sitemap
from publishing.writer import SiteWriter


def record(path, locale, key, lastmod="2026-12-01T10:00:00.123456+00:00"):
    return {"path": path, "locale": locale, "key": key, "lastmod": lastmod}


def test_a_language_without_pages_loses_its_sitemap_and_its_place_in_the_index(tmp_path, settings):
    settings.PUBLIC_BASE_URL = "https://infomigra.example"
    writer = SiteWriter(tmp_path)
    pages = {
        "1": record("/es/guia/", "es", "a"),
        "2": record("/qu/guia/", "qu", "a", lastmod="2026-12-03T08:00:00+00:00"),
        "3": record("/es/noticias/", "es", "b", lastmod=None),
    }
    sitemap.write(writer, pages)
    index = (tmp_path / "sitemap.xml").read_text()
    assert index.index("/sitemap-es.xml") < index.index("/sitemap-qu.xml")  # settings' order
    assert "<lastmod>2026-12-03T08:00:00+00:00</lastmod>" in index
    quechua = (tmp_path / "sitemap-qu.xml").read_text()
    assert "<loc>https://infomigra.example/qu/guia/</loc>" in quechua
    assert 'hreflang="es" href="https://infomigra.example/es/guia/"' in quechua
    assert "/es/noticias/" not in quechua

    del pages["2"]
    sitemap.write(writer, pages)
    assert not (tmp_path / "sitemap-qu.xml").exists()
    assert "sitemap-qu.xml" not in (tmp_path / "sitemap.xml").read_text()
    assert "https://infomigra.example/es/noticias/" in (tmp_path / "sitemap-es.xml").read_text()
