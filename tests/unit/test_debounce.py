from itday.core.debounce import Debouncer


def test_first_sighting_is_accepted():
    d = Debouncer(3.0)
    assert d.accept("A", 0.0) is True


def test_continuous_sightings_stay_debounced():
    d = Debouncer(3.0)
    assert d.accept("A", 0.0)
    # seen every 0.5 s for 10 s: never accepted again
    assert not any(d.accept("A", t / 2) for t in range(1, 21))


def test_accepted_again_after_window_without_sighting():
    d = Debouncer(3.0)
    assert d.accept("A", 0.0)
    assert not d.accept("A", 2.0)
    assert not d.accept("A", 4.9)  # 2.9 s after the last sighting
    assert d.accept("A", 7.9)  # 3.0 s after the last sighting


def test_codes_are_independent():
    d = Debouncer(3.0)
    assert d.accept("A", 0.0)
    assert d.accept("B", 0.5)
    assert not d.accept("A", 1.0)
    assert not d.accept("B", 1.0)


def test_memory_is_bounded():
    d = Debouncer(1.0)
    for i in range(1000):
        d.accept(f"CODE{i}", i * 0.1)
    assert len(d) <= 11


def test_zero_window_accepts_everything():
    d = Debouncer(0.0)
    assert d.accept("A", 0.0)
    assert d.accept("A", 0.0)


def test_clock_going_backwards_does_not_accept():
    d = Debouncer(3.0)
    assert d.accept("A", 10.0)
    assert not d.accept("A", 5.0)


def test_reset_forgets():
    d = Debouncer(3.0)
    d.accept("A", 0.0)
    d.reset()
    assert d.accept("A", 0.1)
