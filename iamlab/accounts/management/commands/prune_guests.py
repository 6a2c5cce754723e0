from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from iamlab.accounts.models import Learner


class Command(BaseCommand):
    help = (
        "Delete the work of guests who have not been back for longer than a session lasts. "
        "Their session cookie has expired, so nobody can reach that work any more. "
        "Run it daily from cron on a classroom server."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            help="Keep guests seen within this many days (at least the session lifetime, "
            "which is the default).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count what would go.")

    def handle(self, *args, days, dry_run, **options):
        session_days = -(-settings.SESSION_COOKIE_AGE // 86400)  # rounded up
        if days is None:
            days = session_days
        elif days < session_days:
            raise CommandError(
                f"--days {days} would delete guests whose session is still valid "
                f"(sessions last {session_days} days)."
            )
        cutoff = timezone.now() - timedelta(days=days)
        stale = Learner.objects.filter(user__isnull=True, last_seen_at__lt=cutoff)
        count = stale.count()
        if not dry_run:
            stale.delete()
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {count} guest learner(s) not seen for {days} days.")
