from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.lookup, name="lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("my-certificates/", views.my_certificates, name="mine"),
    path("certificates/<int:certificate_id>/pdf/", views.download, name="download"),
]
