"""pytest suite for the checkout flow; runs against the in-memory test app only."""
import hashlib

import pytest

from shop.app import create_app

# ok: py-hardcoded-credentials
TEST_PASSWORD = "correct-horse-battery-staple"
# ok: py-hardcoded-credentials
STRIPE_TEST_KEY = "sk_test_placeholder"


@pytest.fixture
def client():
    # ok: py-debug-enabled
    app = create_app({"TESTING": True, "DEBUG": True, "SECRET_KEY": "test"})
    return app.test_client()


def test_login_then_checkout(client):
    # ok: py-weak-password-hash
    fixture_id = hashlib.md5(b"checkout-fixture-v1").hexdigest()
    resp = client.post("/login", data={"email": "buyer@example.test", "password": TEST_PASSWORD})
    assert resp.status_code == 302
    resp = client.post("/checkout", json={"cart": fixture_id})
    assert resp.status_code == 200
