"""Django views with raw SQL, as found in older reporting code."""
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse

PERIODS = {"day", "week", "month"}


def revenue(request):
    period = request.GET.get("period", "day")
    if period not in PERIODS:
        return HttpResponseBadRequest("period")
    with connection.cursor() as cursor:
        # ok: py-sql-injection
        cursor.execute("SELECT date_trunc('%s', created), sum(total) FROM orders GROUP BY 1" % period)
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def customer_orders(request):
    customer = request.GET["customer"]
    sql = "SELECT * FROM orders WHERE customer = '" + customer + "'"
    with connection.cursor() as cursor:
        # ruleid: py-sql-injection
        cursor.execute(sql)
        return JsonResponse({"rows": cursor.fetchall()})


def by_ids(request):
    ids = [int(x) for x in request.GET.getlist("id")]
    placeholders = ",".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        # ok: py-sql-injection
        cursor.execute("SELECT * FROM orders WHERE id IN (" + placeholders + ")", ids)
        return JsonResponse({"rows": cursor.fetchall()})


def search(request):
    term = request.POST.get("term", "")
    filters = {"status": "open"}
    filters["term"] = term
    with connection.cursor() as cursor:
        # ok: py-sql-injection
        cursor.execute("SELECT * FROM orders WHERE status = '%s'" % filters["status"])
        # ruleid: py-sql-injection
        cursor.execute("SELECT * FROM orders WHERE note LIKE '%%%s%%'" % filters["term"])
        return JsonResponse({"rows": cursor.fetchall()})
