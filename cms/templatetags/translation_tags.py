from django import template

from cms.translation.editor import EditorActions, editor_actions

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor(context) -> EditorActions:
    """The translation editor's actions for the current user (see cms.translation.editor)."""
    return editor_actions(
        context["translation"],
        context["instance"],
        context["request"].user,
        context["props"],
        context.get("side_panels") or [],
    )
