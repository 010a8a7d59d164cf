# The course fixtures (a published course with a lesson and a quiz) are shared with tests/courses.
from tests.courses.conftest import catalog, course, home  # noqa: F401
