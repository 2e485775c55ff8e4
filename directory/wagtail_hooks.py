from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Country, Project


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code", "locale"]
    search_fields = ["name", "code"]


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "folder-open-inverse"
    list_display = ["name", "programme", "start_year", "end_year", "locale"]
    search_fields = ["name", "programme"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = "Directory"
    menu_icon = "list-ul"
    menu_order = 300
    items = (CountryViewSet, ProjectViewSet)


register_snippet(DirectoryViewSetGroup)
