"""Domain signals that workforce sends so higher apps (courses, reports) can follow along, and
so that its own receivers can start background work.

Receivers connect in their own AppConfig.ready(); workforce imports nothing of theirs.
"""

from django.dispatch import Signal

# Sent inside the transaction when people change agency (one person, or many in a merge).
# kwargs: people (list of User), from_agencies (dict person pk -> Agency | None), to_agency.
person_moved = Signal()

# Sent inside the transaction after `merged` was merged into `successor`.
# kwargs: merged (Agency), successor (Agency), effective_on (date).
agencies_merged = Signal()

# Sent inside the transaction after an agency (with its units) moved under another parent.
# kwargs: agency (Agency, as it is now), old_ancestor_ids (list of ids, nearest last).
agency_moved = Signal()

# Sent inside the transaction when people are deactivated or reactivated (only those whose
# state changed). kwargs: people (list of User, with their agency), active (bool).
people_activated = Signal()

# Workforce's own, for its receivers (workforce.receivers) that start background work once the
# change commits: services never import tasks.

# kwargs: people, new people with an e-mail address, to be invited to set their password.
people_invited = Signal()

# kwargs: roster_import (RosterImport), apply (bool): a stage of the import, checking or
# applying, now waits for a worker.
roster_stage_queued = Signal()
