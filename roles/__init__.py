"""Editor roles: `setup_roles`, which creates every group (their names are defined once, in
`core.groups`) with its page, collection and model permissions and the DML moderation workflow;
and the region editors' right to publish in their events area."""
