"""The headless JSON API: Wagtail API v2 at /api/v2/ (pages, images, documents).

Read-only and public: private pages (view restrictions) and images or documents in private
collections never appear, whoever asks (an editor's session included). Rich text comes out as
HTML (WAGTAILAPI_RICH_TEXT_FORMAT) with absolute links; every URL is absolute on the public site.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import get_full_url
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageDownloadUrlField, ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

from content.api_queries import check_values, with_analysed_search
from core.privacy import private_collection_ids

RELATIVE_URL = re.compile(r'(\s(?:href|src)=")/(?!/)')


def public_urls(data, base, key=None):
    """Throughout a response: pages' `html_url` on the public site (Wagtail uses the Site
    record's hostname), and same-site links inside HTML strings (rich text) absolute."""
    if isinstance(data, str):
        if key == "html_url":
            return base + urlsplit(data).path
        return RELATIVE_URL.sub(rf"\g<1>{base}/", data) if '="/' in data else data
    if isinstance(data, dict):
        return {name: public_urls(value, base, name) for name, value in data.items()}
    if isinstance(data, list):
        return [public_urls(item, base) for item in data]
    return data


class CheckedQueryMixin:
    """Query values checked before use (content/api_queries.py); search analysed like the site's."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        check_values(self.request, queryset.model)

    def find_object(self, queryset, request):
        check_values(request, queryset.model)
        return super().find_object(queryset, request)


class PublicUrlsMixin(CheckedQueryMixin):
    def finalize_response(self, request, response, *args, **kwargs):
        if getattr(response, "data", None) is not None and response.status_code == 200:
            response.data = public_urls(response.data, settings.PUBLIC_BASE_URL)
        return super().finalize_response(request, response, *args, **kwargs)


class PublicPagesAPIViewSet(PublicUrlsMixin, PagesAPIViewSet):
    filter_backends = with_analysed_search(PagesAPIViewSet.filter_backends)
    nested_default_fields = PagesAPIViewSet.nested_default_fields + ["html_url"]

    def get_base_queryset(self):
        # Wagtail hides restricted pages only from visitors who have not passed the restriction.
        return super().get_base_queryset().public()


class HiddenIfPrivateMixin:
    """Nested in a page (a norm's PDF, a news image), a private item shows as null."""

    def to_representation(self, instance):
        private = self.context.setdefault("_private_collections", private_collection_ids())
        if instance.collection_id in private:
            return None
        return super().to_representation(instance)


class AbsoluteImageDownloadUrlField(ImageDownloadUrlField):
    def to_representation(self, image):
        return get_full_url(self.context["request"], image.file.url)


class PublicImageSerializer(HiddenIfPrivateMixin, ImageSerializer):
    download_url = AbsoluteImageDownloadUrlField(read_only=True)


class PublicDocumentSerializer(HiddenIfPrivateMixin, DocumentSerializer):
    pass


class PublicCollectionsMixin(PublicUrlsMixin):
    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=private_collection_ids())


class PublicImagesAPIViewSet(PublicCollectionsMixin, ImagesAPIViewSet):
    filter_backends = with_analysed_search(ImagesAPIViewSet.filter_backends)
    base_serializer_class = PublicImageSerializer


class PublicDocumentsAPIViewSet(PublicCollectionsMixin, DocumentsAPIViewSet):
    filter_backends = with_analysed_search(DocumentsAPIViewSet.filter_backends)
    base_serializer_class = PublicDocumentSerializer


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
