"""Builds the demo site from cms.demo.content. Idempotent: what exists is left as it is, so
running it again never overwrites an editor's changes."""

import datetime
from io import BytesIO
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms import models
from directory.models import (
    Country,
    ImpactIndicator,
    IndicatorValue,
    LegalForm,
    Project,
    Sector,
    SocialEnterprise,
    SupportOrganisation,
    SustainableDevelopmentGoal,
    TargetGroup,
    degrees,
)

from . import content, directory_content
from .media import placeholder_png, simple_pdf

# Every object is translated into the languages its content has text for (pages and snippets
# without a version there fall back in the API).
TRANSLATED_LOCALES = [code for code, _name in settings.PLATFORM_LANGUAGES if code != "en"]
IMAGE_SIZE = (1200, 675)


class DemoLoader:
    """Creates what is missing of the demo site and reports what it did."""

    def __init__(self, report=print):
        self.report = report
        self.created = 0
        self.kept = 0

    @transaction.atomic
    def run(self):
        self.locales = {
            code: Locale.objects.get(language_code=code) for code in ["en", *TRANSLATED_LOCALES]
        }
        self.images = {key: self.image(key, spec) for key, spec in content.IMAGES.items()}
        self.documents = {key: self.document(key, spec) for key, spec in content.DOCUMENTS.items()}
        self.step("snippets")
        self.topics = {
            t["slug"]: self.translatable_snippet(models.Topic, t) for t in content.TOPICS
        }
        self.groups = {
            g["slug"]: self.translatable_snippet(
                models.RecommendationGroup, g, sort_order=g["sort_order"]
            )
            for g in content.GROUPS
        }
        self.projects = {p["slug"]: self.project(p) for p in content.PROJECTS}
        self.authors = {a["name"]: self.author(a) for a in content.AUTHORS}
        self.step("pages")
        home = self.home()
        indexes = {
            "library": models.ArticleIndexPage,
            "recommendations": models.PolicyRecommendationIndexPage,
            "teaching-materials": models.TeachingMaterialIndexPage,
            "events": models.EventIndexPage,
        }
        index_pages = {
            slug: self.page(home, model, slug, content.INDEXES[slug])
            for slug, model in indexes.items()
        }
        for article in content.ARTICLES:
            self.page(
                index_pages["library"],
                models.ArticlePage,
                article["slug"],
                article,
                self.article_fields(article),
            )
        recommendations = {
            rec["slug"]: self.page(
                index_pages["recommendations"],
                models.PolicyRecommendationPage,
                rec["slug"],
                rec,
                self.recommendation_fields(rec),
            )
            for rec in content.RECOMMENDATIONS
        }
        self.relate_recommendations(recommendations)
        for material in content.MATERIALS:
            self.page(
                index_pages["teaching-materials"],
                models.TeachingMaterialPage,
                material["slug"],
                material,
                self.material_fields(material),
            )
        for event in content.EVENTS:
            self.page(
                index_pages["events"],
                models.EventPage,
                event["slug"],
                event,
                self.event_fields(event),
            )
        self.step("directory")
        for data in directory_content.ENTERPRISES:
            self.entry(SocialEnterprise, data)
        for data in directory_content.ORGANISATIONS:
            self.entry(SupportOrganisation, data)
        self.step("case studies")
        for case in content.CASE_STUDIES:
            self.page(
                index_pages["library"],
                models.CaseStudyPage,
                case["slug"],
                case,
                self.case_study_fields(case),
            )
        self.step("impact indicators")
        for data in content.IMPACT:
            self.impact_value(data)
        self.report(
            f"Demo content: {self.created} objects created, {self.kept} already there and kept."
        )
        return home

    def step(self, name):
        self.report(f"Loading demo {name}...")

    def count(self, created):
        if created:
            self.created += 1
        else:
            self.kept += 1

    # Media -----------------------------------------------------------------------------------

    def image(self, key, spec):
        image = get_image_model().objects.filter(title=spec["title"]).first()
        self.count(image is None)
        if image is None:
            png = placeholder_png(spec["title"], spec["color"], IMAGE_SIZE)
            image = get_image_model()(
                title=spec["title"], file=ImageFile(BytesIO(png), f"{key}.png")
            )
            image.save()
        return image

    def document(self, key, spec):
        document = get_document_model().objects.filter(title=spec["title"]).first()
        self.count(document is None)
        if document is None:
            data = simple_pdf(spec["title"], spec["lines"])
            document = get_document_model()(title=spec["title"], file_size=len(data))
            document.file.save(f"{key}.pdf", ContentFile(data), save=False)
            document.save()
        return document

    # Snippets --------------------------------------------------------------------------------

    def translatable_snippet(self, model, data, **extra):
        """The English snippet plus its versions in the locales the content names."""
        source = model.objects.filter(slug=data["slug"], locale=self.locales["en"]).first()
        self.count(source is None)
        if source is None:
            source = model.objects.create(
                slug=data["slug"],
                locale=self.locales["en"],
                name=data["name"]["en"],
                description=data.get("description", {}).get("en", ""),
                **extra,
            )
        for code in TRANSLATED_LOCALES:
            if code not in data["name"]:
                continue
            if source.has_translation(self.locales[code]):
                self.count(False)
                continue
            translation = source.copy_for_translation(self.locales[code])
            translation.name = data["name"][code]
            translation.description = data.get("description", {}).get(code, source.description)
            translation.save()
            self.count(True)
        return source

    def project(self, data):
        fields = {k: v for k, v in data.items() if k != "slug"}
        project, created = Project.objects.get_or_create(
            slug=data["slug"], locale=self.locales["en"], defaults=fields
        )
        self.count(created)
        return project

    def author(self, data):
        author, created = models.Author.objects.get_or_create(
            name=data["name"], defaults={k: v for k, v in data.items() if k != "name"}
        )
        self.count(created)
        return author

    # Directory -------------------------------------------------------------------------------

    LINKS = {
        "sectors": (Sector, "slug"),
        "target_groups": (TargetGroup, "slug"),
        "sdgs": (SustainableDevelopmentGoal, "number"),
        "countries_served": (Country, "code"),
        "source_projects": (Project, "slug"),
    }
    TRANSLATED_ENTRY_FIELDS = ("name", "short_description", "description", "offers", "seeks")

    def entry(self, model, data):
        """A published directory entry in English, with its translations."""
        english = self.locales["en"]
        entry = model.objects.filter(slug=data["slug"], locale=english).first()
        self.count(entry is None)
        if entry is None:
            links = {name: data[name] for name in self.LINKS if name in data}
            fields = {
                name: value
                for name, value in data.items()
                if name not in links and name not in {"translations", "country", "legal_form"}
            }
            for name in ("latitude", "longitude"):
                fields[name] = degrees(fields.get(name))
            entry = model(**fields, locale=english, country=self.country(data["country"]))
            if data.get("legal_form"):
                entry.legal_form = LegalForm.objects.get(slug=data["legal_form"], locale=english)
            entry.save()
            for name, keys in links.items():
                taxonomy, key = self.LINKS[name]
                getattr(entry, name).set(
                    taxonomy.objects.filter(**{f"{key}__in": keys}, locale=english)
                )
            entry.save_revision().publish()
        for code, texts in data.get("translations", {}).items():
            if entry.has_translation(self.locales[code]):
                self.count(False)
                continue
            translation = entry.copy_for_translation(self.locales[code])
            for name in self.TRANSLATED_ENTRY_FIELDS:
                if name in texts:
                    setattr(translation, name, texts[name])
            translation.save()
            translation.save_revision().publish()
            self.count(True)
        return entry

    def impact_value(self, data):
        """An indicator value on a project or an English entry (translations carry copies)."""
        start, end = data["period"]
        if "project" in data:
            owner = {"project": self.projects[data["project"]]}
        else:
            owner = {
                "enterprise": SocialEnterprise.objects.get(
                    slug=data["enterprise"], locale=self.locales["en"]
                )
            }
        figures = {
            name: data[name]
            for name in ("total", "women", "men", "other", "target", "method_note")
            if name in data
        }
        _value, created = IndicatorValue.objects.get_or_create(
            indicator=ImpactIndicator.objects.get(
                code=data["indicator"], locale=self.locales["en"]
            ),
            period_start=start,
            period_end=end,
            **owner,
            defaults=figures,
        )
        self.count(created)

    def country(self, code):
        return Country.objects.get(code=code, locale=self.locales["en"])

    # Pages -----------------------------------------------------------------------------------

    def home(self):
        """The English home page as the default site's root, replacing Wagtail's welcome page."""
        site = Site.objects.filter(is_default_site=True).first()
        root = Page.get_first_root_node()
        current = site.root_page.specific if site else None
        if isinstance(current, models.HomePage):
            home = current
            self.count(False)
        else:
            welcome = current if current is not None and type(current) is Page else None
            if welcome is not None and welcome.get_children_count() == 0:
                welcome_id = welcome.id
                site.root_page = root
                site.save()
                Page.objects.get(id=welcome_id).delete()
            home = root.add_child(
                instance=models.HomePage(**self.fields(content.HOME, "en"), slug="home")
            )
            home.save_revision().publish()
            self.count(True)
            if site is None:
                site = Site(
                    hostname="localhost", port=80, is_default_site=True, site_name="Baltic Commons"
                )
            site.root_page = home
            site.site_name = "Baltic Commons"
            site.save()
        self.translate(home, content.HOME)
        return home

    def page(self, parent, model, slug, data, extra=None):
        """A published child page with this slug (created if missing) and its translations."""
        existing = parent.get_children().filter(slug=slug).first()
        self.count(existing is None)
        if existing is not None:
            page = existing.specific
        else:
            page = model(slug=slug, **self.fields(data, "en"), **(extra or {}).get("scalars", {}))
            parent.add_child(instance=page)
            for name, values in (extra or {}).get("many", {}).items():
                getattr(page, name).set(values)
            for name, children in (extra or {}).get("children", {}).items():
                setattr(page, name, children)
            page.save_revision().publish()
            page.refresh_from_db()
        self.translate(page, data)
        return page

    def translate(self, page, data):
        """Publish versions of page in the locales the content gives a title for."""
        for code in TRANSLATED_LOCALES:
            if code not in data["title"]:
                continue
            if page.has_translation(self.locales[code]):
                self.count(False)
                continue
            translation = page.copy_for_translation(self.locales[code], copy_parents=True)
            for name, value in self.fields(data, code).items():
                setattr(translation, name, value)
            translation.save_revision().publish()
            self.count(True)

    def fields(self, data, code):
        """The translated fields of a page in one language."""
        values = {"title": data["title"][code], "intro": data.get("intro", {}).get(code, "")}
        if "body" in data:
            values["body"] = self.blocks(data["body"].get(code, data["body"].get("en", [])))
        for name in ("target_audience", "summary", "business_model", "outcome"):
            if name in data:
                values[name] = data[name].get(code, data[name]["en"])
        if "learning_outcomes" in data:
            outcomes = data["learning_outcomes"].get(code, data["learning_outcomes"]["en"])
            values["learning_outcomes"] = [("outcome", text) for text in outcomes]
        return values

    def blocks(self, blocks):
        """Content tuples to StreamField values, media keys swapped for the objects."""
        converted = []
        for block_type, value in blocks:
            if block_type == "heading":
                value = {"text": value, "level": "h2"}
            elif block_type == "image":
                value = {**value, "image": self.images[value["image"]]}
            elif block_type == "document":
                value = {**value, "document": self.documents[value["document"]]}
            elif block_type == "call_to_action":
                value = {"page": None, "url": "", "text": "", **value}
            converted.append((block_type, value))
        return converted

    def article_fields(self, data):
        return {
            "scalars": {
                "publication_date": datetime.date.fromisoformat(data["publication_date"]),
                "hero_image": self.images.get(data.get("hero_image")),
            },
            "many": {
                "topics": [self.topics[slug] for slug in data.get("topics", [])],
                "authors": [self.authors[name] for name in data.get("authors", [])],
            },
        }

    def case_study_fields(self, data):
        english = self.locales["en"]
        enterprise = SocialEnterprise.objects.get(slug=data["enterprise"], locale=english)
        return {"scalars": {"enterprise": enterprise, "country": self.country(data["country"])}}

    def recommendation_fields(self, data):
        return {
            "scalars": {
                "number": data.get("number"),
                "group": self.groups.get(data.get("group")),
                "governance_levels": data.get("governance_levels", []),
                "source_project": self.projects.get(data.get("source_project")),
            }
        }

    def relate_recommendations(self, pages):
        """Link related recommendations once all exist (only on pages that have no links yet)."""
        for data in content.RECOMMENDATIONS:
            page = pages[data["slug"]]
            if not data.get("related") or page.related_recommendations.exists():
                continue
            page.related_recommendations = [
                models.RelatedRecommendation(related=pages[slug]) for slug in data["related"]
            ]
            page.save_revision().publish()

    def material_fields(self, data):
        attachments = [
            models.TeachingMaterialAttachment(
                document=self.documents[item["document"]],
                language=item["language"],
                edition=item.get("edition", ""),
            )
            for item in data.get("documents", [])
        ]
        scalars = {
            name: data[name]
            for name in (
                "resource_type",
                "educational_level",
                "audiences",
                "time_required_minutes",
                "licence",
                "languages",
            )
            if name in data
        }
        return {"scalars": scalars, "children": {"attachments": attachments}}

    def event_fields(self, data):
        zone = ZoneInfo(data["time_zone"])

        def moment(text):
            return datetime.datetime.fromisoformat(text).replace(tzinfo=zone)

        country = data.get("country")
        return {
            "scalars": {
                "starts_at": moment(data["starts_at"]),
                "ends_at": moment(data["ends_at"]),
                "country": Country.objects.filter(code=country, locale=self.locales["en"]).first()
                if country
                else None,
                **{
                    name: data.get(name) or default
                    for name, default in (
                        ("all_day", False),
                        ("time_zone", "Europe/Riga"),
                        ("attendance_mode", "offline"),
                        ("status", "scheduled"),
                        ("venue_name", ""),
                        ("address", ""),
                        ("city", ""),
                        ("online_url", ""),
                        ("registration_url", ""),
                        ("organiser", ""),
                    )
                },
            }
        }
