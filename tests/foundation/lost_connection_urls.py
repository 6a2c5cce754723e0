"""Small views the lost-connection tests call: one reads, one writes first, one fails."""

from django.db import IntegrityError
from django.http import HttpResponse
from django.urls import include, path

from iamlab.accounts.models import Learner

calls = []


def reads(request):
    calls.append("reads")
    return HttpResponse(f"{Learner.objects.count()} learners")


def writes_then_reads(request):
    calls.append("writes")
    Learner.objects.create()
    return HttpResponse(f"{Learner.objects.count()} learners")


def refuses(request):
    calls.append("refuses")
    raise IntegrityError("a constraint said no")


urlpatterns = [
    path("refuses/", refuses),
    path("reads/", reads),
    path("writes/", writes_then_reads),
    path("", include("iamlab.urls")),
]
