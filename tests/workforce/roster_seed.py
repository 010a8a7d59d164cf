"""Data for tests/workforce/test_roster_under_load.py, run in a fresh database by `manage.py
shell`: a published course assigned to a department, its HR officer and a learner."""

import datetime

from courses import services as courses
from courses.models import CatalogPage, CoursePage, HomePage
from tests.factories import AgencyFactory, HRRoleFactory, PersonFactory
from workforce.models import AgencyKind, HRRole

PASSWORD = "mật-khẩu-thử-1"  # tests.factories.PersonFactory's


def seed() -> None:
    catalog = HomePage.objects.get().add_child(instance=CatalogPage(title="Khóa học", slug="kh"))
    course = catalog.add_child(
        instance=CoursePage(title="Kỹ năng số cơ bản", slug="iu01", code="iu01", summary="IU01")
    )
    course.save_revision().publish()
    province = AgencyFactory(name="UBND tỉnh Đồng Nai", code="DN", kind=AgencyKind.PROVINCE)
    department = AgencyFactory(name="Sở Nội vụ", code="SNV", parent=province)
    officer = PersonFactory(staff_code="HR-SNV", agency=department)
    HRRoleFactory(person=officer, agency=department, role=HRRole.Role.OFFICER)
    PersonFactory(staff_code="HV-01", agency=department)
    courses.assign(
        page=course,
        agency=department,
        due_on=datetime.date.today() + datetime.timedelta(days=60),
        actor=officer,
    )
