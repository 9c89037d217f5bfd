"""The therapist's inbox of consultation requests: theirs only, newest first."""

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, ListView

from therapists.models import Inquiry, InquiryStatus
from therapists.selfservice.views import OwnerMixin


class InboxMixin(OwnerMixin):
    def get_queryset(self):
        return Inquiry.objects.filter(therapist=self.therapist).order_by("-created_at", "-pk")


class InboxView(InboxMixin, ListView):
    """New and read requests; archived ones on their own tab."""

    template_name = "therapists/inbox/inquiry_list.html"
    context_object_name = "inquiries"
    paginate_by = 25

    def get_queryset(self):
        self.archived = self.request.GET.get("show") == "archived"
        queryset = super().get_queryset()
        if self.archived:
            return queryset.filter(status=InquiryStatus.ARCHIVED)
        return queryset.exclude(status=InquiryStatus.ARCHIVED)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {"archived": self.archived}


class InquiryDetailView(InboxMixin, DetailView):
    """Opening a new request marks it read."""

    template_name = "therapists/inbox/inquiry_detail.html"
    context_object_name = "inquiry"

    def get_object(self, queryset=None):
        inquiry = super().get_object(queryset)
        if inquiry.status == InquiryStatus.NEW:
            inquiry.status = InquiryStatus.READ
            inquiry.save(update_fields=["status"])
        return inquiry


class InquiryStatusView(InboxMixin, View):
    """Mark a request unread, read or archived."""

    http_method_names = ["post"]
    labels = {
        InquiryStatus.NEW: gettext_lazy("Marked unread."),
        InquiryStatus.READ: gettext_lazy("Marked read, in the inbox."),
        InquiryStatus.ARCHIVED: gettext_lazy("Archived."),
    }

    def post(self, request, pk):
        inquiry = get_object_or_404(self.get_queryset(), pk=pk)
        status = request.POST.get("status")
        if status not in InquiryStatus.values:
            return HttpResponseBadRequest(_("That is not a status an inquiry can have."))
        inquiry.status = status
        inquiry.save(update_fields=["status"])
        messages.success(request, self.labels[status])
        if status == InquiryStatus.ARCHIVED:
            return redirect("therapists:inbox")
        return redirect("therapists:inquiry_detail", pk=inquiry.pk)
