"""Generate the bundled sample PDF ``assistant/samples/card_help.pdf``.

Larkfield Bank is a fictional bank invented for finbot's sample corpus; the phone numbers
are in Ofcom's ranges reserved for drama (they reach nobody). Dev-only: needs ``fpdf2``.
Only the core Helvetica font is used, so the text is kept to ASCII ("GBP", not the pound sign).
Each page's content starts on its own page so that citations can point at pages 1, 2 and 3.

    python scripts/make_sample_pdf.py [OUTPUT]
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assistant" / "samples" / "card_help.pdf"
TITLE = "Lost, stolen and declined cards"

# Each page is a list of blocks: ("h", heading), ("p", paragraph), ("b", bullet),
# ("t", [rows]) for a simple two- or three-column table whose first row is the header.
PAGES: list[list[tuple[str, object]]] = [
    [
        ("title", TITLE),
        (
            "p",
            "Larkfield Bank - personal debit cards. Customer help guide, edition of January 2025. "
            "Larkfield Bank is a fictional bank; this guide is sample material written for finbot.",
        ),
        ("h", "1. If your card is lost or stolen"),
        (
            "p",
            "Act quickly. The sooner you tell us, the sooner we can stop anyone else using your card. "
            "You will not lose any money from payments made after you have told us, and you will "
            "normally get back the full amount of any payment you did not authorise.",
        ),
        ("h", "Freeze your card in the app first"),
        (
            "p",
            "If you think your card is only misplaced - for example, left at home or in a coat pocket - "
            "freeze it in the Larkfield app rather than cancelling it. Open the app, tap Cards, choose the "
            "card and tap Freeze card. A frozen card cannot be used for card payments, contactless or "
            "cash withdrawals, but your regular payments such as subscriptions on the card keep working "
            "and your Direct Debits and standing orders are not affected. When you find the card, tap "
            "Unfreeze card and you can use it again straight away. There is no limit to how many times "
            "you can freeze and unfreeze a card.",
        ),
        ("h", "Report it lost or stolen"),
        (
            "p",
            "If you are sure the card is lost or has been stolen, report it in the app (Cards > Report lost "
            "or stolen) or call us. Reporting cancels the card permanently and we send you a replacement "
            "automatically. Our lost and stolen cards line is open 24 hours a day, 7 days a week:",
        ),
        ("b", "From the UK: 0808 157 0421 (free from mobiles and landlines)"),
        ("b", "From abroad: +44 20 7946 0321 (we will call you back if you ask)"),
        ("b", "Textphone: 18001 0808 157 0421"),
        ("b", "To report fraud on your account: 0808 157 0655, 24 hours a day"),
        (
            "p",
            "If your phone was stolen together with your card, call us from another phone and we will also "
            "block access to mobile banking until you have set it up again on a new device.",
        ),
        ("h", "What you are responsible for"),
        (
            "p",
            "If someone else uses your card before you report it lost or stolen, the most you will have to "
            "pay is GBP 35. You will not have to pay anything if the card was used without the PIN or "
            "card details being needed, or if you could not have known it was missing. You may have to "
            "pay more if you acted fraudulently or were grossly careless, for example by writing your "
            "PIN on the card.",
        ),
    ],
    [
        ("h", "2. Getting a replacement card"),
        (
            "p",
            "When you report a card lost, stolen or damaged, we order a new card with a new card number "
            "straight away. Your PIN stays the same. Your first replacement card in any 12 months is "
            "free; after that each replacement costs GBP 5.00 (free on Premier accounts, and never "
            "charged when we replace a card because of fraud).",
        ),
        (
            "t",
            [
                ("Delivery option", "When it arrives", "Cost"),
                ("Standard post (UK)", "3 to 5 working days", "Free"),
                ("Urgent courier (UK)", "Next working day if ordered by 3pm Mon-Fri", "GBP 12.00"),
                ("Emergency card abroad", "2 to 4 working days", "GBP 35.00"),
                ("Emergency cash abroad", "Same day, up to GBP 500", "GBP 20.00"),
            ],
        ),
        ("p", "Premier account holders pay nothing for urgent, emergency or abroad deliveries."),
        ("h", "Use your card before the plastic arrives"),
        (
            "p",
            "As soon as the replacement is ordered, the new card details appear in the app under Cards > "
            "View card details. You can add the new card to Apple Pay or Google Pay straight away and use "
            "it in shops with your phone and online. The physical card arrives inactive: activate it by "
            "making a chip and PIN payment or a cash withdrawal, or by tapping Activate card in the app.",
        ),
        ("h", "Payments that used your old card"),
        (
            "p",
            "Most subscriptions and regular card payments are moved to your new card automatically by the "
            "card scheme, but some merchants need you to update your card details yourself. Direct "
            "Debits and standing orders come from your account, not your card, so they do not change.",
        ),
        ("h", "If you are abroad"),
        (
            "p",
            "Call +44 20 7946 0321. We can send an emergency card to most countries within 2 to 4 working "
            "days, or arrange emergency cash of up to GBP 500 that you can collect from a partner agent, "
            "usually on the same day. You will need your passport or other photo ID to collect the cash.",
        ),
        ("h", "Damaged or worn cards"),
        (
            "p",
            "If your card is damaged but not lost, order a replacement in the app under "
            "Cards > Replace card. Your old card keeps working until you activate the new one, "
            "and the card number stays the same.",
        ),
    ],
    [
        ("h", "3. Why was my payment declined?"),
        (
            "p",
            "A card payment can be declined for several reasons. The Larkfield app shows the reason for "
            "most declined payments under Cards > Recent activity. The most common reasons are:",
        ),
        (
            "b",
            "Not enough money: the payment is more than your available balance plus any arranged "
            "overdraft. Check your balance in the app, move money in, and try again.",
        ),
        ("b", "Your card is frozen: unfreeze it in the app (Cards > Unfreeze card)."),
        (
            "b",
            "The merchant type is blocked: if you have turned on a spending control - for example the "
            "gambling block, or blocks on online or overseas payments - payments of that kind are refused. "
            "Gambling blocks take 48 hours to switch off once you ask us to remove them.",
        ),
        ("b", "You have reached a daily limit (see the table below). Limits reset at midnight UK time."),
        (
            "b",
            "We want to check it is really you: if a payment looks unusual we may hold it and send a text "
            "message from LARKFIELD asking you to confirm. Reply Y if you made the payment or N if you did "
            "not. We will never ask for your PIN, passcode or full card number by text or phone.",
        ),
        (
            "b",
            "Wrong PIN: after 3 incorrect PIN attempts your PIN is blocked. Unblock it at any Larkfield "
            "ATM using PIN services, or view your PIN in the app.",
        ),
        (
            "b",
            "Online payment not approved: online payments may need you to approve them in the app. You "
            "have 5 minutes to approve before the request expires.",
        ),
        ("b", "Your card has expired or has not been activated yet."),
        ("h", "Daily card limits"),
        (
            "t",
            [
                ("Limit (per day)", "Everyday and Plus", "Premier"),
                ("Cash withdrawals at ATMs", "GBP 500", "GBP 1,000"),
                ("Card payments in shops and online", "GBP 5,000", "GBP 10,000"),
                ("Cash over the counter at a Post Office", "GBP 300", "GBP 600"),
            ],
        ),
        (
            "p",
            "You can lower any of these limits in the app at any time. To raise a limit temporarily, for "
            "example to pay a large deposit, call 0808 157 0421; temporary increases last up to 7 days.",
        ),
        ("h", "Contactless payments"),
        (
            "p",
            "In the UK you can make contactless card payments of up to GBP 100 each. For security, you will "
            "occasionally be asked to insert your card and enter your PIN - usually after five contactless "
            "payments in a row or once contactless spending since your last PIN payment reaches GBP 300. "
            "Payments made with Apple Pay or Google Pay are not subject to the GBP 100 limit because you "
            "approve them on your phone. Abroad, the contactless limit is set by each country. You can "
            "switch contactless off for your physical card in the app (Cards > Card controls).",
        ),
    ],
]

LEFT = 18
WIDTH = 210 - 2 * LEFT


class CardHelpPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, f"Larkfield Bank - {TITLE} - page {self.page_no()} of 3", align="C")


def render(out: Path) -> None:
    pdf = CardHelpPDF(format="A4")
    pdf.set_margins(LEFT, 16, LEFT)
    pdf.set_auto_page_break(False)  # every page is laid out to fit; checked below
    pdf.set_creation_date(datetime(2025, 1, 15, tzinfo=timezone.utc))  # reproducible output
    pdf.set_title(TITLE)
    pdf.set_author("Larkfield Bank (fictional)")
    for page in PAGES:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("Helvetica", "B", 18)
                pdf.multi_cell(WIDTH, 9, str(content), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 12)
                pdf.multi_cell(WIDTH, 6.5, str(content), new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Helvetica", size=10)
                pdf.multi_cell(WIDTH, 5, str(content), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "b":
                pdf.set_font("Helvetica", size=10)
                pdf.set_x(LEFT + 4)
                pdf.multi_cell(WIDTH - 4, 5, "- " + str(content), new_x="LMARGIN", new_y="NEXT")
            elif kind == "t":
                rows = list(content)  # type: ignore[arg-type]
                pdf.set_font("Helvetica", size=9.5)
                with pdf.table(first_row_as_headings=True, line_height=5.5) as table:
                    for row in rows:
                        r = table.row()
                        for value in row:
                            r.cell(value)
                pdf.ln(1)
            else:  # pragma: no cover - programming error
                raise ValueError(kind)
            if pdf.get_y() > 297 - 18:
                raise SystemExit(f"page {pdf.page_no()} overflows; shorten its text")
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    render(out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
