from .mixins import BasePage
from .pages import (
    ArticleIndexPage,
    ArticlePage,
    CaseStudyPage,
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
from .snippets import Author, EventType, RecommendationGroup, Topic
from .translation import DraftTranslations

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "Author",
    "BasePage",
    "CaseStudyPage",
    "DraftTranslations",
    "EventIndexPage",
    "EventPage",
    "EventType",
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
