"""What the demo holds, in a form that survives a change of how it is seeded: counts, a few titles,
and digests of the text learners read and of the people on the roster. `demo_fingerprint.json`
holds the figures of the demo as it was when its content moved from Python to data files; the
seeded demo must match it (tests/lms/test_seed_demo.py)."""

import hashlib
import json
import pathlib
import re
import unicodedata
from collections import Counter

from django.utils.html import strip_tags
from wagtail.images import get_image_model

from certificates.models import Certificate, CertificateTemplate
from courses.models import (
    Assignment,
    CoursePage,
    Enrolment,
    LessonPage,
    ProgrammePage,
    QuizAttempt,
    QuizPage,
    Topic,
)
from workforce.models import Agency, AgencyChange, HRRole, User

EXPECTED = pathlib.Path(__file__).with_name("demo_fingerprint.json")


def _plain(value) -> str:
    """Text as a reader sees it: tags dropped, entities and spacing normalised, NFC."""
    text = strip_tags(str(value)).replace("&nbsp;", " ").replace("&amp;", "&")
    text = text.replace("&quot;", '"').replace("&#x27;", "'").replace("&lt;", "<")
    text = text.replace("&gt;", ">")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())


def _text(value):
    """A block value's text, recursively; an image as its title, alt text and file name."""
    if hasattr(value, "file") and hasattr(value, "title"):  # an image
        return [
            value.title,
            getattr(value, "contextual_alt_text", ""),
            value.file.name.rsplit("/", 1)[-1].split(".")[0],
        ]
    if hasattr(value, "items"):
        return [[key, _text(item)] for key, item in sorted(value.items())]
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ListValue":
        return [_text(item) for item in value]
    if isinstance(value, (bool, int)) or value is None:
        return value
    return _plain(value.source if hasattr(value, "source") else value)


def _stream_text(stream) -> list:
    return [[block.block_type, _text(block.value)] for block in stream]


def _digest(value) -> str:
    return hashlib.sha256(
        json.dumps(value, ensure_ascii=False, sort_keys=True, default=str).encode()
    ).hexdigest()[:16]


def _course(course: CoursePage) -> dict:
    lessons = LessonPage.objects.live().child_of(course).order_by("path")
    quizzes = QuizPage.objects.live().child_of(course)
    return {
        "title": course.title,
        "slug": course.slug,
        "hours": str(course.estimated_hours),
        "level": course.level,
        "audience": course.audience,
        "topic": course.topic.name if course.topic else "",
        "summary": _digest(_plain(course.summary)),
        "outcomes": _digest(_plain(course.learning_outcomes)),
        "prerequisites": sorted(course.prerequisites.values_list("code", flat=True)),
        "has_cover": course.cover_image_id is not None,
        "lessons": [[lesson.title, lesson.slug] for lesson in lessons],
        "lesson_text": _digest([_stream_text(lesson.body) for lesson in lessons]),
        "quizzes": [
            {
                "title": quiz.title,
                "questions": len(quiz.questions),
                "pass_mark": quiz.pass_mark,
                "max_attempts": quiz.max_attempts,
                "time_limit": quiz.time_limit_minutes,
                "draw_count": quiz.draw_count,
                "question_text": _digest(_stream_text(quiz.questions)),
            }
            for quiz in quizzes
        ],
        "competencies": sorted(course.competencies.values_list("code", flat=True)),
    }


PERSON_FIELDS = (
    "staff_code",
    "email",
    "family_name",
    "middle_name",
    "given_name",
    "date_of_birth",
    "gender",
    "category",
    "position",
    "agency__code",
    "is_active",
    "is_superuser",
)


def demo_fingerprint() -> dict:
    people = User.objects.order_by("staff_code").values_list(*PERSON_FIELDS)
    return {
        "courses": {course.code: _course(course) for course in CoursePage.objects.order_by("code")},
        "programmes": [
            [
                programme.title,
                programme.code,
                [c.course.specific.code for c in programme.course_links.all()],
            ]
            for programme in ProgrammePage.objects.order_by("path")
        ],
        "topics": sorted(Topic.objects.values_list("name", flat=True)),
        "images": get_image_model().objects.count(),
        "agencies": Agency.objects.count(),
        "active_agencies": Agency.objects.filter(is_active=True).count(),
        "agency_tree": _digest(
            list(
                Agency.objects.order_by("path").values_list(
                    "code", "name", "kind", "is_active", "depth", "successor__code"
                )
            )
        ),
        "agency_changes": AgencyChange.objects.count(),
        "people": people.count(),
        "people_by_category": dict(sorted(Counter(p[7] for p in people).items())),
        "people_digest": _digest(list(people)),
        "hr_roles": sorted(
            [r.person.staff_code, r.agency.code, r.role]
            for r in HRRole.objects.select_related("person", "agency")
        ),
        "groups": sorted(
            [u.staff_code, g.name]
            for u in User.objects.prefetch_related("groups")
            for g in u.groups.all()
        ),
        "certificate_templates": CertificateTemplate.objects.count(),
        "certificates": sorted(Certificate.objects.values_list("status", flat=True)),
        "enrolments": dict(
            sorted(Counter(Enrolment.objects.values_list("status", flat=True)).items())
        ),
        "quiz_attempts": QuizAttempt.objects.count(),
        "assignments": Assignment.objects.count(),
    }
