from django.urls import path

from therapists import views

app_name = "therapists"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("therapists/", views.TherapistListView.as_view(), name="list"),
    path("therapists/<slug:slug>/", views.TherapistDetailView.as_view(), name="detail"),
]
