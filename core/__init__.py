"""Primitives every app may import: locales, visibility, fields, the taxonomy base, requests.

Nothing here imports one of our apps (enforced by the import contracts in pyproject.toml).
"""
