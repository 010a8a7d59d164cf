"""Moved (issue 17): courses.content_cache, courses.models.mixins, courses.views.serve_page.

Kept only until tests/conftest.py imports forget_local_copies from courses.content_cache.
"""

from .content_cache import forget_local_copies  # noqa: F401
