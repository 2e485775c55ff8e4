"""The shape of a query, measured in time linear in its text: depth, aliases and cost.

A named fragment may be spread many times, and fragments may spread each other: twelve fragments
that each spread the next four times are 4^12 copies of the last one when expanded. Walking the
expanded tree (as graphql-core's or strawberry's limiters do) then takes minutes for a 600-byte
query. Here each fragment is measured once and its figures reused wherever it is spread, so the
work is proportional to the document while the figures are those of the expanded query (and
refuse it at once). Besides depth, aliases and cost, the number of field selections after
expansion is bounded: a query that only repeats fields through fragments is refused too.

Cost: every object field costs 1. A list multiplies what each of its items selects (at least 1
per item) by its worst-case size:
- a field with `pagination` or `limit` arguments: the limit asked for (the default when not
  given), and the list of results inside such a listing is that page, counted once;
- any other list: the `@listSize(assumedSize:)` its schema declares, else DEFAULT_LIST_SIZE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import strawberry
from django.conf import settings
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValueNode,
    VariableNode,
    get_named_type,
    value_from_ast_untyped,
)
from strawberry.schema_directive import Location

DEFAULT_LIST_SIZE = 20


@strawberry.schema_directive(
    locations=[Location.FIELD_DEFINITION],
    name="listSize",
    description="The most items this list returns, which the query cost limit counts.",
)
class ListSize:
    assumed_size: int = strawberry.directive_field(name="assumedSize")


def one_per_locale() -> list[ListSize]:
    """The directive of lists with an item per content locale (translations, alternates)."""
    return [ListSize(assumed_size=len(settings.WAGTAIL_CONTENT_LANGUAGES))]


@dataclass(frozen=True)
class Shape:
    """Figures of a selection set as if every fragment were expanded."""

    depth: int = 0
    aliases: int = 0
    cost: int = 0
    fields: int = 0  # field selections, scalars included

    def __add__(self, other: Shape) -> Shape:
        return Shape(
            max(self.depth, other.depth),
            self.aliases + other.aliases,
            self.cost + other.cost,
            self.fields + other.fields,
        )


@lru_cache(maxsize=4096)
def declared_size(schema: strawberry.Schema, type_name: str, field_name: str) -> int | None:
    """The @listSize of a field, read from its strawberry definition (the schema's public
    `get_field_for_type`); cached, as a schema's fields do not change."""
    try:
        field = schema.get_field_for_type(field_name=field_name, type_name=type_name)
    except AssertionError:  # not an object or interface type (strawberry asserts it)
        return None
    for directive in getattr(field, "directives", None) or ():
        if isinstance(directive, ListSize):
            return directive.assumed_size
    return None


def is_list(definition: GraphQLField) -> bool:
    kind = definition.type
    while isinstance(kind, GraphQLNonNull):
        kind = kind.of_type
    return isinstance(kind, GraphQLList)


class QueryShape:
    """Measures operations of one document; fragments are measured once each."""

    def __init__(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        variables: dict[str, Any] | None,
        default_limit: int,
        declared_size: Callable[[str, str], int | None] = lambda _type, _field: None,
    ) -> None:
        self.schema = schema
        self.declared_size = declared_size
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.variables: dict[str, Any] = dict(variables or {})
        self.default_limit = default_limit
        self.memo: dict[tuple[str, bool], Shape] = {}
        self.in_progress: set[str] = set()

    def of_operation(self, operation: OperationDefinitionNode) -> Shape:
        defaults = {
            d.variable.name.value: value_from_ast_untyped(d.default_value)
            for d in operation.variable_definitions or ()
            if d.default_value is not None
        }
        self.variables = {**defaults, **self.variables}
        root = self.schema.get_root_type(operation.operation)
        return self.of_selections(operation.selection_set, root, sliced=False)

    def of_selections(
        self, selection_set: SelectionSetNode | None, parent: GraphQLNamedType | None, sliced: bool
    ) -> Shape:
        total = Shape()
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                total += self.of_field(selection, parent, sliced)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                kind = self.schema.get_type(condition.name.value) if condition else parent
                total += self.of_selections(selection.selection_set, kind, sliced)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.of_fragment(selection.name.value, sliced)
        return total

    def of_fragment(self, name: str, sliced: bool) -> Shape:
        fragment = self.fragments.get(name)
        if fragment is None or name in self.in_progress:
            return Shape()  # unknown or cyclic: validation refuses it afterwards
        key = (name, sliced)
        if key not in self.memo:
            self.in_progress.add(name)
            kind = self.schema.get_type(fragment.type_condition.name.value)
            self.memo[key] = self.of_selections(fragment.selection_set, kind, sliced)
            self.in_progress.discard(name)
        return self.memo[key]

    def of_field(self, node: FieldNode, parent: GraphQLNamedType | None, sliced: bool) -> Shape:
        alias = 1 if node.alias else 0
        fields = getattr(parent, "fields", None) or {}
        definition = fields.get(node.name.value)
        if definition is None or node.selection_set is None:
            return Shape(aliases=alias, fields=1)  # scalars and __typename cost nothing
        slice_size = self.slice_size(node, definition)
        if slice_size is not None:
            # A listing object (results, totalCount...) is that page: its list counts once. A
            # list sliced itself (sitemap, occurrences) multiplies its items' own lists.
            size, children_sliced = slice_size, not is_list(definition)
        elif is_list(definition):
            # parent has fields (it is a type), so it is not None here.
            declared = (
                None
                if sliced or parent is None
                else self.declared_size(parent.name, node.name.value)
            )
            size = 1 if sliced else (declared or DEFAULT_LIST_SIZE)
            children_sliced = False
        else:
            size, children_sliced = 1, False
        inner = self.of_selections(
            node.selection_set, get_named_type(definition.type), children_sliced
        )
        per_item = max(1, inner.cost) if is_list(definition) else inner.cost
        return Shape(
            depth=inner.depth + 1,
            aliases=inner.aliases + alias,
            cost=1 + size * per_item,
            fields=inner.fields + 1,
        )

    def slice_size(self, node: FieldNode, definition: GraphQLField) -> int | None:
        """The limit a `pagination` or `limit` argument sets, if the field has one."""
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
            return as_size(limit, self.default_limit)
        if "limit" in definition.args:
            default = definition.args["limit"].default_value
            default = default if isinstance(default, int) else self.default_limit
            return as_size(self.value(args["limit"]) if "limit" in args else None, default)
        return None

    def value(self, node: ValueNode) -> Any:
        if isinstance(node, VariableNode):
            return self.variables.get(node.name.value)
        if isinstance(node, IntValueNode):
            return int(node.value)
        return None


def as_size(limit: Any, default: int) -> int:
    return max(1, limit) if isinstance(limit, int) else default
