"""Lays out the Orvanta Medical Technologies Q2 2025 Form 10-Q (sans-serif "band" house style, amounts in millions).

Only formats values from ``model_meddev``; no figure is typed here.
"""

from __future__ import annotations

from fractions import Fraction as Fr

import model_meddev as M
from kit import EM, Doc, Row, Table, num, pct, plain, style_band

DOC_NAME = "ORVANTA_2025Q2_10Q"
P4 = ("q2_25", "q2_24", "h1_25", "h1_24")
C4 = ["2025", "2024", "2025", "2024"]
G4 = [("Three Months Ended June 30,", 0, 1), ("Six Months Ended June 30,", 2, 3)]
BS2 = ("j25", "d24")
C_BS = ["June 30,\n2025", "December 31,\n2024"]
H2 = ("h1_25", "h1_24")
G_H2 = [("Six Months Ended June 30,", 0, 1)]


def mm(v) -> str:
    """Tenths of a million -> table figure in millions with one decimal."""
    return num(Fr(v, 10), 1)


def mil(v) -> str:
    """Tenths of a million -> '$12.3 million' for prose."""
    return f"${plain(Fr(v, 10), 1)} million"


def c2(v) -> str:
    return num(v, 2)


def p4(d: dict, key=None, f=mm, periods=P4):
    return [f(d[p] if key is None else d[p][key]) for p in periods]


def R(label, vals, **kw) -> Row:
    return Row(label, vals, **kw)


def H(label, indent=0) -> Row:
    return Row(label, [], kind="head", indent=indent)


TOC = (
    ("PART I. FINANCIAL INFORMATION", None),
    ("Item 1.", "Financial Statements (unaudited)", "fs"),
    ("", "Condensed Consolidated Statements of Operations", "ops"),
    ("", "Condensed Consolidated Statements of Comprehensive Income", "ops"),
    ("", "Condensed Consolidated Balance Sheets", "bs"),
    ("", "Condensed Consolidated Statements of Cash Flows", "cf"),
    ("", "Condensed Consolidated Statements of Stockholders' Equity", "eq"),
    ("", "Notes to Condensed Consolidated Financial Statements", "notes"),
    ("Item 2.", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "mda"),
    ("Item 3.", "Quantitative and Qualitative Disclosures About Market Risk", "i3"),
    ("Item 4.", "Controls and Procedures", "i4"),
    ("PART II. OTHER INFORMATION", None),
    ("Item 1.", "Legal Proceedings", "p2i1"),
    ("Item 1A.", "Risk Factors", "p2i1a"),
    ("Item 2.", "Unregistered Sales of Equity Securities and Use of Proceeds", "p2i2"),
    ("Item 5.", "Other Information", "p2i5"),
    ("Item 6.", "Exhibits", "p2i6"),
    ("", "Signatures", "sig"),
)


def build(m, toc: dict | None = None) -> Doc:
    st = style_band(
        "ORVANTA MEDICAL TECHNOLOGIES, INC.  \u2022  FORM 10-Q  \u2022  QUARTER ENDED JUNE 30, 2025",
        "Orvanta Medical Technologies, Inc. | Q2 2025 Form 10-Q",
    )
    d = Doc(st, "Orvanta Medical Technologies, Inc. Form 10-Q Q2 2025", M.NAME, "Quarterly report for Q2 2025")
    _cover(d, m)
    _toc(d, toc or {})
    d.running = True
    d.labels("arabic", 1)
    _statements(d, m)
    _notes(d, m)
    _mda(d, m)
    _part2(d, m)
    return d


def build_final(m) -> Doc:
    first = build(m)
    toc = {key: first.label_of(key) for key in first.marks}
    second = build(m, toc)
    assert second.page_labels == first.page_labels
    return second


# ---------------------------------------------------------------------------------------------------------------
def _cover(d: Doc, m) -> None:
    d.add_page()
    st = d.st
    d.set_fill_color(*st.accent)
    d.rect(0, 0, d.w, 14, style="F")
    d.ln(4)
    d.centered("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", 12, "B")
    d.centered("Washington, D.C. 20549", 9)
    d.ln(8)
    d.centered("FORM 10-Q", 20, "B")
    d.ln(4)
    d.centered("(Mark One)", 8, "I")
    d.centered("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", 9)
    d.centered("For the quarterly period ended June 30, 2025", 10, "B")
    d.centered("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", 8)
    d.centered("Commission file number 001-40271", 8)
    d.ln(12)
    d.centered("ORVANTA MEDICAL TECHNOLOGIES, INC.", 18, "B")
    d.centered("(Exact name of registrant as specified in its charter)", 7.5, "I")
    d.ln(6)
    d.centered("Minnesota  \u2022  I.R.S. Employer Identification No. 41-2287365", 9)
    d.centered("8800 Riverbend Parkway, Maple Grove, Minnesota 55369  \u2022  (763) 555-0188", 9)
    d.ln(10)
    d.centered("Securities registered pursuant to Section 12(b) of the Act:", 8.5, "B")
    d.centered("Common stock, $0.01 par value  \u2022  OVMT  \u2022  New York Stock Exchange", 8.5)
    d.ln(10)
    d.para(
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 "
        "or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to "
        "such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer [X]. Indicate by "
        "check mark whether the registrant is a shell company. Yes [  ] No [X].",
        size=8,
    )
    d.para(
        f"As of July 25, 2025, there were {plain(M.SHARES_OUT_JUL25)} shares of the registrant's common stock "
        "outstanding.",
        size=8,
    )


def _toc(d: Doc, toc: dict) -> None:
    d.add_page()
    st = d.st
    d.set_font(st.family, "B", 12)
    d.set_text_color(*st.accent)
    d.cell(d.epw, 16, "TABLE OF CONTENTS", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(4)
    for item in TOC:
        if item[1] is None:
            d.ln(3)
            d.set_font(st.family, "B", 9)
            d.cell(d.epw, 13, item[0], new_x="LMARGIN", new_y="NEXT")
            continue
        no, title, key = item
        d.set_font(st.family, "", 8.5)
        d.cell(50, 12, no)
        d.cell(d.epw - 50 - 40, 12, title)
        d.cell(40, 12, toc.get(key, "?"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(12)
    d.heading("Cautionary Note Regarding Forward-Looking Statements", 2)
    d.para(
        "This Quarterly Report contains forward-looking statements, including statements about expected sales growth, "
        "the benefits of our restructuring program, product approvals, foreign currency effects and liquidity. These "
        "statements involve risks and uncertainties, including those described in Part I, Item 1A of our Annual "
        "Report on Form 10-K for the year ended December 31, 2024, that could cause actual results to differ "
        "materially. We undertake no obligation to update forward-looking statements."
    )


# ---------------------------------------------------------------------------------------------------------------
def _statements(d: Doc, m) -> None:
    d.add_page()
    d.heading("PART I. FINANCIAL INFORMATION", 1, mark="fs")
    d.heading("Item 1. Financial Statements", 2, mark="ops")
    i = m.inc
    rows = [
        R("Net sales", p4(i, "sales"), dollar=True, key="is_sales"),
        R("Cost of sales", p4(i, "cogs"), key="is_cogs"),
        R("Gross profit", p4(i, "gross"), kind="total", key="is_gross"),
        H("Operating expenses:"),
        R("Selling, general and administrative", p4(i, "sga"), indent=1, key="is_sga"),
        R("Research and development", p4(i, "rnd"), indent=1, key="is_rnd"),
        R("Amortization of intangible assets", p4(i, "amort"), indent=1, key="is_amort"),
        R("Restructuring charges", p4(i, "restruct"), indent=1, key="is_restruct"),
        R("Total operating expenses", p4(i, "opex"), kind="total", key="is_opex"),
        R("Operating income", p4(i, "op_income"), kind="total", key="is_opinc"),
        R("Interest expense", [mm(-i[p]["int_exp"]) for p in P4], key="is_intexp"),
        R("Interest income and other, net", p4(i, "int_other"), key="is_intother"),
        R("Income before income taxes", p4(i, "pretax"), kind="total", key="is_pretax"),
        R("Provision for income taxes", p4(i, "tax"), key="is_tax"),
        R("Net income", p4(i, "ni"), kind="grand", dollar=True, key="is_ni"),
        H("Earnings per share:"),
        R("Basic", p4(i, "eps_basic", c2), dollar=True, indent=1, key="is_epsb"),
        R("Diluted", p4(i, "eps_diluted", c2), dollar=True, indent=1, key="is_epsd"),
        H("Weighted-average shares outstanding:"),
        R("Basic", p4(i, "sh_basic"), indent=1, key="is_shb"),
        R("Diluted", p4(i, "sh_diluted"), indent=1, key="is_shd"),
    ]
    d.table(
        Table(
            cols=C4,
            groups=G4,
            rows=rows,
            col_w=62,
            title=[
                "Condensed Consolidated Statements of Operations (unaudited)",
                "(in millions, except per share data)",
            ],
        )
    )
    rows = [
        R("Net income", p4(i, "ni"), dollar=True, key="ci_ni"),
        R("Other comprehensive income (loss): foreign currency translation adjustments (1)", p4(m.oci), key="ci_fx"),
        R("Comprehensive income", [mm(i[p]["ni"] + m.oci[p]) for p in P4], kind="grand", dollar=True, key="ci_total"),
    ]
    d.table(
        Table(
            cols=C4,
            groups=G4,
            rows=rows,
            col_w=62,
            title=["Condensed Consolidated Statements of Comprehensive Income (unaudited)", "(in millions)"],
            footnotes=[
                "(1) No income taxes are provided on translation adjustments because foreign earnings "
                "are considered indefinitely reinvested.",
                "See accompanying notes to condensed consolidated financial statements.",
            ],
        )
    )
    # balance sheet (continued across a page)
    d.add_page()
    d.mark("bs")
    b = m.bal

    def bs(key, label, **kw):
        return R(label, [mm(b[p][key]) for p in BS2], key="bs_" + key, **kw)

    rows = [
        H("ASSETS"),
        H("Current assets:"),
        bs("cash", "Cash and cash equivalents", dollar=True, indent=1),
        bs("ar", "Accounts receivable, net of allowance for credit losses", indent=1),
        bs("inv", "Inventories", indent=1),
        bs("prepaid", "Prepaid expenses and other current assets", indent=1),
        bs("current_assets", "Total current assets", kind="total"),
        bs("ppe", "Property, plant and equipment, net"),
        bs("goodwill", "Goodwill"),
        bs("intang", "Intangible assets, net"),
        bs("rou", "Operating lease right-of-use assets"),
        bs("dta", "Deferred income taxes"),
        bs("other_nca", "Other assets"),
        bs("assets", "Total assets", kind="grand", dollar=True),
        Row("LIABILITIES AND STOCKHOLDERS' EQUITY", [], kind="head", key="bs_lhead"),
        H("Current liabilities:"),
        bs("ap", "Accounts payable", dollar=True, indent=1),
        bs("comp", "Accrued compensation and benefits", indent=1),
        bs("accrued", "Accrued and other current liabilities", indent=1),
        bs("debt_cur", "Current portion of long-term debt", indent=1),
        bs("lease_cur", "Operating lease liabilities, current", indent=1),
        bs("current_liab", "Total current liabilities", kind="total"),
        bs("debt_lt", "Long-term debt"),
        bs("lease_nc", "Operating lease liabilities, noncurrent"),
        bs("other_ncl", "Other long-term liabilities"),
        bs("liab", "Total liabilities", kind="total"),
        R("Commitments and contingencies (Note 11)", []),
        H("Stockholders' equity:"),
        R(
            f"Preferred stock, $0.01 par value; {mm(M.PREFERRED_AUTH)} shares authorized; none issued",
            [EM, EM],
            indent=1,
        ),
        bs("eq_cs", "Common stock, $0.01 par value, and additional paid-in capital", indent=1),
        bs("eq_treasury", "Treasury stock, at cost", indent=1),
        bs("eq_re", "Retained earnings", indent=1),
        bs("eq_aoci", "Accumulated other comprehensive loss", indent=1),
        bs("equity", "Total stockholders' equity", kind="total"),
        bs("liab_equity", "Total liabilities and stockholders' equity", kind="grand", dollar=True),
    ]
    d.table(
        Table(
            cols=C_BS,
            rows=rows,
            col_w=90,
            break_before="bs_lhead",
            title=[
                "Condensed Consolidated Balance Sheets (unaudited)",
                "(in millions, except par value; shares in millions)",
            ],
            footnotes=["See accompanying notes to condensed consolidated financial statements."],
        )
    )
    # cash flows
    d.add_page()
    d.mark("cf")
    c = m.cf

    def cf(key, label, **kw):
        return R(label, [mm(c[h][key]) for h in H2], key="cf_" + key, **kw)

    rows = [
        H("Operating activities:"),
        cf("ni", "Net income", dollar=True, indent=1),
        H("Adjustments to reconcile net income to net cash provided by operating activities:", indent=1),
        cf("da", "Depreciation and amortization", indent=2),
        cf("sbc", "Stock-based compensation", indent=2),
        cf("deferred_tax", "Deferred income taxes", indent=2),
        cf("issue_amort", "Amortization of debt issuance costs", indent=2),
        H("Changes in operating assets and liabilities:", indent=1),
        cf("ar", "Accounts receivable", indent=2),
        cf("inv", "Inventories", indent=2),
        cf("prepaid", "Prepaid expenses and other current assets", indent=2),
        cf("ap", "Accounts payable", indent=2),
        cf("comp", "Accrued compensation and benefits", indent=2),
        cf("accrued", "Accrued and other current liabilities", indent=2),
        cf("leases", "Operating lease assets and liabilities, net", indent=2),
        cf("other", "Other, net", indent=2),
        cf("ocf", "Net cash provided by operating activities", kind="total"),
        H("Investing activities:"),
        cf("capex", "Purchases of property, plant and equipment", indent=1),
        cf("icf", "Net cash used in investing activities", kind="total"),
        H("Financing activities:"),
        cf("term_repay", "Repayments of term loan", indent=1),
        cf("rev_draw", "Borrowings under revolving credit facility", indent=1),
        cf("rev_repay", "Repayments under revolving credit facility", indent=1),
        cf("repo", "Repurchases of common stock", indent=1),
        cf("plan_in", "Proceeds from employee stock plans", indent=1),
        cf("withholding", "Taxes paid related to net share settlement of equity awards", indent=1),
        cf("fcf", "Net cash used in financing activities", kind="total"),
        cf("fx", "Effect of exchange rate changes on cash and cash equivalents"),
        cf("net", "Net increase (decrease) in cash and cash equivalents"),
        cf("begin", "Cash and cash equivalents at beginning of period"),
        cf("end", "Cash and cash equivalents at end of period", kind="grand", dollar=True),
    ]
    d.table(
        Table(
            cols=["2025", "2024"],
            groups=G_H2,
            rows=rows,
            col_w=80,
            title=["Condensed Consolidated Statements of Cash Flows (unaudited)", "(in millions)"],
            footnotes=["See accompanying notes to condensed consolidated financial statements."],
        )
    )
    # equity, two closely stacked tables
    d.mark("eq")
    labels = {
        "m24": "March 31, 2024",
        "j24": "June 30, 2024",
        "d23": "December 31, 2023",
        "d24": "December 31, 2024",
        "m25": "March 31, 2025",
        "j25": "June 30, 2025",
    }
    for year, steps in (("2025", m.eq_order[3:]), ("2024", m.eq_order[:2])):
        rows = []
        for n, (start, q, end) in enumerate(steps):
            e0, f, e1 = m.eq[start], m.flows[q], m.eq[end]
            if n == 0:
                rows.append(
                    R(
                        f"Balance at {labels[start]}",
                        [mm(e0[k]) for k in ("cs", "treasury", "re", "aoci", "total")],
                        dollar=True,
                    )
                )
            rows += [
                R("Net income", ["", "", mm(f["ni"]), "", mm(f["ni"])], indent=1),
                R("Other comprehensive income (loss)", ["", "", "", mm(f["oci"]), mm(f["oci"])], indent=1),
                R("Stock-based compensation", [mm(f["sbc"]), "", "", "", mm(f["sbc"])], indent=1),
                R(
                    "Employee stock plans, net of shares withheld for taxes",
                    [mm(f["plan"]), "", "", "", mm(f["plan"])],
                    indent=1,
                ),
                R(
                    "Repurchases of common stock",
                    ["", mm(f["repo"]), "", "", mm(f["repo"])],
                    indent=1,
                    key=f"eq_repo_{q}",
                ),
                R(
                    f"Balance at {labels[end]}",
                    [mm(e1[k]) for k in ("cs", "treasury", "re", "aoci", "total")],
                    kind="total",
                    dollar=True,
                    key=f"eq_bal_{end}",
                ),
            ]
        title = ["Condensed Consolidated Statements of Stockholders' Equity (unaudited)", "(in millions)"]
        d.table(
            Table(
                cols=["Common stock\nand APIC", "Treasury\nstock", "Retained\nearnings", "AOCI", "Total"],
                rows=rows,
                col_w=64,
                groups=[(f"Three Months Ended in {year}", 0, 4)],
                title=title if year == "2025" else [],
            )
        )
    d.para(
        "APIC \u2013 additional paid-in capital; AOCI \u2013 accumulated other comprehensive loss. See accompanying "
        "notes to condensed consolidated financial statements.",
        size=d.st.small,
    )


# ---------------------------------------------------------------------------------------------------------------
def _notes(d: Doc, m) -> None:
    d.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 1, mark="notes")
    d.heading("1. Basis of Presentation", 2)
    d.para(
        "The accompanying unaudited condensed consolidated financial statements have been prepared in accordance with "
        "U.S. GAAP for interim financial information and should be read with the audited financial statements in our "
        "Annual Report on Form 10-K for 2024. In management's opinion they include all normal recurring adjustments "
        "necessary for a fair presentation. Results for interim periods are not necessarily indicative of results for "
        "the full year. Amounts are presented in millions and may not sum because of rounding."
    )
    d.para(
        "Recent accounting pronouncements. In December 2023 the FASB issued ASU 2023-09, Improvements to Income Tax "
        "Disclosures, effective for our 2025 annual financial statements, and in November 2024 issued ASU 2024-03, "
        "Disaggregation of Income Statement Expenses, effective for annual periods beginning after December 15, 2026. "
        "We are evaluating the effect of these standards on our disclosures; neither is expected to affect our "
        "financial position or results of operations."
    )
    d.para(
        "Fair value. The carrying amounts of cash equivalents, accounts receivable and accounts payable approximate "
        "fair value because of their short maturities. The carrying amount of the term loan approximates fair value "
        "because it bears interest at a floating rate. The fair value of the convertible notes is disclosed in Note 5."
    )
    d.heading("2. Revenue", 2)
    d.para(
        "We sell medical devices, capital equipment and related disposables to hospitals, ambulatory surgery centers "
        "and distributors. Revenue is recognized when control transfers, generally upon shipment or delivery. Net "
        "sales by product line and by geography were as follows:"
    )
    s = m.sales
    rows = []
    for seg, (seg_name, lines) in M.SEGMENTS.items():
        rows.append(H(seg_name + ":"))
        for n, ln in enumerate(lines):
            rows.append(R(M.LINES[ln], p4(s, ln), indent=1, dollar=(seg == "vascular" and n == 0), key=f"rv_{ln}"))
        rows.append(R(f"Total {seg_name}", p4(s, seg), kind="total", key=f"rv_{seg}"))
    rows.append(R("Total net sales", p4(s, "total"), kind="grand", dollar=True, key="rv_total"))
    d.table(Table(cols=C4, groups=G4, rows=rows, col_w=62, title=["Net Sales by Product Line", "(in millions)"]))
    rows = [R(name, p4(s, "geo_" + g), dollar=g == "us", key=f"geo_{g}") for g, name in M.GEOS.items()]
    rows.append(R("Total net sales", p4(s, "total"), kind="grand", dollar=True, key="geo_total"))
    d.table(
        Table(
            cols=C4,
            groups=G4,
            rows=rows,
            col_w=62,
            title=["Net Sales by Geography (1)", "(in millions)"],
            footnotes=["(1) Based on the location of the customer."],
        )
    )

    d.heading("3. Inventories", 2)
    iv = m.inv
    rows = [
        R("Raw materials", [mm(iv[p]["raw"]) for p in BS2], dollar=True, key="inv_raw"),
        R("Work in process", [mm(iv[p]["wip"]) for p in BS2], key="inv_wip"),
        R("Finished goods", [mm(iv[p]["fg"]) for p in BS2], key="inv_fg"),
        R("Total inventories", [mm(iv[p]["total"]) for p in BS2], kind="grand", dollar=True, key="inv_total"),
    ]
    d.table(Table(cols=C_BS, rows=rows, col_w=90, title=["(in millions)"]))

    d.heading("4. Goodwill and Intangible Assets", 2)
    gw = m.gw
    rows = [
        R(
            "Balance at December 31, 2024",
            [mm(gw["d24"]["vascular"]), mm(gw["d24"]["surgical"]), mm(gw["d24"]["total"])],
            dollar=True,
            key="gw_d24",
        ),
        R(
            "Foreign currency translation",
            [mm(m.gw_fx_h1_25["vascular"]), mm(m.gw_fx_h1_25["surgical"]), mm(sum(m.gw_fx_h1_25.values()))],
            key="gw_fx",
        ),
        R(
            "Balance at June 30, 2025",
            [mm(gw["j25"]["vascular"]), mm(gw["j25"]["surgical"]), mm(gw["j25"]["total"])],
            kind="grand",
            dollar=True,
            key="gw_j25",
        ),
    ]
    d.table(
        Table(
            cols=["Vascular\nTherapies", "Surgical\nTechnologies", "Total"],
            rows=rows,
            col_w=80,
            title=["Changes in the Carrying Amount of Goodwill by Segment", "(in millions)"],
        )
    )
    names = {"tech": "Developed technology", "cust": "Customer relationships", "trade": "Trade names"}
    rows = []
    for n, (c, name) in enumerate(names.items()):
        vals = []
        for pt in BS2:
            g, a = m.gross_intang[c], m.accum[pt][c]
            vals += [mm(g), mm(-a), mm(g - a)]
        rows.append(R(name, vals, dollar=n == 0, key=f"ia_{c}"))
    vals = []
    for pt in BS2:
        vals += [mm(m.gross_intang["total"]), mm(-m.accum[pt]["total"]), mm(m.intang_net[pt])]
    rows.append(R("Total", vals, kind="grand", dollar=True, key="ia_total"))
    d.table(
        Table(
            cols=["Gross", "Accum.\namort.", "Net", "Gross", "Accum.\namort.", "Net"],
            rows=rows,
            col_w=56,
            groups=[("June 30, 2025", 0, 2), ("December 31, 2024", 3, 5)],
            title=["Intangible Assets", "(in millions)"],
        )
    )
    d.para(
        f"Amortization expense was {mil(m.inc['q2_25']['amort'])} and {mil(m.inc['q2_24']['amort'])} for the three "
        f"months ended June 30, 2025 and 2024, and {mil(m.inc['h1_25']['amort'])} and {mil(m.inc['h1_24']['amort'])} "
        "for the six months then ended. Estimated future amortization expense is as follows:"
    )
    fa = m.future_amort
    keys = ("rest25", 2026, 2027, 2028, 2029, "after")
    lab = {"rest25": "Remainder of 2025", "after": "Thereafter"}
    rows = [R(lab.get(kk, str(kk)), [mm(fa[kk])], dollar=kk == "rest25", key=f"fa_{kk}") for kk in keys]
    rows.append(R("Total", [mm(m.intang_net["j25"])], kind="grand", dollar=True, key="fa_total"))
    d.table(Table(cols=["Amount"], rows=rows, col_w=80, label_w=220, title=["(in millions)"]))

    d.heading("5. Debt", 2)
    rows = [
        R(
            "1.25% Convertible Senior Notes due 2029 \u2013 principal",
            [mm(M.CONV_PRINCIPAL)] * 2,
            dollar=True,
            key="dt_conv",
        ),
        R("Unamortized debt issuance costs", [mm(-m.issue_cost[p]) for p in BS2], indent=1, key="dt_issue"),
        R("Convertible notes, net", [mm(m.conv_net[p]) for p in BS2], kind="total", key="dt_convnet"),
        R("Term loan due 2028", [mm(m.term[p]) for p in BS2], key="dt_term"),
        R("Revolving credit facility due 2028", [EM, EM], key="dt_rev"),
        R("Total debt", [mm(m.conv_net[p] + m.term[p]) for p in BS2], kind="total", key="dt_total"),
        R("Less: current portion of long-term debt", [mm(-M.TERM_CURRENT)] * 2, key="dt_cur"),
        R("Long-term debt", [mm(m.bal[p]["debt_lt"]) for p in BS2], kind="grand", dollar=True, key="dt_lt"),
    ]
    d.table(Table(cols=C_BS, rows=rows, col_w=90, title=["(in millions)"]))
    d.para(
        f"Convertible notes. The notes bear interest at 1.25% per year, payable semiannually, and mature on "
        f"March 15, 2029. The initial conversion rate is {num(M.CONV_RATE, 4)} shares per $1,000 principal amount, "
        f"equivalent to a conversion price of approximately ${num(m.conv_price, 2)} per share. Upon conversion we will "
        "pay cash up to the principal amount and deliver shares for any excess. The estimated fair value of the notes "
        f"(Level 2) was {mil(M.CONV_FAIR_VALUE)} at June 30, 2025.",
        key="k_conv",
        evid=f"The estimated fair value of the notes (Level 2) was {mil(M.CONV_FAIR_VALUE)} at June 30, 2025.",
    )
    d.para(
        f"Credit facilities. Our credit agreement provides a {mil(M.REVOLVER_SIZE)} revolving credit facility and a "
        "term loan, both maturing in 2028 and bearing interest at SOFR plus 1.375%. During the first quarter of 2025 "
        f"we borrowed {mil(M.REVOLVER_DRAW['q1_25'])} under the revolving facility, which we repaid in the second "
        f"quarter. Letters of credit of {mil(M.REVOLVER_LC)} were outstanding at June 30, 2025."
    )
    ip = m.int_parts
    rows = [
        R("Contractual coupon on convertible notes", [mm(ip[p]["coupon"]) for p in P4], dollar=True, key="ie_coupon"),
        R("Amortization of debt issuance costs", [mm(ip[p]["amort"]) for p in P4], key="ie_amort"),
        R("Term loan, revolver and other interest", [mm(ip[p]["term"]) for p in P4], key="ie_term"),
        R("Total interest expense", [mm(ip[p]["total"]) for p in P4], kind="grand", dollar=True, key="ie_total"),
    ]
    d.table(Table(cols=C4, groups=G4, rows=rows, col_w=62, title=["Components of Interest Expense", "(in millions)"]))

    d.heading("6. Restructuring", 2)
    rr = m.reserve_roll
    d.para(
        "In the fourth quarter of 2024 we began a program to consolidate two Surgical Technologies manufacturing sites "
        f"and streamline commercial operations, affecting approximately {M.EMPLOYEES_AFFECTED} positions. Charges "
        "consist primarily of severance and facility exit costs and are recorded in restructuring charges. Accrued "
        "restructuring costs are included in accrued and other current liabilities."
    )
    rows = [
        R("Balance at beginning of period", [mm(rr[h]["begin"]) for h in H2], dollar=True, key="rs_begin"),
        R("Charges", [mm(rr[h]["charges"]) for h in H2], key="rs_charges"),
        R("Cash payments", [mm(rr[h]["payments"]) for h in H2], key="rs_pay"),
        R("Balance at end of period", [mm(rr[h]["end"]) for h in H2], kind="grand", dollar=True, key="rs_end"),
    ]
    d.table(
        Table(cols=["2025", "2024"], groups=G_H2, rows=rows, col_w=80, title=["Restructuring Reserve", "(in millions)"])
    )
    d.heading("7. Product Warranties", 2)
    wr = m.warranty_roll
    rows = [
        R("Balance at beginning of period", [mm(wr[h]["begin"]) for h in H2], dollar=True, key="wr_begin"),
        R("Provisions for warranties issued", [mm(wr[h]["prov"]) for h in H2], key="wr_prov"),
        R("Settlements", [mm(wr[h]["settle"]) for h in H2], key="wr_settle"),
        R("Balance at end of period", [mm(wr[h]["end"]) for h in H2], kind="grand", dollar=True, key="wr_end"),
    ]
    d.table(
        Table(
            cols=["2025", "2024"],
            groups=G_H2,
            rows=rows,
            col_w=80,
            title=["Product Warranty Liability", "(in millions)"],
        )
    )
    d.heading("8. Income Taxes", 2)
    i = m.inc
    d.para(
        f"Our effective tax rate was {pct(i['q2_25']['etr'])} and {pct(i['q2_24']['etr'])} for the three months ended "
        f"June 30, 2025 and 2024, and {pct(i['h1_25']['etr'])} and {pct(i['h1_24']['etr'])} for the six months then "
        "ended. The rates differ from the 21% U.S. statutory rate primarily because of research credits, the foreign "
        "derived intangible income deduction and the mix of earnings across jurisdictions."
    )
    d.heading("9. Earnings Per Share", 2)
    rows = [
        R("Net income", p4(i, "ni"), dollar=True, key="eps_ni"),
        R("Weighted-average basic shares", p4(i, "sh_basic"), key="eps_shb"),
        R("Dilutive effect of stock awards", [mm(i[p]["sh_diluted"] - i[p]["sh_basic"]) for p in P4], key="eps_dil"),
        R("Weighted-average diluted shares", p4(i, "sh_diluted"), kind="total", key="eps_shd"),
        R("Basic earnings per share", p4(i, "eps_basic", c2), dollar=True, key="eps_b"),
        R("Diluted earnings per share", p4(i, "eps_diluted", c2), dollar=True, key="eps_d"),
        R("Anti-dilutive stock awards excluded from diluted shares", p4(M.ANTIDILUTIVE), key="eps_anti"),
    ]
    d.table(Table(cols=C4, groups=G4, rows=rows, col_w=62, title=["(in millions, except per share data)"]))
    d.para(
        f"Shares potentially issuable upon conversion of the convertible notes (approximately "
        f"{plain(m.conv_shares)} shares) were excluded in all periods because the average share price was below the "
        "conversion price and principal is settled in cash."
    )
    d.heading("10. Segment Information", 2)
    d.para(
        "We manage our business in two reportable segments, Vascular Therapies and Surgical Technologies. Our chief "
        "operating decision maker evaluates segment performance based on net sales and segment operating income, "
        "which excludes amortization of intangible assets, restructuring charges and unallocated corporate expenses."
    )
    sg = m.seg
    rows = [H("Net sales:")]
    for n, (k_, (name, _)) in enumerate(M.SEGMENTS.items()):
        rows.append(R(name, [mm(sg[p][k_]["sales"]) for p in P4], indent=1, dollar=n == 0, key=f"sg_sales_{k_}"))
    rows.append(R("Total net sales", p4(m.inc, "sales"), kind="total", dollar=True, key="sg_sales_total"))
    rows.append(H("Segment operating income:"))
    for n, (k_, (name, _)) in enumerate(M.SEGMENTS.items()):
        rows.append(R(name, [mm(sg[p][k_]["oi"]) for p in P4], indent=1, dollar=n == 0, key=f"sg_oi_{k_}"))
    rows += [
        R("Total segment operating income", [mm(sg[p]["seg_total"]) for p in P4], kind="total", key="sg_oi_total"),
        R("Amortization of intangible assets", [mm(-sg[p]["amort"]) for p in P4], key="sg_amort"),
        R("Restructuring charges", [mm(-sg[p]["restruct"]) for p in P4], key="sg_restruct"),
        R("Unallocated corporate expenses", [mm(-sg[p]["corporate"]) for p in P4], key="sg_corp"),
        R("Operating income", p4(m.inc, "op_income"), kind="grand", dollar=True, key="sg_opinc"),
    ]
    d.table(Table(cols=C4, groups=G4, rows=rows, col_w=62, title=["(in millions)"]))
    d.heading("11. Commitments and Contingencies", 2)
    d.para(
        "We are involved in product liability, intellectual property and commercial litigation arising in the ordinary "
        "course of business. We record accruals when a loss is probable and reasonably estimable. We do not believe "
        "that any pending matter will have a material adverse effect on our financial position."
    )


# ---------------------------------------------------------------------------------------------------------------
def _mda(d: Doc, m) -> None:
    d.heading(
        "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1, mark="mda"
    )
    i = m.inc
    q5, q4 = i["q2_25"], i["q2_24"]
    d.heading("Overview", 2)
    d.para(
        "Orvanta Medical Technologies develops, manufactures and sells devices used in minimally invasive vascular and "
        "surgical procedures. Our Vascular Therapies segment offers peripheral and neurovascular catheters, stents and "
        "thrombectomy systems; our Surgical Technologies segment offers advanced energy instruments and surgical "
        "visualization systems."
    )
    d.para(
        f"Net sales for the second quarter of 2025 were {mil(q5['sales'])}, an increase of "
        f"{pct(Fr(q5['sales'] - q4['sales'], q4['sales']))} as reported and "
        f"{pct(m.cc['q2_25']['total']['cc'])} on a constant-currency basis. Diluted earnings per share were "
        f"${num(q5['eps_diluted'], 2)} compared with ${num(q4['eps_diluted'], 2)} in the prior-year quarter."
    )
    d.heading("Business Developments", 2)
    d.bullets(
        [
            "In April 2025 we received FDA 510(k) clearance for the third generation of our aspiration thrombectomy "
            "catheter and began a full U.S. launch in May.",
            "We continued the manufacturing consolidation program announced in the fourth quarter of 2024 (see Note 6) "
            "and expect to substantially complete it by mid-2026.",
            "In June 2025 we began a limited European launch of our fluorescence-guided surgical visualization tower.",
        ]
    )
    d.heading("Critical Accounting Estimates", 2)
    d.para(
        "Our critical accounting estimates, including those for revenue recognition of bundled capital equipment "
        "arrangements, inventory reserves, goodwill and intangible asset impairment, and income taxes, are described "
        "in our 2024 Form 10-K. There were no material changes to these estimates during the six months ended June 30, "
        "2025."
    )
    d.heading("Net Sales", 2)
    d.para(
        "We present constant-currency growth, a non-GAAP measure, which removes the effect of translating current "
        "period sales at rates different from those of the prior-year period."
    )
    for p, title in (("q2_25", "Three Months Ended June 30,"), ("h1_25", "Six Months Ended June 30,")):
        cc = m.cc[p]
        rows = []
        order = [("pv", 1), ("nv", 1), ("vascular", 0), ("ae", 1), ("sv", 1), ("surgical", 0), ("total", 0)]
        for g, ind in order:
            r = cc[g]
            name = M.LINES.get(g) or (M.SEGMENTS[g][0] if g in M.SEGMENTS else "Total net sales")
            if g in M.SEGMENTS:
                name = "Total " + name
            kind = "grand" if g == "total" else ("total" if g in M.SEGMENTS else "row")
            rows.append(
                R(
                    name,
                    [mm(r["cur"]), mm(r["prior"]), pct(r["reported"]), num(r["fx_pts"], 1), pct(r["cc"])],
                    indent=ind,
                    kind=kind,
                    dollar=g in ("pv", "total"),
                    key=f"cc_{p}_{g}",
                )
            )
        caption = ["Net Sales and Constant-Currency Growth", "(in millions)"] if p == "q2_25" else []
        d.table(
            Table(
                cols=["2025", "2024", "Reported\nchange", "FX impact\n(pts)", "Constant\ncurrency\nchange"],
                groups=[(title, 0, 1)],
                rows=rows,
                col_w=60,
                dollar_cols=(0, 1),
                title=caption,
            )
        )
    r5, r4 = m.sales["q2_25"], m.sales["q2_24"]
    d.para(
        f"Neurovascular sales grew {pct(Fr(r5['nv'] - r4['nv'], r4['nv']))} on strong adoption of our aspiration "
        "thrombectomy platform. Peripheral Vascular growth reflected new product launches in the United States. "
        "Advanced Energy benefited from higher procedure volumes, and Surgical Visualization grew on capital "
        "placements in Europe."
    )
    d.heading("Gross Margin and Operating Expenses", 2)
    d.para(
        f"Gross margin was {pct(q5['gm'])} in the second quarter of 2025 compared with {pct(q4['gm'])} in the "
        "prior-year quarter, reflecting favorable product mix, manufacturing efficiencies and lower freight costs, "
        f"partly offset by tariffs. For the six months, gross margin was {pct(i['h1_25']['gm'])} compared with "
        f"{pct(i['h1_24']['gm'])}."
    )
    d.para(
        f"Selling, general and administrative expenses increased {mil(q5['sga'] - q4['sga'])}, or "
        f"{pct(Fr(q5['sga'] - q4['sga'], q4['sga']))}, driven by sales force expansion and higher incentive "
        f"compensation. Research and development expenses were {pct(Fr(q5['rnd'], q5['sales']))} of net sales compared "
        f"with {pct(Fr(q4['rnd'], q4['sales']))} as we advanced our next-generation robotic visualization program. "
        f"Restructuring charges were {mil(q5['restruct'])} in the quarter."
    )
    d.heading("Adjusted EBITDA", 2)
    d.para(
        "Adjusted EBITDA is a non-GAAP measure that we define as net income before interest, income taxes, "
        "depreciation and amortization, further adjusted to exclude stock-based compensation and restructuring "
        "charges. The reconciliation to net income follows."
    )
    rows = [
        R("Net income", p4(i, "ni"), dollar=True, key="eb_ni"),
        R("Interest expense", p4(i, "int_exp"), key="eb_int"),
        R("Interest income and other, net", [mm(-i[p]["int_other"]) for p in P4], key="eb_other"),
        R("Provision for income taxes", p4(i, "tax"), key="eb_tax"),
        R("Depreciation", p4(i, "deprec"), key="eb_dep"),
        R("Amortization of intangible assets", p4(i, "amort"), key="eb_amort"),
        R(
            "EBITDA",
            [mm(i[p]["ebitda_adj"] - i[p]["sbc"] - i[p]["restruct"]) for p in P4],
            kind="total",
            key="eb_ebitda",
        ),
        R("Stock-based compensation", p4(i, "sbc"), key="eb_sbc"),
        R("Restructuring charges", p4(i, "restruct"), key="eb_restruct"),
        R("Adjusted EBITDA", p4(i, "ebitda_adj"), kind="grand", dollar=True, key="eb_adj"),
        R("Adjusted EBITDA margin", p4(i, "ebitda_margin", pct), key="eb_margin"),
    ]
    d.table(
        Table(
            cols=C4,
            groups=G4,
            rows=rows,
            col_w=62,
            title=["Reconciliation of Net Income to Adjusted EBITDA", "(in millions)"],
        )
    )
    d.heading("Liquidity and Capital Resources", 2)
    b = m.bal["j25"]
    d.para(
        f"At June 30, 2025, we had cash and cash equivalents of {mil(b['cash'])}, of which approximately "
        f"{M.CASH_FOREIGN_PCT}% was held outside the United States. We believe cash on hand, cash from operations "
        "and our credit facilities will be sufficient to fund operations, capital expenditures, debt service and "
        "share repurchases for at least the next twelve months."
    )
    d.para(
        "At June 30, 2025, we had no borrowings outstanding under our revolving credit facility and "
        f"{mil(m.revolver_avail)} was available for borrowing after outstanding letters of credit.",
        key="k_revolver",
    )
    c = m.cf
    rows = [
        R("Net cash provided by operating activities", [mm(c[h]["ocf"]) for h in H2], dollar=True, key="md_ocf"),
        R("Net cash used in investing activities", [mm(c[h]["icf"]) for h in H2], key="md_icf"),
        R("Net cash used in financing activities", [mm(c[h]["fcf"]) for h in H2], key="md_fcf"),
        R("Effect of exchange rate changes", [mm(c[h]["fx"]) for h in H2], key="md_fx"),
        R(
            "Net increase (decrease) in cash and cash equivalents",
            [mm(c[h]["net"]) for h in H2],
            kind="grand",
            dollar=True,
            key="md_net",
        ),
    ]
    d.table(
        Table(cols=["2025", "2024"], groups=G_H2, rows=rows, col_w=80, title=["Summary of Cash Flows", "(in millions)"])
    )
    d.para(
        f"Operating cash flow for the first six months of 2025 was {mil(c['h1_25']['ocf'])} compared with "
        f"{mil(c['h1_24']['ocf'])}, reflecting higher net income partially offset by inventory builds ahead of "
        "product launches and payment of 2024 incentive compensation. Financing activities included share repurchases "
        f"of {mil(-c['h1_25']['repo'])} and scheduled term loan repayments of {mil(-c['h1_25']['term_repay'])}."
    )
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, mark="i3")
    d.para(
        f"Approximately {pct(m.non_us_share, 0)} of our net sales in the first six months of 2025 were to customers "
        "outside the United States, principally in euro, Japanese yen and British pound. Our term loan bears floating "
        f"interest; a {M.RATE_SENS_BP}-basis-point change in SOFR would change annual interest expense by "
        f"approximately {mil(m.rate_sens)}. There have been no material changes to our market risk disclosures since "
        "our 2024 Form 10-K."
    )
    d.heading("Item 4. Controls and Procedures", 1, mark="i4")
    d.para(
        "Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and procedures "
        "were effective as of June 30, 2025. There were no changes in internal control over financial reporting during "
        "the quarter that materially affected, or are reasonably likely to materially affect, our internal control."
    )


def _part2(d: Doc, m) -> None:
    d.heading("PART II. OTHER INFORMATION", 1)
    d.heading("Item 1. Legal Proceedings", 2, mark="p2i1")
    d.para("See Note 11, Commitments and Contingencies.")
    d.heading("Item 1A. Risk Factors", 2, mark="p2i1a")
    d.para("There have been no material changes to the risk factors disclosed in our 2024 Form 10-K.")
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, mark="p2i2")
    d.para(
        "The following table provides information about our repurchases of common stock during the second quarter of "
        "2025 under the share repurchase program authorized by our Board of Directors in November 2023."
    )
    rows = []
    for n, r in enumerate(m.repo_months):
        rows.append(
            R(
                r["label"],
                [plain(r["shares"]), "$" + num(r["price"], 2), plain(r["shares"]), "$" + plain(r["remaining"])],
                key=f"rp_{n}",
            )
        )
    rows.append(
        R(
            "Total",
            [plain(m.repo_q2_shares), "$" + num(m.repo_q2_dollars / m.repo_q2_shares, 2), plain(m.repo_q2_shares), ""],
            kind="total",
            key="rp_total",
        )
    )
    d.table(
        Table(
            cols=[
                "Total shares\npurchased",
                "Average price\npaid per share",
                "Shares purchased\nunder the program",
                "Dollar value that\nmay yet be\npurchased",
            ],
            rows=rows,
            col_w=88,
        )
    )
    d.heading("Item 5. Other Information", 2, mark="p2i5")
    d.para(
        "During the quarter ended June 30, 2025, no director or officer adopted or terminated a Rule 10b5-1 "
        "trading arrangement."
    )
    d.heading("Item 6. Exhibits", 2, mark="p2i6")
    d.bullets(
        [
            "31.1 / 31.2  Certifications pursuant to Rule 13a-14(a)",
            "32.1  Certification pursuant to 18 U.S.C. Section 1350",
            "101  Inline XBRL documents",
        ]
    )
    d.heading("Signatures", 2, mark="sig")
    d.para(
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
        "report to be signed on its behalf by the undersigned thereunto duly authorized on August 6, 2025.  ORVANTA "
        "MEDICAL TECHNOLOGIES, INC.  /s/ Priyanka Delacroix-Hale, Executive Vice President and Chief Financial Officer."
    )
