"""python manage.py quiz_stats [--seeds N]: the bank's coverage and biases, per topic."""

from django.core.management.base import BaseCommand

from quizzes.stats import bank_stats

COLUMNS = ("topic", "concepts", "angles", "questions", "distinct", "pages", "key at 1/2/3/4")
COLUMNS += ("key longest", "key echoes stem")


class Command(BaseCommand):
    help = "Per topic: concepts, angles, distinct questions over N seeds, pages cited, key bias."

    def add_arguments(self, parser):
        parser.add_argument(
            "--seeds", type=int, default=100, help="seeds per generator (default 100)"
        )

    def handle(self, *, seeds, **options):
        rows = [COLUMNS]
        for stats in bank_stats(seeds):
            rows.append(
                (
                    stats.topic,
                    str(stats.concepts),
                    f"{len(stats.angles)} ({', '.join(stats.angles)})",
                    str(stats.questions),
                    str(stats.distinct),
                    str(stats.pages),
                    "/".join(f"{share:.0%}" for share in stats.key_position),
                    f"{stats.key_longest:.0%}",
                    f"{stats.echo:.1%}",
                )
            )
        widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
        for row in rows:
            self.stdout.write(
                "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            )
        self.stdout.write(
            f"\n{seeds} seeds per generator. A fair bank has each key position and 'key "
            "longest' near 25% (single-answer questions) and almost no key echoing the stem."
        )
