"""A student's view of their classes: live quizzes running now, assignments open or due."""

from iamlab.classroom.models import Classroom, LiveQuiz
from iamlab.classroom.services.assignments import student_assignments


def for_student(student, classroom: Classroom | None = None) -> dict:
    classrooms = Classroom.objects.filter(memberships__student=student, archived_at__isnull=True)
    if classroom is not None:
        classrooms = classrooms.filter(pk=classroom.pk)
    running = LiveQuiz.objects.filter(
        classroom__in=classrooms, finished_at__isnull=True
    ).select_related("classroom")
    return {
        "classes": list(classrooms),
        "live_quizzes": list(running),
        "assignments": student_assignments(student, classrooms),
    }
