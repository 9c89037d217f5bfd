"""Each language has its own abbreviation of an approach: CBT, DBT and EFT are TCC, TCD and TCE in
French. The existing one becomes the English, and the French where French uses the same."""

from django.db import migrations, models

FRENCH = {"CBT": "TCC", "DBT": "TCD", "EFT": "TCE"}


def short_names_split(apps, schema_editor):
    Modality = apps.get_model("modalities", "Modality")
    for modality in Modality.objects.all():
        modality.short_name_en = modality.short_name
        modality.short_name_fr = FRENCH.get(modality.short_name, modality.short_name)
        modality.save(update_fields=["short_name_en", "short_name_fr"])


class Migration(migrations.Migration):
    dependencies = [
        ("modalities", "0002_search"),
    ]

    operations = [
        migrations.AddField(
            model_name="modality",
            name="short_name_en",
            field=models.CharField(
                blank=True,
                help_text="Common abbreviation, e.g. CFT. Leave blank when there is none.",
                max_length=20,
                null=True,
                verbose_name="short name",
            ),
        ),
        migrations.AddField(
            model_name="modality",
            name="short_name_fr",
            field=models.CharField(
                blank=True,
                help_text="Common abbreviation, e.g. CFT. Leave blank when there is none.",
                max_length=20,
                null=True,
                verbose_name="short name",
            ),
        ),
        migrations.RunPython(short_names_split, migrations.RunPython.noop),
    ]
