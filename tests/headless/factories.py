"""Factories for the headless app's records: webhook deliveries and their attempts.

Frontends are settings (HEADLESS_FRONTENDS), not models: tests set them with the settings
fixture. Publishing queues deliveries itself; these factories are for records a test needs
without going through a publish, e.g. a delivery that failed long ago.
"""

import factory
from django.utils import timezone

from headless.models import WebhookAttempt, WebhookDelivery


class WebhookDeliveryFactory(factory.django.DjangoModelFactory):
    """A publish of an English article, due now, for the frontend named "website"."""

    event = "publish"
    frontend = "website"
    target_url = "https://www.example.org/api/revalidate"
    payload = factory.LazyAttribute(
        lambda o: {
            "event": o.event,
            "type": "ArticlePage",
            "locale": "en",
            "urlPath": "/library/measuring-impact/",
            "occurredAt": timezone.now().isoformat(),
        }
    )
    next_attempt_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = WebhookDelivery


class WebhookAttemptFactory(factory.django.DjangoModelFactory):
    delivery = factory.SubFactory(WebhookDeliveryFactory)
    number = factory.Sequence(lambda n: n + 1)
    status_code = 200

    class Meta:
        model = WebhookAttempt
