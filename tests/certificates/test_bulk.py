"""Bulk jobs on the certificate register: issue what is missing, a ZIP of PDFs, one PDF to print.

Each runs as a background task with its progress on a page of its own; only its requester sees it.
"""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates import bulk, services, tasks
from certificates.models import BulkJob, Certificate
from courses.models import Enrolment
from lms import jobs
from tests.conftest import with_totp
from tests.factories import HRRoleFactory, PersonFactory

pytestmark = pytest.mark.django_db


def completed_without_certificates(course, agency, count):
    """Completed enrolments written directly, as an import of past training would leave them."""
    people = PersonFactory.create_batch(count, agency=agency)
    now = timezone.now()
    return [
        Enrolment.objects.create(
            user=person,
            course=course,
            status=Enrolment.Status.COMPLETED,
            progress=100,
            started_at=now,
            completed_at=now,
        )
        for person in people
    ]


def issued(course, agency, count):
    return [
        services.issue_course_certificate(enrolment=enrolment)
        for enrolment in completed_without_certificates(course, agency, count)
    ]


def officer_of(agency, code, role="officer"):
    officer = with_totp(PersonFactory(staff_code=code, agency=agency))
    HRRoleFactory(person=officer, agency=agency, role=role)
    return officer


def download(client, job):
    response = client.get(reverse("certificate_register:job_download", args=[job.pk]))
    assert response.status_code == 200
    return b"".join(response.streaming_content)


# One more than the job reads at a time (certificates.bulk takes certificates 100 by 100, and
# writes each one's PDF as it goes): the ZIP is filled across two reads.
ZIPPED = 101


def test_a_zip_of_many_certificates_is_made_by_the_worker(
    client, settings, monkeypatch, django_capture_on_commit_callbacks, template, course, department
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The test runs inside one transaction, which the worker's connection refresh would close
    # (on PostgreSQL); everything else is the real worker loop.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    certificates = issued(course, department, ZIPPED)
    officer = officer_of(department, "HR-ZIP")
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificate_register:bulk_download"),
            {"kind": "zip", "scope": "filtered", "filters": ""},
        )
    job = BulkJob.objects.get()
    assert response.url == reverse("certificate_register:job", args=[job.pk])
    assert job.status == BulkJob.Status.QUEUED and job.total == ZIPPED
    page = client.get(response.url).content.decode()
    assert "<progress" in page and f"data-job-done>0</span> / {ZIPPED}" in page

    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)

    job.refresh_from_db()
    assert job.status == BulkJob.Status.DONE and job.done == ZIPPED and job.percent == 100
    status = client.get(reverse("certificate_register:job_status", args=[job.pk])).json()
    assert status["finished"] and status["percent"] == 100
    archive = zipfile.ZipFile(io.BytesIO(download(client, job)))
    names = archive.namelist()
    assert sorted(names) == sorted(f"{c.serial}.pdf" for c in certificates)
    for name in names:
        reader = PdfReader(io.BytesIO(archive.read(name)))
        assert len(reader.pages) == 1
        assert name.removesuffix(".pdf") in reader.pages[0].extract_text()


def test_one_pdf_for_printing_holds_the_ticked_certificates_in_serial_order(
    client, django_capture_on_commit_callbacks, template, course, department
):
    certificates = issued(course, department, 4)
    client.force_login(officer_of(department, "HR-IN"))
    ticked = [certificates[2], certificates[0], certificates[3]]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificate_register:bulk_download"),
            {
                "kind": "merged",
                "scope": "selected",
                "filters": "",
                "certificate": [c.pk for c in ticked],
            },
        )
    job = BulkJob.objects.get()
    page = client.get(response.url).content.decode()
    assert reverse("certificate_register:job_download", args=[job.pk]) in page
    reader = PdfReader(io.BytesIO(download(client, job)))
    serials = sorted(c.serial for c in ticked)
    assert [serial in p.extract_text() for p, serial in zip(reader.pages, serials, strict=True)]
    assert len(reader.pages) == 3


def test_filtered_downloads_follow_the_filter_and_the_scope(
    client, django_capture_on_commit_callbacks, template, course, department, sibling_department
):
    mine = issued(course, department, 3)
    theirs = issued(course, sibling_department, 2)
    officer = officer_of(department, "HR-LOC")
    services.revoke_certificate(certificate=mine[1], reason="Cấp nhầm", actor=officer)
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("certificate_register:bulk_download"),
            {
                "kind": "zip",
                "scope": "filtered",
                "filters": "status=valid",
                # Tampered: a ticked certificate of another agency is not taken along.
                "certificate": [theirs[0].pk],
            },
        )
    job = BulkJob.objects.get()
    names = zipfile.ZipFile(io.BytesIO(download(client, job))).namelist()
    assert sorted(names) == sorted(f"{c.serial}.pdf" for c in (mine[0], mine[2]))


def test_nothing_outside_the_scope_can_be_bundled_and_jobs_stay_with_their_requester(
    client, django_capture_on_commit_callbacks, template, course, department, sibling_department
):
    certificates = issued(course, department, 2)
    outsider = officer_of(sibling_department, "HR-NGOAI")
    client.force_login(outsider)
    response = client.post(
        reverse("certificate_register:bulk_download"),
        {
            "kind": "zip",
            "scope": "selected",
            "filters": "",
            "certificate": [c.pk for c in certificates],
        },
        follow=True,
    )
    assert "Chọn ít nhất một giấy chứng nhận" in response.content.decode()
    assert not BulkJob.objects.exists()

    owner = officer_of(department, "HR-CHU")
    with django_capture_on_commit_callbacks(execute=True):
        job = bulk.start_bulk_job(
            kind=BulkJob.Kind.ZIP, user=owner, certificates=Certificate.objects.all()
        )
    colleague = officer_of(department, "HR-BAN")
    client.force_login(colleague)
    for name in ("job", "job_status", "job_download"):
        assert client.get(reverse(f"certificate_register:{name}", args=[job.pk])).status_code == 404
    own_list = client.get(reverse("certificate_register:jobs")).content.decode()
    assert reverse("certificate_register:job", args=[job.pk]) not in own_list

    learner = PersonFactory(agency=department)
    client.force_login(learner)
    assert client.get(reverse("certificate_register:jobs")).status_code in (302, 403)


def test_a_double_click_starts_one_job_and_a_merged_pdf_has_a_limit(
    monkeypatch, template, course, department
):
    issued(course, department, 3)
    officer = officer_of(department, "HR-DUP")
    # Not committed, so not started: both clicks find the first job waiting.
    first = bulk.start_bulk_job(
        kind=BulkJob.Kind.ZIP, user=officer, certificates=Certificate.objects.all()
    )
    second = bulk.start_bulk_job(
        kind=BulkJob.Kind.ZIP, user=officer, certificates=Certificate.objects.all()
    )
    assert first == second and BulkJob.objects.count() == 1

    monkeypatch.setattr(bulk, "MERGED_PDF_LIMIT", 2)
    with pytest.raises(services.ValidationError, match="tối đa 2"):
        bulk.start_bulk_job(
            kind=BulkJob.Kind.MERGED_PDF, user=officer, certificates=Certificate.objects.all()
        )


def test_a_job_that_fails_says_so_and_keeps_what_was_done(
    client, monkeypatch, django_capture_on_commit_callbacks, template, course, department
):
    issued(course, department, 2)
    officer = officer_of(department, "HR-LOI")

    def broken(**kwargs):
        raise OSError("ổ đĩa đầy")

    monkeypatch.setattr(services, "certificate_pdf", broken)
    with django_capture_on_commit_callbacks(execute=True):
        job = bulk.start_bulk_job(
            kind=BulkJob.Kind.ZIP, user=officer, certificates=Certificate.objects.all()
        )
    job.refresh_from_db()
    assert job.status == BulkJob.Status.FAILED and "ổ đĩa đầy" in job.message
    client.force_login(officer)
    page = client.get(reverse("certificate_register:job", args=[job.pk]))
    assert page.status_code == 200 and "ổ đĩa đầy" in page.content.decode()
    assert (
        client.get(reverse("certificate_register:job_download", args=[job.pk])).status_code == 404
    )
    assert Certificate.objects.count() == 2


def test_missing_certificates_are_issued_in_the_officers_scope_only(
    client, django_capture_on_commit_callbacks, template, course, department, sibling_department
):
    mine = completed_without_certificates(course, department, 3)
    theirs = completed_without_certificates(course, sibling_department, 2)
    officer = officer_of(department, "HR-CAP")
    revoked = services.issue_course_certificate(enrolment=mine[0])
    services.revoke_certificate(certificate=revoked, reason="Không đủ điều kiện", actor=officer)

    client.force_login(officer)
    url = reverse("certificate_register:issue_missing")
    form = client.get(url).content.decode()
    assert "2 khóa học" in form or "(2)" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"page": course.pk})
    job = BulkJob.objects.get()
    assert response.url == reverse("certificate_register:job", args=[job.pk])
    job.refresh_from_db()
    assert job.status == BulkJob.Status.DONE and job.total == 2
    valid = Certificate.objects.valid()
    assert {c.user_id for c in valid} == {mine[1].user_id, mine[2].user_id}
    assert all(c.pdf for c in valid)  # drawn and stored by the job
    assert not Certificate.objects.filter(user__in=[e.user for e in theirs]).exists()

    # Nothing left: the form says so, and no empty job is started.
    response = client.post(url, {"page": ""})
    assert response.status_code == 200 and BulkJob.objects.count() == 1

    viewer = officer_of(department, "XEM-CAP", role="viewer")
    client.force_login(viewer)
    assert client.get(url).status_code in (302, 403)  # Wagtail sends refusals home with a message
    assert client.post(url, {"page": ""}).status_code in (302, 403)
    assert BulkJob.objects.count() == 1


def test_bundles_hold_only_valid_certificates_and_downloads_follow_the_current_scope(
    client, django_capture_on_commit_callbacks, template, course, department, sibling_department
):
    certificates = issued(course, department, 3)
    officer = officer_of(department, "HR-PHAM-VI")
    services.revoke_certificate(certificate=certificates[0], reason="Cấp nhầm", actor=officer)
    client.force_login(officer)
    url = reverse("certificate_register:bulk_download")
    # Tampered ids are ignored, never a server error.
    for value in ("²", "9" * 30, "-1", "abc"):
        response = client.post(url, {"kind": "zip", "scope": "selected", "certificate": [value]})
        assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"kind": "merged", "scope": "filtered", "filters": ""})
    job = BulkJob.objects.get()
    assert len(PdfReader(io.BytesIO(download(client, job))).pages) == 2  # not the revoked one
    folder = job.result.name.split("/")[-2]  # an unguessable folder, not a counting number
    assert job.result.name.startswith("certificate-jobs/") and len(folder) >= 20

    # Moved to another agency, the officer can no longer take the file of the old one.
    from workforce.models import HRRole

    HRRole.objects.filter(person=officer).update(agency=sibling_department)
    officer.__dict__.pop("_hr_role_paths", None)
    assert (
        client.get(reverse("certificate_register:job_download", args=[job.pk])).status_code == 404
    )


def test_a_job_whose_worker_stopped_is_taken_over_and_a_superseded_runner_stops(
    settings, monkeypatch, template, course, department
):
    """The lease: a job is left to its runner while the heartbeat is fresh, taken over once it
    is a lease old, and resumed where it stopped; the old runner, if it was only slow, stops
    at its next heartbeat. (tests/certificates/test_worker_faults.py kills real workers.)"""
    settings.JOB_LEASE_SECONDS = 60
    enrolments = completed_without_certificates(course, department, 5)
    officer = officer_of(department, "HR-LEASE")
    job = bulk.start_bulk_job(kind=BulkJob.Kind.ISSUE_MISSING, user=officer)
    # A first run issued two (the second without its PDF) and died.
    first = services.issue_course_certificate(enrolment=enrolments[0], actor=officer)
    services.certificate_pdf(certificate=first)
    services.issue_course_certificate(enrolment=enrolments[1], actor=officer)
    alive = timezone.now() - timedelta(seconds=30)
    BulkJob.objects.filter(pk=job.pk).update(
        status=BulkJob.Status.RUNNING, runs=1, done=2, heartbeat_at=alive
    )

    bulk.run_bulk_job(job=job)  # a duplicate task: the runner looks alive, so it leaves
    bulk.watch_bulk_job(job=job)
    job.refresh_from_db()
    assert (job.status, job.runs, Certificate.objects.count()) == ("running", 1, 2)

    BulkJob.objects.filter(pk=job.pk).update(heartbeat_at=alive - timedelta(minutes=1))
    bulk.watch_bulk_job(job=job)
    job.refresh_from_db()
    assert (job.status, job.runs, job.done) == ("done", 2, 5)
    assert job.message == "Đã cấp 5 giấy chứng nhận."
    assert Certificate.objects.count() == 5
    assert not Certificate.objects.filter(pdf="").exists()

    # A slow runner whose job was taken over meanwhile writes nothing more and stops.
    more = completed_without_certificates(course, department, 3)
    job = bulk.start_bulk_job(kind=BulkJob.Kind.ISSUE_MISSING, user=officer)
    real_issue = services.issue_course_certificate

    def taken_over_meanwhile(**kwargs):
        BulkJob.objects.filter(pk=job.pk).update(runs=7, heartbeat_at=timezone.now())
        return real_issue(**kwargs)

    monkeypatch.setattr(services, "issue_course_certificate", taken_over_meanwhile)
    bulk.run_bulk_job(job=job)
    job.refresh_from_db()
    assert (job.status, job.runs, job.finished_at) == ("running", 7, None)
    assert Certificate.objects.filter(enrolment__in=more).count() == 1


class JobClock:
    """lms.jobs' clocks (wall and monotonic), moved on by its sleeps instead of waiting."""

    def __init__(self):
        self.wall = timezone.now()
        self.seconds = 0.0

    def now(self):
        return self.wall

    def monotonic(self):
        return self.seconds

    def sleep(self, seconds):
        self.wall += timedelta(seconds=seconds)
        self.seconds += seconds


def test_a_restarted_worker_waits_out_the_lease_and_a_job_without_heartbeat_is_taken_at_once(
    settings, monkeypatch, template, course, department
):
    """`manage.py worker` re-queues unfinished jobs with wait=True: a runner that just died
    looks alive for a lease, so the new worker watches the heartbeat until it is stale. A job
    claimed before the lease existed (no heartbeat at all) is taken at once."""
    settings.JOB_LEASE_SECONDS = 60
    clock = JobClock()
    monkeypatch.setattr(jobs, "time", clock)
    monkeypatch.setattr(jobs, "timezone", clock)
    completed_without_certificates(course, department, 2)
    officer = officer_of(department, "HR-WAIT")
    job = bulk.start_bulk_job(kind=BulkJob.Kind.ISSUE_MISSING, user=officer)
    BulkJob.objects.filter(pk=job.pk).update(
        status=BulkJob.Status.RUNNING, runs=1, heartbeat_at=clock.now()
    )
    bulk.run_bulk_job(job=job, wait=True)
    assert clock.seconds >= 60  # the heartbeat was watched until it was a lease old
    job.refresh_from_db()
    assert (job.status, job.runs, job.done) == ("done", 2, 2)

    completed_without_certificates(course, department, 1)
    job = bulk.start_bulk_job(kind=BulkJob.Kind.ISSUE_MISSING, user=officer)
    BulkJob.objects.filter(pk=job.pk).update(status=BulkJob.Status.RUNNING, heartbeat_at=None)
    waited = clock.seconds
    assert tasks.resume_bulk_jobs() == 1  # the immediate test backend runs it right away
    assert clock.seconds == waited  # taken at once
    job.refresh_from_db()
    assert (job.status, job.done) == ("done", 1)
