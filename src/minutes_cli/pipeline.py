"""The ordered, named stages, and the only place that fixes their order.

A stage is `Callable[[Document, Settings], None]`: it reads what earlier stages added and
appends its own items. A `Pipeline` can insert a stage before or after another, replace
one or disable some, all by name (an unknown name is a KeyError naming it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .declarations import check_writes, fingerprint, unmet
from .document import Document
from .errors import ConfigError, MinutesError, StageError
from .plugins import place, resolve
from .settings import Settings
from .stages.agenda import find_agenda
from .stages.attendance import find_attendance
from .stages.dates import find_dates
from .stages.decisions import find_decisions
from .stages.declarations import find_declarations
from .stages.link import find_links
from .stages.metadata import find_metadata
from .stages.motions import find_motions
from .stages.roles import find_roles
from .stages.speakers import find_speakers
from .stages.structure import find_structure
from .stages.votes import find_votes

Stage = Callable[[Document, Settings], None]

DEFAULT_STAGES: tuple[tuple[str, Stage], ...] = (
    ("structure", find_structure),
    ("metadata", find_metadata),
    ("dates", find_dates),
    ("decisions", find_decisions),
    ("agenda", find_agenda),
    ("attendance", find_attendance),
    ("declarations", find_declarations),
    ("motions", find_motions),
    ("votes", find_votes),
    ("roles", find_roles),
    ("speakers", find_speakers),  # after attendance and roles: "The Chair said" is the named Chair
    ("link", find_links),  # last: joins the items by id, so records only serialise
)
# Stages that run whatever `Settings.stages` selects (it names the stages that find things)
ALWAYS = frozenset({"link"})


class Pipeline:
    """An ordered list of named stages (markdown-it-py's Ruler, in small)."""

    def __init__(self, stages: Iterable[tuple[str, Stage]] = DEFAULT_STAGES, strict: bool = False) -> None:
        """`strict`: check after every stage that it changed only the fields it declares
        (see `minutes_cli.declarations`); the test suite runs every real paper so."""
        self._stages: list[tuple[str, Stage]] = list(stages)
        self._disabled: set[str] = set()
        self.strict = strict

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._stages]

    def _index(self, name: str) -> int:
        for i, (n, _) in enumerate(self._stages):
            if n == name:
                return i
        raise KeyError(f"no stage named {name!r}; stages are {', '.join(self.names)}")

    def before(self, anchor: str, name: str, stage: Stage) -> Pipeline:
        self._stages.insert(self._index(anchor), (name, stage))
        return self

    def after(self, anchor: str, name: str, stage: Stage) -> Pipeline:
        self._stages.insert(self._index(anchor) + 1, (name, stage))
        return self

    def replace(self, name: str, stage: Stage) -> Pipeline:
        self._stages[self._index(name)] = (name, stage)
        return self

    def disable(self, *names: str) -> Pipeline:
        for name in names:
            self._index(name)
            self._disabled.add(name)
        return self

    def use(self, plugin: Callable[[Pipeline], None]) -> Pipeline:
        plugin(self)
        return self

    @classmethod
    def for_settings(cls, settings: Settings, strict: bool = False) -> Pipeline:
        """The built-in stages plus the plugin stages `settings.plugins` names, each where
        it declares (`stage.after` / `stage.before`), else last."""
        pipeline = cls(strict=strict)
        named = tuple(s for s in settings.stages if s not in DEFAULT_NAMES and s not in settings.plugins)
        for spec in settings.plugins + named:  # a plugin named in `stages` runs as if `plugins` named it
            name, stage = resolve(spec)
            if name in pipeline.names:
                raise ConfigError(f"plugin stage '{spec}' has the name of a stage already in the pipeline: {name}")
            how, anchor = place(stage)
            if anchor is None:
                pipeline._stages.append((name, stage))
            elif how == "before":
                pipeline.before(anchor, name, stage)
            else:
                pipeline.after(anchor, name, stage)
        return pipeline

    def enabled(self, settings: Settings) -> list[tuple[str, Stage]]:
        """The stages that run under `settings`, in order."""
        return [(name, stage) for name, stage in self._stages if name not in self._disabled
                and (name not in DEFAULT_NAMES or name in ALWAYS or name in settings.stages)]

    def unmet(self, settings: Settings) -> list[str]:
        """Fields a stage reads that no earlier stage writes (an analysis, like spaCy's)."""
        return unmet(self.enabled(settings))

    def __call__(self, doc: Document, settings: Settings) -> Document:
        """Run the enabled stages in order; a bug in one is re-raised as StageError."""
        for name, stage in self.enabled(settings):
            before = fingerprint(doc) if self.strict else None
            try:
                stage(doc, settings)
            except MinutesError:
                raise
            except Exception as exc:  # a defect, reported with its stage and file
                raise StageError(name, doc.source.path, exc) from exc
            if before is not None:
                check_writes(name, stage, before, doc)
        return doc


DEFAULT_NAMES = frozenset(name for name, _ in DEFAULT_STAGES)
