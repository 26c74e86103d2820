"""Uploaded media that is not in the published release, served by the CMS with a permission check.

The release holds the renditions and originals that published pages use, never one of a private
collection (a collection with a view restriction, or below one); nginx and `make run` serve those
files. Everything else under `/media/` comes here: an image original or rendition is served when
its image's collection is public at the time of the request, when the visitor passes the
collection's restriction (signed in, member of the group, or the password given), or to an editor
who may choose or change the image. Documents are never served from `/media/`: `/documents/`
checks their collection. Any other file (pending uploads, leftovers) is not served at all.
"""

import mimetypes

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

EDITOR_ACTIONS = ["choose", "change"]
PUBLIC_MAX_AGE = 24 * 60 * 60
PRIVATE_MAX_AGE = 10 * 60


def image_of(name):
    """The image whose original or rendition is stored under `name` (relative to MEDIA_ROOT)."""
    Image = get_image_model()
    if name.startswith("original_images/"):
        return Image.objects.filter(file=name).select_related("collection").first()
    if name.startswith("images/"):
        rendition = (
            Image.get_rendition_model()
            .objects.filter(file=name)
            .select_related("image__collection")
            .first()
        )
        return rendition.image if rendition else None
    return None


def may_see(request, image):
    """(allowed, private) for this request and image."""
    restrictions = image.collection.get_view_restrictions()
    if not restrictions:
        return True, False
    if all(restriction.accept_request(request) for restriction in restrictions):
        return True, True
    user = request.user
    policy = policy_registry.get_by_type(type(image))
    if user.is_authenticated and policy.user_has_any_permission_for_instance(
        user, EDITOR_ACTIONS, image
    ):
        return True, True
    return False, True


@require_safe
def serve_media(request, path):
    image = image_of(path)
    if image is None:
        raise Http404("No such media file.")
    allowed, private = may_see(request, image)
    if not allowed:
        raise Http404("No such media file.")  # the same answer as for a file that does not exist
    try:
        handle = image.file.storage.open(path, "rb")  # `path` is a stored name, not user input
    except FileNotFoundError as error:
        raise Http404("No such media file.") from error
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    if private:
        response["Cache-Control"] = f"private, max-age={PRIVATE_MAX_AGE}"
        response["Vary"] = "Cookie"
    else:
        response["Cache-Control"] = f"public, max-age={PUBLIC_MAX_AGE}"
    return response
