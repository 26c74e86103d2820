"""Editor roles: groups, page/collection/model permissions and the DML moderation workflow.

`setup_roles()` (the `setup_roles` command, also run by `load_demo`) creates or completes every
group below; running it again adds what is missing and changes nothing else. Permissions are only
ever added, so permissions that other parts of the portal grant to these groups survive.

| group | what it may do |
|---|---|
| DML – Editores | add, change, publish every page of every language; all images and documents; links;
  the registry of employment agencies (and its CSV import); the monthly report, the
  content-freshness panel and its weekly email |
| DML – Moderadores | approve or reject in the "Moderación DML" workflow (with the `publish`
  page permission Wagtail requires of whoever approves the last step); the monthly report |
| Región <name> – editores | add and change pages in its region (every language); publish events in
  the region's events area directly; its own image/document collection and crest collection |
| DGSENEP – Imagen institucional | the national brand setting and the "Marca" collection |
| Operadores del buzón Infomigra | read contact messages (membership, see inbox/access.py) |
| Línea 4 – Equipo SIVITMA | SIVITMA contract registrations and their PDFs (registrations/access.py) |
| Traductores | translate pages into English, Quechua, Aymara (changes go to moderation) |

Publishing rules come from Wagtail itself: a user may publish a page only with the `publish`
page permission on it or an ancestor (`PagePermissionTester.can_publish`). Region groups hold
`publish` only on their region's EventIndexPage, whose children can only be events; anything else
they change is submitted to the "Moderación DML" workflow (assigned to every language's home page)
and goes live when a DML moderator approves.

Each language is a separate page tree; `content.signals` copies a page's group permissions and
workflow assignment to every new translation of it, so translating a region (or adding a
language) keeps its editors' rights.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from content.models import EventIndexPage, HomePage
from core.groups import (
    BRAND_TEAM,
    DML_EDITORS,
    DML_MODERATORS,
    REGION_GROUP,
    REGION_GROUP_PREFIX,
    SIVITMA_TEAM,
    TRANSLATORS,
    mailbox_group_names,
)
from network.models import RegionPage

WORKFLOW_NAME = "Moderación DML"
TASK_NAME = "Aprobación DML"

ACCESS_ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"

IMAGE_AND_DOCUMENT_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
CHOOSE_ONLY = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
IMAGE_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]


@dataclass
class Report:
    groups_created: int = 0
    permissions_added: int = 0

    def __str__(self):
        return (
            f"{self.groups_created} group(s) created, {self.permissions_added} permission(s) added"
        )


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def page_permission(action):
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename=f"{action}_page"
    )


class RoleBuilder:
    def __init__(self):
        self.report = Report()

    # -- building blocks --------------------------------------------------------------------
    def group(self, name):
        group, created = Group.objects.get_or_create(name=name)
        self.report.groups_created += created
        return group

    def model_permissions(self, group, dotted_names):
        for dotted in dotted_names:
            perm = permission(dotted)
            if perm is None:
                raise LookupError(f"Permission {dotted} does not exist")
            if not group.permissions.filter(pk=perm.pk).exists():
                group.permissions.add(perm)
                self.report.permissions_added += 1

    def page_permissions(self, group, pages, actions):
        for page in pages:
            for action in actions:
                _obj, created = GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=page_permission(action)
                )
                self.report.permissions_added += created

    def collection_permissions(self, group, collection, dotted_names):
        for dotted in dotted_names:
            _obj, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(dotted)
            )
            self.report.permissions_added += created


def child_collection(parent, name):
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(name=name)


def top_collection(name):
    return child_collection(Collection.get_first_root_node(), name)


def region_collections(name):
    """(media collection, crest collection) of the region called `name`, created if missing."""
    media = child_collection(top_collection(settings.PORTAL_REGIONS_COLLECTION), name)
    crest = child_collection(top_collection(settings.PORTAL_CREST_COLLECTION), name)
    return media, crest


def home_pages():
    """The home page of every language (the Infomigra tree of each locale)."""
    return list(HomePage.objects.all())


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def region_group(region, builder=None):
    """The editors' group of a region: the region group that holds page permissions on it
    (so renaming the group or the region keeps the link), created on first use."""
    existing = (
        Group.objects.filter(
            name__startswith=REGION_GROUP_PREFIX,
            page_permissions__page__translation_key=region.translation_key,
        )
        .distinct()
        .first()
    )
    if existing:
        return existing
    spanish = region.get_translation_or_none(source_locale()) or region
    return (builder or RoleBuilder()).group(REGION_GROUP.format(name=spanish.specific.name))


def moderation_workflow():
    """The "Moderación DML" workflow: one approval step by the DML moderators group."""
    moderators = Group.objects.get_or_create(name=DML_MODERATORS)[0]
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators)
    workflow = Workflow.objects.get_or_create(name=WORKFLOW_NAME)[0]
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def grant_event_publishing(events_area, builder=None):
    """Region editors may publish in their region's events area (an EventIndexPage).

    Called by setup_roles and when such an area is created (roles.signals).
    """
    region = events_area.get_parent().specific
    if not isinstance(region, RegionPage):
        return
    builder = builder or RoleBuilder()
    builder.page_permissions(region_group(region, builder), [events_area], ["publish"])


@transaction.atomic
def setup_roles():
    """Create or complete every group, permission and the workflow; returns a `Report`."""
    builder = RoleBuilder()
    homes = home_pages()
    translated_homes = [home for home in homes if home.locale_id != source_locale().pk]
    root_collection = Collection.get_first_root_node()

    editors = builder.group(DML_EDITORS)
    builder.model_permissions(
        editors,
        [
            ACCESS_ADMIN,
            SUBMIT_TRANSLATION,
            "content.add_linkofinterest",
            "content.change_linkofinterest",
            "content.delete_linkofinterest",
            # the registry of employment agencies (national: no region group may change it).
            "agencies.add_employmentagency",
            "agencies.change_employmentagency",
            "agencies.delete_employmentagency",
            # the monthly report, and the freshness panel and weekly email.
            "monitoring.view_monthly_report",
            "monitoring.view_content_freshness",
        ],
    )
    builder.page_permissions(editors, homes, ["add", "change", "publish", "lock", "unlock"])
    builder.collection_permissions(editors, root_collection, IMAGE_AND_DOCUMENT_PERMISSIONS)

    moderators = builder.group(DML_MODERATORS)
    builder.model_permissions(
        moderators,
        [ACCESS_ADMIN, "monitoring.view_monthly_report", "inbox.change_mailboxsettings"],
    )
    # Wagtail publishes an approved revision as the approving moderator
    # (PublishPageRevisionAction checks the approver's `publish` permission).
    builder.page_permissions(moderators, homes, ["publish"])
    builder.collection_permissions(moderators, root_collection, CHOOSE_ONLY)

    brand_team = builder.group(BRAND_TEAM)
    builder.model_permissions(brand_team, [ACCESS_ADMIN, "themes.change_brandsettings"])
    builder.collection_permissions(
        brand_team,
        top_collection(settings.PORTAL_BRAND_COLLECTION),
        IMAGE_PERMISSIONS,
    )

    # The mailbox and the SIVITMA registrations check membership.
    for name in [*mailbox_group_names(), SIVITMA_TEAM]:
        builder.model_permissions(builder.group(name), [ACCESS_ADMIN])

    translators = builder.group(TRANSLATORS)
    builder.model_permissions(translators, [ACCESS_ADMIN, SUBMIT_TRANSLATION])
    builder.page_permissions(translators, translated_homes, ["add", "change"])
    builder.collection_permissions(translators, root_collection, CHOOSE_ONLY)

    for region in RegionPage.objects.filter(locale=source_locale()).order_by("name"):
        group = region_group(region, builder)
        builder.model_permissions(group, [ACCESS_ADMIN, SUBMIT_TRANSLATION])
        builder.page_permissions(group, region.get_translations(inclusive=True), ["add", "change"])
        if region.events_area is not None:
            for area in EventIndexPage.objects.filter(
                translation_key=region.events_area.translation_key
            ):
                grant_event_publishing(area, builder)
        media, crest = region_collections(region.name)
        builder.collection_permissions(group, media, IMAGE_AND_DOCUMENT_PERMISSIONS)
        builder.collection_permissions(group, crest, IMAGE_PERMISSIONS)

    workflow = moderation_workflow()
    for home in homes:
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    return builder.report
