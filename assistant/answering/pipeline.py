"""question → (tags) → retrieval → prompt → generation → checked, cited Answer."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

import prompts
from assistant.answering.amendments import amending_chunks, amendments
from assistant.answering.calculation import (
    Calculation,
    CalculationError,
    asks_for_calculation,
    asks_to_compute,
    evaluate,
    extract_expression,
)
from assistant.answering.confidence import PATHS, ConfidenceModel, signals
from assistant.answering.faithful import (
    asked_entry,
    asks_a_figure,
    kept_conditions,
    select,
    what_it_speaks_through,
    with_siblings,
)
from assistant.answering.figures import (
    amount_read_as_percent,
    annualising_skipped,
    asks_choice,
    asks_for_figure,
    average_for_aggregate,
    average_read_for_aggregate,
    basis_unread,
    capacity_unread,
    choice_unnamed,
    computed_measure_unread,
    count_read_for_money,
    date_unread,
    derived_figure_unstated,
    duration_unread,
    exclusion_uncomputed,
    exclusion_unread,
    figures_among,
    figures_misread,
    figures_of_other_name,
    figures_off_topic,
    first_sentence,
    gives_figure,
    inclusion_unread,
    ingredients_unread,
    left_out_read,
    margin_unread,
    measure_unquoted,
    misses_amount,
    money_not_given,
    part_unread,
    per_share_for_bulk,
    per_share_in_bulk,
    per_unit_unread,
    percent_unread,
    points_from_amounts,
    points_not_given,
    rate_not_given,
    ratio_not_given,
    ratio_part_unread,
    reported_for_adjusted,
    rows_tell_bases_apart,
    segment_unread,
    share_not_given,
    share_of_part_unread,
    span_unasked,
    tells_bases_apart,
    valuation_unread,
    weighting_unread,
    year_unasked,
    year_unread,
)
from assistant.answering.footnotes import footnotes, marks_of
from assistant.answering.parts import Parts, both_answered, left_open, second_ask, split_question
from assistant.answering.quote_gate import NOVEL_WORDS_GATE, load_quote_gate, quote_evidence
from assistant.answering.tables import ASKS_CAUSE, ASKS_SHARE, BASIS_POINTS, share_asked_plainly, span_unread
from assistant.answering.tables.arithmetic import (
    CHANGE_WORDS,
    TableCalculation,
    asks_percent_change,
    calculate_from_table,
    implied_period,
    relative_growth,
)
from assistant.answering.tables.fiscal import (
    FiscalNaming,
    dated_part_of_year,
    document_naming,
    in_fiscal_years,
    prior_span_dated,
)
from assistant.answering.tables.lookup import (
    Cell,
    TableReading,
    focused_body,
    lookup,
    stub_heading,
    table_scale,
    table_units,
)
from assistant.answering.tables.period_total import period_total
from assistant.answering.tables.prose_schedule import schedule_sum
from assistant.answering.tables.ranking import ranked_item
from assistant.answering.tables.reading import read_table
from assistant.answering.tables.revolver import revolver_left
from assistant.answering.tables.roll_forward import balance_of_other_table, roll_forward_balance
from assistant.answering.tables.stated_figure import StatedFigure, stated_figure
from assistant.answering.tables.statements import (
    activity_comparison,
    asked_ratio,
    compared_activities,
    defines_measure,
    statement_ratio,
)
from assistant.answering.tiers import asked_amounts
from assistant.answering.verification import (
    SentenceGate,
    check_answer,
    echoes_a_passage,
    extractive_answer,
    number_markers,
    strip_markers,
    topical_words,
)
from assistant.errors import InputError
from assistant.generators import ChatMessage, Generator
from assistant.guardrails import advice_request, asks_to_override, mask_card_numbers, neutralise
from assistant.guardrails.injection import clean_chunk
from assistant.retrieval.access import visible_documents
from assistant.retrieval.coverage import (
    abbreviations_spelled_out,
    missing_key_terms,
    periods_spelled,
    unknown_subject,
    unknown_terms,
    without_instructions,
)
from assistant.retrieval.hybrid import Retriever
from assistant.retrieval.rewrite import Rewrite, standalone_query
from assistant.settings import Settings
from assistant.triage.classifier import Classifier, Tags
from assistant.triage.escalation import Escalation, decide
from index.documents import Chunk, Passage
from index.embedders import Embedder, VectorCache
from index.stores import VectorStore
from index.text.numbers import STANDALONE_FIGURE, YEAR_WORD, numbers_in, with_units
from index.text.tokens import tokenize

REFUSAL = "I can't find that in the documents I have, so I won't guess."
NO_FIGURE = "The passages I found don't give the figure that would answer it."
_AMOUNT_OR_RATE = re.compile(r"[£$€]\s?\(?\d|\d\s?%")  # "$96 million", "4.5%": not a note's or a year's number
NOT_COMPUTED = "I could not find every figure the question's definition needs, so I won't estimate it."
SMALL_TALK = {
    "greeting": "Hello! Ask me about your account, cards, payments and fees, or about the company reports.",
    "thanks": "You're welcome. Is there anything else I can help with?",
}
log = logging.getLogger("finbot.answering")
# A table cell read for an analyst that is not the figure asked: a total for "excluding X, what was …", an
# ingredient for "compute net debt to EBITDA", the nine months for "the first half", two amounts for a percentage, the
# denominator for "net debt to EBITDAre", the consolidated line for "the Electric segment's", the amount drawn for
# "available for borrowing", a row of neither figure the question says to work from (a reported figure for a
# constant-currency one: see _basis_unread)
_CELL_UNREAD = (exclusion_unread, computed_measure_unread, margin_unread, part_unread, percent_unread,
                ratio_part_unread, segment_unread, capacity_unread, ingredients_unread, inclusion_unread, year_unread,
                left_out_read, valuation_unread, per_unit_unread, amount_read_as_percent, count_read_for_money,
                average_read_for_aggregate, share_of_part_unread, date_unread)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
ROUTING_CONFIDENCE = 0.6  # below this, a message classified as small talk still goes to the documents
# Intents of questions about a company's reports rather than a customer's own banking (the classifier's own).
ANALYST_INTENTS = frozenset({"financial_metric", "financial_explanation"})
SUBJECT_CHUNKS = 3  # a document's opening chunks that say whom it is about (a filing's cover page)
# How a company's report names itself on its cover: "FORM 10-K", "Annual Report 2025", "Interim financial statements"
_REPORT = re.compile(r"\bform\s+(?:10-?[kq]|20-?f|40-?f|8-?k)\b|\b(?:annual|quarterly|interim|half-year(?:ly)?) "
                     r"(?:report|results)\b|\b(?:consolidated|interim|condensed) (?:financial statements|"
                     r"balance sheets?|statements? of (?:income|operations|cash flows))\b|\bearnings release\b", re.I)


def _names_measure(answer: Answer) -> bool:
    """The answer reads a row named as the measure the question defines ("Net debt … 716"): the document's own
    figure for it, not an ingredient of it."""
    if answer.verification not in ("table", "extractive"):
        return False  # a generated answer repeats the question's name for whatever figure it picked
    asked = asked_ratio(answer.query)
    return bool(asked and asked[0].lower() in answer.answer.lower())


# "How much did retail sales change in 2025? Give the percentage to one decimal.": the change asked in percent
_PERCENT_INSTRUCTION = re.compile(r"(?:^|[.?!]\s+)(?:please\s+)?(?:give|express|state|show|provide|answer|report)\b"
                                  r"[^.?!]*\b(?:percentage|percent|%)", re.I)


# a statement reading that computes a rate of change: over a previous period's figure
_GROWTH_COMPUTED = re.compile(r"\b(?:previous|prior|growth|change)\b", re.I)
_SPAN_DEFINED = re.compile(
    r"\((?:the )?(?:six|nine|twelve|\d+)[- ](?:months?|weeks?)\b[^()]*\b(?:less|minus)\b[^()]*\)", re.I)


def table_calculation(query: str, asked: str, passages: list[Passage]) -> TableCalculation | None:
    """finbot's arithmetic over the cells `asked` names. A measure the question defines is computed over its
    named lines (_from_statements) or not at all: the table arithmetic does not read definitions, and one step of
    one ('the average of loans held for sale') is no answer."""
    if defines_measure(query):
        # "the first quarter (six months less the second quarter)": a span the definition derives from two printed
        return implied_period(asked, passages) if _SPAN_DEFINED.search(query) else None
    head, mark, rest = asked.partition("?")  # the change asked in its own sentence: "… change in percent?"
    # a change or a share ("what fraction of capital went to X? Answer as a percentage") asked in percent
    if _PERCENT_INSTRUCTION.search(query) and not re.search(r"\bper ?cent|percentage|%", head, re.I) \
            and (set(tokenize(head)) & CHANGE_WORDS or ASKS_SHARE.search(head)):
        asked = f"{head.rstrip(' .')}, in percent?{rest if mark else ''}"
    return calculate_from_table(asked, passages)


def is_customer(tags: Tags | None) -> bool:
    """A message tagged as a customer's about their own banking, not an analyst's about a company's reports."""
    return tags is not None and tags.intent not in ANALYST_INTENTS


@dataclass
class Turn:
    """One exchange of a conversation, as the UI and CLI keep it."""

    question: str
    answer: str
    tags: Tags | None = None  # the user message's tags, for escalation over the conversation


@dataclass
class Citation:
    number: int  # the [n] marker in the answer text
    source: str
    text: str
    score: float
    location: str
    doc_id: str

    @classmethod
    def of(cls, number: int, passage: Passage) -> Citation:
        chunk = passage.chunk
        return cls(number, chunk.source, chunk.text, round(passage.score, 4), chunk.location, chunk.doc_id)


@dataclass
class Answer:
    answer: str
    citations: list[Citation] = field(default_factory=list)
    refused: bool = False
    confidence: float = 0.0
    query: str = ""  # the standalone query retrieval used
    unsupported_numbers: list[str] = field(default_factory=list)
    # "verified" (every figure found in a cited passage), "calculated" (finbot did the arithmetic),
    # "table" (read from the table cell whose row and column the question names),
    # "extractive" (the generated answer failed the check and was replaced by a quote),
    # "quoted" (policy or FAQ text answered with the source's own sentences and their conditions), or "refused".
    verification: str = "refused"
    calculation: str | None = None
    signals: dict[str, float] = field(default_factory=dict)  # what the confidence was computed from
    # From the classifier; null only when finbot runs without one.
    tags: Tags | None = None
    escalate: bool | None = None
    escalation_reason: str | None = None
    guardrail: str | None = None  # "advice" (general information only) or "override" (instructions refused)
    escalation_kind: str | None = None  # why, as a code (assistant/triage/escalation.py); labels.handoff_label

    @property
    def intent(self) -> str | None:
        return self.tags.intent if self.tags else None

    @property
    def sentiment(self) -> str | None:
        return self.tags.sentiment if self.tags else None

    def to_json(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "citations": [
                {"n": c.number, "source": c.source, "text": c.text, "score": c.score}
                | {"location": c.location, "document": c.doc_id}
                for c in self.citations
            ],
            "intent": self.intent,
            "sentiment": self.sentiment,
            "intent_score": self.tags.intent_score if self.tags else None,
            "sentiment_score": self.tags.sentiment_score if self.tags else None,
            "escalate": self.escalate,
            "escalation_reason": self.escalation_reason,
            "escalation_kind": self.escalation_kind,
            "confidence": self.confidence,
            "refused": self.refused,
            "query": self.query,
            "unsupported_numbers": self.unsupported_numbers,
            "verification": self.verification,
            "calculation": self.calculation,
            "confidence_signals": self.signals,
            "guardrail": self.guardrail,
        }


# the caption of a table's part on the next page (index/loaders/pdf.py)
_CONTINUED = re.compile(r"\s*\(continued\)", re.I)


def _table_of(chunk: Chunk) -> tuple[str, str]:
    """Which table a table chunk is part of: its document and title, a part continued on the next page included."""
    return chunk.doc_id, _CONTINUED.sub("", chunk.table.context if chunk.table else "")


def _cited_after(first: Answer, second: Answer) -> str:
    """The second answer's text, its markers numbered on from the first answer's citations, which gain its sources."""
    numbers = {(c.doc_id, c.text): c.number for c in first.citations}
    shown: dict[int, int] = {}
    for citation in second.citations:
        key = (citation.doc_id, citation.text)
        if key not in numbers:
            numbers[key] = len(first.citations) + 1
            first.citations.append(replace(citation, number=numbers[key]))
        shown[citation.number] = numbers[key]
    return number_markers(second.answer, shown, max(shown, default=0))


class Assistant:
    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        store: VectorStore,
        generator: Generator,
        classifier: Classifier | None = None,
        confidence: ConfidenceModel | None = None,
        quote_gate: ConfidenceModel | None = None,
    ):
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self.generator = generator
        self.classifier = classifier
        self.confidence = confidence or ConfidenceModel.load()
        self.quote_gate = quote_gate or load_quote_gate()
        # (store revision, its chunks cleaned, those stating a date of change)
        self._noting: tuple[int, list, list] | None = None
        self._namings: dict[str, tuple[int, FiscalNaming | None]] = {}  # doc id -> (store revision, its naming)
        self._reports: dict[str, tuple[int, bool]] = {}  # doc id -> (store revision, is a company's report)
        self._sentence_vectors = VectorCache(embedder)  # document sentences compared with question after question
        self.retriever = Retriever(store, mode=settings.retrieval, statements=settings.statement_passages,
                                   sections=settings.section_passages)

    def answer(
        self,
        question: str,
        history: Sequence[Turn] = (),
        document: str | None = None,
        tenant: str = "default",
        session: str | None = None,
        instructions: str = "",
    ) -> Answer:
        result = None
        for event in self.stream(question, history, document, tenant, session, instructions):
            if isinstance(event, Answer):
                result = event
        assert result is not None
        return result

    def stream(
        self,
        question: str,
        history: Sequence[Turn] = (),
        document: str | None = None,
        tenant: str = "default",
        session: str | None = None,
        instructions: str = "",
    ) -> Iterator[str | Answer]:
        """Yield generated text pieces as they come, then the final checked `Answer`, from the documents the
        tenant and session may read (`assistant.retrieval.access`).
        `instructions` (an API caller's system message) join the system prompt of a generated answer.
        No piece or answer repeats a whole card number, whatever a document or the model wrote."""
        for event in self._guarded(question, history, document, tenant, session, instructions):
            if isinstance(event, Answer):
                event.answer = mask_card_numbers(event.answer)
                yield event
            else:
                yield mask_card_numbers(event)

    def _guarded(
        self,
        question: str,
        history: Sequence[Turn],
        document: str | None,
        tenant: str,
        session: str | None,
        instructions: str,
    ) -> Iterator[str | Answer]:
        question = self.validate(question)
        if asks_to_override(question):
            log.warning("refused a message asking to override instructions")
            yield from _whole(Answer(self.settings.override_reply, query=question, verification="guardrail",
                                     guardrail="override"))
            return
        doc_ids = self._scope(document, tenant, session)
        rewrite = standalone_query(question, [t.question for t in history])
        # One encoder pass: the message's embedding serves the classifier and, unless a
        # follow-up was rewritten, retrieval too.
        texts = [question] if rewrite.query == question else [question, rewrite.query]
        vectors = self.embedder.embed_batch(texts)
        vector = vectors[-1]
        tags = self.classifier.classify(question, vectors[0]) if self.classifier else None
        escalation = decide(tags, self._previous_tags(history), question) if tags else None
        advice = advice_request(question) if not (escalation and escalation.escalate) else None
        notice = self.settings.advice_notice.format(kind=advice.kind) if advice else ""
        if notice:
            yield notice + " "
        customer = is_customer(tags)
        answering = self._answer(question, rewrite, vector, doc_ids, history, tags, escalation, instructions)
        of_report = bool(doc_ids) and len(set(doc_ids)) == 1 and self._is_report(doc_ids[0])
        if not history and (not customer or of_report) and (parts := split_question(question)) is not None:
            answering = self._first_part_if_refused(parts, answering, doc_ids, tags, instructions)
        for event in answering:
            if isinstance(event, Answer) and customer:
                if note := self._with_notes(question, event, doc_ids):
                    yield note
            if isinstance(event, Answer) and advice is not None:
                found = self.settings.advice_no_information if event.refused else event.answer
                event.answer, event.guardrail = f"{notice} {found}", "advice"
            if isinstance(event, Answer) and tags is not None and escalation is not None:
                event.tags = tags
                event.escalate = escalation.escalate
                event.escalation_reason = escalation.reason
                event.escalation_kind = escalation.kind
            yield event

    def _first_part_if_refused(
        self,
        parts: Parts,
        answering: Iterator[str | Answer],
        doc_ids: list[str] | None,
        tags: Tags | None,
        instructions: str,
    ) -> Iterator[str | Answer]:
        """The whole question's answer; where it is refused, the first ask's answer read from a table instead,
        saying which part it leaves open (parts.py). Otherwise the whole question's refusal stands."""
        refused = None
        for event in answering:
            if isinstance(event, Answer) and event.refused and event.verification not in ("handoff", "guardrail"):
                refused = event
            else:
                yield event
        if refused is None:
            return
        log.info("answering the first ask of a refused two-part question: %r", parts.first)
        rewrite = standalone_query(parts.first, [])
        vector = self.embedder.embed_batch([parts.first])[0]
        first = None
        for event in self._answer(parts.first, rewrite, vector, doc_ids, (), tags, None, instructions):
            if isinstance(event, Answer):
                first = event
        # only a figure read or computed from a table: a generated answer to the first ask alone is too often
        # about another line (four of six on a seen filing set), unless finbot's arithmetic for the second ask read
        # the same figure from a table ("total lease payments", then "imputed interest as a percentage of that")
        if first is None or first.refused or first.verification not in ("table", "calculated", "verified"):
            yield refused
            return
        second = self._second_part(parts, doc_ids, tags, instructions)
        if first.verification == "verified" and not (
                second is not None and second.calculation and figures_among(first.answer, second.calculation)):
            yield refused
            return
        first.query = refused.query
        if second is None:
            first.answer = both_answered(first.answer, left_open(parts))
        else:  # both asks answered, each by a table figure or finbot's own arithmetic
            first.answer = both_answered(first.answer, _cited_after(first, second))
            first.calculation = first.calculation or second.calculation
            if first.verification == "table" and second.verification == "calculated":
                first.verification = "calculated"
        yield first

    def _second_part(
        self, parts: Parts, doc_ids: list[str] | None, tags: Tags | None, instructions: str
    ) -> Answer | None:
        """The second ask of a two-part question, as a question of its own ("what margin on net sales does that
        imply?" -> "What was adjusted EBITDA for fiscal 2025 as a percentage of net sales?"), when a table or
        finbot's arithmetic answers it."""
        asked = second_ask(parts)
        if asked is None:
            return None
        log.info("answering the second ask of a two-part question: %r", asked)
        second = None
        for event in self._answer(asked, standalone_query(asked, []), self.embedder.embed_batch([asked])[0], doc_ids,
                                  (), tags, None, instructions):
            if isinstance(event, Answer):
                second = event
        return second if second is not None and not second.refused and second.verification in (
            "table", "calculated") else None

    def _previous_tags(self, history: Sequence[Turn]) -> list[Tags]:
        """Tags of earlier user turns; turns that arrive untagged (e.g. over the API) are tagged now."""
        untagged = [t for t in history if t.tags is None]
        if untagged and self.classifier is not None:
            tagged = self.classifier.classify_batch([t.question for t in untagged])
            for turn, tags in zip(untagged, tagged, strict=True):
                turn.tags = tags
        return [t.tags for t in history if t.tags is not None]

    def _answer(
        self,
        question: str,
        rewrite: Rewrite,
        vector: np.ndarray,
        doc_ids: list[str] | None,
        history: Sequence[Turn],
        tags: Tags | None,
        escalation: Escalation | None,
        instructions: str = "",
    ) -> Iterator[str | Answer]:
        routed = self._route(tags, escalation)
        # Someone who asked for a person is answered by one; anyone else handed off has said or asked something
        # the documents may speak to ("my mum passed away, what do I do about her accounts").
        if routed is not None and routed.verification == "handoff" and self.settings.answer_while_handing_off \
                and escalation is not None and escalation.kind != "person":
            answering = self._answer(question, rewrite, vector, doc_ids, history, tags, None, instructions)
            yield from self._handoff_and_answer(routed, answering)
            return
        if routed is not None:
            yield from _whole(routed)
            return
        query = rewrite.query
        # Document text that instructs the assistant is data to drop, never a command to follow.
        neutralised = neutralise(self.retriever.search(query, vector, self.settings.top_k, doc_ids))
        naming = self._naming(doc_ids)
        passages = self._in_fiscal_years(neutralised.passages, naming)
        if naming is not None:  # "(the year ended January 31, 2026)" is the column "Fiscal 2025"
            rewrite = replace(rewrite, query=naming.asked(rewrite.query))
        # "the fiscal second quarter of 2027 (three months ended October 31, 2026)" is the column dated 2026; "which
        # share of" asks as "what share of" does
        rewrite = replace(rewrite, query=prior_span_dated(dated_part_of_year(share_asked_plainly(rewrite.query))))
        query = rewrite.query
        customer = self._is_customer(tags, doc_ids, passages)
        if neutralised.removed:
            log.warning("dropped %d instruction-like sentence(s) from retrieved passages", len(neutralised.removed))
        top_score = max((p.score for p in passages), default=0.0)
        # A question whose subject no document uses is answered only as surely as the fitted threshold
        # asks; the word alone refuses nothing: a table may hold the figure under another name.
        unknown = unknown_subject(question, self.retriever.lexical.vocabulary) if passages else []
        statement = self._from_statements(query, doc_ids, passages)
        if statement is not None:
            yield from _whole(statement)
            return
        # a table is read whole, so a year or a name in its other chunks is no missing term
        whole = self._with_rest_of_tables(passages)  # read once: the check below and the table path
        subject = self._subject(doc_ids)  # the filing's cover, read once: the missing-term and name checks
        missing = missing_key_terms(query, whole, subject) if passages else []
        # A customer's "Spain" or "ATM" is a circumstance more often than the topic ("my card got eaten by the
        # ATM"): a name no passage has raises the bar for the answer instead of refusing it. A year still
        # refuses, and so does any name an analyst's question gives.
        lenient = [t for t in missing if customer and not YEAR_WORD.search(t)]
        # A FAQ entry ranked above the tables that asks the customer's own question ("What exchange rate do you
        # use?") is answered in its words: a cell its words merely meet ("Purchase rate") answers something else.
        entry_first = customer and self.settings.quote_answers and self._entry_before_tables(query, passages)
        direct = self._direct_answer(rewrite, passages, top_score, [t for t in missing if t not in lenient],
                                     tables=not entry_first, customer=customer, whole=whole)
        if direct is not None:
            yield from _whole(self._judge(self._with_conditions(direct, passages, customer), passages,
                                          list(dict.fromkeys(unknown + lenient))))
            return
        if not customer and not missing and top_score >= self.settings.min_relevance and (
                further := self._from_further_tables(rewrite, vector, doc_ids, passages, naming)) is not None:
            yield from _whole(self._judge(*further, unknown))
            return
        # An analyst's question using words no document has is left to the generator and the confidence threshold:
        # a quote or a cell from further down would be about whatever the other words match, unless a passage is
        # plainly about the question. A customer's own words ("nicked", "legit", "who do i ring") are often in no
        # document while the question is one they answer: their quote is still weighed, past a higher bar
        # (NOVEL_WORDS_GATE); no cell is read further down.
        novel = unknown_terms(query, self.retriever.lexical.vocabulary)  # words in no document at all
        odd = bool(unknown) or (top_score < self.settings.quote_relevance and bool(novel))
        strange = odd and not customer
        unknown = list(dict.fromkeys(unknown + lenient))
        # One wider search serves both the table cells further down and the quote.
        candidates = [] if strange or not self.settings.quote_answers else self._quote_candidates(
            query, vector, doc_ids, passages)
        wider = None if missing or not customer or odd or entry_first or self._entry_before_tables(
            query, candidates) else self._from_wider_tables(query, candidates, passages)
        if wider is not None:
            cell, tables = wider
            yield from _whole(self._judge(self._with_conditions(cell, tables, customer), tables, unknown))
            return
        quoted = self._quoted(rewrite.query, candidates, customer, unknown, novel) if candidates else None
        if quoted is not None:  # policy and FAQ text: the source's own sentences (answering/faithful.py)
            yield from _whole(self._judge(*quoted, unknown))
            return

        # A follow-up merged with its predecessor ("… — how much does it cost?") serves retrieval;
        # the model gets the user's own words, with the history that gives them their context.
        asked = question if rewrite.how == "appended" else query
        messages = self._messages(asked, passages, history, instructions)
        pieces: list[str] = []
        gate = SentenceGate(passages)  # nothing unverified reaches the reader, even while streaming
        held: list[str] = []  # with an unknown subject, nothing is shown before the confidence is known
        # nor a defined measure, which is refused (_judge), nor a customer's reply before its confidence is known
        holding = bool(unknown) or defines_measure(query) or (customer and self.settings.customer_min_confidence > 0)
        for piece in self.generator.stream(
            messages, max_new_tokens=self.settings.max_new_tokens, temperature=self.settings.temperature
        ):
            pieces.append(piece)
            if shown := gate.feed(piece):
                if holding:
                    held.append(shown)
                else:
                    yield shown
        answer = self._finish("".join(pieces), passages, query)
        cited = _cited_texts(answer, passages)  # what the checks below hold the answer's figures to
        no_figure = asks_for_figure(
            query, about_reports=not customer or bool(ANALYST_INTENTS & {tags.intent, tags.nearest})
        ) and not gives_figure(answer.answer, query)
        if answer.verification in ("verified", "extractive") and (
                no_figure or customer and misses_amount(query, answer.answer)):
            log.info("refused a figure question answered without a figure: %r", answer.answer[:200])
            answer = Answer(f"{REFUSAL} {NO_FIGURE}", refused=True, confidence=0.0, query=query)
        elif answer.verification == "verified" and not customer and asks_to_compute(query):
            log.info("refused a generated answer to a calculation: %r", answer.answer[:200])
            answer = Answer(f"{REFUSAL} {NOT_COMPUTED}", refused=True, confidence=0.0, query=query)
        elif answer.verification == "extractive" and not customer and (
                asks_for_figure(query, about_reports=True) and not _AMOUNT_OR_RATE.search(strip_markers(answer.answer))
                or measure_unquoted(query, strip_markers(answer.answer))
                or segment_unread(query, f"{strip_markers(answer.answer)} {_titles(_cited(answer, passages))}")):
            # a heading ("Note 20 — Accumulated Other Comprehensive Loss"), a sentence without an amount, one that
            # never names the measure asked ("comparable-hotel RevPAR" answered with a count of rooms), or a row of
            # the consolidated total for a segment's figure, its passage's title naming no segment either
            log.info("refused an analyst's figure answered with a quote of no amount: %r", answer.answer[:200])
            answer = Answer(f"{REFUSAL} {NO_FIGURE}", refused=True, confidence=0.0, query=query)
        elif answer.verification == "extractive" and not customer and (
                asks_for_calculation(query) or asks_to_compute(query) or margin_unread(query, answer.answer)):
            # the quote gives the ingredients ("1,184 customers … compared with 1,032"), not the figure asked
            log.info("refused a calculation answered with a quote: %r", answer.answer[:200])
            answer = Answer(f"{REFUSAL} {NO_FIGURE}", refused=True, confidence=0.0, query=query)
        elif answer.verification == "extractive" and cause_quoted_from_rows(query, answer, passages):
            log.info("refused a question about causes answered with a table row: %r", answer.answer[:200])
            answer = Answer(REFUSAL, refused=True, confidence=0.0, query=query)
        elif answer.verification in ("verified", "extractive") and not customer and (
                per_share_in_bulk(query, answer.answer) or per_share_for_bulk(query, answer.answer)
                or per_unit_unread(query, strip_markers(answer.answer))
                or capacity_unread(query, strip_markers(answer.answer)) or share_not_given(query, answer.answer)
                or points_not_given(query, answer.answer) or money_not_given(query, answer.answer)
                or ratio_not_given(query, answer.answer)):
            log.info("refused a per-share figure, a share, a move in points or a sum of money answered with another "
                     "kind of figure: %r", answer.answer[:200])
            answer = Answer(f"{REFUSAL} {NO_FIGURE}", refused=True, confidence=0.0, query=query)
        elif answer.verification in ("verified", "extractive") and not customer and (
                choice_unnamed(query, answer.answer) or year_unasked(query, answer.answer)
                or span_unasked(query, answer.answer)):
            log.info("refused an answer that names no choice where one was asked, or whose figures are of other years "
                     "or spans than asked: %r", answer.answer[:200])
            answer = Answer(f"{REFUSAL} {NO_FIGURE}", refused=True, confidence=0.0, query=query)
        elif answer.verification in ("verified", "extractive") and not customer and (
                off := figures_off_topic(query, answer.answer, cited) or figures_misread(query, answer.answer, cited)
                or figures_of_other_name(query, answer.answer, cited, subject)
                or average_for_aggregate(query, answer.answer, cited)):
            log.info("refused a generated or quoted answer whose figures %s are about something else: %r", off,
                     answer.answer[:200])
            answer = Answer(f"{REFUSAL} {NO_FIGURE}", refused=True, confidence=0.0, query=query)
        elif answer.verification in ("verified", "extractive") and not customer and not defines_measure(query) and (
                unstated := derived_figure_unstated(query, answer.answer, cited)):
            log.info("refused a generated share, growth or move whose figures %s no source states beside what it "
                     "is of: %r", unstated, answer.answer[:200])
            answer = Answer(f"{REFUSAL} {NO_FIGURE}", refused=True, confidence=0.0, query=query)
        if answer.verification == "extractive":  # a quote matched on other words would be off the topic
            unknown = list(dict.fromkeys(unknown + novel))
        answer = self._judge(self._with_conditions(answer, passages, customer), passages, unknown, customer)
        if answer.verification == "verified":
            yield from held
            if rest := gate.finish():
                yield rest
        yield answer

    def _with_notes(self, question: str, answer: Answer, doc_ids: list[str] | None) -> str:
        """Add to a customer's answer, cited, what another document says will change about its figures from a
        later date (answering/amendments.py) and the footnotes its figures are marked with (answering/footnotes.py);
        returns the text added."""
        if answer.refused or answer.verification not in PATHS:
            return ""
        revision = self.store.revision
        if self._noting is None or self._noting[0] != revision:
            # through the same guard as retrieved passages: a document's instructions are never quoted
            clean = [c for _, raw in self.store.chunks() if (c := clean_chunk(raw)[0]) is not None]
            self._noting = (revision, clean, amending_chunks(clean))
        allowed = None if doc_ids is None else set(doc_ids)
        chunks = [c for c in self._noting[2] if allowed is None or c.doc_id in allowed]
        # the answer's own footnotes first: they qualify its figure where it stands
        found = footnotes(answer.answer, [(c.doc_id, c.text) for c in answer.citations], self._noting[1]) \
            if marks_of(answer.answer) else []
        found += amendments(question, answer.answer, chunks) if chunks else []
        if not found:
            return ""
        numbers = {(c.doc_id, c.text): c.number for c in answer.citations}
        notes = []
        for amendment in found:
            key = (amendment.chunk.doc_id, amendment.chunk.text)
            if key not in numbers:
                numbers[key] = len(answer.citations) + 1
                answer.citations.append(Citation.of(numbers[key], Passage(amendment.chunk, 1.0)))
            notes.append(f"{amendment.text} [{numbers[key]}]")
        added = "\n\nPlease note: " + " ".join(notes)
        answer.answer = answer.answer.rstrip() + added
        return added

    def _handoff_and_answer(self, handoff: Answer, answering: Iterator[str | Answer]) -> Iterator[str | Answer]:
        """A customer handed to a person ("my father passed away, who do I contact?", "someone used my stolen card,
        do I have to pay?"): the hand-off reply at once, then what the documents say while they wait, when they
        answer it surely enough to give; a refusal adds nothing."""
        yield handoff.answer
        found = None
        for event in answering:  # the answer path as for any question; its pieces wait for the verdict
            if isinstance(event, Answer):
                found = event
        if found is None or found.refused or found.verification not in PATHS:
            yield handoff
            return
        addition = f"\n\n{self.settings.answer_while_handing_off} {found.answer}"
        yield addition
        found.answer = handoff.answer + addition
        yield found

    def _quote_candidates(
        self, query: str, vector: np.ndarray, doc_ids: list[str] | None, passages: list[Passage]
    ) -> list[Passage]:
        """More passages than the generator reads: the entry that answers is often just below the top few (a sibling
        section of the same procedure, the same question for another plan, a price list's row under FAQ prose)."""
        wider = max(self.settings.top_k, self.settings.quote_candidates)
        candidates = self.retriever.search(query, vector, wider, doc_ids) if wider > len(passages) else passages
        return neutralise(candidates).passages  # wider reads pass the same guard as the prompt's

    def _from_further_tables(
        self, rewrite: Rewrite, vector: np.ndarray, doc_ids: list[str] | None, passages: list[Passage],
        naming: FiscalNaming | None,
    ) -> tuple[Answer, list[Passage]] | None:
        """An analyst's figure from a table ranked below the passages the generator reads: a filing has many tables
        alike (the repurchases table under the paragraph about buybacks), and the one that answers is often 4th to
        8th. Only a period-by-period table's Total row, or a roll-forward's balance at a point its title names, is read
        there: the other table paths, given those tables too, answered more questions on the filings they were fixed
        on and only added wrong ones on filings held out."""
        wider = self.settings.table_candidates
        if wider <= len(passages):
            return None
        below = self._in_fiscal_years(neutralise(self.retriever.search(rewrite.query, vector, wider, doc_ids)).passages,
                                      naming)
        read = {(p.chunk.doc_id, p.chunk.text) for p in passages}
        tables = [p for p in below if p.chunk.kind == "table" and (p.chunk.doc_id, p.chunk.text) not in read]
        if not tables:
            return None
        widened = passages + tables
        answer = self._from_tables(rewrite, widened, totals_only=True)
        return None if answer is None else (answer, widened)

    def _from_wider_tables(
        self, query: str, candidates: list[Passage], passages: list[Passage]
    ) -> tuple[Answer, list[Passage]] | None:
        """A customer's figure from a table row ranked just below the passages read (a price list's row under the
        FAQ prose around it): the cells the question names, read from the tables among the quote candidates."""
        read = {(p.chunk.doc_id, p.chunk.text) for p in passages}
        tables = [p for p in candidates if p.chunk.kind == "table" and (p.chunk.doc_id, p.chunk.text) not in read]
        cell = lookup(query, tables, other_rows_too=True) if tables else None
        if cell is None:
            return None
        text, citations = _numbered(cell.text, tables)
        return Answer(text, citations=citations, query=query, verification="table"), tables

    def _quoted(
        self, query: str, candidates: list[Passage], customer: bool, unknown: Sequence[str] = (),
        novel: Sequence[str] = (),
    ) -> tuple[Answer, list[Passage]] | None:
        """The passage sentences that answer, with their conditions, and the passages they were chosen from (the
        quote candidates and their sibling sections); None leaves the question to the generator.
        A customer's question is answered from the sentences that match it best; an analyst's (or an untagged)
        one only from a FAQ entry that asks it."""
        if asks_for_calculation(query):
            return None
        in_order = [c for _, raw in self.store.chunks({p.chunk.doc_id for p in candidates[:2]})
                    if (c := clean_chunk(raw)[0]) is not None]
        candidates = with_siblings(candidates, in_order)
        order = {(c.doc_id, c.text): i for i, c in enumerate(in_order)}
        # A customer's quote is judged by the gate fitted on customer questions, an analyst's by the fixed bars.
        gate = self.quote_gate if customer and self.settings.quote_gate else None
        selection = select(query, candidates, self._similarity_to(query), sentences_too=customer, order=order,
                           strict=gate is None)
        if selection is None:
            return None
        if gate is not None:
            evidence = quote_evidence(selection, candidates, unknown, novel)
            chance = gate.score(evidence)
            bar = max(gate.threshold, NOVEL_WORDS_GATE) if novel else gate.threshold
            log.info("quote gate %.3f (threshold %.3f) for %r", chance, bar, selection.first[:80])
            if chance < bar:
                return None
        if customer and misses_amount(query, selection.text):
            return None  # "what rate does the ISA pay" is not answered by "it pays tax-free interest"
        if strip_markers(selection.text).rstrip().endswith(":"):
            return None  # a lead-in whose list is a table ("…by geographic region was:") says nothing alone
        said = what_it_speaks_through(selection, candidates, customer)
        if (topical := topical_words(query)) and not topical & set(tokenize(said)):
            return None  # a title line sharing only the company's name ("General Bramblecroft Outfitters, Inc.")
        text, citations = _numbered(selection.text, candidates)
        return Answer(text, citations=citations, query=query, verification="quoted"), candidates

    def _with_conditions(self, answer: Answer, passages: list[Passage], customer: bool) -> Answer:
        """A customer's answer read from a table cell or generated keeps the conditions its source states next to
        its figures (answering/faithful.py `kept_conditions`), quoted and cited."""
        if not (self.settings.quote_answers and customer) or answer.verification not in ("table", "verified"):
            return answer
        cited = {(c.doc_id, c.text) for c in answer.citations}
        sources = [p for p in passages if (p.chunk.doc_id, p.chunk.text) in cited]
        conditions = kept_conditions(answer.answer, sources)
        if not conditions:
            return answer
        numbers = {(c.doc_id, c.text): c.number for c in answer.citations}
        # one row read in two columns ("3.55% (Gross p.a.); 3.61% (AER)") states its conditions once
        notes = list(dict.fromkeys(f"{text} [{numbers[(p.chunk.doc_id, p.chunk.text)]}]" for text, p in conditions))
        answer.answer = answer.answer.rstrip() + "\n\nPlease note: " + " ".join(notes)
        return answer

    def _judge(self, answer: Answer, passages: list[Passage], unknown: Sequence[str] = (),
               customer: bool = False) -> Answer:
        """Give the answer its confidence; below the threshold, say the documents don't settle it.
        Where the question uses `unknown` words, no document's, the fitted threshold applies at least; a customer's
        generated reply or fallback quote must reach `customer_min_confidence`."""
        if answer.verification not in PATHS:
            return answer
        if answer.verification != "calculated" and defines_measure(answer.query) and not _names_measure(answer):
            log.info("refused a defined measure answered without finbot's arithmetic: %r", answer.answer[:200])
            return Answer(f"{REFUSAL} {NOT_COMPUTED}", refused=True, confidence=0.0, query=answer.query)
        if answer.verification == "calculated" and (rate_not_given(answer.query, answer.answer)
                                                    or annualising_skipped(answer.query, answer.calculation)):
            log.info("refused a rate answered with a sum of money, or a figure left unannualised: %r",
                     answer.answer[:200])
            return Answer(f"{REFUSAL} {NO_FIGURE}", refused=True, confidence=0.0, query=answer.query)
        cited_chunks = {(c.doc_id, c.text) for c in answer.citations}
        cited = [p for p in passages if (p.chunk.doc_id, p.chunk.text) in cited_chunks]
        answer.signals = signals(answer.query, answer.answer, answer.verification, cited, passages)
        answer.confidence = self.confidence.score(answer.signals)
        threshold = self.settings.min_confidence
        if unknown:
            threshold = max(threshold, self.confidence.threshold)
        if customer and answer.verification in ("verified", "extractive"):
            threshold = max(threshold, self.settings.customer_min_confidence)
        if answer.confidence >= threshold:
            return answer
        reason = "The closest answer I found is too uncertain to give"
        if unknown:
            reason = f"Nothing I have mentions {', '.join(unknown)}"
        return Answer(
            f"{REFUSAL} {reason} (confidence {answer.confidence:.2f}, below {threshold:.2f}).",
            refused=True,
            confidence=answer.confidence,
            query=answer.query,
            signals=answer.signals,
        )

    def _naming(self, doc_ids: list[str] | None, chunks: Sequence[Chunk] | None = None) -> FiscalNaming | None:
        """How the one document in scope names its fiscal years (answering/tables/fiscal.py), read once per store
        revision; None for no single document, or one that names them after their end dates."""
        if not doc_ids or len(set(doc_ids)) != 1:
            return None
        revision = self.store.revision
        cached = self._namings.get(doc_ids[0])
        if cached is None or cached[0] != revision:
            if chunks is None:
                chunks = [chunk for _, chunk in self.store.chunks(doc_ids)]
            cached = self._namings[doc_ids[0]] = (revision, document_naming(chunks))
        return cached[1]

    @staticmethod
    def _in_fiscal_years(passages: list[Passage], naming: FiscalNaming | None) -> list[Passage]:
        if naming is None:
            return passages
        chunks = in_fiscal_years([p.chunk for p in passages], naming)
        return [replace(p, chunk=chunk) for p, chunk in zip(passages, chunks, strict=True)]

    def _is_customer(self, tags: Tags | None, doc_ids: list[str] | None, passages: Sequence[Passage]) -> bool:
        """A customer's question is answered as one; so is an unplaced one ('none' of the intents), unless it is
        asked of a company's report: "Is X a capital-intensive business?" is an analyst's, whoever the classifier
        could not place it with. A question scoped to one report is an analyst's whatever banking intent its words
        carry (a bank's 10-K is asked about deposits, loans and interest rates)."""
        customer = is_customer(tags)
        if not customer:
            return False
        if doc_ids and len(set(doc_ids)) == 1:
            return not self._is_report(doc_ids[0])
        if tags.intent != "none":
            return True
        return not (passages and self._is_report(passages[0].chunk.doc_id))

    def _is_report(self, doc_id: str) -> bool:
        """The document says on its opening pages that it is a company's report (a 10-K, an annual report,
        financial statements), read once per store revision."""
        revision = self.store.revision
        cached = self._reports.get(doc_id)
        if cached is None or cached[0] != revision:
            cached = self._reports[doc_id] = (revision, bool(_REPORT.search(self._subject([doc_id]))))
        return cached[1]

    def _subject(self, doc_ids: list[str] | None) -> str:
        """For a question scoped to one document, its title and opening chunks (a filing's cover page, which names
        the company); '' otherwise."""
        if not doc_ids or len(set(doc_ids)) != 1:
            return ""
        record = self.store.document(doc_ids[0])
        opening = [self.store.chunk(cid).text for cid in sorted(self.store.chunk_ids(doc_ids))[:SUBJECT_CHUNKS]]
        return "\n".join([record.title if record else "", *opening])

    def _entry_before_tables(self, query: str, passages: list[Passage]) -> bool:
        """A FAQ entry asking the question is ranked above every table passage, and none of those tables is the
        entry's own (an answer that reads "It depends on your plan:" above a table of plans)."""
        first_table = next((i for i, p in enumerate(passages) if p.chunk.kind == "table"), None)
        if first_table is None:
            return False
        entry = asked_entry(passages[:first_table], self._similarity_to(query))
        if entry is None or (asks_a_figure(query) and not STANDALONE_FIGURE.search(entry.chunk.body)) \
                or misses_amount(query, entry.chunk.body):
            return False  # "The rate depends on how much is in the pot": the entry leaves the figure to a table
        return not any(
            p.chunk.kind == "table" and (p.chunk.doc_id, p.chunk.section) == (entry.chunk.doc_id, entry.chunk.section)
            for p in passages)

    def _direct_answer(
        self, rewrite: Rewrite, passages: list[Passage], top_score: float, missing: Sequence[str], tables: bool = True,
        customer: bool = False, whole: list[Passage] | None = None,
    ) -> Answer | None:
        """Answers that need no generated prose: a refusal (for `missing` key terms), finbot's arithmetic, table
        cells (unless `tables` is False; read as a customer's when `customer`). `whole`: `passages` with the rest
        of their tables, when already read."""
        query = rewrite.query
        if missing:
            return Answer(f"{REFUSAL} Nothing I found mentions {', '.join(missing)}.", refused=True, confidence=0.0,
                          query=query)
        # A question that names a table's row and columns is answered from them even when the
        # passage scores low: short questions embed far from rows of figures ("In which year was
        # the amount for Sensors the largest?"). The relevance floor guards what the model says.
        from_tables = self._from_tables(rewrite, passages, customer, whole=whole) if tables else None
        if from_tables is not None:
            return from_tables
        # a schedule stated in prose, summed over years; what a revolver leaves to draw, from what is drawn on it
        if not customer and (computed := schedule_sum(query, passages) or revolver_left(query, passages)):
            text, citations = _numbered(computed.text, passages)
            return Answer(text, citations=citations, query=query, verification="calculated",
                          calculation=computed.calculation.expression)
        if top_score < self.settings.min_relevance:
            return Answer(REFUSAL, refused=True, confidence=0.0, query=query)
        if self.settings.model_expressions and asks_for_calculation(query):
            return self._calculate(query, passages)
        return None

    def _from_tables(self, rewrite: Rewrite, passages: list[Passage], customer: bool = False,
                     totals_only: bool = False, whole: list[Passage] | None = None) -> Answer | None:
        """finbot's arithmetic over named cells, or the cells themselves; None when no table answers. With
        `totals_only`, only a period-by-period table's Total row (`period_total`) or a roll-forward's balance is read.
        `whole`: `passages` with the rest of their tables, when the caller has read them (`_with_rest_of_tables`)."""
        query = rewrite.query
        # "Round to two decimal places" names no row or column; "diluted EPS" is the row "Diluted earnings per share"
        asked = abbreviations_spelled_out(without_instructions(query), self.retriever.lexical.vocabulary)
        if customer and not asked_amounts(asked):
            whole = passages
        elif whole is None:
            # (a sum the customer names picks a band of a price list: its row may sit in the table's next chunk)
            whole = self._with_rest_of_tables(passages)
        from_table = None if totals_only else table_calculation(query, asked, passages)
        if from_table is None and not customer and not totals_only and whole != passages:
            # the whole the question names may sit in the next chunk of the table ("Total capital expenditures" under
            # the part's area): the tables retrieved, read whole
            if (from_table := table_calculation(query, asked, whole)) is not None:
                passages = whole
        if from_table is not None and not customer:
            operands = [f"{o.row} {o.column}" for o in from_table.operands]
            cells = " ".join(operands)
            read_from = [passages[n - 1] for n in from_table.passage_numbers]
            # "the Electric segment's O&M" computed over the consolidated line (a segment's table names it in its
            # title); a figure from named ingredients only over cells that name each; "between A and B, which grew
            # faster": one growth computed chooses nothing
            if segment_unread(query, f"{cells} {_titles(read_from)}") or ingredients_unread(query, cells) \
                    or exclusion_uncomputed(query, cells, operands) \
                    or weighting_unread(query, from_table.operation, operands) \
                    or _basis_unread(query, cells, _tables_of(read_from, whole)) or asks_choice(query) \
                    or points_from_amounts(query, from_table.operation,
                                           [f"{o.row} {o.column} {o.text}" for o in from_table.operands]):
                return None
        if from_table is not None:
            cited = list(from_table.passage_numbers)
            units = table_units(passages[cited[0] - 1].chunk)
            if from_table.operation == "ratio" and len({table_scale(passages[o.passage_number - 1].chunk)
                                                        for o in from_table.operands}) == 1:
                units = ""  # one line over another of the same table units: the scale cancels
            subject = {w for o in from_table.operands for w in tokenize(o.row)}
            stated = stated_figure(from_table.calculation.value, from_table.percent, units, subject, passages)
            return self._calculated(
                from_table.calculation, from_table.percent, cited, passages, query,
                f"{from_table.description} = {from_table.calculation.expression}",
                "" if from_table.percent else units, stated,
                basis_points=from_table.percent and from_table.operation in ("change", "difference")
                and bool(BASIS_POINTS.search(query)),
                points=from_table.percent and from_table.operation in ("change", "difference"),
                relative=relative_growth(query, from_table),
            )
        # An appended follow-up ("… — what margin was that?") names the earlier row, not the new ask.
        if rewrite.how == "appended":
            return None
        # a period-by-period table's Total row, or the row asked ("Adjusted EBITDA" at the foot of a reconciliation
        # continued on the next page, below the "EBITDA" retrieved), may sit in the table's next chunk: the tables
        # retrieved, read whole
        if totals_only:
            read = roll_forward_balance(asked, whole) or period_total(asked, whole)
        else:
            read = read_table(asked, passages)
            if read is None and not customer:
                read = roll_forward_balance(asked, whole) or period_total(asked, whole) or ranked_item(asked, passages)
            if read is None and (read := lookup(asked, whole, other_rows_too=customer)) is not None and not customer \
                    and balance_of_other_table(asked, read.row, whole[read.passage_number - 1].chunk.table.context):
                read = None  # the equity statement's "Balance at June 30, 2026" for the reserve asked
        if read is not None and max(map(int, re.findall(r"\[(\d+)\]", read.text)), default=0) > len(passages):
            passages = whole  # a cell or a month cited from the table's further chunks
        if read is None or ASKS_SHARE.search(asked) and not _share_read(read):
            return None  # an amount is no share of a whole, nor is a rate
        # an item ranked by its change is finbot's arithmetic over the cells, not a reading of one
        computed = isinstance(read, TableReading) and read.kind in ("ranked change", "calculated")
        if not customer and not computed and (per_share_in_bulk(query, read.text)
                                              or per_share_for_bulk(query, read.text)):
            return None  # "book value per share" is not the equity row its working names, nor the reverse
        if not customer and (any(unread(query, read.text) for unread in _CELL_UNREAD)
                             or span_unread(first_sentence(asked), read.text)
                             or _basis_unread(query, read.text,
                                              _tables_of([passages[read.passage_number - 1]], whole))):
            return None  # see _CELL_UNREAD
        if duration_unread(query, read.text):
            return None  # a sum of money for "how long will the cash last"
        listed = isinstance(read, TableReading) and read.kind in ("rows", "years")
        if not customer and listed and asks_to_compute(query):
            return None  # the cells listed for a figure the question says to derive from them
        text, citations = _numbered(read.text, passages)
        return Answer(text, citations=citations, query=query, verification="calculated" if computed else "table")

    def _with_rest_of_tables(self, passages: list[Passage]) -> list[Passage]:
        """`passages` and, after them, the other chunks of each table among them (long tables are chunked by rows,
        and a table continued on the next page is the same table)."""
        tables = {_table_of(p.chunk) for p in passages if p.chunk.kind == "table" and p.chunk.table is not None}
        if not tables:
            return passages
        seen = {(p.chunk.doc_id, p.chunk.text) for p in passages}
        rest = [Passage(chunk, 0.0) for _, chunk in self.store.chunks(sorted({doc for doc, _ in tables}))
                if chunk.kind == "table" and chunk.table and _table_of(chunk) in tables
                and (chunk.doc_id, chunk.text) not in seen]
        return passages + rest if rest else passages

    def _from_statements(self, query: str, doc_ids: list[str] | None, passages: list[Passage]) -> Answer | None:
        """A ratio finbot computes over the statements of the document in scope (the best passage's when the
        question has no scope): line items read from every table of that document, not only those retrieved."""
        scope = doc_ids or ([passages[0].chunk.doc_id] if passages else None)
        if not scope or (asked_ratio(query) is None and not compared_activities(query)):
            return None
        chunks = [chunk for _, chunk in self.store.chunks(scope)]
        # a retailer's "fiscal 2025" is read from the column dated January 31, 2026 when its filing says so
        chunks = in_fiscal_years(chunks, self._naming(scope, chunks))
        asked = periods_spelled(query, self.retriever.lexical.vocabulary)  # "9M26": the nine months of 2026
        found = statement_ratio(asked, chunks) or activity_comparison(asked, chunks)
        if found is None or (found.missing and not found.asked_outright):
            return None
        if found.missing:
            return Answer(f"{REFUSAL} I could not find {found.missing} in the document's statements, so I won't "
                          f"estimate the {found.name}.", refused=True, query=query)
        if margin_unread(query, found.text):
            return None  # the free cash flow a definition names, where its margin was asked
        if asks_percent_change(query) and not _GROWTH_COMPUTED.search(found.text):
            return None  # "deferred revenue (current plus noncurrent) grew how much in percent": its level is no rate
        # "the specialty property line's retention" over the company's total premiums (the document's title, which
        # may share a word with the line, "Carrowind Specialty Holdings", is left out)
        titles = [c.table.context.split(" — ", 1)[-1] for c in found.chunks if c.table]
        if segment_unread(query, " ".join([found.text, *titles])):
            return None
        cited = [Passage(chunk, 1.0) for chunk in found.chunks]
        citations = [Citation.of(number, passage) for number, passage in enumerate(cited, start=1)]
        # a ratio is finbot's arithmetic; a comparison of the statement's own totals is a reading of its cells
        answer = Answer(found.text, citations=citations, query=query,
                        verification="calculated" if found.calculation else "table",
                        calculation=found.calculation.expression if found.calculation else None)
        return self._judge(answer, cited)

    def _route(self, tags: Tags | None, escalation: Escalation | None) -> Answer | None:
        """Replies that need no documents: a hand-off to a person, a greeting, thanks."""
        if tags is None or escalation is None:
            return None
        if escalation.escalate:
            reply = self.settings.handoff_replies.get(escalation.kind or "", self.settings.handoff_message)
            return Answer(reply, verification="handoff")
        if tags.intent_score >= ROUTING_CONFIDENCE and tags.intent in SMALL_TALK:
            return Answer(SMALL_TALK[tags.intent], verification="small-talk")
        return None

    def validate(self, question: object) -> str:
        """The question as text to answer, or an InputError a customer can act on."""
        if question is not None and not isinstance(question, str):
            raise InputError("The question must be text.")
        # Control characters (a pasted terminal escape, a NUL) carry no meaning for retrieval or the model.
        question = _CONTROL.sub(" ", question or "").strip()
        if not question:
            raise InputError("The question is empty. Type a question about your documents.")
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise InputError(
                f"The question is {len(question):,} characters; the limit is {limit:,}. "
                "Shorten it or split it into several questions."
            )
        return question

    def _scope(self, document: str | None, tenant: str = "default", session: str | None = None) -> list[str] | None:
        visible = visible_documents(self.store, tenant, session)
        if not document:
            return visible
        doc_ids = self.store.find_documents(document)
        if visible is not None:
            allowed = set(visible)
            doc_ids = [d for d in doc_ids if d in allowed]
        if not doc_ids:
            raise InputError(
                f"No ingested document is called {document!r}. `finbot documents` lists them."
            )
        return doc_ids

    def _messages(
        self, query: str, passages: list[Passage], history: Sequence[Turn], instructions: str = ""
    ) -> list[ChatMessage]:
        system = prompts.render("answer_system", refusal=REFUSAL)
        if instructions.strip():  # after finbot's own rules, which keep answers to the documents
            system += "\n\n" + instructions.strip()
        messages: list[ChatMessage] = [{"role": "system", "content": system}]
        # Earlier turns go inside the user message as context, not as assistant turns: small models
        # copy the form of their previous replies (a quote, a table cell) instead of answering.
        earlier = list(history)[-self.settings.history_turns :] if self.settings.history_turns else []
        turns = [(t.question, strip_markers(t.answer)) for t in earlier]
        sources = [(p.chunk.heading, focused_body(p.chunk, query)) for p in passages]
        messages.append(
            {"role": "user", "content": prompts.render("answer_user", sources=sources, question=query, turns=turns)}
        )
        return messages

    def _finish(self, text: str, passages: list[Passage], query: str) -> Answer:
        text = text.strip()
        if not text or _is_refusal(text):
            return Answer(REFUSAL, refused=True, confidence=0.0, query=query)
        if not re.search(r"\w", strip_markers(text)) or echoes_a_passage(text, passages):
            return self._repair([], passages, query)  # nothing that answers: quote instead
        checked = check_answer(text, passages)
        if not checked.numbers_verified:
            return self._repair(checked.unsupported_numbers, passages, query)
        return Answer(
            checked.text,
            citations=[Citation.of(n, p) for n, p in checked.cited],
            query=query,
            verification="verified",
        )

    def _repair(self, unsupported: list[str], passages: list[Passage], query: str) -> Answer:
        """A generated answer with invented figures is replaced by a quote, or refused."""
        quote = extractive_answer(query, passages, self._similarity_to(query))
        if quote is None:
            return Answer(REFUSAL, refused=True, query=query, unsupported_numbers=unsupported)
        text, citations = _numbered(quote[0], passages)
        return Answer(
            text, citations=citations, query=query, unsupported_numbers=unsupported, verification="extractive"
        )

    def _similarity_to(self, query: str) -> Callable[[list[str]], Sequence[float]]:
        def similarity(sentences: list[str]) -> Sequence[float]:
            asked, vectors = self._sentence_vectors.embed_batch(sentences, fresh=[query])
            return vectors @ asked[0]

        return similarity

    def _calculate(self, query: str, passages: list[Passage]) -> Answer | None:
        """Ask the model for an expression, evaluate it ourselves; None when that fails."""
        messages: list[ChatMessage] = [
            {"role": "system", "content": prompts.render("calculate_system")},
            {"role": "user", "content": prompts.render("calculate_user", passages=passages, question=query)},
        ]
        reply = self.generator.generate(messages, max_new_tokens=48, temperature=0.0)
        known = {n for p in passages for n in numbers_in(p.chunk.text)}
        try:
            calculation = evaluate(extract_expression(reply), known)
        except CalculationError:
            return None
        operands = numbers_in(calculation.expression)
        cited = [i for i, p in enumerate(passages, start=1) if operands & numbers_in(p.chunk.text)]
        percent = bool(re.search(r"percent|%|margin|rate", query, re.I)) and "100" in operands
        return self._calculated(calculation, percent, cited, passages, query, calculation.expression)

    def _calculated(
        self,
        calculation: Calculation,
        percent: bool,
        cited: list[int],
        passages: list[Passage],
        query: str,
        formula: str,
        units: str = "",
        stated: StatedFigure | None = None,
        basis_points: bool = False,
        points: bool = False,
        relative: float | None = None,
    ) -> Answer:
        """An answer finbot computed itself, showing the formula and citing the operands' passages,
        and the report's own statement of the figure when its text has one. A move between two percentages
        asked in basis points is given in them ('24 basis points (0.24 percentage points)'), else in points."""
        value = f"{calculation.formatted(2)}%" if percent else with_units(calculation.formatted(), units)
        if points:  # one percentage less another is a move in points, not a percentage of anything
            value = f"{calculation.formatted(2)} percentage points"
        if basis_points:
            value = f"{calculation.value * 100:.0f} basis points ({calculation.formatted(2)} percentage points)"
        if relative is not None:  # how much it grew: the amount, and the rate it is of the earlier figure
            value = f"{value} ({relative:+.1f}%)"
        markers = "".join(f"[{i}]" for i in cited)
        text = f"{value}, calculated by finbot as {formula} {markers}".strip()
        if stated is not None:
            text += f". The report states {stated.text} [{stated.passage_number}]."
        text, citations = _numbered(text, passages)
        return Answer(
            text, citations=citations, query=query, verification="calculated", calculation=calculation.expression
        )


def _tables_of(read_from: list[Passage], whole: list[Passage]) -> list[Passage]:
    """The passages read and the other chunks of their tables among `whole` (the passages with the rest of their
    tables, `_with_rest_of_tables`), so the store is not read again."""
    tables = {_table_of(p.chunk) for p in read_from if p.chunk.table is not None}
    return read_from + [p for p in whole if p not in read_from and p.chunk.table is not None
                        and _table_of(p.chunk) in tables]


def _basis_unread(question: str, cells: str, read_from: list[Passage]) -> bool:
    """A figure asked on a basis ("constant-currency growth", "comparable occupancy") read or computed from cells
    that do not name it: neither their rows and columns nor, unless the table's columns tell bases apart ("Reported
    change" beside "Constant currency change"), its title ("Comparable Hotel Operating Statistics")."""
    columns = [column for p in read_from if p.chunk.table for column in p.chunk.table.columns]
    if reported_for_adjusted(question, cells):
        return True
    # a table with a line of its own on the basis ('EBITDA', then 'Adjusted EBITDA' under a title naming adjusted
    # EBITDA) tells bases apart by its rows: its title is not every row's
    rows = [row.label for p in read_from if p.chunk.table for row in p.chunk.table.rows]
    apart = tells_bases_apart(columns) or rows_tell_bases_apart(rows)
    cells = f"{cells} {_stub_headings(read_from)}"
    return basis_unread(question, cells if apart else f"{cells} {_titles(read_from)}")


def _share_read(read: Cell | TableReading) -> bool:
    """A share among the cells read: a percentage, and not one of a column of rates ("average rate 4.21%")."""
    if isinstance(read, Cell):
        return any("%" in value and not _RATE_COLUMN.search(column) for column, value in read.cells)
    return "%" in read.text


_RATE_COLUMN = re.compile(r"\b(?:rates?|yields?|coupons?|interest)\b", re.I)


def _titles(passages: list[Passage]) -> str:
    """The passages' first lines: each table's document, section and caption."""
    return " ".join(p.chunk.text.splitlines()[0] for p in passages)


def _stub_headings(passages: list[Passage]) -> str:
    """The measures the tables' label columns are headed by ("Segment Adjusted EBITDA:"): every row's."""
    return " ".join(stub_heading(p.chunk.table.columns[0]) for p in passages if p.chunk.table and p.chunk.table.columns)


def cause_quoted_from_rows(question: str, answer: Answer, passages: list[Passage]) -> bool:
    """"What drove the margin change?" answered with a quote of the margin's table row: no cause at all."""
    cited = {c.text for c in answer.citations}
    return bool(ASKS_CAUSE.search(question)) and bool(cited) and all(
        p.chunk.kind == "table" for p in passages if p.chunk.text in cited)


def _cited(answer: Answer, passages: list[Passage]) -> list[Passage]:
    """The passages the answer cites (all of them where it cites none)."""
    cited = {(c.doc_id, c.text) for c in answer.citations}
    return [p for p in passages if (p.chunk.doc_id, p.chunk.text) in cited] or list(passages)


def _cited_texts(answer: Answer, passages: list[Passage]) -> list[str]:
    """The texts of the passages the answer cites (all of them where it cites none)."""
    return [p.chunk.text for p in _cited(answer, passages)]


def _numbered(text: str, passages: list[Passage]) -> tuple[str, list[Citation]]:
    """The text with its markers numbered 1..n in order of first citation, and the citations to match."""
    numbering: dict[int, int] = {}
    text = number_markers(text, numbering, len(passages))
    return text, [Citation.of(shown, passages[n - 1]) for n, shown in numbering.items()]


def _whole(answer: Answer) -> Iterator[str | Answer]:
    """A reply known in full: its text as one piece, then the answer."""
    yield answer.answer
    yield answer


# A small model says it found nothing in many ways, often after a lead-in ("No, I can't find that…", "Based on
# the context provided, credit cards are not mentioned"): an answer whose first sentence says so is a refusal.
_NOTHING_FOUND = re.compile(
    r"\b(?:can'?t|cannot|could ?n[o']t|unable to) (?:find|locate|see)\b"
    r"|\b(?:is|are|was|were) not (?:mentioned|stated|specified)\b"  # not "is not available abroad"
    r"|\b(?:do|does|did) not (?:mention|say|state|specify)\b"
    # "the context does not contain the answer", not "Plus does not include travel insurance"
    r"|\b(?:context|passages?|documents?|text|sources?)\b[^.]{0,30}\b(?:do|does|did) not (?:contain|include|"
    r"cover|provide)\b"
    r"|\bno (?:information|mention|details?|data)\b"
    r"|\b(?:won'?t|will not|shan'?t) guess\b",  # the model echoing the refusal it was shown
    re.IGNORECASE,
)


def _is_refusal(text: str) -> bool:
    lowered = text.lower().replace("’", "'")
    if lowered.startswith(REFUSAL.lower()[:25]) or lowered.startswith(
        ("i can't find", "i cannot find", "the passages do not", "the documents do not")
    ):
        return True
    first = re.split(r"(?<=[.!?])\s", lowered, maxsplit=1)[0]
    return bool(_NOTHING_FOUND.search(first))
