"""The account itself: the language of its emails, deleting it, downloading its data."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView

from therapists.selfservice.account import account_delete, account_export
from therapists.selfservice.forms import AccountDeleteForm, EmailLanguageForm
from therapists.selfservice.views import OwnerMixin, dashboard_response


class EmailLanguageView(OwnerMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        form = EmailLanguageForm(request.POST, instance=request.user)
        if not form.is_valid():
            messages.error(request, _("Choose English or French for our emails."))
            return dashboard_response(request, self.therapist, status=400)
        form.save()
        messages.success(request, _("Saved: our emails will be in the language you chose."))
        return redirect("therapists:dashboard")


class AccountDeleteView(OwnerMixin, FormView):
    needs_profile = False
    form_class = AccountDeleteForm
    template_name = "therapists/editor/account_delete.html"

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"user": self.request.user}

    def form_valid(self, form):
        user = self.request.user
        account_delete(user=user)
        logout(self.request)
        messages.success(self.request, _("Your account and profile are deleted."))
        return redirect("therapists:home")


class AccountExportView(OwnerMixin, View):
    needs_profile = False
    http_method_names = ["get"]

    def get(self, request):
        data = account_export(user=request.user)
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="my-directory-data.json"'
        return response
