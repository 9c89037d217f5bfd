"""Account pages: sign up, confirm the email, log in and out, change or reset the password.

Django's auth views do the work; these classes only give them our templates and addresses.
"""

from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.hashers import make_password
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView

from directory.accounts.forms import LoginForm, SignupForm
from directory.accounts.services import (
    ConfirmationError,
    account_email_rate_limited,
    email_confirm,
)
from directory.accounts.tasks import (
    confirmation_email_enqueue,
    password_reset_send,
    signup_complete,
)
from directory.mixins import InvalidFormIs400


def site_origin(request) -> str:
    """The site's scheme and host as this request reached it, for links in emails."""
    return request.build_absolute_uri("/").rstrip("/")


def too_many_emails(request):
    """The answer when an account email is one too many: nothing is sent or saved."""
    message = _(
        "We did not send it: we have sent several emails to this address, or for this "
        "connection, in the last hour. Check your inbox and spam folder, or try again in an hour."
    )
    return render(request, "429.html", {"message": message}, status=429)


@method_decorator(never_cache, name="dispatch")
class SignupView(InvalidFormIs400, FormView):
    """A new account. Whether the email was free or not, the visitor sees the same next page."""

    form_class = SignupForm
    template_name = "accounts/signup.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(settings.LOGIN_REDIRECT_URL)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        if account_email_rate_limited(self.request, email):
            return too_many_emails(self.request)
        # Whether the address has an account is looked up in the task, never here.
        signup_complete.enqueue(
            email=email,
            password_hash=make_password(form.cleaned_data["password1"]),
            language=get_language(),
            origin=site_origin(self.request),
        )
        return redirect("accounts:signup_done")


class SignupDoneView(TemplateView):
    template_name = "accounts/signup_done.html"


@never_cache
def confirm_email(request, token):
    """Following the link in the email confirms the address. It does not log anyone in: a
    forwarded or leaked link must not open the account."""
    try:
        user = email_confirm(token=token)
    except ConfirmationError as error:
        return render(
            request,
            "accounts/confirm_failed.html",
            {"message": str(error), "expired": error.expired},
            status=400,
        )
    messages.success(request, _("Thank you: your email address is confirmed."))
    if request.user.is_authenticated and request.user.pk == user.pk:
        return redirect(settings.LOGIN_REDIRECT_URL)
    return redirect("accounts:login")


@never_cache
@require_POST
@login_required
def confirm_resend(request):
    """Send the confirmation link again to a logged-in person whose address is unconfirmed."""
    if request.user.email_confirmed_at is None:
        if account_email_rate_limited(request, request.user.email):
            return too_many_emails(request)
        confirmation_email_enqueue(
            request.user, origin=site_origin(request), language=get_language()
        )
        messages.success(
            request,
            _("We sent a new confirmation link to %(email)s.") % {"email": request.user.email},
        )
    return redirect(settings.LOGIN_REDIRECT_URL)


class LoginView(InvalidFormIs400, auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        # Django's login view names the site by its domain; ours has a name in each language.
        return super().get_context_data(**kwargs) | {"site_name": settings.SITE_NAME}

    def get_default_redirect_url(self):
        """Staff land on the admin, where their queues are; therapists on their dashboard."""
        if self.request.user.is_staff:
            return reverse("admin:index")
        return super().get_default_redirect_url()


class LogoutView(auth_views.LogoutView):
    pass


class PasswordChangeView(InvalidFormIs400, auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


class PasswordResetView(InvalidFormIs400, auth_views.PasswordResetView):
    """The same answer, after the same work, whether or not the address has an account: the
    request checks the address and queues a task, which looks for the account."""

    form_class = PasswordResetForm  # only checks the address; it is never saved here
    template_name = "accounts/password_reset.html"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        if account_email_rate_limited(self.request, email):
            return too_many_emails(self.request)
        password_reset_send.enqueue(
            email=email,
            domain=self.request.get_host(),
            use_https=self.request.is_secure(),
            language=get_language(),
        )
        return redirect(self.get_success_url())


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(InvalidFormIs400, auth_views.PasswordResetConfirmView):
    """A new password through the emailed link; it also lifts a login lockout on the account,
    since following the link proves the person holds the address."""

    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def dispatch(self, *args, **kwargs):
        response = super().dispatch(*args, **kwargs)
        if not self.validlink and response.status_code == 200:
            response.status_code = 400  # a used, expired or forged link, as for confirmations
        return response

    def form_valid(self, form):
        response = super().form_valid(form)
        axes_reset(username=form.user.email.lower())
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
