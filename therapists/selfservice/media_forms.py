"""The therapist's photo, intro video and its captions: each file checked by its content."""

from django import forms
from django.utils.translation import gettext_lazy as _

from therapists import uploads
from therapists.models import Language
from therapists.models.videos import VIDEO_MAX_BYTES, VIDEO_MAX_MINUTES
from therapists.selfservice.forms import AlphabeticalChoicesMixin


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Photo"),
        help_text=_("A JPEG, PNG or WebP portrait, at most %(size)s MB. We remove location data."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        photo = self.fields["photo"]
        photo.help_text = photo.help_text % {"size": uploads.megabytes(uploads.PHOTO_MAX_BYTES)}

    def clean_photo(self):
        upload = self.cleaned_data["photo"]
        uploads.image_clean(upload)  # validated once more, and stored, by therapist_photo_set
        return upload


class VideoForm(AlphabeticalChoicesMixin, forms.Form):
    file = forms.FileField(
        label=_("Video"),
        help_text=_(
            "MP4 or WebM, at most %(minutes)d minutes and %(size)s MB. Reviewed before it is shown."
        ),
        widget=forms.FileInput(attrs={"accept": "video/mp4,video/webm"}),
    )
    poster = forms.FileField(
        label=_("Poster image"),
        required=False,
        help_text=_("A still shown before the video plays: JPEG, PNG or WebP."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    captions = forms.FileField(
        label=_("Captions"),
        required=False,
        help_text=_(
            "Strongly advised, so everyone can follow: a WebVTT (.vtt) file of what you say."
        ),
        widget=forms.FileInput(attrs={"accept": ".vtt,text/vtt"}),
    )
    language = forms.ModelChoiceField(
        label=_("Language you speak in the video"),
        queryset=Language.objects.all(),
        required=False,
        empty_label=_("Your account's language"),
        help_text=_("Its captions are in it too. Left blank, your account's language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        file = self.fields["file"]
        file.help_text = file.help_text % {
            "minutes": VIDEO_MAX_MINUTES,
            "size": uploads.megabytes(VIDEO_MAX_BYTES),
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        uploads.video_duration(upload)
        return upload

    def clean_poster(self):
        upload = self.cleaned_data.get("poster")
        if upload:
            uploads.poster_clean(upload)
        return upload

    def clean_captions(self):
        upload = self.cleaned_data.get("captions")
        if upload:
            uploads.captions_clean(upload)
        return upload


class CaptionsForm(AlphabeticalChoicesMixin, forms.Form):
    """New captions for the video already uploaded (prefixed: it shares a page with VideoForm)."""

    prefix = "new"
    captions = forms.FileField(
        label=_("New captions"),
        help_text=_("A WebVTT (.vtt) file of what you say in the video."),
        widget=forms.FileInput(attrs={"accept": ".vtt,text/vtt"}),
    )
    language = forms.ModelChoiceField(
        label=_("Language of the captions"),
        queryset=Language.objects.all(),
        required=False,
        empty_label=_("The video's language"),
        help_text=_("Left blank, the video's language."),
    )

    def clean_captions(self):
        upload = self.cleaned_data["captions"]
        uploads.captions_clean(upload)
        return upload
