"""`{% once_per_publish key… %}…{% endonce_per_publish %}`: a fragment rendered once per publish run.

A publish renders hundreds of pages whose layout is the same for every page of a language (the
brand, the search box, the footer). Inside this tag, such a fragment is rendered the first time
and then reused for every page of the run that gives the same keys in the same language. The keys
must name everything the fragment shows that can differ between pages (e.g. the region whose crest
it shows). Outside a publish run (the CMS answering one request) the fragment is simply rendered.
"""

from django import template
from django.utils.translation import get_language

from core.request_cache import cached, shared_cache

register = template.Library()


class OncePerPublishNode(template.Node):
    def __init__(self, nodelist, keys):
        self.nodelist, self.keys = nodelist, keys

    def render(self, context):
        if shared_cache.get() is None:
            return self.nodelist.render(context)
        keys = tuple(str(key.resolve(context)) for key in self.keys)
        return cached(
            None,
            ("fragment", self, get_language(), keys),  # this tag of this compiled template
            lambda: self.nodelist.render(context),
        )


@register.tag
def once_per_publish(parser, token):
    bits = token.split_contents()
    nodelist = parser.parse(("endonce_per_publish",))
    parser.delete_first_token()
    return OncePerPublishNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
