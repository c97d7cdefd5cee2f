import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

CREDENTIALS_FILE = Path(settings.BASE_DIR) / "var" / "editor-credentials.txt"


class Command(BaseCommand):
    help = (
        "Create the local editor account once (password from EDITOR_PASSWORD or generated) "
        "and print its credentials. Running it again keeps the account."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")
        parser.add_argument("--password", default=None, help="Default: EDITOR_PASSWORD or random.")

    def handle(self, *args, username, password, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            password = password or os.environ.get("EDITOR_PASSWORD") or secrets.token_urlsafe(12)
            user = User.objects.create_superuser(username=username, email="", password=password)
            user.groups.add(Group.objects.get(name="Editors"))
            CREDENTIALS_FILE.parent.mkdir(exist_ok=True)
            CREDENTIALS_FILE.write_text(f"{username}\n{password}\n")
            CREDENTIALS_FILE.chmod(0o600)
        elif CREDENTIALS_FILE.exists():
            password = CREDENTIALS_FILE.read_text().splitlines()[1]
        else:
            self.stdout.write(
                f"Editor account '{username}' exists; set a new password with "
                f"`python manage.py changepassword {username}`."
            )
            return
        self.stdout.write(
            self.style.SUCCESS(f"Editor login: username '{username}', password '{password}'")
        )
