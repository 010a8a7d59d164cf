"""allauth login stages adjusted for staff accounts. Loaded by allauth by dotted path."""

from allauth.account import stages
from allauth.account.models import EmailAddress


class EmailVerificationStage(stages.EmailVerificationStage):
    """allauth's mandatory e-mail check, except for staff HR created without any e-mail.

    Such people sign in with their staff code; there is no address to verify. Everyone who
    has an address (every sign-up does) must still verify it.
    """

    def handle(self):
        user = self.login.user
        if (
            user is not None
            and not user.email
            and not EmailAddress.objects.filter(user=user).exists()
        ):
            return None, True
        return super().handle()
