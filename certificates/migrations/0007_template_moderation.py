"""Certificate templates go through moderation: editors save drafts and submit them, moderators
approve (which publishes). The templates get the site's moderation workflow, and the groups the
permissions to match: editors may add, change and lock templates but not publish them."""

from django.db import migrations

EDITORS = "Biên tập viên"
MODERATORS = "Kiểm duyệt viên"
# Wagtail's initial "Moderators approval", renamed by courses 0004; made here when missing.
WORKFLOW = "Kiểm duyệt nội dung"
WAGTAIL_WORKFLOW = "Moderators approval"
GRANTS = {
    EDITORS: ["add", "change", "view", "lock"],
    MODERATORS: ["add", "change", "delete", "view", "publish", "lock", "unlock"],
}
MODEL = "certificatetemplate"


def set_up_template_moderation(apps):
    """Permissions and the workflow for certificate templates. Idempotent; also called by the
    demo data and the browser tests after a database flush."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="certificates", model=MODEL)
    # Wagtail adds publish/lock/unlock after migrations (post_migrate): made here to grant them.
    permissions = {}
    for action in {action for actions in GRANTS.values() for action in actions}:
        permissions[action], _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{MODEL}",
            defaults={"name": f"Can {action} certificate template"},
        )
    for name, actions in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(permissions[action] for action in actions))
    # Publishing, and unlocking someone else's lock, are the moderators' alone.
    Group.objects.get(name=EDITORS).permissions.remove(
        permissions["publish"], permissions["unlock"]
    )

    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    if not WorkflowContentType.objects.filter(content_type=content_type).exists():
        WorkflowContentType.objects.create(
            content_type=content_type,
            workflow=_moderation_workflow(apps, Group.objects.get(name=MODERATORS)),
        )


def _moderation_workflow(apps, moderators):
    """The workflow pages use (on the root page), else one named as Wagtail's or ours, else a
    new one: one group approval task for the moderators."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    on_root = WorkflowPage.objects.filter(page__depth=1, workflow__active=True).first()
    if on_root is not None:
        return on_root.workflow
    named = Workflow.objects.filter(name__in=[WORKFLOW, WAGTAIL_WORKFLOW], active=True).first()
    if named is not None:
        return named
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.create(name=WORKFLOW, content_type=task_type, active=True)
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def forwards(apps, schema_editor):
    set_up_template_moderation(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0006_production_certificates"),
        ("courses", "0004_competencies_and_editorial_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
