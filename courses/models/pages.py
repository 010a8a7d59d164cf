"""What is taught: the site's pages (home, catalogue, course, lesson, quiz, programme). Page
models keep presentation only; what a learner has done is read through courses.selectors."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from lms.text import clean_text, fold

from ..blocks import LessonBodyBlock, QuestionBankBlock
from ..content_cache import remember
from ..selectors import attempts_left, course_state, my_learning
from .mixins import (
    AnonymousPageCache,
    CachedRouting,
    DirectChildRouting,
    EnrolledLearnersOnly,
    public,
)
from .reference import DURATIONS, Competency, Level, Topic


class HomePage(CachedRouting, DirectChildRouting, Page):
    """The site root: a welcome for visitors and the starting point for signed-in learners."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CatalogPage"]
    child_models = ("CatalogPage",)
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        catalog = remember("catalog", lambda: public(CatalogPage.objects.live()).first())
        context.update(
            catalog=catalog,
            featured_courses=catalog.courses().order_by("code")[:6] if catalog else [],
        )
        if request.user.is_authenticated:
            context["learning"] = my_learning(user=request.user, courses=CoursePage.directory())
        return context


class CatalogPage(AnonymousPageCache, DirectChildRouting, Page):
    """Every published course and programme, with filters and accent-insensitive search."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage", "courses.ProgrammePage"]
    child_models = ("CoursePage", "ProgrammePage")
    max_count = 1
    page_size = 12

    class Meta:
        verbose_name = _("course catalogue")

    def courses(self):
        return (
            public(CoursePage.objects.live())
            .descendant_of(self)
            .select_related("cover_image", "topic")
            .prefetch_related("competencies")
        )

    def filtered_courses(self, params):
        courses = self.courses()
        if code := params.get("competency"):
            courses = courses.filter(competencies__code=code)
        if topic := params.get("topic"):
            courses = courses.filter(topic__slug=topic)
        if (level := params.get("level")) in Level.values:
            courses = courses.filter(level=level)
        if (duration := params.get("duration")) in DURATIONS:
            courses = courses.filter(DURATIONS[duration][1])
        for word in fold(params.get("q", "")).split():
            courses = courses.filter(search_folded__contains=word)
        return courses.distinct().order_by("code", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        params = request.GET
        paginator = Paginator(self.filtered_courses(params), self.page_size)
        try:
            courses = paginator.page(params.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            courses = paginator.page(
                1 if not str(params.get("page", "")).isdigit() else paginator.num_pages
            )
        filters = {
            key: params.get(key, "") for key in ("q", "competency", "topic", "level", "duration")
        }
        context.update(
            courses=courses,
            filters=filters,
            filtering=any(filters.values()),
            competencies=Competency.objects.filter(courses__in=self.courses()).distinct(),
            topics=Topic.objects.filter(courses__in=self.courses()).distinct(),
            levels=Level.choices,
            durations=[(key, label) for key, (label, _q) in DURATIONS.items()],
            programmes=public(ProgrammePage.objects.live()).descendant_of(self).order_by("title"),
        )
        return context


class CoursePage(AnonymousPageCache, DirectChildRouting, Page):
    code = models.CharField(_("course code"), max_length=16, help_text=_("For example IU03."))
    summary = models.TextField(_("summary"), max_length=600)
    learning_outcomes = RichTextField(
        _("learning outcomes"), features=["bold", "italic", "ul", "ol"], blank=True
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("4"),
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("500"))],
    )
    level = models.CharField(_("level"), max_length=16, choices=Level, default=Level.BASIC)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.CharField(
        _("audience"),
        max_length=255,
        blank=True,
        help_text=_("Who the course is for, e.g. all cadres, civil servants and public employees."),
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
    )
    competencies = ParentalManyToManyField(
        Competency, verbose_name=_("competencies"), blank=True, related_name="courses"
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
    )
    self_enrolment = models.BooleanField(
        _("open for self-enrolment"), default=True, help_text=_("Learners may enrol themselves.")
    )
    require_all_lessons = models.BooleanField(_("every lesson must be completed"), default=True)
    require_quizzes_passed = models.BooleanField(_("every quiz must be passed"), default=True)
    default_pass_mark = models.PositiveSmallIntegerField(
        _("default pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    search_folded = models.TextField(editable=False, blank=True, default="")

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("level"), FieldPanel("estimated_hours")]),
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("cover_image"),
        FieldPanel("audience"),
        FieldPanel("topic"),
        FieldPanel("competencies", widget=forms.CheckboxSelectMultiple),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [
                FieldPanel("self_enrolment"),
                FieldPanel("require_all_lessons"),
                FieldPanel("require_quizzes_passed"),
                FieldPanel("default_pass_mark"),
            ],
            heading=_("Enrolment and completion"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("code"),
        index.SearchField("summary"),
        index.AutocompleteField("code"),
    ]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]
    child_models = ("LessonPage", "QuizPage")

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        if not (self.require_all_lessons or self.require_quizzes_passed):
            raise ValidationError(
                _("Choose what completes the course: every lesson, every quiz passed, or both.")
            )

    def save(self, *args, **kwargs):
        self.code = clean_text(self.code).upper()
        self.search_folded = fold(
            " ".join(
                [
                    self.code,
                    self.title,
                    self.summary,
                    self.audience,
                    strip_tags(self.learning_outcomes),
                ]
            )
        )
        super().save(*args, **kwargs)

    @classmethod
    def directory(cls) -> dict[int, dict]:
        """Every live course as {id: {title, code, url, hours}}, cached until content changes:
        lists of enrolments show courses without joining the page tables."""

        def directory():
            return {
                course.pk: {
                    "title": course.title,
                    "code": course.code,
                    "url": course.url,
                    "hours": course.estimated_hours,
                }
                for course in cls.objects.live()
            }

        return remember("course-directory", directory)

    def steps(self):
        """The live lessons and quizzes, in course order (generic pages)."""
        return self.get_children().live().type(LessonPage, QuizPage)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        steps = self.get_children().live().specific()
        state = course_state(user=request.user, course_id=self.pk)
        context.update(
            state=state,
            steps=[(step, step.pk in state.done_ids) for step in steps],
            lesson_count=sum(1 for step in steps if isinstance(step, LessonPage)),
            needs_assignment=not self.self_enrolment,
            quiz_count=sum(1 for step in steps if isinstance(step, QuizPage)),
            programmes=public(ProgrammePage.objects.live()).filter(
                pk__in=ProgrammeCourse.objects.filter(course_id=self.pk).values("programme_id")
            ),
            prerequisite_courses=self.live_prerequisites(),
        )
        return context

    def live_prerequisites(self):
        """The published prerequisites. Read through their ids: in a preview (of a draft, a
        revision or an unsaved form) they are modelcluster's in-memory stand-in, which has no
        `live()`; on a saved page the ids are a subquery, still one query."""
        ids = self.prerequisites.values_list("id", flat=True)
        return public(CoursePage.objects.live().filter(pk__in=ids))


class LessonPage(EnrolledLearnersOnly, Page):
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("content"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.step_context(request))
        return context


class QuizPage(EnrolledLearnersOnly, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Leave empty to use the course's default pass mark."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=3, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Leave empty for no time limit."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_answers = models.BooleanField(_("shuffle answers"), default=True)
    draw_count = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Draw this many questions from the bank for each attempt. Leave empty to use every question."
        ),
    )
    questions = StreamField(QuestionBankBlock(), verbose_name=_("question bank"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("pass_mark"),
                        FieldPanel("max_attempts"),
                        FieldPanel("time_limit_minutes"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("shuffle_questions"),
                        FieldPanel("shuffle_answers"),
                        FieldPanel("draw_count"),
                    ]
                ),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("questions"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")

    def clean(self):
        super().clean()
        if self.draw_count and self.draw_count > len(self.questions):
            count = len(self.questions)
            message = ngettext(
                "The question bank has only %(count)s question; lower this number or add questions.",
                "The question bank has only %(count)s questions; lower this number or add questions.",
                count,
            )
            raise ValidationError({"draw_count": message % {"count": count}})

    @property
    def effective_pass_mark(self) -> int:
        if self.pass_mark:
            return self.pass_mark
        return self.get_parent().specific.default_pass_mark

    @property
    def questions_per_attempt(self) -> int:
        return self.draw_count or len(self.questions)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.step_context(request))
        enrolment = context["enrolment"]
        attempts = list(self.attempts.filter(enrolment=enrolment)) if enrolment else []
        context.update(
            attempts=attempts,
            open_attempt=next((a for a in attempts if not a.is_submitted), None),
            attempts_left=attempts_left(enrolment=enrolment, quiz=self, used=len(attempts)),
            best=max((a.score for a in attempts if a.score is not None), default=None),
            passed=any(a.passed for a in attempts),
            # Correct answers and explanations reach the template only in an editor's preview.
            show_answer_key=getattr(request, "is_preview", False),
        )
        return context


class ProgrammePage(Page):
    """An ordered list of courses that together make one qualification."""

    code = models.CharField(_("programme code"), max_length=32, blank=True)
    summary = models.TextField(_("summary"), max_length=600)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("code"),
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("course_links", label=_("Courses, in order"), min_num=1),
    ]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme")

    def courses(self):
        return [
            link.course.specific
            for link in self.course_links.select_related("course")
            if link.course.live
        ]

    @property
    def total_hours(self) -> Decimal:
        return sum((course.estimated_hours for course in self.courses()), Decimal("0"))


class ProgrammeCourse(Orderable):
    programme = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="course_links")
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [PageChooserPanel("course", "courses.CoursePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("course in programme")
        constraints = [
            models.UniqueConstraint(fields=["programme", "course"], name="programme_course_once")
        ]
