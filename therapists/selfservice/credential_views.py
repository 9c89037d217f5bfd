"""The therapist's credentials: adding a registration for our verifiers, and correcting one."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import CreateView, UpdateView

from therapists.models import Credential, CredentialStatus
from therapists.selfservice.credential_forms import CredentialForm
from therapists.selfservice.views import OwnerMixin
from therapists.verification.credentials import (
    RESUBMITTABLE,
    credential_revise,
    credential_submit,
    number_verified_elsewhere,
)

# Said to the claimant, on the credential's page and in the dashboard too; the other profile is
# never named.
FURTHER_CHECK = gettext_lazy(
    "This registration number is already verified for another profile in the directory, so it "
    "needs a further check before our team can verify it. We may write to you for more proof."
)


def further_check_warn(request, credential: Credential) -> None:
    """Tell the claimant at once when their pending claim's number is verified elsewhere."""
    if credential.status == CredentialStatus.PENDING and number_verified_elsewhere(credential):
        messages.warning(request, FURTHER_CHECK)


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
            credential = credential_submit(
                therapist=self.therapist, actor=self.request.user, **fields
            )
        except (ValidationError, IntegrityError) as error:
            return self.refused(form, error)
        messages.success(
            self.request, _("Credential added. It is pending verification by our team.")
        )
        further_check_warn(self.request, credential)
        return redirect(reverse("therapists:dashboard") + "#credentials")


class CredentialUpdateView(CredentialMixin, UpdateView):
    def get_queryset(self):
        return (
            Credential.objects.filter(therapist=self.therapist)
            .select_related("regulatory_body")
            .with_number_verified_elsewhere()
        )

    def form_valid(self, form):
        changes = form.changes()
        stored = self.get_object()  # self.object holds the form's values, shown again if refused
        try:
            credential = credential_revise(
                credential=stored, actor=self.request.user, changes=changes
            )
        except (ValidationError, IntegrityError) as error:
            return self.refused(form, error)
        if not changes and credential.status in RESUBMITTABLE:
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
            further_check_warn(self.request, credential)
        return redirect(reverse("therapists:dashboard") + "#credentials")
