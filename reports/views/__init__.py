"""The HR report screens in the Wagtail admin: the training dashboard and its drill-down
(`dashboard`), the people report (`people`), and the plan targets viewset (`targets`); the
choices and scope they share are in `scope`."""
