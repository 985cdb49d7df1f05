"""Generate the binary documents of the Wrenmoor evaluation set (assistant/evaluation/sets/wrenmoor/documents/).

Wrenmoor Mutual is a fictional building society written for finbot's harder customer set: a second house style
beside the Larkfield sample corpus. This script writes its current account conditions as a PDF of numbered
clauses (the text flows across page breaks, as real terms do) and its tariff of charges as an XLSX workbook with
tiers and exceptions. The help-centre FAQ is hand-written HTML next to them. Dev-only: needs ``fpdf2`` and
``openpyxl``; only the core Helvetica font is used, so the PDF text is latin-1 (the pound sign is fine).

    python scripts/make_wrenmoor_set.py [FOLDER]
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assistant" / "evaluation" / "sets" / "wrenmoor" / "documents"
TITLE = "Wrenmoor Mutual - Current Account Conditions"

# (clause heading, [numbered sub-clauses]); a sub-clause may be a list of lettered points after its lead-in.
CLAUSES: list[tuple[str, list[str | tuple[str, list[str]]]]] = [
    ("About these conditions", [
        "These conditions apply to the Classic, Premier and Student current accounts. Together with our tariff of "
        "charges they form the agreement between you and Wrenmoor Mutual (\"we\", \"us\").",
        "If these conditions and the tariff of charges differ about a fee, the tariff of charges applies.",
        "A working day is Monday to Friday, except bank holidays in England.",
    ]),
    ("Paying money in", [
        "Cash paid in at one of our branches is in your account, and earns any interest, straight away.",
        "A cheque paid in by 3pm on a working day is in your account by 11:59pm on the next working day. A cheque "
        "paid in after 3pm, or on a day that is not a working day, is treated as paid in on the next working day.",
        "You can pay in cash at a Post Office counter using your card, up to £2,000 a day. Cash paid in at a Post "
        "Office is in your account on the same working day.",
        "Money sent to you by Faster Payments is in your account as soon as we receive it.",
    ]),
    ("Making payments", [
        "Before we make a payment you must give us the name, sort code and account number of the person you are "
        "paying. We check the name with the receiving bank and tell you if it does not match.",
        ("We may refuse to make a payment if:", [
            "there is not enough money in your account, including any arranged overdraft, to make it;",
            "we reasonably suspect fraud or that the payment is connected with a crime;",
            "making it would break a law or a court order.",
        ]),
        "If we refuse a payment we tell you, and why, unless the law stops us. You can call us to find out what you "
        "need to do to put things right.",
        "You can cancel a standing order or a payment set up for a future date in the app until 11:59pm on the "
        "working day before the payment is due. After that we cannot stop it.",
    ]),
    ("Payments you did not authorise", [
        "Tell us without undue delay, and in any case no later than 13 months after the date the payment left "
        "your account, if you see a payment on your account that you did not authorise.",
        "We refund an unauthorised payment, and any interest or charges it caused, by the end of the working day "
        "after the day you tell us, unless we have reasonable grounds to suspect fraud.",
        "If your card or security details were lost or stolen and used before you told us, you pay the first £35 "
        "of any loss. You pay nothing if you could not have known about the loss before the payment was made.",
        "You are responsible for all losses if you acted fraudulently, or if you deliberately or with gross "
        "negligence failed to keep your card and security details safe. Writing your PIN on your card, or telling "
        "someone your PIN, is gross negligence.",
    ]),
    ("Overdrafts", [
        "An arranged overdraft is available only if you apply and we agree, and is subject to status. You must be "
        "18 or over to apply, except on a Student account.",
        "We review your arranged overdraft at least once a year.",
        "We may reduce or remove your arranged overdraft by giving you at least 30 days' notice. We may do so "
        "immediately if you have seriously or repeatedly broken these conditions, or if your financial situation "
        "has got much worse.",
        "We work out overdraft interest every day on the overdrawn balance and take it from your account on the "
        "first working day of the next month. We tell you the amount at least 14 days before we take it.",
    ]),
    ("Interest on money in your account", [
        "On a Premier account we pay 1.25% AER (variable) on the part of your balance up to £5,000. We pay no "
        "interest on any part of the balance above £5,000.",
        "Classic and Student accounts do not pay interest.",
        "We work out interest every day and pay it monthly.",
    ]),
    ("Changes to these conditions", [
        "We may change these conditions or our charges by giving you at least 2 months' personal notice.",
        "We may change an interest rate immediately and without notice if the change is in your favour; we tell "
        "you about it within 30 days.",
        "If you do not agree to a change, you can close your account without charge at any time before the change "
        "takes effect.",
    ]),
    ("Closing your account", [
        "You can close your account at any time without charge.",
        "We may close your account by giving you at least 2 months' notice.",
        ("We may close your account immediately if:", [
            "you have given us false information;",
            "you have used, or tried to use, the account for a crime;",
            "you have been threatening or abusive to our staff.",
        ]),
        "When the account closes, you must repay any overdraft and any interest or charges still owed.",
    ]),
    ("Dormant accounts", [
        "If there have been no payments into or out of your account, made by you, for 15 years, we may transfer "
        "the money to the national reclaim fund. You can still claim the money back from us at any time; we pay "
        "it back with any interest it would have earned.",
    ]),
    ("If things go wrong", [
        "If you have a complaint, contact us in the app, by phone, in a branch or in writing. If you are not "
        "happy with our final response, you can refer your complaint to the Financial Ombudsman Service.",
        "Eligible deposits are protected by the Financial Services Compensation Scheme up to £85,000 per person.",
        "These conditions are governed by the law of England and Wales.",
    ]),
]

CHARGES_HEADER = ["Service", "Classic", "Premier", "Student", "Conditions and exceptions"]
CHARGES = [
    ["Monthly account fee", "£0", "£14.00", "£0", "Premier: no fee in any month you pay in £3,500 or more"],
    ["Replacement debit card", "First in 12 months free, then £7.50 each", "Free",
     "First in 12 months free, then £7.50 each", "Always free if the card is faulty or has expired"],
    ["Express card delivery", "£15.00", "Free", "£15.00", "Next working day if ordered by 3pm Monday to Friday"],
    ["Cash withdrawals in the UK", "Free", "Free", "Free", ""],
    ["Cash withdrawals abroad", "2.95% (minimum £3)", "Free", "2.95% (minimum £3)",
     "Student: free in the European Economic Area"],
    ["Card payments in a foreign currency", "2.95%", "Free", "2.95%", ""],
    ["CHAPS payment", "£25.00", "£10.00", "£25.00", "Made the same day if requested by 3pm on a working day"],
    ["International payment (SWIFT), in the app", "£12.00", "£6.00", "£12.00", "In a branch: £20.00 for every account"],
    ["Euro payment to the SEPA zone", "£2.00", "Free", "£2.00", ""],
    ["Arranged overdraft interest", "29.9% EAR", "19.9% EAR", "0%",
     "Premier: first £250 interest-free. Classic: no interest when overdrawn by £50 or less. "
     "Student: 0% up to the agreed limit"],
    ["Returned or declined payment", "Free", "Free", "Free", ""],
    ["Paper copy of a statement", "£5.00 per statement", "Free", "£5.00 per statement",
     "Statements for the last 7 years are free to download in the app"],
    ["Banker's draft", "£20.00", "£20.00", "£20.00", ""],
    ["Stopping a cheque", "£10.00", "Free", "£10.00", "Free if the cheque was lost or stolen"],
]

SAVINGS_HEADER = ["Account", "Balance", "Interest rate (AER)", "Conditions"]
SAVINGS = [
    ["Easy Saver", "£1 to £9,999", "2.10% variable", "Instant access, unlimited withdrawals"],
    ["Easy Saver", "£10,000 to £49,999", "2.60% variable", "The rate applies to the whole balance"],
    ["Easy Saver", "£50,000 and over", "3.05% variable", "The rate applies to the whole balance"],
    ["Fixed Saver (1 year)", "£1,000 to £250,000", "4.10% fixed", "No withdrawals before the end of the term"],
    ["Regular Saver", "£25 to £300 a month", "5.50% fixed for 12 months",
     "Needs a Classic or Premier current account; a withdrawal closes the account"],
    ["Cash ISA", "Up to £20,000 a tax year", "3.75% variable", "Transfers in from other providers accepted"],
]

LEFT = 18
WIDTH = 210 - 2 * LEFT


class ConditionsPDF(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, TITLE, align="R")
            self.ln(10)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, f"Wrenmoor Mutual - fictional sample text for finbot - page {self.page_no()}", align="C")


def write_pdf(path: Path) -> None:
    pdf = ConditionsPDF(format="A4")
    pdf.set_margins(LEFT, 18, LEFT)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(TITLE)
    pdf.set_author("Wrenmoor Mutual (fictional)")
    pdf.set_creation_date(datetime(2025, 3, 1, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(WIDTH, 8, TITLE)
    pdf.ln(2)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(WIDTH, 5, "Edition of March 2025. Wrenmoor Mutual is a fictional building society; these "
                   "conditions are sample text written for finbot and bind nobody.")
    for number, (heading, clauses) in enumerate(CLAUSES, start=1):
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(WIDTH, 6, f"{number}. {heading}")
        pdf.ln(1)
        for sub, clause in enumerate(clauses, start=1):
            pdf.set_font("Helvetica", size=10)
            lead, points = (clause, []) if isinstance(clause, str) else clause
            pdf.multi_cell(WIDTH, 5, f"{number}.{sub} {lead}")
            for letter, point in zip("abcdefgh", points, strict=False):
                pdf.set_x(LEFT + 8)
                pdf.multi_cell(WIDTH - 8, 5, f"({letter}) {point}")
            pdf.ln(1.5)
    pdf.output(str(path))


def write_xlsx(path: Path) -> None:
    book = Workbook()
    charges = book.active
    charges.title = "Current account charges"
    charges.append(["Wrenmoor Mutual tariff of charges, from 1 March 2025"])
    charges.append(CHARGES_HEADER)
    for row in CHARGES:
        charges.append(row)
    savings = book.create_sheet("Savings interest rates")
    savings.append(["Wrenmoor Mutual savings interest rates, from 1 March 2025"])
    savings.append(SAVINGS_HEADER)
    for row in SAVINGS:
        savings.append(row)
    for sheet in (charges, savings):
        for cell in sheet[2]:
            cell.font = Font(bold=True)
    book.properties.created = datetime(2025, 3, 1)
    book.properties.modified = datetime(2025, 3, 1)
    book.save(path)


def main(out: Path = DEFAULT_OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_pdf(out / "account_conditions.pdf")
    write_xlsx(out / "tariff_of_charges.xlsx")
    print(f"wrote {out / 'account_conditions.pdf'} and {out / 'tariff_of_charges.xlsx'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
