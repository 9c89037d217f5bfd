from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from directory.models import City, PostalArea, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["email", "first_name", "last_name"]
    readonly_fields = ["last_login", "date_joined", "email_confirmed_at"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            _("Personal information"),
            {"fields": ["first_name", "last_name", "email_confirmed_at", "language"]},
        ),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]}),
    ]


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ["name", "province", "population", "latitude", "longitude"]
    list_filter = ["province"]
    search_fields = ["name", "search_name", "slug"]
    ordering = ["-population"]
    show_full_result_count = False


@admin.register(PostalArea)
class PostalAreaAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "province", "latitude", "longitude"]
    list_filter = ["province"]
    search_fields = ["code", "name"]
