"""What the public endpoint refuses before any SQL runs, and how errors leave it.

`ApiLimits` validates each operation itself (so it can read settings per request and give every
refusal an `extensions.code`):

- `GRAPHQL_PARSE_FAILED`, `TOO_MANY_TOKENS` (strawberry's MaxTokensLimiter, while parsing);
- `QUERY_TOO_DEEP`, `TOO_MANY_ALIASES`, `TOO_MANY_FIELDS` (field selections once fragments are
  expanded, above `GRAPHQL_MAX_FIELDS`), `QUERY_TOO_COMPLEX` (cost above `GRAPHQL_MAX_COST`):
  measured by graphql_api/cost.py in time linear in the query's text, before graphql-core's
  own validation, so a query of fragments spreading each other is refused in milliseconds;
- `GRAPHQL_VALIDATION_FAILED`;
- `INTROSPECTION_DISABLED` when `GRAPHQL_INTROSPECTION` is off; "Did you mean ...?" hints are
  dropped when `GRAPHQL_FIELD_SUGGESTIONS` is off (both default to DEBUG);
- `RATE_LIMITED`: more than `GRAPHQL_MUTATIONS_PER_MINUTE` mutations from one client address.

`MaskUnexpectedErrors` replaces the message of any error that is not one of ours (an exception
in a resolver: it may carry SQL or paths) by "Internal server error." with code
`INTERNAL_SERVER_ERROR` when `GRAPHQL_MASK_ERRORS` is on (default: not DEBUG). Strawberry logs
the original with its stack trace (logger `strawberry.execution`) before it is masked.
"""

from collections.abc import Iterator
from typing import Any

import strawberry
from django.conf import settings
from django.utils.translation import gettext as _
from graphql import (
    ASTValidationRule,
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    ParallelVisitor,
    ValidationContext,
)
from graphql.language.visitor import EnterLeaveVisitor
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import MaskErrors, SchemaExtension
from strawberry.types import ExecutionResult

from core.requests import over_rate

from .cost import QueryShape, declared_size
from .errors import ApiError

CODES = [("more than", "TOO_MANY_TOKENS")]


def tag(error: GraphQLError, default: str) -> GraphQLError:
    """Give an error from graphql-core or strawberry's limiters an extensions.code."""
    extensions = dict(error.extensions or {})
    if "code" not in extensions:
        code = next((code for text, code in CODES if text in error.message), default)
        if code == "TOO_MANY_TOKENS" and "token" not in error.message:
            code = default
        extensions["code"] = code
        error.extensions = extensions
    if not settings.GRAPHQL_FIELD_SUGGESTIONS and " Did you mean" in error.message:
        error.message = error.message.split(" Did you mean")[0]
        error.args = (error.message,)
    return error


def operation_of(document: DocumentNode | None, name: str | None) -> OperationDefinitionNode | None:
    """The operation a request runs: the one named, or else the only one (None when neither
    is there, or there is no parsed document)."""
    if document is None:
        return None
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if name:
        return next((op for op in operations if op.name and op.name.value == name), None)
    return operations[0] if len(operations) == 1 else None


class ApiLimits(SchemaExtension):
    """Validation with error codes, the cost limit, introspection switch, mutation rate.

    Only public hooks: the rules strawberry validates with (`execution_context.validation_rules`,
    as strawberry's AddValidationRules sets them) are replaced by one rule, `Gate`, that measures
    the shape first and runs the others only when the shape is within the limits; a refused
    mutation gets its result before execution (`execution_context.result`, as in strawberry's
    "rejecting an operation" example)."""

    def on_parse(self) -> Iterator[None]:
        yield
        for error in self.execution_context.pre_execution_errors or ():
            tag(error, "GRAPHQL_PARSE_FAILED")

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        rules = list(context.validation_rules)
        if not rules:  # validation switched off (e.g. DisableValidation): nothing to gate
            yield
            return
        if not settings.GRAPHQL_INTROSPECTION:
            rules.append(NoSchemaIntrospectionCustomRule)
        variables = context.variables if isinstance(context.variables, dict) else None
        context.validation_rules = (gate(rules, context.schema, context.operation_name, variables),)
        yield

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        refusal = self.check_rate()
        if refusal:
            # Logged like any client error, then answered without executing.
            context.schema.process_errors(refusal, context)
            context.result = ExecutionResult(data=None, errors=refusal)
        yield

    def check_rate(self) -> list[GraphQLError]:
        context = self.execution_context
        request = getattr(context.context, "request", None)
        operation = operation_of(context.graphql_document, context.operation_name)
        if (
            operation is not None
            and operation.operation is OperationType.MUTATION
            and request is not None
            and over_rate("mutations", request, settings.GRAPHQL_MUTATIONS_PER_MINUTE, 60)
        ):
            return [
                ApiError(
                    _("Too many changes from your address; wait a minute and try again."),
                    "RATE_LIMITED",
                )
            ]
        return []


def tag_validation_error(error: GraphQLError) -> GraphQLError:
    if "introspection has been disabled" in error.message:
        error.extensions = {"code": "INTROSPECTION_DISABLED"}
    return tag(error, "GRAPHQL_VALIDATION_FAILED")


def gate(
    rules: list[type[ASTValidationRule]],
    strawberry_schema: strawberry.Schema,
    operation_name: str | None,
    variables: dict[str, Any] | None,
) -> type[ASTValidationRule]:
    """The one validation rule of a request: the query's shape (graphql_api/cost.py, linear in
    the query) first; graphql-core's rules, which may not be linear, only if it is within the
    limits. Every error reported while validating gets its code before strawberry logs it."""

    class Gate(ASTValidationRule):
        context: ValidationContext

        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            report = context.on_error
            # graphql-core's hook: the method is replaced by a callback (as its __init__ does).
            context.on_error = lambda error: report(  # type: ignore[method-assign]
                tag_validation_error(error)
            )
            operation = operation_of(context.document, operation_name)
            refusal = (
                check_shape(
                    context.schema, strawberry_schema, context.document, operation, variables
                )
                if operation
                else None
            )
            if refusal is not None:
                self.report_error(refusal)
            # graphql-core's ParallelVisitor runs the rules side by side, as validate() would.
            self.rules = ParallelVisitor([] if refusal else [rule(context) for rule in rules])

        def get_enter_leave_for_kind(self, kind: str) -> EnterLeaveVisitor:
            return self.rules.get_enter_leave_for_kind(kind)

    return Gate


def check_shape(
    graphql_schema: GraphQLSchema,
    strawberry_schema: strawberry.Schema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: dict[str, Any] | None,
) -> ApiError | None:
    shape = QueryShape(
        graphql_schema,
        document,
        variables,
        settings.STRAWBERRY_DJANGO["PAGINATION_DEFAULT_LIMIT"],
        declared_size=lambda type_name, field_name: declared_size(
            strawberry_schema, type_name, field_name
        ),
    ).of_operation(operation)
    if shape.depth > settings.GRAPHQL_MAX_DEPTH:
        message = _("This query is nested %(depth)s levels deep, more than the %(max)s allowed.")
        values, code = (
            {"depth": shape.depth, "max": settings.GRAPHQL_MAX_DEPTH},
            "QUERY_TOO_DEEP",
        )
    elif shape.aliases > settings.GRAPHQL_MAX_ALIASES:
        message = _("This query has %(aliases)s aliases, more than the %(max)s allowed.")
        values = {"aliases": shape.aliases, "max": settings.GRAPHQL_MAX_ALIASES}
        code = "TOO_MANY_ALIASES"
    elif shape.fields > settings.GRAPHQL_MAX_FIELDS:
        message = _(
            "This query selects %(fields)s fields once its fragments are expanded, more than "
            "the %(max)s allowed."
        )
        values = {"fields": shape.fields, "max": settings.GRAPHQL_MAX_FIELDS}
        code = "TOO_MANY_FIELDS"
    elif shape.cost > settings.GRAPHQL_MAX_COST:
        message = _(
            "This query would cost %(cost)s, more than the %(max)s allowed; ask "
            "for fewer items per list (pagination limit) or fewer nested fields."
        )
        values, code = (
            {"cost": shape.cost, "max": settings.GRAPHQL_MAX_COST},
            "QUERY_TOO_COMPLEX",
        )
    else:
        return None
    return ApiError(message % values, code)


def is_unexpected(error: GraphQLError) -> bool:
    """Errors we raise on purpose (ApiError, validation) are safe to show; others are not."""
    if not settings.GRAPHQL_MASK_ERRORS:
        return False
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


class MaskUnexpectedErrors(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=is_unexpected, error_message="Internal server error.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked
