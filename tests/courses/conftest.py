import pytest
from wagtail.rich_text import RichText

from courses.models import CatalogPage, CoursePage, HomePage, LessonPage, QuizPage

EXPLANATION = "Giải thích: Ctrl + S lưu tài liệu đang mở."


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def catalog(home):
    return publish(home.add_child(instance=CatalogPage(title="Khóa học", slug="khoa-hoc")))


def question(text="Phím tắt nào dùng để lưu tài liệu?", kind="single", answers=None):
    answers = answers or [("Ctrl + S", True), ("Ctrl + P", False), ("Ctrl + Z", False)]
    return (
        "question",
        {
            "kind": kind,
            "text": text,
            "answers": [{"text": t, "correct": c} for t, c in answers],
            "explanation": RichText(f"<p>{EXPLANATION}</p>"),
        },
    )


@pytest.fixture
def course(catalog):
    course = catalog.add_child(
        instance=CoursePage(
            title="Sử dụng bảng tính cơ bản",
            slug="iu04",
            code="iu04",
            summary="Làm quen với bảng tính: ô, công thức, biểu đồ.",
            learning_outcomes="<ul><li>Tạo bảng chấm công</li></ul>",
        )
    )
    publish(course)
    lesson = course.add_child(
        instance=LessonPage(
            title="Ô và công thức",
            slug="o-va-cong-thuc",
            body=[
                ("heading", "Ô là gì?"),
                ("paragraph", RichText("<p>Mỗi ô có một địa chỉ như <b>B2</b>.</p>")),
                ("callout", {"kind": "tip", "text": RichText("<p>Nhấn F2 để sửa ô.</p>")}),
                (
                    "steps",
                    {
                        "title": "Nhập công thức",
                        "steps": [RichText("<p>Gõ =</p>"), RichText("<p>Nhấn Enter</p>")],
                    },
                ),
                (
                    "check",
                    {"question": "Địa chỉ ô gồm gì?", "answer": RichText("<p>Cột và hàng.</p>")},
                ),
            ],
        )
    )
    publish(lesson)
    quiz = course.add_child(
        instance=QuizPage(title="Bài kiểm tra", slug="bai-kiem-tra", questions=[question()])
    )
    publish(quiz)
    return course
