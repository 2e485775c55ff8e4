"""Account settings through Wagtail's real account view: names are optional."""

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile


def account_form(user, **changes) -> dict:
    """Every panel's fields as the account page posts them (one form for all panels)."""
    profile = UserProfile.get_for_user(user)
    data = {
        "name_email-first_name": user.first_name,
        "name_email-last_name": user.last_name,
        "name_email-email": user.email,
        "locale-preferred_language": profile.preferred_language,
        "locale-current_time_zone": profile.current_time_zone,
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("group", ["Translators", "Editors", "Moderators"])
def test_a_user_without_names_changes_their_admin_language(client, django_user_model, group):
    user = django_user_model.objects.create_user("ona", "ona@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    response = client.post(
        "/admin/account/", account_form(user, **{"locale-preferred_language": "lt"})
    )
    assert response.status_code == 302, response.context and [
        form.errors for form in (p.get_form() for p in response.context["panels_by_tab"][0])
    ]
    assert UserProfile.get_for_user(user).preferred_language == "lt"
    # The next page speaks Lithuanian.
    assert 'lang="lt"' in client.get("/admin/account/").content.decode()


@pytest.mark.django_db
def test_names_are_still_saved_and_email_still_checked(admin_client, django_user_model):
    admin = django_user_model.objects.get(username="admin")
    response = admin_client.post(
        "/admin/account/",
        account_form(admin, **{"name_email-first_name": "Ieva", "name_email-last_name": "Ozola"}),
    )
    assert response.status_code == 302
    admin.refresh_from_db()
    assert (admin.first_name, admin.last_name) == ("Ieva", "Ozola")
    refused = admin_client.post(
        "/admin/account/", account_form(admin, **{"name_email-email": "no"})
    )
    assert refused.status_code == 200
    assert "Enter a valid email address." in refused.content.decode()
