from zoneinfo import ZoneInfo

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale


class EventPageForm(WagtailAdminPageForm):
    """Start and end are entered as wall-clock times at the venue, in the event's time zone,
    not in the editor's own zone (a Riga editor enters a Gdańsk meeting in Gdańsk time)."""

    wall_clock_fields = ("starts_at", "ends_at")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = ZoneInfo(self.instance.time_zone)
        for name in self.wall_clock_fields:
            value = getattr(self.instance, name)
            if value is not None:
                self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone")
        if zone_name:
            # The form read the times in the editor's zone; keep the clock, change the zone.
            editor_zone = timezone.get_current_timezone()
            for name in self.wall_clock_fields:
                value = cleaned_data.get(name)
                if value is not None:
                    local = value.astimezone(editor_zone).replace(tzinfo=ZoneInfo(zone_name))
                    cleaned_data[name] = local
        return cleaned_data


class ArticlePageForm(WagtailAdminPageForm):
    """Offers topics in the page's own locale, and shows a translated page's synchronised
    (source-locale) topics as their versions in this locale."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["topics"]
        locale = self.instance.locale if self.instance.locale_id else Locale.get_default()
        selected = list(self.instance.topics.all()) if self.instance.pk else []
        keys = {topic.translation_key for topic in selected}
        local = {
            topic.translation_key: topic
            for topic in field.queryset.filter(translation_key__in=keys, locale=locale)
        }
        current = [local.get(topic.translation_key, topic) for topic in selected]
        # Keep any selected topic that has no version here, so saving never drops it.
        field.queryset = field.queryset.filter(
            Q(locale=locale) | Q(pk__in=[topic.pk for topic in current])
        )
        self.initial["topics"] = [topic.pk for topic in current]
