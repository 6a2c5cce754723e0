from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def index(request, **kwargs):
    return render(request, "sandbox/index.html")
