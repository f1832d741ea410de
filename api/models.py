"""Response models: they document the API in /docs (with examples); routes return plain dicts directly."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

EVENT_EXAMPLE = {
    "id": "aaaaaaaaaaaaaaaa-000000000001",
    "iri": "https://w3id.org/conflict-kg/id/event/aaaaaaaaaaaaaaaa-000000000001",
    "type": "Attack",
    "kind": "event",
    "date": {"value": "2020-08-18", "precision": "day", "sort": "2020-08-18", "begin": None, "end": None},
    "agents": [
        {"id": "islamic-state", "iri": "https://w3id.org/conflict-kg/id/actor/islamic-state", "name": "Islamic State"}
    ],
    "targets": [
        {
            "id": "syrian-arab-army-4th-division",
            "iri": "https://w3id.org/conflict-kg/id/actor/syrian-arab-army-4th-division",
            "name": "4th Division",
        }
    ],
    "places": [{"id": "palmyra", "iri": "https://w3id.org/conflict-kg/id/place/palmyra", "name": "Palmyra"}],
    "casualties": [
        {
            "iri": "https://w3id.org/conflict-kg/id/casualty/aaaaaaaaaaaaaaaa-c1",
            "status": "killed",
            "count": 3,
            "min": None,
            "max": None,
            "victim": None,
            "claimed_by": "pro-government sources",
        }
    ],
    "claims": [],
    "evidence": [
        {"quote": "ISIS fighters attacked positions of the 4th Division near Palmyra", "start": 18, "end": 83}
    ],
    "article": "aaaaaaaaaaaaaaaa",
    "graph": "https://w3id.org/conflict-kg/graph/article/aaaaaaaaaaaaaaaa",
    "planned": False,
}


class Ref(BaseModel):
    id: str | None
    iri: str
    name: str | None = None


class Evidence(BaseModel):
    quote: str
    start: int | None
    end: int | None


class DateView(BaseModel):
    value: str | None = Field(description="2020-08-18, 2020-08, 2020, --04-14 or begin/end")
    precision: str | None = Field(description="day, month-day, month, year or interval")
    sort: str | None = Field(description="earliest day the date can mean (None: cannot be placed)")
    begin: str | None = None
    end: str | None = None


class Casualty(BaseModel):
    iri: str
    status: str | None
    count: int | None
    min: int | None
    max: int | None
    victim: Ref | None
    claimed_by: str | None


class Claim(BaseModel):
    claimant: str | None
    claimant_name: str | None
    status: str | None


class Event(BaseModel):
    model_config = ConfigDict(json_schema_extra={"example": EVENT_EXAMPLE})
    id: str | None
    iri: str
    type: str | None
    kind: str | None = None
    date: DateView | None
    agents: list[Ref]
    targets: list[Ref]
    places: list[Ref]
    casualties: list[Casualty]
    claims: list[Claim]
    evidence: list[Evidence]
    article: str | None
    graph: str | None
    planned: bool


class EventPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[Event]


class ActorSummary(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "id": "islamic-state",
                "iri": "https://w3id.org/conflict-kg/id/actor/islamic-state",
                "name": "Islamic State",
                "types": ["ArmedGroup"],
                "matched": "Daesh",
            }
        }
    )
    id: str | None
    iri: str
    name: str
    types: list[str]
    matched: str | None = Field(None, description="the label the search matched")


class ActorPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[ActorSummary]


class LinkSource(BaseModel):
    graph: str
    article: str | None
    quote: str | None
    start: int | None
    end: int | None


class Link(Ref):
    sources: list[LinkSource]


class ActorDetail(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "id": "syrian-arab-army",
                "iri": "https://w3id.org/conflict-kg/id/actor/syrian-arab-army",
                "name": "Syrian Arab Army",
                "types": ["StateForce"],
                "aliases": ["SAA"],
                "hidden_labels": [],
                "properties": {},
                "graphs": ["https://w3id.org/conflict-kg/graph/reference"],
                "parents": [
                    {
                        "id": "syrian-armed-forces",
                        "iri": "https://w3id.org/conflict-kg/id/actor/syrian-armed-forces",
                        "name": "Syrian Armed Forces",
                        "sources": [
                            {
                                "graph": "https://w3id.org/conflict-kg/graph/reference",
                                "article": None,
                                "quote": None,
                                "start": None,
                                "end": None,
                            }
                        ],
                    }
                ],
                "sub_units": [],
                "member_of": [],
                "members": [],
                "allies": [],
                "opposes": [],
                "opposed_by": [],
                "supports": [],
                "supported_by": [],
                "commands": [],
                "commanded_by": [],
                "leads": [],
                "led_by": [],
            }
        }
    )
    id: str | None
    iri: str
    name: str
    types: list[str]
    aliases: list[str]
    hidden_labels: list[str]
    properties: dict[str, str]
    graphs: list[str]
    parents: list[Link]
    sub_units: list[Link]
    member_of: list[Link]
    members: list[Link]
    allies: list[Link]
    opposes: list[Link]
    opposed_by: list[Link]
    supports: list[Link]
    supported_by: list[Link]
    commands: list[Link]
    commanded_by: list[Link]
    leads: list[Link]
    led_by: list[Link]


class ActorHistory(BaseModel):
    actor: Ref
    include_subunits: bool
    count: int = Field(description="items in the whole history (in the date range, if one is given)")
    offset: int
    limit: int
    items: list[dict] = Field(
        description="events (kind 'event', shaped like /events items) and relation "
        "items (kind 'relation-begins' / 'relation-ends'), sorted by date, undated last",
        examples=[[EVENT_EXAMPLE]],
    )


class Place(BaseModel):
    id: str | None
    iri: str
    name: str | None
    types: list[str]
    aliases: list[str]
    properties: dict[str, str]
    located_in: list[Ref]
    event_count: int = Field(description="events at the place or inside it")
    events: list[Event] = Field(description="the first hundred of them by date; /events?place= pages through all")


class ArticleSummary(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "id": "aaaaaaaaaaaaaaaa",
                "iri": "https://w3id.org/conflict-kg/id/article/aaaaaaaaaaaaaaaa",
                "graph": "https://w3id.org/conflict-kg/graph/article/aaaaaaaaaaaaaaaa",
                "title": "ISIS attacks 4th Division near Palmyra",
                "published": "2020-08-19",
                "publisher": "Example News",
                "url": "https://news.example.org/palmyra",
                "ingested": None,
                "extractor_version": None,
            }
        }
    )
    id: str | None
    iri: str
    graph: str
    title: str | None
    published: str | None
    publisher: str | None
    url: str | None
    ingested: str | None
    extractor_version: str | None


class ArticleDetail(ArticleSummary):
    events: list[Event]
    relations: list[dict]


class ArticlePost(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "text": "DEIR EZZOR — ISIS fighters attacked a checkpoint of the Syrian Arab Army near Al-Mayadin "
                "on Monday.",
                "url": "https://news.example.org/2020/08/24/mayadin",
                "publisher": "Example News",
                "published": "2020-08-24",
                "title": "ISIS attacks checkpoint near Al-Mayadin",
            }
        }
    )
    text: str = Field(min_length=1)
    url: str | None = None
    publisher: str | None = None
    published: str | None = Field(None, description="ISO date")
    title: str | None = None


class Stats(BaseModel):
    location: str
    triples: int
    graphs: int
    article_graphs: int
    triples_by_graph: dict[str, int]
    instances_by_class: dict[str, int]
    articles: list[dict]
