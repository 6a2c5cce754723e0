def test_pages_carry_a_content_security_policy_without_unsafe_inline(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self' 'nonce-" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy


def test_the_htmx_script_is_served_by_the_app_itself(client):
    html = client.get("/").content.decode()
    assert '<script src="/static/django-htmx/htmx.min.js' in html or "/static/django_htmx/" in html
    assert "unpkg.com" not in html and "cdn" not in html.lower()


def test_pages_refuse_framing_and_keep_referrers_to_the_site(client):
    response = client.get("/")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_template_uses_an_inline_style_or_event_handler():
    # The CSP would block them in the browser: catch them before a person does.
    import re
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "templates"
    offenders = []
    for path in templates.rglob("*.html"):
        text = path.read_text()
        if re.search(r"\sstyle=|<style|\son[a-z]+=|hx-on|javascript:", text):
            offenders.append(str(path.relative_to(templates)))
    assert offenders == []
