"""Editors and moderators write certificate templates (issuing body, wording, signer, seal)."""

from django.db import migrations

EDITORS = "Biên tập viên"
MODERATORS = "Kiểm duyệt viên"
GRANTS = {
    EDITORS: ["add_certificatetemplate", "change_certificatetemplate", "view_certificatetemplate"],
    MODERATORS: [
        "add_certificatetemplate",
        "change_certificatetemplate",
        "delete_certificatetemplate",
        "view_certificatetemplate",
    ],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("certificates")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="certificates", codename__in=codenames
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_templates_per_course_and_bulk_jobs"),
        ("courses", "0004_competencies_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
