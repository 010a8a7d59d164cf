"""The whole site, asked by everyone: every URL pattern the resolver knows (ours, Wagtail's and
allauth's), filled with another agency's or another learner's objects, requested by each role.

A response of 200 to a role the table does not name fails, as does any server error, and a
role the table names must get its 200 (so each address is filled with something real). A new
URL pattern fails the test until PROBES says who may see it. The counts are printed.
"""

import json
import string

import pytest
from django.urls import resolve, reverse

from tests.lms import site_world
from tests.lms.resolver import example_path, url_patterns

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous"
LEARNER = "learner"  # the owner of the learning records probed
OTHER_LEARNER = "other_learner"
SIBLING_OFFICER = "sibling_officer"  # HR officer of the sibling department
DEPARTMENT_OFFICER = "department_officer"  # HR officer of the objects' own department
HR_VIEWER = "hr_viewer"  # HR viewer of the objects' own department
VIEWER_WITHOUT_CODE = "viewer_without_code"  # the same viewer, signed in with the password only
EDITOR = "editor"
MODERATOR = "moderator"
ADMINISTRATOR = "administrator"  # superuser: shows each address is filled with something real
ROLES = (
    ANONYMOUS,
    LEARNER,
    OTHER_LEARNER,
    SIBLING_OFFICER,
    DEPARTMENT_OFFICER,
    HR_VIEWER,
    VIEWER_WITHOUT_CODE,
    EDITOR,
    MODERATOR,
    ADMINISTRATOR,
)

EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {ANONYMOUS}
STAFF = frozenset(
    {SIBLING_OFFICER, DEPARTMENT_OFFICER, HR_VIEWER, EDITOR, MODERATOR, ADMINISTRATOR}
)  # with two-factor passed in the session
HR = frozenset({SIBLING_OFFICER, DEPARTMENT_OFFICER, HR_VIEWER, ADMINISTRATOR})  # own subtree
HR_OFFICERS = frozenset({SIBLING_OFFICER, DEPARTMENT_OFFICER, ADMINISTRATOR})
OWN_DEPARTMENT = frozenset({DEPARTMENT_OFFICER, HR_VIEWER, ADMINISTRATOR})  # reads its objects
MANAGERS = frozenset({DEPARTMENT_OFFICER, ADMINISTRATOR})  # changes the department's objects
REQUESTER = frozenset({DEPARTMENT_OFFICER})  # their own roster upload and bulk job
CONTENT = frozenset({EDITOR, MODERATOR, ADMINISTRATOR})
PUBLISHERS = frozenset({MODERATOR, ADMINISTRATOR})
ADMIN = frozenset({ADMINISTRATOR})
NOBODY = frozenset()

# What must never reach someone outside the scope, whatever the status.
DRAFT_TITLE = "Bản nháp bí mật"
OWNER_NAME = "Quách Thị Bí Lan"
SECRETS = {
    DRAFT_TITLE: EVERYONE - CONTENT,
    OWNER_NAME: EVERYONE - {LEARNER, HR_VIEWER, DEPARTMENT_OFFICER, ADMINISTRATOR},
}
# ... except where it is public by design: the verification page names the holder.
PUBLIC = {OWNER_NAME: "/verify/"}

# (address with {world} fields, who gets 200). Every URL pattern is reached by at least one.
# Where nobody gets 200, the comment says why (a redirect, no such object).
PROBES = [
    # --- Wagtail admin: shell ---
    ("/admin/", STAFF),
    ("/admin/login/", NOBODY),  # to allauth's sign-in
    ("/admin/account/", STAFF),
    ("/admin/logout/", STAFF),  # asks to confirm; only a POST signs out
    ("/admin/test404/", NOBODY),
    ("/admin/failwhale/", NOBODY),
    ("/admin/no-such-screen/", NOBODY),
    # Learners are kept out of /admin/ altogether; the sign-in page may use these two.
    ("/admin/sprite/", STAFF | {ANONYMOUS}),
    ("/admin/jsi18n/", STAFF | {ANONYMOUS}),
    ("/admin/dismissibles/", STAFF),  # their own dismissed hints
    ("/admin/password_reset/", NOBODY),
    ("/admin/password_reset/done/", NOBODY),
    ("/admin/password_reset/confirm/MQ/set-password/", NOBODY),
    ("/admin/password_reset/complete/", NOBODY),
    ("/admin/block-preview/?id={callout_block}", CONTENT),
    ("/admin/tag-autocomplete/?term=a", CONTENT),
    ("/admin/tag-autocomplete/taggit/tag/?term=a", CONTENT),
    # --- Wagtail admin API (the page explorer, choosers) ---
    ("/admin/api/main/pages/?child_of={catalog}", CONTENT),
    ("/admin/api/main/pages/{draft}/", CONTENT),
    ("/admin/api/main/pages/find/?html_path=/khoa-hoc/", NOBODY),  # a redirect to the page
    ("/admin/api/main/documents/", CONTENT),
    ("/admin/api/main/documents/{document}/", CONTENT),
    ("/admin/api/main/documents/find/?id={document}", NOBODY),  # a redirect
    ("/admin/api/main/images/", CONTENT),
    ("/admin/api/main/images/{image}/", CONTENT),
    ("/admin/api/main/images/find/?id={image}", NOBODY),  # a redirect
    # --- Pages ---
    ("/admin/pages/", CONTENT),
    ("/admin/pages/{catalog}/", CONTENT),
    ("/admin/pages/{catalog}/results/", CONTENT),
    ("/admin/pages/add/courses/coursepage/{catalog}/", CONTENT),
    ("/admin/pages/add/courses/coursepage/{catalog}/preview/", CONTENT),
    ("/admin/pages/usage/courses/coursepage/", CONTENT),
    ("/admin/pages/usage/courses/coursepage/results/", CONTENT),
    ("/admin/pages/create/courses/coursepage", CONTENT),
    ("/admin/pages/{course}/usage/", CONTENT),
    ("/admin/pages/{draft}/edit/", CONTENT),
    ("/admin/pages/{draft}/edit/preview/", CONTENT),
    ("/admin/pages/{course}/add_subpage/", CONTENT),
    ("/admin/pages/{draft}/delete/", CONTENT),
    ("/admin/pages/{course}/unpublish/", PUBLISHERS),
    ("/admin/pages/{course}/convert_alias/", NOBODY),  # not an alias
    ("/admin/pages/search/?q=b", CONTENT),
    ("/admin/pages/search/results/?q=b", CONTENT),
    ("/admin/pages/{draft}/move/", CONTENT),
    ("/admin/pages/{draft}/move/{home}/confirm/", CONTENT),
    ("/admin/pages/{course}/copy/", CONTENT),
    ("/admin/pages/{draft}/privacy/", PUBLISHERS),
    ("/admin/pages/{course}/revisions/", NOBODY),  # a redirect to the history
    ("/admin/pages/{course}/revisions/{course_revision}/revert/", CONTENT),
    ("/admin/pages/{course}/revisions/{course_revision}/unschedule/", PUBLISHERS),
    ("/admin/pages/{course}/revisions/compare/earliest...latest/", CONTENT),
    ("/admin/pages/{draft}/workflow_history/", CONTENT),
    ("/admin/pages/{draft}/workflow_history/detail/{workflow_state}/", CONTENT),
    ("/admin/pages/{course}/history/", CONTENT),
    ("/admin/pages/{course}/history/results/", CONTENT),
    ("/admin/pages/workflow/action/{draft}/approve/{task_state}/", PUBLISHERS),
    ("/admin/pages/workflow/collect_action_data/{draft}/approve/{task_state}/", PUBLISHERS),
    ("/admin/pages/workflow/confirm_cancellation/{draft}/", CONTENT),
    ("/admin/bulk/wagtailcore/page/delete/?id={draft}", CONTENT),
    ("/admin/bulk/wagtailcore/page/move/?id={draft}", CONTENT),
    ("/admin/bulk/wagtailimages/image/delete/?id={image}", CONTENT),
    ("/admin/bulk/wagtaildocs/document/delete/?id={document}", CONTENT),
    ("/admin/bulk/workforce/user/set_active/?id={owner}", NOBODY),
    # Previews: every route, every page type (a moderator reviews what editors submit).
    ("/admin/pages/{draft}/view_draft/", CONTENT),
    ("/admin/pages/{home}/view_draft/", CONTENT),
    ("/admin/pages/{catalog}/view_draft/", CONTENT),
    ("/admin/pages/{course}/view_draft/", CONTENT),
    ("/admin/pages/{lesson}/view_draft/", CONTENT),
    ("/admin/pages/{quiz}/view_draft/", CONTENT),
    ("/admin/pages/{programme}/view_draft/", CONTENT),
    ("/admin/pages/{course}/revisions/{course_revision}/view/", CONTENT),
    ("/admin/pages/{draft}/revisions/{draft_revision}/view/", CONTENT),
    ("/admin/pages/workflow/preview/{draft}/{task}/", PUBLISHERS),
    # --- Choosers ---
    ("/admin/choose-page/", CONTENT),
    ("/admin/choose-page/{catalog}/", CONTENT),
    ("/admin/choose-page/search/?q=nh%C3%A1p", CONTENT),
    ("/admin/choose-page/chosen-multiple/?id={draft}", CONTENT),
    ("/admin/choose-external-link/", CONTENT),
    ("/admin/choose-email-link/", CONTENT),
    ("/admin/choose-phone-link/", CONTENT),
    ("/admin/choose-anchor-link/", CONTENT),
    ("/admin/embeds/chooser/", CONTENT),
    ("/admin/embeds/chooser/upload/", CONTENT),
    ("/admin/documents/chooser/", CONTENT),
    ("/admin/documents/chooser/results/", CONTENT),
    ("/admin/documents/chooser/chosen/{document}/", CONTENT),
    ("/admin/documents/chooser/chosen-multiple/?id={document}", CONTENT),
    ("/admin/documents/chooser/create/", CONTENT),
    ("/admin/images/chooser/", CONTENT),
    ("/admin/images/chooser/results/", CONTENT),
    ("/admin/images/chooser/chosen/{image}/", CONTENT),
    ("/admin/images/chooser/chosen-multiple/?id={image}", CONTENT),
    ("/admin/images/chooser/create/", CONTENT),
    ("/admin/images/chooser/{image}/select_format/", CONTENT),
    # --- Workflows (administrators) ---
    ("/admin/workflows/list/", ADMIN),
    ("/admin/workflows/list/results/", ADMIN),
    ("/admin/workflows/add/", ADMIN),
    ("/admin/workflows/disable/{workflow}/", ADMIN),
    ("/admin/workflows/edit/{workflow}/", ADMIN),
    ("/admin/workflows/usage/{workflow}/", ADMIN),
    ("/admin/workflows/usage/{workflow}/results/", ADMIN),
    ("/admin/workflows/tasks/add/wagtailcore/groupapprovaltask/", ADMIN),
    ("/admin/workflows/tasks/select_type/", NOBODY),  # one task type: a redirect to it
    ("/admin/workflows/tasks/index/", ADMIN),
    ("/admin/workflows/tasks/index/results/", ADMIN),
    ("/admin/workflows/tasks/edit/{group_task}/", ADMIN),
    ("/admin/workflows/tasks/disable/{group_task}/", ADMIN),
    ("/admin/workflows/task_chooser/", ADMIN),
    ("/admin/workflows/task_chooser/results/", ADMIN),
    ("/admin/workflows/task_chooser/create/", ADMIN),
    ("/admin/workflows/task_chooser/{group_task}/", ADMIN),
    # --- Wagtail's reports ---
    ("/admin/reports/locked/", PUBLISHERS),
    ("/admin/reports/locked/results/", PUBLISHERS),
    ("/admin/reports/workflow/", CONTENT),
    ("/admin/reports/workflow/results/", CONTENT),
    ("/admin/reports/workflow_tasks/", CONTENT),
    ("/admin/reports/workflow_tasks/results/", CONTENT),
    ("/admin/reports/site-history/", STAFF),
    ("/admin/reports/site-history/results/", STAFF),
    ("/admin/reports/aging-pages/", CONTENT),
    ("/admin/reports/aging-pages/results/", CONTENT),
    ("/admin/reports/page-types-usage/", CONTENT),
    ("/admin/reports/page-types-usage/results/", CONTENT),
    # --- Collections, forms, redirects, settings, sites, groups ---
    ("/admin/collections/", ADMIN),
    ("/admin/collections/add/", ADMIN),
    ("/admin/collections/{collection}/", ADMIN),
    ("/admin/collections/{collection}/delete/", ADMIN),
    ("/admin/collections/{collection}/privacy/", ADMIN),
    ("/admin/forms/", CONTENT),
    ("/admin/forms/results/", CONTENT),
    ("/admin/forms/submissions/{course}/", NOBODY),  # not a form page
    ("/admin/forms/submissions/{course}/results/", NOBODY),
    ("/admin/forms/submissions/{course}/delete/", NOBODY),
    ("/admin/redirects/", ADMIN),
    ("/admin/redirects/results/", ADMIN),
    ("/admin/redirects/add/", ADMIN),
    ("/admin/redirects/{redirect}/", ADMIN),
    ("/admin/redirects/{redirect}/delete/", ADMIN),
    ("/admin/redirects/import/", ADMIN),
    ("/admin/settings/courses/topic/", NOBODY),  # no setting models
    ("/admin/settings/courses/topic/{topic}/", NOBODY),
    ("/admin/settings/courses/topic/{topic}/preview/", NOBODY),
    ("/admin/sites/", ADMIN),
    ("/admin/sites/results/", ADMIN),
    ("/admin/sites/new/", ADMIN),
    ("/admin/sites/edit/{site}/", ADMIN),
    ("/admin/sites/delete/{site}/", ADMIN),
    ("/admin/sites/history/{site}/", ADMIN),
    ("/admin/sites/history-results/{site}/", ADMIN),
    ("/admin/sites/usage/{site}/", ADMIN),
    ("/admin/sites/copy/{site}/", ADMIN),
    ("/admin/groups/", ADMIN),
    ("/admin/groups/results/", ADMIN),
    ("/admin/groups/new/", ADMIN),
    ("/admin/groups/edit/{group}/", ADMIN),
    ("/admin/groups/delete/{group}/", ADMIN),
    ("/admin/groups/history/{group}/", ADMIN),
    ("/admin/groups/history-results/{group}/", ADMIN),
    ("/admin/groups/usage/{group}/", ADMIN),
    # --- Documents and images ---
    ("/admin/documents/", CONTENT),
    ("/admin/documents/results/", CONTENT),
    ("/admin/documents/add/", CONTENT),
    ("/admin/documents/edit/{document}/", CONTENT),
    ("/admin/documents/delete/{document}/", CONTENT),  # Wagtail gives editors this
    ("/admin/documents/usage/{document}/", CONTENT),
    ("/admin/documents/multiple/add/", CONTENT),
    ("/admin/images/", CONTENT),
    ("/admin/images/results/", CONTENT),
    ("/admin/images/add/", CONTENT),
    ("/admin/images/{image}/", CONTENT),
    ("/admin/images/{image}/delete/", CONTENT),  # Wagtail gives editors this
    # The URL generator needs Wagtail's image serving view, which this site does not route.
    ("/admin/images/{image}/generate_url/", NOBODY),
    ("/admin/images/{image}/generate_url/output/?filter_method=original", NOBODY),
    ("/admin/images/{image}/preview/original/", CONTENT),
    ("/admin/images/usage/{image}/", CONTENT),
    ("/admin/images/multiple/add/", CONTENT),
    # --- Snippets: topics (editors), competencies (read only), certificate templates ---
    ("/admin/snippets/", CONTENT),
    ("/admin/snippets/courses/topic/", CONTENT),
    ("/admin/snippets/courses/topic/results/", CONTENT),
    ("/admin/snippets/courses/topic/add/", CONTENT),
    ("/admin/snippets/courses/topic/edit/{topic}/", CONTENT),
    ("/admin/snippets/courses/topic/delete/{topic}/", PUBLISHERS),
    ("/admin/snippets/courses/topic/usage/{topic}/", CONTENT),
    ("/admin/snippets/courses/topic/history/{topic}/", CONTENT),
    ("/admin/snippets/courses/topic/history-results/{topic}/", CONTENT),
    ("/admin/snippets/courses/topic/copy/{topic}/", CONTENT),
    ("/admin/snippets/choose/courses/topic/", CONTENT),
    ("/admin/snippets/choose/courses/topic/results/", CONTENT),
    ("/admin/snippets/choose/courses/topic/chosen/{topic}/", CONTENT),
    ("/admin/snippets/choose/courses/topic/chosen-multiple/?id={topic}", CONTENT),
    ("/admin/snippets/choose/courses/topic/create/", CONTENT),
    ("/admin/snippets/courses/competency/", CONTENT),
    ("/admin/snippets/courses/competency/results/", CONTENT),
    ("/admin/snippets/courses/competency/add/", ADMIN),
    ("/admin/snippets/courses/competency/edit/{competency}/", ADMIN),
    ("/admin/snippets/courses/competency/delete/{competency}/", ADMIN),
    ("/admin/snippets/courses/competency/usage/{competency}/", ADMIN),
    ("/admin/snippets/courses/competency/history/{competency}/", ADMIN),
    ("/admin/snippets/courses/competency/history-results/{competency}/", ADMIN),
    ("/admin/snippets/courses/competency/copy/{competency}/", ADMIN),
    ("/admin/snippets/courses/competency/inspect/{competency}/", CONTENT),
    ("/admin/snippets/choose/courses/competency/", CONTENT),
    ("/admin/snippets/choose/courses/competency/results/", CONTENT),
    ("/admin/snippets/choose/courses/competency/chosen/{competency}/", CONTENT),
    ("/admin/snippets/choose/courses/competency/chosen-multiple/?id={competency}", CONTENT),
    ("/admin/snippets/choose/courses/competency/create/", ADMIN),
    ("/admin/snippets/certificates/certificatetemplate/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/results/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/add/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/edit/{template}/", CONTENT),
    # The default template, in use, is refused with a redirect and a message: the spare one is
    # deleted by those with the permission.
    ("/admin/snippets/certificates/certificatetemplate/delete/{template}/", NOBODY),
    ("/admin/snippets/certificates/certificatetemplate/delete/{spare_template}/", PUBLISHERS),
    ("/admin/snippets/certificates/certificatetemplate/archive/{spare_template}/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/restore/{archived_template}/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/unpublish/{template}/", PUBLISHERS),
    (
        "/admin/snippets/certificates/certificatetemplate/history/{template}/revisions/"
        "{template_revision}/view/",
        CONTENT,
    ),
    (
        "/admin/snippets/certificates/certificatetemplate/history/{template}/revisions/"
        "{template_revision}/revert/",
        CONTENT,
    ),
    (
        "/admin/snippets/certificates/certificatetemplate/history/{template}/revisions/"
        "{template_revision}/unschedule/",
        PUBLISHERS,
    ),
    (
        "/admin/snippets/certificates/certificatetemplate/history/{template}/revisions/"
        "compare/earliest...latest/",
        CONTENT,
    ),
    ("/admin/snippets/certificates/certificatetemplate/workflow_history/{template}/", CONTENT),
    (
        "/admin/snippets/certificates/certificatetemplate/workflow_history/{template}/detail/"
        "{template_workflow_state}/",
        CONTENT,
    ),
    (
        "/admin/snippets/certificates/certificatetemplate/workflow/action/{template}/approve/"
        "{template_task_state}/",
        PUBLISHERS,
    ),
    (
        "/admin/snippets/certificates/certificatetemplate/workflow/collect_action_data/"
        "{template}/approve/{template_task_state}/",
        PUBLISHERS,
    ),
    (
        "/admin/snippets/certificates/certificatetemplate/workflow/confirm_cancellation/"
        "{template}/",
        CONTENT,
    ),
    (
        "/admin/snippets/certificates/certificatetemplate/workflow/preview/{template}/"
        "{template_task}/",
        PUBLISHERS,
    ),
    ("/admin/snippets/certificates/certificatetemplate/usage/{template}/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/history/{template}/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/history-results/{template}/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/copy/{template}/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/preview/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/preview/{template}/", CONTENT),
    ("/admin/snippets/choose/certificates/certificatetemplate/", CONTENT),
    ("/admin/snippets/choose/certificates/certificatetemplate/results/", CONTENT),
    ("/admin/snippets/choose/certificates/certificatetemplate/chosen/{template}/", CONTENT),
    (
        "/admin/snippets/choose/certificates/certificatetemplate/chosen-multiple/?id={template}",
        CONTENT,
    ),
    ("/admin/snippets/choose/certificates/certificatetemplate/create/", CONTENT),
    # --- HR: agencies, roles, people, roster, assignments, certificates, reports ---
    ("/admin/agencies/", HR),
    ("/admin/agencies/results/", HR),
    ("/admin/agencies/new/", HR_OFFICERS),
    ("/admin/agencies/{unit}/rename/", MANAGERS),
    ("/admin/agencies/{unit}/move/", MANAGERS),
    ("/admin/agencies/{unit}/merge/", MANAGERS),
    ("/admin/agencies/{unit}/close/", MANAGERS),
    ("/admin/agencies/{unit}/history/", OWN_DEPARTMENT),
    ("/admin/hr-roles/", HR),
    ("/admin/hr-roles/results/", HR),
    ("/admin/hr-roles/new/", HR_OFFICERS),
    ("/admin/hr-roles/{viewer_role}/revoke/", MANAGERS),
    ("/admin/users/", HR),
    ("/admin/users/results/", HR),
    ("/admin/users/new/", HR_OFFICERS),
    ("/admin/users/{owner}/", MANAGERS),
    ("/admin/users/{owner}/view/", OWN_DEPARTMENT),
    ("/admin/users/{owner}/active/", MANAGERS),
    ("/admin/users/{owner}/enrolments/{enrolment}/quizzes/{quiz}/extra-attempt/", MANAGERS),
    ("/admin/activation-letters/?id={owner}", HR_OFFICERS),  # the sibling: "nobody to print"
    ("/admin/activation-letters/{owner}/", MANAGERS),
    ("/tai-khoan/kich-hoat/", EVERYONE),
    ("/tai-khoan/kich-hoat/mat-khau/", NOBODY),  # back to the first step: no code accepted yet
    ("/admin/history/", HR),  # each their own subtree's entries
    ("/admin/history/results/", HR),
    ("/admin/roster/", HR_OFFICERS),
    ("/admin/roster/template/", HR_OFFICERS),
    ("/admin/roster/{roster}/", REQUESTER),  # only the officer who uploaded it
    ("/admin/roster/{roster}/status/", REQUESTER),
    ("/admin/assignments/", HR),
    ("/admin/assignments/results/", HR),
    ("/admin/assignments/add/", HR_OFFICERS),
    ("/admin/assignments/{assignment}/", MANAGERS),
    ("/admin/assignments/{assignment}/cancel/", MANAGERS),
    ("/admin/certificates/", HR),
    ("/admin/certificates/results/", HR),
    ("/admin/certificates/{certificate}/", OWN_DEPARTMENT),
    ("/admin/certificates/{certificate}/revoke/", MANAGERS),
    ("/admin/certificates/{certificate}/reissue/", MANAGERS),
    ("/admin/certificates/issue-missing/", HR_OFFICERS),
    ("/admin/certificates/jobs/", HR),
    ("/admin/certificates/jobs/{job}/", REQUESTER),
    ("/admin/certificates/jobs/{job}/status/", REQUESTER),
    ("/admin/certificates/jobs/{job}/download/", REQUESTER),
    ("/admin/reports/", HR),
    ("/admin/reports/export/xlsx/?agency={department}", OWN_DEPARTMENT),
    ("/admin/reports/people/?agency={department}", OWN_DEPARTMENT),
    ("/admin/reports/people/export/csv/?agency={department}", OWN_DEPARTMENT),
    ("/admin/reports/targets/", HR),
    ("/admin/reports/targets/add/", HR_OFFICERS),
    ("/admin/reports/targets/{target}/", MANAGERS),
    ("/admin/reports/targets/{target}/delete/", MANAGERS),
    ("/admin/reports/targets/results/", HR),
    ("/admin/reports/targets/{target}/history/", MANAGERS),
    ("/admin/reports/targets/{target}/history/results/", MANAGERS),
    # --- Accounts (allauth) ---
    ("/accounts/login/", {ANONYMOUS}),
    ("/accounts/logout/", SIGNED_IN),  # asks to confirm; only a POST signs out
    ("/accounts/inactive/", EVERYONE),
    ("/accounts/signup/", {ANONYMOUS}),  # says sign-up is closed
    ("/accounts/reauthenticate/", {LEARNER, OTHER_LEARNER}),  # others confirm with the code
    ("/accounts/reauthenticate/code/", NOBODY),  # by password or authenticator only
    ("/accounts/reauthenticate/code/confirm/", NOBODY),
    ("/accounts/email/", SIGNED_IN),
    ("/accounts/confirm-email/", EVERYONE),
    ("/accounts/confirm-email/khong-hop-le/", EVERYONE),  # says the link is not valid
    ("/accounts/password/change/", SIGNED_IN),
    ("/accounts/password/set/", NOBODY),  # everyone has a password: to "change"
    ("/accounts/password/reset/", EVERYONE),
    ("/accounts/password/reset/done/", EVERYONE),
    ("/accounts/password/reset/key/1-khong-hop-le/", EVERYONE),  # says the link is not valid
    ("/accounts/password/reset/key/done/", EVERYONE),
    ("/accounts/login/code/confirm/", NOBODY),
    ("/accounts/2fa/", SIGNED_IN),
    ("/accounts/2fa/authenticate/", NOBODY),  # only inside a sign-in
    ("/accounts/2fa/reauthenticate/", STAFF | {VIEWER_WITHOUT_CODE}),  # with an authenticator
    # Setting up, removing or renewing codes asks for the password again first (a redirect).
    ("/accounts/2fa/totp/activate/", NOBODY),
    ("/accounts/2fa/totp/deactivate/", NOBODY),
    ("/accounts/2fa/recovery-codes/", NOBODY),  # no codes made yet
    ("/accounts/2fa/recovery-codes/generate/", NOBODY),
    ("/accounts/2fa/recovery-codes/download/", NOBODY),
    # --- Learning (every change is a POST; records read through their owner) ---
    ("/learning/courses/{course}/continue/", NOBODY),  # a redirect for the enrolled
    ("/learning/attempts/{open_attempt}/", {LEARNER}),
    ("/learning/attempts/{attempt}/result/", {LEARNER}),
    ("/learning/transcript/", SIGNED_IN),  # each their own
    # --- Certificates ---
    ("/verify/", EVERYONE),
    ("/verify/{code}/", EVERYONE),
    ("/my-certificates/", SIGNED_IN),  # each their own
    ("/certificates/{certificate}/pdf/", {LEARNER} | OWN_DEPARTMENT),  # HR: with the code
    # --- The rest of the site ---
    ("/language/en/", NOBODY),  # a redirect
    ("/healthz/", EVERYONE),
    ("/documents/{document}/{document_file}", EVERYONE),  # lesson material is public
    ("/documents/authenticate_with_password/9999/", NOBODY),
    ("/", EVERYONE),
    ("/khoa-hoc/", EVERYONE),
    ("/khoa-hoc/iu04/", EVERYONE),
    ("/khoa-hoc/chuong-trinh/", EVERYONE),
    ("/khoa-hoc/iu04/o-va-cong-thuc/", {LEARNER}),  # enrolled learners only
    ("/khoa-hoc/iu04/bai-kiem-tra/", {LEARNER}),
    ("/khoa-hoc/ban-nhap/", NOBODY),  # a draft
    ("/noi-bo/", EVERYONE),  # the password form, nothing more
    ("/_util/authenticate_with_password/{restriction}/{private}/", EVERYONE),  # the form
    ("/_util/login/", NOBODY),  # to allauth's sign-in
]

# (address, who may act there): POST with no data. Anyone else must be refused (sign-in, 403,
# 404 or 405, or Wagtail's redirect to the admin home); nobody may get a server error.
POSTS = [
    ("/admin/editing-sessions/ping/courses/coursepage/{draft}/1/", CONTENT),
    ("/admin/editing-sessions/release/1/", STAFF),  # only ever their own editing session
    ("/admin/api/main/pages/{draft}/action/copy/", CONTENT),
    ("/admin/pages/{draft}/set_position/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/lock/{template}/", CONTENT),
    ("/admin/snippets/certificates/certificatetemplate/unlock/{template}/", PUBLISHERS),
    ("/admin/pages/{draft}/lock/", PUBLISHERS),
    ("/admin/pages/{draft}/unlock/", PUBLISHERS),
    ("/admin/workflows/enable/{workflow}/", ADMIN),
    ("/admin/workflows/remove/{catalog}/", ADMIN),
    ("/admin/workflows/remove/{catalog}/{workflow}/", ADMIN),
    ("/admin/workflows/tasks/enable/{group_task}/", ADMIN),
    ("/admin/redirects/import/process/", ADMIN),
    ("/admin/documents/multiple/{document}/", CONTENT),
    ("/admin/documents/multiple/create_from_uploaded_document/1/", CONTENT),
    ("/admin/documents/multiple/{document}/delete/", CONTENT),
    ("/admin/documents/multiple/delete_upload/1/", CONTENT),
    ("/admin/images/multiple/{image}/", CONTENT),
    ("/admin/images/multiple/create_from_uploaded_image/1/", CONTENT),
    ("/admin/images/multiple/{image}/delete/", CONTENT),
    ("/admin/images/multiple/delete_upload/1/", CONTENT),
    ("/admin/users/{owner}/invite/", MANAGERS),
    ("/admin/roster/{roster}/import/", REQUESTER),
    ("/admin/certificates/download/", HR),
    ("/learning/lessons/{lesson}/done/", {LEARNER}),
    ("/learning/quizzes/{quiz}/start/", {LEARNER}),
    ("/learning/attempts/{open_attempt}/save/", {LEARNER}),
    ("/learning/attempts/{open_attempt}/submit/", {LEARNER}),
    # Last: enrolled, anyone could then mark lessons done and start quizzes of their own.
    ("/learning/courses/{course}/enrol/", SIGNED_IN),
]

# Patterns no address can reach: an earlier pattern answers first.
SHADOWED = {
    "admin/account/": "ours (the account page with the staff code) comes before Wagtail's",
    "admin/login/": "ours (to allauth's sign-in) comes before Wagtail's",
    "admin/logout/": "ours (allauth's, POST only) comes before Wagtail's",
    "admin/password_reset/": "ours (to allauth's password reset) comes before Wagtail's",
    "admin/password_reset/done/": "the same",
    "admin/password_reset/confirm/<uidb64>/<token>/": "the same",
    "admin/password_reset/complete/": "the same",
    "admin/failwhale/": "ours (not found) comes before Wagtail's page that fails on purpose",
    "admin/test404/": "the same",
    "admin/redirects/import/process/": "ours (a 400 for a form without step one) first",
}


def route_of(path: str) -> str:
    return resolve(path.split("?")[0]).route


def test_every_url_pattern_has_probes():
    patterns = list(url_patterns())
    routes = {route for route, _ in patterns}
    fields = dict.fromkeys(FIELDS, "1")
    probed = {route_of(path.format(**fields)) for path, _ in [*PROBES, *POSTS]}
    unstated = sorted(routes - probed - set(SHADOWED))
    assert not unstated, "Say who may see these URL patterns in PROBES:\n" + "\n".join(unstated)
    # Each pattern said to be shadowed is there, and an earlier one answers its addresses.
    stale = sorted(set(SHADOWED) - routes)
    assert not stale, "No longer URL patterns: " + ", ".join(stale)
    for route in SHADOWED:
        # Ours come first in lms/urls.py, so the last pattern of a route is the one shadowed.
        shadowed = [pattern for each, pattern in patterns if each == route][-1]
        assert resolve(example_path(route)).func is not shadowed.callback, route


FIELDS = {
    key
    for path, _ in [*PROBES, *POSTS]
    for key in string.Formatter().parse(path)
    for key in [key[1]]
    if key
}


def _sign_in(client, role, user):
    client.logout()
    if user is not None:
        client.force_login(user, two_factor=role != VIEWER_WITHOUT_CODE)


def _shown(secret: str, body: bytes) -> bool:
    """In a page, or in JSON (which escapes every letter outside ASCII)."""
    return secret.encode() in body or json.dumps(secret)[1:-1].encode() in body


def _refused(response) -> bool:
    if response.status_code in (403, 404, 405):
        return True
    location = response.get("Location", "") if response.status_code == 302 else ""
    return location == reverse("wagtailadmin_home") or location.startswith(
        (reverse("account_login"), reverse("mfa_reauthenticate"), reverse("mfa_activate_totp"))
    )


@pytest.mark.parametrize("role", ROLES)
def test_the_whole_site_answers_each_role_as_the_table_says(
    client, files_on_disk, record_property, role
):
    world = site_world.build()
    user = world.people[role]
    fields = {key: value for key, value in vars(world).items() if key != "people"}
    _sign_in(client, role, user)
    findings = {
        "Server errors": [],
        "Shown outside the scope": [],
        "Answered 200 to someone not allowed": [],
        "Refused someone allowed (or the probe is not real)": [],
        "A POST not refused to someone not allowed": [],
    }
    counts = {}
    requests = [("GET", path, allowed) for path, allowed in PROBES]
    # POSTs last: what an allowed role does there (approve, lock, enrol) must not change
    # what the GETs find.
    requests += [("POST", path, allowed) for path, allowed in POSTS]
    for method, template, allowed in requests:
        path = template.format(**fields)
        try:
            response = client.get(path) if method == "GET" else client.post(path)
        except Exception as error:  # noqa: BLE001 - any server error is a finding
            findings["Server errors"].append(f"{method} {path}: {type(error).__name__}: {error}")
            _sign_in(client, role, user)
            continue
        status = response.status_code
        counts[status] = counts.get(status, 0) + 1
        body = getattr(response, "content", b"")
        for secret, kept_from in SECRETS.items():
            public = secret in PUBLIC and path.startswith(PUBLIC[secret])
            if role in kept_from and not public and _shown(secret, body):
                findings["Shown outside the scope"].append(f"{path}: {secret}")
        if status >= 500:
            findings["Server errors"].append(f"{method} {path}: {status}")
        elif method == "POST":
            if role not in allowed and not _refused(response):
                findings["A POST not refused to someone not allowed"].append(f"{path}: {status}")
        elif status == 200 and role not in allowed:
            findings["Answered 200 to someone not allowed"].append(path)
        elif status != 200 and role in allowed:
            findings["Refused someone allowed (or the probe is not real)"].append(
                f"{path}: {status}"
            )
        if user is not None and not client.session.get("_auth_user_id"):
            _sign_in(client, role, user)  # (a POST that signs out would end the run)
    unexpected = sum(len(lines) for lines in findings.values())
    record_property(
        "site_access",
        f"{role:<20}{len(PROBES)} GET, {len(POSTS)} POST, {unexpected} unexpected; "
        f"statuses {dict(sorted(counts.items()))}",
    )
    report = "\n".join(
        f"{title}:\n  " + "\n  ".join(lines) for title, lines in findings.items() if lines
    )
    assert not report, report
