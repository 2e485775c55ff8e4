from django import template

from cms.translation.views import submittable

register = template.Library()


@register.filter
def can_submit_for_moderation(translation) -> bool:
    """Whether the translation editor should offer "Submit for moderation"."""
    return bool(translation) and submittable(translation)
