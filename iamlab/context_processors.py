def csp_nonce(request):
    """Expose django-csp's per-request nonce as ``csp_nonce``.

    That is the name Django 6's built-in CSP support and django-htmx's
    ``{% htmx_script %}`` use, so templates need no change when we move to it.
    """
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
