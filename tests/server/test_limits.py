"""The quotas' arithmetic on a clock the test moves (the server-level tests are in test_edge.py)."""

from __future__ import annotations

import pytest

from server.limits import DAY, HOUR, FailureLimit, QuotaExceeded, Quotas
from server.settings import Settings


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def quotas(clock: Clock, **changes) -> Quotas:
    settings = Settings.from_env({})
    fields = dict(session_bytes_per_minute=settings.session_bytes_per_minute,
                  sessions_per_owner_hour=settings.sessions_per_owner_hour,
                  sessions_per_owner_day=settings.sessions_per_owner_day,
                  sessions_per_minute=settings.sessions_per_minute, sessions_burst=settings.sessions_burst,
                  admin_attempts_per_minute=settings.admin_attempts_per_minute)
    return Quotas(**{**fields, **changes}, clock=clock, wall=clock)


def test_the_defaults_never_bother_a_candidate_typing_the_largest_file():
    """The editor sends the whole file (at most 64 KB) 700 ms after each pause in typing."""
    clock = Clock()
    limits = quotas(clock)
    for _ in range(int(30 * 60 / 0.7)):   # half an hour of non-stop typing in a 64 KB file
        limits.charge_session("s-1", 64 << 10)
        clock.now += 0.7
    limits.charge_session("s-1", 20_000 * 4)   # and the longest answer, in four-byte characters


def test_a_flood_of_code_is_cut_at_the_budget_and_told_when_it_passes():
    clock = Clock()
    limits = quotas(clock, session_bytes_per_minute=1 << 20)
    for _ in range(16):
        limits.charge_session("s-1", 64 << 10)
    with pytest.raises(QuotaExceeded) as refused:
        limits.charge_session("s-1", 64 << 10)
    assert refused.value.limit == "session_bytes_per_minute" and 1 <= refused.value.retry_after <= 60
    limits.charge_session("s-2", 64 << 10)   # another session has its own budget
    clock.now += refused.value.retry_after
    limits.charge_session("s-1", 64 << 10)


def test_owners_are_counted_per_hour_and_per_day():
    clock = Clock()
    limits = quotas(clock, sessions_per_owner_hour=3, sessions_per_owner_day=5)
    limits.check_owner([clock.now - 10, clock.now - 20])
    with pytest.raises(QuotaExceeded) as hourly:
        limits.check_owner([clock.now - 10, clock.now - 20, clock.now - 30])
    assert hourly.value.limit == "sessions_per_owner_per_hour" and hourly.value.retry_after == HOUR - 30
    earlier = [clock.now - 2 * HOUR - i for i in range(3)]
    with pytest.raises(QuotaExceeded) as daily:
        limits.check_owner([clock.now - 10, clock.now - 20, *earlier])
    assert daily.value.limit == "sessions_per_owner_per_day" and daily.value.retry_after == DAY - 2 * HOUR - 2
    limits.check_owner([clock.now - DAY - 1] * 50)   # yesterday's sessions do not count


def test_the_server_wide_rate_refills():
    clock = Clock()
    limits = quotas(clock, sessions_per_minute=6, sessions_burst=2)
    limits.take_session()
    limits.take_session()
    with pytest.raises(QuotaExceeded) as refused:
        limits.take_session()
    assert refused.value.limit == "sessions_per_minute" and refused.value.retry_after == 10
    clock.now += 10
    limits.take_session()


def test_admin_failures_lock_an_address_for_the_rest_of_the_minute():
    clock = Clock()
    limit = FailureLimit(3, 60.0, clock)
    for _ in range(3):
        assert limit.locked_for("10.0.0.1") == 0
        limit.fail("10.0.0.1")
        clock.now += 1
    assert limit.locked_for("10.0.0.1") == 57 and limit.locked_for("10.0.0.2") == 0
    clock.now += 57
    assert limit.locked_for("10.0.0.1") == 0
