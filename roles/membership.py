"""Is a user a member of a group? Superusers included: nobody is a member by default.

Messages hold personal data (Ley N.° 29733) and are for the mailbox operators only. An
administrator who needs access adds themselves to the group, which is visible to everyone who
manages users.
"""


def is_member(user, group_name):
    if not (user.is_authenticated and user.is_active):
        return False
    cache = user.__dict__.setdefault("_portal_group_names", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user.__dict__["_portal_group_names"] = cache
    return group_name in cache
