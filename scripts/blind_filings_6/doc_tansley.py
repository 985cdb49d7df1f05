"""Typesets the Tansley Outfitters Q2 fiscal 2026 Form 10-Q from model_tansley."""

from fractions import Fraction as F

from fmt import bps, pct, plain, usd
from model_tansley import (
    CAPEX_OUTLOOK,
    COLS,
    COMPS,
    DPS,
    INVENTORY_RESERVE,
    LEASE_MATURITY,
    LEASE_RATE,
    LEASE_TERM,
    MONTHLY_REPURCHASE,
    NARR,
    NEW_STORES_FY,
    REPURCHASE_AUTH,
    SHARES_ISSUED,
    SQFT,
    TERM_AMORT,
    M,
)
from typeset import Doc, Row, Style

DOC_NAME = "TANSLEY_2026Q2_10Q"
TEAL = (0, 88, 96)
STYLE = Style(
    body="DSansC",
    head="LSans",
    size=9.2,
    lead=4.3,
    align="L",
    tsize=8.0,
    trow=4.3,
    zero="-",
    header_left="TANSLEY OUTFITTERS, INC.",
    header_right="FORM 10-Q  |  SECOND QUARTER FISCAL 2026",
    band=TEAL,
    accent=TEAL,
    shade=(238, 243, 244),
    thead_fill=(214, 228, 230),
    thead_text=(0, 50, 56),
    margin=20,
    footer_align="R",
    footer_note="Tansley Outfitters, Inc. - Quarterly Report",
    heading_upper=False,
)
QC = [(c, 23) for c in COLS]
QH = [
    [("Thirteen Weeks Ended", 2), ("Twenty-Six Weeks Ended", 2)],
    [("August 1, 2026", 1), ("August 2, 2025", 1), ("August 1, 2026", 1), ("August 2, 2025", 1)],
]
BC = [("aug26", 26), ("jan26", 26), ("aug25", 26)]
BH = [[("August 1, 2026", 1), ("January 31, 2026", 1), ("August 2, 2025", 1)]]
CC = [("ytd_26", 28), ("ytd_25", 28)]
CH = [[("Twenty-Six Weeks Ended", 2)], [("August 1, 2026", 1), ("August 2, 2025", 1)]]
UNITS = "(in thousands, except per share amounts)"
UNITS_K = "(in thousands)"


def k(x):
    """Prose amount in thousands -> '$12.3 million'."""
    return usd(F(x, 1000), 1, "million")


def R(key, label, vals, **kw):
    return Row(key, label, list(vals), **kw)


def four(d):
    return [d[c] for c in COLS]


def build(toc=None):
    m = M
    q, b, cf, eps, st = m["q"], m["bs"], m["cf"], m["eps"], m["stores"]
    d = Doc(STYLE, "Tansley Outfitters, Inc. Form 10-Q Q2 Fiscal 2026", "Tansley Outfitters, Inc.")
    # ---------------------------------------------------------- cover
    d.plain_page = True
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, d.w, 34, style="F")
    d.set_text_color(255, 255, 255)
    d.set_font("LSans", "B", 20)
    d.set_xy(20, 10)
    d.cell(d.cw, 9, "FORM 10-Q")
    d.set_font("LSans", "", 9)
    d.set_xy(20, 21)
    d.cell(d.cw, 5, "Continental Securities Commission  -  Harbor City, Federal District")
    d.set_text_color(0, 0, 0)
    d.set_xy(20, 42)
    d.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES MARKETS ACT")
    d.para("For the quarterly period ended August 1, 2026", style="B")
    d.para("Commission file number 7-51933")
    d.ln(3)
    d.set_font("LSans", "B", 18)
    d.cell(d.cw, 9, "Tansley Outfitters, Inc.", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DSansC", "", 9)
    d.cell(d.cw, 5, "(Exact name of registrant as specified in its charter)", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Incorporated in the State of Norwell  |  I.R.S. Employer Identification No. 84-2217605")
    d.para("1180 Quarry Mill Road, Brightwater, Norwell 07731  |  Telephone (738) 555-0192")
    d.para("Common Stock, $0.01 par value - trading symbol TNSY - Harrowgate Exchange")
    d.para(
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed during "
        "the preceding 12 months and (2) has been subject to such filing requirements for the past 90 days. "
        "Yes [X]  No [ ]"
    )
    d.para(
        "Large accelerated filer [ ]  Accelerated filer [X]  Non-accelerated filer [ ]  Smaller reporting "
        "company [ ]  Emerging growth company [ ]"
    )
    out_sh = SHARES_ISSUED - m["treasury_shares"]["aug26"]
    d.para(
        f"The registrant had {d.fig('p.shares_out', f'{out_sh:,}')} thousand shares of common stock "
        f"outstanding as of August 28, 2026."
    )
    d.plain_page = False
    d.add_page()
    d.set_font("LSans", "B", 11)
    d.set_text_color(*TEAL)
    d.cell(d.cw, 6, "Index", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    toc = toc or {}
    for a, bname in [
        ("Part I - Item 1.", "Financial Statements (Unaudited)"),
        ("Part I - Item 2.", "Management's Discussion and Analysis"),
        ("Part I - Item 3.", "Quantitative and Qualitative Disclosures About Market Risk"),
        ("Part I - Item 4.", "Controls and Procedures"),
        ("Part II - Item 1.", "Legal Proceedings"),
        ("Part II - Item 2.", "Unregistered Sales of Equity Securities and Use of Proceeds"),
        ("Part II - Item 6.", "Exhibits"),
    ]:
        d.set_font("DSansC", "", 9)
        d.cell(30, 5, a)
        d.cell(d.cw - 45, 5, bname)
        d.cell(15, 5, toc.get(a, "?"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.plain_page = False
    d.start_numbering("Page ", 1)
    # ---------------------------------------------------------- statements
    d.add_page()
    d.heading("PART I - FINANCIAL INFORMATION", 0)
    d.heading("Item 1. Financial Statements (Unaudited)", 1, mark="Part I - Item 1.")
    br = [
        R(None, "ASSETS", [], kind="section"),
        R("cash", "Cash and cash equivalents", four3(b["cash"]), dollar=True),
        R("receivables", "Receivables, net", four3(b["receivables"])),
        R("inventory", "Merchandise inventories", four3(b["inventory"])),
        R("prepaid", "Prepaid expenses and other current assets", four3(b["prepaid"])),
        R("cur_assets", "Total current assets", four3(b["cur_assets"]), kind="subtotal", bold=True),
        R("ppe", "Property and equipment, net", four3(b["ppe"])),
        R("rou", "Operating lease right-of-use assets", four3(b["rou"])),
        R("goodwill", "Goodwill", four3(b["goodwill"])),
        R("intangible", "Trade names", four3(b["intangible"])),
        R("other_assets", "Other assets", four3(b["other_assets"])),
        R("assets", "Total assets", four3(b["assets"]), dollar=True, kind="total"),
        R(None, "LIABILITIES AND SHAREHOLDERS' EQUITY", [], kind="section"),
        R("ap", "Accounts payable", four3(b["ap"]), dollar=True),
        R("accrued", "Accrued expenses and other current liabilities", four3(b["accrued"])),
        R("lease_cur", "Current portion of operating lease liabilities", four3(b["lease_cur"])),
        R("taxes_payable", "Income taxes payable", four3(b["taxes_payable"])),
        R("term_cur", "Current portion of long-term debt", four3(b["term_cur"])),
        R("cur_liabs", "Total current liabilities", four3(b["cur_liabs"]), kind="subtotal", bold=True),
        R("ltd", "Long-term debt, net", four3(b["ltd"])),
        R("lease_lt", "Long-term operating lease liabilities", four3(b["lease_lt"])),
        R("other_lt", "Deferred income taxes and other liabilities", four3(b["other_lt"])),
        R("liabs", "Total liabilities", four3(b["liabs"]), kind="subtotal", bold=True),
        R(None, "Commitments and contingencies", []),
        R(None, "Shareholders' equity:", [], kind="section"),
        R(
            "eq_common",
            f"Common stock, $0.01 par value; {SHARES_ISSUED:,} shares issued",
            four3(b["eq_common"]),
            indent=1,
        ),
        R("eq_apic", "Additional paid-in capital", four3(b["eq_apic"]), indent=1),
        R("eq_retained", "Retained earnings", four3(b["eq_retained"]), indent=1),
        R("eq_treasury", "Treasury stock, at cost (1)", four3(b["eq_treasury"]), indent=1),
        R("eq_total", "Total shareholders' equity", four3(b["eq_total"]), kind="subtotal", bold=True),
        R("liab_eq", "Total liabilities and shareholders' equity", four3(b["liab_eq"]), dollar=True, kind="total"),
    ]
    ts = m["treasury_shares"]
    d.table(
        "bs",
        "Condensed Consolidated Balance Sheets",
        "(in thousands, except par value)",
        BC,
        BH,
        br,
        note_lines=[
            f"(1) {ts['aug26']:,}, {ts['jan26']:,} and {ts['aug25']:,} thousand shares held in treasury, respectively."
        ],
    )
    d.add_page()
    ir = [
        R("sales", "Net sales", four(q["sales"]), dollar=True),
        R("cogs", "Cost of sales, including buying and occupancy costs", four(q["cogs"])),
        R("gp", "Gross profit", four(q["gp"]), kind="subtotal", bold=True),
        R("sga", "Selling, general and administrative expenses", four(q["sga"])),
        R("impair", "Impairment and store closure costs", four(q["impair"])),
        R("opinc", "Operating income", four(q["opinc"]), kind="subtotal", bold=True),
        R("interest", "Interest expense, net", four(q["interest"])),
        R("other_exp", "Other (income) expense, net", four(q["other_exp"])),
        R("pretax", "Income before income taxes", four(q["pretax"]), kind="subtotal"),
        R("tax", "Provision for income taxes", four(q["tax"])),
        R("ni", "Net income", four(q["ni"]), dollar=True, kind="total"),
        R(None, "Net income per share:", [], kind="section"),
        R("eps_basic", "Basic", [eps[c]["basic"] for c in COLS], dollar=True, nd=2, indent=1),
        R("eps_diluted", "Diluted", [eps[c]["diluted"] for c in COLS], dollar=True, nd=2, indent=1),
        R(None, "Weighted average shares outstanding:", [], kind="section"),
        R("sh_basic", "Basic", [eps[c]["basic_sh"] for c in COLS], indent=1),
        R("sh_diluted", "Diluted", [eps[c]["diluted_sh"] for c in COLS], indent=1),
        R("dps", "Cash dividends declared per share", [DPS[c] for c in COLS], dollar=True, nd=2),
    ]
    d.table("is", "Condensed Consolidated Statements of Operations", UNITS, QC, QH, ir)
    d.add_page()
    eqc = [("common", 17), ("apic", 22), ("retained", 22), ("treasury", 22), ("total", 22)]
    eqh = [
        [("Common", 1), ("Paid-in", 1), ("Retained", 1), ("Treasury", 1), ("", 1)],
        [("Stock", 1), ("Capital", 1), ("Earnings", 1), ("Stock", 1), ("Total", 1)],
    ]
    eq = m["eq"]
    for yr, op, cl, lab_op, lab_cl, yc in (
        ("26", "jan26", "aug26", "January 31, 2026", "August 1, 2026", "ytd_26"),
        ("25", "feb25", "aug25", "February 1, 2025", "August 2, 2025", "ytd_25"),
    ):
        rows = [
            R(
                "open",
                f"Balance at {lab_op}",
                [eq[op][x] for x in ("common", "apic", "retained", "treasury", "total")],
                dollar=True,
                bold=True,
            ),
            R("ni", "Net income", [None, None, q["ni"][yc], None, q["ni"][yc]]),
            R(
                "div",
                f"Cash dividends (${plain(DPS[yc], 2)} per share)",
                [None, None, -q["dividends"][yc], None, -q["dividends"][yc]],
            ),
            R("rep", "Repurchases of common stock", [None, None, None, -q["rep_cost"][yc], -q["rep_cost"][yc]]),
            R("sbc", "Stock-based compensation", [None, q["stockcomp"][yc], None, None, q["stockcomp"][yc]]),
            R(
                "wh",
                "Shares withheld for taxes on vested awards",
                [None, -q["withholding"][yc], None, None, -q["withholding"][yc]],
            ),
            R(
                "close",
                f"Balance at {lab_cl}",
                [eq[cl][x] for x in ("common", "apic", "retained", "treasury", "total")],
                dollar=True,
                kind="total",
            ),
        ]
        d.table(
            "eq" + yr,
            "Condensed Consolidated Statements of Shareholders' Equity - Twenty-Six Weeks Ended " + lab_cl,
            UNITS_K,
            eqc,
            eqh,
            rows,
        )
    d.add_page()
    cr = [
        R(None, "Operating activities", [], kind="section"),
        R("ni", "Net income", cf["ni"], dollar=True),
        R("da", "Depreciation and amortization", cf["da"], indent=1),
        R("stockcomp", "Stock-based compensation", cf["stockcomp"], indent=1),
        R("impair", "Impairment and store closure costs", cf["impair"], indent=1),
        R("deftax", "Deferred income taxes", cf["deftax"], indent=1),
        R(None, "Changes in operating assets and liabilities:", [], indent=1),
        R("receivables", "Receivables", cf["receivables"], indent=2),
        R("inventory", "Merchandise inventories", cf["inventory"], indent=2),
        R("ap", "Accounts payable", cf["ap"], indent=2),
        R("taxes", "Income taxes payable", cf["taxes"], indent=2),
        R("lease", "Operating lease assets and liabilities, net", cf["lease"], indent=2),
        R("other_op", "Accrued expenses and other", cf["other_op"], indent=2),
        R("op", "Net cash provided by operating activities", cf["op"], kind="subtotal", bold=True),
        R(None, "Investing activities", [], kind="section"),
        R("capex", "Capital expenditures", cf["capex"]),
        R("asset_sales", "Proceeds from sale of property and equipment", cf["asset_sales"]),
        R("inv", "Net cash used in investing activities", cf["inv"], kind="subtotal", bold=True),
        R(None, "Financing activities", [], kind="section"),
        R("borrow", "Borrowings under revolving credit facility", cf["borrow"]),
        R("repay", "Repayments under revolving credit facility", cf["repay"]),
        R("term_repay", "Repayments of term loan", cf["term_repay"]),
        R("div", "Cash dividends paid", cf["div"]),
        R("repurchase", "Repurchases of common stock", cf["repurchase"]),
        R("withholding", "Taxes paid on net share settlement of equity awards", cf["withholding"]),
        R("fin", "Net cash used in financing activities", cf["fin"], kind="subtotal", bold=True),
        R("change", "Net decrease in cash and cash equivalents", cf["change"]),
        R("begin", "Cash and cash equivalents, beginning of period", cf["begin"]),
        R("end", "Cash and cash equivalents, end of period", cf["end"], dollar=True, kind="total"),
    ]
    d.table("cf", "Condensed Consolidated Statements of Cash Flows", UNITS_K, CC, CH, cr)
    # ---------------------------------------------------------- notes
    d.add_page()
    d.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 1)
    d.heading("1. Basis of Presentation", 2)
    d.para(
        "Tansley Outfitters, Inc. sells apparel, footwear, accessories and home goods for men and women through "
        "its Tansley and Tansley Field stores and through its websites and mobile application. The fiscal year "
        "ends on the Saturday closest to January 31. Fiscal 2026 is a 52-week year ending January 30, 2027; "
        "fiscal 2025 ended January 31, 2026. The quarters presented each contain thirteen weeks. These "
        "unaudited statements should be read with the audited financial statements in the annual report for "
        "fiscal 2025. Because of the seasonality of the business, results for interim periods are not "
        "necessarily indicative of a full year."
    )
    d.heading("2. Revenue", 2)
    d.para(
        "Net sales are recognized at the point of sale for store transactions and when merchandise is shipped "
        "for digital orders, net of an allowance for expected returns. Revenue from gift cards is recognized "
        "upon redemption. Net sales by channel and by merchandise category were as follows."
    )
    rr = [
        R(None, "By channel", [], kind="section"),
        R("stores", "Stores", four(q["stores"]), dollar=True, indent=1),
        R("digital", "Digital", four(q["digital"]), indent=1),
        R("total_ch", "Net sales", four(q["sales"]), dollar=True, kind="total"),
        R(None, "By category", [], kind="section"),
        R("womens", "Women's apparel", four(q["womens"]), dollar=True, indent=1),
        R("mens", "Men's apparel", four(q["mens"]), indent=1),
        R("footwear", "Footwear and accessories", four(q["footwear"]), indent=1),
        R("home", "Home and other (a)", four(q["home"]), indent=1),
        R("total_cat", "Net sales", four(q["sales"]), dollar=True, kind="total"),
    ]
    d.table(
        "rev",
        "Net Sales by Channel and Category",
        UNITS_K,
        QC,
        QH,
        rr,
        note_lines=["(a) Includes shipping fees, gift card breakage and loyalty program revenue."],
    )
    d.heading("3. Merchandise Inventories", 2)
    d.para(
        f"Merchandise inventories are stated at the lower of weighted average cost or net realizable value and "
        f"are presented net of reserves for shrink and markdowns of {k(INVENTORY_RESERVE[0])}, "
        f"{k(INVENTORY_RESERVE[1])} and {k(INVENTORY_RESERVE[2])} at August 1, 2026, January 31, 2026 and "
        f"August 2, 2025, respectively. Inventories were "
        f"{d.fig('p.inv_yoy', pct(F(b['inventory']['aug26'] - b['inventory']['aug25'], b['inventory']['aug25']), 1))} "
        f"higher than a year earlier, reflecting earlier receipt of fall merchandise and new stores."
    )
    d.heading("4. Leases", 2)
    d.para(
        f"The Company leases substantially all of its stores, its distribution center in Kelby and its "
        f"headquarters. At August 1, 2026 the weighted average remaining lease term was {LEASE_TERM} and the "
        f"weighted average discount rate was {LEASE_RATE}."
    )
    lr = [
        R("lease_cost", "Operating lease cost", four(q["lease_cost"]), dollar=True),
        R("var_lease", "Variable lease cost", four(q["var_lease"])),
        R("lease_total", "Total lease cost", four(q["lease_total"]), dollar=True, kind="total"),
    ]
    d.table("lease", "Components of Lease Cost", UNITS_K, QC, QH, lr)
    mr = [R("y" + str(i), lab, [v], dollar=(i == 0)) for i, (lab, v) in enumerate(LEASE_MATURITY)]
    mr.append(R("undisc", "Total undiscounted lease payments", [m["lease_undisc"]], kind="subtotal"))
    mr.append(R("interest", "Less imputed interest", [-m["lease_interest"]]))
    mr.append(
        R("pv", "Present value of operating lease liabilities", [b["lease_total"]["aug26"]], dollar=True, kind="total")
    )
    d.table(
        "leasemat",
        "Maturities of Operating Lease Liabilities at August 1, 2026",
        UNITS_K,
        [("amt", 30)],
        [[("Amount", 1)]],
        mr,
        label_w=90,
    )
    d.heading("5. Debt", 2)
    dr = [
        R("term", "Term loan, SOFR plus 2.25%, due March 2030", four3(b["term"]), dollar=True),
        R("revolver", "Borrowings under asset-based revolving credit facility", four3(b["revolver"])),
        R("debt_costs", "Unamortized debt issuance costs", [-b["debt_costs"][c] for c in b["debt_costs"]]),
        R("debt_total", "Total debt", four3(b["debt_total"]), kind="subtotal"),
        R("term_cur", "Less current portion", [-b["term_cur"][c] for c in b["term_cur"]]),
        R("ltd", "Long-term debt, net", four3(b["ltd"]), dollar=True, kind="total"),
    ]
    d.table("debt", "Long-Term Debt", UNITS_K, BC, BH, dr)
    abl = m["abl"]
    d.para(
        f"The asset-based revolving credit facility provides up to {k(abl['cap'])} of borrowings, subject to a "
        f"borrowing base calculated from eligible inventory and credit card receivables, and matures in March "
        f"2030. At August 1, 2026 the borrowing base was {k(abl['borrowing_base'])}, outstanding borrowings were "
        f"{k(b['revolver']['aug26'])} and standby letters of credit were {k(abl['lcs'])}, leaving availability of "
        f"{d.fig('p.abl_avail', k(abl['avail']))}. The term loan amortizes at {k(TERM_AMORT)} per quarter."
    )
    d.heading("6. Net Income per Share", 2)
    er = [
        R("ni", "Net income", four(q["ni"]), dollar=True),
        R("sh_basic", "Weighted average common shares - basic", [eps[c]["basic_sh"] for c in COLS]),
        R(
            "dilutive",
            "Dilutive effect of stock options and restricted stock units",
            [eps[c]["dilutive"] for c in COLS],
            indent=1,
        ),
        R(
            "sh_diluted",
            "Weighted average common shares - diluted",
            [eps[c]["diluted_sh"] for c in COLS],
            kind="subtotal",
        ),
        R("basic", "Basic net income per share", [eps[c]["basic"] for c in COLS], dollar=True, nd=2),
        R("diluted", "Diluted net income per share", [eps[c]["diluted"] for c in COLS], dollar=True, nd=2),
        R("anti", "Anti-dilutive awards excluded from diluted shares", [eps[c]["anti"] for c in COLS]),
    ]
    d.table("eps", "Net Income per Share", UNITS, QC, QH, er)
    d.heading("7. Share Repurchases", 2)
    rp = [
        R("shares", "Shares repurchased (in thousands)", [q["rep_shares"][c] for c in COLS]),
        R("cost", "Aggregate cost", [q["rep_cost"][c] for c in COLS], dollar=True),
        R("avg", "Average price per share", [m["rep_avg"][c] for c in COLS], dollar=True, nd=2),
    ]
    d.table("rep", "Share Repurchase Activity", "(in thousands, except per share amounts)", QC, QH, rp)
    d.para(
        f"In March 2025 the board authorized the repurchase of up to {k(REPURCHASE_AUTH)} of common stock. At "
        f"August 1, 2026, {d.fig('p.rep_remaining', k(m['rep_remaining']))} remained available under the "
        f"authorization."
    )
    d.heading("8. Segment and Store Information", 2)
    d.para(
        "The Company has one reportable segment. The chief executive officer, as chief operating decision "
        "maker, assesses performance and allocates resources using consolidated operating income, because "
        "stores and digital channels share inventory, distribution, marketing and customer programs. Store "
        "activity was as follows."
    )
    sr = [
        R(
            "begin",
            "Stores at beginning of period",
            [st["q2_26_begin"], st["q2_25_begin"], st["fy26_begin"], st["fy25_begin"]],
        ),
        R("opened", "Stores opened", four(q["opened"]), indent=1),
        R("closed", "Stores closed", [-x for x in four(q["closed"])], indent=1),
        R("end", "Stores at end of period", [st["aug26"], st["aug25"], st["aug26"], st["aug25"]], kind="total"),
        R(
            "tansley",
            "Tansley stores at end of period",
            [st["tansley_aug26"], st["tansley_aug25"], None, None],
            indent=1,
        ),
        R(
            "field",
            "Tansley Field stores at end of period",
            [st["aug26"] - st["tansley_aug26"], st["aug25"] - st["tansley_aug25"], None, None],
            indent=1,
        ),
        R("sqft", "Gross square feet at end of period (thousands)", [SQFT["aug26"], SQFT["aug25"], None, None], nd=1),
    ]
    d.table("stores", "Store Count Roll-Forward", None, QC, QH, sr)
    d.heading("9. Income Taxes", 2)
    d.para(
        f"The effective income tax rate was {d.fig('p.etr_q2', pct(F(q['tax']['q2_26'], q['pretax']['q2_26']), 1))} "
        f"for the thirteen weeks ended August 1, 2026 compared with "
        f"{pct(F(q['tax']['q2_25'], q['pretax']['q2_25']), 1)} for the same period last year. The rates differ "
        f"from the {NARR['statutory']} federal statutory rate primarily because of state income taxes and the "
        f"tax effect of "
        f"vested share-based awards."
    )
    d.heading("10. Fair Value Measurements", 2)
    d.para(
        "Cash equivalents consist of money market funds valued using quoted prices (Level 1). The carrying value "
        "of the term loan and revolving borrowings approximates fair value because the interest rates are "
        "variable (Level 2). Store assets tested for impairment are measured using discounted projected store "
        "cash flows (Level 3)."
    )
    d.heading("11. Commitments and Contingencies", 2)
    d.para(
        f"At August 1, 2026 the Company had outstanding purchase commitments for merchandise of approximately "
        f"{k(NARR['purchase_commit'])}, substantially all due within twelve months, and commitments of about "
        f"{k(NARR['construction_commit'])} for store construction. The Company is subject to claims and "
        f"lawsuits arising in the ordinary course of "
        "business; management does not expect their resolution to have a material adverse effect."
    )
    d.heading("12. Subsequent Event", 2)
    d.para(
        f"On August 27, 2026 the board declared a quarterly cash dividend of ${plain(DPS['q2_26'], 2)} per share, "
        f"payable on September 25, 2026 to shareholders of record on September 11, 2026."
    )
    # ---------------------------------------------------------- MD&A
    d.add_page()
    d.heading(
        "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations",
        1,
        mark="Part I - Item 2.",
    )
    d.para(
        "Cautionary statement. This discussion contains forward-looking statements about store openings, "
        "capital spending, margins and liquidity. They are subject to risks including consumer demand, "
        "weather, product costs, tariffs, competition and our ability to execute our plans, and actual results "
        "may differ materially. We undertake no obligation to update them.",
        style="I",
    )
    d.heading("Overview", 2)
    d.para(
        f"Tansley is a specialty retailer of casual and outdoor-inspired apparel. At August 1, 2026 we operated "
        f"{st['aug26']} stores in {NARR['states']} states under the Tansley and Tansley Field banners and a "
        f"digital business "
        f"that represented {d.fig('p.digital_share', pct(F(q['digital']['q2_26'], q['sales']['q2_26']), 1))} of "
        f"second quarter net sales."
    )
    d.heading("Second Quarter Highlights", 2)
    d.bullet(
        f"Net sales increased "
        f"{d.fig('p.sales_growth', pct(F(q['sales']['q2_26'] - q['sales']['q2_25'], q['sales']['q2_25']), 1))} "
        f"to {k(q['sales']['q2_26'])}; comparable sales rose {COMPS['total'][0]}."
    )
    gm = {c: F(q["gp"][c], q["sales"][c]) for c in COLS}
    d.bullet(
        f"Gross margin expanded {d.fig('p.gm_bps', str(bps(gm['q2_26'] - gm['q2_25'])) + ' basis points')} to "
        f"{pct(gm['q2_26'], 1)} of net sales."
    )
    d.bullet(
        f"Diluted earnings per share were ${plain(eps['q2_26']['diluted'], 2)} compared with "
        f"${plain(eps['q2_25']['diluted'], 2)}; adjusted EBITDA was "
        f"{d.fig('p.adj_ebitda', k(q['adj_ebitda']['q2_26']))}."
    )
    d.bullet(
        f"We opened {q['opened']['q2_26']} stores, closed {q['closed']['q2_26']} and returned "
        f"{k(q['rep_cost']['q2_26'] + q['dividends']['q2_26'])} to shareholders through repurchases and "
        f"dividends."
    )
    d.heading("Results of Operations", 2)
    pr = []
    for key, lab in (
        ("sales", "Net sales"),
        ("cogs", "Cost of sales"),
        ("gp", "Gross profit"),
        ("sga", "Selling, general and administrative"),
        ("impair", "Impairment and store closure"),
        ("opinc", "Operating income"),
        ("ni", "Net income"),
    ):
        pr.append(
            R(
                key,
                lab,
                [pct(F(q[key][c], q["sales"][c]), 1) if q[key][c] else "-" for c in COLS],
                kind="subtotal" if key in ("gp", "opinc") else "item",
            )
        )
    d.table("pctsales", "Percentage of Net Sales", None, QC, QH, pr)
    cg = []
    for key, lab in (
        ("womens", "Women's apparel"),
        ("mens", "Men's apparel"),
        ("footwear", "Footwear and accessories"),
        ("home", "Home and other"),
        ("sales", "Total net sales"),
    ):
        cg.append(
            R(
                key,
                lab,
                [
                    pct(F(q[key]["q2_26"] - q[key]["q2_25"], q[key]["q2_25"]), 1),
                    pct(F(q[key]["ytd_26"] - q[key]["ytd_25"], q[key]["ytd_25"]), 1),
                ],
                kind="subtotal" if key == "sales" else "item",
            )
        )
    d.table(
        "catgrowth",
        "Net Sales Growth by Category versus Prior Year",
        None,
        [("q2", 30), ("ytd", 30)],
        [[("Thirteen Weeks", 1), ("Twenty-Six Weeks", 1)]],
        cg,
    )
    comp = [
        R("total", "Total comparable sales", list(COMPS["total"])),
        R("stores", "Comparable store sales", list(COMPS["stores"]), indent=1),
        R("digital", "Comparable digital sales", list(COMPS["digital"]), indent=1),
    ]
    d.table("comps", "Comparable Sales Change", None, QC, QH, comp)
    d.para(
        "Comparable sales include stores open at least thirteen full fiscal months and digital sales, and "
        "exclude stores closed or relocated during the comparison period. Our definition may differ from "
        "those used by other retailers."
    )
    sga_pct = {c: F(q["sga"][c], q["sales"][c]) for c in COLS}
    d.para(
        f"Net sales. Second quarter net sales were {k(q['sales']['q2_26'])} compared with "
        f"{k(q['sales']['q2_25'])}. Store sales grew "
        f"{pct(F(q['stores']['q2_26'] - q['stores']['q2_25'], q['stores']['q2_25']), 1)} "
        f"on higher transactions and contributions from new stores, and digital sales grew "
        f"{pct(F(q['digital']['q2_26'] - q['digital']['q2_25'], q['digital']['q2_25']), 1)} as mobile app "
        f"traffic increased. Women's apparel, our largest category, grew on strength in knitwear and denim, while "
        f"footwear and accessories benefited from an expanded hiking boot assortment."
    )
    d.para(
        f"Gross profit. Gross margin was {d.fig('p.gm_q2', pct(gm['q2_26'], 1))} compared with "
        f"{pct(gm['q2_25'], 1)}. The improvement reflected lower inbound freight, fewer clearance markdowns and "
        f"leverage of occupancy costs on higher sales, partly offset by higher digital shipping costs. For the "
        f"twenty-six weeks gross margin was {pct(gm['ytd_26'], 1)} compared with {pct(gm['ytd_25'], 1)}."
    )
    d.para(
        f"Selling, general and administrative expenses. SG&A was {k(q['sga']['q2_26'])}, or "
        f"{d.fig('p.sga_pct_q2', pct(sga_pct['q2_26'], 1))} of net sales, compared with "
        f"{pct(sga_pct['q2_25'], 1)} last year. Higher store payroll and marketing were partly offset by lower "
        f"incentive compensation. SG&A includes {k(q['dc_costs']['q2_26'])} of costs to consolidate our two "
        f"eastern distribution centers into the Kelby facility."
    )
    d.para(
        f"Impairment and store closure costs of {k(q['impair']['q2_26'])} in the quarter related to three "
        f"underperforming Tansley Field stores closed in July. Interest expense, net declined to "
        f"{k(q['interest']['q2_26'])} on lower term loan balances."
    )
    d.heading("Store Activity", 2)
    d.para(
        f"We opened {q['opened']['ytd_26']} stores and closed {q['closed']['ytd_26']} in the first half of fiscal "
        f"2026, ending the quarter with {d.fig('p.stores_end', str(st['aug26']))} stores and "
        f"{plain(SQFT['aug26'], 1)} thousand gross square feet. We plan to open approximately {NEW_STORES_FY} "
        f"stores in fiscal 2026, most in off-mall lifestyle centers."
    )
    d.heading("Non-GAAP Measure: Adjusted EBITDA", 2)
    d.para(
        "We define adjusted EBITDA as net income before interest expense, net, provision for income taxes and "
        "depreciation and amortization, further adjusted to exclude stock-based compensation, impairment and "
        "store closure costs and distribution center consolidation costs. We believe adjusted EBITDA helps "
        "investors compare operating performance between periods. It is not a measure under generally accepted "
        "accounting principles and should not be considered in isolation."
    )
    ar = [
        R("ni", "Net income", four(q["ni"]), dollar=True),
        R("interest", "Interest expense, net", four(q["interest"]), indent=1),
        R("tax", "Provision for income taxes", four(q["tax"]), indent=1),
        R("da", "Depreciation and amortization", four(q["da"]), indent=1),
        R("ebitda", "EBITDA", four(q["ebitda"]), kind="subtotal", bold=True),
        R("stockcomp", "Stock-based compensation", four(q["stockcomp"]), indent=1),
        R("impair", "Impairment and store closure costs", four(q["impair"]), indent=1),
        R("dc_costs", "Distribution center consolidation costs (b)", four(q["dc_costs"]), indent=1),
        R("adj_ebitda", "Adjusted EBITDA", four(q["adj_ebitda"]), dollar=True, kind="total"),
    ]
    d.table(
        "ebitda",
        "Reconciliation of Net Income to Adjusted EBITDA",
        UNITS_K,
        QC,
        QH,
        ar,
        note_lines=["(b) Included in selling, general and administrative expenses."],
    )
    d.heading("Liquidity and Capital Resources", 2)
    d.para(
        f"Our primary sources of liquidity are cash flows from operations, cash on hand and the asset-based "
        f"revolving credit facility. At August 1, 2026 we had cash and cash equivalents of "
        f"{k(b['cash']['aug26'])} and availability under the facility of {k(abl['avail'])}, for total liquidity "
        f"of {d.fig('p.liquidity', k(m['liquidity']))}. We typically borrow under the facility in the second "
        f"and third quarters to build inventory ahead of the holiday season."
    )
    d.para(
        f"Net cash provided by operating activities was {k(cf['op'][0])} in the first half of fiscal 2026 "
        f"compared with {k(cf['op'][1])} in the prior year, with higher earnings partly offset by the seasonal "
        f"inventory build. Capital expenditures were {k(-cf['capex'][0])}, and we continue to expect full-year "
        f"capital expenditures of {k(CAPEX_OUTLOOK[0])} to {k(CAPEX_OUTLOOK[1])}, primarily for new stores, "
        f"remodels and distribution technology. Free cash flow, defined as operating cash flow less capital "
        f"expenditures, was {d.fig('p.fcf', k(cf['fcf'][0]))}."
    )
    cs = [
        R("op", "Operating activities", cf["op"], dollar=True),
        R("inv", "Investing activities", cf["inv"]),
        R("fin", "Financing activities", cf["fin"]),
        R("change", "Net change in cash and cash equivalents", cf["change"], dollar=True, kind="total"),
    ]
    d.table("cfsum", "Summary of Cash Flows", UNITS_K, CC, CH, cs)
    d.heading("First Half of Fiscal 2026", 2)
    d.para(
        f"For the twenty-six weeks ended August 1, 2026, net sales were {k(q['sales']['ytd_26'])}, an increase of "
        f"{pct(F(q['sales']['ytd_26'] - q['sales']['ytd_25'], q['sales']['ytd_25']), 1)}, and operating income "
        f"was {k(q['opinc']['ytd_26'])} compared with {k(q['opinc']['ytd_25'])}. Digital sales were "
        f"{pct(F(q['digital']['ytd_26'], q['sales']['ytd_26']), 1)} of first half net sales. The first quarter "
        f"benefited from an earlier Easter and strong outerwear clearance, while the second quarter was driven "
        f"by full-price selling of summer assortments."
    )
    d.heading("Seasonality and Outlook", 2)
    d.para(
        "Our business is seasonal, with the fourth quarter historically contributing the largest share of net "
        "sales and operating income because of the holiday season. Working capital needs peak in October "
        "ahead of holiday receipts. For the full year we continue to expect a low-single-digit comparable "
        "sales increase, modest gross margin expansion driven by lower freight, and SG&A growth in line with "
        "sales excluding distribution center consolidation costs, which we expect to complete in the fourth "
        "quarter."
    )
    d.heading("Critical Accounting Estimates", 2)
    d.para(
        "There have been no material changes to the critical accounting estimates described in our annual "
        "report for fiscal 2025, which include inventory valuation, impairment of long-lived store assets and "
        "the estimate of sales returns."
    )
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, mark="Part I - Item 3.")
    d.para(
        f"Borrowings under the term loan and revolving facility bear interest at variable rates. A one percentage "
        f"point change in interest rates would change annual interest expense by approximately "
        f"{k(NARR['rate_sens_1pt'])} based on balances at August 1, 2026. We source most merchandise from "
        f"vendors in Asia and pay in U.S. "
        "dollars; changes in exchange rates and tariffs can affect product costs."
    )
    d.heading("Item 4. Controls and Procedures", 1, mark="Part I - Item 4.")
    d.para(
        "Our chief executive officer and chief financial officer concluded that our disclosure controls and "
        "procedures were effective as of August 1, 2026. There were no changes in internal control over financial "
        "reporting during the quarter that materially affected, or are reasonably likely to materially affect, "
        "internal control over financial reporting."
    )
    d.add_page()
    d.heading("PART II - OTHER INFORMATION", 0)
    d.heading("Item 1. Legal Proceedings", 1, mark="Part II - Item 1.")
    d.para(
        "We are involved in various claims arising in the ordinary course of business, including wage-and-hour "
        "matters. We do not expect these matters to have a material effect on our financial position."
    )
    d.heading("Item 1A. Risk Factors", 1)
    d.para(
        "Except as described below, there have been no material changes to the risk factors disclosed in our "
        "annual report for fiscal 2025."
    )
    d.para(
        "Trade policy. Additional import duties announced during the quarter on apparel and footwear from "
        "several sourcing countries could raise product costs beginning in the fourth quarter. We are shifting "
        "production among vendors and may not be able to offset higher costs fully through pricing."
    )
    d.para(
        "Distribution center consolidation. The transfer of volume into the Kelby distribution center during the "
        "peak season could disrupt store replenishment and digital fulfillment if systems or staffing do not "
        "perform as planned."
    )
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 1, mark="Part II - Item 2.")
    pc = [("shares", 24), ("price", 24), ("cum", 24)]
    ph = [
        [("Total Shares", 1), ("Average Price", 1), ("Cost of Shares", 1)],
        [("Purchased", 1), ("Paid per Share", 1), ("Purchased", 1)],
    ]
    prr = []
    for i, (lab, sh, cost) in enumerate(MONTHLY_REPURCHASE):
        prr.append(R(f"m{i + 1}", lab, [sh, F(cost, sh), cost], nd=0))
    prr = [R(r.key, r.label, [r.vals[0], plain(r.vals[1], 2), r.vals[2]]) for r in prr]
    prr.append(
        R(
            "total",
            "Total second quarter",
            [q["rep_shares"]["q2_26"], plain(m["rep_avg"]["q2_26"], 2), q["rep_cost"]["q2_26"]],
            kind="total",
        )
    )
    d.table("issuer", "Issuer Purchases of Equity Securities", "(shares and cost in thousands)", pc, ph, prr)
    d.para(
        "All repurchases were made in open-market transactions under the program authorized in March 2025, which "
        "has no expiration date."
    )
    d.heading("Item 5. Other Information", 1)
    d.para(
        "During the quarter, no director or executive officer adopted or terminated a trading arrangement for "
        "the Company's securities."
    )
    d.heading("Item 6. Exhibits", 1, mark="Part II - Item 6.")
    for ex in (
        "10.1 Second Amendment to ABL Credit Agreement, dated June 12, 2026",
        "31.1 and 31.2 Certifications of the Chief Executive Officer and Chief Financial Officer",
        "32 Section 1350 Certifications",
        "101 Interactive data files",
    ):
        d.bullet(ex)
    d.ln(3)
    d.para(
        "Pursuant to the requirements of the Securities Markets Act, the registrant has duly caused this report "
        "to be signed on its behalf by the undersigned thereunto duly authorized. TANSLEY OUTFITTERS, INC. "
        "/s/ Rosalind M. Keare, Executive Vice President and Chief Financial Officer. September 4, 2026.",
        style="I",
    )
    return d


def four3(dct):
    return [dct["aug26"], dct["jan26"], dct["aug25"]]


def render():
    d1 = build()
    return build(toc=dict(d1.sections))
