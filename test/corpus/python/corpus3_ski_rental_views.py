"""Django views of a ski-rental shop: equipment lookup, waivers, loyalty vouchers."""
import logging
import pickle
import random
import secrets
import base64

import requests
import yaml
from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape
from django.views.decorators.http import require_GET, require_POST

from .models import Rental, Skier

log = logging.getLogger(__name__)
BOOT_SIZES = [str(s) for s in range(22, 32)]
WEATHER_API = "https://api.snowreport.example/v1/resort"


@require_GET
def equipment(request):
    size = request.GET.get("size", "26")
    brand = request.GET.get("brand", "")
    with connection.cursor() as cur:
        # ok: py-sql-injection
        cur.execute("SELECT id, model FROM skis WHERE brand = %s", [brand])
        skis = cur.fetchall()
        # ruleid: py-sql-injection
        cur.execute(f"SELECT id, model FROM boots WHERE size = '{size}' AND brand = '{brand}'")
        boots = cur.fetchall()
    return JsonResponse({"skis": skis, "boots": boots})


@require_GET
def boot_fit(request):
    size = request.GET.get("size", "")
    if size not in BOOT_SIZES:
        return HttpResponseBadRequest("unknown size")
    with connection.cursor() as cur:
        # ok: py-sql-injection
        cur.execute("SELECT count(*) FROM boots WHERE size = '" + size + "'")
        (count,) = cur.fetchone()
    return JsonResponse({"available": count})


@require_POST
def restore_cart(request):
    blob = request.POST.get("cart", "")
    # ruleid: py-insecure-deserialization
    cart = pickle.loads(base64.b64decode(blob))
    return JsonResponse({"items": len(cart)})


@require_POST
def import_waiver(request):
    text = request.body.decode("utf-8")
    # ok: py-yaml-unsafe-load
    waiver = yaml.safe_load(text)
    # ruleid: py-yaml-unsafe-load
    legacy = yaml.load(request.FILES["legacy"].read(), Loader=yaml.Loader)
    return JsonResponse({"signed": bool(waiver.get("signature")), "legacy": bool(legacy)})


@require_GET
def resort_weather(request):
    resort = request.GET.get("resort", "")
    feed = request.GET.get("feed", "")
    # ok: py-ssrf
    requests.get(WEATHER_API, params={"resort": resort}, timeout=5)
    # ruleid: py-ssrf
    data = requests.get(feed, timeout=5).json()
    return JsonResponse(data)


@require_POST
def issue_voucher(request):
    skier = Skier.objects.get(pk=request.user.pk)
    # ruleid: py-weak-random
    code = "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    # ok: py-weak-random
    backup_code = secrets.token_urlsafe(12)
    # ok: py-weak-random
    random.shuffle(skier.favourite_runs)
    skier.voucher = code
    skier.save()
    return JsonResponse({"voucher": code, "backup": backup_code})


@require_GET
def rental_receipt(request):
    name = request.GET.get("name", "")
    # ruleid: py-xss-response
    return HttpResponse("<h1>Receipt for " + name + "</h1>")


@require_GET
def rental_receipt_safe(request):
    name = request.GET.get("name", "")
    # ok: py-xss-response
    return HttpResponse("<h1>Receipt for " + escape(name) + "</h1>")


@require_POST
def update_rental(request, rental_id):
    rental = Rental.objects.get(pk=rental_id, skier=request.user)
    for field, value in request.POST.items():
        # ruleid: py-mass-assignment-request
        setattr(rental, field, value)
    rental.save()
    log.info("rental %s updated", rental_id)
    return redirect("rental-detail", rental_id=rental.pk)
