"""Render the Tessaly Pay Holdings, Inc. Form 10-Q for the quarter ended March 31, 2026.

House style: DejaVu Serif text with Liberation Sans Narrow tables in the "ledger" mode (head block reversed out of a
navy band, a hairline under every row, a single rule over subtotals and a double rule under totals), no "$" in
tables, negatives with a leading minus sign, "nil" for zero, left-aligned capitalised titles with a plain units line
such as "(Unaudited; dollars in thousands, except per-share data)", level-one headings beside a navy bar, a contents
page with a hairline under each entry, ", concluded" after carried-over titles and "Page N of M" footers counted from
the cover. Key metrics carry asterisk and dagger footnote marks; revenue by type sets percent-of-revenue cells beside
the amounts; some totals are labelled "Revenue, total" or "Funding debt, net".
"""

from __future__ import annotations

from decimal import Decimal

import tessaly_data as td
from pdf_layout import Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n0", **kw: object) -> Row:
    """A table row whose amounts default to whole numbers ($ thousands)."""
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Tessaly Pay Holdings, Inc."
DOC_NAME = "TESSALY_2026Q1_10Q"
NAVY = (22, 44, 96)
THOU = "(Unaudited; dollars in thousands)"
THOU_PS = "(Unaudited; dollars in thousands, except per-share data)"
QHEAD = [("Three Months Ended March 31,", 0, 2)]
QCOLS = ["2026", "2025"]
BS_COLS = ["March 31, 2026", "December 31, 2025"]


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSerif", "I", 6.6)
    doc.set_text_color(90, 90, 110)
    doc.set_xy(doc.l_margin, 8.8)
    doc.cell(doc.width, 4, "Tessaly Pay Holdings, Inc. - Form 10-Q - Quarter ended March 31, 2026", align="R")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("DejaVuSerif", "", 7.0)
    doc.set_text_color(50, 50, 70)
    doc.set_xy(doc.l_margin, doc.h - 12.4)
    doc.cell(doc.width, 4, f"Page {label} of {doc.total_pages}", align="L")


STYLE = Style(
    body_family="DejaVuSerif",
    body_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf", "I": "dejavu/DejaVuSerif-Italic.ttf",
                "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    table_family="LiberationSansNarrow",
    table_files={"": "liberation/LiberationSansNarrow-Regular.ttf", "B": "liberation/LiberationSansNarrow-Bold.ttf",
                 "I": "liberation/LiberationSansNarrow-Italic.ttf",
                 "BI": "liberation/LiberationSansNarrow-BoldItalic.ttf"},
    body_size=8.2,
    table_size=8.0,
    table_mode="ledger",
    negative="minus",
    dollar="none",
    zero="nil",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=", concluded",
    title_align="L",
    unit_align="L",
    title_upper=True,
    head_align="R",
    head_style="B",
    toc_style="rule",
    heading_kind="bar",
    heading_upper=False,
    unit_italic=False,
    title_size_add=0.6,
    accent=NAVY,
    tint=(226, 232, 244),
    hairline=(196, 204, 222),
    margin_l=21, margin_r=21, margin_t=18, margin_b=20,
    unit_pos="line",
    small_caps=False,
    head_fill=NAVY,
)

TOC = [
    ("PART I - FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Condensed Consolidated Financial Statements (Unaudited)", "item1", 1),
    ("Condensed Consolidated Statements of Operations", "is", 2),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II - OTHER INFORMATION", "part2", 0),
    ("Item 1A. Risk Factors", "p2item1a", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str) -> list[str]:
    return [f"{prefix}.{p}" for p in td.PERIODS]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in td.DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 20)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 10, "FORM 10-Q", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(2)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.6,
             align="L", gap=0.6)
    doc.para("For the quarterly period ended March 31, 2026", style="B", size=8.6, align="L")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="L")
    doc.para("Commission File Number 001-41902", size=7.6, align="L")
    doc.ln(3)
    doc.body("B", 15)
    doc.cell(doc.width, 8, COMPANY, align="L", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.6)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Calvenna"]),
        R("I.R.S. Employer Identification No.", ["=88-4017362"]),
        R("Principal executive offices", ["=900 Weirgate Street, Suite 1400, Port Auden, Calvenna 30944"]),
        R("Telephone number", ["=(470) 555-0192"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=62, size=7.4)
    rows = [R("Class A common stock, $0.0001 par value", ["=TSLY", "=Nasdaq Global Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=62, size=7.4)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Accelerated filer [X]. "
             "Emerging growth company [  ].", size=7.6)
    doc.para("As of April 30, 2026, the registrant had 113,284,517 shares of Class A common stock outstanding.",
             size=7.6)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 7, "INDEX", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Special note regarding forward-looking statements", 3, keep=30)
    doc.para("This report includes forward-looking statements about consumer repayment behaviour, credit losses, "
             "merchant growth, funding capacity and costs, regulation of point-of-sale lending and our path to "
             "sustained profitability. They are subject to risks including higher unemployment, rising funding "
             "spreads, changes in consumer lending rules and competition, and actual results may differ "
             "materially.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("PART I - FINANCIAL INFORMATION", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Condensed Consolidated Financial Statements (Unaudited)", 2, anchor="item1", keep=30)
    doc.anchor("is")
    rows = [
        R("Revenue:", kind="head"),
        R("Merchant fees", per("is.fees"), indent=1),
        R("Interest income on loans receivable", per("is.interest"), indent=1),
        R("Other revenue", per("is.other"), indent=1),
        R("Revenue, total", per("is.rev"), kind="sub"),
        R("Operating expenses:", kind="head"),
        R("Funding costs", per("is.funding"), indent=1),
        R("Provision for credit losses", per("is.provision"), indent=1),
        R("Processing and servicing", per("is.processing"), indent=1),
        R("Technology and data analytics", per("is.tech"), indent=1),
        R("Sales and marketing", per("is.sales"), indent=1),
        R("General and administrative", per("is.ga"), indent=1),
        R("Total operating expenses", per("is.opex"), kind="sub"),
        R("Operating income", per("is.oi"), kind="sub"),
        R("Other income (expense), net", per("is.oth")),
        R("Income (loss) before income taxes", per("is.pretax"), kind="sub"),
        R("Provision for income taxes", per("is.tax")),
        R("Net income (loss)", per("is.ni"), kind="total"),
        R("Net income (loss) per share:", kind="head"),
        R("Basic", per("is.eps_b"), "n2", indent=1),
        R("Diluted", per("is.eps_d"), "n2", indent=1),
        R("Weighted-average shares used in computing net income (loss) per share (in thousands):", kind="head"),
        R("Basic", per("is.sh_b"), indent=1),
        R("Diluted", per("is.sh_d"), indent=1),
    ]
    doc.table("Condensed Consolidated Statements of Operations", QCOLS, rows, groups=QHEAD, unit=THOU_PS,
              label_w=100, keep=True)
    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    rows = [
        R("Assets", kind="head"),
        R("Cash and cash equivalents", dates("bs.cash"), indent=1),
        R("Restricted cash", dates("bs.restricted"), indent=1),
        R("Loans receivable, at amortized cost", dates("bs.loans"), indent=1),
        R("Less: allowance for credit losses", dates("bs.alw"), indent=2),
        R("Loans receivable, net", dates("bs.loans_net"), kind="sub"),
        R("Merchant and other receivables", dates("bs.merch_rec"), indent=1),
        R("Property, equipment and capitalized software, net", dates("bs.ppe"), indent=1),
        R("Goodwill and intangible assets", dates("bs.gw"), indent=1),
        R("Other assets", dates("bs.other_a"), indent=1),
        R("Total assets", dates("bs.assets"), kind="total"),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Accounts payable and accrued expenses", dates("bs.ap"), indent=1),
        R("Payable to merchants", dates("bs.merch_pay"), indent=1),
        R("Funding debt, net", dates("bs.fd"), indent=1),
        R("Other liabilities", dates("bs.other_l"), indent=1),
        R("Total liabilities", dates("bs.liab"), kind="sub"),
        R("Stockholders' equity:", kind="head"),
        R("Class A common stock", dates("bs.cs"), indent=1),
        R("Additional paid-in capital", dates("bs.apic"), indent=1),
        R("Accumulated deficit", dates("bs.deficit"), indent=1),
        R("Accumulated other comprehensive loss", dates("bs.aoci"), indent=1),
        R("Total stockholders' equity", dates("bs.equity"), kind="sub"),
        R("Total liabilities and stockholders' equity", dates("bs.le"), kind="total"),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit="(Dollars in thousands; the March 31, "
              "2026 column is unaudited)", label_w=100, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Cash flows from operating activities:", kind="head"),
        R("Net income (loss)", per("cf.ni"), indent=1),
        R("Adjustments to reconcile net income (loss) to net cash from operating activities:", kind="head",
          indent=1),
        R("Provision for credit losses", per("cf.prov"), indent=2),
        R("Depreciation and amortization", per("cf.da"), indent=2),
        R("Stock-based compensation", per("cf.sbc"), indent=2),
        R("Amortization of debt issuance costs", per("cf.dfee"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Merchant and other receivables", per("cf.merch_rec"), indent=2),
        R("Other assets", per("cf.other_a"), indent=2),
        R("Accounts payable and accrued expenses", per("cf.ap"), indent=2),
        R("Payable to merchants", per("cf.merch_pay"), indent=2),
        R("Other liabilities", per("cf.other_l"), indent=2),
        R("Net cash provided by operating activities", per("cf.cfo"), kind="sub"),
        R("Cash flows from investing activities:", kind="head"),
        R("Loans originated, net of principal collections", per("cf.orig"), indent=1),
        R("Recoveries of loans previously charged off", per("cf.rec"), indent=1),
        R("Purchases of property, equipment and capitalized software", per("cf.capex"), indent=1),
        R("Net cash used in investing activities", per("cf.cfi"), kind="sub"),
        R("", [], kind="break"),
        R("Cash flows from financing activities:", kind="head"),
        R("Proceeds from issuance of securitization notes", per("cf.sec_iss"), indent=1),
        R("Principal repayments of securitization notes", per("cf.sec_rep"), indent=1),
        R("Borrowings under warehouse facilities", per("cf.wh_b"), indent=1),
        R("Repayments under warehouse facilities", per("cf.wh_r"), indent=1),
        R("Payment of debt issuance costs", per("cf.fees_paid"), indent=1),
        R("Proceeds from exercise of stock options", per("cf.opt"), indent=1),
        R("Taxes paid related to net share settlement", per("cf.taxw"), indent=1),
        R("Net cash provided by (used in) financing activities", per("cf.cff"), kind="sub"),
        R("Net change in cash, cash equivalents and restricted cash", per("cf.change"), kind="sub"),
        R("Cash, cash equivalents and restricted cash, beginning of period", per("cf.begin")),
        R("Cash, cash equivalents and restricted cash, end of period", per("cf.end"), kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", QCOLS, rows, groups=QHEAD, unit=THOU, label_w=104)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 2, anchor="notes", keep=50)
    doc.heading("1. Organization and basis of presentation", 3, keep=30)
    doc.para("Tessaly Pay Holdings, Inc. offers consumers point-of-sale installment plans at online and in-store "
             "merchants. Most plans split a purchase into four interest-free payments over {ops.term_weeks:n0} "
             "weeks, for which the merchant pays a fee; longer monthly plans bear simple interest. These unaudited "
             "statements should be read with our annual report for 2025.")
    doc.section = "note_alw"
    doc.heading("3. Loans receivable and allowance for credit losses", 3, keep=70)
    doc.para("Loans receivable are carried at amortized cost. We estimate expected credit losses over the life of "
             "each pool using delinquency roll rates, vintage loss curves and macroeconomic forecasts, and charge off "
             "a loan when it is 120 days past due.")
    rows = [
        R("Balance, beginning of period", per("alw.begin")),
        R("Provision for credit losses", per("alw.prov"), indent=1),
        R("Charge-offs", per("alw.co"), indent=1),
        R("Recoveries of amounts previously charged off", per("alw.rec"), indent=1),
        R("Balance, end of period", per("alw.end"), kind="total"),
    ]
    doc.table("Allowance for Credit Losses", QCOLS, rows, groups=QHEAD, unit=THOU, label_w=100)
    doc.section = "note_fd"
    doc.heading("5. Funding debt", 3, keep=70)
    doc.para("We fund loans through revolving warehouse facilities with bank lenders and through term "
             "securitizations. In February 2026 our consumer loan trust issued the Series 2026-1 asset-backed notes. "
             "Total committed warehouse capacity was {fd.capacity:d0} thousand at March 31, 2026.")
    rows = [
        R("Warehouse facilities:", kind="head"),
        R("Facility A (matures 2027)", dates("fd.wha"), indent=1),
        R("Facility B (matures 2028)", dates("fd.whb"), indent=1),
        R("Total warehouse facilities", dates("fd.wh"), kind="sub"),
        R("Securitization notes:", kind="head"),
        R("Series 2024-1", dates("fd.s241"), indent=1),
        R("Series 2025-1", dates("fd.s251"), indent=1),
        R("Series 2026-1", dates("fd.s261"), indent=1),
        R("Total securitization notes", dates("fd.sec"), kind="sub"),
        R("Unamortized debt issuance costs", dates("fd.fees")),
        R("Funding debt, net", dates("fd.total"), kind="total"),
        R("Weighted-average interest rate\u2020", dates("fd.rate"), "p2"),
    ]
    doc.table("Funding Debt", BS_COLS, rows, unit=THOU, label_w=100, notes=[
        "\u2020 Weighted by principal outstanding at each date; includes the effect of interest rate caps."])


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item2", keep=60)
    doc.para("Revenue rose {chg.rev.q26:p1} from the first quarter of 2025 as gross merchandise volume grew "
             "{chg.gmv.q26:p1}, led by travel, electronics and home-goods merchants, and as more consumers chose "
             "interest-bearing monthly plans. We employed {hc.employees:n0} people at March 31, 2026.")
    doc.section = "km"
    rows = [
        R("Gross merchandise volume (in thousands)*", per("km.gmv")),
        R("Active consumers (in thousands)\u2020", per("km.active")),
        R("Transactions per active consumer\u2020", per("km.txn"), "n1"),
        R("Active merchants", per("km.merchants")),
    ]
    doc.table("Key Operating Metrics", QCOLS, rows, groups=QHEAD, label_w=100, notes=[
        "* Total dollar value of purchases completed through our platform, including taxes and shipping, before "
        "refunds.",
        "\u2020 Consumers with at least one transaction in the trailing twelve months; transactions are counted over "
        "the same trailing period."])
    doc.section = "mda_rev"
    rows = [R(name, [f"rt.{k}.q26", f"mix.{k}.q26", f"rt.{k}.q25", f"mix.{k}.q25"], ["n0", "p1", "n0", "p1"],
              indent=1) for k, name in td.REVENUE.items()]
    rows.append(R("Revenue, total", ["rt.total.q26", "mix.total.q26", "rt.total.q25", "mix.total.q25"],
                  ["n0", "p1", "n0", "p1"], kind="total"))
    doc.table("Revenue by Type", ["Amount", "% of revenue", "Amount", "% of revenue"], rows,
              groups=[("Q1 2026", 0, 2), ("Q1 2025", 2, 2)], unit=THOU, label_w=70)
    doc.section = "mda_credit"
    doc.heading("Credit performance", 3, keep=70)
    doc.para("We define the net charge-off rate as net charge-offs for the quarter, annualized, divided by average "
             "loans receivable at amortized cost, where the average is the mean of the opening and closing "
             "balances.")
    rows = [
        R("Net charge-offs", per("cr.nco")),
        R("Average loans receivable", per("cr.avg")),
        R("Net charge-off rate, annualized", per("cr.rate"), "p2"),
    ]
    doc.table("Credit Metrics", QCOLS, rows, groups=QHEAD, unit=THOU, label_w=100)
    rows = [
        R("Loans receivable, at amortized cost", dates("cr.loans")),
        R("Loans 30 or more days past due, % of loans", dates("cr.dpd30"), "p2"),
        R("Allowance for credit losses, % of loans", dates("cr.cov"), "p2"),
    ]
    doc.table("Loan Portfolio Quality", BS_COLS, rows, unit=THOU, label_w=100)
    doc.section = "mda_ng"
    doc.heading("Non-GAAP financial measure", 3, keep=70)
    doc.para("Adjusted operating income is operating income before stock-based compensation and depreciation and "
             "amortization. Adjusted operating margin is adjusted operating income divided by revenue. These "
             "measures are not defined by GAAP and may not be comparable with similarly titled measures of other "
             "companies.")
    rows = [
        R("Operating income", per("ng.oi")),
        R("Add: stock-based compensation", per("ng.sbc"), indent=1),
        R("Add: depreciation and amortization", per("ng.da"), indent=1),
        R("Adjusted operating income", per("ng.aoi"), kind="total"),
        R("Revenue", per("ng.rev")),
        R("Adjusted operating margin", per("ng.margin"), "p1"),
    ]
    doc.table("Reconciliation of Adjusted Operating Income", QCOLS, rows, groups=QHEAD, unit=THOU, label_w=100)
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item3", keep=30)
    doc.para("Our warehouse facilities bear floating rates while most consumer plans carry no interest, so higher "
             "benchmark rates raise funding costs before we can reprice merchant fees. We hold interest rate caps "
             "on part of our warehouse borrowings.")
    doc.heading("Item 4. Controls and Procedures", 2, anchor="item4", keep=30)
    doc.para("Our principal executive and financial officers concluded that our disclosure controls and procedures "
             "were effective as of March 31, 2026, and that no change in internal control over financial reporting "
             "during the quarter materially affected it.")
    doc.section = "part2"
    doc.heading("PART II - OTHER INFORMATION", 1, anchor="part2", keep=50)
    doc.heading("Item 1A. Risk Factors", 2, anchor="p2item1a", keep=30)
    doc.para("There have been no material changes to the risk factors described in our annual report for 2025.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("10.1 Indenture for the Series 2026-1 asset-backed notes; 31.1 and 31.2 certifications; 32.1 Section 1350 "
             "certification; 101 Inline XBRL documents; 104 cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.")
    doc.para("TESSALY PAY HOLDINGS, INC.\nMay 7, 2026\n/s/ Ingrid M. Vasquez-Thornbury, Chief Executive Officer\n"
             "/s/ Oluwaseun D. Harrowgate, Chief Financial Officer", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q1 2026")
    doc.toc_labels = toc_labels
    doc.total_pages = total
    doc.add_page()
    cover(doc)
    front(doc)
    statements(doc)
    notes(doc)
    mda(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = td.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
