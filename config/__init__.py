"""Project configuration: settings per environment, URLs, WSGI and ASGI entry points."""
