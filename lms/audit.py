"""What HR and administrators did, in Wagtail's audit log with our own actions and Vietnamese
labels, each entry stamped with the agency it concerns so that HR reads its own subtree's.

Services call `record(instance, ACTION, user=…, agency=…, **details)`; the history screen
(lms.history) reads the entries of its reader's subtree. Imports none of our apps: every app
records through it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

CERTIFICATE_ISSUE = "lms.certificate.issue"
CERTIFICATE_REVOKE = "lms.certificate.revoke"
CERTIFICATE_REISSUE = "lms.certificate.reissue"
TEMPLATE_ARCHIVE = "lms.certificate_template.archive"
TEMPLATE_RESTORE = "lms.certificate_template.restore"
ROSTER_IMPORT = "lms.roster.import"
AGENCY_CREATE = "lms.agency.create"
AGENCY_RENAME = "lms.agency.rename"
AGENCY_MOVE = "lms.agency.move"
AGENCY_MERGE = "lms.agency.merge"
AGENCY_CLOSE = "lms.agency.close"
ROLE_GRANT = "lms.role.grant"
ROLE_REVOKE = "lms.role.revoke"
PERSON_CREATE = "lms.person.create"
PERSON_EDIT = "lms.person.edit"
PERSON_DEACTIVATE = "lms.person.deactivate"
PERSON_REACTIVATE = "lms.person.reactivate"
PERSON_RIGHTS = "lms.person.rights"
ACTIVATION_ISSUE = "lms.activation.issue"
ACTIVATION_USE = "lms.activation.use"
ATTEMPT_GRANT = "lms.attempt.grant"
ASSIGNMENT_CREATE = "lms.assignment.create"
ASSIGNMENT_CHANGE = "lms.assignment.change"
ASSIGNMENT_CANCEL = "lms.assignment.cancel"
TARGET_SET = "lms.target.set"
TARGET_DELETE = "lms.target.delete"


def record(instance, action: str, *, user=None, agency=None, **details):
    """Log `action` on `instance`; `agency` (or its path) says whose history shows it."""
    path = getattr(agency, "path", agency) or ""
    return log(
        instance=instance,
        action=action,
        user=user,
        data={**details, "agency_path": path},
    )


class Formatter(LogFormatter):
    """A label, and a message built from the entry's details."""

    label = ""
    template = ""

    def format_message(self, log_entry):
        details = dict(log_entry.data or {})
        details.setdefault("title", log_entry.label)
        try:
            message = self.template % details
        except (KeyError, TypeError, ValueError):
            return str(self.label)
        if details.get("note"):  # the decision an agency change follows, as HR typed it
            message = _("%(message)s. Note: %(note)s") % {
                "message": message,
                "note": details["note"],
            }
        return message


# (action, label, message): the message may use the entry's details and %(title)s, the
# object's name when it was logged.
ACTIONS = [
    (CERTIFICATE_ISSUE, _("Certificate issued"), _("Issued certificate %(title)s")),
    (
        CERTIFICATE_REVOKE,
        _("Certificate revoked"),
        _("Revoked certificate %(title)s. Reason: %(reason)s"),
    ),
    (
        CERTIFICATE_REISSUE,
        _("Certificate reissued"),
        _("Reissued certificate %(old)s as %(new)s"),
    ),
    (TEMPLATE_ARCHIVE, _("Certificate template archived"), _("Archived the template %(title)s")),
    (TEMPLATE_RESTORE, _("Certificate template restored"), _("Restored the template %(title)s")),
    (
        ROSTER_IMPORT,
        _("Staff list imported"),
        _("Imported %(file)s: %(added)s added, %(updated)s updated, %(deactivated)s deactivated"),
    ),
    (AGENCY_CREATE, _("Agency created"), _("Created %(title)s")),
    (AGENCY_RENAME, _("Agency renamed"), _("Renamed %(old)s to %(new)s")),
    (AGENCY_MOVE, _("Agency moved"), _("Moved %(title)s from %(old)s to %(new)s")),
    (AGENCY_MERGE, _("Agency merged"), _("Merged %(title)s into %(into)s")),
    (AGENCY_CLOSE, _("Agency closed"), _("Closed %(title)s")),
    (ROLE_GRANT, _("HR role granted"), _("Granted %(title)s")),
    (ROLE_REVOKE, _("HR role revoked"), _("Revoked %(title)s")),
    (PERSON_CREATE, _("Person added"), _("Added %(title)s")),
    (PERSON_EDIT, _("Person changed"), _("Changed the details of %(title)s")),
    (PERSON_DEACTIVATE, _("Person deactivated"), _("Deactivated %(title)s")),
    (PERSON_REACTIVATE, _("Person reactivated"), _("Reactivated %(title)s")),
    (PERSON_RIGHTS, _("Rights changed"), _("Changed the rights of %(title)s")),
    (ACTIVATION_ISSUE, _("Activation code issued"), _("Issued an activation code to %(title)s")),
    (ACTIVATION_USE, _("Account activated"), _("%(title)s activated their account")),
    (
        ATTEMPT_GRANT,
        _("Extra attempt granted"),
        _("Granted %(title)s one more attempt at %(quiz)s. Reason: %(reason)s"),
    ),
    (ASSIGNMENT_CREATE, _("Course assigned"), _("Assigned %(title)s")),
    (ASSIGNMENT_CHANGE, _("Assignment changed"), _("Changed the assignment %(title)s")),
    (ASSIGNMENT_CANCEL, _("Assignment cancelled"), _("Cancelled the assignment %(title)s")),
    (TARGET_SET, _("Plan target set"), _("Set the target %(title)s")),
    (TARGET_DELETE, _("Plan target deleted"), _("Deleted the target %(title)s")),
]


def register_actions(actions):
    """For the register_log_actions hook (lms.wagtail_hooks): our actions and their labels."""
    for action, label, template in ACTIONS:
        actions.register_action(action)(
            type("Formatter", (Formatter,), {"label": label, "template": template})
        )
