"""Creating classes, their join codes, and who is in them."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from iamlab.classroom.models import Classroom, Membership
from iamlab.throttle import limits

# No 0/O or 1/I/L: codes are read off a projector and typed on phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
# A code is for the first weeks of a class; the instructor makes a new one when needed.
CODE_LIFETIME = timedelta(days=30)

# An archived class's code is refused as unknown: a guesser must not learn that it existed.
NO_SUCH_CODE = "No class has that join code. Check it with your instructor."
EXPIRED_CODE = "That join code has expired. Ask your instructor for the new one."
TOO_MANY_WRONG_CODES = (
    "Too many wrong join codes came from your network address. Please wait {wait} and try "
    "again, or use the join link or QR code your instructor shows."
)
# Wrong codes per address in this window (IAMLAB_JOIN_ADDRESS_LIMIT): guessing 8 characters
# of 31 goes nowhere at that pace, and a class joining with the right code never counts.
JOIN_WINDOW = timedelta(minutes=15)
INSTRUCTOR_OWN_CLASS = "You teach this class, so you cannot join it as a student."
ALREADY_MEMBER = "You are already in this class."


class JoinRefused(Exception):
    def __init__(self, message: str, *, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(raw: str) -> str:
    """What students type: any case, with spaces or dashes."""
    return "".join(raw.split()).replace("-", "").upper()


def classroom_create(*, instructor, name: str) -> Classroom:
    return Classroom.objects.create(
        instructor=instructor,
        name=name.strip(),
        join_code=_new_code(),
        join_code_expires_at=timezone.now() + CODE_LIFETIME,
    )


def classroom_regenerate_code(*, classroom: Classroom) -> Classroom:
    """A fresh code; the old one stops working at once (e.g. after it leaked)."""
    classroom.join_code = _new_code()
    classroom.join_code_expires_at = timezone.now() + CODE_LIFETIME
    classroom.save(update_fields=["join_code", "join_code_expires_at"])
    return classroom


def classroom_archive(*, classroom: Classroom) -> Classroom:
    if classroom.archived_at is None:
        classroom.archived_at = timezone.now()
        classroom.save(update_fields=["archived_at"])
    return classroom


def classroom_unarchive(*, classroom: Classroom) -> Classroom:
    """Undo an archive: the class, its roster and its work were only hidden from joining."""
    if classroom.archived_at is not None:
        classroom.archived_at = None
        classroom.save(update_fields=["archived_at"])
    return classroom


def classroom_for_code(code: str) -> Classroom:
    """The class a join code opens, or JoinRefused saying why it opens none."""
    classroom = Classroom.objects.filter(join_code=normalize_code(code)).first()
    if classroom is None or classroom.is_archived:
        raise JoinRefused(NO_SUCH_CODE)
    if classroom.join_code_is_expired:
        raise JoinRefused(EXPIRED_CODE)
    return classroom


def _join_limit() -> limits.Limit:
    return limits.Limit("join-code", settings.IAMLAB_JOIN_ADDRESS_LIMIT, JOIN_WINDOW)


def membership_join(*, student, code: str, address: str) -> tuple[Membership, bool]:
    """Join with a code typed or followed from ``address``; wrong codes count against it.

    Returns the membership and whether this call created it: joining a class one is already
    in (a second tap, or a retry whose first answer was lost) lands in it again.
    """
    wait = limits.wait_for(_join_limit(), address)
    if wait:
        message = TOO_MANY_WRONG_CODES.format(wait=limits.wait_in_words(wait))
        raise JoinRefused(message, status=429)
    try:
        classroom = classroom_for_code(code)
    except JoinRefused:
        limits.record(_join_limit(), address)
        raise
    if classroom.instructor_id == student.pk:
        raise JoinRefused(INSTRUCTOR_OWN_CLASS)
    return Membership.objects.get_or_create(classroom=classroom, student=student)


def membership_remove(*, classroom: Classroom, student_id: int) -> bool:
    """Take a student off the roster; their past answers stay for the gradebook."""
    deleted, _ = Membership.objects.filter(classroom=classroom, student_id=student_id).delete()
    return bool(deleted)
