"""Links from quiz pages back to the lesson section a question practises, stem layout, durations."""

from django import template

from iamlab.lessons.links import lesson_url as resolve_lesson_url
from quizzes.stems import shows_document as stems_show_document
from quizzes.stems import stem_blocks as split_stem

register = template.Library()


@register.filter
def lesson_url(target: str) -> str:
    return resolve_lesson_url(target)


@register.filter
def lesson_title(target: str) -> str:
    """``security-IAM#features#PCI DSS compliant`` reads as ``security-IAM › features › PCI…``."""
    return " › ".join(part for part in target.split("#") if part)


@register.filter
def stem_blocks(stem: str):
    return split_stem(stem)


@register.filter
def shows_document(stem: str) -> bool:
    return stems_show_document(stem)


@register.filter
def duration_text(taken) -> str:
    """A timedelta as '1 h 4 min', '23 min 5 s' or '40 s'."""
    seconds = max(0, int(taken.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
