"""The admin's own stylesheet and script (phone layout, keyboard-scrollable tables), which
lms.wagtail_hooks adds to every admin page. Static files only: the admin's
Content-Security-Policy keeps styles and scripts out of the page itself."""

from django.templatetags.static import static
from django.utils.html import format_html


def global_admin_css() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


def global_admin_js() -> str:
    return format_html('<script src="{}" defer></script>', static("js/admin.js"))
