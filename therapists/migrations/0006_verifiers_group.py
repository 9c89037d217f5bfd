"""The Verifiers group: staff who work the credential and video queues, without being admins."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen here as history; therapists/verification/roles.py holds the current list (a test keeps them equal).
VERIFIER_CODENAMES = [
    "view_credential",
    "view_credential_evidence",
    "review_credential",
    "view_verificationevent",
    "view_introvideo",
    "moderate_introvideo",
]


def create_verifiers_group(apps, schema_editor):
    # Permissions are normally made after migrating; the group needs them now.
    app_config = apps.get_app_config("therapists")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Verifiers")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label="therapists", codename__in=VERIFIER_CODENAMES
        )
    )


def delete_verifiers_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Verifiers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("therapists", "0005_review_permissions"),
    ]

    operations = [migrations.RunPython(create_verifiers_group, delete_verifiers_group)]
