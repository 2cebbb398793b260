"""spaCy's entity recogniser with its greedy decoding loop in numpy, with the same output.

Profiling ``en_core_web_sm``'s ``ner`` (perf, 100 Wikinews articles) shows that about two
thirds of its time is not the neural network but the transition loop: for every token and
every one of its 74 actions, the action's validity test reads the state through inline
accessors that take and release the GIL (``PyGILState_Ensure`` inside ``StateC::B_``), and
the mutex traffic alone is ~30% of the component. :class:`FastEntityRecognizer` keeps
spaCy's model, weights and batching (the same sub-batches ``Parser.pipe`` forms, the same
token vectors and precomputed first layer) and replaces only the loop: all states of a
sub-batch advance together in numpy, with the BILUO validity rules of
``spacy/pipeline/_parser_internals/ner.pyx`` as boolean masks, the feature sum and maxout of
``predict_states``, the output layer through the same BLAS (``ops.gemm``), the unseen-class
floor, and the first-best valid action. The entities come out the same (tested token by
token against spaCy's component, ``tests/nlp/test_nlp_fastner.py``).

It handles the case eventwire has: fresh Docs without preset entities, greedy decoding
(``beam_width`` 1). Anything else goes to spaCy's own component, as does an unknown model
layout (``Unsupported`` at construction).
"""

from __future__ import annotations

from typing import Iterable, Iterator

import numpy

from .fastrules import Unsupported

# Move numbers of spaCy's BiluoPushDown (ner.pyx: MISSING, BEGIN, IN, LAST, UNIT, OUT).
MOVES = {"M": 0, "B": 1, "I": 2, "L": 3, "U": 4, "O": 5}



class FastEntityRecognizer:
    """A drop-in for a spaCy ``EntityRecognizer`` in ``pipe``/``__call__``."""

    def __init__(self, ner):
        model = ner.model
        if getattr(ner.moves, "n_moves", 0) <= 0 or not hasattr(model, "layers"):
            raise Unsupported("not a transition-based recogniser")
        if ner.cfg.get("beam_width", 1) != 1:
            raise Unsupported("beam search")
        if len(model.layers) != 3 or not model.attrs.get("has_upper"):
            raise Unsupported("model layout")
        lower = model.layers[1]
        if lower.name != "precomputable_affine" or lower.get_dim("nF") != 3 or lower.get_dim("nP") < 2:
            raise Unsupported("lower layer")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        moves, labels = [], []
        for name in names:
            move, _, label = name.partition("-")
            if move not in MOVES:
                raise Unsupported(f"action {name}")
            moves.append(MOVES[move])
            labels.append(ner.vocab.strings.add(label) if label else 0)
        self.ner = ner
        self.name = ner.name
        self.moves = numpy.asarray(moves)
        self.labels = numpy.asarray(labels, dtype="uint64")
        unseen = model.attrs.get("unseen_classes") or ()
        self.seen = numpy.ones(len(names), dtype=bool)
        self.seen[list(unseen)] = False
        self.labelled = self.labels != 0
        self.is_begin = self.moves == MOVES["B"]
        self.is_in = self.moves == MOVES["I"]
        self.is_last = self.moves == MOVES["L"]
        self.is_unit = self.moves == MOVES["U"]
        self.is_out = self.moves == MOVES["O"]

    def __call__(self, doc):
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable, batch_size: int = 256) -> Iterator:
        """As ``Parser.pipe``: batches, each sorted by length and cut into quarter-batches."""
        batch: list = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._batch(batch, batch_size)

    def _batch(self, batch: list, batch_size: int) -> list:
        from spacy.util import minibatch

        by_length = sorted(batch, key=len)
        for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
            self._annotate(list(sub))
        return batch

    def _annotate(self, docs: list) -> None:
        if not any(len(doc) for doc in docs) or any(doc.has_annotation("ENT_IOB") for doc in docs):
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        spans = self.decode(docs)
        from spacy.tokens import Span

        for doc, found in zip(docs, spans):
            doc.set_ents([Span(doc, s, e, label=label) for s, e, label in found], default="outside")

    def decode(self, docs: list) -> list[list[tuple[int, int, int]]]:
        """(start, end, label id) of the entities of each Doc."""
        model = self.ner.model
        tok2vec, lower, upper = model.layers
        tokvecs = tok2vec.predict(docs)
        # (tokens + 1, nF, nH, nP); row 0 is the padding used for absent features.
        cached = lower.predict(tokvecs)
        n_feats, n_hidden, n_pieces = cached.shape[1:]
        cached = cached.reshape((cached.shape[0], n_feats, n_hidden * n_pieces))
        bias = lower.get_param("b").reshape((n_hidden * n_pieces,))
        weights = upper.get_param("W")
        out_bias = upper.get_param("b")
        ops = upper.ops

        lengths = numpy.array([len(doc) for doc in docs])
        offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])
        # A sentence start after each token (the ``B_(1).sent_start == 1`` test), and spaces.
        next_starts = numpy.zeros(int(lengths.sum()) + 1, dtype=bool)
        spaces = numpy.zeros(int(lengths.sum()), dtype=bool)
        for doc, offset in zip(docs, offsets):
            if len(doc):
                arr = doc.to_array(["SENT_START", "IS_SPACE"])
                next_starts[offset:offset + len(doc) - 1] = arr[1:, 0] == 1
                spaces[offset:offset + len(doc)] = arr[:, 1] == 1

        pos = numpy.zeros(len(docs), dtype=numpy.int64)
        is_open = numpy.zeros(len(docs), dtype=bool)
        ent_start = numpy.zeros(len(docs), dtype=numpy.int64)
        ent_label = numpy.zeros(len(docs), dtype=numpy.uint64)
        closed: list[tuple] = []  # (rows, starts, ends, labels) of the entities closed at a step
        active = numpy.flatnonzero(lengths > 0)
        while active.size:
            p, off, opened = pos[active], offsets[active], is_open[active]
            # set_context_tokens(n=3): the next token, the entity's first token, the token before.
            ids = numpy.empty((active.size, 3), dtype=numpy.int64)
            ids[:, 0] = p + off + 1
            ids[:, 1] = numpy.where(opened, ent_start[active] + off + 1, 0)
            ids[:, 2] = numpy.where(opened, p - 1 + off + 1, 0)
            unmaxed = cached[ids[:, 0], 0] + cached[ids[:, 1], 1]
            unmaxed += cached[ids[:, 2], 2]
            unmaxed += bias
            pieces = unmaxed.reshape((active.size, n_hidden, n_pieces))
            if n_pieces == 2:  # the model's case; an elementwise maximum beats a reduction
                hidden = numpy.maximum(pieces[:, :, 0], pieces[:, :, 1])
            else:
                hidden = pieces.max(axis=2)
            scores = ops.gemm(numpy.ascontiguousarray(hidden), weights, trans2=True)
            scores += out_bias
            if not self.seen.all():
                scores[:, ~self.seen] = scores.min()

            remaining = (lengths[active] - p)[:, None]
            at = p + off
            follows_start = next_starts[at][:, None]
            space = spaces[at][:, None]
            o = opened[:, None]
            same_label = ent_label[active][:, None] == self.labels[None, :]
            valid = (
                (self.is_begin & self.labelled & ~o & (remaining >= 2) & ~follows_start & ~space)
                | (self.is_in & self.labelled & o & (remaining >= 2) & same_label & ~follows_start)
                | (self.is_last & self.labelled & o & same_label)
                | (self.is_unit & self.labelled & ~o & ~space)
                | (self.is_out & ~o)
            )
            guess = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)
            move = self.moves[guess]
            label = self.labels[guess]
            begin, last, unit = move == 1, move == 3, move == 4  # BEGIN, LAST, UNIT
            if last.any():
                rows = active[last]
                closed.append((rows, ent_start[rows], p[last] + 1, ent_label[rows]))
                is_open[rows] = False
            if unit.any():
                closed.append((active[unit], p[unit], p[unit] + 1, label[unit]))
            if begin.any():
                rows = active[begin]
                is_open[rows] = True
                ent_start[rows] = p[begin]
                ent_label[rows] = label[begin]
            pos[active] += 1
            active = active[pos[active] < lengths[active]]
        found: list[list] = [[] for _ in docs]
        for rows, starts, ends, labels in closed:
            for row, start, end, lab in zip(rows.tolist(), starts.tolist(), ends.tolist(), labels.tolist()):
                found[row].append((start, end, lab))
        for spans in found:
            spans.sort()
        return found
