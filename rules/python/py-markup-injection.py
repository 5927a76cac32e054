from django.utils.html import format_html
from django.utils.safestring import mark_safe
from markupsafe import Markup


def badge(user):
    # ruleid: py-markup-injection
    return mark_safe(f"<span class='badge'>{user.display_name}</span>")


def comment_html(comment):
    # ruleid: py-markup-injection
    return Markup("<p>" + comment.body + "</p>")


def link(url, label):
    # ruleid: py-markup-injection
    return mark_safe('<a href="%s">%s</a>' % (url, label))


def title(name):
    # ruleid: py-markup-injection
    return Markup("<h1>{}</h1>".format(name))


def safe_badge(user):
    # ok: py-markup-injection
    return format_html("<span class='badge'>{}</span>", user.display_name)


def safe_markup(name):
    # ok: py-markup-injection
    a = Markup("<h1>{}</h1>").format(name)
    # ok: py-markup-injection
    b = Markup("<b>%s</b>") % name
    # ok: py-markup-injection
    c = mark_safe("<hr>")
    return a, b, c


def footer_html(footer):
    # ok: py-markup-injection
    return mark_safe(footer)


def join_rendered(management_form, forms):
    # ok: py-markup-injection
    return mark_safe(str(management_form) + "\n" + forms)


def css_class(row_classes):
    # ok: py-markup-injection
    return mark_safe(' class="%s"' % " ".join(row_classes))
