import os
import secrets
import string
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

CREDENTIALS_FILE = Path(settings.BASE_DIR) / "var" / "editor-credentials.txt"
# What earlier versions always created: a name anyone could guess at.
OLD_DEFAULT_USERNAME = "editor"


def random_username() -> str:
    """A name a stranger cannot guess at: `editor-` and six random letters or digits."""
    alphabet = string.ascii_lowercase + string.digits
    return "editor-" + "".join(secrets.choice(alphabet) for _ in range(6))


class Command(BaseCommand):
    help = (
        "Create the local editor account once and print its credentials. The username "
        "comes from --username or EDITOR_USERNAME, else it is random; the password from "
        "--password or EDITOR_PASSWORD, else it is random. Both are kept in "
        "var/editor-credentials.txt; running it again keeps the account."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=None, help="Default: EDITOR_USERNAME or random.")
        parser.add_argument("--password", default=None, help="Default: EDITOR_PASSWORD or random.")

    def handle(self, *args, username, password, **options):
        User = get_user_model()
        kept_username, kept_password = self.read_credentials()
        username = username or os.environ.get("EDITOR_USERNAME") or kept_username
        user = User.objects.filter(username=username).first() if username else None
        if username is None and (earlier := self.earlier_editor()):
            # Its credentials file is gone: keep the account rather than add another.
            self.stdout.write(
                f"Editor account '{earlier}' exists; set a new password with "
                f"`python manage.py changepassword {earlier}`."
            )
            return
        if user is None:
            if username is None:
                username = random_username()
            if username == kept_username:
                # The database was reset: the account comes back as the file says.
                password = password or kept_password
            password = password or os.environ.get("EDITOR_PASSWORD") or secrets.token_urlsafe(12)
            user = User.objects.create_superuser(username=username, email="", password=password)
            user.groups.add(Group.objects.get(name="Editors"))
            CREDENTIALS_FILE.parent.mkdir(exist_ok=True)
            CREDENTIALS_FILE.write_text(f"{username}\n{password}\n")
            CREDENTIALS_FILE.chmod(0o600)
        elif username == kept_username:
            password = kept_password
        else:
            self.stdout.write(
                f"Editor account '{username}' exists; set a new password with "
                f"`python manage.py changepassword {username}`."
            )
            return
        self.stdout.write(
            self.style.SUCCESS(f"Editor login: username '{username}', password '{password}'")
        )
        if username == OLD_DEFAULT_USERNAME:
            self.stdout.write(
                self.style.WARNING(
                    f"'{OLD_DEFAULT_USERNAME}' is a name strangers guess at: rename the account "
                    "in the admin (Users) and delete var/editor-credentials.txt, or run "
                    "`make run` on a fresh database for a random name."
                )
            )

    def earlier_editor(self) -> str | None:
        """The username of an editor superuser made before, if there is one."""
        return (
            get_user_model()
            .objects.filter(is_superuser=True, groups__name="Editors")
            .order_by("date_joined", "pk")
            .values_list("username", flat=True)
            .first()
        )

    def read_credentials(self) -> tuple[str | None, str | None]:
        if not CREDENTIALS_FILE.exists():
            return None, None
        lines = CREDENTIALS_FILE.read_text().splitlines()
        if len(lines) < 2 or not lines[0].strip():
            return None, None
        return lines[0].strip(), lines[1]
