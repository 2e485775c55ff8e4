"""What the public endpoint refuses before any SQL runs, and how errors leave it.

`ApiLimits` validates each operation itself (so it can read settings per request and give every
refusal an `extensions.code`):

- `GRAPHQL_PARSE_FAILED`, `TOO_MANY_TOKENS` (MaxTokensLimiter), `QUERY_TOO_DEEP`
  (QueryDepthLimiter), `TOO_MANY_ALIASES` (MaxAliasesLimiter), `GRAPHQL_VALIDATION_FAILED`;
- `QUERY_TOO_COMPLEX`: the query's cost is above `GRAPHQL_MAX_COST`. Every object field costs
  1; a field with `pagination` (or `limit`) multiplies what it selects by that limit (its
  default when not given), so `articles(pagination: {limit: 100}) { results { topics { name } } }`
  costs 1 + 100 * 2;
- `INTROSPECTION_DISABLED` when `GRAPHQL_INTROSPECTION` is off; "Did you mean ...?" hints are
  dropped when `GRAPHQL_FIELD_SUGGESTIONS` is off (both default to DEBUG);
- `RATE_LIMITED`: more than `GRAPHQL_MUTATIONS_PER_MINUTE` mutations from one client address.

`MaskUnexpectedErrors` replaces the message of any error that is not one of ours (an exception
in a resolver: it may carry SQL or paths) by "Internal server error." with code
`INTERNAL_SERVER_ERROR` when `GRAPHQL_MASK_ERRORS` is on (default: not DEBUG). Strawberry logs
the original with its stack trace (logger `strawberry.execution`) before it is masked.
"""

from collections.abc import Iterator

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    OperationType,
    VariableNode,
    get_named_type,
    validate,
    value_from_ast_untyped,
)
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import MaskErrors, SchemaExtension

from .errors import ApiError

CODES = [
    ("exceeds maximum operation depth", "QUERY_TOO_DEEP"),
    ("aliases found. Allowed", "TOO_MANY_ALIASES"),
    ("more than", "TOO_MANY_TOKENS"),
]


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


def client_ip(request) -> str:
    """The client's address (behind a proxy, USE_X_FORWARDED_FOR reads the proxy's header)."""
    meta = request.META
    forwarded = meta.get("HTTP_X_FORWARDED_FOR", "") if settings.USE_X_FORWARDED_FOR else ""
    return forwarded.split(",")[0].strip() or meta.get("REMOTE_ADDR", "unknown")


def over_rate(bucket: str, request, limit: int, seconds: int) -> bool:
    """Count one more hit of the client in bucket; whether it went over limit per seconds."""
    key = f"rate:{bucket}:{client_ip(request)}"
    cache.add(key, 0, timeout=seconds)
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        return limit < 1


class QueryCost:
    """The cost of one operation (see the module docstring), fragments followed."""

    def __init__(self, schema, document, variables):
        self.schema = schema
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.variables = variables or {}
        self.default_limit = settings.STRAWBERRY_DJANGO["PAGINATION_DEFAULT_LIMIT"]

    def of_operation(self, operation: OperationDefinitionNode) -> int:
        defaults = {
            d.variable.name.value: value_from_ast_untyped(d.default_value)
            for d in operation.variable_definitions or ()
            if d.default_value is not None
        }
        self.variables = {**defaults, **self.variables}
        root = self.schema.get_root_type(operation.operation)
        return self.of_selections(operation.selection_set, root, set())

    def of_selections(self, selection_set, parent_type, seen) -> int:
        total = 0
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                total += self.of_field(selection, parent_type, seen)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                fragment_type = (
                    self.schema.get_type(condition.name.value) if condition else parent_type
                )
                total += self.of_selections(selection.selection_set, fragment_type, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue
                fragment_type = self.schema.get_type(fragment.type_condition.name.value)
                total += self.of_selections(fragment.selection_set, fragment_type, seen | {name})
        return total

    def of_field(self, node: FieldNode, parent_type, seen) -> int:
        fields = getattr(parent_type, "fields", None) or {}
        definition = fields.get(node.name.value)
        if definition is None or node.selection_set is None:
            return 0  # scalars, __typename and introspection cost nothing here
        size = self.list_size(node, definition)
        child_type = get_named_type(definition.type)
        return 1 + size * self.of_selections(node.selection_set, child_type, seen)

    def list_size(self, node: FieldNode, definition) -> int:
        args = {arg.name.value: arg.value for arg in node.arguments or ()}
        if "pagination" in definition.args:
            limit = None
            value = args.get("pagination")
            if isinstance(value, VariableNode):
                given = self.variables.get(value.name.value)
                limit = given.get("limit") if isinstance(given, dict) else None
            elif isinstance(value, ObjectValueNode):
                for field in value.fields:
                    if field.name.value == "limit":
                        limit = self.value(field.value)
            return self.as_size(limit, self.default_limit)
        if "limit" in definition.args:
            default = definition.args["limit"].default_value
            default = default if isinstance(default, int) else self.default_limit
            return self.as_size(self.value(args["limit"]) if "limit" in args else None, default)
        return 1

    def value(self, node):
        if isinstance(node, VariableNode):
            return self.variables.get(node.name.value)
        if isinstance(node, IntValueNode):
            return int(node.value)
        return None

    @staticmethod
    def as_size(limit, default) -> int:
        return max(1, limit) if isinstance(limit, int) else default


def operation_of(document, name):
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if name:
        return next((op for op in operations if op.name and op.name.value == name), None)
    return operations[0] if len(operations) == 1 else None


class ApiLimits(SchemaExtension):
    """Validation with error codes, the cost limit, introspection switch, mutation rate."""

    def on_parse(self) -> Iterator[None]:
        yield
        for error in self.execution_context.pre_execution_errors or ():
            tag(error, "GRAPHQL_PARSE_FAILED")

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        rules = list(context.validation_rules)
        if not settings.GRAPHQL_INTROSPECTION:
            rules.append(NoSchemaIntrospectionCustomRule)
        graphql_schema = context.schema._schema
        errors = validate(graphql_schema, context.graphql_document, rules)
        for error in errors:
            if "introspection has been disabled" in error.message:
                error.extensions = {"code": "INTROSPECTION_DISABLED"}
            tag(error, "GRAPHQL_VALIDATION_FAILED")
        if not errors:
            errors = self.check_operation(graphql_schema)
        # strawberry skips its own validation when errors are already set (an empty list
        # means: validated, no errors).
        context.pre_execution_errors = errors
        yield

    def check_operation(self, graphql_schema) -> list[GraphQLError]:
        context = self.execution_context
        operation = operation_of(context.graphql_document, context.operation_name)
        if operation is None:
            return []
        cost = QueryCost(graphql_schema, context.graphql_document, context.variables)
        total = cost.of_operation(operation)
        if total > settings.GRAPHQL_MAX_COST:
            return [
                ApiError(
                    _(
                        "This query would cost %(cost)s, more than the %(max)s allowed; ask "
                        "for fewer items per list (pagination limit) or fewer nested fields."
                    )
                    % {"cost": total, "max": settings.GRAPHQL_MAX_COST},
                    "QUERY_TOO_COMPLEX",
                )
            ]
        request = getattr(context.context, "request", None)
        if (
            operation.operation is OperationType.MUTATION
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


def is_unexpected(error: GraphQLError) -> bool:
    """Errors we raise on purpose (ApiError, validation) are safe to show; others are not."""
    if not settings.GRAPHQL_MASK_ERRORS:
        return False
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


class MaskUnexpectedErrors(MaskErrors):
    def __init__(self):
        super().__init__(should_mask_error=is_unexpected, error_message="Internal server error.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked
