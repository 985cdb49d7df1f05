"""Generate the binary documents of the Kestrel evaluation set (assistant/evaluation/sets/kestrel/documents/).

Kestrel Bank is a fictional app-first UK digital bank, the third house style of finbot's held-out customer sets.
This script writes its personal account terms as a PDF of numbered clauses (running header, "page X of Y",
text that flows across page breaks) and its fee and rate schedule as an XLSX workbook (plan fees with a column of
exceptions, savings pot rates in balance bands, overdraft rate bands). The help-centre page (help.html) is
hand-written HTML next to them.

The output is deterministic: the PDF has a fixed creation date, and the XLSX has fixed document properties and
fixed timestamps on every entry of its zip archive, so running the script twice gives identical bytes. Dev-only:
needs ``fpdf2`` and ``openpyxl``; only the core Helvetica font is used, so the PDF text is latin-1.

    python scripts/make_kestrel_set.py [FOLDER]
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from eval_set_files import save_xlsx, write_documents
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assistant" / "evaluation" / "sets" / "kestrel" / "documents"
TITLE = "Kestrel Bank - Personal Account Terms"
EDITION = "Version 4.2, effective 2 February 2026"
FIXED = datetime(2026, 1, 19, 9, 0, 0)

Clause = str | tuple[str, list[str]]

# (clause heading, [numbered sub-clauses]); a sub-clause may be (lead-in, [lettered points]).
CLAUSES: list[tuple[str, list[Clause]]] = [
    ("About these terms", [
        "These terms apply to the Kestrel personal account and every pot you open inside it, on each of our three "
        "plans: Standard, Plus and Max. They form the agreement between you and Kestrel Bank plc (\"Kestrel\", "
        "\"we\", \"us\") together with our fee and rate schedule and anything we tell you in the Kestrel app when "
        "you switch on a feature.",
        "If these terms and the fee and rate schedule say different things about a fee or a rate, the fee and rate "
        "schedule applies.",
        ("In these terms:", [
            "a \"working day\" means Monday to Friday, apart from bank holidays in England;",
            "the \"app\" means the Kestrel mobile app and, where we say so, Kestrel web banking;",
            "a \"pot\" means a separate balance inside your account, such as an Instant Pot, a Fixed Pot or a "
            "Spending pot;",
            "your \"main balance\" means the money in your account that is not in a pot.",
        ]),
        "We write to you in English, in the app or by email. You can ask for these terms in large print, in braille "
        "or as audio at no cost.",
    ]),
    ("Your plan", [
        "You can move between Standard, Plus and Max in the app at any time. An upgrade starts straight away. A "
        "downgrade starts on your next plan fee date, and anything that comes with the plan you leave, such as "
        "travel insurance or lounge passes, ends on that date.",
        "We take the monthly plan fee from your main balance on the same date each month as the day you first "
        "joined the plan. If there is not enough money, we try again for up to 5 days and then move you to "
        "Standard; we do not use your overdraft to pay a plan fee.",
        "If you cancel Plus or Max within 14 days of upgrading, we refund the plan fee you paid for that month.",
    ]),
    ("Keeping your account safe", [
        ("You must take reasonable steps to keep your card, your PIN, your passcode and your phone safe. In "
         "particular you must:", [
            "not write your PIN or passcode down in a way someone else could recognise;",
            "not tell anyone your PIN, passcode or the one-time codes we send you, including anyone who says they "
            "work for Kestrel or the police;",
            "not let anyone else register their face or fingerprint on a phone you use for the app;",
            "keep the app and your phone's software up to date.",
        ]),
        "You must tell us without undue delay, by freezing your card in the app and reporting it, or by calling "
        "0808 157 0220, if your card or phone is lost or stolen, or if you think someone else knows your security "
        "details.",
        "We will never ask you to move money to a safe account, to give us your PIN or passcode, or to read out a "
        "one-time code to a caller.",
    ]),
    ("Payments", [
        "A payment in pounds to another UK account is usually made within seconds. Payments you schedule for a "
        "future date leave your account at the start of that day.",
        "You can cancel a standing order or a future-dated payment in the app up to 11:59pm on the working day "
        "before it is due to be made. After that we cannot stop it.",
        ("We may refuse a payment, or delay it while we check it with you, if:", [
            "there is not enough money in your main balance and your arranged overdraft to make it;",
            "we reasonably think it may be connected with fraud, a scam or another crime;",
            "making it would break a law, a regulation or a court order;",
            "you have asked us to block payments of that kind, for example with the gambling block.",
        ]),
        "If we refuse a payment we tell you in the app, and why, unless the law does not allow us to. We do not "
        "charge for refusing a payment.",
    ]),
    ("Liability for unauthorised payments", [
        "A payment is unauthorised if you did not make it and did not agree to it. You must tell us about an "
        "unauthorised payment without undue delay and in any case no later than 13 months after the date it was "
        "taken from your account.",
        "When you tell us, we refund the unauthorised payment, and put your account back as it would have been, "
        "by the end of the next working day. We do not do this if we have reasonable grounds to suspect that you "
        "acted fraudulently and we tell the police or another authority about it.",
        "If an unauthorised payment was made because your card, phone or security details were lost or stolen, "
        "you may have to pay up to £35 of the loss from payments made before you told us. This is the most you "
        "pay under this clause for each loss.",
        ("You do not pay anything, and we refund the payment in full, if:", [
            "you could not have known about the loss or theft before the payment was made;",
            "the loss was caused by something our staff, or anyone acting for us, did or failed to do;",
            "the payment was made after you told us that your card or details were lost, stolen or known to "
            "someone else;",
            "we did not ask for strong customer authentication (such as your passcode, face or fingerprint) "
            "when the law required us to;",
            "the payment was made online, by phone or by mail order without your card being present, unless you "
            "acted fraudulently.",
        ]),
        "You are responsible for all losses if you acted fraudulently, or if you intentionally or with gross "
        "negligence failed to keep your card and security details safe as clause 3.1 requires. Gross negligence "
        "means a very significant degree of carelessness; for example, telling someone your PIN and passcode. "
        "This clause does not apply to payments covered by clause 5.4(c), 5.4(d) or 5.4(e).",
        "If we refund a payment and later find that you were not entitled to the refund, we may take the amount "
        "back from your account. We tell you at least 5 working days before we do this and explain why.",
    ]),
    ("Payments you were tricked into making", [
        "If you are tricked into sending a payment in pounds to someone in the UK by Faster Payments or CHAPS (an "
        "authorised push payment scam), you may be able to get your money back under the reimbursement rules that "
        "apply to UK payment providers.",
        "You must report the scam to us no later than 13 months after the last payment to the scammer. We "
        "reimburse up to £85,000 for each claim, and we do not take an excess off what we pay back.",
        ("We do not have to reimburse you if:", [
            "you were part of the fraud or were dishonest with us;",
            "you were grossly negligent, for example by ignoring a specific warning we gave you about that payment, "
            "or by not telling us about the scam promptly once you suspected it;",
            "the payment was for a genuine purchase that turned out to be a civil dispute, such as goods that were "
            "faulty or late.",
        ]),
        "We do not apply clause 6.3(b) if you were vulnerable when the scam happened and that affected your "
        "ability to protect yourself.",
        "We normally decide a claim within 5 working days. If we need more information from you or from the bank "
        "that received the money, we can take up to 35 working days, and we tell you if that happens.",
    ]),
    ("Overdrafts", [
        "An arranged overdraft is available only if you apply in the app and we agree. You must be 18 or over and "
        "have had your account for at least one month. Limits are from £250 to £3,000, or up to £5,000 on Max.",
        "When you apply we carry out a credit check and place you in rate band A, B or C. We show you your band, "
        "your rate and the cost before you accept. The rates for each band are in the fee and rate schedule.",
        "Each plan has an interest-free buffer: the first £25 of your overdrawn balance on Standard, the first £100 "
        "on Plus and the first £500 on Max. We do not charge interest on the part of your overdrawn balance inside "
        "your buffer.",
        "We work out overdraft interest every day on the amount you are overdrawn at the end of the day, less your "
        "interest-free buffer. We add up the daily amounts from the first to the last day of each calendar month.",
        "We take the interest for a month from your main balance on the 15th day of the following month, or on "
        "the next working day if the 15th is not a working day. We tell you the amount in the app at least 14 days "
        "before we take it.",
        "If the interest for a month comes to less than £1, we do not charge it.",
        "We do not offer unarranged overdrafts. A payment that would take you over your limit is usually declined. "
        "If a payment we could not stop, such as an offline card payment, takes you over your limit, we do not "
        "charge a fee or extra interest on the amount over your limit, but you must pay it back within 7 days.",
        ("We may reduce or remove your arranged overdraft by giving you at least 30 days' notice. We may do it "
         "immediately, and tell you afterwards, if:", [
            "your financial situation has got much worse and we reasonably think you may not be able to repay;",
            "you have seriously or repeatedly broken these terms;",
            "you have told us, or we find out, that you are bankrupt or have entered an insolvency arrangement.",
        ]),
        "If you have been overdrawn on most days for 12 months, we will get in touch to talk about ways to reduce "
        "what you pay. If you tell us you are in financial difficulty, we can stop overdraft interest for up to "
        "60 days while you get free debt advice.",
    ]),
    ("Savings pots", [
        "Interest on an Instant Pot, a Boost Pot and the Cash ISA Pot is worked out every day and paid into the pot "
        "on the first day of each month. The rates for each balance band are in the fee and rate schedule; on an "
        "Instant Pot the rate for the band your balance is in applies to your whole balance.",
        "We may lower a variable rate by giving you at least 2 months' notice. You may move your money or close "
        "the pot without charge during the notice period. We may raise a rate at any time.",
        "You cannot take money out of a Fixed Pot or close it before the end of its term. If you die, your personal "
        "representatives can close it early without losing interest.",
        "The Regular Saver Pot is for customers on Plus or Max. If you move to Standard during the term, the pot "
        "stays open until the end of its term but you cannot pay any more into it.",
    ]),
    ("Changes to these terms", [
        "We may change these terms, our fees or our plans by giving you at least 2 months' notice in the app or by "
        "email.",
        "If you do not agree to a change, you may close your account, or end a plan, without charge at any time "
        "before the change starts. If you do not tell us that you object, we treat you as accepting the change.",
    ]),
    ("Closing your account", [
        "You can close your account at any time, without charge, in the app or by calling us. Before we can close "
        "it you must repay any overdraft and any interest owed, and wait for card payments that are still pending "
        "to be taken. If you have a Fixed Pot, your account stays open until the end of its term.",
        "If you close your account within 14 days of opening it, we refund any plan fee you have paid.",
        "We may close your account, or end a plan, by giving you at least 2 months' notice.",
        ("We may close your account immediately, and tell you afterwards, if:", [
            "you have given us false information, or used the account, or let someone else use it, for a crime;",
            "you have been threatening or abusive to our staff;",
            "keeping the account open could expose us to action by a regulator or a law enforcement agency;",
            "you have seriously or repeatedly broken these terms.",
        ]),
        "When your account closes, we pay any money left in it, including interest earned up to the closing date, "
        "to another account in your name within 5 working days.",
    ]),
    ("Inactive and dormant balances", [
        "If you have made no payments into or out of your account, and have not logged in to the app, for 12 "
        "months, we treat the account as inactive. We stop renewing your card, but your money stays safe and keeps "
        "earning any interest due; logging in to the app makes the account active again.",
        "If a balance has had no payments made by you for 15 years, it is dormant. Before we do anything with a "
        "dormant balance we try to contact you by email, in the app and by post at the last address we have.",
        "We may then transfer a dormant balance to the UK's reclaim fund. You keep the right to your money: you can "
        "ask us for it at any time, and we pay it back together with any interest it would have earned had it "
        "stayed with us.",
        "We never charge a fee on an inactive or dormant balance.",
    ]),
    ("Complaints and the Financial Ombudsman Service", [
        "If you are unhappy with anything we have done, tell us in the app chat, by calling 0808 157 0199 or by "
        "writing to Kestrel Bank Customer Care, 4 Harrier Wharf, Leeds LS99 7KB.",
        "If we resolve your complaint by the end of the third working day after we receive it, we send you a "
        "summary resolution message that tells you how to take it further if you are still unhappy.",
        "If your complaint is about a payment or about how we provide the account, we send our final response "
        "within 15 working days. In exceptional circumstances we may take up to 35 working days; if so, we write "
        "within the first 15 working days to explain why and when you will hear from us.",
        "For any other complaint, we send our final response within 8 weeks.",
        "If you are not happy with our final response, or we have not sent one within the time in clause 12.3 or "
        "12.4, you can refer your complaint to the Financial Ombudsman Service, free of charge. You must do so "
        "within 6 months of the date of our final response.",
        "The Ombudsman may not be able to look at a complaint made to us more than 6 years after the event, or "
        "more than 3 years after you knew, or ought reasonably to have known, that you had cause to complain, "
        "whichever is later.",
    ]),
    ("Protection and the law", [
        "Eligible deposits with Kestrel, including money in your pots, are protected by the Financial Services "
        "Compensation Scheme up to £120,000 per person in total.",
        "These terms are governed by the law of England and Wales. If you live in Scotland or Northern Ireland "
        "when you open your account, the law of that part of the UK applies instead, and you can bring "
        "proceedings in its courts.",
    ]),
]

PLAN_HEADER = ["Fee or feature", "Standard", "Plus", "Max", "Exceptions and conditions"]
PLAN_FEES = [
    ["Monthly plan fee", "£0", "£4.50", "£13.00",
     "Plus: first 3 months free the first time you upgrade. Plus and Max: cancel within 14 days of upgrading "
     "and we refund that month's fee"],
    ["Debit card", "Free", "Free", "Free (metal card)", ""],
    ["Replacement card (lost or stolen)", "First one in any 12 months free, then £5.00", "Free",
     "First metal replacement free, then £29.00",
     "Always free on every plan if a cash machine kept your card, or the card is faulty or has expired"],
    ["Express card delivery", "£9.00", "£9.00", "Free",
     "UK addresses only, 2 working days if ordered by 2pm Monday to Thursday. Max: emergency card sent "
     "abroad free, usually within 3 working days"],
    ["Cash withdrawals in the UK", "Free", "Free", "Free", "Daily limit: Standard £300, Plus £500, Max £800"],
    ["Cash withdrawals abroad", "Free up to £200 a month, then 3%", "Free up to £400 a month, then 2%",
     "Free up to £800 a month, then 1%",
     "Allowance resets on the 1st of each month. Cash machine operators may add their own charge, which we "
     "don't refund"],
    ["Card payments in a foreign currency", "Free on weekdays, 0.5% at weekends", "Free", "Free",
     "Standard weekend fee applies from 10pm Friday to 6am Monday, UK time. We use the Mastercard exchange rate"],
    ["International transfer (sent in the app)", "0.6% (minimum £1.50)", "0.4% (minimum £1.00)", "Free",
     "Add £5.00 on every plan for a SWIFT transfer to a country outside the SEPA zone"],
    ["Tracing or recalling an international transfer", "£15.00", "£15.00", "Free",
     "Free on every plan if the mistake was ours"],
    ["CHAPS payment", "£20.00", "£20.00", "£10.00",
     "By phone only, on 0808 157 0431. Sent the same day if requested by 2pm on a working day"],
    ["Paying in cash at the Post Office", "0.5% (minimum £1.00)", "Free up to £1,000 a month, then 0.5%",
     "Free", "Up to £3,000 a day on every plan. Coins: up to £50 per deposit. Make a barcode in the app first"],
    ["Paying in a cheque (scan in the app)", "Free", "Free", "Free",
     "Up to £2,000 per cheque in the app. Larger cheques: post them to us"],
    ["Paper statement", "£3.00 each", "£3.00 each", "Free",
     "Free on every plan if you need paper because of a disability or have no internet access"],
    ["Braille, large print or audio statement", "Free", "Free", "Free", ""],
    ["Declined or returned payment", "Free", "Free", "Free", "We never charge for a payment we decline"],
    ["Savings pots you can have", "Up to 5", "Up to 15", "Up to 50",
     "Fixed Pots and the Regular Saver Pot count towards the total"],
    ["Round-up multiplier", "1x only", "1x, 2x or 3x", "1x, 2x, 3x or 5x",
     "Round-ups don't apply to cash withdrawals or international transfers"],
    ["Travel insurance", "Not included", "Not included", "Included",
     "Max: worldwide, trips up to 45 days, you and a partner living at the same address. Cover ends on your "
     "75th birthday"],
    ["Airport lounge passes", "Not included", "Not included", "4 a year",
     "Unused passes don't carry over to the next plan year"],
]

POT_HEADER = ["Pot", "Who can have it", "Balance", "Rate", "How it works"]
POT_RATES = [
    ["Instant Pot", "All plans", "£0 to £4,999.99", "2.75% AER variable",
     "The rate for your band applies to your whole Instant Pot balance"],
    ["Instant Pot", "All plans", "£5,000 to £24,999.99", "3.15% AER variable",
     "The rate for your band applies to your whole Instant Pot balance"],
    ["Instant Pot", "All plans", "£25,000 to £99,999.99", "3.45% AER variable",
     "The rate for your band applies to your whole Instant Pot balance"],
    ["Instant Pot", "All plans", "£100,000 and over", "3.60% AER variable",
     "The rate for your band applies to your whole Instant Pot balance"],
    ["Boost Pot", "Max only", "Up to £10,000", "4.60% AER variable",
     "No interest on any amount above £10,000. One Boost Pot per customer"],
    ["Fixed Pot (12 months)", "All plans", "£1,000 to £100,000", "4.05% AER fixed",
     "No withdrawals before the end of the term, except after a bereavement"],
    ["Fixed Pot (24 months)", "All plans", "£1,000 to £100,000", "3.85% AER fixed",
     "No withdrawals before the end of the term, except after a bereavement"],
    ["Regular Saver Pot", "Plus and Max", "£25 to £250 a month", "6.00% AER fixed for 12 months",
     "Miss a monthly payment and the rate drops to 2.00% AER for the rest of the term. Up to 2 withdrawals "
     "in the term; a third closes the pot"],
    ["Cash ISA Pot", "All plans", "Up to £20,000 a tax year", "3.90% AER variable",
     "Transfers in from other ISA providers accepted"],
    ["Spending pot", "All plans", "Any balance", "No interest", "For budgeting only"],
]

OVERDRAFT_HEADER = ["Item", "Applies to", "Amount", "Rate", "Notes"]
OVERDRAFT_RATES = [
    ["Arranged overdraft", "Rate band A", "£250 to £3,000 (Max: up to £5,000)", "19.9% EAR variable",
     "Your band depends on your credit check. We show it to you before you accept"],
    ["Arranged overdraft", "Rate band B", "£250 to £3,000 (Max: up to £5,000)", "29.9% EAR variable", ""],
    ["Arranged overdraft", "Rate band C", "£250 to £3,000 (Max: up to £5,000)", "39.9% EAR variable", ""],
    ["Interest-free buffer", "Standard", "First £25 overdrawn", "0%",
     "Interest is charged only on the part of your overdrawn balance above your buffer"],
    ["Interest-free buffer", "Plus", "First £100 overdrawn", "0%",
     "Interest is charged only on the part of your overdrawn balance above your buffer"],
    ["Interest-free buffer", "Max", "First £500 overdrawn", "0%",
     "Interest is charged only on the part of your overdrawn balance above your buffer"],
    ["Unarranged overdraft", "All plans", "Not offered", "Not offered",
     "Payments that would take you over your limit are declined, free of charge"],
    ["Overdraft interest under £1", "All plans", "Less than £1 in a month", "Not charged",
     "Interest is taken on the 15th of the following month"],
]

LEFT = 20
WIDTH = 210 - 2 * LEFT


class TermsPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(WIDTH / 2, 6, TITLE)
        self.cell(WIDTH / 2, 6, EDITION, align="R")
        self.set_text_color(0, 0, 0)
        self.ln(11)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def write_pdf(path: Path) -> None:
    pdf = TermsPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(LEFT, 16, LEFT)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_title(TITLE)
    pdf.set_author("Kestrel Bank plc (fictional)")
    pdf.set_creator("scripts/make_kestrel_set.py")
    pdf.set_creation_date(FIXED.replace(tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(WIDTH, 9, "Personal Account Terms")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(WIDTH, 5.2, "Kestrel Bank is a fictional bank. These terms are sample text written for the "
                   "finbot evaluation set and bind nobody. Please read them with our fee and rate schedule, which "
                   "sets out what each plan costs and the rates on pots and overdrafts.")
    for number, (heading, clauses) in enumerate(CLAUSES, start=1):
        pdf.ln(3.5)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(WIDTH, 6.5, f"{number}. {heading}")
        pdf.ln(1)
        for sub, clause in enumerate(clauses, start=1):
            pdf.set_font("Helvetica", size=10)
            lead, points = (clause, []) if isinstance(clause, str) else clause
            pdf.multi_cell(WIDTH, 5.2, f"{number}.{sub} {lead}")
            for letter, point in zip("abcdefgh", points, strict=False):
                pdf.set_x(LEFT + 8)
                pdf.multi_cell(WIDTH - 8, 5.2, f"({letter}) {point}")
            pdf.ln(1.8)
    pdf.output(str(path))


def fill_sheet(sheet, title: str, header: list[str], rows: list[list[str]], widths: list[int]) -> None:
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for column, width in zip("ABCDE", widths, strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_xlsx(path: Path) -> None:
    book = Workbook()
    fees = book.active
    fees.title = "Plan fees"
    fill_sheet(fees, "Kestrel Bank - what each plan costs, from 2 February 2026", PLAN_HEADER, PLAN_FEES,
               [38, 26, 26, 26, 70])
    pots = book.create_sheet("Savings pot rates")
    fill_sheet(pots, "Kestrel Bank - savings pot rates, from 2 February 2026", POT_HEADER, POT_RATES,
               [24, 18, 26, 30, 70])
    overdraft = book.create_sheet("Overdraft rates")
    fill_sheet(overdraft, "Kestrel Bank - arranged overdraft rates, from 2 February 2026", OVERDRAFT_HEADER,
               OVERDRAFT_RATES, [28, 16, 34, 22, 70])
    book.properties.lastModifiedBy = "scripts/make_kestrel_set.py"
    save_xlsx(book, path, FIXED, "Kestrel Bank plc (fictional)")


def main(out: Path = DEFAULT_OUT) -> None:
    write_documents(out, {"terms.pdf": write_pdf, "fees.xlsx": write_xlsx})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
