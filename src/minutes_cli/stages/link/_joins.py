"""Ids and joins of decisions, motions and vote events (the link stage's second and third steps)."""

from __future__ import annotations

import dataclasses

from ...document import Document, Span, VoteEvent

NEAR = 400  # characters between a vote and a decision of its agenda item, at most


def decision_near(doc: Document, span: Span) -> Span | None:
    """The decision holding the vote, else the nearest one in the same agenda item (400 characters)."""
    item = doc.section_at(span.start)
    best: tuple[int, Span] | None = None
    for d in doc.decisions:
        if d.span.start <= span.start <= d.span.end:
            return d.span
        gap = d.span.start - span.end if d.span.start >= span.end else span.start - d.span.end
        if 0 <= gap < NEAR and doc.section_at(d.span.start) == item and (best is None or gap < best[0]):
            best = (gap, d.span)
    return best[1] if best else None


def item_at(doc: Document, items: list[str], offset: int) -> str | None:
    """The id of the agenda item whose extent holds `offset`, or None."""
    i = doc.section_at(offset)
    return None if i is None else items[i]


def link_items(doc: Document, items: list[str], votes_on: list[Span | None]) -> None:
    """Number decisions (text order), motions (found order) and vote events (text order) and join
    them. `votes_on[k]` is the decision span vote event k belongs to. Where two items share a span,
    a join names the first of them."""
    doc.decisions.sort(key=lambda d: (d.span.start, d.span.end))
    dec_ids: dict[Span, str] = {}
    for n, d in enumerate(doc.decisions, 1):
        dec_ids.setdefault(d.span, f"dec-{n}")
    mot_ids: dict[Span, str] = {}
    for n, m in enumerate(doc.motions, 1):
        mot_ids.setdefault(m.span, f"mot-{n}")
    order = sorted(range(len(doc.vote_events)), key=lambda k: doc.vote_events[k].span.start)
    events = [(doc.vote_events[k], votes_on[k]) for k in order]
    by_decision: dict[Span, int] = {}  # the first vote (in text order) on a decision, on a motion
    by_motion: dict[Span, int] = {}
    for n, (v, on) in enumerate(events):
        if on is not None:
            by_decision.setdefault(on, n)
        if v.motion is not None:
            by_motion.setdefault(v.motion, n)
    doc.vote_events[:] = [_vote(doc, items, v, n, mot_ids, dec_ids, on) for n, (v, on) in enumerate(events)]
    motions_of: dict[Span, list[Span]] = {}
    for m in doc.motions:
        if m.decision is not None:
            motions_of.setdefault(m.decision, []).append(m.span)
    for n, d in enumerate(doc.decisions):
        firsts = [by_motion[s] for s in motions_of.get(d.span, ()) if s in by_motion]
        if d.span in by_decision:
            firsts.append(by_decision[d.span])
        vote = doc.vote_events[min(firsts)].id if firsts else None
        doc.decisions[n] = dataclasses.replace(d, id=f"dec-{n + 1}", agenda_item=item_at(doc, items, d.span.start),
                                               vote=vote)
    for n, m in enumerate(doc.motions):
        doc.motions[n] = dataclasses.replace(m, id=f"mot-{n + 1}", agenda_item=item_at(doc, items, m.span.start),
                                             decision_id=dec_ids.get(m.decision) if m.decision else None)


def _vote(doc: Document, items: list[str], v: VoteEvent, n: int, mot_ids: dict[Span, str],
          dec_ids: dict[Span, str], on: Span | None) -> VoteEvent:
    return VoteEvent(v.span, v.counts, v.votes, v.result, v.text, v.motion, on, f"vote-{n + 1}",
                     item_at(doc, items, v.span.start), mot_ids.get(v.motion) if v.motion else None,
                     dec_ids.get(on) if on else None)
