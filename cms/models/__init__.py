from .mixins import BasePage
from .pages import (
    ArticleIndexPage,
    ArticlePage,
    EventIndexPage,
    EventPage,
    HomePage,
    PolicyRecommendationIndexPage,
    PolicyRecommendationPage,
    RelatedRecommendation,
    TeachingMaterialAttachment,
    TeachingMaterialIndexPage,
    TeachingMaterialPage,
)
from .snippets import Author, RecommendationGroup, Topic
from .translation import DraftTranslations

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "Author",
    "BasePage",
    "DraftTranslations",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "PolicyRecommendationIndexPage",
    "PolicyRecommendationPage",
    "RecommendationGroup",
    "RelatedRecommendation",
    "TeachingMaterialAttachment",
    "TeachingMaterialIndexPage",
    "TeachingMaterialPage",
    "Topic",
]
