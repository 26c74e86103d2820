"""Editor roles: the group names (defined once, in `roles.groups`), group membership checks and
the Wagtail permission policies based on them, and `setup_roles`, which creates every group with
its page, collection and model permissions and the DML moderation workflow."""
