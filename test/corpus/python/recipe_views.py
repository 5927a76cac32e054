"""Django views of a recipe-sharing site: recipe pages, search, editing, diet preferences."""
from django import forms
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from .models import Recipe, Review

DIETS = {"vegan", "vegetarian", "pescatarian", "omnivore"}
EDITABLE = ("title", "summary", "servings", "prep_minutes")


class RecipeForm(forms.ModelForm):
    class Meta:
        model = Recipe
        # ruleid: py-mass-assignment
        fields = "__all__"


class ReviewForm(forms.ModelForm):
    class Meta:
        model = Review
        # ok: py-mass-assignment
        fields = ["rating", "comment"]


def recipe_detail(request, slug):
    recipe = get_object_or_404(Recipe, slug=slug)
    # ruleid: py-markup-injection
    byline = mark_safe(f"<span class='author'>by {recipe.author.display_name}</span>")
    # ok: py-markup-injection
    credit = format_html("<span class='photo'>Photo: {}</span>", recipe.photo_credit)
    # ok: py-markup-injection
    divider = mark_safe("<hr class='recipe-divider'>")
    return render(request, "recipes/detail.html", {"recipe": recipe, "byline": byline, "credit": credit, "divider": divider})


def search(request):
    term = request.GET.get("q", "")
    # ruleid: py-sql-injection
    hits = Recipe.objects.raw(f"SELECT * FROM recipes_recipe WHERE cuisine = '{term}' ORDER BY rating DESC")
    # ok: py-sql-injection
    tagged = Recipe.objects.raw("SELECT * FROM recipes_recipe WHERE %s = ANY(tags)", [term])
    if not hits and not tagged:
        # ruleid: py-xss-response
        return HttpResponse("<p>No recipes match <b>" + term + "</b>.</p>")
    # ok: py-xss-response
    return HttpResponse("<p>Results for <b>%s</b></p>" % escape(term))


def ingredient_stats(request):
    unit = request.GET.get("unit", "g")
    with connection.cursor() as cur:
        # ok: py-sql-injection
        cur.execute("SELECT name, SUM(amount) FROM recipes_ingredient WHERE unit = %s GROUP BY name", [unit])
        rows = cur.fetchall()
        # ruleid: py-sql-injection
        cur.execute(f"SELECT COUNT(*) FROM recipes_ingredient WHERE unit = '{unit}'")
        total = cur.fetchone()[0]
    return JsonResponse({"rows": rows, "total": total})


@login_required
def edit_recipe(request, slug):
    recipe = get_object_or_404(Recipe, slug=slug, author=request.user)
    if request.method == "POST":
        for field in EDITABLE:
            if field in request.POST:
                # ok: py-mass-assignment-request
                setattr(recipe, field, request.POST[field])
        recipe.save()
        # ruleid: py-open-redirect
        return redirect(request.POST.get("return_to", recipe.get_absolute_url()))
    return render(request, "recipes/edit.html", {"recipe": recipe})


@login_required
def import_recipe(request):
    recipe = Recipe(author=request.user)
    for key, value in request.POST.items():
        if key != "csrfmiddlewaretoken":
            # ruleid: py-mass-assignment-request
            setattr(recipe, key, value)
    recipe.save()
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    # ok: py-open-redirect
    return HttpResponseRedirect(target)


def set_diet(request):
    diet = request.GET.get("diet", "")
    if diet in DIETS:
        # ok: py-trust-boundary
        request.session["diet"] = diet
    # ruleid: py-trust-boundary
    request.session["kitchen_name"] = request.GET.get("kitchen")
    response = redirect("recipes:home")
    # ok: py-insecure-cookie
    response.set_cookie("units", "metric" if request.GET.get("metric") else "imperial", max_age=31536000)
    return response


def remember_login(request, token):
    response = redirect("recipes:home")
    # ruleid: py-insecure-cookie
    response.set_cookie("auth_token", token, max_age=1209600)
    # ok: py-insecure-cookie
    response.set_cookie("auth_token_v2", token, max_age=1209600, secure=True, httponly=True, samesite="Lax")
    return response
