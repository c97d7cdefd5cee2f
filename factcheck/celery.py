"""The Celery app: configured from Django's settings (the CELERY_* names), tasks
found in each app's `tasks.py`. Run a worker with its periodic jobs:
`celery -A factcheck worker -B` (docs/operations.md)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
