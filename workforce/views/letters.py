"""Activation letters for HR: a confirmation page (issuing cancels earlier codes), then the
print-ready PDF. For one person, for people ticked on the People screen, for everyone in its
current filter, or for the new people without e-mail of one roster import."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import ModelLogEntry

from lms import audit
from lms.admin.views import require

from ..activation import LETTERS_PER_REQUEST, issue_activation_codes
from ..letters import render_letters_pdf
from ..models import ACTIVATION_CODE_LIFETIME, RosterImport, User
from ..permissions import may, policy_for
from .people import filtered_people
from .person_forms import people_breadcrumbs, person_url
from .person_record import person_for
from .scoped import scoped_object

SHOWN_NAMES = 20


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"  # the codes are secrets
    return response


def people_created_by(roster_import: RosterImport):
    """The people a roster import added: the log entries it wrote, between its upload and the
    same importer's next upload."""
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User),
        action=audit.PERSON_CREATE,
        user_id=roster_import.requested_by_id,
        data__source="roster",
        timestamp__gte=roster_import.created_at,
    )
    later = (
        RosterImport.objects.filter(
            requested_by_id=roster_import.requested_by_id,
            created_at__gt=roster_import.created_at,
        )
        .order_by("created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if later:
        entries = entries.filter(timestamp__lt=later)
    return User.objects.filter(
        pk__in=[int(pk) for pk in entries.values_list("object_id", flat=True)]
    )


class LettersView(WagtailAdminTemplateMixin, TemplateView):
    """GET: who will get a letter, and that earlier codes stop working. POST: the PDF."""

    template_name = "workforce/admin/person_letters_confirm.html"
    page_title = _("Print activation letters")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        require(may(request.user, "activate_letter", User))
        return super().dispatch(request, *args, **kwargs)

    def requested(self):
        """The people asked for (before scope and state narrow them)."""
        raise NotImplementedError

    def filename(self, people) -> str:
        return f"thu-kich-hoat-{timezone.localdate():%Y%m%d}-{len(people)}-nguoi.pdf"

    @cached_property
    def requested_count(self) -> int:
        return self.requested().count()

    @cached_property
    def people(self):
        allowed = policy_for(User).narrow(self.requested(), self.request.user, "activate_letter")
        return allowed.filter(is_active=True).select_related("agency").vietnamese_order()

    @cached_property
    def count(self) -> int:
        return self.people.count()

    def get_breadcrumbs_items(self):
        return people_breadcrumbs(self.page_title)

    def cancel_url(self) -> str:
        return reverse("wagtailusers_users:index")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            count=self.count,
            left_out=self.requested_count - self.count,
            names=list(self.people[:SHOWN_NAMES]),
            too_many=self.count > LETTERS_PER_REQUEST,
            limit=LETTERS_PER_REQUEST,
            days=ACTIVATION_CODE_LIFETIME.days,
            action_url=self.request.get_full_path(),
            cancel_url=self.cancel_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.count > LETTERS_PER_REQUEST or not self.count:
            return self.get(request, *args, **kwargs)
        people = list(self.people)
        try:
            issued = issue_activation_codes(people=people, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(request.get_full_path())
        return pdf_response(render_letters_pdf(issued), self.filename(people))


class PersonLetterView(LettersView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.person = person_for(request.user, kwargs["pk"], "activate_letter")

    def requested(self):
        return User.objects.filter(pk=self.person.pk)

    def filename(self, people) -> str:
        return f"thu-kich-hoat-{self.person.staff_code}.pdf"

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return [
            *people_breadcrumbs(),
            {"url": person_url(self.person), "label": self.person.full_name},
            {"url": "", "label": self.page_title},
        ]

    def cancel_url(self) -> str:
        return person_url(self.person)

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)


class SelectionLetterView(LettersView):
    """`?id=…&id=…` (ticked rows), `?all=1&<the People filters>`, or `?roster_import=<pk>`."""

    def requested(self):
        query = self.request.GET
        if roster_import_id := query.get("roster_import"):
            roster_import = scoped_object(
                RosterImport, self.request.user, roster_import_id, manage=False
            )
            if roster_import.status != RosterImport.Status.APPLIED:
                return User.objects.none()
            return people_created_by(roster_import).filter(email__isnull=True)
        if query.get("all"):
            return filtered_people(self.request, User.objects.visible_to(self.request.user))
        ids = [int(value) for value in query.getlist("id") if value.isdigit()]
        return User.objects.filter(pk__in=ids[: LETTERS_PER_REQUEST + 1])


class ActivationLetterViewSet(ViewSet):
    """Registered in workforce.wagtail_hooks; reached from the People screen and a person's page."""

    name = "activation_letters"
    url_prefix = "activation-letters"
    icon = "doc-full"

    def get_urlpatterns(self):
        return [
            path("", SelectionLetterView.as_view(), name="selection"),
            path("<int:pk>/", PersonLetterView.as_view(), name="person"),
        ]
