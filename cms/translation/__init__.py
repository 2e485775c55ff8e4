"""The translation workflow around wagtail-localize: status, files, machine translation."""
