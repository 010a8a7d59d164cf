"""Demo courses for `seed_demo`: the catalogue, the courses in `demo_content` with their lessons
and quizzes, the basic IT skills programme, and the pictures they use, drawn here with Pillow.

Idempotent like workforce.demo: pages are found by slug under their parent, images by title,
topics by slug; whatever exists already is left exactly as it is.
"""

from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from io import BytesIO

from django.core.files.images import ImageFile
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.utils.file import hash_filelike

from lms.text import fold

from .demo_content import COURSES
from .demo_images import COVER_COLOURS, COVER_MOTIFS, ILLUSTRATIONS, cover_png, illustration_png
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

# --- Seeding --------------------------------------------------------------------------------

CATALOGUE = {
    "title": "Khóa học",
    "slug": "khoa-hoc",
    "intro": (
        "<p>Các khóa bồi dưỡng kỹ năng sử dụng công nghệ thông tin theo chuẩn của "
        "Thông tư 03/2014/TT-BTTTT, dành cho cán bộ, công chức, viên chức và người lao động "
        "trong các cơ quan, đơn vị của tỉnh.</p>"
    ),
}

PROGRAMME = {
    "title": "Chuẩn kỹ năng sử dụng CNTT cơ bản",
    "slug": "chuan-ky-nang-cntt-co-ban",
    "code": "CNTT-CB",
    "summary": (
        "Sáu mô đun kỹ năng cơ bản IU01–IU06 của chuẩn kỹ năng sử dụng công nghệ thông tin, "
        "học theo thứ tự từ hiểu biết chung về máy tính đến sử dụng Internet trong công việc."
    ),
    "description": (
        "<p>Chương trình giúp mỗi cán bộ, công chức, viên chức đạt chuẩn kỹ năng sử dụng công "
        "nghệ thông tin cơ bản quy định tại <b>Thông tư 03/2014/TT-BTTTT</b>, nền tảng để làm "
        "việc trên môi trường số, xử lý văn bản điện tử và giải quyết thủ tục hành chính trực "
        "tuyến.</p>"
        "<ul><li>Học lần lượt sáu khóa, mỗi khóa kết thúc bằng một bài kiểm tra.</li>"
        "<li>Hoàn thành cả sáu khóa để được ghi nhận đạt chuẩn kỹ năng cơ bản.</li></ul>"
    ),
    "courses": ("IU01", "IU02", "IU03", "IU04", "IU05", "IU06"),
}


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

    def image(self, *, title: str, name: str, draw: Callable[[], bytes]):
        """The image with this title; drawn and stored when there is none."""
        if title not in self.images:
            image_model = get_image_model()
            image = image_model.objects.filter(title=title).first()
            if image is None:
                png = draw()
                image = image_model(
                    title=title,
                    file=ImageFile(BytesIO(png), name=f"{name}.png"),
                    file_size=len(png),
                    file_hash=hash_filelike(BytesIO(png)),
                )
                image.save()
                self.created["images"] += 1
            self.images[title] = image
        return self.images[title]

    def illustration(self, key: str):
        title, _draw = ILLUSTRATIONS[key]
        return self.image(title=title, name=key, draw=lambda: illustration_png(key))

    def cover(self, code: str, position: int):
        colours = COVER_COLOURS[position % len(COVER_COLOURS)]
        return self.image(
            title=f"Ảnh bìa khóa học {code}",
            name=f"cover-{code.lower()}",
            draw=lambda: cover_png(motif=COVER_MOTIFS.get(code), colours=colours),
        )

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

    # Lesson blocks arrive as plain data; rich text becomes RichText, figure keys become images.
    def block(self, kind: str, value):
        if kind == "paragraph":
            return RichText(value)
        if kind == "callout":
            return {"kind": value["kind"], "text": RichText(value["text"])}
        if kind == "steps":
            return {
                "title": value.get("title", ""),
                "steps": [RichText(step) for step in value["steps"]],
            }
        if kind == "check":
            return {"question": value["question"], "answer": RichText(value["answer"])}
        if kind == "figure":
            image = {
                "image": self.illustration(value["image"]),
                "decorative": False,
                "alt_text": value["alt"],
            }
            return {"image": image, "caption": value.get("caption", "")}
        return value

    def catalogue(self) -> CatalogPage:
        return self.page(
            HomePage.objects.first(),
            CATALOGUE["slug"],
            "catalogue",
            lambda: CatalogPage(
                title=CATALOGUE["title"], slug=CATALOGUE["slug"], intro=CATALOGUE["intro"]
            ),
        )

    def course(self, catalogue: CatalogPage, course: dict, position: int) -> CoursePage:
        def build():
            self.say(f"Publishing {course['code']} · {course['title']}.")
            page = CoursePage(
                title=course["title"],
                slug=course["slug"],
                code=course["code"],
                summary=course["summary"],
                learning_outcomes=_rich_text_list(course["outcomes"]),
                estimated_hours=Decimal(course["hours"]),
                level=course["level"],
                audience=course["audience"],
                topic=self.topic(course["topic"]),
                cover_image=self.cover(course["code"], position),
            )
            page.competencies = Competency.objects.filter(code__in=course["competencies"])
            return page

        page = self.page(catalogue, course["slug"], "courses", build)
        for lesson in course["lessons"]:
            self.page(page, lesson["slug"], "lessons", lambda lesson=lesson: self.lesson(lesson))
        quiz = course["quiz"]
        self.page(page, quiz["slug"], "quizzes", lambda: self.quiz(quiz))
        return page

    def lesson(self, lesson: dict) -> LessonPage:
        return LessonPage(
            title=lesson["title"],
            slug=lesson["slug"],
            estimated_minutes=lesson["minutes"],
            body=[(kind, self.block(kind, value)) for kind, value in lesson["body"]],
        )

    @staticmethod
    def quiz(quiz: dict) -> QuizPage:
        questions = [
            {
                "kind": question["kind"],
                "text": question["text"],
                "answers": [
                    {"text": text, "correct": correct} for text, correct in question["answers"]
                ],
                "explanation": RichText(question["explanation"]),
            }
            for question in quiz["questions"]
        ]
        return QuizPage(
            title=quiz["title"],
            slug=quiz["slug"],
            intro=quiz["intro"],
            pass_mark=quiz["pass_mark"],
            max_attempts=quiz["max_attempts"],
            time_limit_minutes=quiz["time_limit_minutes"],
            draw_count=quiz["draw_count"],
            questions=[("question", question) for question in questions],
        )

    def programme(self, catalogue: CatalogPage, courses: dict[str, CoursePage]) -> None:
        self.page(
            catalogue,
            PROGRAMME["slug"],
            "programmes",
            lambda: ProgrammePage(
                title=PROGRAMME["title"],
                slug=PROGRAMME["slug"],
                code=PROGRAMME["code"],
                summary=PROGRAMME["summary"],
                description=PROGRAMME["description"],
                course_links=[
                    ProgrammeCourse(course=courses[code]) for code in PROGRAMME["courses"]
                ],
            ),
        )


def seed_courses(*, stdout=None) -> dict:
    """Create the demo catalogue, courses and programme that do not exist yet, all published.

    Returns {"created": {what: how many}, "logins": []}: the course demo adds no logins.
    """
    seed = _Seed(stdout)
    catalogue = seed.catalogue()
    courses = {
        course["code"]: seed.course(catalogue, course, position)
        for position, course in enumerate(COURSES)
    }
    seed.programme(catalogue, courses)
    return {"created": dict(seed.created), "logins": []}
