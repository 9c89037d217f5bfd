"""The therapist's own pages: dashboard, start, profile sections, offices, preview, publishing.

Every view here needs a logged-in owner, reads only that owner's rows (someone else's id is a
404) and is never cached. Writes that take several steps go through selfservice/profile.py.
The photo and video pages are in media_views.py, credentials in credential_views.py.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import CreateView, TemplateView, UpdateView

from directory.mixins import InvalidFormIs400
from therapists.listing import listing_checklist, listing_state, publish_blockers
from therapists.models import AVAILABILITY_TRUSTED_DAYS, Accepting, IntroVideo, Office, Therapist
from therapists.selfservice import dashboard, profile
from therapists.selfservice.forms import SECTIONS, AvailabilityForm, EmailLanguageForm, StartForm
from therapists.selfservice.office_forms import OfficeForm


@method_decorator(never_cache, name="dispatch")
class OwnerMixin(InvalidFormIs400, LoginRequiredMixin):
    """The logged-in account's own profile as self.therapist; no profile yet: start one."""

    needs_profile = True

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.therapist = Therapist.objects.filter(owner=request.user).first()
        if self.needs_profile and self.therapist is None:
            return redirect("therapists:start")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "therapist": self.therapist,
            "sections": [(key, label) for key, (label, _form) in SECTIONS.items()],
        }


class StartView(OwnerMixin, CreateView):
    """The first step after confirming the account: the name the profile will carry."""

    needs_profile = False
    form_class = StartForm
    template_name = "therapists/editor/start.html"

    def get(self, request, *args, **kwargs):
        if self.therapist is not None:
            return redirect("therapists:dashboard")
        return super().get(request, *args, **kwargs)

    def form_valid(self, form):
        if Therapist.objects.filter(owner=self.request.user).exists():
            return redirect("therapists:dashboard")
        profile.therapist_start(
            owner=self.request.user, display_name=form.cleaned_data["display_name"]
        )
        messages.success(self.request, _("Your profile is started. Fill in each section below."))
        return redirect("therapists:dashboard")


class DashboardView(OwnerMixin, TemplateView):
    template_name = "therapists/editor/dashboard.html"

    def get_context_data(self, **kwargs):
        therapist = self.therapist
        checklist = listing_checklist(therapist)
        return super().get_context_data(**kwargs) | {
            "checklist": checklist,
            "missing": [item for item in checklist if not item.done],
            "state": listing_state(therapist, checklist),
            "can_publish": not publish_blockers(therapist),
            "views": dashboard.profile_views(therapist),
            "inquiries": dashboard.inquiry_counts(therapist),
            "availability_reminder": dashboard.availability_reminder(therapist),
            "availability_trusted_days": AVAILABILITY_TRUSTED_DAYS,
            "availability_form": kwargs.get("availability_form") or AvailabilityForm.of(therapist),
            "credentials": therapist.credentials.select_related(
                "regulatory_body"
            ).with_number_verified_elsewhere(),
            "video": IntroVideo.objects.filter(therapist=therapist).first(),
            "language_form": EmailLanguageForm(instance=self.request.user),
        }


def dashboard_response(request, therapist, *, status: int, **context):
    """The dashboard itself as the answer to a refused action, with the reason in its messages."""
    view = DashboardView()
    view.setup(request)
    view.therapist = therapist
    return view.render_to_response(view.get_context_data(**context), status=status)


def refused_on(request, therapist, view_class, refusal: ValidationError, **context):
    """A refused action on one of the therapist's pages: that page again, with why, as a 400."""
    for message in refusal.messages:
        messages.error(request, message)
    view = view_class()
    view.setup(request)
    view.therapist = therapist
    return view.render_to_response(view.get_context_data(**context), status=400)


class AvailabilityConfirmView(OwnerMixin, View):
    """The therapist confirms or changes what clients see about new clients."""

    http_method_names = ["post"]
    said = {
        Accepting.ACCEPTING: gettext_lazy("Thank you: your profile says you accept new clients."),
        Accepting.WAITLIST: gettext_lazy(
            "Thank you: your profile says you keep a waitlist for new clients."
        ),
        Accepting.CLOSED: gettext_lazy("Your profile now says you are not taking new clients."),
    }

    def post(self, request):
        form = AvailabilityForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Your availability was not saved; see below."))
            return dashboard_response(request, self.therapist, status=400, availability_form=form)
        profile.therapist_availability_confirm(therapist=self.therapist, **form.cleaned_data)
        messages.success(request, self.said[form.cleaned_data["accepting"]])
        return redirect("therapists:dashboard")


class SectionView(OwnerMixin, UpdateView):
    """One section of the profile, with its own form."""

    template_name = "therapists/editor/section.html"

    def dispatch(self, request, *args, **kwargs):
        if kwargs["section"] not in SECTIONS:
            raise Http404
        self.section = kwargs["section"]
        return super().dispatch(request, *args, **kwargs)

    def get_object(self, queryset=None):
        return self.therapist

    def get_form_class(self):
        return SECTIONS[self.section][1]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["section"] = self.section
        context["section_label"] = SECTIONS[self.section][0]
        if self.section == "online":
            context["online_provinces"] = sorted(
                {c.get_jurisdiction_display() for c in self.therapist.credentials.valid()}
            )
        return context

    def form_valid(self, form):
        try:
            profile.therapist_section_save(form=form)
        except ValidationError as refusal:
            form.add_error(None, refusal)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Saved: %(section)s.") % {"section": SECTIONS[self.section][0]}
        )
        keys = list(SECTIONS)
        following = keys.index(self.section) + 1
        if "save_next" in self.request.POST and following < len(keys):
            return redirect("therapists:editor", section=keys[following])
        return redirect("therapists:editor", section=self.section)


class OfficeListView(OwnerMixin, TemplateView):
    template_name = "therapists/editor/offices.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "offices": self.therapist.offices.select_related("city")
        }


class OfficeMixin(OwnerMixin):
    form_class = OfficeForm
    template_name = "therapists/editor/office_form.html"

    def get_queryset(self):
        return Office.objects.filter(therapist=self.therapist).select_related("city")

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"therapist": self.therapist}

    def form_valid(self, form):
        try:
            profile.office_save(office=form.save(commit=False))
        except ValidationError as refusal:
            form.add_error(None, refusal)
            return self.form_invalid(form)
        messages.success(self.request, _("Office saved."))
        return redirect("therapists:offices")


class OfficeCreateView(OfficeMixin, CreateView):
    pass


class OfficeUpdateView(OfficeMixin, UpdateView):
    pass


class OfficeDeleteView(OwnerMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        office = get_object_or_404(self.therapist.offices, pk=pk)
        try:
            profile.office_delete(office=office)
        except ValidationError as refusal:
            return refused_on(request, self.therapist, OfficeListView, refusal)
        messages.success(request, _("Office removed."))
        return redirect("therapists:offices")


@method_decorator(never_cache, name="dispatch")
class PreviewView(OwnerMixin, View):
    """The profile as the public will see it: its own page, which shows its owner a preview."""

    http_method_names = ["get"]

    def get(self, request):
        return redirect(self.therapist.get_absolute_url())


class PublishView(OwnerMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        if request.POST.get("action") == "pause":
            profile.therapist_pause(therapist=self.therapist)
            messages.success(request, _("Your profile is paused: the public cannot see it."))
            return redirect("therapists:dashboard")
        form = AvailabilityForm(request.POST)
        # An unclear answer is refused by the service, along with anything else still missing.
        said = form.cleaned_data if form.is_valid() else {"accepting": ""}
        try:
            profile.therapist_publish(therapist=self.therapist, **said)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, _("Before publishing: %(step)s.") % {"step": message})
            return dashboard_response(request, self.therapist, status=400, availability_form=form)
        messages.success(request, _("Your profile is published."))
        return redirect("therapists:dashboard")
