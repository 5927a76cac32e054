import os

from flask import Flask

# Django settings
# ruleid: py-debug-enabled
DEBUG = True
# ok: py-debug-enabled
TEMPLATE_DEBUG_HINT = True

app = Flask(__name__)
# ruleid: py-debug-enabled
app.debug = True


def configure(settings):
    # ok: py-debug-enabled
    DEBUG = True
    settings.DEBUG = DEBUG


if __name__ == "__main__":
    # ruleid: py-debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)
    # ok: py-debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    # ok: py-debug-enabled
    app.run(host="127.0.0.1", debug=False)
