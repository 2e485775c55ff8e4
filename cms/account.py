"""The admin's account settings with optional first and last names.

Wagtail's "Name and Email" panel requires both names, and every panel is submitted with the
page's one form: a user without names (the demo admin, accounts made by `createsuperuser`)
could not even change their admin language. Wagtail has no setting for that form, so this view
replaces its account view at the same path (cms/urls.py), swapping only that panel.
"""

from wagtail.admin.forms.account import NameEmailForm
from wagtail.admin.views import account


class OptionalNameEmailForm(NameEmailForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].required = False


class NameEmailSettingsPanel(account.NameEmailSettingsPanel):
    form_class = OptionalNameEmailForm


class AccountView(account.AccountView):
    def get_panels(self) -> list:
        return [
            NameEmailSettingsPanel(panel.request, panel.user, panel.profile)
            if type(panel) is account.NameEmailSettingsPanel
            else panel
            for panel in super().get_panels()
        ]
