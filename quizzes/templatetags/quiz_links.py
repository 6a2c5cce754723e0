"""Links from quiz pages back to the lesson section a question practises, and stem layout."""

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
