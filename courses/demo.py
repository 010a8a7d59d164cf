"""Demo courses for `seed_demo`, read from demo/courses (YAML and Markdown, described in
demo/README.md): the catalogue, each course with its lessons and quiz, the programme, and the
pictures in demo/images.

Idempotent like workforce.demo: pages are found by slug under their parent, images by title,
topics by slug; whatever exists already is left exactly as it is.
"""

import unicodedata
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from io import BytesIO
from pathlib import Path

import yaml
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.utils.file import hash_filelike

from lms.text import fold

try:  # libyaml's loader reads the course files ten times faster
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader

from .demo_markdown import DemoContentError, LessonFile, rich_text
from .models import (
    CatalogPage,
    Competency,
    CoursePage,
    HomePage,
    LessonPage,
    ProgrammeCourse,
    ProgrammePage,
    QuizPage,
    Topic,
)

DEMO_COURSES = Path(settings.BASE_DIR) / "demo" / "courses"
DEMO_IMAGES = Path(settings.BASE_DIR) / "demo" / "images"


def read_yaml(path: Path) -> dict:
    """A demo data file, its text in NFC; a mistake in it names the file and line."""
    try:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8-sig"))
        return yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError as error:
        raise DemoContentError(f"{path}: {error}") from error


COURSE_FIELDS = [
    "code",
    "title",
    "slug",
    "summary",
    "outcomes",
    "hours",
    "level",
    "audience",
    "topic",
    "competencies",
    "cover",
    "quiz",
]
QUIZ_FIELDS = [
    "title",
    "slug",
    "intro",
    "pass_mark",
    "max_attempts",
    "time_limit_minutes",
    "draw_count",
    "questions",
]


def _require(data: dict, fields: list[str], where: str) -> dict:
    missing = [field for field in fields if field not in data]
    if missing:
        raise DemoContentError(f"{where}: lacks {', '.join(missing)}")
    return data


@cache
def _image_titles() -> dict[str, str]:
    return read_yaml(DEMO_IMAGES / "titles.yaml")


def demo_image(path: Path):
    """The library image titled as demo/images/titles.yaml names this file; stored when there is
    none. Returns (image, whether it was created)."""
    try:
        title = _image_titles()[path.name]
    except KeyError:
        raise DemoContentError(f"{DEMO_IMAGES / 'titles.yaml'}: no title for {path.name}") from None
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is not None:
        return image, False
    png = path.read_bytes()
    image = image_model(
        title=title,
        file=ImageFile(BytesIO(png), name=path.name),
        file_size=len(png),
        file_hash=hash_filelike(BytesIO(png)),
    )
    image.save()
    return image, True


def _rich_text_list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


class _Seed:
    """One run of the course seed: what it found or made, and how many of each it created."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.images = {}
        self.created = Counter()

    def say(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message)

    def image(self, path: Path):
        if path not in self.images:
            self.images[path], created = demo_image(path)
            self.created["images"] += created
        return self.images[path]

    def topic(self, name: str) -> Topic:
        topic, created = Topic.objects.get_or_create(
            slug=slugify(fold(name)), defaults={"name": name}
        )
        self.created["topics"] += created
        return topic

    def page(self, parent: Page, slug: str, what: str, build: Callable[[], Page]) -> Page:
        """The child of `parent` with this slug; built, added and published when there is none."""
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            return existing
        page = build()
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created[what] += 1
        return page

    # Lesson blocks arrive as plain data; rich text becomes RichText, figure files become images.
    def block(self, kind: str, value):
        if kind == "paragraph":
            return RichText(value)
        if kind == "callout":
            return {"kind": value["kind"], "text": RichText(value["text"])}
        if kind == "steps":
            return {"title": value["title"], "steps": [RichText(step) for step in value["steps"]]}
        if kind == "check":
            return {"question": value["question"], "answer": RichText(value["answer"])}
        if kind == "figure":
            image = {
                "image": self.image(value["image"]),
                "decorative": False,
                "alt_text": value["alt"],
            }
            return {"image": image, "caption": value["caption"]}
        return value

    def catalogue(self, catalogue: dict, where: Path) -> CatalogPage:
        return self.page(
            HomePage.objects.first(),
            catalogue["slug"],
            "catalogue",
            lambda: CatalogPage(
                title=catalogue["title"],
                slug=catalogue["slug"],
                intro=rich_text(catalogue["intro"], where=f"{where}, intro"),
            ),
        )

    def course(self, catalogue: CatalogPage, folder: Path) -> CoursePage:
        where = folder / "course.yaml"
        course = _require(read_yaml(where), COURSE_FIELDS, where)
        _require(course["quiz"], QUIZ_FIELDS, f"{where}, quiz")

        def build():
            self.say(f"Publishing {course['code']} · {course['title']}.")
            page = CoursePage(
                title=course["title"],
                slug=course["slug"],
                code=course["code"],
                summary=course["summary"],
                learning_outcomes=_rich_text_list(course["outcomes"]),
                estimated_hours=Decimal(str(course["hours"])),
                level=course["level"],
                audience=course["audience"],
                topic=self.topic(course["topic"]),
                cover_image=self.image((folder / course["cover"]).resolve()),
            )
            page.competencies = Competency.objects.filter(code__in=course["competencies"])
            return page

        page = self.page(catalogue, course["slug"], "courses", build)
        for path in sorted((folder / "lessons").glob("*.md")):
            lesson = LessonFile.read(path)
            self.page(page, lesson.slug, "lessons", lambda lesson=lesson: self.lesson(lesson))
        quiz = course["quiz"]
        self.page(page, quiz["slug"], "quizzes", lambda: self.quiz(quiz, where))
        return page

    def lesson(self, lesson: LessonFile) -> LessonPage:
        return LessonPage(
            title=lesson.title,
            slug=lesson.slug,
            estimated_minutes=lesson.minutes,
            body=[(kind, self.block(kind, value)) for kind, value in lesson.blocks()],
        )

    @staticmethod
    def quiz(quiz: dict, where: Path) -> QuizPage:
        questions = [
            {
                "kind": question["kind"],
                "text": question["text"],
                "answers": [
                    {"text": answer["text"], "correct": answer.get("correct", False)}
                    for answer in question["answers"]
                ],
                "explanation": RichText(
                    rich_text(question["explanation"], where=f"{where}, question {number}")
                ),
            }
            for number, question in enumerate(quiz["questions"], start=1)
        ]
        return QuizPage(
            title=quiz["title"],
            slug=quiz["slug"],
            intro=rich_text(quiz["intro"], where=f"{where}, quiz intro"),
            pass_mark=quiz["pass_mark"],
            max_attempts=quiz["max_attempts"],
            time_limit_minutes=quiz["time_limit_minutes"],
            draw_count=quiz["draw_count"],
            questions=[("question", question) for question in questions],
        )

    def programme(self, catalogue: CatalogPage, programme: dict, where: Path, courses) -> None:
        self.page(
            catalogue,
            programme["slug"],
            "programmes",
            lambda: ProgrammePage(
                title=programme["title"],
                slug=programme["slug"],
                code=programme["code"],
                summary=programme["summary"],
                description=rich_text(programme["description"], where=f"{where}, programme"),
                course_links=[
                    ProgrammeCourse(course=courses[code]) for code in programme["courses"]
                ],
            ),
        )


def seed_courses(*, stdout=None) -> dict:
    """Create the demo catalogue, courses and programme that do not exist yet, all published;
    courses in the order of their folders' names.

    Returns {"created": {what: how many}, "logins": []}: the course demo adds no logins.
    """
    seed = _Seed(stdout)
    where = DEMO_COURSES / "catalogue.yaml"
    data = read_yaml(where)
    catalogue = seed.catalogue(data["catalogue"], where)
    courses = {}
    for folder in sorted(path.parent for path in DEMO_COURSES.glob("*/course.yaml")):
        page = seed.course(catalogue, folder)
        courses[page.code] = page
    seed.programme(catalogue, data["programme"], where, courses)
    return {"created": dict(seed.created), "logins": []}
