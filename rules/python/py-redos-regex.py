import re

# ruleid: py-redos-regex
WORDS = re.compile(r"^(\w+\s?)*$")
# ruleid: py-redos-regex
EMAIL = re.compile("^([a-zA-Z0-9_.-]+)+@example\\.com$")


def is_list(value):
    # ruleid: py-redos-regex
    return re.match(r"^(\d+,?)+$", value) is not None


# ok: py-redos-regex
VERSION = re.compile(r"^(\d+\.)+\d+$")
# ok: py-redos-regex
CSV = re.compile(r"^\w+(,\w+)*$")
# ok: py-redos-regex
SLUG = re.compile(r"^[a-z0-9-]+$")
# ok: py-redos-regex
NOTE = "(a+)+$ is the textbook ReDoS example"
