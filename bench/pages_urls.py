"""The site's URLs plus a bare view, for bench/pages_bench.py only (never in production)."""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from iamlab.urls import urlpatterns as site_urlpatterns

SMALL_TEMPLATE = engines["django"].from_string(
    "<!doctype html><title>{{ title }}</title><ul>{% for item in items %}<li>{{ item }}</li>"
    "{% endfor %}</ul>"
)


def bare(request):
    """What a Django 5.2 view rendering a small template costs: the benchmark's unit."""
    return HttpResponse(SMALL_TEMPLATE.render({"title": "Bare", "items": range(5)}))


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]
