"""HR admin pieces that decide scope through the one policy (workforce.permissions): object
lookups (404 outside the scope, 403 for a forbidden write), menu items, per-row permissions for
listings, and a service form limited to what the user manages."""

from django import forms
from django.http import Http404
from wagtail.admin.menu import MenuItem

from lms.admin.views import ServiceFormView, require

from ..permissions import may, policy_for


def scoped_object(model, user, pk, *, manage: bool = False, action: str = "", queryset=None):
    """The object for `action` ("change" when `manage`, else "view"): 404 when `user` may not
    even see it, so scope does not leak; 403 when they see it but may not take the action
    (a viewer's write). `queryset` narrows or prefetches the lookup."""
    policy = policy_for(model)
    action = action or ("change" if manage else "view")
    rows = model._default_manager.all() if queryset is None else queryset
    try:
        found = policy.narrow(rows, user, "view").get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if action != "view":
        require(policy.user_has_permission_for_instance(user, action, found))
    return found


class ManageableRowsMixin:
    """For a listing: which rows on the current page the user may take an action on, one
    query per action asked (`may_on(action, row)`); `can_manage` is `may_on("change", row)`."""

    def manageable_queryset(self):
        """What the user may change; the model's permission policy unless a view says otherwise."""
        return policy_for(self.model).instances_user_has_permission_for(self.request.user, "change")

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        self.page_ids = [row.pk for row in rows]
        self.manageable_ids = set(
            self.manageable_queryset().filter(pk__in=self.page_ids).values_list("pk", flat=True)
        )
        return paginator, page, rows, is_paginated

    def permitted_ids(self, action: str) -> set:
        cache = self.__dict__.setdefault("_permitted_ids", {})
        if action not in cache:
            rows = self.model._default_manager.filter(pk__in=getattr(self, "page_ids", ()))
            narrowed = policy_for(self.model).narrow(rows, self.request.user, action)
            cache[action] = set(narrowed.values_list("pk", flat=True))
        return cache[action]

    def may_on(self, action: str, instance) -> bool:
        return instance.pk in self.permitted_ids(action)

    def can_manage(self, instance) -> bool:
        return instance.pk in getattr(self, "manageable_ids", ())


class ScopedIndexMixin(ManageableRowsMixin):
    """A Wagtail listing of `model` guarded by its scope policy: opening it needs "view" on
    some row (403 otherwise); the rows' buttons ask `may_on(action, row)`."""

    permission_required = "view"
    any_permission_required = None

    @property
    def permission_policy(self):
        return policy_for(self.model)


class ScopedMenuItem(MenuItem):
    """A menu item shown to whoever may take `action` (view, unless told) on some row."""

    model = None
    action = "view"

    @classmethod
    def for_model(cls, model, action: str = "view"):
        return type(f"{model.__name__}MenuItem", (cls,), {"model": model, "action": action})

    def is_shown(self, request):
        return may(request.user, self.action, self.model)


class ScopedForm(forms.Form):
    """A form that takes the user (ScopedFormView passes it) to scope its choices."""

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)


class ScopedFormView(ServiceFormView):
    """A service form for HR: the user must be allowed `permission_action` on some row of
    `permission_model` (or a subclass's `allowed(user)` says), and the form gets the user, so
    its choices (agencies, courses) stay within what the user manages."""

    permission_model = None
    permission_action = "add"

    def allowed(self, user) -> bool:
        return may(user, self.permission_action, self.permission_model)

    def dispatch(self, request, *args, **kwargs):
        require(self.allowed(request.user))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}
