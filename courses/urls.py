from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("courses/<int:course_id>/continue/", views.continue_course, name="continue"),
    path("lessons/<int:lesson_id>/done/", views.complete_lesson, name="lesson-done"),
    path("quizzes/<int:quiz_id>/start/", views.start_attempt, name="quiz-start"),
    path("attempts/<int:attempt_id>/", views.attempt, name="attempt"),
    path("attempts/<int:attempt_id>/save/", views.save_attempt, name="attempt-save"),
    path("attempts/<int:attempt_id>/submit/", views.submit_attempt, name="attempt-submit"),
    path("attempts/<int:attempt_id>/result/", views.attempt_result, name="attempt-result"),
    path("transcript/", views.transcript, name="transcript"),
]
