"""The demo courses, one plain-data module each (format in README.md), in catalogue order.

A long course keeps its quiz in a sibling `<code>_quiz.py`, imported by the course module itself.
"""

from . import iu01, iu02, iu03, iu04, iu05, iu06, iu14

COURSES = [
    iu01.COURSE,
    iu02.COURSE,
    iu03.COURSE,
    iu04.COURSE,
    iu05.COURSE,
    iu06.COURSE,
    iu14.COURSE,
]
