"""Worker of a ferry operator: consumes passenger manifests from RabbitMQ, files port reports."""
import json
import logging
import os
import ssl
import subprocess
import sys
import tarfile
import urllib.request

import paramiko
import pika
import requests
from lxml import etree

log = logging.getLogger("manifest-worker")
PORTS = {"HEL": "helsinki", "TLL": "tallinn", "STO": "stockholm"}
REPORT_ROOT = "/var/ferry/reports"
# ok: py-hardcoded-credentials
AMQP_PASSWORD = os.environ.get("AMQP_PASSWORD", "")
# ruleid: py-hardcoded-credentials
CUSTOMS_API_TOKEN = "cst_live_7Hk29dQpL0xZ4vWb81"
CUSTOMS_URL = "https://customs.portauthority.example/api/manifests"


def port_dir(code):
    # ok: py-path-traversal
    return os.path.join(REPORT_ROOT, PORTS.get(code, "unknown"))


def archive_manifest(msg):
    # ruleid: py-path-traversal
    with open(os.path.join(REPORT_ROOT, msg["vessel"], msg["voyage"] + ".json"), "w") as fh:
        json.dump(msg, fh)
    return fh.name


def compress_reports(msg):
    voyage = msg["voyage"]
    # ruleid: py-command-injection, py-subprocess-shell
    os.system("tar czf /var/ferry/out/%s.tgz -C %s ." % (voyage, REPORT_ROOT))
    # ok: py-command-injection, py-subprocess-shell
    subprocess.check_call(["gzip", "-9", os.path.join(port_dir(msg.get("port")), "daily.log")])


def submit_to_customs(msg):
    ctx = ssl.create_default_context()
    # ruleid: py-tls-verification-disabled
    requests.post(CUSTOMS_URL, json=msg, headers={"Authorization": CUSTOMS_API_TOKEN}, verify=False, timeout=10)
    # ok: py-tls-verification-disabled
    urllib.request.urlopen(CUSTOMS_URL + "/ping", context=ctx, timeout=5)


def fetch_port_notice(msg):
    # ruleid: py-ssrf
    return requests.get(msg["notice_url"], timeout=5).text


def parse_crew_list(msg):
    # ok: py-xxe
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False)
    root = etree.fromstring(msg["crew_xml"].encode(), parser)
    return [c.get("name") for c in root.iter("crew")]


def handle(ch, method, properties, body):
    msg = json.loads(body)
    # ruleid: py-log-injection
    log.info("manifest received for vessel " + msg["vessel"])
    # ok: py-log-injection
    log.info("manifest received, %d passengers", int(msg.get("count", 0)))
    archive_manifest(msg)
    compress_reports(msg)
    submit_to_customs(msg)
    fetch_port_notice(msg)
    parse_crew_list(msg)
    ch.basic_ack(delivery_tag=method.delivery_tag)


def upload_to_harbour(path):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("sftp.harbour.example", username="ferry", password=AMQP_PASSWORD)
    client.open_sftp().put(path, "/incoming/" + os.path.basename(path))


def unpack_backlog(archive):
    with tarfile.open(archive) as tar:
        # ok: py-path-traversal
        tar.extractall(REPORT_ROOT, filter="data")


def main():
    creds = pika.PlainCredentials("manifest", AMQP_PASSWORD)
    conn = pika.BlockingConnection(pika.ConnectionParameters("mq.ferry.internal", credentials=creds))
    channel = conn.channel()
    channel.basic_consume(queue="manifests", on_message_callback=handle)
    if len(sys.argv) > 1:
        unpack_backlog(sys.argv[1])
    channel.start_consuming()


if __name__ == "__main__":
    main()
