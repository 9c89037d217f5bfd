"""A registration the therapist claims, with its evidence, for our verifiers to check."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from therapists import uploads
from therapists.models import Credential, RegulatoryBody, Therapist


class CredentialForm(forms.ModelForm):
    """A registration to verify. Saved only through credential_submit / credential_revise."""

    evidence = forms.FileField(
        label=_("Evidence"),
        required=False,
        help_text=_(
            "Your certificate or registration letter: PDF, JPEG or PNG, at most %(size)s MB. Only "
            "our verifiers can see it."
        ),
        widget=forms.FileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )

    class Meta:
        model = Credential
        fields = [
            "regulatory_body",
            "designation",
            "registration_number",
            "jurisdiction",
            "expires_on",
            "evidence",
        ]
        widgets = {"expires_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, therapist: Therapist, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.therapist = therapist
        self.fields["regulatory_body"].queryset = RegulatoryBody.objects.order_by("name")
        self.fields["regulatory_body"].label_from_instance = lambda body: (
            f"{body.name} ({body.acronym})"
        )
        # Registrations renew yearly, and a verification must lapse with them.
        self.fields["expires_on"].required = True
        if self.instance.renewed_until:  # the date the therapist last entered, still unchecked
            self.initial["expires_on"] = self.instance.renewed_until
        evidence = self.fields["evidence"]
        evidence.help_text = evidence.help_text % {
            "size": uploads.megabytes(uploads.EVIDENCE_MAX_BYTES)
        }
        evidence.required = not self.instance.pk
        evidence.error_messages["required"] = _(
            "Add a copy of your certificate or registration letter."
        )

    def clean_expires_on(self):
        expires_on = self.cleaned_data["expires_on"]
        if expires_on and expires_on < timezone.localdate():
            raise ValidationError(
                _("This date has passed: enter the end of your current registration year."),
                code="expired",
            )
        return expires_on

    def clean_evidence(self):
        upload = self.cleaned_data.get("evidence")
        if (
            upload
            and upload is not getattr(self.instance, "evidence", None)
            and hasattr(upload, "content_type")
        ):
            return uploads.evidence_clean(upload)
        return upload

    def changes(self) -> dict:
        """The fields whose value differs from the stored credential."""
        return {
            name: self.cleaned_data[name] for name in self.changed_data if name in self.Meta.fields
        }
