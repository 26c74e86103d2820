"""The groups of the contact mailbox: operators and "La voz del migrante" moderators.

Get-or-create by name (content/contact/roles.py), each with access to the Wagtail admin. Safe to
merge with a `setup_roles` command that creates groups with the same names.
"""

from django.db import migrations

GROUPS = ["Operadores del buzón Infomigra", "DML – Moderadores"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        if access_admin is not None:
            group.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0006_contact_mailbox_and_voice"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
