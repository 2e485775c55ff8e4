"""Factories for the directory app: entries, taxonomies, projects, impact and journeys."""

import datetime

import factory
from wagtail.models import Locale

from directory.models import (
    Country,
    ImpactIndicator,
    IndicatorValue,
    JourneyEntry,
    Project,
    Sector,
    SocialEnterprise,
    SupportOrganisation,
    SustainableDevelopmentGoal,
    TargetGroup,
)


def directory_taxonomy(model, **lookup):
    """A seeded taxonomy row (English) by its identifying field."""
    return model.objects.get(locale__language_code="en", **lookup)


class ClusterFactory(factory.django.DjangoModelFactory):
    """For ClusterableModels: their ParentalManyToManyFields are written on save."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create and results:
            instance.save()


# Taxonomies: migrations seed the standard ones (countries, NACE sectors, SDGs, indicators…);
# these make further rows in the default locale.


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Sector


class TargetGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Target group {n}")
    slug = factory.Sequence(lambda n: f"target-group-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = TargetGroup


class ImpactIndicatorFactory(ClusterFactory):
    code = factory.Sequence(lambda n: f"TEST-{n}")
    scheme = ImpactIndicator.Scheme.CUSTOM
    unit = "people"
    name = factory.Sequence(lambda n: f"Indicator {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ImpactIndicator

    @factory.post_generation
    def sdgs(self, create, numbers):
        if create and numbers:
            goals = [directory_taxonomy(SustainableDevelopmentGoal, number=n) for n in numbers]
            self.sdgs.set(goals)


class ProjectFactory(factory.django.DjangoModelFactory):
    name = "SEMPRE Accelerators"
    slug = factory.Sequence(lambda n: f"project-{n}")
    programme = "Interreg Baltic Sea Region"
    start_year = 2019
    end_year = 2021
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Project


# Entries.


class SocialEnterpriseFactory(ClusterFactory):
    name = factory.Sequence(lambda n: f"Enterprise {n}")
    slug = factory.Sequence(lambda n: f"enterprise-{n}")
    short_description = "A social enterprise."
    country = factory.LazyFunction(lambda: directory_taxonomy(Country, code="LV"))
    locale = factory.LazyFunction(Locale.get_default)
    live = True

    class Meta:
        model = SocialEnterprise

    @factory.post_generation
    def sectors(self, create, slugs):
        if create and slugs:
            self.sectors.set([directory_taxonomy(Sector, slug=slug) for slug in slugs])

    @factory.post_generation
    def target_groups(self, create, slugs):
        if create and slugs:
            self.target_groups.set([directory_taxonomy(TargetGroup, slug=slug) for slug in slugs])

    @factory.post_generation
    def sdgs(self, create, numbers):
        if create and numbers:
            goals = [directory_taxonomy(SustainableDevelopmentGoal, number=n) for n in numbers]
            self.sdgs.set(goals)


class SupportOrganisationFactory(ClusterFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    country = factory.LazyFunction(lambda: directory_taxonomy(Country, code="DK"))
    locale = factory.LazyFunction(Locale.get_default)
    organisation_type = "incubator"
    live = True

    class Meta:
        model = SupportOrganisation

    @factory.post_generation
    def countries_served(self, create, codes):
        if create and codes:
            self.countries_served.set([directory_taxonomy(Country, code=code) for code in codes])


class JourneyEntryFactory(factory.django.DjangoModelFactory):
    """A step of an enterprise's journey; publish the enterprise afterwards for the API."""

    enterprise = factory.SubFactory(SocialEnterpriseFactory)
    date = datetime.date(2021, 3, 1)
    title = factory.Sequence(lambda n: f"Step {n}")

    class Meta:
        model = JourneyEntry


class IndicatorValueFactory(factory.django.DjangoModelFactory):
    """Figures for a seeded indicator (indicator_code) over 2022; give one owner: enterprise,
    organisation or project (an entry's values reach the API once the entry is published)."""

    class Params:
        indicator_code = "PI3687"

    indicator = factory.LazyAttribute(
        lambda o: directory_taxonomy(ImpactIndicator, code=o.indicator_code)
    )
    period_start = datetime.date(2022, 1, 1)
    period_end = datetime.date(2022, 12, 31)

    class Meta:
        model = IndicatorValue
