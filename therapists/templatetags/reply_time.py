"""What a profile says of how soon its therapist answers requests: a plain figure, never a rank,
a rating or a comparison, and nothing until there are enough answers to say it."""

from django import template

from therapists.models import Inquiry

register = template.Library()


@register.inclusion_tag("therapists/includes/_reply_time.html")
def usual_reply_time(therapist):
    """The "usually replies within N days" figure, from the last 90 days (3 answers at least)."""
    return {"days": Inquiry.objects.filter(therapist=therapist).usual_reply_days()}
