from django.urls import path

from modalities import views

app_name = "modalities"

urlpatterns = [
    path("", views.ApproachListView.as_view(), name="list"),
    path("<slug:slug>/", views.ApproachDetailView.as_view(), name="detail"),
]
