import datetime

import pytest
from django.core.exceptions import ValidationError

from tests.factories import AgencyFactory, PersonFactory
from workforce import services, signals
from workforce.models import AgencyChange

pytestmark = pytest.mark.django_db

BEFORE = datetime.date(2024, 12, 31)
MERGED_ON = datetime.date(2025, 3, 1)


@pytest.fixture
def ict(province):
    return services.create_agency(
        code="STTTT",
        name="Sở Thông tin và Truyền thông",
        kind="department",
        parent=province,
        effective_on=datetime.date(2020, 1, 1),
    )


@pytest.fixture
def science(province):
    return services.create_agency(
        code="SKHCN",
        name="Sở Khoa học và Công nghệ",
        kind="department",
        parent=province,
        effective_on=datetime.date(2020, 1, 1),
    )


def test_merge_moves_people_and_units_and_keeps_the_old_agency_readable(ict, science):
    ict_unit = AgencyFactory(
        code="STTTT-VP",
        name="Văn phòng Sở TTTT",
        parent=ict,
        effective_on=datetime.date(2021, 1, 1),
    )
    person = PersonFactory(agency=ict)
    moved = []
    signals.person_moved.connect(
        lambda sender, **kw: moved.append(kw), weak=False, dispatch_uid="t"
    )
    try:
        services.merge_agency(agency=ict, into=science, effective_on=MERGED_ON)
    finally:
        signals.person_moved.disconnect(dispatch_uid="t")

    ict.refresh_from_db()
    person.refresh_from_db()
    ict_unit.refresh_from_db()
    assert not ict.is_active
    assert ict.successor == science
    assert ict.closed_on == MERGED_ON
    assert person.agency == science
    assert ict_unit.get_parent() == science
    assert moved and moved[0]["to_agency"] == science
    # History: on a past date the old agency is named as it was, and active.
    assert ict.name_on(BEFORE) == "Sở Thông tin và Truyền thông"
    assert ict.state_on(BEFORE).is_active
    assert not ict.state_on(MERGED_ON).is_active
    assert ict.state_on(MERGED_ON).other_agency == science
    assert ict_unit.state_on(BEFORE).parent == ict
    assert ict_unit.state_on(MERGED_ON).parent == science
    assert AgencyChange.objects.filter(agency=science, action="absorbed").exists()


def test_rename_keeps_the_former_name_for_past_dates(science):
    services.rename_agency(
        agency=science, name="Sở Khoa học, Công nghệ và Chuyển đổi số", effective_on=MERGED_ON
    )
    science.refresh_from_db()
    assert science.name == "Sở Khoa học, Công nghệ và Chuyển đổi số"
    assert science.name_on(BEFORE) == "Sở Khoa học và Công nghệ"
    assert science.name_on(datetime.date(2019, 1, 1)) is None


def test_agency_cannot_move_under_its_own_unit(science):
    unit = AgencyFactory(parent=science)
    with pytest.raises(ValidationError):
        services.move_agency(agency=science, new_parent=unit)


def test_closing_refuses_while_people_remain(science):
    PersonFactory(agency=science)
    with pytest.raises(ValidationError):
        services.close_agency(agency=science)
    science.refresh_from_db()
    assert science.is_active


def test_cannot_merge_into_a_closed_agency(ict, science, province):
    other = AgencyFactory(parent=province)
    services.merge_agency(agency=ict, into=science)
    with pytest.raises(ValidationError):
        services.merge_agency(agency=other, into=ict)


def test_merge_form_errors_reach_the_page_and_nothing_changes(client, superuser, ict):
    client.force_login(superuser)
    response = client.post(
        f"/admin/agencies/{ict.pk}/merge/",
        {"into": ict.pk, "effective_on": "2025-03-01", "confirm": "on"},
    )
    assert response.status_code == 200
    ict.refresh_from_db()
    assert ict.is_active


def test_changes_cannot_be_back_dated_before_the_latest_one(science):
    services.rename_agency(agency=science, name="Sở KH&CN", effective_on=datetime.date(2026, 1, 1))
    with pytest.raises(ValidationError) as error:
        services.close_agency(agency=science, effective_on=datetime.date(2025, 7, 1))
    assert "effective_on" in error.value.message_dict
    science.refresh_from_db()
    assert science.is_active
    assert science.state_on(datetime.date(2025, 8, 1)).name == "Sở Khoa học và Công nghệ"
