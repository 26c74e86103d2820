"""The admin image form (`WAGTAILIMAGES_IMAGE_FORM_BASE`): SVG sanitising and crest rules.

Used by every image upload path (single, multiple, chooser) and the image edit form. All checks
run during validation, before Wagtail writes anything: a rejected file leaves no image, no file
and no pending upload behind. Every problem is reported on the file field, which the multiple
uploader shows next to the file instead of keeping a half-finished upload.
"""

import logging
from io import BytesIO

import willow
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _
from wagtail.images.forms import BaseImageForm

from .crests import crest_problems, extension_of, is_crest_collection, svg_allowed_in
from .svg import SvgRejected, sanitise_svg

logger = logging.getLogger(__name__)


class PortalImageForm(BaseImageForm):
    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("file") if "file" in self.changed_data else None
        collection = self.target_collection(cleaned_data)
        if self.has_error("file") or self.has_error("collection"):
            return cleaned_data

        if upload is not None and extension_of(upload.name) == "svg":
            if not svg_allowed_in(collection):
                self.add_error(
                    "file",
                    _(
                        "SVG images are accepted only in the crest and brand collections. "
                        "Upload a PNG, JPEG or WebP image here."
                    ),
                )
                return cleaned_data
            try:
                upload = cleaned_data["file"] = self.sanitised(upload)
            except SvgRejected as error:
                self.add_error("file", str(error))
                return cleaned_data

        moved_in = "collection" in self.changed_data and self.instance.pk
        if is_crest_collection(collection) and (upload is not None or moved_in):
            for problem in self.crest_problems(upload):
                self.add_error("file", problem)
        return cleaned_data

    def instance_collection(self):
        return self.instance.collection if self.instance.collection_id else None

    def target_collection(self, cleaned_data):
        """Where the image goes. Wagtail hides the collection field when the user may add to one
        collection only, and puts the image there when saving (a new image's own collection is
        the root until then)."""
        if "collection" in self.fields:
            return cleaned_data.get("collection") or self.instance_collection()
        if len(getattr(self, "collections", [])) == 1:
            return self.collections[0]
        return self.instance_collection()

    def crest_problems(self, upload):
        if upload is not None:
            width, height = upload.image.get_size()
            return crest_problems(name=upload.name, size=upload.size, width=width, height=height)
        image = self.instance
        return crest_problems(
            name=image.file.name, size=image.get_file_size(), width=image.width, height=image.height
        )

    @staticmethod
    def sanitised(upload):
        upload.seek(0)
        result = sanitise_svg(upload.read())
        if result.removed:
            logger.warning("SVG upload %s sanitised: removed %s", upload.name, result.removed)
        clean = SimpleUploadedFile(upload.name, result.data, content_type="image/svg+xml")
        clean.image = willow.Image.open(BytesIO(result.data))
        return clean
