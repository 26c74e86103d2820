"""API fields for relations shown on pages but not stored on them (e.g. norms a norm amends)."""

from django.conf import settings
from rest_framework.fields import Field
from wagtail.images.api.fields import ImageRenditionField

from core.privacy import private_collection_ids


class PageLinksField(Field):
    """A read-only list of live, public pages: id, title, and their public address."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, pages):
        return [
            {
                "id": page.pk,
                "title": page.title,
                "html_url": settings.PUBLIC_BASE_URL + page.url if page.url else None,
            }
            for page in pages.live().public()
        ]


class PublicImageRenditionField(ImageRenditionField):
    """A rendition, or null when the image sits in a private collection."""

    def to_representation(self, image):
        private = self.context.setdefault("_private_collections", private_collection_ids())
        if image.collection_id in private:
            return None
        return super().to_representation(image)
