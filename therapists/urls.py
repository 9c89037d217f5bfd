from django.urls import path

from therapists import place_pages, views

app_name = "therapists"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("therapists/", views.TherapistListView.as_view(), name="list"),
    path("therapists/<slug:slug>/", views.TherapistDetailView.as_view(), name="detail"),
    path("therapists/<slug:slug>/contact/", views.inquiry_send, name="inquiry_send"),
    path(
        "therapists/<slug:slug>/contact/sent/",
        views.InquirySentView.as_view(),
        name="inquiry_sent",
    ),
    # Place pages are two or more segments under "in/": never a profile's address.
    path(
        "therapists/in/<slug:province>/",
        place_pages.ProvinceView.as_view(),
        name="province",
    ),
    path(
        "therapists/in/<slug:province>/<slug:city>/",
        place_pages.CityView.as_view(),
        name="city",
    ),
    path(
        "therapists/in/<slug:province>/<slug:city>/<slug:approach>/",
        place_pages.CityApproachView.as_view(),
        name="city_approach",
    ),
]
