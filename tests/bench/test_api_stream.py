"""The benchmark's API line: the long tail's searches asked of the API's list, each once, every
one answered on a small directory; and the line it prints, judged against its target."""

from tests.bench.api import api_url
from tests.bench.load import Measurement
from tests.bench.longtail import generate
from tests.bench.report import api_report
from tests.bench.vocabulary import vocabulary_read
from tests.therapists.public.api.directory import directory_make


def test_a_search_becomes_the_same_search_of_the_api_less_its_page():
    url = "/fr/therapists/?place=Montr%C3%A9al&radius=10&concern=grief&sort=fee&page=2"
    assert (
        api_url(url) == "/api/v1/therapists/?place=Montr%C3%A9al&radius=10&concern=grief&sort=fee"
    )
    assert api_url("/en/therapists/?page=3") == "/api/v1/therapists/"
    assert api_url("/en/therapists/") == "/api/v1/therapists/"


def test_every_api_search_of_the_stream_is_distinct_and_answered(client, db, settings):
    settings.API_RATE_PER_ADDRESS = ""  # as the benchmark serves it: one address asks all
    directory_make(count=30)
    urls = [api_url(url) for url in generate(vocabulary_read(), count=200, seed=2027)]
    assert len(set(urls)) == len(urls)
    answers = {url: client.get(url).status_code for url in urls}
    assert {url: status for url, status in answers.items() if status != 200} == {}


def measurement(p99: float, errors: int = 0) -> Measurement:
    return Measurement(
        requests=2000,
        seconds=20.0,
        p50=p99 / 2,
        p90=p99 * 0.8,
        p99=p99,
        max=p99 * 1.5,
        errors=errors,
        timeouts=0,
        bytes=2000 * 9000,
    )


def test_the_api_line_is_met_under_100_ms_and_missed_over(capsys):
    baseline = measurement(0.02)
    api_report(measurement(0.080), baseline, distinct=5000, connections=16)
    api_report(measurement(0.120), baseline, distinct=5000, connections=16)
    api_report(measurement(0.050, errors=3), baseline, distinct=5000, connections=16)
    met, slow, failing = [
        line for line in capsys.readouterr().out.splitlines() if "16 conn" in line
    ]
    assert met.endswith("met")
    assert "MISSED (p99 120.0 ms >= 100)" in slow
    assert "3 errors" in failing
