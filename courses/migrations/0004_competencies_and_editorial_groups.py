from django.db import migrations

# Circular 03/2014/TT-BTTTT: the IT skill standard's 6 basic and 9 advanced modules.
COMPETENCIES = [
    ("IU01", "Hiểu biết về công nghệ thông tin cơ bản", "basic"),
    ("IU02", "Sử dụng máy tính cơ bản", "basic"),
    ("IU03", "Xử lý văn bản cơ bản", "basic"),
    ("IU04", "Sử dụng bảng tính cơ bản", "basic"),
    ("IU05", "Sử dụng trình chiếu cơ bản", "basic"),
    ("IU06", "Sử dụng Internet cơ bản", "basic"),
    ("IU07", "Xử lý văn bản nâng cao", "advanced"),
    ("IU08", "Sử dụng bảng tính nâng cao", "advanced"),
    ("IU09", "Sử dụng trình chiếu nâng cao", "advanced"),
    ("IU10", "Sử dụng hệ quản trị cơ sở dữ liệu", "advanced"),
    ("IU11", "Thiết kế đồ họa hai chiều", "advanced"),
    ("IU12", "Biên tập ảnh", "advanced"),
    ("IU13", "Biên tập trang thông tin điện tử", "advanced"),
    ("IU14", "An toàn, bảo mật thông tin", "advanced"),
    ("IU15", "Sử dụng phần mềm kế hoạch dự án", "advanced"),
]

EDITORS = "Biên tập viên"
MODERATORS = "Kiểm duyệt viên"
WORKFLOW = "Kiểm duyệt nội dung"
# Wagtail's initial data names the groups in English; a Vietnamese site names them in Vietnamese.
RENAMED_GROUPS = {"Editors": EDITORS, "Moderators": MODERATORS}

GROUP_PERMISSIONS = {
    # Model permissions (app_label, codename) for each editorial group.
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("courses", "add_topic"),
        ("courses", "change_topic"),
        ("courses", "view_topic"),
        ("courses", "view_competency"),
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtaildocs", "delete_document"),
        ("courses", "add_topic"),
        ("courses", "change_topic"),
        ("courses", "delete_topic"),
        ("courses", "view_topic"),
        ("courses", "view_competency"),
    ],
}
# Page permissions over the whole tree; the moderation workflow on the root page (Wagtail's
# default "Moderators approval") means editors submit and moderators approve and publish.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def forwards(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    set_up_editorial_data(apps)


def set_up_editorial_data(apps):
    """Competencies, editorial groups with their permissions, and the moderation workflow.

    Idempotent; also called by the browser tests after a database flush.
    """
    Competency = apps.get_model("courses", "Competency")
    for code, name, level in COMPETENCIES:
        Competency.objects.update_or_create(code=code, defaults={"name": name, "level": level})

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    for old_name, new_name in RENAMED_GROUPS.items():
        if not Group.objects.filter(name=new_name).exists():
            Group.objects.filter(name=old_name).update(name=new_name)
    for name, permissions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        if root is not None:
            for codename in PAGE_PERMISSIONS[name]:
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                )
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )
    if root is not None:
        set_up_workflow(apps, root, Group.objects.get(name=MODERATORS))


def set_up_workflow(apps, root, moderators):
    """Editors submit, moderators approve (which publishes): one task, on the whole tree."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    existing = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if existing is not None:
        # Wagtail's initial "Moderators approval": keep it, named in Vietnamese.
        Workflow.objects.filter(pk=existing.workflow_id, name="Moderators approval").update(
            name=WORKFLOW
        )
        GroupApprovalTask.objects.filter(name="Moderators approval").update(name=WORKFLOW)
        return
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.create(name=WORKFLOW, content_type=task_type, active=True)
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=root)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_content_pages"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
