"""The groups our migrations create, named in the editor's language wherever the admin shows them.

A group's name is data, stored once in English; Django and Wagtail print it through str() (the
user form's checkboxes, the user filter, page and collection privacy, workflow tasks, page
titles) and the group listing reads the field. Translating at display time keeps the stored name
the key that migrations, fixtures and tests use. Groups that administrators add themselves are
shown as they named them.
"""

from django.contrib.auth.models import Group
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import TitleColumn
from wagtail.users.views import groups

# Context "user group", so that our names never replace a Wagtail translation of the same word.
GROUP_NAMES = {
    # Made by Wagtail's initial migration, completed by cms 0004.
    "Editors": pgettext_lazy("user group", "Editors"),
    "Moderators": pgettext_lazy("user group", "Moderators"),
    # cms 0002 and directory 0006.
    "Translators": pgettext_lazy("user group", "Translators"),
    "Directory curators": pgettext_lazy("user group", "Directory curators"),
}


def group_name(group: Group) -> str:
    """The group's name in the active language if it is one of ours, else as stored."""
    return str(GROUP_NAMES.get(group.name, group.name))


class GroupIndexView(groups.IndexView):
    columns = [
        TitleColumn(
            "name",
            label=groups.IndexView.columns[0].label,
            accessor=group_name,
            sort_key="name",
            url_name="wagtailusers_groups:edit",
        ),
    ]


class GroupViewSet(groups.GroupViewSet):
    index_view_class = GroupIndexView
