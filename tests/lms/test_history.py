"""The activity history: HR read what happened in their own subtree, in Vietnamese words."""

import pytest
from django.urls import reverse

from certificates import services as certificate_services
from tests.certificates.conftest import catalog, completed, course, home, template  # noqa: F401
from tests.factories import PersonFactory
from workforce import services


@pytest.fixture
def renamed_unit(unit, department_officer):
    return services.rename_agency(
        agency=unit, name="Phòng Tổ chức cán bộ", actor=department_officer
    )


def test_officer_reads_a_rename_in_their_subtree_in_vietnamese(
    client, department_officer, unit, renamed_unit
):
    client.force_login(department_officer)
    response = client.get(reverse("hr_history:index"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Agency renamed" not in text
    assert f"Đã đổi tên {unit.name} thành Phòng Tổ chức cán bộ" in text
    assert department_officer.full_name in text


def test_sibling_officer_does_not_see_another_subtree(client, sibling_department, renamed_unit):
    from tests.conftest import with_totp
    from tests.factories import HRRoleFactory

    sibling = with_totp(PersonFactory(agency=sibling_department))
    HRRoleFactory(person=sibling, agency=sibling_department)
    client.force_login(sibling)
    response = client.get(reverse("hr_history:index"))
    assert response.status_code == 200
    assert "Phòng Tổ chức cán bộ" not in response.content.decode()


def test_learner_is_refused(client, learner):
    client.force_login(learner)
    assert client.get(reverse("hr_history:index")).status_code == 403


def test_revocation_shows_its_reason_and_the_learner_sees_nothing(
    client,
    department_officer,
    completed,  # noqa: F811
    learner,
):
    from certificates.models import Certificate

    certificate = Certificate.objects.get()
    certificate_services.revoke_certificate(
        certificate=certificate, reason="Cấp nhầm người", actor=department_officer
    )
    client.force_login(department_officer)
    text = client.get(reverse("hr_history:index")).content.decode()
    assert "Cấp nhầm người" in text
    assert certificate.serial in text


def test_an_agency_change_shows_its_decision_and_is_found_by_who_did_it(
    client, department_officer, unit
):
    services.rename_agency(
        agency=unit, name="Phòng Pháp chế", note="QĐ 45/QĐ-UBND", actor=department_officer
    )
    client.force_login(department_officer)
    text = client.get(
        reverse("hr_history:index"), {"q": department_officer.staff_code}
    ).content.decode()
    assert "QĐ 45/QĐ-UBND" in text
    assert "Phòng Pháp chế" in text


def test_reissuing_with_the_same_name_is_refused(completed, department_officer):  # noqa: F811
    from django.core.exceptions import ValidationError

    from certificates.models import Certificate

    certificate = Certificate.objects.get()
    user = certificate.user
    with pytest.raises(ValidationError):
        certificate_services.reissue_certificate(
            certificate=certificate,
            family_name=user.family_name,
            middle_name=user.middle_name,
            given_name=user.given_name,
            actor=department_officer,
        )
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID


def test_a_move_names_the_old_and_the_new_parent(client, department_officer, department, unit):
    from tests.factories import AgencyFactory

    office = AgencyFactory(code="SNV-VP2", name="Văn phòng Sở", parent=department)
    services.move_agency(agency=unit, new_parent=office, actor=department_officer)
    client.force_login(department_officer)
    text = client.get(reverse("hr_history:index")).content.decode()
    assert f"Đã chuyển {unit.name} từ Sở Nội vụ sang Văn phòng Sở" in text
