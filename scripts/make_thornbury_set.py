"""Build the binary documents of the Thornbury evaluation set (assistant/evaluation/sets/thornbury/documents/).

Thornbury Building Society is invented: a third house style for finbot's held-out customer questions, after the
Larkfield samples and Wrenmoor Mutual. This script writes

- ``savings_terms.pdf``: the general terms for savings accounts and cash ISAs, as numbered clauses (1., 1.1,
  1.3(a)...) with a running header and a page count in the footer; clause 7 is long enough to run over a page;
- ``price_list.xlsx``: the price list, one sheet of account charges (a column says when each charge applies and
  its exceptions), one of savings rates by balance tier (gross and AER), and one of mortgage fees.

The members' FAQ (``faq.html``) is written by hand beside them. Output is deterministic: fixed creation and
modification dates (also pinned inside the XLSX zip). Only the core Helvetica font is used, so the PDF text is
latin-1 (the pound and multiplication signs are fine).
Dev-only; needs ``fpdf2`` and ``openpyxl``.

    python scripts/make_thornbury_set.py [FOLDER]
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from eval_set_files import save_xlsx, write_documents
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parents[1] / "assistant" / "evaluation" / "sets" / "thornbury" / "documents"
SOCIETY = "Thornbury Building Society"
DOC_TITLE = "Savings Accounts: General Terms and Conditions"
EDITION = "Edition 7, effective 14 April 2025"
STAMP = datetime(2025, 4, 14, 9, 0, tzinfo=timezone.utc)

# A clause is (title, [paragraphs]); a paragraph is either text or (lead-in text, [lettered items]).
Para = str | tuple[str, list[str]]
TERMS: list[tuple[str, list[Para]]] = [
    ("About these terms", [
        "These terms apply to every savings account and cash ISA that a member holds with Thornbury Building "
        "Society (\"the Society\", \"we\", \"us\"). Each account also has a product summary, and its interest "
        "rates are set out in our price list. These terms, the product summary and the price list together make "
        "up your agreement with us.",
        "Where a product summary says something different from these terms, the product summary wins for that "
        "account.",
        ("In these terms:", [
            "\"working day\" means Monday to Friday, leaving out bank holidays in England and Wales;",
            "\"tax year\" means the year from 6 April to the following 5 April;",
            "\"gross rate\" means the interest rate we pay before any tax, not counting the effect of interest "
            "being added to the balance;",
            "\"AER\" means Annual Equivalent Rate, which shows what the rate would be if interest were paid and "
            "added to the account once a year;",
            "\"nominated account\" means a current account in your own name, with any UK bank or building "
            "society, which you have told us to use for withdrawals.",
        ]),
    ]),
    ("Opening an account and changing your mind", [
        "To open an account in your own name you must be 16 or over and live in the UK. A cash ISA can only be "
        "opened by someone aged 18 or over. A parent or guardian can open an Acorn Children's Saver or a Junior "
        "Cash ISA for a child.",
        "You have 14 days to change your mind, counted from the day the account is opened or the day you "
        "receive these terms, whichever is later. If you tell us within that time, we will close the account, "
        "or move the money to another of our accounts, and give you back your money with any interest it has "
        "earned. You do not need to give notice and we make no charge.",
        "If you cancel a new cash ISA within those 14 days, what you paid in does not use up any of your ISA "
        "allowance. Money that reached us as a transfer from another ISA manager can only be sent back to that "
        "manager.",
    ]),
    ("Paying money in", [
        "You can pay in by bank transfer, by cheque, in any of our branches, or at a Post Office counter with a "
        "Thornbury paying-in slip. Money paid in at a Post Office reaches your account on the same working day.",
        "A cheque paid into a savings account earns interest from the day we receive it, but the money cannot "
        "be withdrawn until the second working day after that.",
        "Fixed Rate Bonds and the 1 Year Fixed Rate Cash ISA can only be paid into during the funding period, "
        "which is the 14 days starting on the day the account is opened. After the funding period we accept no "
        "more payments; if nothing has been paid in by then, we close the account.",
        "A Monthly Saver takes one payment in each calendar month, of at least £10 and no more than £250. A "
        "month that is missed cannot be made up by paying twice in a later month.",
        "The smallest and largest balance allowed on each account are shown in the price list. We may send back "
        "a payment that would take your balance over the maximum.",
    ]),
    ("Interest", [
        "We work out interest every day on the cleared balance.",
        "Unless the product summary says otherwise, interest is paid once a year on 31 March and on the day the "
        "account closes.",
        "When you open a Fixed Rate Bond you choose whether interest is paid yearly, on each anniversary of the "
        "opening date, or monthly. The choice cannot be changed during the term. The 60 Day Notice Saver pays "
        "interest monthly only, on the last working day of each month.",
        "Interest can be added to the account or paid to your nominated account. Interest paid away from a "
        "Fixed Rate Bond earns no further interest.",
        ("Some accounts pay a different rate depending on how much is in them:", [
            "on a tiered account, such as the Easy Access Saver or the Instant Cash ISA, your whole balance earns "
            "the rate of the tier that the balance falls into;",
            "on a banded account, such as the Acorn Children's Saver, each rate is paid only on the part of the "
            "balance inside its band. For example, with £7,000 in an Acorn Children's Saver, the first £5,000 "
            "earns the rate for band 1 and the other £2,000 earns the rate for band 2.",
        ]),
        "We pay interest without taking off tax. Whether any tax is due depends on your own circumstances, and "
        "paying it to HM Revenue & Customs is your responsibility.",
    ]),
    ("Changes to variable rates", [
        "We may change a variable rate at any time for a valid reason: for example, to reflect a change in the "
        "Bank of England base rate, in what it costs us to raise funds, or in the law or regulation. We act "
        "reasonably and in the interests of our members as a whole.",
        "When we raise a variable rate, we tell you within 30 days, through our branches, our website and your "
        "next statement.",
        "When we lower a variable rate, we give you at least 14 days' personal notice before it takes effect. "
        "This does not apply if your balance is under £100 on the day we decide to make the change: in that "
        "case we show the new rate in our branches and on our website within 3 working days of the change.",
        "For 30 days after we give you notice that a rate is going down, you can close the account, or move the "
        "money to another Thornbury account, without notice, without charge and without losing interest. This "
        "applies to notice accounts too.",
        "A fixed rate does not change during its fixed term.",
    ]),
    ("Taking money out", [
        "You can withdraw by transfer to your nominated account, in a branch, or in online banking and the app. "
        "Cash withdrawals in a branch are limited to £2,500 a day unless you give us at least 2 working days' "
        "notice.",
        "Easy Access Saver and Instant Cash ISA: withdrawals are unlimited, with no notice and no charge. "
        "Withdrawals made online or in the app are limited to £25,000 a day.",
        "Limited Access Saver: you can make up to 3 withdrawals in each calendar year without any effect on the "
        "rate. If you make a fourth or later withdrawal in the same calendar year, the account earns 0.75% gross "
        "a year from the day of that withdrawal until 31 December, and the normal rate applies again from "
        "1 January.",
        ("60 Day Notice Saver:", [
            "to withdraw without charge, give us notice in the app, by phone or in a branch. We pay the money "
            "on the 60th day after we receive your notice, or on the next working day if that day is not one;",
            "you can cancel your notice at any time before the money is paid;",
            "if you need the money sooner, we pay it straight away but make a charge equal to 60 days' interest "
            "on the amount withdrawn, at the account's rate;",
            "each withdrawal must be at least £500, unless you are closing the account.",
        ]),
        "Monthly Saver: you can make up to 2 withdrawals during the 12-month term. A third withdrawal closes "
        "the account, and we move the balance, with the interest earned up to that day, to an Easy Access Saver.",
        "Fixed Rate Bonds and the 1 Year Fixed Rate Cash ISA: no part withdrawals can be made during the term. "
        "You can close the account early; clause 7 sets out the charge.",
        "Acorn Children's Saver: until the child is 16, withdrawals are made by the parent or guardian who "
        "opened the account. From 16 the child runs the account.",
    ]),
    ("Closing a fixed rate account early", [
        ("If you close a fixed rate account before the end of its term, we make an early closure charge equal to "
         "a number of days' interest on the balance, at the fixed rate:", [
            "1 Year Fixed Rate Bond: 90 days' interest;",
            "2 Year Fixed Rate Bond: 180 days' interest;",
            "1 Year Fixed Rate Cash ISA: 90 days' interest, including when you transfer it to another ISA "
            "manager before it matures.",
        ]),
        "The charge comes out of the interest the account has already earned. If that interest is less than the "
        "charge, the rest comes out of the balance, so you may get back less than you paid in. This is most "
        "likely if you close the account in the first few months of the term.",
        "Worked example: £20,000 in a 1 Year Fixed Rate Bond at 4.05% gross, closed early. The charge is "
        "£20,000 × 4.05% × 90/365, which is £199.73.",
        ("We do not make an early closure charge:", [
            "if you close the account during the 14 days in clause 2.2;",
            "if the account is closed after the death of the account holder, or of the last surviving holder of "
            "a joint account, on the instructions of their personal representatives. The account keeps earning "
            "the fixed rate until it is closed, and we pay the balance and all the interest earned to the "
            "estate without any deduction. We need to see the death certificate (an original or a certified "
            "copy), and, where the total held with us by the person who has died is more than £40,000, the "
            "grant of probate or letters of administration;",
            "at our discretion, where an account holder has been diagnosed with a terminal illness. We may ask "
            "for medical evidence, which we treat in confidence and use only to decide your request. We may "
            "also agree, in the same circumstances, to let you take part of the balance out without closing "
            "the account.",
        ]),
    ]),
    ("When a fixed rate account matures", [
        "We write to you at least 28 days before the end of the fixed term to explain your choices.",
        "If you have not told us what to do by the maturity date, we move the money on that date to an Easy "
        "Access Saver or, for the 1 Year Fixed Rate Cash ISA, to an Instant Cash ISA. It then earns the variable "
        "rate in our price list at the time.",
        "For 14 days after the maturity date you can move that money into any account we then offer, or "
        "withdraw it, without charge.",
    ]),
    ("Cash ISAs", [
        "You can pay into cash ISAs with us in any tax year up to the ISA allowance set by the government. For "
        "the 2025/26 tax year the allowance is £20,000 in total, across every ISA you hold with any provider. "
        "Keeping within it is your responsibility.",
        "The Instant Cash ISA is a flexible ISA. If you take money out, you can put it back in the same tax year "
        "and it does not count towards your allowance again. Money not put back by 5 April cannot be put back "
        "after that. The 1 Year Fixed Rate Cash ISA is not a flexible ISA.",
        ("Moving an ISA to us:", [
            "to keep your savings tax-free you must ask us to arrange the transfer, by filling in our ISA "
            "transfer-in form. If you take the money out yourself and pay it in to us, it counts as a new "
            "subscription and loses its tax-free status if it takes you over the allowance;",
            "money paid into an ISA in the current tax year must be transferred in full; money from earlier tax "
            "years can be transferred in full or in part;",
            "we accept transfers in from another provider's cash ISA only;",
            "we ask your existing ISA manager to send the money, and it is their responsibility to do so within "
            "15 working days of our request. They may make a charge or take off interest, for example if you "
            "are moving a fixed rate ISA before it matures;",
            "a transfer into the 1 Year Fixed Rate Cash ISA must reach us within 30 days of the account being "
            "opened. A transfer arriving later is paid into an Instant Cash ISA instead.",
        ]),
        ("Moving your ISA away from us:", [
            "ask your new ISA manager to arrange it. We send the money, with the interest earned, within 5 "
            "working days of receiving their request;",
            "moving a 1 Year Fixed Rate Cash ISA before the end of its term counts as closing it early, and the "
            "charge in clause 7.1(c) applies;",
            "we make no charge for moving an Instant Cash ISA.",
        ]),
        "When a cash ISA holder dies, the account becomes a continuing account of a deceased investor. Interest "
        "stays tax-free until the estate has been dealt with, the account is closed, or three years have passed "
        "since the death, whichever comes first.",
        "If you stop living in the UK you can keep your cash ISA, but you cannot pay into it until you come back.",
    ]),
    ("Junior Cash ISA and Acorn Children's Saver", [
        "A Junior Cash ISA can be opened by a person with parental responsibility for a child under 18 who lives "
        "in the UK. Anyone can pay in, up to £9,000 in total in each tax year.",
        "No money can be taken out of a Junior Cash ISA before the child's 18th birthday, unless the child is "
        "terminally ill or has died.",
        "On the child's 18th birthday the Junior Cash ISA becomes an Instant Cash ISA in the child's own name.",
        "From the age of 16 a child can take over the running of their Junior Cash ISA or Acorn Children's "
        "Saver, but money in a Junior Cash ISA still cannot be withdrawn until they are 18.",
    ]),
    ("Accounts nobody has used", [
        "If nobody has paid in or taken out money on an account for 3 years, we write to you at the last address "
        "we have. If there has still been no activity after 15 years, we may transfer the balance to the "
        "national reclaim fund. The money stays yours: you can claim it back from us at any time, with the "
        "interest it would have earned.",
    ]),
    ("Ending this agreement", [
        "You can close an Easy Access Saver, Limited Access Saver, Instant Cash ISA, Monthly Saver or Acorn "
        "Children's Saver at any time without charge. To close a 60 Day Notice Saver without charge you must "
        "give 60 days' notice; otherwise clause 6.4(c) applies.",
        "We may close a variable rate account by giving you at least 2 months' notice.",
        ("We may close any account straight away if:", [
            "we reasonably believe it is being used for fraud, money laundering or another crime;",
            "you gave us information you knew to be false when you opened it;",
            "you have seriously or repeatedly broken these terms.",
        ]),
    ]),
    ("Complaints and protection of your money", [
        "If something goes wrong, tell us by phone, in a branch or in writing. If you are unhappy with our final "
        "response, or you have not had one within 8 weeks, you can ask the Financial Ombudsman Service to look "
        "at your complaint. You must do so within 6 months of our final response.",
        "Eligible deposits with us are protected by the Financial Services Compensation Scheme up to a total of "
        "£85,000 per person, across all your accounts with Thornbury Building Society.",
        "These terms are governed by the law of England and Wales, unless you live in Scotland, in which case "
        "Scots law applies.",
    ]),
]

MARGIN = 20
BODY_W = 210 - 2 * MARGIN
INDENT = 9


class TermsPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(BODY_W / 2, 5, SOCIETY)
        self.cell(BODY_W / 2, 5, f"{DOC_TITLE} - {EDITION}", align="R")
        self.ln(5)
        self.set_draw_color(150, 150, 150)
        self.line(MARGIN, self.get_y(), 210 - MARGIN, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}  |  Fictional text written for finbot's evaluation; "
                  "it binds nobody.", align="C")


def write_pdf(path: Path) -> None:
    pdf = TermsPDF(format="A4")
    pdf.set_margins(MARGIN, 14, MARGIN)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_title(f"{SOCIETY} - {DOC_TITLE}")
    pdf.set_author(f"{SOCIETY} (fictional)")
    pdf.set_creation_date(STAMP)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(BODY_W, 8, SOCIETY)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(BODY_W, 7, DOC_TITLE)
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(BODY_W, 5, f"{EDITION}. Please read these terms with the product summary for your account and "
                   "our price list, and keep them somewhere safe. Questions? Call 01632 960 418 (Monday to "
                   "Friday 8am to 8pm, Saturday 9am to 1pm) or ask in any branch.")
    for number, (title, paras) in enumerate(TERMS, start=1):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(BODY_W, 6, f"{number}.  {title}")
        pdf.ln(0.5)
        pdf.set_font("Helvetica", size=9.5)
        for sub, para in enumerate(paras, start=1):
            lead, items = (para, []) if isinstance(para, str) else para
            pdf.set_x(MARGIN)
            pdf.cell(INDENT, 4.8, f"{number}.{sub}")
            pdf.multi_cell(BODY_W - INDENT, 4.8, lead)
            for letter, item in zip("abcdefghij", items, strict=False):
                pdf.set_x(MARGIN + INDENT)
                pdf.cell(7, 4.8, f"({letter})")
                pdf.multi_cell(BODY_W - INDENT - 7, 4.8, item)
            pdf.ln(1.2)
    pdf.output(str(path))


CHARGE_COLUMNS = ["Service", "Keystone Account", "Keystone Plus Account", "First Account (ages 11 to 17)",
                  "When it applies / exceptions"]
CHARGES = [
    ["Monthly account fee", "None", "£9.50 a month", "None",
     "Keystone Plus: taken on the first working day of each month; no fee for the month in which you open the "
     "account"],
    ["Replacement debit card (lost or stolen)", "First one in any 12 months free, then £5 each", "Free",
     "First one in any 12 months free, then £5 each",
     "Always free if the card is damaged, faulty, about to expire or has been kept by a cash machine"],
    ["Express card delivery", "£12", "Free", "£12",
     "Delivered the next working day if ordered before 2pm Monday to Thursday; ordered after 2pm on a Friday or "
     "at the weekend, it arrives on Tuesday. UK addresses only"],
    ["PIN reminder by post", "Free", "Free", "Free", "Arrives within 7 working days"],
    ["Cash withdrawals in the UK", "Free", "Free", "Free",
     "Daily limit £500 (First Account £100). Keystone and Keystone Plus can raise it to £1,000 for one day in "
     "a branch"],
    ["Cash withdrawals abroad", "2.75% + £1.50", "Free", "2.75%", "Charged on each withdrawal"],
    ["Card payments in a foreign currency", "2.75%", "Free", "2.75%",
     "Also charged on online purchases from sellers outside the UK when the payment is in a foreign currency"],
    ["Faster Payments (UK)", "Free", "Free", "Free",
     "Up to £10,000 a day online and in the app; the first payment to a new payee is limited to £2,500 for "
     "24 hours"],
    ["CHAPS payment", "£25", "£15", "Not available",
     "By phone or in a branch only; sent the same day if requested by 2:30pm on a working day"],
    ["Sending an international payment", "£15", "£7.50", "Not available", "By phone or in a branch only"],
    ["Receiving an international payment", "£5", "Free", "£5", "Free if the payment is £100 or less"],
    ["Refused or returned payment", "Free", "Free", "Free", "We never charge for a payment we refuse"],
    ["Arranged overdraft interest", "24.9% EAR variable", "15.9% EAR variable", "Not available",
     "Keystone Plus: the first £300 of the overdraft is interest-free. Subject to status, age 18 and over"],
    ["Paper copy of a statement", "£4 per statement", "Free", "Free",
     "Statements from the last 7 years are free to view and download in online banking"],
    ["Balance certificate or audit letter", "£10", "Free", "Free",
     "Free when asked for by a personal representative after an account holder has died"],
    ["Banker's draft", "£15", "£15", "Not available", "Same day if requested in a branch before 3pm"],
    ["Stopping a cheque", "£8", "Free", "Not available", "Free if the cheque or cheque book was lost or stolen"],
    ["Paying in coins at a branch", "Free up to £200 per visit", "Free up to £200 per visit",
     "Free up to £200 per visit", "Above £200 per visit: 1% of the amount over £200. Coins must be in bags"],
    ["Travel insurance", "Not included", "Included", "Not included",
     "Keystone Plus: worldwide cover for trips of up to 31 days; account holders must be under 75 at the start "
     "of the trip"],
]

RATE_COLUMNS = ["Product", "Balance tier", "Gross p.a.", "AER", "Interest paid", "Rate type / notes"]
RATES = [
    ["Easy Access Saver (Issue 4)", "£1 to £4,999", "1.60%", "1.60%", "Yearly on 31 March",
     "Variable. Tiered: the rate for your tier applies to the whole balance"],
    ["Easy Access Saver (Issue 4)", "£5,000 to £24,999", "2.20%", "2.20%", "Yearly on 31 March", "Variable"],
    ["Easy Access Saver (Issue 4)", "£25,000 to £99,999", "2.65%", "2.65%", "Yearly on 31 March", "Variable"],
    ["Easy Access Saver (Issue 4)", "£100,000 and over", "2.80%", "2.80%", "Yearly on 31 March", "Variable"],
    ["Limited Access Saver", "£500 to £250,000", "3.15%", "3.15%", "Yearly on 31 March",
     "Variable. 3 withdrawals a calendar year; 0.75% gross from a 4th withdrawal until 31 December"],
    ["60 Day Notice Saver", "£1,000 to £250,000", "3.55%", "3.61%", "Monthly",
     "Variable. Withdrawal without notice: loss of 60 days' interest on the amount withdrawn"],
    ["1 Year Fixed Rate Bond", "£1,000 to £500,000", "4.05%", "4.05%", "Yearly", "Fixed until maturity"],
    ["1 Year Fixed Rate Bond", "£1,000 to £500,000", "3.98%", "4.05%", "Monthly", "Fixed until maturity"],
    ["2 Year Fixed Rate Bond", "£1,000 to £500,000", "3.85%", "3.85%", "Yearly", "Fixed until maturity"],
    ["2 Year Fixed Rate Bond", "£1,000 to £500,000", "3.78%", "3.85%", "Monthly", "Fixed until maturity"],
    ["Instant Cash ISA", "£1 to £9,999", "3.10%", "3.10%", "Yearly on 31 March",
     "Variable. Tiered. Flexible ISA; transfers in accepted"],
    ["Instant Cash ISA", "£10,000 and over", "3.35%", "3.35%", "Yearly on 31 March", "Variable. Tiered"],
    ["1 Year Fixed Rate Cash ISA", "£500 and over", "3.95%", "3.95%", "On maturity",
     "Fixed. Not a flexible ISA. Transfers in must arrive within 30 days of opening"],
    ["Monthly Saver", "Pay in £10 to £250 a month", "5.25%", "5.25%", "On maturity after 12 months",
     "Fixed for 12 months. One per member. Up to 2 withdrawals in the term"],
    ["Acorn Children's Saver", "Band 1: the first £5,000", "3.50%", "3.50%", "Yearly on 31 March",
     "Variable. Banded: each rate is paid only on the part of the balance inside its band. Maximum balance "
     "£25,000"],
    ["Acorn Children's Saver", "Band 2: the part above £5,000", "1.00%", "1.00%", "Yearly on 31 March",
     "Variable. Banded"],
    ["Junior Cash ISA", "Up to £9,000 a tax year", "3.90%", "3.90%", "Yearly on 31 March",
     "Variable. No withdrawals before the child turns 18"],
]
RATE_NOTES = [
    "Gross p.a. is the rate before tax. AER (Annual Equivalent Rate) shows what the rate would be if interest "
    "were paid and added once a year.",
    "Rates effective 14 April 2025. Variable rates can change; see the Savings Accounts General Terms and "
    "Conditions, clause 5.",
]

MORTGAGE_COLUMNS = ["Fee", "Amount", "When it applies / exceptions"]
MORTGAGE_FEES = [
    ["Mortgage exit fee", "£95",
     "Charged once, when the mortgage is repaid in full. Not charged if you move the mortgage to a new home "
     "with us or switch to a new Thornbury product"],
    ["Early repayment charge (2 Year Fixed)", "2% in year 1, 1% in year 2",
     "Of the amount repaid above the 10% yearly overpayment allowance"],
    ["Early repayment charge (5 Year Fixed)", "5%, 4%, 3%, 2%, 1% in years 1 to 5",
     "Of the amount repaid above the 10% yearly overpayment allowance"],
    ["Early repayment charge (Standard Variable Rate)", "None", "Overpay as much as you like"],
    ["Redemption statement", "Free", "Up to 2 in a calendar year; £15 for each one after that"],
    ["Changing the term or the repayment method", "£75",
     "Free when agreed to help with payment difficulties"],
    ["Payment break", "Free", "Interest still builds up during the break"],
    ["Missed or late payment", "No fee", "We do not charge arrears fees; interest still applies"],
    ["Duplicate annual mortgage statement", "£10", "The latest statement is free in online banking"],
]


def add_sheet(book: Workbook, title: str, heading: str, columns: list[str], rows: list[list[str]],
              widths: list[int], notes: list[str] | None = None) -> None:
    sheet = book.create_sheet(title)
    sheet.append([heading])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(columns)
    for cell in sheet[3]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5D50")
    for row in rows:
        sheet.append(row)
    if notes:
        sheet.append([])
        for note in notes:
            sheet.append([note])
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B4"


def write_xlsx(path: Path) -> None:
    book = Workbook()
    book.remove(book.active)
    add_sheet(book, "Account charges", f"{SOCIETY} - price list: current account charges from 14 April 2025",
              CHARGE_COLUMNS, CHARGES, [34, 22, 22, 22, 60])
    add_sheet(book, "Savings rates", f"{SOCIETY} - savings interest rates from 14 April 2025",
              RATE_COLUMNS, RATES, [30, 28, 11, 9, 26, 55], RATE_NOTES)
    add_sheet(book, "Mortgage fees", f"{SOCIETY} - mortgage fees and charges from 14 April 2025",
              MORTGAGE_COLUMNS, MORTGAGE_FEES, [44, 32, 70])
    save_xlsx(book, path, STAMP, f"{SOCIETY} (fictional)")


def main(out: Path = OUT) -> None:
    write_documents(out, {"savings_terms.pdf": write_pdf, "price_list.xlsx": write_xlsx})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
