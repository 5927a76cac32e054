"""Hackathon judging: Django views for team submissions, judge scoring and the public leaderboard."""
import base64
import hashlib
import json
import logging
import pickle

from django import forms
from django.contrib.auth.hashers import make_password
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from .models import Judge, Score, Team

log = logging.getLogger("hackathon")
EDITABLE_TEAM_FIELDS = ("repo_url", "demo_url", "pitch")


class TeamForm(forms.ModelForm):
    class Meta:
        model = Team
        # ruleid: py-mass-assignment
        fields = "__all__"


class TeamPitchForm(forms.ModelForm):
    class Meta:
        model = Team
        # ok: py-mass-assignment
        fields = ["repo_url", "demo_url", "pitch"]


def leaderboard(request):
    track = request.GET.get("track", "open")
    sql = "SELECT t.name, SUM(s.points) FROM teams t JOIN scores s ON s.team_id = t.id "
    sql += "WHERE t.track = '" + track + "' GROUP BY t.name ORDER BY 2 DESC"
    with connection.cursor() as cur:
        # ruleid: py-sql-injection
        cur.execute(sql)
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def team_search(request):
    term = request.GET.get("q", "")
    # ok: py-sql-injection
    teams = Team.objects.raw("SELECT * FROM teams WHERE name LIKE %s", ["%" + term + "%"])
    # ruleid: py-sql-injection
    mentors = Team.objects.raw("SELECT * FROM teams WHERE mentor = '%s'" % request.GET.get("mentor"))
    return JsonResponse({"teams": [t.name for t in teams], "mentored": [t.name for t in mentors]})


@require_POST
def update_team(request, team_id):
    team = get_object_or_404(Team, pk=team_id)
    for key, value in request.POST.items():
        # ruleid: py-mass-assignment-request
        setattr(team, key, value)
    team.save()
    return JsonResponse({"ok": True})


@require_POST
def update_pitch(request, team_id):
    team = get_object_or_404(Team, pk=team_id)
    for key in EDITABLE_TEAM_FIELDS:
        if key in request.POST:
            # ok: py-mass-assignment-request
            setattr(team, key, request.POST[key])
    team.save()
    return JsonResponse({"ok": True})


@require_POST
def score(request, team_id):
    judge = get_object_or_404(Judge, user=request.user)
    points = int(request.POST["points"])
    comment = request.POST.get("comment", "")
    Score.objects.create(team_id=team_id, judge=judge, points=points, comment=comment)
    # ruleid: py-log-injection
    log.info("judge %s scored team %s: %s", judge.pk, team_id, comment)
    # ok: py-log-injection
    log.info("judge %s gave %d points", judge.pk, points)
    return JsonResponse({"ok": True})


def team_card(request, team_id):
    team = get_object_or_404(Team, pk=team_id)
    tagline = request.GET.get("tagline", team.pitch)
    # ruleid: py-markup-injection
    card = mark_safe("<div class='card'><h3>%s</h3><p>%s</p></div>" % (team.name, tagline))
    # ok: py-markup-injection
    footer = format_html("<small>Track: {}</small>", team.track)
    return HttpResponse(card + footer)


def preview(request):
    # ruleid: py-xss-response
    return HttpResponse("<h2>Preview of " + request.GET.get("title", "") + "</h2>")


def restore_draft(request):
    blob = request.COOKIES.get("judge_draft", "")
    # ruleid: py-insecure-deserialization
    draft = pickle.loads(base64.b64decode(blob))
    # ok: py-insecure-deserialization
    notes = json.loads(request.POST.get("notes", "{}"))
    return JsonResponse({"draft": draft, "notes": notes})


def register_judge(request):
    raw = request.POST["password"]
    # ruleid: py-weak-password-hash
    legacy = hashlib.sha1(raw.encode()).hexdigest()
    # ok: py-weak-password-hash
    stored = make_password(raw)
    Judge.objects.create(user=request.user, password_hash=stored, legacy_hash=legacy)
    return JsonResponse({"ok": True})


def after_vote(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        # ok: py-open-redirect
        return redirect(nxt)
    # ruleid: py-open-redirect
    return redirect(request.GET.get("fallback", "/"))
