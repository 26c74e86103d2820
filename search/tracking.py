"""Search logging for the monthly report: every search, and those that found nothing."""

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from .models import NoResultsDailyHits


def record_search(query_string, *, language_code, result_count):
    """Count one search in Wagtail's query tracking and, when nothing was found, ours.

    Days are local (America/Lima) days, the ones the monthly report groups by.
    """
    if not query_string.strip():
        return
    today = timezone.localdate()
    query = Query.get(query_string)
    query.add_hit(date=today)
    if result_count == 0:
        row, _created = NoResultsDailyHits.objects.get_or_create(
            query=query, language_code=language_code, date=today
        )
        NoResultsDailyHits.objects.filter(pk=row.pk).update(hits=F("hits") + 1)
