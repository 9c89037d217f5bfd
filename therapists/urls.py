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

# The therapist's own pages: dashboard, editor, media, credentials, inbox, account.
# (Kept as one block; views in editor_views, inbox_views and account_views.)
from therapists import account_views, editor_views, inbox_views  # noqa: E402

urlpatterns += [
    path("account/", editor_views.DashboardView.as_view(), name="dashboard"),
    path("account/start/", editor_views.StartView.as_view(), name="start"),
    path(
        "account/availability/",
        editor_views.AvailabilityConfirmView.as_view(),
        name="availability_confirm",
    ),
    path("account/publish/", editor_views.PublishView.as_view(), name="publish"),
    path("account/preview/", editor_views.PreviewView.as_view(), name="preview"),
    path("account/profile/<slug:section>/", editor_views.SectionView.as_view(), name="editor"),
    path("account/offices/", editor_views.OfficeListView.as_view(), name="offices"),
    path("account/offices/add/", editor_views.OfficeCreateView.as_view(), name="office_add"),
    path("account/offices/<int:pk>/", editor_views.OfficeUpdateView.as_view(), name="office_edit"),
    path(
        "account/offices/<int:pk>/delete/",
        editor_views.OfficeDeleteView.as_view(),
        name="office_delete",
    ),
    path("account/photo/", editor_views.PhotoView.as_view(), name="photo"),
    path("account/video/", editor_views.VideoView.as_view(), name="video"),
    path(
        "account/credentials/add/",
        editor_views.CredentialCreateView.as_view(),
        name="credential_add",
    ),
    path(
        "account/credentials/<int:pk>/",
        editor_views.CredentialUpdateView.as_view(),
        name="credential_edit",
    ),
    path("account/inbox/", inbox_views.InboxView.as_view(), name="inbox"),
    path("account/inbox/<int:pk>/", inbox_views.InquiryDetailView.as_view(), name="inquiry_detail"),
    path(
        "account/inbox/<int:pk>/status/",
        inbox_views.InquiryStatusView.as_view(),
        name="inquiry_status",
    ),
    path(
        "account/email-language/",
        account_views.EmailLanguageView.as_view(),
        name="email_language",
    ),
    path("account/delete/", account_views.AccountDeleteView.as_view(), name="account_delete"),
    path("account/export/", account_views.AccountExportView.as_view(), name="account_export"),
]
