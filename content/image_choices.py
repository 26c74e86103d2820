"""Images a page refers to must come from collections its editor may choose from.

Wagtail's image chooser only offers images the user may choose, but a page's form accepts any
image id it is sent (a crest, a StreamField image block). `forbidden_images()` names the images
of a submitted page the user may not choose, leaving out those the page already used, so an
editor can still save a page that carries an image someone else chose.
"""

from django.db.models import ForeignKey
from wagtail.fields import StreamField
from wagtail.images import get_image_model, get_permission_policy


def image_ids(model, values):
    """{field name: ids of the images it refers to} for the image ForeignKeys and StreamFields
    of `model`, read from `values` (a mapping of field name to value: a form's cleaned data)."""
    image_model = get_image_model()
    found = {}
    for field in model._meta.get_fields():
        if field.name not in values:
            continue
        value = values[field.name]
        if isinstance(field, ForeignKey) and issubclass(field.related_model, image_model):
            found[field.name] = {value.pk} if value is not None else set()
        elif isinstance(field, StreamField) and value is not None:
            found[field.name] = {
                int(object_id)
                for related, object_id, _path, _content in field.extract_references(value)
                if issubclass(related, image_model) and str(object_id).isdigit()
            }
    return found


def field_values(page):
    return {
        field.name: getattr(page, field.name, None)
        for field in page._meta.get_fields()
        if hasattr(field, "attname")
    }


def forbidden_images(user, page, submitted):
    """{field name: images} in `submitted` (cleaned form data for `page`) that the page did not
    use before and that `user` may not choose."""
    model = type(page)
    previous = (
        set().union(set(), *image_ids(model, field_values(page)).values()) if page.pk else set()
    )
    new = {name: ids - previous for name, ids in image_ids(model, submitted).items()}
    allowed = set(
        get_permission_policy()
        .instances_user_has_permission_for(user, "choose")
        .filter(pk__in=set().union(set(), *new.values()))
        .values_list("pk", flat=True)
    )
    image_model = get_image_model()
    return {
        name: list(image_model.objects.filter(pk__in=ids - allowed))
        for name, ids in new.items()
        if ids - allowed
    }
