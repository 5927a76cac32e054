"""FastAPI router of a fleet-telematics service: trips, exports, firmware pushes, diagnostics.

Dispatchers call these endpoints from the web console; vehicles post binary frames to /ingest.
"""
import hashlib
import html
import logging
import os
import pickle
import shlex
import subprocess
import zlib
from pathlib import Path

import httpx
import yaml
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/fleet")
log = logging.getLogger("fleet")
EXPORT_ROOT = Path("/srv/fleet/exports")
FIRMWARE_HOSTS = {"eu": "https://fw-eu.fleet.example", "us": "https://fw-us.fleet.example"}
SORT_COLUMNS = {"started": "started_at", "distance": "distance_km", "driver": "driver_name"}
CONSOLE_PAGES = {"/fleet/dashboard", "/fleet/map", "/fleet/alerts"}


@router.get("/trips")
def list_trips(vehicle: str, sort: str = "started", db: Session = Depends(get_session)):
    column = SORT_COLUMNS.get(sort, "started_at")
    # ok: py-sql-injection
    rows = db.execute(text(f"SELECT * FROM trips WHERE vehicle_id = :v ORDER BY {column}"), {"v": vehicle})
    return [dict(r._mapping) for r in rows]


@router.get("/trips/search")
def search_trips(driver: str, db: Session = Depends(get_session)):
    # ruleid: py-sql-injection
    rows = db.execute(text("SELECT id, started_at FROM trips WHERE driver_name LIKE '%" + driver + "%'"))
    return [dict(r._mapping) for r in rows]


@router.get("/vehicles/{vin}/odometer")
def odometer(vin: str, db: Session = Depends(get_session)):
    # ok: py-sql-injection
    row = db.execute(text("SELECT odometer_km FROM vehicles WHERE vin = :vin"), {"vin": vin}).first()
    if row is None:
        raise HTTPException(404)
    return {"vin": vin, "km": row[0]}


@router.get("/exports")
def download_export(name: str = Query(...)):
    # ruleid: py-path-traversal
    return FileResponse(os.path.join(EXPORT_ROOT, name))


@router.get("/exports/checked")
def download_export_checked(name: str = Query(...)):
    target = (EXPORT_ROOT / name).resolve()
    if not target.is_relative_to(EXPORT_ROOT):
        raise HTTPException(400, "bad export name")
    # ok: py-path-traversal
    return FileResponse(target)


@router.post("/firmware/push")
async def push_firmware(request: Request):
    body = await request.json()
    base = FIRMWARE_HOSTS.get(body.get("region", "eu"))
    if base is None:
        raise HTTPException(400, "unknown region")
    async with httpx.AsyncClient(timeout=10) as client:
        # ok: py-ssrf
        manifest = await client.get(f"{base}/manifests/latest.json")
        # ruleid: py-ssrf
        ack = await client.post(body["callback_url"], json=manifest.json())
    return {"status": ack.status_code}


@router.post("/ingest")
async def ingest(request: Request):
    raw = await request.body()
    # ruleid: py-insecure-deserialization
    frame = pickle.loads(zlib.decompress(raw))
    # ok: py-weak-password-hash
    dedup_key = hashlib.md5(raw).hexdigest()
    # ruleid: py-log-injection
    log.info("frame %s from unit %s", dedup_key, request.query_params.get("unit"))
    return {"seq": frame.get("seq"), "dedup": dedup_key}


@router.post("/geofences/import")
async def import_geofences(request: Request):
    doc = (await request.body()).decode()
    if request.headers.get("x-geofence-format") == "v1":
        # ruleid: py-yaml-unsafe-load
        fences = yaml.load(doc, Loader=yaml.Loader)
    else:
        # ok: py-yaml-unsafe-load
        fences = yaml.safe_load(doc)
    return {"count": len(fences or [])}


@router.post("/vehicles/{vin}/diagnostics")
def run_diagnostics(vin: str, probe: str = Query("obd")):
    # ruleid: py-subprocess-shell, py-command-injection
    out = subprocess.run(f"fleetdiag --vin {vin} --probe {probe}", shell=True, capture_output=True)
    return {"stdout": out.stdout.decode(errors="replace")}


@router.post("/vehicles/{vin}/reset")
def reset_unit(vin: str):
    # ok: py-subprocess-shell, py-command-injection
    subprocess.run(f"fleetdiag --vin {shlex.quote(vin)} --reset", shell=True, check=True)
    # ok: py-subprocess-shell, py-command-injection
    subprocess.run(["fleetdiag", "--vin", vin, "--clear-codes"], check=True)
    return {"reset": vin}


@router.get("/console/return")
def back_to_console(next: str = "/fleet/dashboard"):
    # ruleid: py-open-redirect
    return RedirectResponse(next)


@router.get("/console/return-checked")
def back_to_console_checked(next: str = "/fleet/dashboard"):
    if next not in CONSOLE_PAGES:
        next = "/fleet/dashboard"
    # ok: py-open-redirect
    return RedirectResponse(next)


@router.get("/vehicles/{vin}/badge", response_class=HTMLResponse)
def badge(vin: str, label: str = ""):
    # ruleid: py-xss-response
    return f"<span class='badge'>{label} &middot; {html.escape(vin)}</span>"


@router.get("/vehicles/{vin}/badge-escaped", response_class=HTMLResponse)
def badge_escaped(vin: str, label: str = ""):
    # ok: py-xss-response
    return f"<span class='badge'>{html.escape(label)} &middot; {html.escape(vin)}</span>"
