import pytest
from django.core.exceptions import ValidationError

from cms.models.mixins import count_words
from cms.models.pages import PolicyRecommendationPage, TeachingMaterialPage
from core.visibility import relative_url_path


@pytest.mark.parametrize(
    ("url_path", "expected"),
    [("/home/", "/"), ("/home/library/", "/library/"), ("/home-lv/library/x/", "/library/x/")],
)
def test_relative_url_path(url_path, expected):
    assert relative_url_path(url_path) == expected


def test_count_words_reads_text_in_any_block_shape():
    raw = [
        {"type": "heading", "value": {"text": "Two words", "level": "h2"}, "id": "a"},
        {"type": "paragraph", "value": "<p>Three <b>bold</b> words</p>", "id": "b"},
        {"type": "faq", "value": {"items": [{"type": "item", "value": {"question": "Why?"}}]}},
    ]
    # "h2" counts as a word: an approximation worth its simplicity.
    assert count_words(raw) == 2 + 1 + 3 + 1


@pytest.mark.parametrize(
    ("minutes", "iso"), [(None, None), (45, "PT45M"), (60, "PT1H"), (90, "PT1H30M")]
)
@pytest.mark.django_db  # a Page instance looks up its content type
def test_time_required_as_iso_8601(minutes, iso):
    assert TeachingMaterialPage(time_required_minutes=minutes).time_required_iso == iso


def test_governance_levels_refuse_unknown_values():
    field = PolicyRecommendationPage._meta.get_field("governance_levels")
    field.validate(["local", "eu"], None)
    with pytest.raises(ValidationError, match="planetary"):
        field.validate(["local", "planetary"], None)
