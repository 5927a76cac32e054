import asyncio
import os
import shlex
import subprocess


def unpack(archive_name):
    # ruleid: py-subprocess-shell
    subprocess.run("tar xzf " + archive_name, shell=True, check=True)


def ping(host):
    # ruleid: py-subprocess-shell
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    # ruleid: py-subprocess-shell
    os.system("nslookup %s" % host)
    # ruleid: py-subprocess-shell
    listing = os.popen("ls " + host).read()
    return out, listing


async def convert(path):
    # ruleid: py-subprocess-shell
    await asyncio.create_subprocess_shell(f"convert {path} out.png")


def safe(archive_name, host):
    # ok: py-subprocess-shell
    subprocess.run(["tar", "xzf", archive_name], check=True)
    # ok: py-subprocess-shell
    subprocess.run("ls -l /var/log | wc -l", shell=True, check=True)
    # ok: py-subprocess-shell
    os.system("clear")
    # ok: py-subprocess-shell
    subprocess.run("ping -c 1 " + shlex.quote(host), shell=True, check=True)
    # ok: py-subprocess-shell
    subprocess.run(["ping", "-c", "1", host], shell=False)
