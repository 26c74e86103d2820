"""Monitoring of the portal (directive 5.4.6): page feedback, content freshness, the monthly report.

- `models`, `feedback`, `feedback_views`, `urls`: "was this page useful?" votes and the public
  endpoint that stores them;
- `freshness`: reviews overdue or due soon, translations older than their source;
- `sections`: which report section (line of action, guides, legislation, ...) a page belongs to;
- `report`: the monthly report, computed from the database and Wagtail's audit log;
- `exports`: the report as CSV and XLSX;
- `tasks`: the weekly freshness email (django-tasks);
- `admin_views`, `panels`, `wagtail_hooks`: the report in the Wagtail admin and the dashboard panel.
"""
