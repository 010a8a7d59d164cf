"""The demo's lesson files (front matter, then Markdown; syntax in demo/README.md) read into the
blocks of LessonBodyBlock, and Markdown read into rich text as Wagtail stores it."""

import re
import unicodedata
from dataclasses import dataclass
from html import escape
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin

CALLOUTS = ("tip", "note", "warning")
CONTAINERS = (*CALLOUTS, "steps", "check")
FRONT_MATTER = re.compile(r"---\n(.*?\n)---(?:\n|$)", re.DOTALL)
RICH_TEXT_BLOCKS = {"paragraph", "bullet_list", "ordered_list", "list_item", "inline"}


class DemoContentError(ValueError):
    """A demo data file that cannot be read; the message names the file and the line."""


def _markdown() -> MarkdownIt:
    # Only what lesson blocks can hold: no raw HTML, no quotes or code blocks, and `---` always a
    # block break (never a heading underline), so an indented or odd line stays plain text.
    markdown = MarkdownIt("commonmark", {"html": False}).disable(
        ["code", "fence", "blockquote", "reference", "lheading", "html_block", "html_inline"]
    )
    for name in CONTAINERS:
        container_plugin(markdown, name)
    # Wagtail's rich text stores <b> and <i>, quotes unescaped, and no newlines between tags.
    rules = {
        "strong_open": "<b>",
        "strong_close": "</b>",
        "em_open": "<i>",
        "em_close": "</i>",
        "softbreak": " ",
        "hardbreak": "<br/>",
    }
    for rule, html in rules.items():
        markdown.add_render_rule(rule, lambda *args, html=html: html)
    markdown.add_render_rule(
        "text", lambda _renderer, tokens, index, *_args: escape(tokens[index].content, quote=False)
    )
    markdown.add_render_rule(
        "code_inline",
        lambda _renderer, tokens, index, *_args: (
            f"<code>{escape(tokens[index].content, quote=False)}</code>"
        ),
    )
    return markdown


MARKDOWN = _markdown()


def _plain(children: list[Token]) -> str:
    """Inline Markdown as plain text (headings, alt text): escapes resolved, emphasis dropped."""
    return "".join(
        " " if child.type == "softbreak" else child.content
        for child in children
        if child.type in ("text", "code_inline", "softbreak")
    ).strip()


def _picture(inline: Token) -> Token | None:
    """The picture a paragraph holds alone, or None."""
    children = [child for child in inline.children if child.type != "text" or child.content.strip()]
    if len(children) == 1 and children[0].type == "image":
        return children[0]
    return None


def _closing(tokens: list[Token], start: int) -> int:
    """The index of the token that closes the one at `start`."""
    for index in range(start + 1, len(tokens)):
        if tokens[index].level == tokens[start].level and tokens[index].nesting == -1:
            return index
    raise AssertionError("markdown-it closes every token it opens")


class _Reader:
    """One Markdown text being read; `where` and `first_line` place its errors in their file."""

    def __init__(self, text: str, *, where: Path | str, first_line: int = 1):
        self.where = where
        self.first_line = first_line
        self.tokens = MARKDOWN.parse(text)
        self.lines = len(text.splitlines())

    def error(self, token: Token | None, problem: str) -> DemoContentError:
        if token is not None and token.map:
            return DemoContentError(
                f"{self.where}, line {self.first_line + token.map[0]}: {problem}"
            )
        return DemoContentError(f"{self.where}: {problem}")

    def render(self, tokens: list[Token]) -> str:
        """Paragraphs and lists as Wagtail's rich text; anything else is an error."""
        for token in tokens:
            if token.type.startswith("container_") and token.nesting == 1:
                raise self.error(
                    token, "a ::: block cannot sit inside another; close the first with :::"
                )
            if token.type.startswith("heading") and token.tag in ("h3", "h4"):
                continue
            if token.type.removesuffix("_open").removesuffix("_close") not in RICH_TEXT_BLOCKS:
                raise self.error(token, f"not possible here: {token.markup or token.type}")
            if token.type == "inline":
                self.check_inline(token)
        return MARKDOWN.renderer.render(tokens, MARKDOWN.options, {}).replace("\n", "")

    def check_inline(self, token: Token) -> None:
        for child in token.children or []:
            if child.type == "image":
                raise self.error(token, "a picture stands alone in its own paragraph")
            if child.type == "text" and child.content.lstrip().startswith(":::"):
                known = ", ".join(CONTAINERS)
                raise self.error(
                    token, f"unknown or unopened block {child.content.strip()!r} (known: {known})"
                )

    def rich_text(self) -> str:
        return self.render(self.tokens)

    def blocks(self, *, folder: Path) -> list[tuple[str, object]]:
        """The lesson body as (block type, value) pairs: rich text as HTML, pictures as paths."""
        blocks, run, index = [], [], 0

        def end_run():
            if run:
                blocks.append(("paragraph", self.render(run)))
                run.clear()

        while index < len(self.tokens):
            token = self.tokens[index]
            end = _closing(self.tokens, index) if token.nesting == 1 else index
            inner = self.tokens[index + 1 : end]
            if token.type == "heading_open" and token.tag == "h2":
                end_run()
                blocks.append(("heading", _plain(inner[0].children)))
            elif token.type == "heading_open" and token.tag not in ("h3", "h4"):
                raise self.error(
                    token, "a section heading starts with ## (### and #### inside text)"
                )
            elif token.type == "paragraph_open" and _picture(inner[0]) is not None:
                end_run()
                blocks.append(("figure", self.figure(inner[0], folder=folder)))
            elif token.type == "hr":
                end_run()
            elif token.type.startswith("container_"):
                end_run()
                blocks.append(self.container(token, inner))
            else:
                run.extend(self.tokens[index : end + 1])
            index = end + 1
        end_run()
        return blocks

    def figure(self, inline: Token, *, folder: Path) -> dict:
        """A figure block: the picture's file (relative to the lesson's folder), alt text, caption."""
        image = _picture(inline)
        path = (folder / image.attrs["src"]).resolve()
        if not path.is_file():
            raise self.error(inline, f"no picture at {image.attrs['src']}")
        alt = _plain(image.children)
        if not alt:
            raise self.error(inline, "a picture needs its alt text: ![what it shows](…)")
        return {"image": path, "alt": alt, "caption": image.attrs.get("title", "")}

    def container(self, token: Token, inner: list[Token]) -> tuple[str, dict]:
        kind, _, argument = token.info.strip().partition(" ")
        argument = argument.strip()
        if token.map[1] >= self.lines:
            raise self.error(token, f"::: {kind} is not closed: end it with a line :::")
        if kind in CALLOUTS:
            if argument:
                raise self.error(token, f"::: {kind} takes nothing after its name")
            return "callout", {"kind": kind, "text": self.filled(token, inner)}
        if kind == "check":
            if not argument:
                raise self.error(token, "::: check needs its question on the same line")
            return "check", {"question": argument, "answer": self.filled(token, inner)}
        if (
            not inner
            or inner[0].type != "ordered_list_open"
            or _closing(inner, 0) != len(inner) - 1
        ):
            raise self.error(token, "::: steps holds one numbered list (1. …), one step per item")
        steps, index = [], 1
        while inner[index].type == "list_item_open":
            end = _closing(inner, index)
            item = inner[index + 1 : end]
            for child in item:
                child.hidden = False  # each step is stored as its own <p>…</p>
            steps.append(self.render(item))
            index = end + 1
        return "steps", {"title": argument, "steps": steps}

    def filled(self, token: Token, inner: list[Token]) -> str:
        html = self.render(inner)
        if not html:
            raise self.error(token, f"::: {token.info.strip()} is empty")
        return html


@dataclass(frozen=True)
class LessonFile:
    """A lesson file: its front matter (title, slug, minutes), then its body in Markdown."""

    path: Path
    title: str
    slug: str
    minutes: int
    body: str
    body_line: int  # the line of the file where the body starts

    @classmethod
    def read(cls, path: Path) -> "LessonFile":
        # As the rest of the LMS stores text: NFC, whatever the editor's system saved.
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8-sig"))
        text = text.replace("\r\n", "\n")
        found = FRONT_MATTER.match(text)
        if found is None:
            raise DemoContentError(f"{path}, line 1: start with front matter between two --- lines")
        front = found.group(1)
        try:
            meta = yaml.safe_load(front)
        except yaml.YAMLError as error:
            raise DemoContentError(f"{path}: front matter: {error}") from error
        missing = [key for key in ("title", "slug", "minutes") if key not in (meta or {})]
        if missing:
            raise DemoContentError(f"{path}, line 2: front matter lacks {', '.join(missing)}")
        return cls(
            path=path,
            title=meta["title"],
            slug=meta["slug"],
            minutes=meta["minutes"],
            body=text[found.end() :],
            body_line=front.count("\n") + 3,
        )

    def blocks(self) -> list[tuple[str, object]]:
        return _Reader(self.body, where=self.path, first_line=self.body_line).blocks(
            folder=self.path.parent
        )


def rich_text(markdown: str, *, where: str) -> str:
    """Markdown (paragraphs, lists, bold, italic, code) as Wagtail's rich text HTML."""
    return _Reader(markdown, where=where).rich_text()
