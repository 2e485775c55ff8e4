import strawberry
import strawberry_django

from directory import models


@strawberry_django.type(models.Country, name="Country", description="A country (ISO 3166-1).")
class CountryType:
    code: str = strawberry_django.field(description="ISO 3166-1 alpha-2 code, e.g. `LV`.")
    name: str = strawberry_django.field(description="Name in the row's locale.")


@strawberry_django.type(models.Project, name="Project", description="A funded project.")
class ProjectType:
    id: strawberry.ID = strawberry_django.field(description="Project id.")
    name: str = strawberry_django.field(description="Project name.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")
    programme: str = strawberry_django.field(description="Funding programme.")
    description: str = strawberry_django.field(description="What the project did.")
    start_year: int | None = strawberry_django.field(description="First year.")
    end_year: int | None = strawberry_django.field(description="Last year.")
    website: str = strawberry_django.field(description="Project website.")
