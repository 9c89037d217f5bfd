"""An office is listed only where its therapist holds a verified registration: each keeps that
registration's last day (therapists/listing.py keeps it current from now on)."""

from django.db import migrations, models
from django.db.models import Max, OuterRef, Subquery


def registered_until_fill(apps, schema_editor):
    Office = apps.get_model("therapists", "Office")
    Credential = apps.get_model("therapists", "Credential")
    City = apps.get_model("directory", "City")
    for province in City.objects.order_by().values_list("province", flat=True).distinct():
        latest_expiry = (
            Credential.objects.filter(
                therapist=OuterRef("therapist_id"), status="verified", jurisdiction=province
            )
            .values("therapist")
            .annotate(until=Max("expires_on"))
            .values("until")
        )
        Office.objects.filter(city__province=province).update(
            registered_until=Subquery(latest_expiry, output_field=models.DateField())
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0005_coordinate_messages"),
        ("therapists", "0021_one_line_names"),
    ]

    operations = [
        migrations.AddField(
            model_name="office",
            name="registered_until",
            field=models.DateField(
                blank=True,
                editable=False,
                help_text=(
                    "The last day of the therapist's verified registration in this office's "
                    "province; empty when there is none. Kept up to date with the listing."
                ),
                null=True,
                verbose_name="registered until",
            ),
        ),
        migrations.RunPython(registered_until_fill, migrations.RunPython.noop),
    ]
