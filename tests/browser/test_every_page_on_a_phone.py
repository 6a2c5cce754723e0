"""Every page a guest, a learner and an instructor reach fits a 390 px phone and passes axe-core.

The crawl follows the site's own links from the home page, so a new page is checked as
soon as something links to it. axe-core is the npm package, vendored in vendor/
(`make axe-refresh` updates it).
"""

import json
from collections import Counter, deque
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest

from iamlab.accounts.models import Learner
from iamlab.classroom.services.classes import classroom_create
from iamlab.sandbox.models import SandboxAccount
from iamlab.sandbox.services import policies, roles, users
from tests.factories import PASSWORD, InstructorFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
# Pages a crawl must not follow: they act rather than show (sign-out is a form, but be sure),
# or are files and the admin's own site.
SKIP = ("/accounts/logout", "/admin/", "/static/", ".csv", ".zip", ".json", ".txt", ".xml")
TRUST_EC2 = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "ec2.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }
        ],
    }
)
READ_S3 = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "*"}
        ],
    }
)
# The outermost elements reaching past the screen's right edge: what to fix.
TOO_WIDE = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > innerWidth + 1
    && e.parentElement.getBoundingClientRect().right <= innerWidth + 1)
  .slice(0, 3)
  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''))"""
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id} (${v.impact}): ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')));
}"""


def populated_sandbox(user):
    """A sandbox with users, a group, roles, policies and so events, so every table has rows."""
    learner, _ = Learner.objects.get_or_create(user=user)
    account = SandboxAccount.objects.create(learner=learner)
    users.user_create(account=account, name="alice-with-a-rather-long-name", tags={"team": "data"})
    users.group_create(account=account, name="readers")
    roles.role_create(
        account=account, name="app-server", trust_policy=TRUST_EC2, tags={"env": "production"}
    )
    policy = policies.policy_create(account=account, name="read-buckets", document=READ_S3)
    policies.policy_attach(account=account, kind="role", name="app-server", arn=policy.arn)
    policies.policy_attach(
        account=account, kind="user", name="alice-with-a-rather-long-name", arn=policy.arn
    )
    return account


def kind(path: str) -> tuple:
    """Pages of one kind (every AWS managed policy, every lesson step) share a template."""
    parts = path.split("?")[0].strip("/").split("/")
    return (*parts[:2], len(parts))


def crawl(page, start: str, per_kind: int = 4) -> list[str]:
    """Visit the same-site pages linked from start, a few of each kind; a line per failure."""
    origin = urlsplit(page.url).netloc
    seen, queue, offenders = {start}, deque([start]), []
    kinds, visited = Counter(), 0
    while queue:
        path = queue.popleft()
        visited += 1
        response = page.goto(path)
        if response is None or not response.ok:
            offenders.append(f"{path}: HTTP {response.status if response else 'none'}")
            continue
        offenders.extend(f"{path}: {problem}" for problem in checked(page))
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            url = urlsplit(urldefrag(href)[0])
            link = url.path + (f"?{url.query}" if url.query else "")
            if url.netloc == origin and link not in seen and not any(s in link for s in SKIP):
                seen.add(link)
                kinds[kind(link)] += 1
                if kinds[kind(link)] > per_kind:
                    continue
                queue.append(link)
    assert visited > 1, f"no links followed from {start}"
    print(f"{start}: {visited} pages", *offenders, sep="\n")
    return offenders


def checked(page) -> list[str]:
    """This page's width and serious axe violations, as crawl reports them."""
    width = page.evaluate("document.documentElement.scrollWidth")
    too_wide = [f"{width} px wide: {page.evaluate(TOO_WIDE)}"] if width > PHONE["width"] else []
    return too_wide + page.evaluate(AXE_RUN)


def log_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


@pytest.fixture
def phone(page):
    page.set_viewport_size(PHONE)
    page.add_init_script(path=str(AXE))
    page.goto("/")
    return page


def test_every_page_a_guest_reaches_fits_a_phone_and_passes_axe(phone):
    assert crawl(phone, "/") == []


def test_every_page_of_a_learner_with_a_full_sandbox_fits_a_phone_and_passes_axe(phone):
    populated_sandbox(UserFactory(username="lena"))
    log_in(phone, "lena")
    assert crawl(phone, "/") == []


def test_a_simulation_and_its_trace_fit_a_phone_and_pass_axe(phone):
    account = populated_sandbox(UserFactory(username="lena"))
    log_in(phone, "lena")
    phone.goto("/sandbox/simulate/")
    phone.get_by_label("Principal").select_option(
        f"arn:aws:iam::{account.account_id}:user/alice-with-a-rather-long-name"
    )
    phone.get_by_label("Actions, one per line").fill("s3:GetObject\ns3:PutObject")
    phone.get_by_label("Resource ARN").fill("arn:aws:s3:::reports/q1.csv")
    phone.get_by_role("button", name="Run simulation").click()
    phone.locator("#results .decision").first.wait_for()
    assert checked(phone) == []


def test_every_page_of_an_instructor_fits_a_phone_and_passes_axe(phone):
    instructor = InstructorFactory(username="ines")
    classroom_create(instructor=instructor, name="IAM for the Tuesday group")
    log_in(phone, "ines")
    assert crawl(phone, "/classes/") == []
