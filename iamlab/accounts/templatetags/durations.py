from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def in_words(duration: timedelta | None) -> str:
    """'15 minutes', '1 hour 30 minutes': how long a lockout lasts, for people."""
    if not duration:
        return ""
    minutes = round(duration.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if minutes or not hours:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts)
