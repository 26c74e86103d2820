"""A contest's state as visitors read it on the published page: not open yet, open until its
closing date (inclusive) or closed. Static pages do not notice the days passing: the publishing
worker re-publishes a contests page the night one of its contests opens or closes (the dates
of `state_change_dates`, see publishing/tasks.py)."""

from datetime import timedelta


class ContestState:
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


def contest_state(contest, today):
    """The state of a contest (a ContestBlock value) on `today`."""
    if today < contest["opens"]:
        return ContestState.UPCOMING
    if today <= contest["closes"]:
        return ContestState.OPEN
    return ContestState.CLOSED


def state_change_dates(contest):
    """The days whose start changes the state shown: the opening day and the day after closing."""
    return [contest["opens"], contest["closes"] + timedelta(days=1)]
