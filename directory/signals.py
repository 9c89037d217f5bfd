"""Signals of the site's own life, for the apps to act on."""

from django.dispatch import Signal

# A serving process (a gunicorn worker) has loaded the site and is about to take requests:
# what would make its first requests slow is best done now (directory/gunicorn.py).
process_ready = Signal()
