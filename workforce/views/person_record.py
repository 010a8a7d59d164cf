"""A person's page for HR: their details, the actions HR may take on them, and their learning
record (courses, due dates, quiz attempts, certificates, the assignments that cover them); and
the form that grants one more quiz attempt.

The learning record belongs to courses and certificates; this screen only reads it (through
courses.selectors), as the People screen is where HR looks for a person. With the activation
letters' PDF (workforce.letters), the one place workforce imports the apps above it
(tests/lms/test_architecture.py lists both).
"""

import datetime
import secrets

from django import forms
from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button, HeaderButton

from certificates.models import Certificate
from courses.models import Enrolment, QuizPage
from courses.quizzes import grant_extra_attempt
from courses.selectors import allowed_attempts, attempts_left, learning_record
from lms.admin.views import ServiceFormView

from ..models import ActivationCode, User
from ..permissions import may
from .person_forms import people_breadcrumbs, person_url
from .scoped import scoped_object


def person_for(user, pk, action: str = "view") -> User:
    """The person if `user` may read them (404 otherwise, so scope does not leak) and, for a
    write, take `action` on them (403 otherwise)."""
    return scoped_object(User, user, pk, action=action)


def due_phrase(due_on: datetime.date | None, today: datetime.date, *, done: bool) -> str:
    """How far the due date is, in words: "due in 3 days", "2 days overdue", "due today"."""
    if due_on is None or done:
        return ""
    days = (due_on - today).days
    if days == 0:
        return str(_("due today"))
    if days > 0:
        return ngettext("due in %(count)s day", "due in %(count)s days", days) % {"count": days}
    return ngettext("%(count)s day overdue", "%(count)s days overdue", -days) % {"count": -days}


def certificate_links(certificate) -> dict:
    """The certificate's public verification page and its row in the register (if installed)."""
    try:
        register = reverse("certificate_register:index")
    except NoReverseMatch:
        register = ""
    return {
        "verify": certificate.get_verification_url(),
        "register": f"{register}?{urlencode({'q': certificate.serial})}" if register else "",
    }


class PersonDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "workforce/admin/person_detail.html"
    page_title = _("Person")
    header_icon = "user"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.person = person_for(request.user, kwargs["pk"])

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return people_breadcrumbs(self.person.full_name)

    def can(self, action: str) -> bool:
        return may(self.request.user, action, self.person)

    @cached_property
    def has_usable_code(self) -> bool:
        return ActivationCode.objects.filter(person=self.person).usable().exists()

    @cached_property
    def header_buttons(self):
        pk = self.person.pk
        buttons = []
        if self.can("change"):
            buttons.append(
                HeaderButton(
                    _("Edit"), url=reverse("wagtailusers_users:edit", args=[pk]), icon_name="edit"
                )
            )
        if self.person.is_active and self.can("activate_letter"):
            buttons.append(
                HeaderButton(
                    _("Issue a new code") if self.has_usable_code else _("Print activation letter"),
                    url=reverse("activation_letters:person", args=[pk]),
                    icon_name="doc-full",
                )
            )
        return buttons

    @cached_property
    def header_more_buttons(self):
        person, buttons = self.person, []
        if self.can("deactivate"):
            buttons.append(
                Button(
                    _("Deactivate") if person.is_active else _("Reactivate"),
                    url=reverse("wagtailusers_users:set_active", args=[person.pk]),
                    icon_name="lock" if person.is_active else "lock-open",
                    priority=10,
                )
            )
        # Offered whenever there is an address: the view says so if a password is already set.
        if person.email and person.is_active and self.can("change"):
            buttons.append(
                Button(
                    _("Send the invitation again"),
                    url=reverse("wagtailusers_users:invite", args=[person.pk]),
                    icon_name="mail",
                    priority=20,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        person = self.person
        today = timezone.localdate()
        record = learning_record(person=person)
        for enrolment in record.enrolments:
            enrolment.due_words = due_phrase(enrolment.due_on, today, done=enrolment.is_completed)
        can_grant = self.can("grant_attempt")
        for quiz_row in record.quizzes:
            quiz_row.grant_url = (
                reverse(
                    "wagtailusers_users:grant_attempt",
                    args=[person.pk, quiz_row.enrolment.pk, quiz_row.quiz.pk],
                )
                if can_grant
                else ""
            )
        certificates = list(
            Certificate.objects.filter(user=person).order_by("-issued_at")[: record.limit]
        )
        for certificate in certificates:
            certificate.links = certificate_links(certificate)
        for assignment in record.assignments:
            assignment.due_words = due_phrase(assignment.due_on, today, done=False)
        return super().get_context_data(
            person=person,
            record=record,
            certificates=certificates,
            latest_code=ActivationCode.objects.filter(person=person).first(),
            **kwargs,
        )


class GrantAttemptForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("Kept in the history with your name, e.g. “Mất điện khi đang làm bài”."),
    )
    # Fresh with each form: the same form sent twice grants once.
    token = forms.CharField(widget=forms.HiddenInput, max_length=64)


class GrantAttemptView(ServiceFormView):
    form_class = GrantAttemptForm
    page_title = _("Grant one more attempt")
    submit_button_label = _("Grant one more attempt")
    header_icon = "rotate"
    template_name = "workforce/admin/person_grant_attempt.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.person = person_for(request.user, kwargs["pk"], "grant_attempt")
        self.enrolment = Enrolment.objects.filter(
            pk=kwargs["enrolment_id"], user=self.person
        ).first()
        self.quiz = QuizPage.objects.filter(pk=kwargs["quiz_id"]).first()
        if not self.enrolment or not self.quiz:
            raise Http404
        if self.quiz.get_parent().pk != self.enrolment.course_id:
            raise Http404

    def get_initial(self):
        return {"token": secrets.token_urlsafe(24)}

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return [
            *people_breadcrumbs(),
            {"url": person_url(self.person), "label": self.person.full_name},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            person=self.person,
            quiz=self.quiz,
            course=self.enrolment.course,
            allowed=allowed_attempts(enrolment=self.enrolment, quiz=self.quiz),
            left=attempts_left(enrolment=self.enrolment, quiz=self.quiz),
            cancel_url=person_url(self.person),
            **kwargs,
        )

    def perform(self, form):
        return grant_extra_attempt(
            enrolment=self.enrolment,
            quiz=self.quiz,
            reason=form.cleaned_data["reason"],
            actor=self.request.user,
            token=form.cleaned_data["token"],
        )

    def form_valid(self, form):
        message = _("%(name)s may now make one more attempt at “%(quiz)s”.") % {
            "name": self.person.full_name,
            "quiz": self.quiz.title,
        }
        self.success_message = message.replace("%", "%%")  # ServiceFormView formats it again
        return super().form_valid(form)

    def get_success_url(self):
        return person_url(self.person) + "#attempts"
