"""python manage.py export_quiz --topics root-only,features --count 20 --seed 7 --format gift

``--list-topics`` prints the topic ids, one a line, and nothing else.
"""

from django.core.management.base import BaseCommand, CommandError

from quizzes.bank import available_topics
from quizzes.export import to_json
from quizzes.export.gift import to_gift
from quizzes.export.moodle_xml import to_moodle_xml
from quizzes.generators import NotEnoughFacts, UnknownTopic, build_quiz
from quizzes.question import TOPICS

WRITERS = {"json": to_json, "gift": to_gift, "moodle-xml": to_moodle_xml}


class Command(BaseCommand):
    help = "Write a reproducible quiz (same arguments, same quiz) as JSON, GIFT or Moodle XML."

    def add_arguments(self, parser):
        parser.add_argument(
            "--topics",
            default=",".join(TOPICS),
            help=f"comma-separated topics (default: all): {', '.join(TOPICS)}",
        )
        parser.add_argument("--count", type=int, help="number of questions")
        parser.add_argument("--seed", type=int, help="the quiz's seed")
        parser.add_argument(
            "--list-topics", action="store_true", help="print the topic ids, one a line"
        )
        parser.add_argument("--format", choices=sorted(WRITERS), default="json")
        parser.add_argument("--output", help="file to write (default: standard output)")

    def handle(self, *, topics, count, seed, format, output, list_topics, **options):
        if list_topics:
            self.stdout.write("\n".join(available_topics()))
            return
        if count is None or seed is None:
            raise CommandError("--count and --seed are required (or --list-topics)")
        if count < 1:
            raise CommandError("--count must be at least 1")
        chosen = [topic.strip() for topic in topics.split(",") if topic.strip()]
        try:
            questions = build_quiz(chosen, count, seed)
        except (UnknownTopic, NotEnoughFacts) as error:
            raise CommandError(str(error)) from None
        text = WRITERS[format](questions)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text)
        else:
            self.stdout.write(text, ending="")
