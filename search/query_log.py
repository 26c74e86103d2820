"""The query log of the monthly report: searches on the server and on the published site's
static search page (monitoring/search_counts.py) are counted here, the same way."""

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.analysis import fold
from search.models import ZeroResultDailyHits


def log_search(query, found):
    """Wagtail's query log (top searches), plus our count of searches that found nothing."""
    logged = Query.get(fold(query))
    # Wagtail dates hits in UTC; the monthly report counts Lima days, as ZeroResultDailyHits.
    logged.add_hit(date=timezone.localdate())
    if not found:
        ZeroResultDailyHits.add_hit(logged)
