"""Translation catalogues (see README.md); a package only so that the wheel installs them next to
the apps, where LOCALE_PATHS finds them."""
