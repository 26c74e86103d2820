"""Helpers of the migrations that move models out of the content app into apps of their own.

A moved model keeps its rows: the new app's `0001_initial` creates it in the migration state only,
content's migration removes it from content's state and renames its table (and the tables of its
many-to-many fields) to the new app's name, and the new app's `0002_content_types` renames the
model's `ContentType` row. Renaming the row, rather than creating a new one, keeps everything that
points at it by id: group permissions, `Page.content_type`, revisions, wagtail-localize sources,
the reference index, the admin log. `move_queued_tasks` re-points tasks waiting in the queue when
the module that defines them moves.
"""

from django.db import migrations


def rename_content_types(apps, schema_editor, old_label, new_label, model_names):
    ContentType = apps.get_model("contenttypes", "ContentType")
    rows = ContentType.objects.using(schema_editor.connection.alias)
    for model in model_names:
        current = rows.filter(app_label=old_label, model=model).first()
        if current is None:
            continue  # a fresh database: content types are created after migrating
        # A row for the new label exists only if `migrate` stopped between the two migrations
        # (post_migrate then created it, with unused permissions): the old row wins.
        rows.filter(app_label=new_label, model=model).delete()
        current.app_label = new_label
        current.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()
    from django.contrib.contenttypes.models import ContentType as CurrentContentType

    CurrentContentType.objects.clear_cache()  # the process's own cache of content types


def move_content_types(old_label, new_label, model_names):
    """A reversible `RunPython` that moves the content types of `model_names` to `new_label`."""

    def forwards(apps, schema_editor):
        rename_content_types(apps, schema_editor, old_label, new_label, model_names)

    def backwards(apps, schema_editor):
        rename_content_types(apps, schema_editor, new_label, old_label, model_names)

    return migrations.RunPython(forwards, backwards, elidable=False)


def move_queued_tasks(paths):
    """A reversible `RunPython` that points tasks still waiting in the database queue at the
    task's new module (`paths`: old dotted path -> new dotted path); the worker imports it."""

    def rename(apps, schema_editor, renames):
        DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
        rows = DBTaskResult.objects.using(schema_editor.connection.alias)
        for old, new in renames.items():
            rows.filter(task_path=old, status="READY").update(task_path=new)

    def forwards(apps, schema_editor):
        rename(apps, schema_editor, paths)

    def backwards(apps, schema_editor):
        rename(apps, schema_editor, {new: old for old, new in paths.items()})

    return migrations.RunPython(forwards, backwards, elidable=False)
