"""Join the items the other stages made, by id: the last stage, so `records` only serialises.

Reads: text, blocks, metadata, sections, decisions, motions, vote_events, roles, speakers,
declarations. Writes (replacing items with their ids and joins, never finding new ones):
sections, decisions, motions, vote_events, speakers, declarations, linked.

Each stage writes only the items it creates and names the others it read by their spans (a
motion the decision it produced, a vote the motion it was on). Here, once every item exists:

1. decisions that are one are merged (a recommendation the next motion acted on, a quoted
   motion then resolved in its words: `_merge.drop_superseded`); a motion whose decision is
   recorded was carried; a decision with no mover takes its motion's; a role-only mover
   ("moved by the Chair") is named through the role holders (`roles.holder_names`);
2. ids, in text order: agenda items `item-N`, decisions `dec-N`, motions `mot-N` (in the
   motions stage's order), vote events `vote-N`, speakers `spk-N`;
3. joins, stored on the items: each item's agenda item (the one whose extent holds its
   start), motion -> decision, vote -> motion and decision, decision -> the vote that decided it.
"""

from __future__ import annotations

from ...document import Contribution, Declaration, Document, Section, Speaker
from ...settings import Settings
from ..roles import holder_names
from ._joins import decision_near, item_at, link_items
from ._merge import carried_by_decision, drop_superseded, movers_from_motions, resolve_roles

__all__ = ["decision_near", "find_links"]


def find_links(doc: Document, settings: Settings) -> None:
    """Merge, name, number and join the items of `doc` (see the module docstring)."""
    drop_superseded(doc, settings.lexicon_key)
    carried_by_decision(doc)
    movers_from_motions(doc)
    resolve_roles(doc, holder_names(doc.roles))
    votes_on = [decision_near(doc, v.span) for v in doc.vote_events]  # against the decisions that stay
    items = _item_ids(doc)
    doc.sections[:] = [Section(s.number, s.title, s.span, s.heading, items[n]) for n, s in enumerate(doc.sections)]
    link_items(doc, items, votes_on)
    _link_speakers(doc, items)
    doc.declarations[:] = [_declaration(d, item_at(doc, items, d.span.start)) for d in doc.declarations]
    doc.linked = True


def _item_ids(doc: Document) -> list[str]:
    return [f"item-{n}" for n in range(1, len(doc.sections) + 1)]


def _link_speakers(doc: Document, items: list[str]) -> None:
    doc.speakers.sort(key=lambda s: (s.span.start, s.span.end))
    for n, s in enumerate(doc.speakers):
        said = tuple(Contribution(c.text, c.span, c.quote, item_at(doc, items, c.span.start)) for c in s.contributions)
        doc.speakers[n] = Speaker(s.name, s.span, s.honorific_prefix, s.role, s.attribution_text, s.mentions,
                                  said, f"spk-{n + 1}")


def _declaration(d: Declaration, item: str | None) -> Declaration:
    return Declaration(d.name, d.span, d.interest, d.item, d.action, d.text, item)

