"""The committed schema.graphql is the schema the code serves, and all of it is documented."""

from pathlib import Path

from graphql import GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType

from graphql_api.management.commands.export_schema import schema_sdl
from graphql_api.schema import schema

ROOT = Path(__file__).resolve().parents[2]


def test_committed_schema_matches_the_code():
    committed = (ROOT / "schema.graphql").read_text()
    assert committed == schema_sdl(), "schema.graphql is stale: run `make schema` and commit it"


def test_every_type_and_field_has_a_description():
    missing = []
    for name, graphql_type in schema._schema.type_map.items():
        if name.startswith("__") or name in {
            "Query",
            "Mutation",
            "String",
            "Int",
            "Float",
            "Boolean",
            "ID",
        }:
            continue
        if not getattr(graphql_type, "description", None) and not isinstance(
            graphql_type, GraphQLEnumType
        ):
            missing.append(name)
        if isinstance(
            graphql_type, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType
        ):
            for field_name, field in graphql_type.fields.items():
                if not field.description:
                    missing.append(f"{name}.{field_name}")
    assert missing == []
