"""Login lockout: by account, with a much looser limit per address across accounts.

django-axes counts failed logins per account (`AXES_LOCKOUT_PARAMETERS = ["username"]`); this
handler adds the second dimension, the failures from one address summed over every account it
tried, so one address cannot guess a few passwords for each of many accounts. Neither dimension
is the address alone at the account's threshold, so five failures behind a shared proxy or office
network lock out one account, never every visitor (docs/self-service.md says why).
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def address_failures(request) -> int:
    """Failed logins from this request's address, over every account, within the cool-off."""
    failures = AccessAttempt.objects.filter(
        ip_address=request.axes_ip_address,
        attempt_time__gte=get_cool_off_threshold(request),
    ).aggregate(total=Sum("failures_since_start"))["total"]
    return failures or 0


class AccountAndAddressHandler(AxesDatabaseHandler):
    """axes' database handler, also locking an address that failed on many accounts."""

    def is_locked(self, request, credentials=None) -> bool:
        return super().is_locked(request, credentials) or (
            address_failures(request) >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS
        )
