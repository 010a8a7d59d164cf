"""Wagtail's account settings without its name and e-mail panel.

Names are HR data (the People screen) and e-mail addresses belong to allauth, which verifies
them; Wagtail's panel would change both behind their backs.
"""

from wagtail.admin.views.account import AccountView, NameEmailSettingsPanel


class AccountSettingsView(AccountView):
    def get_panels(self):
        return [
            panel for panel in super().get_panels() if not isinstance(panel, NameEmailSettingsPanel)
        ]
