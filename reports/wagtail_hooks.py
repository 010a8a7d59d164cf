from wagtail import hooks


@hooks.register("register_admin_viewset")
def register_reports():
    from .admin_views import ReportsViewSet

    return ReportsViewSet()


@hooks.register("register_admin_menu_item")
def reports_menu():
    from .admin_views import menu_item

    return menu_item()
