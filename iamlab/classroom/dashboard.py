"""A student's view of their classes: live quizzes running now, assignments open or due."""

from iamlab.classroom.models import ChallengeResult, ClassChallenge, Classroom, LiveQuiz
from iamlab.classroom.services.assignments import student_assignments


def for_student(student, classroom: Classroom | None = None) -> dict:
    classrooms = Classroom.objects.filter(memberships__student=student, archived_at__isnull=True)
    if classroom is not None:
        classrooms = classrooms.filter(pk=classroom.pk)
    running = LiveQuiz.objects.filter(
        classroom__in=classrooms, finished_at__isnull=True
    ).select_related("classroom")
    set_challenges = ClassChallenge.objects.filter(classroom__in=classrooms).select_related(
        "classroom"
    )
    passed = set(
        ChallengeResult.objects.filter(
            student=student, class_challenge__in=set_challenges, passed=True
        ).values_list("class_challenge_id", flat=True)
    )
    return {
        "challenges": [(item, item.pk in passed) for item in set_challenges],
        "classes": list(classrooms),
        "live_quizzes": list(running),
        "assignments": student_assignments(student, classrooms),
    }
