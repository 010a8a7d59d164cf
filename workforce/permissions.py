"""The one agency-scope permission policy: who may do what to which rows, for every model HR
touches. Nothing else decides scope; querysets' `visible_to`/`manageable_by`, the admin screens
and the API ask it.

People with a model permission (administrators, superusers) act on every row. Anyone else acts
through their HR roles: a viewer reads, an officer also writes, each only inside the agency
subtrees their roles cover. A model is registered with the path from it to its agency
(`agency`, `user__agency`, …). Actions beyond view/add/change/delete (revoke, merge,
deactivate, …) are writes unless the registration lists them as reads. Each app registers its
own models in its AppConfig.ready() (`register_policies`); the querysets' `visible_to` and
`manageable_by` of workforce's models find the policy in Wagtail's registry, so that those models
never import this module (which builds on them).
"""

from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from .models import Agency, HRRole
from .models.agencies import outermost, subtree_condition

READ_ACTIONS = frozenset({"view", "export"})
MODEL_ACTIONS = frozenset({"view", "add", "change", "delete"})


def role_paths(user, *, manage: bool) -> list[str]:
    if not user.is_authenticated:
        return []
    return HRRole.objects.paths_for(user, manage=manage)


class AgencyScopePolicy(ModelPermissionPolicy):
    """Scope by agency subtree for one model.

    agency_path: the lookup from the model to its Agency ("" for Agency itself; None when
    the rows carry no agency and `owner` alone narrows them).
    owner: a lookup naming the person a row belongs to (a background job's requester); rows
    are then only their owner's, administrators included.
    reads: extra actions a viewer may take (downloading, exporting).
    deletable: whether "delete" is granted at all (agencies close, people are deactivated).
    """

    def __init__(
        self,
        model,
        *,
        agency_path: str | None,
        owner: str | None = None,
        reads=(),
        deletable: bool = False,
    ):
        super().__init__(model)
        self.agency_path = agency_path
        self.owner = owner
        self.read_actions = READ_ACTIONS | frozenset(reads)
        self.deletable = deletable

    # What an action needs -------------------------------------------------------------------

    def is_read(self, action: str) -> bool:
        return action in self.read_actions

    def _model_action(self, action: str) -> str:
        if action in MODEL_ACTIONS:
            return action
        return "view" if self.is_read(action) else "change"

    def _refused(self, user, action) -> bool:
        return not user.is_active or (action == "delete" and not self.deletable)

    def has_model_permission(self, user, action) -> bool:
        """Administrators: the model permission (custom writes need "change")."""
        if self._refused(user, action):
            return False
        return super().user_has_permission(user, self._model_action(action))

    def paths(self, user, action) -> list[str]:
        """The agency subtrees in which `user`'s HR roles allow `action`."""
        return role_paths(user, manage=not self.is_read(action))

    # Wagtail's permission policy interface --------------------------------------------------

    def user_has_permission(self, user, action):
        if self._refused(user, action):
            return False
        return self.has_model_permission(user, action) or bool(self.paths(user, action))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_permission_for(self, user, action):
        return self.narrow(self.model._default_manager.all(), user, action)

    def narrow(self, queryset, user, action):
        """`queryset` (of this model) cut down to the rows `user` may take `action` on."""
        if self._refused(user, action):
            return queryset.none()
        if self.owner:
            queryset = queryset.filter(**{self.owner: user})
        if self.has_model_permission(user, action):
            return queryset
        paths = self.paths(user, action)
        if not paths:
            return queryset.none()
        if self.agency_path is not None:
            prefix = f"{self.agency_path}__path" if self.agency_path else "path"
            queryset = queryset.filter(subtree_condition(paths, prefix=prefix))
        return queryset if self.is_read(action) else self.narrow_writes(queryset, user, paths)

    def narrow_writes(self, objects, user, paths):
        """Rows an officer may not change although they lie in their subtree (see subclasses)."""
        return objects

    def instances_user_has_any_permission_for(self, user, actions):
        querysets = [self.instances_user_has_permission_for(user, action) for action in actions]
        combined = querysets[0]
        for queryset in querysets[1:]:
            combined = combined | queryset
        return combined.distinct()

    def user_has_permission_for_instance(self, user, action, instance):
        if self.has_model_permission(user, action) and not self.owner:
            return True
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)


class PersonScopePolicy(AgencyScopePolicy):
    """People: an officer may not change someone whose rights reach beyond the officer's
    subtrees (an administrator, an editor, a wider-scoped HR officer): they could otherwise
    change that person's e-mail and take the account over by password reset."""

    def narrow_writes(self, objects, user, paths):
        wider_roles = HRRole.objects.exclude(subtree_condition(paths, prefix="agency__path"))
        return (
            objects.exclude(is_superuser=True)
            .exclude(groups__isnull=False)
            .exclude(user_permissions__isnull=False)
            .exclude(pk__in=wider_roles.values("person_id"))
        )


def policy_for(model) -> AgencyScopePolicy:
    return policy_registry.get_by_type(model)


def may(user, action: str, model_or_instance) -> bool:
    """Whether `user` may take `action` on a model (any row) or on one instance."""
    if isinstance(model_or_instance, type):
        return policy_for(model_or_instance).user_has_permission(user, action)
    return policy_for(type(model_or_instance)).user_has_permission_for_instance(
        user, action, model_or_instance
    )


def scoped(user, action: str, model):
    """The rows of `model` `user` may take `action` on."""
    return policy_for(model).instances_user_has_permission_for(user, action)


def top_agencies(user, action: str = "view") -> list:
    """The outermost agencies `user` may take `action` on, in Vietnamese order: where their
    screens start."""
    paths = outermost(scoped(user, action, Agency).values_list("path", flat=True))
    return list(Agency.objects.filter(path__in=paths).vietnamese_order())


def register_policies(*policies: AgencyScopePolicy) -> None:
    """Give each model its scope; every app calls this for its own models in its ready()."""
    for policy in policies:
        register_permission_policy(policy.model, policy)
