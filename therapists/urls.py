"""The public pages and the therapist's own pages, under /<language>/."""

from django.urls import path

from therapists.public import alert_views, booking_views, compare_views, open_data, places, views
from therapists.selfservice import (
    account_views,
    consultation_views,
    credential_views,
    inbox,
    media_views,
)
from therapists.selfservice import views as editor

app_name = "therapists"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("therapists/", views.TherapistListView.as_view(), name="list"),
    path("open-data/", open_data.OpenDataView.as_view(), name="open_data"),
    # Before the profiles: "compare" is kept out of profile addresses (selfservice/profile.py).
    path("therapists/compare/", compare_views.compare, name="compare"),
    path("therapists/<slug:slug>/", views.TherapistDetailView.as_view(), name="detail"),
    path("therapists/<slug:slug>/contact/", views.inquiry_send, name="inquiry_send"),
    path(
        "therapists/<slug:slug>/contact/sent/",
        views.InquirySentView.as_view(),
        name="inquiry_sent",
    ),
    path(
        "therapists/<slug:slug>/consultation/",
        booking_views.consultation_times,
        name="consultation_times",
    ),
    path("therapists/<slug:slug>/consultation/book/", booking_views.booking_new, name="book"),
    path("bookings/<str:token>/", booking_views.booking_manage, name="booking_manage"),
    # Tell me when one opens: from an empty search, or a full profile (docs/alerts.md).
    path("therapists/<slug:slug>/alert/", alert_views.alert_new, name="alert_profile"),
    path("alerts/new/", alert_views.alert_new, name="alert_new"),
    path("alerts/sent/", alert_views.alert_sent, name="alert_sent"),
    path("alerts/confirm/<str:token>/", alert_views.alert_confirm, name="alert_confirm"),
    path("alerts/stop/<str:token>/", alert_views.alert_unsubscribe, name="alert_unsubscribe"),
    # Place pages are two or more segments under "in/": never a profile's address.
    path(
        "therapists/in/<slug:province>/",
        places.ProvinceView.as_view(),
        name="province",
    ),
    path(
        "therapists/in/<slug:province>/<slug:city>/",
        places.CityView.as_view(),
        name="city",
    ),
    path(
        "therapists/in/<slug:province>/<slug:city>/<slug:approach>/",
        places.CityApproachView.as_view(),
        name="city_approach",
    ),
]

# The therapist's own pages: dashboard, editor, media, credentials, inbox, account.
urlpatterns += [
    path("account/", editor.DashboardView.as_view(), name="dashboard"),
    path("account/start/", editor.StartView.as_view(), name="start"),
    path(
        "account/availability/",
        editor.AvailabilityConfirmView.as_view(),
        name="availability_confirm",
    ),
    path("account/publish/", editor.PublishView.as_view(), name="publish"),
    path("account/preview/", editor.PreviewView.as_view(), name="preview"),
    path("account/profile/<slug:section>/", editor.SectionView.as_view(), name="editor"),
    path("account/offices/", editor.OfficeListView.as_view(), name="offices"),
    path("account/offices/add/", editor.OfficeCreateView.as_view(), name="office_add"),
    path("account/offices/<int:pk>/", editor.OfficeUpdateView.as_view(), name="office_edit"),
    path(
        "account/offices/<int:pk>/delete/",
        editor.OfficeDeleteView.as_view(),
        name="office_delete",
    ),
    path("account/photo/", media_views.PhotoView.as_view(), name="photo"),
    path("account/video/", media_views.VideoView.as_view(), name="video"),
    path(
        "account/credentials/add/",
        credential_views.CredentialCreateView.as_view(),
        name="credential_add",
    ),
    path(
        "account/credentials/<int:pk>/",
        credential_views.CredentialUpdateView.as_view(),
        name="credential_edit",
    ),
    path(
        "account/consultations/",
        consultation_views.ConsultationSettingsView.as_view(),
        name="consultations",
    ),
    path("account/bookings/", consultation_views.BookingListView.as_view(), name="bookings"),
    path(
        "account/bookings/<int:pk>/cancel/",
        consultation_views.BookingCancelView.as_view(),
        name="booking_cancel",
    ),
    path("account/inbox/", inbox.InboxView.as_view(), name="inbox"),
    path("account/inbox/<int:pk>/", inbox.InquiryDetailView.as_view(), name="inquiry_detail"),
    path(
        "account/inbox/<int:pk>/status/",
        inbox.InquiryStatusView.as_view(),
        name="inquiry_status",
    ),
    path("account/inbox/<int:pk>/reply/", inbox.InquiryReplyView.as_view(), name="inquiry_reply"),
    path(
        "account/inbox/<int:pk>/replied/",
        inbox.InquiryMarkRepliedView.as_view(),
        name="inquiry_mark_replied",
    ),
    path(
        "account/inbox/<int:pk>/decline/",
        inbox.InquiryDeclineView.as_view(),
        name="inquiry_decline",
    ),
    path(
        "account/email-language/",
        account_views.EmailLanguageView.as_view(),
        name="email_language",
    ),
    path("account/delete/", account_views.AccountDeleteView.as_view(), name="account_delete"),
    path("account/export/", account_views.AccountExportView.as_view(), name="account_export"),
]
