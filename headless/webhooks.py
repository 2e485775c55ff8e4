"""Signed publish notifications to frontends, sent after the change commits and retried.

Each event becomes one WebhookDelivery per frontend with a webhook_url serving the object's
locale. Right after the transaction commits a background thread sends what is due (unless
WEBHOOK_SEND_IN_BACKGROUND is off); `manage.py deliver_webhooks` sends the rest and the retries,
from cron or as a worker with --watch. Every HTTP request is recorded as a WebhookAttempt.

Body: JSON `{"event", "type", "id", "locale", "urlPath", "path", "oldUrlPath", "oldPath",
"slug", "occurredAt"}`. Headers: `X-Webhook-Event`, `X-Webhook-Delivery` (our id, the same on
every retry), `X-Webhook-Timestamp` (Unix seconds) and `X-Webhook-Signature:
sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the frontend's webhook_secret>`.
"""

import datetime
import hashlib
import hmac
import json
import logging
import threading
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import close_old_connections, transaction
from django.db.models import Q
from django.utils import timezone

from .frontends import frontend, frontends_for
from .models import WebhookAttempt, WebhookDelivery

logger = logging.getLogger(__name__)

# A delivery stuck in "sending" this long belongs to a worker that died; take it over.
STALE_CLAIM = datetime.timedelta(minutes=5)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header value for a body sent at timestamp."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def notify(payload: dict, language_code: str | None) -> list[WebhookDelivery]:
    """Queue payload for every frontend serving the locale; send it once the change commits."""
    payload = {**payload, "occurredAt": timezone.now().isoformat()}
    deliveries = [
        WebhookDelivery.objects.create(
            event=payload["event"],
            frontend=target.name,
            target_url=target.webhook_url,
            payload=payload,
            next_attempt_at=timezone.now(),
        )
        for target in frontends_for(language_code)
        if target.webhook_url
    ]
    if deliveries and settings.WEBHOOK_SEND_IN_BACKGROUND:
        ids = [delivery.pk for delivery in deliveries]
        transaction.on_commit(lambda: send_in_background(ids))
    return deliveries


def send_in_background(ids) -> threading.Thread:
    """Send deliveries from a thread, so the editor's request does not wait for frontends."""
    return in_background(deliver_due, ids)


def in_background(function, *args) -> threading.Thread:
    """Run function(*args) in a daemon thread (Django 5.2 has no task worker of its own)."""

    def run():
        try:
            function(*args)
        except Exception:
            logger.exception("Background %s failed", function.__name__)
        finally:
            # The thread has its own database connection; do not leave it open.
            close_old_connections()

    thread = threading.Thread(target=run, daemon=True, name=f"background-{function.__name__}")
    thread.start()
    return thread


def retry_delay(attempts: int) -> datetime.timedelta:
    """Back-off after the n-th failed attempt: the retry delay, then four times longer each time."""
    return datetime.timedelta(seconds=settings.WEBHOOK_RETRY_DELAY * 4 ** (attempts - 1))


def due(now=None):
    """Deliveries to send now: pending and due, or claimed by a worker that stopped."""
    now = now or timezone.now()
    return WebhookDelivery.objects.filter(
        Q(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now)
        | Q(status=WebhookDelivery.Status.SENDING, updated_at__lt=now - STALE_CLAIM)
    )


def deliver_due(ids=None) -> int:
    """Send every due delivery (only those among ids, if given); returns how many were tried."""
    queryset = due()
    if ids is not None:
        queryset = queryset.filter(pk__in=ids)
    tried = 0
    for pk in queryset.order_by("next_attempt_at", "pk").values_list("pk", flat=True):
        if attempt(pk):
            tried += 1
    return tried


def claim(pk) -> WebhookDelivery | None:
    """Mark a due delivery as being sent by us; None if another worker got there first."""
    now = timezone.now()
    claimed = due(now).filter(pk=pk).update(status=WebhookDelivery.Status.SENDING, updated_at=now)
    return WebhookDelivery.objects.get(pk=pk) if claimed else None


def attempt(pk) -> bool:
    """Make one HTTP request for a delivery and record it; False if it was not ours to send."""
    delivery = claim(pk)
    if delivery is None:
        return False
    target = frontend(delivery.frontend)
    configured = target is not None and bool(target.webhook_url)
    status_code, error = None, ""
    started = time.monotonic()
    if not configured:
        # Removed from the settings since: nobody to sign for, nothing to retry.
        error = "This frontend is no longer configured for webhooks."
    else:
        # Retries follow the settings, so a corrected webhook_url takes effect.
        assert target is not None  # configured
        delivery.target_url = target.webhook_url
        status_code, error = post(delivery, target.webhook_secret)
    duration = int((time.monotonic() - started) * 1000)

    delivery.attempts += 1
    delivery.last_status_code = status_code
    delivery.last_error = error
    succeeded = status_code is not None and 200 <= status_code < 300 and not error
    if succeeded:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.next_attempt_at = None
    elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS or not configured:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.status = WebhookDelivery.Status.PENDING
        delivery.next_attempt_at = timezone.now() + retry_delay(delivery.attempts)
    delivery.save()
    WebhookAttempt.objects.create(
        delivery=delivery,
        number=delivery.attempts,
        status_code=status_code,
        error=error,
        duration_ms=duration,
        next_attempt_at=delivery.next_attempt_at,
    )
    if not succeeded:
        logger.warning(
            "Webhook %s to %s failed (attempt %s): %s",
            delivery.event,
            delivery.frontend,
            delivery.attempts,
            error or status_code,
        )
    return True


def post(delivery: WebhookDelivery, secret: str) -> tuple[int | None, str]:
    """POST the signed payload; the status code (None if no answer) and an error message."""
    body = json.dumps(delivery.payload, cls=DjangoJSONEncoder, sort_keys=True).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "BalticCommons-Webhooks/1",
        "X-Webhook-Event": delivery.event,
        "X-Webhook-Delivery": str(delivery.pk),
        "X-Webhook-Timestamp": timestamp,
        "X-Webhook-Signature": sign(secret, timestamp, body),
    }
    request = urllib.request.Request(delivery.target_url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=settings.WEBHOOK_TIMEOUT) as response:
            return response.status, ""
    except urllib.error.HTTPError as failure:
        return failure.code, f"HTTP {failure.code}: {failure.read(500).decode(errors='replace')}"
    except (urllib.error.URLError, OSError) as failure:
        return None, str(getattr(failure, "reason", failure))
