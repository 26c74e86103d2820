"""The admin form of every portal page: the server-side checks the editor's widgets assume."""

from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.base import BlockWidget
from wagtail.fields import StreamField

from content.image_choices import forbidden_images


class StrictBlockWidget(BlockWidget):
    """A StreamField whose submitted keys are missing or malformed (`body-count`, a block's
    `-type`, `-order` or `-value`) is a bad request, not a server error."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (KeyError, ValueError, TypeError, IndexError) as error:
            raise BadRequest(_("The page form is incomplete; reload the editor.")) from error


class PortalPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if type(field.widget) is BlockWidget:
                field.widget.__class__ = StrictBlockWidget

    def clean(self):
        cleaned_data = super().clean()
        if self.for_user is None:
            return cleaned_data
        for name, images in forbidden_images(self.for_user, self.instance, cleaned_data).items():
            titles = ", ".join(f"“{image.title}”" for image in images)
            message = _("You may not use these images here: %(titles)s.") % {"titles": titles}
            in_stream = isinstance(type(self.instance)._meta.get_field(name), StreamField)
            self.add_error(None if in_stream else name, message)
        return cleaned_data
