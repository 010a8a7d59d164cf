"""Data for tests/certificates/test_worker_faults.py, run in a fresh database by `manage.py
shell`: completed enrolments with no certificate, and a bulk job to issue them."""

import json

from certificates import bulk
from certificates.models import BulkJob, CertificateTemplate
from courses.models import CatalogPage, CoursePage, HomePage
from tests.certificates.test_bulk import completed_without_certificates
from tests.factories import AgencyFactory, PersonFactory
from workforce.models import AgencyKind


def seed(count: int) -> None:
    CertificateTemplate.objects.create(
        name="Mặc định",
        issuer="Sở Nội vụ tỉnh Đồng Nai",
        signer_name="Trần Minh Đức",
        serial_prefix="SNV",
        is_default=True,
    )
    catalog = HomePage.objects.get().add_child(instance=CatalogPage(title="Khóa học", slug="kh"))
    course = catalog.add_child(
        instance=CoursePage(title="An toàn thông tin", slug="iu14", code="iu14", summary="IU14")
    )
    course.save_revision().publish()
    province = AgencyFactory(name="UBND tỉnh Đồng Nai", code="DN", kind=AgencyKind.PROVINCE)
    admin = PersonFactory(staff_code="QTV", agency=province, is_superuser=True)
    completed_without_certificates(course, province, count)
    job = bulk.start_bulk_job(kind=BulkJob.Kind.ISSUE_MISSING, user=admin)
    print(json.dumps({"job": job.pk}))
