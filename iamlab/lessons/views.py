"""Lesson pages: thin views over the vault (vault.py) and progress (progress.py)."""

import mimetypes
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from iamlab.accounts.learners import get_learner
from iamlab.classroom.access import instructor_required
from iamlab.lessons.forms import VaultUploadForm
from iamlab.lessons.models import VaultPublication, VaultUpload
from iamlab.lessons.progress import finished_steps, step_progress_mark
from iamlab.lessons.search import search_vault
from iamlab.lessons.uploads import (
    NotLiveAnyMore,
    UploadRejected,
    is_publishable,
    skipped_summary,
    uploaded_vault,
    vault_publication_roll_back,
    vault_upload_create,
    vault_upload_publish,
)
from iamlab.lessons.vault import current_vault


@require_GET
def index(request):
    vault = current_vault()
    done = finished_steps(get_learner(request, create=False))
    lessons = [
        {
            "lesson": lesson,
            "done": sum((lesson.name, step.slug) in done for step in lesson.steps),
            "total": len(lesson.steps),
        }
        for lesson in vault.ordered_lessons()
    ]
    return render(request, "lessons/index.html", {"lessons": lessons})


def _lesson_or_redirect(vault, note):
    lesson = vault.lesson(note)
    if lesson is None:
        if note in vault.missing:
            return None, redirect("lessons:missing", name=note)
        raise Http404("No lesson has this name.")
    return lesson, None


@require_GET
def step(request, note, step=""):
    vault = current_vault()
    lesson, response = _lesson_or_redirect(vault, note)
    if response:
        return response
    current = lesson.step(step)
    if current is None:
        if step == "" or lesson.error:  # a note not rendered is one page, its notice
            return redirect(lesson.url)
        raise Http404("This lesson has no such step.")
    if lesson.name != note:
        return redirect(current.url)
    done = finished_steps(get_learner(request, create=False), lesson.name)
    index = current.number - 1
    context = {
        "lesson": lesson,
        "step": current,
        "previous": lesson.steps[index - 1] if index else None,
        "next": lesson.steps[index + 1] if index + 1 < len(lesson.steps) else None,
        "done": {slug for _, slug in done},
        "hooks": vault.hooks_for(lesson.name, current.slug),
        "backlinks": [vault.lessons[name] for name in sorted(vault.backlinks.get(lesson.name, ()))],
        "is_last": index + 1 == len(lesson.steps),
    }
    return render(request, "lessons/step.html", context)


@require_POST
def mark_done(request, note):
    vault = current_vault()
    lesson = vault.lesson(note)
    current = lesson.step(request.POST.get("step", "")) if lesson else None
    if current is None:
        raise Http404("This lesson has no such step.")
    step_progress_mark(learner=get_learner(request), note=lesson.name, step=current.slug)
    if request.POST.get("then") == "next":
        following = lesson.step_after(current)
        return redirect(following.url if following else reverse("lessons:index"))
    if request.htmx:
        done = {slug for _, slug in finished_steps(get_learner(request), lesson.name)}
        context = {"lesson": lesson, "step": current, "done": done}
        return render(request, "lessons/step.html#progress", context)
    return redirect(current.url)


@require_GET
def missing(request, name):
    vault = current_vault()
    lesson = vault.lesson(name)
    if lesson is not None:
        return redirect(lesson.url)
    linked_from = sorted(vault.missing.get(name, ()))
    if not linked_from:
        raise Http404("No lesson has this name, and none links to it.")
    lessons = [vault.lessons[source] for source in linked_from]
    return render(request, "lessons/missing.html", {"name": name, "linked_from": lessons})


@require_GET
def tag(request, tag):
    tag = tag.strip("/")
    lessons = current_vault().lessons_tagged(tag)
    status = 200 if lessons else 404
    return render(request, "lessons/tag.html", {"tag": tag, "lessons": lessons}, status=status)


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()
    hits = search_vault(current_vault(), query) if query else []
    template = "lessons/search.html#results" if request.htmx else "lessons/search.html"
    return render(request, template, {"query": query, "hits": hits})


@require_GET
def vault_file(request, filename):
    path = current_vault().files.get(filename.casefold())
    if path is None:
        raise Http404("The vault has no such image.")
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    # An SVG is a document: opened from its own URL it would run its scripts on our origin
    # (inside an <img> it never does). So it downloads instead; every response also says
    # nosniff (SECURE_CONTENT_TYPE_NOSNIFF), so no file is read as anything but its type.
    return FileResponse(
        open(path, "rb"),  # noqa: SIM115 (FileResponse closes it)
        content_type=content_type,
        as_attachment=content_type == "image/svg+xml",
        filename=path.name,
    )


def site_admin_required(view):
    """What changes the lessons of the whole site: site administrators only (past the
    instructor check, second factor included)."""

    @wraps(view)
    @instructor_required
    def wrapper(request, *args, **kwargs):
        if not request.user.is_site_admin:
            raise PermissionDenied("Only a site administrator can change the site's lessons.")
        return view(request, *args, **kwargs)

    return wrapper


@instructor_required
@require_http_methods(["GET", "POST"])
def upload(request):
    form = VaultUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            record, skipped = vault_upload_create(
                user=request.user, upload=form.cleaned_data["vault"]
            )
        except UploadRejected as error:
            form.add_error("vault", str(error))
        else:
            if skipped:
                messages.info(request, skipped_summary(skipped))
            return redirect("lessons:upload_review", pk=record.pk)
    context = {
        "form": form,
        "uploads": _visible_uploads(request).select_related("uploaded_by").order_by("-created_at"),
        "versions": VaultPublication.objects.select_related(
            "upload", "published_by", "rolled_back_by"
        ),
        "live": VaultPublication.live(),
    }
    return render(request, "lessons/upload.html", context)


def _visible_uploads(request):
    """An instructor's own uploads; a site administrator's, everyone's (they publish them)."""
    if request.user.is_site_admin:
        return VaultUpload.objects.all()
    return VaultUpload.objects.filter(uploaded_by=request.user)


@instructor_required
@require_GET
def upload_review(request, pk):
    record = get_object_or_404(_visible_uploads(request), pk=pk)
    vault = uploaded_vault(record)
    live = VaultPublication.live()
    context = {
        "upload": record,
        "vault": vault,
        "publishable": is_publishable(vault),
        "is_live": live is not None and live.upload_id == record.pk,
    }
    return render(request, "lessons/upload_review.html", context)


@site_admin_required
@require_POST
def upload_publish(request, pk):
    record = get_object_or_404(VaultUpload, pk=pk)
    try:
        vault_upload_publish(upload=record, user=request.user)
    except UploadRejected as error:
        messages.error(request, str(error))
        return redirect("lessons:upload_review", pk=record.pk)
    messages.success(request, f"{record.original_name} is now the vault every learner reads.")
    return redirect("lessons:index")


@site_admin_required
@require_http_methods(["GET", "POST"])
def vault_roll_back(request):
    """GET asks for confirmation, naming both versions; POST withdraws the live one."""
    if request.method == "POST":
        try:
            publication_id = int(request.POST.get("publication", ""))
        except ValueError:
            publication_id = 0
        try:
            restored = vault_publication_roll_back(publication_id=publication_id, user=request.user)
        except NotLiveAnyMore as error:
            messages.error(request, str(error))
            return redirect("lessons:upload")
        name = restored.upload.original_name if restored else "The shipped notes"
        messages.success(request, f"Rolled back: {name} is again the vault every learner reads.")
        return redirect("lessons:upload")
    versions = list(
        VaultPublication.objects.filter(rolled_back_at=None).select_related(
            "upload", "published_by"
        )[:2]
    )
    if not versions:
        messages.info(request, "The shipped notes are live: there is no version to roll back.")
        return redirect("lessons:upload")
    context = {"live": versions[0], "previous": versions[1] if len(versions) > 1 else None}
    return render(request, "lessons/vault_roll_back.html", context)
