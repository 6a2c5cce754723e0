"""Links from quiz pages back to the lesson section a question practises."""

from django import template

from iamlab.lessons.links import lesson_url as resolve_lesson_url

register = template.Library()


@register.filter
def lesson_url(target: str) -> str:
    return resolve_lesson_url(target)


@register.filter
def lesson_title(target: str) -> str:
    """``security-IAM#best practices`` reads as ``security-IAM › best practices``."""
    note, _, section = target.partition("#")
    return f"{note} › {section}" if section else note
