import strawberry
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from graphql import GraphQLError


class ApiError(GraphQLError):
    """An error the client can fix; `extensions.code` tells frontends which one it is."""

    def __init__(self, message: str, code: str = "BAD_USER_INPUT"):
        super().__init__(message, extensions={"code": code})


@strawberry.type(name="FieldError", description="Why a submitted value was not accepted.")
class FieldErrorType:
    field: str = strawberry.field(
        description="The input field, in camelCase (empty: the submission as a whole)."
    )
    message: str = strawberry.field(
        description="What is wrong and how to fix it, in the request's language."
    )
    code: str = strawberry.field(
        description="Which rule it broke, for frontends: Django's `required`, `max_length`, "
        "`invalid`, `invalid_choice`, `min_value`, `max_value`, or one of ours such as "
        "`ends_before_start` or `too_soon`."
    )


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def field_errors(
    error: ValidationError, inputs: dict[str, str] | None = None
) -> list[FieldErrorType]:
    """A model's or form's ValidationError as a mutation's field errors, in the order given.

    `inputs` names the input field of each model or form field whose name differs (model name
    -> input name, snake case); the rest keep theirs. Messages are Django's, already in the
    active language; an error raised without a code counts as `invalid`.
    """
    inputs = inputs or {}
    details = error.error_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: [error]}
    found: dict[tuple[str, str], str] = {}
    for name, errors in details.items():
        field = "" if name == NON_FIELD_ERRORS else camel(inputs.get(name, name))
        for each in errors:
            for single in each.error_list:
                message = str(next(iter(single)))  # one message: params applied
                found.setdefault((field, message), single.code or "invalid")
    return [FieldErrorType(field=f, message=m, code=c) for (f, m), c in found.items()]
