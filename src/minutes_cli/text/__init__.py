"""The shared grammar of council English, used by several stages.

`names` and `people` read a person's name and lists of people (honorific chains, initials,
particles, `Sheahan (J)`); `dates` and `dateorder` read dates and a paper's numeric date
order; `scan` finds lexicon phrases block by block; `tables` reads a document's tables by
their headers; `movers` reads "Moved by / Proposed by" phrases; `numbering` reads item
numbers ("(1)", "(a)", "iv."); `nlp` builds spaCy once per process. Nothing here writes to
a Document: stages do, each in its own module or package under `stages/`.
"""
