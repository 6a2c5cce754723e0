from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def index(request):
    return render(request, "lessons/index.html")


search = tag = missing = vault_file = upload = upload_review = upload_publish = step = index
mark_done = index
