"""The web interface end to end: ``kg ingest`` the sample articles into a temporary store, ``kg serve`` it on
127.0.0.1, and drive Debian's headless Chromium through the pages with Selenium.

Skipped with the reason when /usr/bin/chromium (or chromedriver, or selenium) is missing, unless ``CI`` is set:
then a missing browser is a failure. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROME_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1400,1000",
)
WAIT = 20  # seconds a page may take to settle


def _unavailable(reason: str):
    message = f"{reason}; install it with: apt-get install -y chromium chromium-driver (and pip install selenium)"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set and the browser tests cannot run: {message}")
    pytest.skip(message)


@pytest.fixture(scope="module")
def webdriver_module():
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        _unavailable(f"headless Chromium is not installed ({', '.join(missing)} missing)")
    try:
        from selenium import webdriver
    except ImportError:
        _unavailable("the selenium package is not installed")
    return webdriver


FIGURES_EVENT = "e2e-figures"
FIGURES = ((3, "pro-government sources"), (5, "pro-militant sources"))


def add_contradicting_figures(store_path: Path) -> None:
    """The samples have no event whose sources disagree on a figure, so one hand-written graph adds an attack
    on the Syrian Arab Army with two claimed death tolls."""
    from rdflib import Graph, Literal

    from kg.namespace import CKG, GRAPH, RDF, RES
    from kg.store import open_store

    graph = Graph()
    event, army = RES[f"event/{FIGURES_EVENT}"], RES["actor/syrian-arab-army"]
    graph.add((event, RDF.type, CKG.Attack))
    graph.add((event, CKG.target, army))
    for n, (count, source) in enumerate(FIGURES, 1):
        report, claim = RES[f"casualty/{FIGURES_EVENT}-{n}"], RES[f"claim/{FIGURES_EVENT}-{n}"]
        graph.add((event, CKG.casualtyReport, report))
        graph.add((report, RDF.type, CKG.CasualtyReport))
        graph.add((report, CKG.casualtyStatus, CKG.Killed))
        graph.add((report, CKG.count, Literal(count)))
        graph.add((report, CKG.victim, army))
        graph.add((claim, RDF.type, CKG.Claim))
        graph.add((claim, CKG.claimAbout, report))
        graph.add((claim, CKG.claimantName, Literal(source)))
    store = open_store(str(store_path))
    try:
        store.replace_graph(str(GRAPH[f"article/{FIGURES_EVENT}"]), graph)
    finally:
        store.close()


@pytest.fixture(scope="module")
def server(webdriver_module, sample_articles_dir, tmp_path_factory):
    """``kg serve`` over the sample articles, as a user runs it; yields the base URL."""
    work = tmp_path_factory.mktemp("ui-e2e")
    store = work / "store"
    ingest = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(sample_articles_dir), "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    add_contradicting_figures(store)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (work / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"kg serve exited with {process.returncode}: {(work / 'serve.log').read_text()[-2000:]}")
            try:
                if httpx.get(f"{base}/ui/config.json", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("kg serve did not answer within 60 s")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def driver(webdriver_module, tmp_path_factory):
    from selenium.webdriver.chrome.service import Service

    options = webdriver_module.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    downloads = tmp_path_factory.mktemp("downloads")
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver_module.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    browser.downloads = downloads
    ARTIFACTS.mkdir(exist_ok=True)
    yield browser
    browser.quit()


def api(server: str, path: str, **params) -> dict:
    response = httpx.get(f"{server}{path}", params=params, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def wait_for(driver, condition, message: str, timeout: float = WAIT):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: condition(d), message)


def open_page(driver, server: str, route: str) -> None:
    """Load a route from scratch (not a hash change on the old page) and wait until the page says it is ready."""
    driver.get("about:blank")
    driver.get_log("browser")  # what earlier pages logged is theirs
    driver.get(f"{server}/{route}")
    wait_for(
        driver,
        lambda d: d.execute_script("return document.getElementById('view')?.dataset.ready") == "true",
        f"{route} never finished loading",
    )


def console_errors(driver) -> list[str]:
    """Browser log entries at error level since the last call (failed requests, exceptions, console.error)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def screenshot(driver, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def text_of(driver, selector: str) -> str:
    """The text of the first match, "" while there is none (pages re-render as they navigate)."""
    from selenium.common.exceptions import StaleElementReferenceException

    found = css(driver, selector)
    try:
        return found[0].text if found else ""
    except StaleElementReferenceException:  # replaced between finding and reading: not there yet
        return ""


def click(driver, element) -> None:
    """A DOM click, also on SVG shapes that Selenium's pointer click may find covered."""
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", element)


def test_ui_e2e_console_errors_are_seen(driver, server):
    """The log reading below can fail: an error the page logs does reach it."""
    open_page(driver, server, "#/sparql")
    console_errors(driver)
    driver.execute_script("console.error('ui-e2e probe')")
    assert any("ui-e2e probe" in m for m in console_errors(driver))


ROUTES = [
    ("search", "#/"),
    ("search-daesh", "#/?q=daesh"),
    ("actor", "#/actor/pmf-23rd-brigade"),
    ("actor-islamic-state", "#/actor/islamic-state"),
    ("graph", "#/graph/popular-mobilization-forces"),
    ("map", "#/map"),
    ("sparql", "#/sparql"),
    ("articles", "#/articles"),
    ("article", "#/article/{article}"),
    ("place", "#/place/diyala-governorate"),
]


@pytest.mark.parametrize("name,route", ROUTES, ids=[n for n, _ in ROUTES])
def test_ui_e2e_pages_load_without_console_errors(driver, server, name, route):
    article = api(server, "/articles")[0]["id"]
    open_page(driver, server, route.format(article=article))  # flushes the log first
    time.sleep(0.3)  # late requests (map outlines, images) report after the page is ready
    assert console_errors(driver) == []
    assert [e.text for e in css(driver, "#view .error")] == []
    assert css(driver, "#view h1"), "the page has no heading"
    screenshot(driver, f"page-{name}")


@pytest.mark.parametrize("query", ["PMF 23rd", "23rd Brigade of the Popular Mobilization Forces", "pmf brigade 23"])
def test_ui_e2e_search_finds_pmf_23rd_brigade(driver, server, query):
    open_page(driver, server, "#/")
    box = css(driver, "input[name=q]")[0]
    box.send_keys(query)
    wait_for(driver, lambda d: css(d, '.actor-item[data-actor="pmf-23rd-brigade"]'), f"no result for {query!r}")
    item = css(driver, '.actor-item[data-actor="pmf-23rd-brigade"]')[0]
    assert "PMF 23rd Brigade" in item.text and "Brigade" in item.text
    assert "q=" in driver.current_url  # the search is in the address, so it can be shared
    screenshot(driver, "search-pmf-23rd")
    item.find_element("css selector", "a.actor-name").click()
    wait_for(driver, lambda d: "PMF 23rd Brigade" in text_of(d, ".actor-head h1"), "the result does not open the actor")
    assert console_errors(driver) == []


def test_ui_e2e_search_type_filter_narrows_results(driver, server):
    from selenium.webdriver.support.ui import Select

    open_page(driver, server, "#/?q=23rd")
    wait_for(driver, lambda d: css(d, '.actor-item[data-actor="pmf-23rd-brigade"]'), "no 23rd Brigade")
    Select(css(driver, "select[name=type]")[0]).select_by_value("Person")
    wait_for(driver, lambda d: css(d, ".results .empty"), "a Person filter should leave no 23rd Brigade")
    Select(css(driver, "select[name=type]")[0]).select_by_value("MilitaryUnit")  # Brigade is a MilitaryUnit
    wait_for(driver, lambda d: css(d, '.actor-item[data-actor="pmf-23rd-brigade"]'), "sub-class filter lost it")


def diyala_operation(server: str) -> dict:
    history = api(server, "/actors/pmf-23rd-brigade/history")
    found = [
        item
        for item in history["items"]
        if item.get("kind") == "event" and any(p["id"] == "diyala-governorate" for p in item["places"])
    ]
    assert found, "the sample articles no longer give the 23rd Brigade an event in Diyala"
    return found[0]


def test_ui_e2e_timeline_shows_diyala_operation_with_its_quote(driver, server):
    event = diyala_operation(server)
    quote = event["evidence"][0]["quote"]
    open_page(driver, server, "#/actor/pmf-23rd-brigade")
    cards = [c for c in css(driver, ".timeline .event-card") if c.get_attribute("data-id") == event["id"]]
    assert len(cards) == 1
    card = cards[0]
    assert "Diyala Governorate" in card.text
    assert card.get_attribute("data-type") == event["type"] == "MilitaryOperation"
    assert "military operation" in card.text
    if event["date"] and event["date"]["precision"] == "month-day":
        assert f"{event['date']['value']} (year unknown)" in card.text  # precision visible, e.g. --04-11
    assert quote in card.text
    card.find_element("css selector", "button.quote").click()
    wait_for(driver, lambda d: css(d, "#evidence:not([hidden]) .evidence-text mark"), "the quote was not opened")
    marked = css(driver, "#evidence .evidence-text mark")
    assert [m.text for m in marked] == [quote]  # the words at the offsets are the quote
    title = api(server, f"/articles/{event['article']}")["title"]
    assert title in css(driver, "#evidence .evidence-source")[0].text
    screenshot(driver, "actor-timeline-quote")
    assert console_errors(driver) == []


def test_ui_e2e_timeline_shows_contradicting_figures_side_by_side(driver, server):
    open_page(driver, server, "#/actor/syrian-arab-army")
    card = next(c for c in css(driver, ".timeline .event-card") if c.get_attribute("data-id") == FIGURES_EVENT)
    (box,) = card.find_elements("css selector", ".contradiction")
    figures = box.find_elements("css selector", ".figure")
    assert len(figures) == 2
    for figure, (count, source) in zip(figures, FIGURES, strict=True):
        assert figure.text.startswith(f"{count} killed (Syrian Arab Army)") and f"according to {source}" in figure.text
    left, right = (f.rect for f in figures)
    assert left["y"] == right["y"] and left["x"] + left["width"] <= right["x"]  # side by side
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", card)
    screenshot(driver, "contradicting-figures")


def test_ui_e2e_timeline_marks_claims_with_their_claimant(driver, server):
    history = api(server, "/actors/islamic-state/history")
    claimed = [i for i in history["items"] if i.get("claims")]
    assert claimed, "the sample articles no longer attribute an Islamic State event to a claimant"
    open_page(driver, server, "#/actor/islamic-state")
    for item in claimed:
        card = next(c for c in css(driver, ".timeline .event-card") if c.get_attribute("data-id") == item["id"])
        assert card.find_elements("css selector", ".claim-badge")
        claimant = item["claims"][0]["claimant_name"]
        assert f"Claimed by {claimant}" in card.text


def test_ui_e2e_timeline_axis_places_dated_events(driver, server):
    """An actor with dated events gets a time axis with one mark per dated item, coloured by type."""
    history = api(server, "/actors/islamic-state/history")
    dated = [i for i in history["items"] if i.get("date") and i["date"].get("sort")]
    assert dated, "the sample articles give the Islamic State no dated event"
    open_page(driver, server, "#/actor/islamic-state")
    marks = css(driver, "svg.timeline-axis .mark")
    assert len(marks) == len(dated)
    assert {m.get_attribute("data-id") for m in marks} == {i["id"] for i in dated}
    screenshot(driver, "actor-islamic-state-timeline")


def test_ui_e2e_map_shows_points_with_their_precision(driver, server):
    open_page(driver, server, "#/map")
    wait_for(driver, lambda d: css(d, "path.event-marker"), "no event markers on the map")
    markers = css(driver, "path.event-marker")
    page = css(driver, ".page-map")[0]
    assert len(markers) == int(page.get_attribute("data-markers")) > 1
    assert css(driver, "path.event-area"), "governorate-precision places should be drawn as translucent circles"
    countries = api(server, "/static/data/boundaries.geojson")["features"]
    assert len(css(driver, ".leaflet-outlines-pane path")) == len(countries)  # drawn from the shipped outlines
    assert len(css(driver, ".leaflet-overlay-pane path.event-marker")) == len(markers)  # dots above the circles
    status = css(driver, ".map-status")[0].text
    total = api(server, "/events", limit=1000)["total"]
    assert status.startswith(f"{total} events")
    screenshot(driver, "map")


def _popup_text(driver) -> str:
    """The text of the open map popup once it shows any ('' while none is open or it is still transparent)."""
    contents = css(driver, ".leaflet-popup-content .map-popup")
    return contents[0].text if contents else ""


def test_ui_e2e_map_filters_by_actor(driver, server):
    event = diyala_operation(server)
    expected = api(server, "/events", actor="pmf-23rd-brigade")["total"]
    open_page(driver, server, "#/map?actor=pmf-23rd-brigade")
    wait_for(driver, lambda d: css(d, "path.event-marker"), "no marker for the 23rd Brigade")
    assert css(driver, ".map-status")[0].text.startswith(f"{expected} event")
    markers = css(driver, "path.event-marker")
    click(driver, markers[0])
    # Selenium reads only visible text, and Leaflet fades a popup in: wait for the words, not the element,
    # or a slow machine reads '' from a popup still at opacity 0.
    popup = wait_for(driver, lambda d: _popup_text(d), "the marker opened no popup")
    assert "Diyala Governorate" in popup and "governorate precision" in popup
    assert event["date"]["value"] in popup
    time.sleep(0.5)  # let the popup finish fading in before the picture
    screenshot(driver, "map-pmf-23rd")
    assert console_errors(driver) == []


def test_ui_e2e_sparql_query_returns_rows(driver, server):
    open_page(driver, server, "#/sparql")
    examples = {b.text: b for b in css(driver, "button.example")}
    assert set(examples) == {"Actor history", "Events per month", "Sub-units"}
    examples["Sub-units"].click()
    wait_for(driver, lambda d: css(d, ".results-table tbody tr"), "the Sub-units example returned no rows")
    rows = css(driver, ".results-table tbody tr")
    example = next(e["query"] for e in api(server, "/ui/config.json")["examples"] if e["title"] == "Sub-units")
    expected = httpx.post(f"{server}/sparql", data={"query": example}, headers={"Accept": "text/csv"}).text
    assert len(rows) == len(expected.strip().splitlines()) - 1
    links = css(driver, '.results-table tbody a[href^="#/actor/"]')
    assert links and links[0].text.startswith("actor/")  # entity IRIs link to their pages
    assert css(driver, ".result-count")[0].text.startswith(f"{len(rows)} row")
    assert {b.get_attribute("data-format") for b in css(driver, "button.download")} == {"json", "xml", "csv", "tsv"}
    screenshot(driver, "sparql")


def test_ui_e2e_sparql_custom_query_links_entities_and_downloads(driver, server):
    query = (
        "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\n"
        "SELECT ?event WHERE { ?event ckg:place <https://w3id.org/conflict-kg/id/place/diyala-governorate> }"
    )
    open_page(driver, server, "#/sparql")
    editor = css(driver, "textarea[name=query]")[0]
    editor.clear()
    editor.send_keys(query)
    css(driver, ".sparql-form button[type=submit]")[0].click()
    wait_for(driver, lambda d: css(d, ".results-table tbody tr"), "no rows for events in Diyala")
    cells = [c.text for c in css(driver, ".results-table tbody td")]
    expected = httpx.post(f"{server}/sparql", data={"query": query}, headers={"Accept": "text/csv"}).text
    assert len(cells) == len(expected.strip().splitlines()) - 1
    downloads = {b.get_attribute("data-format"): b for b in css(driver, "button.download")}
    downloads["csv"].click()
    target = driver.downloads / "results.csv"
    wait_for(driver, lambda d: target.exists() and target.stat().st_size > 0, "the CSV download never arrived")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].strip() == "event" and len(lines) == 1 + len(cells)


def test_ui_e2e_sparql_error_is_shown_not_thrown(driver, server):
    open_page(driver, server, "#/sparql")
    editor = css(driver, "textarea[name=query]")[0]
    editor.clear()
    editor.send_keys("SELECT WHERE {")
    css(driver, ".sparql-form button[type=submit]")[0].click()
    wait_for(driver, lambda d: css(d, ".sparql-results .error"), "a malformed query showed no error")
    assert css(driver, ".sparql-results .error")[0].text.startswith("400")
    assert not [m for m in console_errors(driver) if "/sparql" not in m]  # only the failed request itself


def test_ui_e2e_article_page_highlights_every_fact(driver, server):
    event = diyala_operation(server)
    evidence = event["evidence"][0]
    article = api(server, f"/articles/{event['article']}")
    open_page(driver, server, f"#/article/{article['id']}?start={evidence['start']}&end={evidence['end']}")
    spans = [e for ev in article["events"] for e in ev["evidence"]]
    spans += [r["evidence"] for r in article["relations"] if r["evidence"]]
    assert spans
    # For every fact, the highlighted pieces inside its offsets spell its quote.
    texts = driver.execute_script(
        """
        const marks = [...document.querySelectorAll('.article-text mark')];
        return arguments[0].map(s => marks
            .filter(m => +m.dataset.start >= s.start && +m.dataset.end <= s.end)
            .map(m => m.textContent).join(''));
        """,
        spans,
    )
    assert texts == [s["quote"] for s in spans]
    focused = "".join(m.text for m in css(driver, ".article-text mark.focus"))
    assert focused == evidence["quote"]
    click(driver, css(driver, ".article-text mark.focus")[0])
    wait_for(driver, lambda d: css(d, ".fact-detail .event-card"), "clicking the words listed no fact")
    assert event["id"] in [c.get_attribute("data-id") for c in css(driver, ".fact-detail .event-card")]
    screenshot(driver, "article")


def test_ui_e2e_article_page_lists_names_with_their_resolution(driver, server):
    article = api(server, "/articles")[0]
    open_page(driver, server, f"#/article/{article['id']}")
    groups = css(driver, ".fact-panel details.resolution")
    assert groups, "no entity-resolution decisions listed"
    assert [g.get_attribute("class").split("resolution-")[-1] for g in groups][-1] == "Linked"  # checks first
    names = css(driver, ".article-text span.mention")
    assert names
    click(driver, names[0])
    wait_for(driver, lambda d: css(d, ".fact-detail .mention-item"), "clicking a name did not show its resolution")
    item = css(driver, ".fact-detail .mention-item")[0]
    assert names[0].text in item.text and item.find_elements("css selector", ".chip")
    assert console_errors(driver) == []


def test_ui_e2e_offsets_count_code_points_like_python(driver, server):
    """Evidence offsets are Python string indexes (code points); the page must cut text the same way even where
    JavaScript's UTF-16 indexes differ (characters outside the BMP)."""
    text = "🙂 Ø ISIS 🚀 attacked Palmyra"
    spans = [{"start": text.index(w), "end": text.index(w) + len(w)} for w in ("ISIS", "attacked")]
    open_page(driver, server, "#/sparql")
    cut = driver.execute_async_script(
        """
        const [text, spans, done] = arguments;
        import("/static/js/text_spans.js").then(({ slice, segments }) => done({
          slices: spans.map((s) => slice(text, s.start, s.end)),
          pieces: segments(text, spans).map((seg) => [seg.text, seg.spans.length]),
        }));
        """,
        text,
        spans,
    )
    assert cut["slices"] == [text[s["start"] : s["end"]] for s in spans] == ["ISIS", "attacked"]
    assert "".join(piece for piece, _ in cut["pieces"]) == text
    assert [piece for piece, covered in cut["pieces"] if covered] == ["ISIS", "attacked"]


def test_ui_e2e_graph_shows_sub_units_and_recentres(driver, server):
    actor = api(server, "/actors/popular-mobilization-forces")
    open_page(driver, server, "#/graph/popular-mobilization-forces")
    ids = {n.get_attribute("data-id") for n in css(driver, "svg.org-graph g.node[data-id]")}
    linked = {link["id"] for key in ("sub_units", "parents", "member_of", "members", "allies") for link in actor[key]}
    assert "pmf-23rd-brigade" in ids and linked <= ids
    click(driver, css(driver, 'svg.org-graph g.node[data-id="pmf-23rd-brigade"]')[0])
    wait_for(driver, lambda d: "Organisation of PMF 23rd Brigade" in text_of(d, "#view h1"), "did not recentre")
    wait_for(driver, lambda d: css(d, 'svg.org-graph g.node[data-id="popular-mobilization-forces"]'), "no parent node")
    screenshot(driver, "graph-pmf-23rd")
    assert console_errors(driver) == []


def test_ui_e2e_place_page_lists_its_events(driver, server):
    event = diyala_operation(server)
    open_page(driver, server, "#/place/diyala-governorate")
    cards = css(driver, ".page-place .event-card")
    assert event["id"] in [c.get_attribute("data-id") for c in cards]
    assert len(cards) == len(api(server, "/places/diyala-governorate")["events"])


def test_ui_e2e_unknown_actor_is_a_clear_message(driver, server):
    open_page(driver, server, "#/actor/no-such-actor")
    errors = [e.text for e in css(driver, "#view .error")]
    assert errors and "404" in errors[0] and "no-such-actor" in errors[0]
