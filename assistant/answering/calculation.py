"""Arithmetic the system performs itself, never the model.

For a question that asks for a computed figure (a change, a ratio, an average), the
model only proposes an expression over numbers from the passages; finbot checks that
every operand appears in a passage and evaluates the expression with a whitelist of
AST nodes — model text is never passed to `eval`.
"""

from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass

from index.text.numbers import FIGURE, formatted, normalise_number

_OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_MAX_EXPRESSION_CHARS = 200
# A request for a computed quantity, not any sentence that mentions one: "What was the change in
# revenue?" computes, "What led to the increase in revenue?" explains.
_CALCULATION_CUES = re.compile(
    r"\b(?:percentage|percent) (?:change|increase|decrease)\b"
    r"|\bby how much\b"
    r"|\bhow much (?:more|less|higher|lower)\b|\b(?:remain(?:ed|s|ing)?|left(?: over)?)\s+after\b"
    r"|\b(?:what|how much) (?:is|was|were) the (?:total |net |absolute |average |annual |yoy |year-over-year "
    r"|year-on-year |percentage |percent )?"
    r"(?:change|difference|increase|decrease|average|mean|ratio|sum|growth|growth rate)\b"
    r"|\bwhat (?:is|was|were) the (?:sum|total) of\b"
    r"|\bhow (?:fast|quickly) (?:did|has|have|does|do)\b[^?]*\bgrow"  # "How fast did the customer count grow?"
    r"|\bin (?:total|aggregate)\b(?=\s*(?:[?.,;]|$))|\bon a net basis\b"  # "what matures over 2026-2028 in total?"
    r"|^\s*(?:please\s+)?(?:calculate|compute)\b",  # an instruction to compute, not "how do you calculate…"
    re.IGNORECASE,
)


class CalculationError(ValueError):
    """The proposed expression is not plain arithmetic over known numbers."""


@dataclass(frozen=True)
class Calculation:
    expression: str
    value: float

    def formatted(self, decimals: int = 2) -> str:
        """Thousands separators, at most `decimals` places, no trailing zeros."""
        return formatted(self.value, decimals)


def asks_for_calculation(question: str) -> bool:
    return bool(_CALCULATION_CUES.search(question))


# An instruction to compute, in any sentence: "Was it profitable? Compute the gross margin."
# So is a question that names the figures to work from: "Using the number of branches in Item 1 and total deposits
# on the balance sheet, what were deposits per branch?", or the subtraction to make ("taking total debt … and
# subtracting cash", "cash minus the current portion of debt").
SPELLED_SUBTRACTION = r"\b(?:subtract(?:ing|ed)?|deduct(?:ing|ed)?|minus)\b"
# the ask after the figures named ("Using A and B, roughly how much …")
ASK_AFTER_INGREDIENTS = r"(?:(?:roughly|approximately|about|so|then)\s+)?(?:what|how|calculate|compute|estimate)\b"
_TO_COMPUTE = re.compile(r"(?:^|[.?!]\s+)(?:please\s+)?(?:calculate|compute|derive|work out|divide|multiply)\b"
                         rf"|^\s*using\s[^?]{{3,160}}?\sand\s[^?]{{3,160}}?,\s*{ASK_AFTER_INGREDIENTS}"
                         rf"|{SPELLED_SUBTRACTION}"
                         # a figure supposed ("what would fuel expense have been at the 2024 price", "holding
                         # consumption constant") is worked out, never read
                         r"|\bwould\b[^?.]{0,80}\bhave been\b|\bholding\b[^?.]{0,60}\bconstant\b"
                         # a sum of parts to make ("adding up the three regions") or a distance from a norm ("how
                         # far above or below normal … in percent")
                         r"|\badd(?:ing)? up\b|\badded together\b|\bsumm(?:ing|ed)\b"
                         # a multiple of another figure ("were how many times the number of homes in backlog")
                         r"|\bhow many times (?:the|its|their|as)\b|\btimes the (?:number|amount|size|value|level) of\b"
                         r"|\bhow far (?:above|below|over|under)\b"
                         # a compound growth rate, which no passage states as asked
                         r"|\bcompound(?:ed)? (?:annual )?growth\b|\bCAGR\b", re.I)


def asks_to_compute(question: str) -> bool:
    """The question tells finbot to compute: only its own arithmetic answers, never a generated figure."""
    return bool(_TO_COMPUTE.search(question))


def extract_expression(text: str) -> str:
    """The first line of model output that looks like arithmetic, cleaned of '=' tails and units."""
    for line in text.strip().splitlines():
        candidate = line.split("=")[0].split(":")[-1].replace("`", "")
        candidate = re.sub(r"(?<=\d),(?=\d{3}\b)", "", candidate)  # 1,496.5 -> 1496.5
        candidate = re.sub(r"(?<=\d)\s*(?:million|billion|thousand|bn|m|k)\b", "", candidate, flags=re.I)
        candidate = re.sub(r"[£$€%]", "", candidate)
        candidate = candidate.replace("×", "*").replace("÷", "/").replace("−", "-").strip(" `.:")
        if re.fullmatch(r"[\d\s.+\-*/()]+", candidate) and re.search(r"\d", candidate):
            return candidate
    raise CalculationError("no arithmetic expression in the model's reply")


def evaluate(expression: str, allowed_numbers: set[str]) -> Calculation:
    """Evaluate +, -, *, / over numbers that all occur in `allowed_numbers` (normalised strings)."""
    if len(expression) > _MAX_EXPRESSION_CHARS:
        raise CalculationError("expression too long")
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise CalculationError(f"not an expression: {expression!r}") from exc
    operands = [normalise_number(n) for n in FIGURE.findall(expression)]
    # 100 converts a ratio to a percentage; it need not appear in the passages.
    unknown = [n for n in operands if n not in allowed_numbers and n != "100"]
    if unknown:
        raise CalculationError(f"numbers not found in the passages: {', '.join(unknown)}")
    return Calculation(expression, _eval_node(tree.body))


def _eval_node(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _eval_node(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        right = _eval_node(node.right)
        if isinstance(node.op, ast.Div) and right == 0:
            raise CalculationError("division by zero")
        return _OPERATORS[type(node.op)](_eval_node(node.left), right)
    raise CalculationError(f"unsupported element {type(node).__name__}")

