"""A visitor proposes an enterprise on the example frontend; a curator approves it in the admin."""

import re

import pytest
from playwright.sync_api import expect

from directory.models import SocialEnterprise

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NAME = "Kopā Bakery Liepāja"


def test_submitted_enterprise_appears_in_the_filtered_directory_once_approved(
    demo, user, actor, headless_frontend
):
    user("karlis", "Directory curators")

    visitor = actor("visitor", base_url=headless_frontend)
    page = visitor.page
    page.goto("/en/directory/submit/")
    form = page.locator("form.submission-form")
    form.locator("[name=kind]").select_option("SOCIAL_ENTERPRISE")
    form.locator("[name=name]").fill(NAME)
    form.locator("[name=shortDescription]").fill("A bakery employing young people leaving care.")
    form.locator("[name=country]").select_option("LV")
    form.locator("[name=city]").fill("Liepāja")
    form.locator("[name=sectors]").select_option("food-catering")
    form.locator("[name=website]").fill("https://kopa-bakery.example.org")
    form.locator("[name=contactName]").fill("Ilze Ozola")
    form.locator("[name=contactEmail]").fill("not an address")
    visitor.shot("form")
    form.locator("button[type=submit]").click()
    # The CMS refuses it with a message at the field; what was typed stays.
    expect(page.locator("p.field-error[data-field=contactEmail]")).to_be_visible()
    expect(page.locator("form.submission-form [name=name]")).to_have_value(NAME)
    visitor.shot("field-error")
    page.locator("form.submission-form [name=contactEmail]").fill("ilze@example.org")
    page.locator("form.submission-form button[type=submit]").click()
    expect(page.locator("p.submission-accepted")).to_be_visible()
    visitor.shot("accepted")

    entry = SocialEnterprise.objects.get(name=NAME)
    assert not entry.live
    page.goto("/en/directory/?country=LV&q=Kop%C4%81")
    expect(page.locator("ul.directory-results li")).to_have_count(0)

    curator = actor("curator").log_in("karlis")
    page = curator.page
    curator.shot("awaiting-review")
    row = page.locator("tr").filter(has_text=NAME)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state("networkidle")
    curator.shot("approved")
    entry.refresh_from_db()
    assert entry.live

    page = visitor.page
    page.goto("/en/directory/")
    filters = page.locator("form.directory-filters")
    filters.locator("select[name=country]").select_option("LV")
    filters.locator("select[name=sector]").select_option("food-catering")
    filters.locator("input[name=q]").fill("bakery")
    filters.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"country=LV"))
    results = page.locator("ul.directory-results li")
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text(NAME)
    visitor.shot("filtered")
    results.first.locator("a").first.click()
    expect(page.locator("h1")).to_have_text(NAME)
    visitor.shot("entry")

    # Each select counts with the other filters only: with Latvia chosen, Estonia is on offer.
    page.goto("/en/directory/?country=LV")
    estonian = SocialEnterprise.objects.filter(
        locale__language_code="en", country__code="EE", live=True
    ).count()
    assert estonian
    expect(page.locator("select[name=country] option[value=EE]")).to_have_text(
        f"Estonia ({estonian})"
    )
