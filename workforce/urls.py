"""Public pages of workforce: activating an account with the code from an HR letter."""

from django.urls import path

from .views import activation

app_name = "activation"

urlpatterns = [
    path("", activation.start, name="start"),
    path("mat-khau/", activation.password, name="password"),
]
