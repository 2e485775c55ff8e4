"""Validators of model fields more than one app shares."""

from django.core.validators import URLValidator

# Links the public may submit and frontends render as links: the web's own schemes only
# (URLField alone would also take ftp:// and ftps://).
web_address = URLValidator(schemes=["http", "https"])
