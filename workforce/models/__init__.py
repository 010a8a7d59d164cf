"""Who works where: the agency tree with its dated history, the people, HR roles, roster
imports and activation codes. `from workforce.models import X` reaches every model."""

from .activation import ACTIVATION_CODE_LIFETIME, ActivationCode
from .agencies import Agency, AgencyChange, AgencyKind, AgencyManager, AgencyQuerySet
from .people import Category, Gender, HRRole, HRRoleQuerySet, User, UserManager, UserQuerySet
from .roster_imports import RosterImport, roster_path

__all__ = [
    "ACTIVATION_CODE_LIFETIME",
    "ActivationCode",
    "Agency",
    "AgencyChange",
    "AgencyKind",
    "AgencyManager",
    "AgencyQuerySet",
    "Category",
    "Gender",
    "HRRole",
    "HRRoleQuerySet",
    "RosterImport",
    "User",
    "UserManager",
    "UserQuerySet",
    "roster_path",
]
