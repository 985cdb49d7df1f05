"""Lays out the Pellmoor Medical, Inc. quarterly report on Form 10-Q for the quarter ended September 30, 2025 (banded
house style: Liberation Sans Narrow, tinted two-row column heads with the scale in the header corner, amounts in
millions with one decimal).  Only formats model values."""

from fractions import Fraction as F

import models as M
from kit import Doc, num, pct, sec, txt

COMPANY = "Pellmoor Medical, Inc."
SC = "$ in millions, except per share"
SCM = "$ in millions"
W4 = [21.5, 21.5, 21.5, 21.5]
H4 = [
    [("Three Months Ended September 30,", 2), ("Nine Months Ended September 30,", 2)],
    [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)],
]
WB = [26, 26]
HB = [[("September 30,", 1), ("December 31,", 1)], [("2025", 1), ("2024", 1)]]
HN = [[("Nine Months Ended September 30,", 2)], [("2025", 1), ("2024", 1)]]
TOC = [
    ("PART I. FINANCIAL INFORMATION", None),
    ("Item 1.", "Financial Statements (Unaudited)", "fs"),
    ("", "Condensed Consolidated Statements of Operations", "ops"),
    ("", "Condensed Consolidated Statements of Comprehensive Income", "ci"),
    ("", "Condensed Consolidated Balance Sheets", "bs"),
    ("", "Condensed Consolidated Statements of Cash Flows", "cf"),
    ("", "Condensed Consolidated Statements of Stockholders' Equity", "eq"),
    ("", "Notes to Condensed Consolidated Financial Statements", "notes"),
    ("Item 2.", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "mda"),
    ("Item 3.", "Quantitative and Qualitative Disclosures About Market Risk", "i3"),
    ("Item 4.", "Controls and Procedures", "i4"),
    ("PART II. OTHER INFORMATION", None),
    ("Item 1.", "Legal Proceedings", "p1"),
    ("Item 1A.", "Risk Factors", "p1a"),
    ("Item 2.", "Unregistered Sales of Equity Securities and Use of Proceeds", "p2"),
    ("Item 5.", "Other Information", "p5"),
    ("Item 6.", "Exhibits", "p6"),
    ("", "Signatures", "sig"),
]


def M1(v, dollar=False):
    """Tenths of a million as millions with one decimal."""
    return num(F(v, 10), 1, dollar=dollar)


def mil(v):
    return f"${float(F(v, 10)):,.1f} million"


def PS(v):
    return num(v, 2, dollar=True)


def P1(v, dash=False):
    return pct(v, 1, dash=dash)


def build(q, toc=None):
    d = Doc(
        "banded",
        COMPANY,
        "Pellmoor Medical, Inc. Quarterly Report on Form 10-Q for the Quarter Ended September 30, 2025",
        "",
        run_head=("Pellmoor Medical, Inc.", "Form 10-Q  |  Third Quarter 2025"),
    )
    toc = toc or {}
    a, b = q["bs"]["sep"], q["bs"]["dec"]

    def p4(x):
        return [x[p] for p in M.P]

    def r4(label, x, key, kind="plain", indent=0, dollar=False, neg=False):
        vals = [(-x[p] if neg else x[p]) for p in M.P]
        return txt(label, [M1(v, dollar) for v in vals], key, kind, indent)

    def bb(label, x, key, kind="plain", indent=0, dollar=False):
        return txt(label, [M1(a[x], dollar), M1(b[x], dollar)], key, kind, indent)

    # ================================================================== cover and index
    d.new_page(False)
    d.set_font(d.fam, "B", 11)
    d.multi_cell(0, 5.4, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWASHINGTON, D.C. 20549", align="C")
    d.ln(2)
    d.set_font(d.fam, "B", 22)
    d.set_text_color(*d.st["accent"])
    d.multi_cell(0, 10, "FORM 10-Q", align="C")
    d.set_text_color(0, 0, 0)
    d.set_font(d.fam, "", 9.2)
    d.multi_cell(
        0,
        4.6,
        "[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"
        "\nFor the quarterly period ended September 30, 2025\nor\n[  ] TRANSITION REPORT PURSUANT TO SECTION "
        "13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission File Number: 001-39284",
        align="C",
    )
    d.ln(3)
    d.set_font(d.fam, "B", 18)
    d.multi_cell(0, 8, "PELLMOOR MEDICAL, INC.", align="C")
    d.set_font(d.fam, "", 9.2)
    d.multi_cell(
        0,
        4.6,
        "(Exact name of registrant as specified in its charter)\nDelaware  |  IRS Employer "
        "Identification No. 41-2218735\n7300 Weaver Lake Road, Maple Grove, Minnesota 55369  |  (763) "
        "555-0127\nCommon stock, $0.001 par value  |  PLMD  |  New York Stock Exchange",
        align="C",
    )
    d.ln(2)
    d.para(
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
        "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
        "subject to such filing requirements for the past 90 days. Yes [X] No [ ]. Large accelerated filer [X]. "
        "Shell company: Yes [ ] No [X].",
        size=8.6,
    )
    d.para("As of October 24, 2025, the registrant had 71,912,406 shares of common stock outstanding.", size=8.6)
    d.para(
        "Indicate by check mark whether the registrant has submitted electronically every Interactive Data File "
        "required to be submitted pursuant to Rule 405 of Regulation S-T during the preceding 12 months. Yes [X] "
        "No [ ]. Indicate by check mark whether the registrant has elected not to use the extended transition period "
        "for complying with any new or revised financial accounting standards. [ ]",
        size=8.6,
    )

    # ================================================================== contents page (unnumbered)
    d.new_page(False)
    d.set_font(d.fam, "B", 10)
    d.set_text_color(*d.st["accent"])
    d.cell(0, 6, "TABLE OF CONTENTS", align="L")
    d.set_text_color(0, 0, 0)
    d.ln(7)
    for ent in TOC:
        if ent[1] is None:
            d.set_font(d.fam, "B", 9)
            d.cell(d.ew - 14, 5, ent[0])
            d.ln(5.2)
            continue
        item, name, key = ent
        d.set_font(d.fam, "", 9)
        d.set_x(d.l_margin + (10 if not item else 0))
        d.cell(14 if item else 4, 4.8, item)
        d.cell(d.ew - 42 + (0 if item else 0), 4.8, name)
        d.set_x(d.w - d.r_margin - 14)
        d.cell(14, 4.8, toc.get(key, ""), align="R")
        d.ln(4.9)
    d.ln(4)
    d.heading("Cautionary Note Regarding Forward-Looking Statements", 2)
    d.para(
        "This report contains forward-looking statements, including statements about product launches, "
        "procedure volumes, foreign currency, the restructuring plan, litigation and liquidity. Actual results may "
        "differ materially because of the risks described in Item 1A of our Annual Report on Form 10-K for 2024. We "
        "undertake no obligation to update these statements."
    )
    d.heading("Frequently Used Terms", 2)
    for t, x in (
        (
            "Constant currency",
            "growth excluding the effect of translating current-period results at prior-period exchange rates.",
        ),
        ("PFA", "pulsed-field ablation, an energy source used in our electrophysiology catheters."),
        ("SOFR", "the Secured Overnight Financing Rate."),
        ("Term Loan A", "our senior unsecured amortizing term loan due 2028."),
    ):
        d.para(f"{t} \u2014 {x}", align="L")

    # ================================================================== statements
    d.new_page(True)
    d.mark("fs")
    d.heading("PART I. FINANCIAL INFORMATION", 0)
    d.heading("Item 1. Financial Statements (Unaudited)", 1)
    rows = [
        r4("Net sales", q["sales"], "op.sales", dollar=True),
        r4("Cost of sales", q["cogs"], "op.cogs"),
        r4("Gross profit", q["gp"], "op.gp", "total"),
        sec("Operating expenses"),
        r4("Research and development", q["rd"], "op.rd", indent=1),
        r4("Selling, general and administrative", q["sga"], "op.sga", indent=1),
        r4("Amortization of intangible assets", q["amort"], "op.amort", indent=1),
        r4("Restructuring charges", q["restr"], "op.restr", indent=1),
        r4("Total operating expenses", q["opex"], "op.opex", "total"),
        r4("Operating income", q["oi"], "op.oi", "total"),
        r4("Interest expense", q["int"], "op.int", neg=True),
        r4("Other income, net", q["oth"], "op.oth"),
        r4("Income before income taxes", q["pti"], "op.pti", "total"),
        r4("Provision for income taxes", q["tax"], "op.tax"),
        r4("Net income", q["ni"], "op.ni", "grand", dollar=True),
        sec("Net income per share"),
        txt("Basic", [PS(v) for v in p4(q["eps_b"])], "op.epsb", indent=1),
        txt("Diluted", [PS(v) for v in p4(q["eps_d"])], "op.epsd", indent=1),
        sec("Weighted-average shares outstanding (in thousands)"),
        txt("Basic", [f"{v:,}" for v in p4(q["sh_basic"])], "op.shb", indent=1),
        txt("Diluted", [f"{v:,}" for v in p4(q["sh_dil"])], "op.shd", indent=1),
    ]
    d.mark("ops")
    d.heading("Condensed Consolidated Statements of Operations", 2)
    d.table("", W4, H4, rows, scale=SC)
    rows = [
        r4("Net income", q["ni"], "ci.ni", dollar=True),
        sec("Other comprehensive income (loss), net of tax"),
        r4("Foreign currency translation adjustments", q["cta"], "ci.cta", indent=1),
        r4("Unrealized gains (losses) on cash flow hedges", q["hedge"], "ci.hedge", indent=1),
        r4("Total other comprehensive income (loss)", q["oci"], "ci.oci", "total"),
        r4("Comprehensive income", q["ci"], "ci.ci", "grand", dollar=True),
    ]
    d.mark("ci")
    d.heading("Condensed Consolidated Statements of Comprehensive Income", 2)
    d.table("", W4, H4, rows, scale=SCM)
    d.para(
        "The accompanying notes are an integral part of these condensed consolidated financial statements.",
        size=8,
        style="I",
    )

    d.new_page()
    rows = [
        sec("ASSETS"),
        sec("Current assets"),
        bb("Cash and cash equivalents", "cash", "bs.cash", indent=1, dollar=True),
        bb("Short-term investments", "sti", "bs.sti", indent=1),
        bb("Accounts receivable, net", "ar", "bs.ar", indent=1),
        bb("Inventories", "inv", "bs.inv", indent=1),
        bb("Prepaid expenses and other current assets", "prep", "bs.prep", indent=1),
        bb("Total current assets", "tca", "bs.tca", "total"),
        bb("Property, plant and equipment, net", "ppe", "bs.ppe"),
        bb("Operating lease right-of-use assets", "rou", "bs.rou"),
        bb("Goodwill", "gw", "bs.gw"),
        bb("Intangible assets, net", "intang", "bs.intang"),
        bb("Deferred income taxes", "dta", "bs.dta"),
        bb("Other noncurrent assets", "oth_a", "bs.otha"),
        bb("Total assets", "ta", "bs.ta", "grand", dollar=True),
        sec("LIABILITIES AND STOCKHOLDERS' EQUITY"),
        sec("Current liabilities"),
        bb("Accounts payable", "ap", "bs.ap", indent=1, dollar=True),
        bb("Accrued compensation and benefits", "accr_comp", "bs.comp", indent=1),
        bb("Accrued and other current liabilities", "accr", "bs.accr", indent=1),
        bb("Current portion of long-term debt", "cur_debt", "bs.curdebt", indent=1),
        bb("Total current liabilities", "tcl", "bs.tcl", "total"),
        bb("Long-term debt, net", "ltd", "bs.ltd"),
        bb("Operating lease liabilities, noncurrent", "oll", "bs.oll"),
        bb("Other noncurrent liabilities", "oth_l", "bs.othl"),
        bb("Total liabilities", "tl", "bs.tl", "total"),
        txt("Commitments and contingencies (Note 9)", []),
        sec("Stockholders' equity"),
        txt("Preferred stock, $0.001 par value; 10,000 shares authorized; none issued", ["\u2014", "\u2014"], indent=1),
        bb("Common stock and additional paid-in capital", "cs_apic", "bs.csapic", indent=1),
        bb("Retained earnings", "re", "bs.re", indent=1),
        bb("Accumulated other comprehensive loss", "aoci", "bs.aoci", indent=1),
        bb("Total stockholders' equity", "eq", "bs.eq", "total"),
        txt("Total liabilities and stockholders' equity", [M1(a["ta"], True), M1(b["ta"], True)], "bs.tle", "grand"),
    ]
    d.mark("bs")
    d.heading("Condensed Consolidated Balance Sheets", 2)
    d.table("", WB, HB, rows, scale=SCM)
    d.para(
        "Common stock: 300,000 shares authorized (in thousands); 71,884 and 71,577 shares issued and "
        "outstanding (in thousands) at September 30, 2025 and December 31, 2024.",
        size=8,
        style="I",
    )

    d.new_page()
    cf = q["cf"]

    def c2(label, x, key, kind="plain", indent=0, dollar=False):
        return txt(label, [M1(cf["n25"][x], dollar), M1(cf["n24"][x], dollar)], key, kind, indent)

    rows = [
        sec("Operating activities"),
        c2("Net income", "ni", "cf.ni", indent=1, dollar=True),
        sec("Adjustments to reconcile net income to net cash from operating activities", indent=1),
        c2("Depreciation and amortization", "da", "cf.da", indent=2),
        c2("Share-based compensation", "sbc", "cf.sbc", indent=2),
        c2("Amortization of debt issuance costs", "dca", "cf.dca", indent=2),
        c2("Deferred income taxes", "def_tax", "cf.deftax", indent=2),
        c2("Non-cash restructuring asset write-downs", "restr_nc", "cf.restrnc", indent=2),
        sec("Changes in operating assets and liabilities", indent=1),
        c2("Accounts receivable", "wc_ar", "cf.ar", indent=2),
        c2("Inventories", "wc_inv", "cf.inv", indent=2),
        c2("Prepaid expenses and other assets", "wc_prep", "cf.prep", indent=2),
        c2("Accounts payable", "wc_ap", "cf.ap", indent=2),
        c2("Accrued and other liabilities", "wc_accr", "cf.accr", indent=2),
        c2("Other, net", "wc_oth", "cf.oth", indent=2),
        c2("Net cash provided by operating activities", "op", "cf.op", "total"),
        sec("Investing activities"),
        c2("Purchases of property, plant and equipment", "capex", "cf.capex", indent=1),
        c2("Purchases of short-term investments", "sti_buy", "cf.stibuy", indent=1),
        c2("Maturities of short-term investments", "sti_mat", "cf.stimat", indent=1),
        c2("Net cash used in investing activities", "inv", "cf.invtot", "total"),
        sec("Financing activities"),
        c2("Repayments of term loan", "tl_repay", "cf.tl", indent=1),
        c2("Proceeds from exercise of stock options", "opt", "cf.opt", indent=1),
        c2("Taxes paid related to net share settlement of equity awards", "rsu_tax", "cf.rsutax", indent=1),
        c2("Repurchases of common stock", "buyback", "cf.buyback", indent=1),
        c2("Net cash used in financing activities", "fin", "cf.fin", "total"),
        c2("Effect of exchange rate changes on cash and cash equivalents", "fx", "cf.fx"),
        c2("Net increase in cash and cash equivalents", "net", "cf.net", "total"),
        c2("Cash and cash equivalents at beginning of period", "open", "cf.open"),
        c2("Cash and cash equivalents at end of period", "close", "cf.close", "grand", dollar=True),
    ]
    d.mark("cf")
    d.heading("Condensed Consolidated Statements of Cash Flows", 2)
    d.table("", WB, HN, rows, scale=SCM)

    # ---- equity: the statement begins under the cash flows and continues on the next page
    eq = q["eq"]

    def erow(label, vals, key=None, kind="plain", indent=1, dollar=False):
        return txt(label, [M1(v, dollar) for v in vals] + [M1(sum(vals), dollar)], key, kind, indent)

    def eblock(title, open_lab, e0, e1, act, tag):
        out = [sec(title)]
        out.append(erow(open_lab, [e0["cs"], e0["re"], e0["aoci"]], f"eq.{tag}.open", "plain", 0, True))
        out.append(erow("Net income", [0, act["ni"], 0], f"eq.{tag}.ni"))
        out.append(erow("Other comprehensive income (loss)", [0, 0, act["oci"]], f"eq.{tag}.oci"))
        out.append(erow("Share-based compensation", [act["sbc"], 0, 0], f"eq.{tag}.sbc"))
        out.append(
            erow("Stock plan activity, net of taxes withheld", [act["opt"] + act["rsu_tax"], 0, 0], f"eq.{tag}.plan")
        )
        out.append(erow("Repurchases of common stock", [0, act["buyback"], 0], f"eq.{tag}.buyback"))
        out.append(
            erow(
                f"Balance at {'September 30, 2025' if '25' in tag else 'September 30, 2024'}",
                [e1["cs"], e1["re"], e1["aoci"]],
                f"eq.{tag}.close",
                "grand",
                0,
                True,
            )
        )
        return out

    n25 = {
        "ni": q["ni"]["n25"],
        "oci": q["oci"]["n25"],
        "sbc": q["sbc"]["n25"],
        "opt": q["opt_proc"]["n25"],
        "rsu_tax": -q["rsu_tax"]["n25"],
        "buyback": -q["buyback"]["n25"],
    }
    n24 = {
        "ni": q["ni"]["n24"],
        "oci": q["oci"]["n24"],
        "sbc": q["sbc"]["n24"],
        "opt": q["opt_proc"]["n24"],
        "rsu_tax": -q["rsu_tax"]["n24"],
        "buyback": -q["buyback"]["n24"],
    }
    rows = (
        eblock(
            "Three Months Ended September 30, 2025",
            "Balance at June 30, 2025",
            eq["jun25"],
            eq["sep25"],
            q["eq_q25"],
            "q25",
        )
        + eblock(
            "Nine Months Ended September 30, 2025", "Balance at December 31, 2024", eq["dec24"], eq["sep25"], n25, "n25"
        )
        + eblock(
            "Three Months Ended September 30, 2024",
            "Balance at June 30, 2024",
            eq["jun24"],
            eq["sep24"],
            q["eq_q24"],
            "q24",
        )
        + eblock(
            "Nine Months Ended September 30, 2024", "Balance at December 31, 2023", eq["dec23"], eq["sep24"], n24, "n24"
        )
    )
    d.ln(2)
    d.mark("eq")
    eq_pages = d.table(
        "Condensed Consolidated Statements of Stockholders' Equity",
        [24, 21, 24, 22],
        [
            [("Common Stock and", 1), ("Retained", 1), ("Accumulated Other", 1), ("Total", 1)],
            [("Paid-in Capital", 1), ("Earnings", 1), ("Compr. Loss", 1), ("Equity", 1)],
        ],
        rows,
        scale=SCM,
        keep=False,
    )
    assert len(eq_pages) == 2, ("equity statement should continue onto a second page", eq_pages)

    # ================================================================== notes
    d.mark("notes")
    d.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 1, need=80)
    d.heading("Note 1. Basis of Presentation", 2)
    d.para(
        "Pellmoor Medical, Inc. designs, manufactures and sells medical devices used in electrophysiology, "
        "structural heart, peripheral vascular and neuromodulation procedures. The unaudited condensed "
        "consolidated financial statements have been prepared in accordance with U.S. GAAP for interim "
        "financial information and should be read with the audited financial statements in our Annual Report "
        "on Form 10-K for 2024. Results for interim periods are not necessarily indicative of full-year results. "
        "Amounts are in millions except per-share data; totals may not sum because of rounding."
    )
    d.heading("Note 2. Revenue", 2, need=60)
    d.para(
        "We sell products primarily to hospitals and ambulatory surgery centers, directly and through "
        "distributors. Revenue is recognized when control transfers, generally on shipment or, for consigned "
        "inventory, on implant. Net sales by product line and by geography were:"
    )
    rows = [r4(M.LINE_NAMES[x], q["sales_line"][x], f"rv.{x}", dollar=(i == 0)) for i, x in enumerate(M.LINES)]
    rows.append(r4("Total net sales", q["sales"], "rv.tot", "grand", dollar=True))
    d.table("Net sales by product line", W4, H4, rows, scale=SCM)
    rows = [
        r4("United States", q["sales_us"], "rg.us", dollar=True),
        r4("International", q["sales_intl"], "rg.intl"),
        r4("Total net sales", q["sales"], "rg.tot", "grand", dollar=True),
    ]
    d.table(
        "Net sales by geography",
        W4,
        H4,
        rows,
        scale=SCM,
        foot=[
            "International comprises sales to customers outside the United States, principally in Europe, "
            "Japan and China."
        ],
    )
    d.heading("Note 3. Inventories", 2, need=50)
    iv = q["inv_split"]
    rows = [
        txt("Raw materials", [M1(iv["sep"]["rm"], True), M1(iv["dec"]["rm"], True)], "in.rm"),
        txt("Work in process", [M1(iv["sep"]["wip"]), M1(iv["dec"]["wip"])], "in.wip"),
        txt("Finished goods", [M1(iv["sep"]["fg"]), M1(iv["dec"]["fg"])], "in.fg"),
        bb("Total inventories", "inv", "in.tot", "grand", dollar=True),
    ]
    d.table("", WB, HB, rows, scale=SCM)
    d.heading("Note 4. Goodwill and Intangible Assets", 2, need=70)
    d.para(
        f"Goodwill was {mil(b['gw'])} at December 31, 2024 and {mil(a['gw'])} at September 30, 2025; the "
        f"increase of {mil(a['gw'] - b['gw'])} reflects foreign currency translation. No impairment indicators "
        "were identified during the nine months ended September 30, 2025."
    )
    it = q["intang"]
    inames = {"dt": "Developed technology", "cr": "Customer relationships", "tn": "Trade names"}
    rows = [
        txt(inames[x], [M1(v, i == 0) for v in it["sep"][x]] + [M1(v, i == 0) for v in it["dec"][x]], f"ia.{x}")
        for i, x in enumerate(("dt", "cr", "tn"))
    ]
    tot = [sum(it[dt][x][j] for x in it[dt]) for dt in ("sep", "dec") for j in range(3)]
    rows.append(txt("Total", [M1(v, True) for v in tot], "ia.tot", "grand"))
    d.table(
        "",
        [14, 19, 14, 14, 19, 14],
        [
            [("September 30, 2025", 3), ("December 31, 2024", 3)],
            [("Gross", 1), ("Accum. Amort.", 1), ("Net", 1), ("Gross", 1), ("Accum. Amort.", 1), ("Net", 1)],
        ],
        rows,
        scale=SCM,
        ts=7.9,
    )
    d.para(
        "Amortization expense is expected to be approximately $14.2 million for the remainder of 2025 and "
        "$56.4 million, $55.1 million and $52.8 million in 2026, 2027 and 2028."
    )
    d.heading("Note 5. Debt", 2, need=70)
    dd = q["debt"]

    def drow(label, x, key, kind="plain", indent=0, dollar=False, neg=False):
        s = -1 if neg else 1
        return txt(label, [M1(s * dd["sep"][x], dollar), M1(s * dd["dec"][x], dollar)], key, kind, indent)

    rows = [
        sec("1.25% Convertible Senior Notes due 2029"),
        drow("Principal", "cvt_prin", "db.cvtprin", indent=1, dollar=True),
        drow("Unamortized debt issuance costs", "cvt_cost", "db.cvtcost", indent=1, neg=True),
        drow("Net carrying amount", "cvt_net", "db.cvtnet", "total", indent=1),
        sec("Term Loan A due 2028"),
        drow("Principal", "tl_prin", "db.tlprin", indent=1),
        drow("Unamortized debt issuance costs", "tl_cost", "db.tlcost", indent=1, neg=True),
        drow("Net carrying amount", "tl_net", "db.tlnet", "total", indent=1),
        drow("Total debt", "tot", "db.tot", "total"),
        drow("Less: current portion of long-term debt", "cur", "db.cur", neg=True),
        drow("Long-term debt, net", "lt", "db.lt", "grand", dollar=True),
    ]
    d.table("", WB, HB, rows, scale=SCM)
    rev_av = q["revolver"] - q["lc"]
    rev_sent = (
        f"At September 30, 2025, there were no borrowings outstanding under the revolving credit facility "
        f"and {mil(rev_av)} was available for borrowing"
    )
    d.para(
        f"The convertible notes are convertible at an initial conversion price of approximately "
        f"${float(q['cvt_conv']):.2f} per share; we intend to settle the principal in cash and any conversion "
        "premium in shares. The estimated fair value of the notes (Level 2) was $603.4 million at September 30, "
        "2025. The term loan bears interest at term SOFR plus 1.375% and amortizes at $5.0 million per quarter. "
        f"Our {mil(q['revolver'])} revolving credit facility matures in 2030. {rev_sent}, after "
        f"{mil(q['lc'])} of outstanding letters of credit. We were in compliance with all covenants.",
        keys={"p.rev": (rev_sent, {"avail": mil(rev_av)})},
    )
    d.heading("Note 6. Share-Based Compensation", 2, need=50)
    sn = {"cogs": "Cost of sales", "rd": "Research and development", "sga": "Selling, general and administrative"}
    rows = [r4(sn[x], q["sbc_split"][x], f"sb.{x}", dollar=(i == 0)) for i, x in enumerate(sn)]
    rows.append(r4("Total share-based compensation expense", q["sbc"], "sb.tot", "grand", dollar=True))
    d.table("", W4, H4, rows, scale=SCM)
    d.heading("Note 7. Income Taxes", 2)
    et = q["etr"]
    etr_sent = (
        f"Our effective tax rate was {P1(et['q25'])} and {P1(et['q24'])} for the three months ended "
        f"September 30, 2025 and 2024, and {P1(et['n25'])} and {P1(et['n24'])} for the nine months ended "
        "September 30, 2025 and 2024"
    )
    d.para(
        f"{etr_sent}, respectively. The rates differ from the 21% U.S. federal statutory rate mainly because of "
        "earnings in lower-tax jurisdictions, the foreign-derived intangible income deduction, research credits "
        "and excess tax benefits from share-based awards. The nine-month 2025 rate also reflects the "
        "non-deductible portion of the litigation charge described in Note 9.",
        keys={"p.etr": (etr_sent, {"q25": P1(et["q25"]), "n25": P1(et["n25"])})},
    )
    d.heading("Note 8. Net Income per Share", 2, need=60)
    rows = [
        r4("Net income", q["ni"], "ep.ni", dollar=True),
        txt("Weighted-average shares \u2013 basic (in thousands)", [f"{v:,}" for v in p4(q["sh_basic"])], "ep.shb"),
        txt("Dilutive effect of stock options and RSUs", [f"{v:,}" for v in p4(q["sh_dil_eff"])], "ep.dil"),
        txt(
            "Weighted-average shares \u2013 diluted (in thousands)",
            [f"{v:,}" for v in p4(q["sh_dil"])],
            "ep.shd",
            "total",
        ),
        txt("Basic net income per share", [PS(v) for v in p4(q["eps_b"])], "ep.epsb"),
        txt("Diluted net income per share", [PS(v) for v in p4(q["eps_d"])], "ep.epsd"),
        txt("Anti-dilutive awards excluded (in thousands)", [f"{v:,}" for v in p4(q["antidil"])], "ep.anti"),
    ]
    d.table("", W4, H4, rows, scale=SC)
    d.para(
        "The convertible notes had no dilutive effect in any period presented because the average market price "
        "of our common stock was below the conversion price."
    )
    d.heading("Note 9. Commitments and Contingencies", 2)
    lit_sent = (
        f"As of September 30, 2025 and December 31, 2024, accrued and other current liabilities included "
        f"{mil(q['lit_accr25'])} and {mil(q['lit_accr24'])}, respectively, for this matter"
    )
    d.para(
        "In March 2023, a competitor filed suit in the U.S. District Court for the District of Delaware alleging "
        "that our pulsed-field ablation catheters infringe two of its patents. In June 2025 the court issued an "
        "adverse claim-construction ruling, and during the second quarter of 2025 we recorded a charge of "
        f"{mil(q['lit']['n25'])} within selling, general and administrative expense to increase our accrual to "
        f"the low end of the estimated range of loss. {lit_sent}. We estimate the reasonably possible loss in "
        "excess of the accrual at up to $31.0 million. We intend to appeal any adverse judgment.",
        keys={"p.lit": (lit_sent, {"acc": mil(q["lit_accr25"])})},
    )
    d.heading("Note 10. Restructuring", 2, need=70)
    rr = q["rr"]
    d.para(
        "In the fourth quarter of 2024 we began a plan to consolidate two catheter assembly sites into our Costa "
        "Rica facility and to streamline our commercial organization in Europe. We expect to complete the plan "
        "in 2026 and to incur total pre-tax charges of $32.0 million to $36.0 million. Activity in the "
        "restructuring reserve, which is included in accrued and other current liabilities, was:"
    )
    rows = [
        txt(
            "Balance at December 31, 2024",
            [
                M1(rr["sev"]["open"], True),
                M1(rr["fac"]["open"], True),
                M1(0, True),
                M1(rr["sev"]["open"] + rr["fac"]["open"], True),
            ],
            "rs.open",
        ),
        txt(
            "Charges",
            [
                M1(rr["sev"]["chg"]),
                M1(rr["fac"]["chg"]),
                M1(rr["nc"]["chg"]),
                M1(rr["sev"]["chg"] + rr["fac"]["chg"] + rr["nc"]["chg"]),
            ],
            "rs.chg",
        ),
        txt(
            "Cash payments",
            [M1(rr["sev"]["pay"]), M1(rr["fac"]["pay"]), M1(0), M1(rr["sev"]["pay"] + rr["fac"]["pay"])],
            "rs.pay",
        ),
        txt("Non-cash asset write-downs", [M1(0), M1(0), M1(rr["nc"]["wo"]), M1(rr["nc"]["wo"])], "rs.nc"),
        txt(
            "Balance at September 30, 2025",
            [M1(rr["sev"]["close"], True), M1(rr["fac"]["close"], True), M1(0, True), M1(q["rr_close"], True)],
            "rs.close",
            "grand",
        ),
    ]
    d.table(
        "",
        [21, 21, 21, 21],
        [
            [("Severance and", 1), ("Facility Exit", 1), ("Asset", 1), ("", 1)],
            [("Employee Costs", 1), ("and Other", 1), ("Write-downs", 1), ("Total", 1)],
        ],
        rows,
        scale=SCM,
    )

    d.heading("Note 11. Fair Value Measurements", 2, need=60)
    fv = [
        ("Money market funds (cash equivalents)", 4126, 0),
        ("Commercial paper and corporate notes", 0, a["sti"]),
        ("Foreign currency forward contracts", 0, 98),
    ]
    rows = [
        txt(lab, [M1(l1, i == 0), M1(l2, i == 0), M1(0, i == 0), M1(l1 + l2, i == 0)], f"fv.{i}", indent=1)
        for i, (lab, l1, l2) in enumerate(fv)
    ]
    rows.insert(0, sec("Assets"))
    rows.append(
        txt(
            "Total assets at fair value",
            [
                M1(sum(x[1] for x in fv), True),
                M1(sum(x[2] for x in fv), True),
                M1(0, True),
                M1(sum(x[1] + x[2] for x in fv), True),
            ],
            "fv.tot",
            "total",
        )
    )
    rows += [
        sec("Liabilities"),
        txt("Foreign currency forward contracts", [M1(0), M1(41), M1(0), M1(41)], "fv.liab", indent=1),
    ]
    d.table(
        "Recurring fair value measurements at September 30, 2025",
        [20, 20, 20, 20],
        [[("Level 1", 1), ("Level 2", 1), ("Level 3", 1), ("Total", 1)]],
        rows,
        scale=SCM,
    )
    d.para(
        "Short-term investments are classified as available for sale; unrealized gains and losses were not "
        "material. The carrying amount of the term loan approximates fair value."
    )

    # ================================================================== MD&A
    d.mark("mda")
    d.heading(
        "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1, need=80
    )
    s = q["sales"]
    d.heading("Overview", 2)
    cc = q["ccy"]
    d.para(
        f"Net sales for the third quarter of 2025 were {mil(s['q25'])}, up {P1(cc['tot']['q25']['rep'])} as "
        f"reported and {P1(cc['tot']['q25']['cc'])} on a constant-currency basis. Growth was led by "
        "Electrophysiology, where adoption of our pulsed-field ablation system continued to expand, and by "
        "Neuromodulation. Diluted net income per share was "
        f"{PS(q['eps_d']['q25'])} compared with {PS(q['eps_d']['q24'])} in the prior-year quarter, and adjusted "
        f"diluted earnings per share (a non-GAAP measure) was {PS(q['ng']['q25']['adj_eps'])}."
    )
    d.heading("Results of Operations", 2)
    rows = [
        r4("Net sales", s, "md.sales", dollar=True),
        txt("Gross margin", [P1(v) for v in p4(q["gm"])], "md.gm"),
        txt("Research and development as a percent of net sales", [P1(v) for v in p4(q["rd_pct"])], "md.rd"),
        txt("Effective tax rate", [P1(v) for v in p4(q["etr"])], "md.etr"),
    ]
    d.table("Selected results", W4, H4, rows, scale=SCM)
    d.para(
        "We present growth on a constant-currency basis, which excludes the effect of changes in foreign "
        "currency exchange rates by translating current-period results at prior-period rates. The currency "
        "impact is the difference between reported and constant-currency growth."
    )

    def cc_rows(cur, pri):
        out = []
        items = [(x, M.LINE_NAMES[x], q["sales_line"][x]) for x in M.LINES]
        items += [
            ("tot", "Total net sales", s),
            ("us", "United States", q["sales_us"]),
            ("intl", "International", q["sales_intl"]),
        ]
        for i, (x, lab, src) in enumerate(items):
            c = cc[x][cur]
            out.append(
                txt(
                    lab,
                    [
                        M1(src[cur], i in (0, 4)),
                        M1(src[pri], i in (0, 4)),
                        P1(c["rep"]),
                        P1(c["fx"], dash=True),
                        P1(c["cc"]),
                    ],
                    f"cc.{cur}.{x}",
                    "total" if x == "tot" else "plain",
                )
            )
            if x == "tot":
                out.append(sec("By geography"))
        return out

    WCC = [21, 21, 17, 17, 19]
    for cur, pri, title in (
        ("q25", "q24", "Three Months Ended September 30,"),
        ("n25", "n24", "Nine Months Ended September 30,"),
    ):
        d.table(
            f"Net sales growth \u2013 {title.rstrip(',').lower()}",
            WCC,
            [
                [(title, 2), ("% Change", 3)],
                [("2025", 1), ("2024", 1), ("Reported", 1), ("FX Impact", 1), ("Const. Curr.", 1)],
            ],
            cc_rows(cur, pri),
            scale=SCM,
        )
    d.heading("Gross Margin and Operating Expenses", 2, need=40)
    d.para(
        f"Gross margin was {P1(q['gm']['q25'])} in the third quarter of 2025 compared with {P1(q['gm']['q24'])} "
        "a year earlier, reflecting favorable product mix, manufacturing efficiencies from the site "
        "consolidation and lower freight costs, partly offset by higher component costs. Research and "
        f"development expense increased to {mil(q['rd']['q25'])}, or {P1(q['rd_pct']['q25'])} of net sales, as "
        "we advanced our next-generation mapping system and a transcatheter mitral program. Selling, general and "
        "administrative expense grew on sales-force expansion in Electrophysiology; the nine-month period also "
        f"included the {mil(q['lit']['n25'])} litigation charge."
    )
    d.heading("Non-GAAP Financial Measures", 2, need=80)
    d.para(
        "We use adjusted operating income, adjusted net income and adjusted diluted earnings per share to "
        "evaluate performance excluding amortization of acquired intangible assets, restructuring charges and "
        "significant litigation charges. These measures are not a substitute for GAAP measures. The income tax "
        "effect of the adjustments is computed at 21%."
    )
    ng = q["ng"]

    def ng4(label, f, key, kind="plain", indent=0, dollar=False):
        return txt(label, [M1(f(p), dollar) for p in M.P], key, kind, indent)

    rows = [
        ng4("GAAP operating income", lambda p: q["oi"][p], "ng.oi", dollar=True),
        ng4("Amortization of intangible assets", lambda p: q["amort"][p], "ng.amort", indent=1),
        ng4("Restructuring charges", lambda p: q["restr"][p], "ng.restr", indent=1),
        ng4("Litigation charge", lambda p: q["lit"][p], "ng.lit", indent=1),
        ng4("Adjusted operating income", lambda p: ng[p]["adj_oi"], "ng.adjoi", "grand", dollar=True),
        ng4("GAAP net income", lambda p: q["ni"][p], "ng.ni", dollar=True),
        ng4("Pre-tax adjustments (above)", lambda p: ng[p]["adj"], "ng.adj", indent=1),
        ng4("Income tax effect of adjustments", lambda p: -ng[p]["tax_adj"], "ng.taxadj", indent=1),
        ng4("Adjusted net income", lambda p: ng[p]["adj_ni"], "ng.adjni", "grand", dollar=True),
        txt("GAAP diluted net income per share", [PS(q["eps_d"][p]) for p in M.P], "ng.eps"),
        txt("Adjusted diluted earnings per share", [PS(ng[p]["adj_eps"]) for p in M.P], "ng.adjeps", "total"),
    ]
    d.table(
        "Reconciliation of GAAP to non-GAAP measures",
        W4,
        H4,
        rows,
        scale=SC,
        foot=[
            "Adjusted diluted earnings per share is adjusted net income divided by diluted weighted-average "
            "shares shown in Note 8."
        ],
    )
    d.heading("Critical Accounting Estimates", 2)
    d.para(
        "Our critical accounting estimates, which include revenue reserves for rebates and returns, inventory "
        "valuation, the recoverability of goodwill and intangible assets, loss contingencies and income taxes, "
        "are described in our Annual Report on Form 10-K for 2024. There were no material changes during the "
        "nine months ended September 30, 2025, except that the litigation accrual described in Note 9 required "
        "significant judgment about the range of possible outcomes."
    )
    d.heading("Liquidity and Capital Resources", 2, need=60)
    d.para(
        f"At September 30, 2025, we had cash and cash equivalents of {mil(a['cash'])} and short-term "
        f"investments of {mil(a['sti'])}. Approximately 38% of cash was held outside the United States. "
        f"{rev_sent.replace('At September 30, 2025, there', 'There')}. We believe existing cash, cash generated "
        "from operations and available credit will be sufficient to fund operations, capital expenditures, debt "
        "service and share repurchases for at least the next twelve months."
    )
    rows = [
        c2("Net cash provided by operating activities", "op", "lq.op", dollar=True),
        c2("Net cash used in investing activities", "inv", "lq.inv"),
        c2("Net cash used in financing activities", "fin", "lq.fin"),
        c2("Effect of exchange rate changes", "fx", "lq.fx"),
        c2("Net increase in cash and cash equivalents", "net", "lq.net", "grand", dollar=True),
    ]
    d.table("Cash flow summary", WB, HN, rows, scale=SCM)
    d.para(
        f"Operating cash flow increased to {mil(cf['n25']['op'])} for the nine months, as higher earnings and "
        "accrued liabilities more than offset inventory growth ahead of product launches. Capital expenditures "
        f"were {mil(q['capex']['n25'])}. In the nine months we repurchased {q['buyback_sh']['n25']:,} thousand "
        f"shares for {mil(q['buyback']['n25'])}; {mil(2350)} remained under the current authorization at "
        "September 30, 2025."
    )
    d.mark("i3")
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, need=40)
    d.para(
        "Our exposure to market risk has not changed materially since December 31, 2024. A hypothetical 10% "
        "adverse change in the exchange rates of the currencies in which our international sales are "
        "denominated would have reduced nine-month net sales by approximately $41 million. A 100 basis point "
        "increase in SOFR would increase annual interest expense on the term loan by approximately $3.9 million."
    )
    d.mark("i4")
    d.heading("Item 4. Controls and Procedures", 1)
    d.para(
        "Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
        "procedures were effective as of September 30, 2025. There were no changes in internal control over "
        "financial reporting during the quarter that materially affected, or are reasonably likely to materially "
        "affect, internal control over financial reporting."
    )
    d.heading("PART II. OTHER INFORMATION", 0, need=50)
    d.mark("p1")
    d.heading("Item 1. Legal Proceedings", 1)
    d.para("See Note 9, Commitments and Contingencies, to the condensed consolidated financial statements.")
    d.mark("p1a")
    d.heading("Item 1A. Risk Factors", 1)
    d.para(
        "There have been no material changes to the risk factors disclosed in our Annual Report on Form 10-K for "
        "the year ended December 31, 2024."
    )
    d.mark("p2")
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 1)
    d.para(
        "During the third quarter of 2025 we repurchased shares of common stock in open-market transactions under "
        "the program authorized by our Board in February 2024."
    )
    d.mark("p5")
    d.heading("Item 5. Other Information", 1)
    d.para(
        "None of our directors or officers adopted or terminated a Rule 10b5-1 trading arrangement during the quarter."
    )
    d.mark("p6")
    d.heading("Item 6. Exhibits", 1)
    d.para(
        "31.1 and 31.2 Rule 13a-14(a) Certifications; 32.1 Section 1350 Certifications; 101 Inline XBRL "
        "documents; 104 Cover page interactive data file."
    )
    d.mark("sig")
    d.heading("Signatures", 1)
    d.para(
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
        "report to be signed on its behalf by the undersigned thereunto duly authorized. Pellmoor Medical, Inc. "
        "\u2014 /s/ Renata J. Holloway, Senior Vice President and Chief Financial Officer (principal financial "
        "officer). Date: November 4, 2025."
    )
    return d, dict(d.marks)
