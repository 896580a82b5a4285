"""The suite runs offline: any connection beyond loopback fails the test that tries it."""

import socket

import pytest
from pytest_socket import SocketBlockedError


def test_a_connection_to_the_internet_is_refused():
    # pytest-socket also warns, naming the host: the attempt is visible, not silent
    with pytest.raises((SocketBlockedError, RuntimeError)), pytest.warns(UserWarning, match="93.184.216.34"):
        socket.create_connection(("93.184.216.34", 80), timeout=1)


def test_loopback_stays_allowed_for_local_servers():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    with socket.create_connection(server.getsockname(), timeout=1):
        pass
    server.close()


def test_litellm_never_fetches_its_price_map():
    import os

    import summariser.backends.llm  # noqa: F401

    assert os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] == "True"
