"""The benchmark's API line: the long tail's searches (tests/bench/longtail.py) asked of the
API's list of therapists. No Django here: `make bench` runs it as a plain script."""

API_LIST = "/api/v1/therapists/"


def api_url(url: str) -> str:
    """The same search asked of the API: the same parameters less the page (the API pages by
    cursor), so its counts are cached under the same key and no two URLs share them."""
    query = url.partition("?")[2]
    kept = [part for part in query.split("&") if part and not part.startswith("page=")]
    return f"{API_LIST}?{'&'.join(kept)}" if kept else API_LIST
