"""Publish notifications: signed webhooks to a real HTTP receiver on 127.0.0.1, retried."""

import datetime
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cms.models import ArticlePage
from headless.models import WebhookAttempt, WebhookDelivery
from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

SECRET = "frontend-shared-secret"


class Receiver:
    """A frontend's revalidation endpoint: records requests, answers with scripted statuses."""

    def __init__(self):
        self.requests = []
        self.statuses = []
        self.purges = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"ok" if status < 400 else b"revalidation failed")

            def do_PURGE(self):
                # What a caching proxy (Varnish) gets from frontend_cache's HTTPBackend.
                receiver.purges.append((self.headers["Host"], self.path))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/revalidate"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def events(self):
        return [json.loads(body) for _headers, body in self.requests]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    receiver = Receiver()
    settings.HEADLESS_FRONTENDS = {
        "website": {
            "url": "https://www.example.org",
            "webhook_url": receiver.url,
            "webhook_secret": SECRET,
        },
        # Serves Latvian only: hears nothing about English content.
        "latvia": {
            "url": "https://lv.example.org",
            "locales": ["lv"],
            "webhook_url": receiver.url + "?lv",
            "webhook_secret": "other",
        },
        # No webhook: previews only.
        "preview-only": {"url": "https://preview.example.org"},
    }
    settings.WEBHOOK_RETRY_DELAY = 30
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    settings.WEBHOOK_TIMEOUT = 2
    yield receiver
    receiver.close()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def library(home):
    return ArticleIndexPageFactory(parent=home)


def publish_article(client, library):
    url = reverse("wagtailadmin_pages:add", args=("cms", "articlepage", library.pk))
    data = {
        "title": "Measuring impact",
        "slug": "measuring-impact",
        "intro": "Why it matters.",
        "publication_date": "2026-03-01",
        "body-count": "0",
        "action-publish": "publish",
    }
    assert client.post(url, data).status_code == 302
    return ArticlePage.objects.get(slug="measuring-impact")


def make_due():
    """Let time pass for retries: what is pending is due now."""
    WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING).update(
        next_attempt_at=timezone.now()
    )


def test_publish_sends_a_signed_webhook(admin_client, library, receiver):
    page = publish_article(admin_client, library)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert receiver.requests == []  # nothing is sent inside the editor's request

    call_command("deliver_webhooks")
    ((headers, body),) = receiver.requests
    payload = json.loads(body)
    assert payload == {
        "event": "publish",
        "type": "ArticlePage",
        "id": str(page.pk),
        "locale": "en",
        "urlPath": "/library/measuring-impact/",
        "path": "/en/library/measuring-impact/",
        "slug": "measuring-impact",
        "occurredAt": payload["occurredAt"],
    }
    timestamp = headers["X-Webhook-Timestamp"]
    expected = hmac.new(SECRET.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    assert headers["X-Webhook-Signature"] == "sha256=" + expected.hexdigest()
    assert headers["X-Webhook-Event"] == "publish"
    assert headers["X-Webhook-Delivery"] == str(delivery.pk)
    assert abs(int(timestamp) - time.time()) < 60

    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert delivery.attempts == 1
    assert delivery.last_status_code == 200


def test_failed_delivery_is_retried_with_back_off_and_recorded(admin_client, library, receiver):
    receiver.statuses = [503]
    publish_article(admin_client, library)
    call_command("deliver_webhooks")

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert delivery.attempts == 1
    assert delivery.last_status_code == 503
    assert "revalidation failed" in delivery.last_error
    wait = delivery.next_attempt_at - timezone.now()
    assert datetime.timedelta(seconds=25) < wait <= datetime.timedelta(seconds=30)

    call_command("deliver_webhooks")  # not due yet
    assert len(receiver.requests) == 1

    make_due()
    call_command("deliver_webhooks")
    assert len(receiver.requests) == 2
    # The retry is the same delivery, freshly signed.
    assert receiver.requests[0][1] == receiver.requests[1][1]
    assert receiver.requests[1][0]["X-Webhook-Delivery"] == str(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    attempts = list(delivery.attempt_log.order_by("number").values_list("number", "status_code"))
    assert attempts == [(1, 503), (2, 200)]


def test_unreachable_frontend_is_given_up_and_shown_to_admins(
    admin_client, library, receiver, settings
):
    receiver.close()  # the frontend is down
    publish_article(admin_client, library)
    for _ in range(settings.WEBHOOK_MAX_ATTEMPTS):
        make_due()
        call_command("deliver_webhooks")

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert delivery.attempts == 3
    assert delivery.next_attempt_at is None
    assert delivery.last_status_code is None
    assert "refused" in delivery.last_error.lower()
    delays = [
        attempt.next_attempt_at - attempt.attempted_at
        for attempt in WebhookAttempt.objects.order_by("number")[:2]
    ]
    assert [round(delay.total_seconds() / 30) for delay in delays] == [1, 4]

    listing = admin_client.get(
        reverse("webhook_deliveries:index"), {"status": "failed"}
    ).content.decode()
    assert "Failed" in listing and "/en/library/measuring-impact/" in listing
    attempts = admin_client.get(reverse("webhook_attempts:index")).content.decode()
    assert "refused" in attempts.lower()
    # Records are the system's: no add button, no add view.
    assert admin_client.get(reverse("webhook_attempts:add")).status_code in (302, 403)


def test_unpublish_move_and_delete_are_notified(admin_client, home, library, receiver):
    archive = ArticleIndexPageFactory(parent=home, title="Archive", slug="archive")
    page = publish_article(admin_client, library)

    response = admin_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=(page.pk, archive.pk))
    )
    assert response.status_code == 302
    response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)))
    assert response.status_code == 302
    page.refresh_from_db()
    page.save_revision().publish()
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)))
    assert response.status_code == 302

    call_command("deliver_webhooks")
    events = [
        (event["event"], event["urlPath"], event.get("oldUrlPath")) for event in receiver.events()
    ]
    assert events == [
        ("publish", "/library/measuring-impact/", None),
        ("move", "/archive/measuring-impact/", "/library/measuring-impact/"),
        ("unpublish", "/archive/measuring-impact/", None),
        ("publish", "/archive/measuring-impact/", None),
        ("delete", "/archive/measuring-impact/", None),
    ]


def test_drafts_are_not_notified(admin_client, library, receiver):
    draft = ArticlePageFactory(parent=library, live=False)
    draft.delete()
    assert not WebhookDelivery.objects.exists()


def test_directory_entries_and_translations_go_to_the_frontends_of_their_locale(receiver, locale):
    entry = SocialEnterpriseFactory(name="Stop-over café", slug="stop-over", live=False)
    entry.save_revision().publish()
    latvian = entry.copy_for_translation(locale("lv"))
    latvian.save()
    latvian.save_revision().publish()
    latvian.refresh_from_db()
    latvian.unpublish()
    call_command("deliver_webhooks")

    sent = sorted(
        (delivery.frontend, delivery.event, delivery.payload["locale"])
        for delivery in WebhookDelivery.objects.all()
    )
    assert sent == [
        ("latvia", "publish", "lv"),
        ("latvia", "unpublish", "lv"),
        ("website", "publish", "en"),
        ("website", "publish", "lv"),
        ("website", "unpublish", "lv"),
    ]
    english = next(event for event in receiver.events() if event["locale"] == "en")
    assert english["type"] == "SocialEnterprise"
    assert english["slug"] == "stop-over"
    assert english["urlPath"] is None
    assert {d.status for d in WebhookDelivery.objects.all()} == {"delivered"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_delivery_runs_in_the_background_after_commit(admin_client, library, receiver):
    publish_article(admin_client, library)
    deadline = time.monotonic() + 5
    while not receiver.requests and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [event["event"] for event in receiver.events()] == ["publish"]
    # Wait for the sender to record the result rather than reading the table meanwhile: on
    # SQLite's shared in-memory test database a concurrent read locks the table it writes.
    for thread in threading.enumerate():
        if thread.name.startswith("background-"):
            thread.join(5)
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.DELIVERED


def test_cdn_copies_of_the_frontends_pages_are_purged_when_configured(
    admin_client, library, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_SEND_IN_BACKGROUND = False
    proxy = receiver.url.removesuffix("/api/revalidate")
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": proxy,
        }
    }
    with django_capture_on_commit_callbacks(execute=True):
        publish_article(admin_client, library)
    deadline = time.monotonic() + 5
    while len(receiver.purges) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    # Every frontend serving English, at the path it serves the page; none for Latvian only.
    assert sorted(receiver.purges) == [
        ("preview.example.org", "/en/library/measuring-impact/"),
        ("www.example.org", "/en/library/measuring-impact/"),
    ]


def test_no_purges_without_cdn_settings(admin_client, library, receiver, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    from headless.cdn import purge_paths

    assert purge_paths(["/en/library/"], "en") == []


def test_deleting_a_page_tree_sends_delete_for_each_published_page(admin_client, library, receiver):
    published = ArticlePageFactory(parent=library, slug="published")
    ArticlePageFactory(parent=library, slug="draft", live=False)
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=(library.pk,)))
    assert response.status_code == 302
    sent = sorted(
        (delivery.event, delivery.payload["urlPath"]) for delivery in WebhookDelivery.objects.all()
    )
    assert sent == [("delete", "/library/"), ("delete", f"/library/{published.slug}/")]


def test_delivery_to_a_frontend_no_longer_configured_fails_at_once(
    admin_client, library, receiver, settings
):
    publish_article(admin_client, library)
    settings.HEADLESS_FRONTENDS = {"other": {"url": "https://other.example.org"}}
    call_command("deliver_webhooks")
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert "no longer configured" in delivery.last_error
    assert receiver.requests == []
