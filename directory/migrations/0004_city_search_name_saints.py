"""City names are folded with saints spelled out ("St-Jean" finds Saint-Jean-sur-Richelieu)."""

from django.db import migrations

from directory.text import fold


def search_names_refold(apps, schema_editor):
    City = apps.get_model("directory", "City")
    changed = []
    for city in City.objects.only("pk", "name", "search_name").iterator(chunk_size=2000):
        folded = fold(city.name)
        if city.search_name != folded:
            city.search_name = folded
            changed.append(city)
    City.objects.bulk_update(changed, ["search_name"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_user_language")]

    operations = [migrations.RunPython(search_names_refold, migrations.RunPython.noop)]
