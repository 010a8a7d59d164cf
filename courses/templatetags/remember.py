"""`{% remember "name" key ... %}…{% endremember %}`: a fragment kept until content changes.

Like Django's `{% cache %}`, but through courses.content_cache.remember, so the rendered fragment is
tied to the content version and usually comes from process memory, not the shared cache.
"""

from django import template

from ..content_cache import remember

register = template.Library()


class RememberNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist, self.name, self.keys = nodelist, name, keys

    def render(self, context):
        parts = [str(self.name.resolve(context))] + [str(key.resolve(context)) for key in self.keys]
        return remember("fragment:" + ":".join(parts), lambda: self.nodelist.render(context))


@register.tag("remember")
def do_remember(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'remember' needs a fragment name.")
    nodelist = parser.parse(("endremember",))
    parser.delete_first_token()
    return RememberNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
