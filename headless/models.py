"""Preview snapshots handed to frontends, and the record of webhook deliveries to them."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class PreviewSnapshot(models.Model):
    """The content an editor previewed, unsaved edits included, for a preview token to name.

    Wagtail keeps unsaved preview data per admin session; the frontend fetching the draft has
    no session, so the preview view leaves a copy here for the token's lifetime.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    # Empty for an object that was never saved (preview while creating it).
    object_id = models.CharField(max_length=255, blank=True)
    revision_id = models.BigIntegerField(null=True, blank=True)
    content = models.JSONField(encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("preview snapshot")

    def __str__(self):
        return f"{self.content_type} {self.object_id or '(new)'} at {self.created_at}"


class WebhookDelivery(models.Model):
    """One event to tell one frontend about, until it has been told or we give up."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    event = models.CharField(_("event"), max_length=50)
    frontend = models.CharField(_("frontend"), max_length=100)
    target_url = models.URLField(_("target URL"), max_length=500)
    payload = models.JSONField(_("payload"), encoder=DjangoJSONEncoder)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("last status code"), null=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_due")]

    def __str__(self):
        subject = self.payload.get("path") or self.payload.get("slug") or self.payload.get("id")
        return f"{self.event} {subject} → {self.frontend}"


class WebhookAttempt(models.Model):
    """One HTTP request made for a delivery, with what came back."""

    delivery = models.ForeignKey(
        WebhookDelivery,
        verbose_name=_("webhook delivery"),
        on_delete=models.CASCADE,
        related_name="attempt_log",
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    status_code = models.PositiveSmallIntegerField(_("status code"), null=True)
    error = models.TextField(_("error"), blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)
    attempted_at = models.DateTimeField(_("attempted at"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook attempt")
        verbose_name_plural = _("webhook attempts")
        ordering = ["-attempted_at", "-pk"]

    def __str__(self):
        return f"#{self.number} {self.status_code or self.error[:40]}"
