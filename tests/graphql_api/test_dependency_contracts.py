"""What graphql_api relies on in strawberry, strawberry-django and graphql-core, checked on tiny
schemas of their own so an upgrade that changes it fails here, by name, rather than somewhere in
the limits, the cache or the schema's descriptions.

Public hooks (documented): ExecutionContext.validation_rules and .result, SchemaExtension
on_validate/on_execute, Schema.get_field_for_type and process_errors, the view's decode_json,
OffsetPaginated's queryset/pagination/get_paginated_queryset, graphql-core's validation rules.
Not public, pinned in pyproject.toml: editing a library type's description in place
(graphql_api.common.describe) and strawberry-django giving every `pagination` argument the type
OffsetPaginationInput.
"""

import json
from collections.abc import Iterator

import pytest
import strawberry
from django.test import RequestFactory
from graphql import ASTValidationRule, GraphQLError, ParallelVisitor, parse, validate
from strawberry.django.views import GraphQLView
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionResult, get_object_definition
from strawberry_django.pagination import OffsetPaginated, OffsetPaginationInput

from graphql_api.cost import ListSize, declared_size
from graphql_api.schema import schema


@strawberry.type
class Query:
    @strawberry.field(directives=[ListSize(assumed_size=3)])
    def greeting(self) -> list[str]:
        Query.called.append(1)
        return ["hi"]


Query.called = []


class Refuse(ASTValidationRule):
    def enter_document(self, node, *_args):
        self.report_error(GraphQLError("refused by our rule"))


def test_extensions_replace_the_validation_rules_strawberry_runs():
    class OnlyOurRule(SchemaExtension):
        def on_validate(self) -> Iterator[None]:
            assert self.execution_context.validation_rules  # graphql-core's rules, by default
            self.execution_context.validation_rules = (Refuse,)
            yield

    tiny = strawberry.Schema(query=Query, extensions=[OnlyOurRule])
    result = tiny.execute_sync("{ greeting }")
    assert [e.message for e in result.errors] == ["refused by our rule"]


def test_a_result_set_before_execution_skips_it_and_is_answered():
    class Answer(SchemaExtension):
        def on_execute(self) -> Iterator[None]:
            self.execution_context.result = ExecutionResult(
                data=None, errors=[GraphQLError("rate")]
            )
            yield

    Query.called.clear()
    result = strawberry.Schema(query=Query, extensions=[Answer]).execute_sync("{ greeting }")
    assert result.data is None and [e.message for e in result.errors] == ["rate"]
    assert Query.called == []


def test_graphql_core_validation_reports_through_on_error_and_nests_parallel_visitors():
    from graphql import build_schema

    tiny = build_schema("type Query { a: Int }")
    seen = []

    class Wrap(ASTValidationRule):
        def __init__(self, context):
            super().__init__(context)
            report = context.on_error
            context.on_error = lambda error: seen.append(error.message) or report(error)
            self.rules = ParallelVisitor([Refuse(context)])

        def get_enter_leave_for_kind(self, kind):
            return self.rules.get_enter_leave_for_kind(kind)

    errors = validate(tiny, parse("{ a }"), [Wrap])
    assert [e.message for e in errors] == ["refused by our rule"] == seen


def test_get_field_for_type_gives_the_directives_of_a_field():
    tiny = strawberry.Schema(query=Query)
    field = tiny.get_field_for_type(field_name="greeting", type_name="Query")
    assert [d.assumed_size for d in field.directives] == [3]
    assert declared_size(tiny, "Query", "greeting") == 3
    assert declared_size(tiny, "Query", "nothing") is None
    assert declared_size(tiny, "String", "x") is None  # not an object type


def test_process_errors_is_the_schemas_error_log_hook():
    assert callable(schema.process_errors)


def test_the_view_decodes_a_json_post_body_with_decode_json():
    class View(GraphQLView):
        def decode_json(self, data):
            return {"query": "{ greeting }"}

    request = RequestFactory().post(
        "/", json.dumps({"query": "{ nothing }"}), content_type="application/json"
    )
    response = View.as_view(schema=strawberry.Schema(query=Query))(request)
    assert json.loads(response.content) == {"data": {"greeting": ["hi"]}}


def test_offset_paginated_public_members():
    assert {"queryset", "pagination"} <= set(OffsetPaginated.__annotations__)
    assert callable(OffsetPaginated.get_paginated_queryset)
    assert callable(OffsetPaginated.resolve_paginated)


# --- not public: pinned versions ---------------------------------------------------------------


def test_describing_a_library_type_in_place_reaches_the_schema():
    """graphql_api.common.describe edits these definitions; the SDL must show the result."""
    definition = get_object_definition(OffsetPaginationInput, strict=True)
    assert {field.python_name for field in definition.fields} == {"offset", "limit"}
    sdl = schema.as_str()
    assert '"""Which slice of a list to return."""\ninput OffsetPaginationInput {' in sdl
    assert '"""The slice of a list that was returned."""\ntype OffsetPaginationInfo {' in sdl


@pytest.mark.parametrize("argument", ["pagination: OffsetPaginationInput"])
def test_every_pagination_argument_is_strawberry_djangos_input(argument):
    """Why describe() edits OffsetPaginationInput itself: no field can take a subclass."""
    sdl = schema.as_str()
    assert argument in sdl
    assert sdl.count("pagination: ") == sdl.count(argument)
