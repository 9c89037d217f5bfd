"""The therapist's inbox of consultation requests: theirs only, newest first, filtered by state;
each request answered from here (a reply sent by the site, "replied another way", a decline).

Reading a request changes nothing: a GET is safe to repeat, prefetch or follow from an email.
A request leaves "new" when the therapist marks it read or answers it.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, ListView

from therapists.inquiries.replies import (
    REPLY_MAX_LENGTH,
    inquiry_decline,
    inquiry_file,
    inquiry_mark_replied,
    inquiry_reply,
)
from therapists.models import Inquiry, InquiryStatus
from therapists.selfservice.views import OwnerMixin

DETAIL_TEMPLATE = "therapists/inbox/inquiry_detail.html"


class ReplyForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Your reply"),
        max_length=REPLY_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": REPLY_MAX_LENGTH}),
        error_messages={"required": gettext_lazy("Write your reply before sending it.")},
    )

    def __init__(self, *args, reply_to: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].help_text = _(
            "The directory emails it to the client from its own address. When the client "
            "answers, the answer comes to you at %(email)s."
        ) % {"email": reply_to}


class InboxMixin(OwnerMixin):
    def get_queryset(self):
        return Inquiry.objects.filter(therapist=self.therapist).order_by("-created_at", "-pk")


class InboxView(InboxMixin, ListView):
    """Requests not archived by default; one state at a time through ?status=."""

    template_name = "therapists/inbox/inquiry_list.html"
    context_object_name = "inquiries"
    paginate_by = 25

    def get(self, request, *args, **kwargs):
        self.status = request.GET.get("status", "")
        if self.status and self.status not in InquiryStatus.values:
            return HttpResponseBadRequest(_("That is not a status an inquiry can have."))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.status:
            return queryset.filter(status=self.status)
        return queryset.exclude(status=InquiryStatus.ARCHIVED)

    def get_context_data(self, **kwargs):
        counts = dict(
            Inquiry.objects.filter(therapist=self.therapist)
            .values_list("status")
            .annotate(Count("pk"))
            .order_by()
        )
        filters = [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in InquiryStatus.choices
        ]
        return super().get_context_data(**kwargs) | {
            "status": self.status,
            "status_label": InquiryStatus(self.status).label if self.status else "",
            "filters": filters,
            "open_count": sum(counts.values()) - counts.get(InquiryStatus.ARCHIVED, 0),
        }


class InquiryDetailView(InboxMixin, DetailView):
    """One request, its state and the ways to answer it; viewing it changes nothing."""

    template_name = DETAIL_TEMPLATE
    context_object_name = "inquiry"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "reply_form": ReplyForm(reply_to=self.request.user.email),
        }


class InquiryActionView(InboxMixin, View):
    """A POST that answers or files one of the therapist's own requests (anyone else's: 404).

    Each subclass does its one thing in `act(inquiry)`, which returns the message to show."""

    http_method_names = ["post"]

    def post(self, request, pk):
        inquiry = get_object_or_404(self.get_queryset(), pk=pk)
        try:
            done = self.act(inquiry)
        except ValidationError as error:
            return self.refused(inquiry, error, form=getattr(self, "form", None))
        messages.success(request, done)
        if inquiry.status == InquiryStatus.ARCHIVED:
            return redirect("therapists:inbox")
        return redirect("therapists:inquiry_detail", pk=inquiry.pk)

    def refused(self, inquiry: Inquiry, error: ValidationError, form=None):
        """The page again with the reason; 409 when it was already answered, else 400."""
        status = 409 if error.code == "answered" else 400
        context = {
            "inquiry": inquiry,
            "therapist": self.therapist,
            "reply_form": form or ReplyForm(reply_to=self.request.user.email),
            # A form with errors says so itself, beside its fields.
            "refusal": "" if form and form.errors else " ".join(error.messages),
        }
        return render(self.request, DETAIL_TEMPLATE, context, status=status)


class InquiryReplyView(InquiryActionView):
    form = None

    def act(self, inquiry):
        self.form = ReplyForm(self.request.POST, reply_to=self.request.user.email)
        if not self.form.is_valid():
            raise ValidationError(_("Your reply was not sent."), code="invalid")
        inquiry_reply(inquiry=inquiry, message=self.form.cleaned_data["message"])
        return _("Your reply is on its way to %(name)s.") % {"name": inquiry.name}


class InquiryMarkRepliedView(InquiryActionView):
    def act(self, inquiry):
        inquiry_mark_replied(inquiry=inquiry)
        return _("Marked as replied.")


class InquiryDeclineView(InquiryActionView):
    def act(self, inquiry):
        inquiry_decline(inquiry=inquiry)
        return _("Declined. %(name)s is sent a kind note with similar therapists.") % {
            "name": inquiry.name
        }


class InquiryStatusView(InquiryActionView):
    """Mark a request read or unread, archive it, or move it back to the inbox."""

    labels = {
        InquiryStatus.NEW: gettext_lazy("Marked unread."),
        InquiryStatus.READ: gettext_lazy("Marked read, in the inbox."),
        InquiryStatus.ARCHIVED: gettext_lazy("Archived."),
    }

    def act(self, inquiry):
        status = self.request.POST.get("status", "")
        inquiry_file(inquiry=inquiry, status=status)
        if inquiry.status != status:  # an answered request, moved back from the archive
            return _("Moved back to the inbox.")
        return str(self.labels[status])
