"""kg.event_lookup: select cheaply, page, then detail — on the hand-written article graphs of the store tests."""

from __future__ import annotations

import pytest
from test_api_rest import loaded_store

from kg.event_lookup import EventFilter, date_view, detail_events, find_events, in_range, select_events
from kg.namespace import CKG, GRAPH, RES


@pytest.fixture(scope="module")
def store():
    with loaded_store() as s:
        yield s


def test_selection_carries_what_sorting_and_paging_need_and_nothing_more(store):
    events = select_events(store, EventFilter())
    assert {tuple(sorted(e)) for e in events} == {("date", "graph", "id", "iri", "type")}
    sorts = [e["date"]["sort"] for e in events if e["date"] and e["date"]["sort"]]
    assert sorts == sorted(sorts)


def test_pages_detail_only_their_events_and_add_up_to_the_whole(store):
    total, whole = find_events(store, EventFilter())
    assert total == len(whole) == 3
    pages = [find_events(store, EventFilter(), offset=n, limit=1) for n in range(total)]
    assert all(count == total and len(page) == 1 for count, page in pages)
    assert [page[0] for _, page in pages] == whole
    assert find_events(store, EventFilter(), offset=total, limit=5) == (total, [])


def test_filters_start_from_the_actor_the_place_or_the_article(store):
    sub_units = select_events(store, EventFilter(actor=RES["actor/syrian-arab-army"]))
    alone = select_events(store, EventFilter(actor=RES["actor/syrian-arab-army"], include_subunits=False))
    assert {e["id"] for e in alone} < {e["id"] for e in sub_units}  # the 4th Division's attack comes with units
    at_palmyra = select_events(store, EventFilter(place=RES["place/palmyra"]))
    assert [e["id"] for e in at_palmyra] == ["aaaaaaaaaaaaaaaa-000000000001"]
    in_article = select_events(store, EventFilter(graph=GRAPH["article/aaaaaaaaaaaaaaaa"]))
    assert {e["graph"] for e in in_article} == {str(GRAPH["article/aaaaaaaaaaaaaaaa"])}
    ambushes = select_events(store, EventFilter(event_class=CKG.Ambush))
    assert [e["type"] for e in ambushes] == ["Ambush"]
    assert select_events(store, EventFilter(actor=RES["actor/hezbollah"])) == []
    article_a = GRAPH["article/aaaaaaaaaaaaaaaa"]
    both = select_events(store, EventFilter(actor=RES["actor/islamic-state"], graph=article_a))
    assert both and {e["graph"] for e in both} == {str(article_a)}  # filters combine on every path


def test_details_keep_the_order_given_and_empty_pages_ask_nothing(store):
    events = select_events(store, EventFilter())
    detailed = detail_events(store, list(reversed(events)))
    assert [e["iri"] for e in detailed] == [e["iri"] for e in reversed(events)]
    attack = next(e for e in detailed if e["id"] == "aaaaaaaaaaaaaaaa-000000000001")
    assert attack["evidence"][0]["start"] == 18 and attack["places"][0]["id"] == "palmyra"
    assert detail_events(store, []) == []


@pytest.mark.parametrize(
    ("row", "value", "sort"),
    [
        ({"precision": "day", "xsdDate": "2020-08-18"}, "2020-08-18", "2020-08-18"),
        ({"precision": "month", "year": "2020", "month": "--08"}, "2020-08", "2020-08-01"),
        ({"precision": "year", "year": "2019"}, "2019", "2019-01-01"),
        ({"precision": "month-day", "month": "--04", "day": "---11"}, "--04-11", None),  # no year: off the timeline
        (
            {"precision": "interval", "beginDate": "2020-08-10", "endDate": "2020-08-12"},
            "2020-08-10/2020-08-12",
            "2020-08-10",
        ),
    ],
)
def test_date_views_and_ranges(row, value, sort):
    view = date_view(row)
    assert (view["value"], view["sort"]) == (value, sort)
    item = {"date": view}
    assert in_range(item, None, None)
    assert in_range(item, "2000-01-01", "2030-12-31") == (sort is not None)
