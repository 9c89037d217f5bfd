"""Every profile's search words are rebuilt once: verified credentials now add their designation,
body and profession ("psychologue", "social worker")."""

from django.db import migrations

CHUNK = 5000


def search_words_rebuild(apps, schema_editor):
    from therapists.search.text import search_vectors_refresh  # the current words, as the app builds

    Therapist = apps.get_model("therapists", "Therapist")
    ids = list(Therapist.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        search_vectors_refresh(ids[start : start + CHUNK])


class Migration(migrations.Migration):
    dependencies = [("therapists", "0018_search_text")]

    operations = [migrations.RunPython(search_words_rebuild, migrations.RunPython.noop)]
