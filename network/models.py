"""Django loads the network's models from here: the page types in network.pages, the services in
network.services."""

from network.pages import OfficeFinderPage, OfficePage, RegionPage, SenepNetworkPage
from network.services import EmploymentService

__all__ = [
    "EmploymentService",
    "OfficeFinderPage",
    "OfficePage",
    "RegionPage",
    "SenepNetworkPage",
]
