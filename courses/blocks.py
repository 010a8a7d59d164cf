"""StreamField blocks for lessons and quizzes. Each block has its own template in templates/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

LESSON_RICH_TEXT = ["bold", "italic", "link", "ol", "ul", "h3", "h4", "code", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        form_classname = "title"
        preview_value = "Định dạng đoạn văn bản"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=LESSON_RICH_TEXT, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Văn bản hành chính cần được trình bày <b>rõ ràng</b> và thống nhất.</p>"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/figure_block.html"


class VideoBlock(blocks.StructBlock):
    """A hosted video (YouTube, Vimeo…) through Wagtail embeds."""

    video = EmbedBlock(
        label=_("Video address"),
        help_text=_("The address of a video on YouTube, Vimeo or a similar service."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "media"
        label = _("Online video")
        template = "blocks/video_block.html"


class VideoFileBlock(blocks.StructBlock):
    """A video file uploaded to the document library, played with the HTML video element."""

    file = DocumentChooserBlock(label=_("Video file (MP4, WebM or OGV)"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)
    transcript = blocks.TextBlock(
        label=_("Transcript"), required=False, help_text=_("For people who cannot hear the video.")
    )

    def clean(self, value):
        value = super().clean(value)
        document = value.get("file")
        if document and document.file_extension.lower() not in {"mp4", "webm", "ogv"}:
            raise StructBlockValidationError(
                block_errors={"file": ValidationError(_("Choose an MP4, WebM or OGV video file."))}
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video file")
        template = "blocks/video_file_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("tip", _("Tip")),
            ("note", pgettext_lazy("callout", "Note")),
            ("warning", _("Warning")),
        ],
        default="note",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout_block.html"
        preview_value = {
            "kind": "tip",
            "text": "<p>Nhấn <b>Ctrl + S</b> thường xuyên để lưu tài liệu.</p>",
        }


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    steps = blocks.ListBlock(
        blocks.RichTextBlock(features=["bold", "italic", "link", "code"], label=_("Step")),
        label=_("Steps"),
        min_num=1,
    )

    class Meta:
        icon = "list-ol"
        label = _("Step-by-step instructions")
        template = "blocks/steps_block.html"
        preview_value = {
            "title": "Lưu tài liệu",
            "steps": [
                "<p>Chọn <b>Tệp</b>.</p>",
                "<p>Chọn <b>Lưu thành</b>.</p>",
                "<p>Đặt tên và nhấn <b>Lưu</b>.</p>",
            ],
        }


class CheckUnderstandingBlock(blocks.StructBlock):
    """An ungraded question whose answer the learner reveals themselves."""

    question = blocks.TextBlock(label=_("Question"))
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "help"
        label = _("Check your understanding")
        template = "blocks/check_understanding_block.html"
        preview_value = {
            "question": "Phím tắt nào dùng để sao chép?",
            "answer": "<p><b>Ctrl + C</b> sao chép, <b>Ctrl + V</b> dán.</p>",
        }


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    video = VideoBlock()
    video_file = VideoFileBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    steps = StepsBlock()
    check = CheckUnderstandingBlock()


class QuestionKind:
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    CHOICES = [
        (SINGLE, _("Single choice")),
        (MULTIPLE, _("Multiple choice")),
        (TRUE_FALSE, _("True or false")),
    ]


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=500)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)

    class Meta:
        icon = "tick"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"), choices=QuestionKind.CHOICES, default=QuestionKind.SINGLE
    )
    text = blocks.TextBlock(label=_("Question"))
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2, max_num=8)
    explanation = blocks.RichTextBlock(
        label=_("Explanation"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Shown to the learner with the result, after they submit."),
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        kind = value["kind"]
        errors = []
        if correct == 0:
            errors.append(_("Mark at least one answer as correct."))
        elif kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE) and correct != 1:
            errors.append(
                _("A single-choice or true/false question needs exactly one correct answer.")
            )
        if kind == QuestionKind.TRUE_FALSE and len(value["answers"]) != 2:
            errors.append(_("A true/false question must have exactly two answers."))
        if errors:
            raise StructBlockValidationError(block_errors={"answers": ValidationError(errors)})
        return value

    class Meta:
        icon = "help"
        label = _("Question")
        template = "blocks/question_block.html"
        preview_value = {
            "kind": QuestionKind.SINGLE,
            "text": "Phím tắt nào dùng để lưu tài liệu?",
            "answers": [
                {"text": "Ctrl + S", "correct": True},
                {"text": "Ctrl + P", "correct": False},
            ],
            "explanation": "<p>Ctrl + S (Save) lưu tài liệu.</p>",
        }


class QuestionBankBlock(blocks.StreamBlock):
    question = QuestionBlock()
