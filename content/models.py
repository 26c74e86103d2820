"""Django loads models from here; the page types live in content.pages, one module per area."""

from content.pages.contact import ContactPage
from content.pages.events import EventIndexPage, EventPage
from content.pages.guides import CountryGuideIndexPage, CountryGuidePage
from content.pages.home import HomePage
from content.pages.legislation import LegislationAmendment, LegislationIndexPage, LegislationPage
from content.pages.lines import LineOfActionPage, StandardPage, TopicPage
from content.pages.media import ContestsVideosPage, LinksPage, VideoCaptions, VideoPage
from content.pages.news import NewsIndexPage, NewsPage
from content.pages.studies import StudyIndexPage, StudyPage
from content.snippets import LinkOfInterest

__all__ = [
    "ContactPage",
    "ContestsVideosPage",
    "CountryGuideIndexPage",
    "CountryGuidePage",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "LegislationAmendment",
    "LegislationIndexPage",
    "LegislationPage",
    "LineOfActionPage",
    "LinkOfInterest",
    "LinksPage",
    "NewsIndexPage",
    "NewsPage",
    "StandardPage",
    "StudyIndexPage",
    "StudyPage",
    "TopicPage",
    "VideoCaptions",
    "VideoPage",
]
