"""Which media is private: collections with a view restriction, and everything below them.

Their images and documents never go into the published site (publishing.assets) nor out through
the JSON API (content.api); the CMS serves them after a permission check.
"""

from wagtail.models import Collection


def private_collection_ids():
    """Collections with a view restriction, and everything below them."""
    ids = set()
    for collection in Collection.objects.filter(view_restrictions__isnull=False).distinct():
        ids.update(collection.get_descendants(inclusive=True).values_list("id", flat=True))
    return ids
