"""The admin reads in Vietnamese: relative times, the Pages menu, Wagtail's JavaScript strings,
and no English word left on the HR screens (for an HR officer and for the administrator)."""

import datetime
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import wagtail.admin
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.utils import timezone, translation
from django.utils.timesince import timeuntil
from django.utils.translation.trans_real import DjangoTranslation
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

from tests.conftest import SignedInClient
from tests.lms import site_world

pytestmark = pytest.mark.django_db

HR_PAGES = [
    "/admin/",
    "/admin/users/",
    "/admin/users/{owner}/",
    "/admin/certificates/{certificate}/",
    "/admin/agencies/",
    "/admin/certificates/",
    "/admin/reports/",
    "/admin/reports/people/",
    "/admin/history/",
    "/admin/hr-roles/",
    "/admin/roster/",
    "/admin/assignments/",
    "/admin/reports/targets/",
    "/admin/certificates/jobs/",
]
# Built by the lead at the same time as these screens: checked once it answers.
OPTIONAL_PAGES = {"/admin/history/"}

# A word without Vietnamese diacritics can still be Vietnamese ("Lan", "tin", "in"); one that no
# Vietnamese syllable spells (consonant clusters, f/j/w/z, finals such as -s, -d, -l) is English.
VIETNAMESE_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?",
    re.IGNORECASE,
)
# English words that look like Vietnamese syllables.
ENGLISH_LOOKALIKES = {"True", "the", "by", "to", "on", "day", "No", "Go", "at", "it"}
# Names of things, the same in Vietnamese.
ALLOWED = {"Wagtail", "JavaScript", "web", "menu", "Menu", "Email", "email", "mail", "Excel"}
ALLOWED |= {"dd", "mm", "yyyy"}  # date formats: "Ngày sinh (dd/mm/yyyy)"
# Wagtail writes these two labels in English in its templates (wagtailadmin/shared/header.html,
# home.html: the screen-reader search button; shared/headers/_actions.html: the header's
# actions); static/js/admin.js translates them in the browser (tests/e2e/test_admin_phone.py).
HARD_CODED_IN_WAGTAIL = {("input", "value", "Search"), ("nav", "aria-label", "Actions")}
NOT_WORDS = re.compile(r"\S+@\S+|https?://\S+|[\w.-]*\.(?:csv|xlsx|pdf|zip|png|jpg|svg)\b")


class VisibleText(HTMLParser):
    """The text a person reads or hears on an admin page: text nodes, labels in attributes and
    the sidebar's menu labels (Wagtail draws the sidebar from a JSON description)."""

    LABEL_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "data-w-tooltip-content-value")

    def __init__(self):
        super().__init__()
        self.chunks = []
        self._skipping = 0
        self._sidebar = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "style", "kbd"):
            self._skipping += 1
            self._sidebar = attributes.get("id") == "wagtail-sidebar-props"
        for name in self.LABEL_ATTRIBUTES:
            if attributes.get(name) and (tag, name, attributes[name]) not in HARD_CODED_IN_WAGTAIL:
                self.chunks.append(attributes[name])
        value = attributes.get("value")
        is_button = tag == "input" and attributes.get("type") in ("submit", "button")
        if is_button and value and (tag, "value", value) not in HARD_CODED_IN_WAGTAIL:
            self.chunks.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "kbd"):
            self._skipping -= 1
            self._sidebar = False

    def handle_data(self, data):
        if self._sidebar:
            self.chunks.extend(_labels(json.loads(data)))
        elif not self._skipping:
            self.chunks.append(data)


def _labels(description):
    if isinstance(description, dict):
        for key, value in description.items():
            if key == "label" and isinstance(value, str):
                yield value
            else:
                yield from _labels(value)
    elif isinstance(description, list):
        for value in description:
            yield from _labels(value)


def english_words(html: str) -> dict[str, str]:
    """Each English-looking word on the page, with the text it was found in."""
    parser = VisibleText()
    parser.feed(html)
    found = {}
    for chunk in parser.chunks:
        text = " ".join(NOT_WORDS.sub(" ", chunk).split())
        for word in re.findall(r"[^\W\d_]+", text):
            if not word.isascii() or len(word) < 2 or word.isupper() or word in ALLOWED:
                continue
            if word in ENGLISH_LOOKALIKES or not VIETNAMESE_SYLLABLE.fullmatch(word):
                found.setdefault(word, text[:100])
    return found


def test_the_english_word_finder_tells_english_from_vietnamese():
    html = (
        "<main><h1>Nhân sự</h1><td>Quách Thị Bí Lan</td><td>0 minutes trước</td><td>True</td>"
        '<button aria-label="Close">x</button><td>hv@example.vn</td><kbd>Ctrl</kbd>'
        '<input type="submit" value="Search"></main>'
    )
    assert set(english_words(html)) == {"minutes", "True", "Close"}


def test_relative_times_read_in_vietnamese():
    now = timezone.now()
    past = {
        datetime.timedelta(seconds=20): "vừa xong",
        datetime.timedelta(minutes=5): "5 phút trước",
        datetime.timedelta(hours=2): "2 giờ trước",
        datetime.timedelta(days=3): "3 ngày trước",
        datetime.timedelta(days=8): "1 tuần trước",
        datetime.timedelta(days=65): "2 tháng trước",
        datetime.timedelta(days=400): "1 năm trước",
    }
    with translation.override("vi"):
        shown = {delta: timesince_simple(now - delta).replace("\xa0", " ") for delta in past}
        assert shown == past
        in_three_days = now + datetime.timedelta(days=3, minutes=1)
        ago = naturaltime(now - datetime.timedelta(days=3, minutes=1))
        assert ago.replace("\xa0", " ") == "3 ngày trước"
        assert naturaltime(in_three_days).replace("\xa0", " ") == "3 ngày nữa"
        assert timeuntil(in_three_days, now).replace("\xa0", " ") == "3 ngày"


def test_the_pages_menu_is_named_as_pages_not_pagination(superuser):
    client = SignedInClient()
    client.force_login(superuser)
    response = client.get("/admin/")
    parser = VisibleText()
    parser.feed(response.content.decode())
    assert "Trang" in parser.chunks
    assert "Phân trang" not in parser.chunks


def test_every_javascript_string_of_the_wagtail_admin_has_vietnamese():
    """The catalogue Wagtail's admin scripts read (/admin/jsi18n/: wagtail.admin's catalogues
    and LOCALE_PATHS) holds Vietnamese for every string of Wagtail's English one."""
    english = Path(wagtail.admin.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
    msgids = re.findall(r'^msgid "(.+)"$', english.read_text(encoding="utf-8"), re.MULTILINE)
    catalogue = DjangoTranslation("vi", domain="djangojs", localedirs=[str(english.parents[3])])
    translated = catalogue._catalog  # plural entries are keyed (msgid, 0)
    untranslated = [m for m in msgids if m not in translated and (m, 0) not in translated]
    assert len(msgids) > 80
    assert untranslated == []


def test_the_admin_javascript_catalogue_answers_in_vietnamese(department_officer):
    client = SignedInClient()
    client.force_login(department_officer)
    script = client.get("/admin/jsi18n/").content.decode()
    for vietnamese in ("Mở thanh bên", "Thu gọn tất cả", "Chèn khối", "Đang tải…", "Tìm kiếm"):
        assert json.dumps(vietnamese) in script  # JSON: non-ASCII as \uXXXX


def test_hr_screens_show_no_english(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        world = site_world.build()
    leftovers = {}
    for role in ("department_officer", "administrator"):
        client = SignedInClient()
        client.force_login(world.people[role])
        for path in HR_PAGES:
            url = path.format(**vars(world))
            response = client.get(url)
            if response.status_code == 404 and path in OPTIONAL_PAGES:
                continue
            assert response.status_code == 200, (role, url, response.status_code)
            for word, text in english_words(response.content.decode()).items():
                leftovers.setdefault(f"{role} {url}", []).append(f"{word!r} in {text!r}")
    assert leftovers == {}
