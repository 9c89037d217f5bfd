"""The therapist's photo and intro video pages: upload, replace, remove, add captions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView

from therapists.models import IntroVideo
from therapists.models.videos import VIDEO_MAX_MINUTES
from therapists.selfservice import profile
from therapists.selfservice.media_forms import CaptionsForm, PhotoForm, VideoForm
from therapists.selfservice.views import OwnerMixin, refused_on


class PhotoView(OwnerMixin, FormView):
    form_class = PhotoForm
    template_name = "therapists/editor/photo.html"

    def post(self, request, *args, **kwargs):
        if "remove" in request.POST:
            try:
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
        return super().get_context_data(**kwargs) | {
            "video": video,
            "captions_form": captions_form,
            "video_max_minutes": VIDEO_MAX_MINUTES,
        }

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
