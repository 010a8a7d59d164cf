"""Lesson Markdown of the demo (demo/README.md) read into LessonBodyBlock blocks."""

from pathlib import Path

import pytest
from django.conf import settings

from courses.demo_markdown import DemoContentError, LessonFile, rich_text

DEMO = Path(settings.BASE_DIR) / "demo"
FRONT_MATTER = "---\ntitle: Bài học\nslug: bai-hoc\nminutes: 20\n---\n"  # the body starts at line 6


def lesson(tmp_path: Path, body: str) -> LessonFile:
    """A lesson file in a course folder beside an images folder, as under demo/."""
    (tmp_path / "images").mkdir(exist_ok=True)
    (tmp_path / "images" / "hinh.png").write_bytes(b"")
    folder = tmp_path / "courses" / "khoa-hoc" / "lessons"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "01-bai-hoc.md"
    path.write_text(FRONT_MATTER + body, encoding="utf-8")
    return LessonFile.read(path)


def blocks(tmp_path: Path, body: str) -> list:
    return lesson(tmp_path, body).blocks()


def test_front_matter_gives_title_slug_and_minutes(tmp_path):
    read = lesson(tmp_path, "Văn bản.\n")

    assert (read.title, read.slug, read.minutes) == ("Bài học", "bai-hoc", 20)


def test_second_level_heading_is_a_heading_block(tmp_path):
    assert blocks(tmp_path, "## Phần cứng và phần mềm\n") == [("heading", "Phần cứng và phần mềm")]


def test_paragraphs_and_lists_up_to_the_next_heading_are_one_text_block(tmp_path):
    body = "## Một\n\nĐoạn một.\n\n- mục a\n- mục b\n\n1. bước\n\nĐoạn hai.\n\n## Hai\n"

    assert blocks(tmp_path, body) == [
        ("heading", "Một"),
        (
            "paragraph",
            "<p>Đoạn một.</p><ul><li>mục a</li><li>mục b</li></ul><ol><li>bước</li></ol>"
            "<p>Đoạn hai.</p>",
        ),
        ("heading", "Hai"),
    ]


def test_rich_text_uses_the_tags_wagtail_stores(tmp_path):
    body = '**đậm** *nghiêng* `=SUM(A1:A3)` và `x>0`, "nháy"\nnối dòng\n\n### Nhỏ\n'

    assert blocks(tmp_path, body) == [
        (
            "paragraph",
            '<p><b>đậm</b> <i>nghiêng</i> <code>=SUM(A1:A3)</code> và <code>x&gt;0</code>, "nháy" '
            "nối dòng</p><h3>Nhỏ</h3>",
        )
    ]


def test_a_rule_line_starts_a_new_text_block(tmp_path):
    assert blocks(tmp_path, "Một.\n\n---\n\nHai.\n") == [
        ("paragraph", "<p>Một.</p>"),
        ("paragraph", "<p>Hai.</p>"),
    ]


def test_a_picture_alone_in_its_paragraph_is_a_figure(tmp_path):
    read = lesson(tmp_path, '![Máy tính \\*để bàn](../../../images/hinh.png "Chú thích \\"a\\"")\n')

    assert read.blocks() == [
        (
            "figure",
            {
                "image": (tmp_path / "images" / "hinh.png").resolve(),
                "alt": "Máy tính *để bàn",
                "caption": 'Chú thích "a"',
            },
        )
    ]


@pytest.mark.parametrize("kind", ["tip", "note", "warning"])
def test_tip_note_and_warning_are_callouts(tmp_path, kind):
    assert blocks(tmp_path, f"::: {kind}\nNhấn **Ctrl + S**.\n:::\n") == [
        ("callout", {"kind": kind, "text": "<p>Nhấn <b>Ctrl + S</b>.</p>"})
    ]


def test_steps_hold_one_step_per_item_of_a_numbered_list(tmp_path):
    body = "::: steps Lưu tài liệu\n1. Chọn **Tệp**.\n2. Nhấn `Ctrl + S`.\n:::\n"

    assert blocks(tmp_path, body) == [
        (
            "steps",
            {
                "title": "Lưu tài liệu",
                "steps": ["<p>Chọn <b>Tệp</b>.</p>", "<p>Nhấn <code>Ctrl + S</code>.</p>"],
            },
        )
    ]


def test_check_takes_its_question_from_its_line_and_the_answer_from_inside(tmp_path):
    body = "::: check Phím tắt nào dùng để sao chép?\n**Ctrl + C**.\n:::\n"

    assert blocks(tmp_path, body) == [
        (
            "check",
            {"question": "Phím tắt nào dùng để sao chép?", "answer": "<p><b>Ctrl + C</b>.</p>"},
        )
    ]


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        ("Đoạn.\n\n::: tip\nKhông đóng.\n", 8, "::: tip is not closed"),
        ("::: danger\nNội dung.\n:::\n", 6, "unknown or unopened block"),
        ("::: steps Tiêu đề\n- không đánh số\n:::\n", 6, "one numbered list"),
        ("::: check\nThiếu câu hỏi.\n:::\n", 6, "needs its question"),
        ("::: tip\nMột.\n\n::: note\nHai.\n:::\n", 9, "cannot sit inside another"),
        ("::: warning\n:::\n", 6, "is empty"),
        ("# Tiêu đề cấp một\n", 6, "starts with ##"),
        ("Chữ ![hình](../../../images/hinh.png) giữa câu.\n", 6, "stands alone"),
        ("![hình](../../../images/khong-co.png)\n", 6, "no picture at"),
    ],
)
def test_a_malformed_lesson_names_its_file_and_line(tmp_path, body, line, problem):
    read = lesson(tmp_path, body)

    with pytest.raises(DemoContentError) as error:
        read.blocks()

    assert f"{read.path}, line {line}: " in str(error.value)
    assert problem in str(error.value)


def test_a_lesson_without_front_matter_names_its_file(tmp_path):
    path = tmp_path / "01-bai-hoc.md"
    path.write_text("## Tiêu đề\n", encoding="utf-8")

    with pytest.raises(DemoContentError, match=f"{path}, line 1: start with front matter"):
        LessonFile.read(path)


def test_yaml_fields_in_markdown_become_rich_text():
    assert rich_text("Cần đạt **70%**.\n\n- Một\n- Hai\n", where="course.yaml") == (
        "<p>Cần đạt <b>70%</b>.</p><ul><li>Một</li><li>Hai</li></ul>"
    )


def test_every_demo_lesson_reads_and_shows_titled_pictures():
    titles = (DEMO / "images" / "titles.yaml").read_text(encoding="utf-8")
    paths = sorted(DEMO.glob("courses/*/lessons/*.md"))

    figures = [
        value["image"]
        for path in paths
        for kind, value in LessonFile.read(path).blocks()
        if kind == "figure"
    ]

    assert len(paths) >= 21
    assert figures
    assert all(f"\n{image.name}:" in titles for image in figures)
