from graphql import GraphQLError


class ApiError(GraphQLError):
    """An error the client can fix; `extensions.code` tells frontends which one it is."""

    def __init__(self, message: str, code: str = "BAD_USER_INPUT"):
        super().__init__(message, extensions={"code": code})
