"""Admin views that put translations through moderation.

wagtail-localize's translation editor only offers "Publish in <locale>", and its "Sync
translated pages" can publish every translation at once, both past any workflow. Translators
here cannot publish: they submit the translation, which saves it as a draft and starts the same
workflow its source goes through.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import DraftStateMixin, Page, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.edit_translation import stop_translation
from wagtail_localize.views.update_translations import (
    UpdateTranslationsView as LocalizeUpdateTranslationsView,
)


def can_edit(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def can_publish(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if not isinstance(instance, DraftStateMixin):
        return can_edit(user, instance)
    return user.has_perm(get_permission_name("publish", type(instance)))


def submittable(translation) -> bool:
    """Whether the translation's objects have drafts (and so can wait for moderation)."""
    model = translation.source.specific_content_type.model_class()
    return model is not None and issubclass(model, DraftStateMixin)


@require_POST
def submit_translation(request, translation_id):
    """Save the translation as a draft and send it to its workflow (or resume a rejected one)."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    instance = translation.get_target_instance()
    if isinstance(instance, Page):
        instance = instance.specific
    if not can_edit(request.user, instance) or not submittable(translation):
        raise PermissionDenied
    edit_url = AdminURLFinder(request.user).get_edit_url(instance)
    locale = translation.target_locale.get_display_name()
    workflow = instance.get_workflow()
    if workflow is None:
        messages.error(
            request,
            _("No moderation workflow applies to '%(object)s'; ask an administrator to assign one.")
            % {"object": instance},
        )
        return redirect(edit_url)
    if instance.workflow_in_progress:
        messages.warning(
            request, _("'%(object)s' is already awaiting moderation.") % {"object": instance}
        )
        return redirect(edit_url)

    translation.save_target(user=request.user, publish=False)
    instance.refresh_from_db()
    state = instance.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        workflow.start(instance, request.user)
    messages.success(
        request,
        _("The %(locale)s translation of '%(object)s' was submitted for moderation.")
        % {"locale": locale, "object": instance},
    )
    return redirect(edit_url)


def may_remove(user, instance) -> bool:
    """Whether the user may end a translation: stop syncing it, alias it or delete it. Only
    those who may publish it (or, for objects without drafts, delete it): not translators."""
    if isinstance(instance, Page | DraftStateMixin):
        return can_publish(user, instance)
    return user.has_perm(get_permission_name("delete", type(instance)))


@require_POST
def guarded_stop_translation(request, translation_id):
    """wagtail-localize's "Stop synced translation", which asks only for edit rights."""
    translation = get_object_or_404(Translation, pk=translation_id)
    if not may_remove(request.user, translation.get_target_instance()):
        raise PermissionDenied
    return stop_translation(request, translation_id)


def guarded_convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", which asks only for edit rights."""
    page = get_object_or_404(Page, pk=page_id)
    if not may_remove(request.user, page.specific):
        raise PermissionDenied
    return convert_to_alias(request, page_id)


class UpdateTranslationsView(LocalizeUpdateTranslationsView):
    """ "Sync translated pages", offering "Publish immediately" only to users who may publish
    every translation it would publish."""

    def may_publish(self) -> bool:
        user = self.request.user
        targets = [self.object.get_source_instance()] + [
            translation.get_target_instance()
            for translation in self.object.translations.filter(enabled=True)
        ]
        return all(can_publish(user, target) for target in targets)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            form.fields.pop("publish_translations")
        return form

    def form_valid(self, form):
        # Without the field (users who may not publish) it means "don't publish".
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)
