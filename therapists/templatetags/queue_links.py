"""The admin index's links to the work queues, with how much is waiting in each."""

from django import template

from therapists.models import Credential, IntroVideo, ModerationStatus

register = template.Library()


@register.inclusion_tag("admin/therapists/includes/_queue_links.html", takes_context=True)
def queue_links(context):
    user = context["request"].user
    queues = {}
    if user.has_perm("therapists.review_credential"):
        queues["credentials"] = Credential.objects.pending().count()
        queues["renewals"] = Credential.objects.renewals().count()
    if user.has_perm("therapists.moderate_introvideo"):
        queues["videos"] = IntroVideo.objects.filter(status=ModerationStatus.PENDING).count()
    return {"queues": queues}
