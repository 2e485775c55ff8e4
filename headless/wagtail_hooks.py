from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import WebhookAttempt, WebhookDelivery


class RecordPermissionPolicy(ModelPermissionPolicy):
    """Records the system writes: admins read them; only `editable` actions are offered."""

    def __init__(self, model, editable=()):
        super().__init__(model)
        self.editable = set(editable)

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"} - self.editable:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


# Registered before the viewsets, so they find these rather than make default ones.
register_permission_policy(
    WebhookDelivery, RecordPermissionPolicy(WebhookDelivery, editable={"change"})
)
register_permission_policy(WebhookAttempt, RecordPermissionPolicy(WebhookAttempt))


class WebhookDeliveryViewSet(ModelViewSet):
    """Notifications to frontends; set a failed one back to Pending to send it again."""

    model = WebhookDelivery
    name = "webhook_deliveries"
    icon = "resubmit"
    menu_label = _("Webhook deliveries")
    list_display = [
        "__str__",
        "event",
        "frontend",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "next_attempt_at",
        "created_at",
    ]
    list_filter = ["status", "event", "frontend"]
    inspect_view_enabled = True
    form_fields = ["status", "next_attempt_at"]


class WebhookAttemptViewSet(ModelViewSet):
    """Every HTTP request made to a frontend, with its status code or error."""

    model = WebhookAttempt
    name = "webhook_attempts"
    icon = "history"
    menu_label = _("Webhook attempts")
    list_display = [
        "__str__",
        "delivery",
        "number",
        "status_code",
        "error",
        "duration_ms",
        "attempted_at",
        "next_attempt_at",
    ]
    list_filter = ["status_code"]
    inspect_view_enabled = True
    # ModelViewSet wants a form; the permission policy never offers it.
    form_fields = ["error"]


class FrontendsViewSetGroup(ViewSetGroup):
    menu_label = _("Frontends")
    menu_icon = "globe"
    menu_order = 900
    items = (WebhookDeliveryViewSet, WebhookAttemptViewSet)


@hooks.register("register_admin_viewset")
def register_frontends_viewsets():
    return FrontendsViewSetGroup()
