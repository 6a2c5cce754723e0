"""The site's own pages: the home page and friendly error pages."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_GET


@require_GET
def home(request):
    return render(request, "home.html")


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: the fault may be in the database or
    # a context processor, and the error page must not fail the same way.
    return HttpResponseServerError(loader.get_template("500.html").render())
