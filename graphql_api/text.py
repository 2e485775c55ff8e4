"""Text the database cannot store never reaches a resolver.

PostgreSQL refuses NUL in text and an unpaired UTF-16 surrogate (JSON allows `"\\ud800"`) cannot
be encoded as UTF-8 at all, so such a string in an argument failed deep in a query as an
unexpected (masked, logged) error. `RefuseUnstorableText` looks at every string a resolver could
receive before execution: the variables, however deeply nested in input objects and lists, and
the string literals of the document (arguments, list items, input fields, variable defaults),
and answers `BAD_USER_INPUT` instead.
"""

import re
from collections.abc import Iterator
from typing import Any

from django.utils.translation import gettext as _
from graphql import DocumentNode, ExecutionResult, StringValueNode, Visitor, visit
from graphql.language import BREAK
from strawberry.extensions import SchemaExtension

from .errors import ApiError

UNENCODABLE = re.compile("[\ud800-\udfff]")
REFUSED = re.compile("[\x00\ud800-\udfff]")


def has_refused_character(value: Any, refused: re.Pattern[str] = REFUSED) -> bool:
    """Whether a string anywhere in value (JSON data: dicts, lists, strings) has one."""
    if isinstance(value, str):
        return refused.search(value) is not None
    if isinstance(value, dict):
        return any(
            has_refused_character(key, refused) or has_refused_character(item, refused)
            for key, item in value.items()
        )
    if isinstance(value, list):
        return any(has_refused_character(item, refused) for item in value)
    return False


class _FindRefusedLiteral(Visitor):
    found = False

    def enter_string_value(self, node: StringValueNode, *_args: Any) -> object:
        if REFUSED.search(node.value):
            self.found = True
            return BREAK
        return None


def document_has_refused_literal(document: DocumentNode) -> bool:
    finder = _FindRefusedLiteral()
    visit(document, finder)
    return finder.found


class RefuseUnstorableText(SchemaExtension):
    """Answer BAD_USER_INPUT, before any resolver runs, for text the database refuses."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if has_refused_character(context.variables) or (
            context.graphql_document is not None
            and document_has_refused_literal(context.graphql_document)
        ):
            # strawberry skips execution when a result is already there.
            context.result = ExecutionResult(
                data=None,
                errors=[
                    ApiError(
                        _("Text may not contain a NUL character or an unpaired surrogate."),
                        "BAD_USER_INPUT",
                    )
                ],
            )
        yield
