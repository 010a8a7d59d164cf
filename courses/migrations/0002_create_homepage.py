from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's placeholder page with the site's home page as the default site root."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("courses.HomePage")

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="courses")
    root = Page.objects.get(depth=1)
    homepage = HomePage.objects.create(
        locale_id=root.locale_id,
        title="Học tập số Đồng Nai",
        draft_title="Học tập số Đồng Nai",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        intro=(
            "<p>Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và người lao động "
            "theo kế hoạch phát triển nguồn nhân lực của tỉnh giai đoạn 2025–2030.</p>"
        ),
    )
    root.numchild = 1
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(hostname="localhost", root_page=homepage, is_default_site=True)


def remove_homepage(apps, schema_editor):
    apps.get_model("courses.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial")]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
