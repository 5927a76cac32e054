"""Django views of a reporting app: report pages, exports, profile editing."""
from django import forms
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from .models import Profile, Report

SORT_COLUMNS = {"name": "name", "date": "created_at", "owner": "owner_id"}


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        # ruleid: py-mass-assignment
        fields = "__all__"


class BioForm(forms.ModelForm):
    class Meta:
        model = Profile
        # ok: py-mass-assignment
        fields = ["display_name", "bio"]


def report_title(request):
    title = request.GET.get("title", "")
    # ruleid: py-xss-response
    return HttpResponse("<h1>" + title + "</h1>")


def report_title_safe(request):
    title = request.GET.get("title", "")
    # ok: py-xss-response
    return HttpResponse("<h1>" + escape(title) + "</h1>")


def report_count(request):
    count = int(request.GET.get("n", "0"))
    # ok: py-xss-response
    return HttpResponse(f"<p>{count} reports</p>")


def report_banner(request, report_id):
    report = get_object_or_404(Report, pk=report_id)
    # ruleid: py-markup-injection
    banner = mark_safe("<div class='banner'>%s</div>" % report.owner_note)
    # ok: py-markup-injection
    safe_banner = format_html("<div class='banner'>{}</div>", report.owner_note)
    # ok: py-markup-injection
    icon = mark_safe("<svg class='icon'><use href='#report'/></svg>")
    return render(request, "reports/banner.html", {"banner": banner, "safe": safe_banner, "icon": icon})


def report_list(request):
    sort = request.GET.get("sort", "name")
    with connection.cursor() as cur:
        # ruleid: py-sql-injection
        cur.execute("SELECT id, name FROM reports_report ORDER BY " + sort)
        rows = cur.fetchall()
    column = SORT_COLUMNS.get(sort, "name")
    with connection.cursor() as cur:
        # ok: py-sql-injection
        cur.execute("SELECT id, name FROM reports_report ORDER BY " + column)
        ordered = cur.fetchall()
    owner = request.GET.get("owner", "")
    # ok: py-sql-injection
    mine = Report.objects.raw("SELECT * FROM reports_report WHERE owner_id = %s", [owner])
    # ruleid: py-sql-injection
    theirs = Report.objects.raw(f"SELECT * FROM reports_report WHERE owner_id = '{owner}'")
    return render(request, "reports/list.html", {"rows": rows, "ordered": ordered, "mine": mine, "theirs": theirs})


def profile_update(request):
    # ruleid: py-mass-assignment, py-mass-assignment-request
    Profile.objects.filter(user=request.user).update(**request.POST.dict())
    # ok: py-mass-assignment
    Profile.objects.filter(user=request.user).update(bio=request.POST.get("bio", ""))
    return redirect("profile")


def after_export(request):
    nxt = request.GET.get("next", "/reports/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
        # ok: py-open-redirect
        return HttpResponseRedirect(nxt)
    # ruleid: py-open-redirect
    return redirect(request.GET.get("fallback", "/reports/"))
