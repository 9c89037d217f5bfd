"""The therapist's own pages: dashboard, profile editor, offices, photo, video, credentials.

Every view here needs a logged-in owner, reads only that owner's rows (someone else's id is a
404) and is never cached. Writes that take several steps go through selfservice/profile.py
and verification/credentials.py.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import CreateView, FormView, TemplateView, UpdateView

from directory.mixins import InvalidFormIs400
from therapists.listing import listing_checklist, listing_refresh, listing_state, publish_blockers
from therapists.models import (
    OFFICE_TWICE,
    Credential,
    CredentialStatus,
    IntroVideo,
    Office,
    Therapist,
)
from therapists.selfservice import dashboard, profile
from therapists.selfservice.forms import (
    SECTIONS,
    CaptionsForm,
    CredentialForm,
    EmailLanguageForm,
    OfficeForm,
    PhotoForm,
    StartForm,
    VideoForm,
)
from therapists.uploads import storage_delete
from therapists.verification.credentials import (
    credential_resubmit,
    credential_submit,
    credential_update,
)


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
            "credentials": therapist.credentials.select_related("regulatory_body"),
            "video": IntroVideo.objects.filter(therapist=therapist).first(),
            "language_form": EmailLanguageForm(instance=self.request.user),
        }


def dashboard_response(request, therapist, *, status: int):
    """The dashboard itself as the answer to a refused action, with the reason in its messages."""
    view = DashboardView()
    view.setup(request)
    view.therapist = therapist
    return view.render_to_response(view.get_context_data(), status=status)


def refused_on(request, therapist, view_class, refusal: ValidationError, **context):
    """A refused action on one of the therapist's pages: that page again, with why, as a 400."""
    for message in refusal.messages:
        messages.error(request, message)
    view = view_class()
    view.setup(request)
    view.therapist = therapist
    return view.render_to_response(view.get_context_data(**context), status=400)


class AvailabilityConfirmView(OwnerMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        accepting = request.POST.get("accepting") != "no"
        profile.therapist_availability_confirm(therapist=self.therapist, accepting=accepting)
        if accepting:
            messages.success(request, _("Thank you: your profile says you accept new clients."))
        else:
            messages.success(request, _("Your profile now says you are not taking new clients."))
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
            # The row and its many-to-many links, or nothing.
            with profile.published_requirements_kept(self.therapist):
                form.save()
                profile.therapist_saved(therapist=self.therapist)
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
            with transaction.atomic():
                form.save()
                # Listed only where the therapist is registered: its province may be new.
                listing_refresh(therapist_ids=[self.therapist.pk])
        except IntegrityError:  # the same address saved by a request running alongside
            form.add_error(None, OFFICE_TWICE)
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
        office = get_object_or_404(Office, pk=pk, therapist=self.therapist)
        try:
            with profile.published_requirements_kept(self.therapist):
                office.delete()
        except ValidationError as refusal:
            return refused_on(request, self.therapist, OfficeListView, refusal)
        messages.success(request, _("Office removed."))
        return redirect("therapists:offices")


class PhotoView(OwnerMixin, FormView):
    form_class = PhotoForm
    template_name = "therapists/editor/photo.html"

    def post(self, request, *args, **kwargs):
        if "remove" in request.POST:
            try:
                with profile.published_requirements_kept(self.therapist):
                    profile.therapist_photo_remove(therapist=self.therapist)
            except ValidationError as refusal:
                return refused_on(request, self.therapist, PhotoView, refusal, form=PhotoForm())
            messages.success(request, _("Photo removed."))
            return redirect("therapists:photo")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            profile.therapist_photo_set(therapist=self.therapist, upload=form.cleaned_data["photo"])
        except ValidationError as error:
            form.add_error("photo", error)
            return self.form_invalid(form)
        messages.success(self.request, _("Photo saved, without its location data."))
        return redirect("therapists:photo")


class VideoView(OwnerMixin, FormView):
    form_class = VideoForm
    template_name = "therapists/editor/video.html"

    def get_initial(self):
        return {"language": profile.account_language(self.therapist)}

    def get_context_data(self, **kwargs):
        video = IntroVideo.objects.filter(therapist=self.therapist).first()
        captions_form = kwargs.pop("captions_form", None) or (
            CaptionsForm(initial={"language": video.language}) if video else None
        )
        return super().get_context_data(**kwargs) | {"video": video, "captions_form": captions_form}

    def post(self, request, *args, **kwargs):
        if "remove" in request.POST:
            profile.intro_video_remove(therapist=self.therapist)
            messages.success(request, _("Video removed."))
            return redirect("therapists:video")
        video = IntroVideo.objects.filter(therapist=self.therapist).first()
        if "captions_only" in request.POST and video is not None:
            return self.captions_post(video)
        return super().post(request, *args, **kwargs)

    def captions_post(self, video):
        captions_form = CaptionsForm(self.request.POST, self.request.FILES)
        if not captions_form.is_valid():
            context = self.get_context_data(form=VideoForm(), captions_form=captions_form)
            return self.render_to_response(context, status=400)
        profile.intro_video_captions_set(
            video=video,
            captions=captions_form.cleaned_data["captions"],
            language=captions_form.cleaned_data.get("language"),
        )
        messages.success(self.request, _("Captions saved. Our team reviews them with the video."))
        return redirect("therapists:video")

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            profile.intro_video_set(
                therapist=self.therapist,
                file=data["file"],
                poster=data.get("poster"),
                captions=data.get("captions"),
                language=data.get("language"),
            )
        except ValidationError as error:
            form.add_error("file", error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Video uploaded. Our team reviews it before it appears on your profile."),
        )
        return redirect("therapists:video")


# A refused or lapsed credential that the therapist corrects goes back to the verifiers.
REFUSED = {CredentialStatus.REJECTED, CredentialStatus.EXPIRED, CredentialStatus.REVOKED}


class CredentialMixin(OwnerMixin):
    form_class = CredentialForm
    template_name = "therapists/editor/credential_form.html"

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"therapist": self.therapist}

    def refused(self, form, error):
        """The write was refused: say why on the form (a second claim of one number included)."""
        if isinstance(error, IntegrityError):
            error = _("You already added this registration.")
        form.add_error(None, error)
        return self.form_invalid(form)


class CredentialCreateView(CredentialMixin, CreateView):
    def form_valid(self, form):
        fields = {name: form.cleaned_data[name] for name in CredentialForm.Meta.fields}
        try:
            credential_submit(therapist=self.therapist, actor=self.request.user, **fields)
        except (ValidationError, IntegrityError) as error:
            return self.refused(form, error)
        messages.success(
            self.request, _("Credential added. It is pending verification by our team.")
        )
        return redirect(reverse("therapists:dashboard") + "#credentials")


class CredentialUpdateView(CredentialMixin, UpdateView):
    def get_queryset(self):
        return Credential.objects.filter(therapist=self.therapist).select_related("regulatory_body")

    def form_valid(self, form):
        stored = self.get_queryset().get(pk=self.object.pk)
        old_evidence = stored.evidence.name
        changes = form.changes()
        try:
            with transaction.atomic():  # the edit and its return to the queue, or neither
                credential = credential_update(
                    credential=stored, actor=self.request.user, changes=changes
                )
                if changes and credential.status in REFUSED:
                    credential_resubmit(credential=credential, actor=self.request.user)
        except (ValidationError, IntegrityError) as error:
            return self.refused(form, error)
        if "evidence" in changes and old_evidence:
            storage_delete(credential.evidence.storage, [old_evidence])
        if not changes and credential.status in REFUSED:
            messages.warning(
                self.request,
                _(
                    "Nothing changed, so the credential stays %(status)s. Correct the details or "
                    "add new evidence to send it back for verification."
                )
                % {"status": credential.get_status_display().lower()},
            )
        else:
            messages.success(self.request, _("Credential saved."))
        return redirect(reverse("therapists:dashboard") + "#credentials")


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
        try:
            profile.therapist_publish(therapist=self.therapist)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, _("Before publishing: %(step)s.") % {"step": message})
            return dashboard_response(request, self.therapist, status=400)
        messages.success(request, _("Your profile is published."))
        return redirect("therapists:dashboard")
