"""Tell me when one opens: leaving an alert (from an empty search or a full profile),
confirming it, and unsubscribing, all without an account (therapists/inquiries/alerts.py).

Every refusal is a page that says why, with a 4xx status, and saves nothing. The pages that a
link in an email opens ask for one click on a button: mail scanners that follow links must not
confirm or unsubscribe on their own. The unsubscribe address also takes the one-click POST mail
programs send from the List-Unsubscribe header (RFC 8058), which carries no CSRF token: the
signed link is the proof."""

from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from therapists.inquiries.alert_forms import OpeningAlertForm
from therapists.inquiries.alerts import (
    AlertSearchRefused,
    LinkRefused,
    address_from_token,
    alert_from_token,
    alert_query,
    alert_rate_limited,
    opening_alert_confirm,
    opening_alert_create,
    opening_alerts_unsubscribe,
)
from therapists.models import ALERT_RETENTION_DAYS, Therapist
from therapists.models.availability import accepting_q

LINK_REFUSED = _("This link is not valid: it was altered, or it has expired.")
SEARCH_REFUSED = _(
    "This search cannot be kept: it is too long, or has a choice the search cannot use. "
    "Go back to the search and try again."
)
RATE_LIMITED = _(
    "Nothing was sent: too many alerts were left for this address, or from this connection, "
    "in a short time. Please wait an hour and try again."
)


def refused(request, message, *, status=400):
    return render(request, "therapists/alerts/refused.html", {"message": message}, status=status)


@require_http_methods(["GET", "POST"])
def alert_new(request, slug=None):
    """The form, on an empty search (the search in the address) or a full profile."""
    therapist = None
    if slug is not None:
        listed = Therapist.objects.listed()
        therapist = get_object_or_404(listed, slug=slug)
        if listed.filter(accepting_q(), pk=therapist.pk).exists():  # open now: no need to wait
            return redirect(therapist.get_absolute_url() + "#contact")
    form = OpeningAlertForm(request.POST or None)
    # The search: the page's own address on the form, then the form's hidden copy of it.
    search = QueryDict(request.POST.get("query", "")) if request.method == "POST" else request.GET
    try:
        query = "" if therapist else alert_query(search)
    except AlertSearchRefused:
        return refused(request, SEARCH_REFUSED)
    context = {
        "form": form,
        "therapist": therapist,
        "query": query,
        "retention_days": ALERT_RETENTION_DAYS,
    }
    if request.method == "GET":
        return render(request, "therapists/alerts/new.html", context)
    if not form.is_valid():
        return render(request, "therapists/alerts/new.html", context, status=400)
    email = form.cleaned_data["email"]
    if alert_rate_limited(request, email):
        return refused(request, RATE_LIMITED, status=429)
    if not form.is_spam:
        opening_alert_create(email=email, language=get_language(), query=query, therapist=therapist)
    return redirect("therapists:alert_sent")


def alert_sent(request):
    return render(request, "therapists/alerts/sent.html")


@require_http_methods(["GET", "POST"])
def alert_confirm(request, token):
    """The address confirms the alert with one click."""
    try:
        alert = alert_from_token(token)
    except LinkRefused:
        return refused(request, LINK_REFUSED)
    if request.method == "POST":
        alert = opening_alert_confirm(token=token)
        return render(request, "therapists/alerts/confirmed.html", {"alert": alert})
    return render(request, "therapists/alerts/confirm.html", {"alert": alert})


@csrf_exempt  # the one-click POST of RFC 8058 has no token: the signed link is the proof
@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request, token):
    """Every alert of the address deleted, with one click (or a mail program's POST)."""
    try:
        email = address_from_token(token)
    except LinkRefused:
        return refused(request, LINK_REFUSED)
    if request.method == "POST":
        opening_alerts_unsubscribe(token=token)
        return render(request, "therapists/alerts/unsubscribed.html")
    return render(request, "therapists/alerts/unsubscribe.html", {"email": email})
