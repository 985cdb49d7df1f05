"""Bramblecroft Outfitters, Inc. (fictional): tables, document assembly and the 25 questions."""

from __future__ import annotations

import bramblecroft_model as bm
import bramblecroft_text as tx
import common
from bramblecroft_model import bd
from common import Company, pct, rnd
from render import BLANK, SEC, SUB, TOT, Filing, R, Table, fmt_num

CO = Company(
    name="Bramblecroft Outfitters, Inc.", short="Bramblecroft", doc_name="BRAMBLECROFT_2025_10K", state="Delaware",
    ein="93-2841756", address="1200 NW Ponderosa Way", city_zip="Bend, Oregon 97703", phone="(541) 555-0187",
    ticker="BRMB", exchange="The Nasdaq Stock Market LLC", par="$0.001 par value", file_no="001-41267",
    fy_end="January 31, 2026", fy_label="fiscal year ended January 31, 2026", auditor="Ashby Merrion LLP",
    auditor_city="Portland, Oregon", auditor_since=2016, report_date="March 18, 2026", sign_date="March 18, 2026",
    mv_date="August 1, 2025",
    mv_text="The aggregate market value of the registrant's common stock held by non-affiliates, based on the closing "
            "price on the Nasdaq Global Select Market on August 1, 2025, the last business day of the registrant's "
            "most recently completed second fiscal quarter, was approximately $1.3 billion.",
    shares_date="March 13, 2026", shares_out="27,214,806", proxy_year=2026, wkst=False,
    officers=[("Nadia J. Forsberg", "President, Chief Executive Officer and Director (Principal Executive Officer)"),
              ("Ethan C. Marlowe", "Executive Vice President and Chief Financial Officer (Principal Financial "
                                   "Officer)"),
              ("Renee Castellano", "Senior Vice President and Chief Accounting Officer (Principal Accounting "
                                   "Officer)")],
    directors=["Carolyn M. Ostby, Chair", "David K. Reinholt", "Amara J. Nwosu", "Patrick L. Gillespie",
               "Miriam S. Kahale", "Trevor A. Lindqvist"],
)

T3 = (2025, 2024, 2023)
T2 = (2025, 2024)
W3 = [66, 66, 66]
W2 = [76, 76]


def v3(d):
    return [d[y] for y in T3]


def v2(d):
    return [d[y] for y in T2]


def fy3():
    """Statement header: fiscal years labelled by their end dates, as retailers print them."""
    return [[("Fiscal Year Ended", 0, 2)],
            [("January 31,", 0, 0), ("February 1,", 1, 1), ("February 3,", 2, 2)],
            [("2026", 0, 0), ("2025", 1, 1), ("2024", 2, 2)]]


def fy2():
    return [[("January 31,", 0, 0), ("February 1,", 1, 1)], [("2026", 0, 0), ("2025", 1, 1)]]


def fisc3():
    return [[("Fiscal 2025", 0, 0), ("Fiscal 2024", 1, 1), ("Fiscal 2023", 2, 2)]]


def fisc2():
    return [[("Fiscal 2025", 0, 0), ("Fiscal 2024", 1, 1)]]


def title(name):
    return ["BRAMBLECROFT OUTFITTERS, INC.", name]


def pchg(a, b):
    return fmt_num(rnd((a - b) / abs(b) * 100, 1), 1, pct=True)


# ---------------------------------------------------------------------------- primary statements
def t_income(m):
    rows = [R("Net sales", v3(m.sales), dollar=True),
            R("Cost of sales (including buying, occupancy and distribution costs)", v3(m.cogs), rid="Cost of sales"),
            SUB("Gross profit", v3(m.gp)),
            R("Selling, general and administrative expenses", v3(m.sga)),
            R("Pre-opening expenses", v3(m.preopen)),
            R("Impairment of long-lived assets", v3(m.impair)),
            SUB("Operating income", v3(m.oi)),
            R("Interest expense, net", v3(m.int_exp)),
            SUB("Income before income taxes", v3(m.pretax)),
            R("Provision for income taxes", v3(m.tax)),
            TOT("Net income", v3(m.ni)), BLANK,
            SEC("Earnings per share:"),
            R("Basic", v3(m.eps_basic), dec=2, dollar=True, indent=1, rid="EPS basic"),
            R("Diluted", v3(m.eps_dil), dec=2, dollar=True, indent=1, rid="EPS diluted"), BLANK,
            SEC("Weighted-average shares outstanding:"),
            R("Basic", v3(m.sh_basic), indent=1, rid="Shares basic"),
            R("Diluted", v3(m.sh_dil), indent=1, rid="Shares diluted")]
    return Table("is", rows, fy3(), W3, title=title("CONSOLIDATED STATEMENTS OF INCOME"),
                 unit="(in thousands, except per share amounts)", row_h=14.5)


def t_ci(m):
    rows = [R("Net income", v3(m.ni), dollar=True),
            R("Other comprehensive loss: unrealized loss on interest rate swap, net of reclassifications and tax",
              v3(m.oci), rid="Other comprehensive loss"),
            TOT("Comprehensive income", v3(m.ci))]
    return Table("ci", rows, fy3(), W3, title=title("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME"),
                 unit="(in thousands)", row_h=14.5)


def t_bs(m):
    b = m.b
    rows = [
        SEC("ASSETS"), SEC("Current assets:"),
        R("Cash and cash equivalents", v2(b["cash"]), dollar=True, indent=1),
        R("Receivables, net", v2(b["recv"]), indent=1),
        R("Merchandise inventories", v2(b["inv"]), indent=1),
        R("Prepaid expenses and other current assets", v2(b["prepaid"]), indent=1),
        SUB("Total current assets", v2(b["tca"]), indent=2),
        R("Property and equipment, net", v2(b["ppe"])),
        R("Operating lease right-of-use assets", v2(b["rou"])),
        R("Goodwill", v2(b["gw"])), R("Intangible assets", v2(b["intang"])),
        R("Other assets", v2(b["other_assets"])),
        TOT("Total assets", v2(b["ta"]), indent=2), BLANK,
        SEC("LIABILITIES AND STOCKHOLDERS' EQUITY"), SEC("Current liabilities:"),
        R("Accounts payable", v2(b["ap"]), dollar=True, indent=1),
        R("Accrued expenses and other current liabilities", v2(b["accrued"]), indent=1),
        R("Deferred revenue", v2(b["defrev"]), indent=1),
        R("Current portion of operating lease liabilities", v2(b["cur_lease"]), indent=1),
        R("Current portion of long-term debt", v2(b["cur_debt"]), indent=1),
        R("Income taxes payable", v2(b["tax_pay"]), indent=1),
        SUB("Total current liabilities", v2(b["tcl"]), indent=2),
        R("Long-term debt, net of current portion", v2(b["ltd"])),
        R("Operating lease liabilities, net of current portion", v2(b["lt_lease"])),
        R("Deferred income taxes", v2(b["dtl"])),
        R("Other long-term liabilities", v2(b["other_ltl"])),
        SUB("Total liabilities", v2(b["tl"]), indent=2),
        R("Commitments and contingencies (Note 12)", None),
        SEC("Stockholders' equity:"),
        R("Preferred stock, $0.001 par value; 10,000 shares authorized; none issued", ["-", "-"], indent=1),
        R(f"Common stock, $0.001 par value; 100,000 shares authorized; {m.shares_issued[2025]:,} and "
          f"{m.shares_issued[2024]:,} shares issued", v2(b["eq_common"]), indent=1, rid="Common stock"),
        R("Additional paid-in capital", v2(b["eq_apic"]), indent=1),
        R("Retained earnings", v2(b["eq_re"]), indent=1),
        R("Accumulated other comprehensive income", v2(b["eq_aoci"]), indent=1),
        R(f"Treasury stock, at cost; {m.treasury_shares[2025]:,} and {m.treasury_shares[2024]:,} shares",
          v2(b["eq_treas"]), indent=1, rid="Treasury stock"),
        SUB("Total stockholders' equity", v2(b["eq_total"]), indent=2),
        TOT("Total liabilities and stockholders' equity", v2(b["tle"]), indent=2)]
    return Table("bs", rows, fy2(), W2, title=title("CONSOLIDATED BALANCE SHEETS"),
                 unit="(in thousands, except par value)", row_h=12.4)


CF_LABELS = {
    "ni": "Net income", "da": "Depreciation and amortization", "sbc": "Share-based compensation",
    "impair": "Impairment of long-lived assets", "deftax": "Deferred income taxes",
    "lease_cost": "Non-cash operating lease cost", "recv": "Receivables", "inv": "Merchandise inventories",
    "prepaid": "Prepaid expenses and other assets", "ap": "Accounts payable",
    "accrued": "Accrued expenses and other liabilities", "defrev": "Deferred revenue",
    "tax_pay": "Income taxes payable", "lease_liab": "Operating lease liabilities", "other_op": "Other, net",
    "capex": "Purchases of property and equipment", "ppe_proceeds": "Proceeds from sale of property and equipment",
    "rev_in": "Borrowings under ABL Facility", "rev_out": "Repayments under ABL Facility",
    "term_out": "Repayments of term loan", "repurch": "Repurchases of common stock",
    "opt": "Proceeds from exercise of stock options", "withh": "Tax withholding on vesting of equity awards",
}


def t_cf(m):
    cf = m.cf
    rows = [SEC("Operating activities:"), R(CF_LABELS["ni"], v3(cf["ni"]), dollar=True, indent=1),
            SEC("Adjustments to reconcile net income to net cash provided by operating activities:", indent=1)]
    rows += [R(CF_LABELS[k], v3(cf[k]), indent=2) for k in m.op_keys[1:6]]
    rows.append(SEC("Changes in operating assets and liabilities:", indent=1))
    rows += [R(CF_LABELS[k], v3(cf[k]), indent=2) for k in m.op_keys[6:]]
    rows.append(SUB("Net cash provided by operating activities", v3(cf["cfo"]), indent=3))
    rows += [BLANK, SEC("Investing activities:")]
    rows += [R(CF_LABELS[k], v3(cf[k]), indent=1) for k in m.inv_keys]
    rows.append(SUB("Net cash used in investing activities", v3(cf["cfi"]), indent=3))
    rows += [BLANK, SEC("Financing activities:")]
    rows += [R(CF_LABELS[k], v3(cf[k]), indent=1) for k in m.fin_keys]
    rows.append(SUB("Net cash used in financing activities", v3(cf["cff"]), indent=3))
    rows += [BLANK, R("Net increase (decrease) in cash and cash equivalents", v3(cf["net"])),
             R("Cash and cash equivalents, beginning of year", v3(cf["begin"])),
             TOT("Cash and cash equivalents, end of year", v3(cf["end"])), BLANK,
             SEC("Supplemental disclosures:"),
             R("Cash paid for interest", v3(cf["int_paid"]), dollar=True, indent=1),
             R("Cash paid for income taxes, net of refunds", v3(cf["tax_paid"]), indent=1),
             R("Purchases of property and equipment included in accounts payable", v3(cf["capex_ap"]), indent=1)]
    return Table("cf", rows, fy3(), W3, title=title("CONSOLIDATED STATEMENTS OF CASH FLOWS"), unit="(in thousands)",
                 row_h=14.6)


def t_equity(m):
    cols = ["shares", "common", "apic", "re", "aoci", "treas", "total"]

    def bal(label, e, dollar=False):
        r = R(label, [e[c] for c in cols], kind="subtotal", dollar=dollar, bold=True)
        r.vals[0] = f"{e['shares']:,}"
        return r

    rows = [bal(f"Balance at {bm.FY_END[2022]}", m.eq_open, dollar=True)]
    for y in (2023, 2024, 2025):
        net_awards = m.opt_proceeds[y] - m.withholding[y]
        rows += [R("Net income", [None, None, None, m.ni[y], None, None, m.ni[y]], indent=1, rid=f"NI {y}"),
                 R("Other comprehensive loss", [None, None, None, None, m.oci[y], None, m.oci[y]], indent=1,
                   rid=f"OCI {y}"),
                 R("Share-based compensation", [None, None, m.sbc[y], None, None, None, m.sbc[y]], indent=1,
                   rid=f"SBC {y}"),
                 R("Issuance of common stock under equity plans, net of shares withheld for taxes",
                   [f"{m.sh_issued_yr[y]:,}", None, net_awards, None, None, None, net_awards], indent=1,
                   rid=f"Awards {y}"),
                 R("Repurchases of common stock", [f"({m.sh_repurch[y]:,})", None, None, None, None, -m.repurch[y],
                                                   -m.repurch[y]], indent=1, rid=f"Repurchases {y}"),
                 bal(f"Balance at {bm.FY_END[y]}", m.eq[y], dollar=(y == 2025))]
    headers = [
        [("Common Stock", 0, 1), ("Additional", 2, 2), ("Accumulated", 4, 4), ("Total", 6, 6)],
        [("Paid-in", 2, 2), ("Retained", 3, 3), ("Other Compre-", 4, 4), ("Treasury", 5, 5), ("Stockholders'", 6, 6)],
        [("Shares", 0, 0), ("Amount", 1, 1), ("Capital", 2, 2), ("Earnings", 3, 3), ("hensive Income", 4, 4),
         ("Stock", 5, 5), ("Equity", 6, 6)]]
    return Table("se", rows, headers, [44, 36, 52, 52, 50, 54, 56],
                 title=title("CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY"), unit="(in thousands)", size=8.2,
                 row_h=13.0)


# ---------------------------------------------------------------------------- MD&A and Item 5 tables
def t_kpis(m):
    rows = [R("Comparable sales change", [fmt_num(m.comp[y], 1, pct=True) for y in T3]),
            R("Stores open at end of year", v3(m.stores)),
            R("Gross square feet at end of year (thousands)", v3(m.sqft)),
            R("Digital sales as a percentage of Retail net sales",
              [fmt_num(rnd(m.digital[y] / m.retail[y] * 100, 1), 1, pct=True) for y in T3]),
            R("Private brand penetration of Retail net sales", [fmt_num(m.private_brand[y], 1, pct=True) for y in T3]),
            R("Basecamp Rewards active members (millions)", v3(m.members), dec=1)]
    return Table("kpis", rows, fisc3(), W3, ruled=False)


def t_mdna_results(m):
    keys = [("Net sales", m.sales, "item", True), ("Cost of sales", m.cogs, "item", False),
            ("Gross profit", m.gp, "subtotal", False), ("Selling, general and administrative expenses", m.sga, "item",
                                                        False),
            ("Pre-opening expenses", m.preopen, "item", False), ("Impairment of long-lived assets", m.impair, "item",
                                                                 False),
            ("Operating income", m.oi, "subtotal", False), ("Interest expense, net", m.int_exp, "item", False),
            ("Income before income taxes", m.pretax, "subtotal", False),
            ("Provision for income taxes", m.tax, "item", False), ("Net income", m.ni, "total", True)]
    rows = []
    for label, d, kind, dollar in keys:
        vals = []
        for y in T3:
            vals += [d[y], fmt_num(rnd(d[y] / m.sales[y] * 100, 1), 1, pct=True)]
        rows.append(R(label, vals, kind=kind, dollar=dollar))
    hdr = [[("Fiscal 2025", 0, 1), ("Fiscal 2024", 2, 3), ("Fiscal 2023", 4, 5)],
           [("Amount", 0, 0), ("% of Sales", 1, 1), ("Amount", 2, 2), ("% of Sales", 3, 3), ("Amount", 4, 4),
            ("% of Sales", 5, 5)]]
    return Table("mdna_results", rows, hdr, [60, 44, 60, 44, 60, 44], label_head="(dollars in thousands)", size=9)


def t_sales_bridge(m):
    base = m.sales[2024]
    items = [("Comparable sales", m.comp_dollars), ("Non-comparable sales, primarily new stores", m.noncomp),
             ("Brands and Wholesale sales to external customers", m.wholesale_ext[2025] - m.wholesale_ext[2024])]
    rows = [R("Fiscal 2024 net sales", [base, ""], dollar=True)]
    for label, v in items:
        rows.append(R(label, [v, fmt_num(rnd(v / base * 100, 1), 1, pct=True)], indent=1))
    assert base + sum(v for _, v in items) == m.sales[2025]
    rows.append(TOT("Fiscal 2025 net sales", [m.sales[2025], fmt_num(rnd((m.sales[2025] - base) / base * 100, 1), 1,
                                                                      pct=True)]))
    return Table("sales_bridge", rows, [[("Amount", 0, 0), ("% Change", 1, 1)]], [80, 70],
                 label_head="(dollars in thousands)", caption="Change in net sales")


def t_seg(m):
    rows = [SEC("Net sales:"), R("Retail", v3(m.retail), dollar=True, indent=1, rid="Retail net sales"),
            R("Brands and Wholesale", v3(m.wholesale_total), indent=1, rid="Wholesale net sales"),
            R("Intersegment eliminations", [-m.interseg[y] for y in T3], indent=1, rid="Intersegment"),
            SUB("Consolidated net sales", v3(m.sales), indent=2), SEC("Operating income:"),
            R("Retail", v3(m.seg_oi["Retail"]), dollar=True, indent=1, rid="Retail operating income"),
            R("Brands and Wholesale", v3(m.seg_oi["Wholesale"]), indent=1, rid="Wholesale operating income"),
            R("Unallocated corporate expenses", [-m.corp[y] for y in T3], indent=1),
            R("Elimination of intersegment profit", v3(m.elim_profit), indent=1),
            TOT("Consolidated operating income", v3(m.oi), indent=2), SEC("Segment operating margin:"),
            R("Retail", [fmt_num(rnd(m.seg_oi["Retail"][y] / m.retail[y] * 100, 1), 1, pct=True) for y in T3],
              indent=1, rid="Retail margin"),
            R("Brands and Wholesale", [fmt_num(rnd(m.seg_oi["Wholesale"][y] / m.wholesale_total[y] * 100, 1), 1,
                                               pct=True) for y in T3], indent=1, rid="Wholesale margin")]
    return Table("seg_table", rows, fisc3(), W3, label_head="(dollars in thousands)")


def t_store_roll(m):
    rows = [R("Stores at beginning of year", [m.stores[y - 1] for y in T3]), R("Stores opened", v3(m.opened)),
            R("Stores closed", [-m.closed[y] for y in T3]), TOT("Stores at end of year", v3(m.stores), dollar=False),
            R("Gross square feet at end of year (thousands)", v3(m.sqft))]
    return Table("store_roll", rows, fisc3(), W3)


def t_adj_ebitda(m):
    rows = [R("Operating income", v3(m.oi), dollar=True), R("Depreciation and amortization", v3(m.da)),
            SUB("EBITDA", v3(m.ebitda)), R("Impairment of long-lived assets", v3(m.impair)),
            R("Share-based compensation", v3(m.sbc)), TOT("Adjusted EBITDA", v3(m.adj_ebitda)),
            R("Adjusted EBITDA as a percentage of net sales",
              [fmt_num(rnd(m.adj_ebitda[y] / m.sales[y] * 100, 1), 1, pct=True) for y in T3]), BLANK,
            R("Net cash provided by operating activities", v3(m.cf["cfo"]), dollar=True),
            R("Purchases of property and equipment", v3(m.cf["capex"])), TOT("Free cash flow", v3(m.fcf))]
    return Table("adj_ebitda", rows, fisc3(), W3, label_head="(in thousands)",
                 caption="Reconciliation of non-GAAP financial measures")


def t_liquidity(m):
    b = m.b
    base = {2025: m.abl_base, 2024: m.abl_2024[0]}
    lc = {2025: m.abl_lc, 2024: m.abl_2024[1]}
    avail = {y: base[y] - m.revolver[y] - lc[y] for y in T2}
    rows = [R("Cash and cash equivalents", v2(b["cash"]), dollar=True), R("ABL Facility borrowing base", v2(base)),
            R("Less: outstanding borrowings", [-m.revolver[y] for y in T2], indent=1),
            R("Less: outstanding letters of credit", [-lc[y] for y in T2], indent=1),
            SUB("ABL Facility availability", v2(avail)),
            TOT("Total liquidity", [b["cash"][y] + avail[y] for y in T2])]
    assert avail[2025] == m.abl_avail
    return Table("liquidity", rows, fy2(), W2, label_head="(in thousands)")


def t_cf_summary(m):
    cf = m.cf
    rows = [R("Net cash provided by operating activities", v3(cf["cfo"]), dollar=True),
            R("Net cash used in investing activities", v3(cf["cfi"])),
            R("Net cash used in financing activities", v3(cf["cff"])),
            TOT("Net increase (decrease) in cash and cash equivalents", v3(cf["net"]))]
    return Table("cf_summary", rows, fisc3(), W3, label_head="(in thousands)", ruled=False)


def t_capex_cat(m):
    rows = [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(m.capex_cat.items())]
    rows.append(TOT("Total capital expenditures", v3(m.capex)))
    return Table("capex_cat", rows, fisc3(), W3, label_head="(in thousands)")


def t_contractual(m):
    rows, tot = [], [0] * 5
    for i, (label, vals) in enumerate(m.contract):
        vv = [sum(vals)] + vals
        rows.append(R(label, vv, dollar=(i == 0)))
        tot = [a + b for a, b in zip(tot, vv, strict=True)]
    rows.append(TOT("Total", tot))
    hdr = [[("Payments Due by Fiscal Period", 0, 4)],
           [("Total", 0, 0), ("2026", 1, 1), ("2027-2028", 2, 2), ("2029-2030", 3, 3), ("Thereafter", 4, 4)]]
    return Table("contractual", rows, hdr, [60, 58, 58, 58, 58], label_head="(in thousands)")


def t_perf(m):
    rows = [R(k, [f"{x:.0f}" for x in v]) for k, v in m.perf.items()]
    hdr = [[(f"FY{y}", i, i) for i, y in enumerate(range(2020, 2026))]]
    return Table("perf_graph", rows, hdr, [42] * 6, ruled=False, label_head="Cumulative total return ($)")


def t_repurchases(m):
    rows = []
    for (label, n, p), rem in zip(m.q4, m.q4_remaining, strict=True):
        rows.append(R(label, [f"{n:,}", f"${p:.2f}", f"{n:,}", f"${rem:.1f}"]))
    avg = sum(n * p for _, n, p in m.q4) / m.q4_shares
    m.q4_avg = avg
    rows.append(R("Total", [f"{m.q4_shares:,}", f"${avg:.2f}", f"{m.q4_shares:,}", ""], kind="total"))
    hdr = [[("Total Number", 0, 0), ("", 1, 1), ("Total Number of", 2, 2), ("Maximum Dollar", 3, 3)],
           [("of Shares", 0, 0), ("Average", 1, 1), ("Shares Purchased", 2, 2), ("Value that May", 3, 3)],
           [("Purchased", 0, 0), ("Price Paid", 1, 1), ("as Part of Publicly", 2, 2), ("Yet Be Purchased", 3, 3)],
           [("(1)", 0, 0), ("per Share", 1, 1), ("Announced Program", 2, 2), ("(in millions)", 3, 3)]]
    return Table("repurchases", rows, hdr, [62, 58, 92, 86], label_head="Fiscal period")


# ---------------------------------------------------------------------------- note tables
def note_tables(m):
    b = m.b
    t = {}
    cat = [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(m.category.items())]
    t["n_rev_cat"] = Table("n_rev_cat", cat + [TOT("Total net sales", v3(m.sales))], fisc3(), W3,
                           label_head="(in thousands)", caption="Net sales by merchandise category")
    t["n_rev_channel"] = Table("n_rev_channel", [
        R("Stores", v3(m.stores_sales), dollar=True), R("Digital", v3(m.digital)),
        SUB("Retail segment", v3(m.retail)), R("Brands and Wholesale (external customers)", v3(m.wholesale_ext)),
        TOT("Total net sales", v3(m.sales))], fisc3(), W3, label_head="(in thousands)",
        caption="Net sales by channel")
    d = m.defrev_roll
    t["n_defrev"] = Table("n_defrev", [
        R("Balance at beginning of year", [d[2025][0], d[2024][0]], dollar=True),
        R("Gift cards issued and rewards earned", [d[2025][1], d[2024][1]]),
        R("Revenue recognized from redemptions", [d[2025][2], d[2024][2]]),
        R("Gift card breakage and expired rewards recognized", [d[2025][3], d[2024][3]]),
        TOT("Balance at end of year", [sum(d[2025]), sum(d[2024])])], fisc2(), W2, label_head="(in thousands)")
    prows = [R(k, v2(v), dollar=(i == 0)) for i, (k, v) in enumerate(m.ppe_detail.items())]
    prows += [SUB("Property and equipment, at cost", v2(m.ppe_gross)),
              R("Less: accumulated depreciation and amortization", [-m.accum_dep[y] for y in T2]),
              TOT("Property and equipment, net", v2(b["ppe"]))]
    t["n_ppe"] = Table("n_ppe", prows, fy2(), W2, label_head="(in thousands)")
    t["n_accrued"] = Table("n_accrued", [R(k, v2(v), dollar=(i == 0)) for i, (k, v) in
                                         enumerate(m.accrued_detail.items())]
                           + [TOT("Accrued expenses and other current liabilities", v2(b["accrued"]))], fy2(), W2,
                           label_head="(in thousands)")
    t["n_debt"] = Table("n_debt", [
        R("Term loan due October 2027", [m.term[y] for y in T2], dollar=True),
        R("ABL Facility due October 2027", [m.revolver[y] for y in T2]), SUB("Total debt", v2(m.total_debt)),
        R("Less: current portion", [-b["cur_debt"][y] for y in T2]),
        TOT("Long-term debt, net of current portion", v2(b["ltd"]))], fy2(), W2, label_head="(in thousands)")
    lc = m.lease_cost
    t["n_lease_cost"] = Table("n_lease_cost", [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(lc.items())]
                              + [TOT("Total lease cost", [sum(v[y] for v in lc.values()) for y in T3])], fisc3(), W3,
                              label_head="(in thousands)")
    ls = m.lease_supp
    t["n_lease_supp"] = Table("n_lease_supp", [R(k, v2(v), dollar=(i == 0)) for i, (k, v) in enumerate(ls.items())]
                              + [R("Weighted-average remaining lease term (years)", ["7.2", "7.4"]),
                                 R("Weighted-average discount rate", ["5.4%", "5.2%"])], fisc2(), W2,
                              label_head="(dollars in thousands)", ruled=False)
    lm = m.lease_mat
    t["n_lease_mat"] = Table("n_lease_mat", [R(f"Fiscal {y}" if y[0].isdigit() else y, [v], dollar=(i == 0))
                                             for i, (y, v) in enumerate(lm)] + [
        SUB("Total lease payments", [sum(v for _, v in lm)]), R("Less: imputed interest", [-m.lease_interest]),
        TOT("Present value of operating lease liabilities", [b["cur_lease"][2025] + b["lt_lease"][2025]])],
        [[("Amount", 0, 0)]], [90], label_head="(in thousands)")
    prov = [SEC("Current:")] + [R(k, v3(v), indent=1, rid=f"Current {k}", dollar=(k == "Federal"))
                                for k, v in m.tax_cur.items()]
    prov.append(SUB("Total current", [sum(v[y] for v in m.tax_cur.values()) for y in T3], indent=2))
    prov.append(SEC("Deferred:"))
    prov += [R(k, v3(v), indent=1, rid=f"Deferred {k}") for k, v in m.tax_def.items()]
    prov.append(SUB("Total deferred", [sum(v[y] for v in m.tax_def.values()) for y in T3], indent=2))
    prov.append(TOT("Provision for income taxes", v3(m.tax)))
    t["n_tax_prov"] = Table("n_tax_prov", prov, fisc3(), W3, label_head="(in thousands)")
    rr = []
    for i, (k, v) in enumerate(list(m.rate_recon.items()) + [("Provision for income taxes", m.tax)]):
        vals = []
        for y in T3:
            vals += [v[y], fmt_num(rnd(v[y] / m.pretax[y] * 100, 1), 1, pct=True)]
        rr.append(R(k, vals, dollar=(i == 0), kind="total" if k.startswith("Provision") else "item"))
    t["n_tax_rate"] = Table("n_tax_rate", rr, [
        [("Fiscal 2025", 0, 1), ("Fiscal 2024", 2, 3), ("Fiscal 2023", 4, 5)],
        [("Amount", 0, 0), ("%", 1, 1), ("Amount", 2, 2), ("%", 3, 3), ("Amount", 4, 4), ("%", 5, 5)]],
        [48, 34, 48, 34, 48, 34], label_head="(dollars in thousands)", size=8.8)
    drows = [SEC("Deferred tax assets:")]
    drows += [R(k, v2(v), indent=1, dollar=(i == 0)) for i, (k, v) in enumerate(m.dta.items())]
    gross = {y: sum(v[y] for v in m.dta.values()) for y in T2}
    drows.append(SUB("Total deferred tax assets", v2(gross), indent=2))
    drows.append(SEC("Deferred tax liabilities:"))
    drows += [R(k, v2(v), indent=1) for k, v in m.dtl_detail.items()]
    dtl = {y: sum(v[y] for v in m.dtl_detail.values()) for y in T2}
    drows.append(SUB("Total deferred tax liabilities", v2(dtl), indent=2))
    drows.append(TOT("Net deferred tax liabilities", [gross[y] + dtl[y] for y in T2]))
    t["n_tax_def"] = Table("n_tax_def", drows, fy2(), W2, label_head="(in thousands)")
    tp = m.tax_paid_detail
    t["n_tax_paid"] = Table("n_tax_paid", [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(tp.items())]
                            + [TOT("Income taxes paid, net of refunds", v3(m.cf["tax_paid"]))], fisc3(), W3,
                            label_head="(in thousands)", ruled=False)
    units, val, rsu_rows = 0, 0.0, []
    for label, n, price in m.rsu:
        rsu_rows.append(R(label, [n, f"${price:.2f}"]))
        units += n
        val += n * price
    rsu_rows.append(TOT("Nonvested at January 31, 2026", [units, f"${val / units:.2f}"], dollar=False))
    t["n_rsu"] = Table("n_rsu", rsu_rows, [[("", 0, 0), ("Weighted-Average", 1, 1)],
                                           [("Units", 0, 0), ("Grant-Date Fair Value", 1, 1)]], [70, 110])
    t["n_eps"] = Table("n_eps", [
        R("Net income", v3(m.ni), dollar=True), BLANK,
        R("Weighted-average common shares outstanding - basic", v3(m.sh_basic)),
        R("Dilutive effect of share-based awards", [m.sh_dil[y] - m.sh_basic[y] for y in T3]),
        SUB("Weighted-average common shares outstanding - diluted", v3(m.sh_dil)), BLANK,
        R("Basic earnings per share", v3(m.eps_basic), dec=2, dollar=True),
        R("Diluted earnings per share", v3(m.eps_dil), dec=2, dollar=True),
        R("Anti-dilutive awards excluded", [120, 310, 260])], fisc3(), W3,
        label_head="(in thousands, except per share amounts)")
    t["n_seg_sales"] = Table("n_seg_sales", [
        R("Retail", v3(m.retail), dollar=True), R("Brands and Wholesale", v3(m.wholesale_total)),
        R("Intersegment eliminations", [-m.interseg[y] for y in T3]), TOT("Total net sales", v3(m.sales))],
        fisc3(), W3, label_head="(in thousands)", caption="Net sales by segment")
    for y in (2025, 2024, 2023):
        srows = [R("Net sales", [m.retail[y], m.wholesale_total[y]], dollar=True),
                 R("Cost of sales", [m.rt_cogs[y], m.wh_cogs[y]]),
                 R("Selling, general and administrative expenses", [m.rt_sga[y], m.wh_sga[y]]),
                 R("Pre-opening expenses", [m.preopen[y], 0]),
                 R("Impairment of long-lived assets", [m.impair[y], 0]),
                 TOT("Segment operating income", [m.seg_oi["Retail"][y], m.seg_oi["Wholesale"][y]])]
        t[f"n_seg_{y}"] = Table(f"n_seg_{y}", srows, [[("", 0, 0), ("Brands and", 1, 1)],
                                                      [("Retail", 0, 0), ("Wholesale", 1, 1)]], [76, 76],
                                label_head="(in thousands)", caption=f"Segment results for fiscal {y}")
    t["n_seg_recon"] = Table("n_seg_recon", [
        R("Retail segment operating income", v3(m.seg_oi["Retail"]), dollar=True),
        R("Brands and Wholesale segment operating income", v3(m.seg_oi["Wholesale"])),
        R("Unallocated corporate expenses", [-m.corp[y] for y in T3]),
        R("Elimination of intersegment profit", v3(m.elim_profit)), SUB("Operating income", v3(m.oi)),
        R("Interest expense, net", [-m.int_exp[y] for y in T3]), TOT("Income before income taxes", v3(m.pretax))],
        fisc3(), W3, label_head="(in thousands)", caption="Reconciliation to income before income taxes")
    orows = [SEC("Depreciation and amortization:")]
    orows += [R(k, v3(v), indent=1, dollar=(i == 0), rid=f"DA {k}") for i, (k, v) in enumerate(m.seg_da.items())]
    orows.append(SUB("Total depreciation and amortization", v3(m.da), indent=2))
    orows.append(SEC("Capital expenditures:"))
    orows += [R(k, v3(v), indent=1, dollar=(i == 0), rid=f"Capex {k}") for i, (k, v) in enumerate(m.seg_capex.items())]
    orows.append(SUB("Total capital expenditures", v3(m.capex), indent=2))
    t["n_seg_other"] = Table("n_seg_other", orows, fisc3(), W3, label_head="(in thousands)")
    irows = [R("Number of stores impaired", v3(m.impair_stores))]
    irows += [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(m.impair_detail.items())]
    irows.append(TOT("Total impairment of long-lived assets", v3(m.impair)))
    t["n_impair"] = Table("n_impair", irows, fisc3(), W3, label_head="(dollars in thousands)")
    for y in (2025, 2024):
        qd = m.quarters[y]
        qrows = [R(k, qd[k], dollar=(k == "Net sales")) for k in ("Net sales", "Gross profit", "Operating income",
                                                                 "Net income")]
        eps_q = [rnd(a / s_, 2) for a, s_ in zip(qd["Net income"], qd["shares"], strict=True)]
        qrows.append(R("Diluted earnings per share", eps_q,
                       dec=2, dollar=True))
        t[f"n_q{y}"] = Table(f"n_q{y}", qrows, [[(f"Fiscal {y}", 0, 3)], [
            ("First", 0, 0), ("Second", 1, 1), ("Third", 2, 2), ("Fourth", 3, 3)], [
            ("Quarter", 0, 0), ("Quarter", 1, 1), ("Quarter", 2, 2), ("Quarter", 3, 3)]], [60, 60, 60, 60],
            label_head="(in thousands, except per share)", ruled=False)
    s2 = []
    for name, d in m.sched2:
        s2.append(SEC(name + ":"))
        for y in (2025, 2024, 2023):
            a, c, dd = d[y]
            s2.append(R(f"Fiscal {y}", [a, c, dd, a + c + dd], indent=1, rid=f"{name} {y}",
                        dollar=(name.startswith("Sales") and y == 2025)))
    t["sched2"] = Table("sched2", s2, [[("Balance at", 0, 0), ("Charged to", 1, 1), ("", 2, 2), ("Balance at", 3, 3)],
                                       [("Beginning", 0, 0), ("Costs and", 1, 1), ("", 2, 2), ("End", 3, 3)],
                                       [("of Year", 0, 0), ("Expenses", 1, 1), ("Deductions", 2, 2),
                                        ("of Year", 3, 3)]], [58, 58, 58, 58], label_head="(in thousands)")
    qd5, qd4 = m.quarters[2025], m.quarters[2024]
    t["q4_table"] = Table("q4_table", [R(k, [qd5[k][3], qd4[k][3], pchg(qd5[k][3], qd4[k][3])],
                                         dollar=(k == "Net sales"), rid=f"Q4 {k}")
                                       for k in ("Net sales", "Gross profit", "Operating income", "Net income")],
                          [[("Fourth Quarter", 0, 1)], [("Fiscal 2025", 0, 0), ("Fiscal 2024", 1, 1),
                                                        ("% Change", 2, 2)]], [66, 66, 60],
                          label_head="(dollars in thousands)", ruled=False)
    inv = {2025: b["inv"][2025], 2024: b["inv"][2024]}
    t["inv_metrics"] = Table("inv_metrics", [
        R("Merchandise inventories (thousands)", v2(inv), dollar=True),
        R("Inventory per store (thousands)", [rnd(inv[y] / m.stores[y], 1) for y in T2], dec=1),
        R("Inventory per gross square foot", [rnd(inv[y] / m.sqft[y], 2) for y in T2], dec=2, dollar=True)],
        fy2(), W2, ruled=False)
    t["abl_usage"] = Table("abl_usage", [R("Peak borrowings", [78000, 96000, 84000], dollar=True),
                                         R("Average daily borrowings", [22600, 31400, 27900]),
                                         R("Borrowings at end of year", [m.revolver[y] for y in T3])], fisc3(), W3,
                           label_head="(in thousands)", ruled=False)
    t["n_lease_bs"] = Table("n_lease_bs", [
        R("Operating lease right-of-use assets", v2(b["rou"]), dollar=True), BLANK,
        R("Current portion of operating lease liabilities", v2(b["cur_lease"])),
        R("Operating lease liabilities, net of current portion", v2(b["lt_lease"])),
        TOT("Total operating lease liabilities", [b["cur_lease"][y] + b["lt_lease"][y] for y in T2])], fy2(), W2,
        label_head="(in thousands)")
    ao = {2025: (870, 40, -680), 2024: (1580, 210, -920)}
    for y, (a, c, d) in ao.items():
        assert c + d == m.oci[y] and a + c + d == b["eq_aoci"][y]
    t["n_aoci_roll"] = Table("n_aoci_roll", [
        R("Balance at beginning of year", [ao[2025][0], ao[2024][0]], dollar=True),
        R("Unrealized gains on interest rate swap, net of tax", [ao[2025][1], ao[2024][1]]),
        R("Gains reclassified into interest expense, net of tax", [ao[2025][2], ao[2024][2]]),
        TOT("Balance at end of year", v2(b["eq_aoci"]))], fisc2(), W2, label_head="(in thousands)")
    t["n_options"] = Table("n_options", [
        R("Outstanding at February 1, 2025", [362, "$27.40"]), R("Exercised", [-74, "$40.81"]),
        R("Forfeited or expired", [0, "-"]),
        TOT("Outstanding and exercisable at January 31, 2026", [288, "$23.95"], dollar=False)],
        [[("", 0, 0), ("Weighted-Average", 1, 1)], [("Options", 0, 0), ("Exercise Price", 1, 1)]], [70, 110],
        ruled=False)
    assert abs(74 * 40.81 - m.opt_proceeds[2025]) < 5 and abs((362 * 27.40 - 74 * 40.81) / 288 - 23.95) < 0.005
    cg = []
    for i, (k, v) in enumerate(m.category.items()):
        cg.append(R(k, [v[2025], v[2024], pchg(v[2025], v[2024]), fmt_num(rnd(v[2025] / m.sales[2025] * 100, 1), 1,
                                                                          pct=True)], dollar=(i == 0)))
    cg.append(TOT("Total net sales", [m.sales[2025], m.sales[2024], pchg(m.sales[2025], m.sales[2024]), "100.0%"]))
    t["cat_growth"] = Table("cat_growth", cg, [[("Fiscal 2025", 0, 0), ("Fiscal 2024", 1, 1), ("% Change", 2, 2),
                                                ("% of Total", 3, 3)]], [64, 64, 54, 54],
                            label_head="(dollars in thousands)")
    t["n_int"] = Table("n_int", [
        R("Interest on term loan, including swap", [7380, 7620, 8110], dollar=True),
        R("Interest and fees on ABL Facility", [2460, 4570, 3340]),
        R("Amortization of debt issuance costs", [1110, 1110, 1110]),
        R("Interest income", [-530, -340, -720]), TOT("Interest expense, net", v3(m.int_exp))], fisc3(), W3,
        label_head="(in thousands)")
    assert [7380 + 2460 + 1110 - 530, 7620 + 4570 + 1110 - 340, 8110 + 3340 + 1110 - 720] == v3(m.int_exp)
    t["n_sbc_type"] = Table("n_sbc_type", [
        R("Restricted stock units", [8940, 8120, 7630], dollar=True), R("Performance stock units", [3440, 2620, 2230]),
        TOT("Total share-based compensation expense", v3(m.sbc)),
        R("Related income tax benefit", [3100, 2690, 2470])], fisc3(), W3, label_head="(in thousands)")
    assert [8940 + 3440, 8120 + 2620, 7630 + 2230] == v3(m.sbc)
    sa = {"Retail": bd(1436810, 1521540), "Brands and Wholesale": bd(118430, 124760)}
    sa["Corporate"] = {y: b["ta"][y] - sum(v[y] for v in sa.values()) for y in T2}
    t["n_seg_assets"] = Table("n_seg_assets", [R(k, v2(v), dollar=(i == 0)) for i, (k, v) in enumerate(sa.items())]
                              + [TOT("Total assets", v2(b["ta"]))], fy2(), W2, label_head="(in thousands)")
    t["n_fv"] = Table("n_fv", [
        SEC("Assets:"), R("Money market funds", [61500, 0, 61500, 58000], indent=1, dollar=True),
        R("Interest rate swap", [0, 310, 310, 1170], indent=1),
        R("Deferred compensation plan assets", [6410, 0, 6410, 5820], indent=1),
        SEC("Liabilities:"), R("Deferred compensation plan obligations", [0, 6410, 6410, 5820], indent=1)],
        [[("January 31, 2026", 0, 2), ("February 1,", 3, 3)],
         [("Level 1", 0, 0), ("Level 2", 1, 1), ("Total", 2, 2), ("2025 Total", 3, 3)]], [56, 56, 56, 60],
        label_head="(in thousands)")
    t["comp_by_q"] = Table("comp_by_q", [R("Comparable sales change", ["2.9%", "3.8%", "4.1%", "5.8%", "4.3%"])],
                           [[("First", 0, 0), ("Second", 1, 1), ("Third", 2, 2), ("Fourth", 3, 3), ("Fiscal", 4, 4)],
                            [("Quarter", 0, 0), ("Quarter", 1, 1), ("Quarter", 2, 2), ("Quarter", 3, 3),
                             ("2025", 4, 4)]], [52, 52, 52, 52, 52], ruled=False)
    srows = []
    for y in (2025, 2024):
        qd = m.quarters[y]
        srows.append(R(f"Fiscal {y}", [fmt_num(rnd(v / m.sales[y] * 100, 1), 1, pct=True) for v in qd["Net sales"]],
                       rid=f"Season {y}"))
    t["season_table"] = Table("season_table", srows, [[("First", 0, 0), ("Second", 1, 1), ("Third", 2, 2),
                                                       ("Fourth", 3, 3)],
                                                      [("Quarter", 0, 0), ("Quarter", 1, 1), ("Quarter", 2, 2),
                                                       ("Quarter", 3, 3)]], [60, 60, 60, 60], ruled=False)
    t["rate_sens"] = Table("rate_sens", [
        R("Term loan", [m.term[2025], 100000, m.term[2025] - 100000, rnd((m.term[2025] - 100000) * 0.01, -1)],
          dollar=True),
        R("ABL Facility (average fiscal 2025 borrowings)", [22600, 0, 22600, 230]),
        TOT("Total", [m.term[2025] + 22600, 100000, m.term[2025] - 100000 + 22600,
                      rnd((m.term[2025] - 100000) * 0.01, -1) + 230])],
        [[("", 0, 0), ("Fixed by", 1, 1), ("Variable-Rate", 2, 2), ("Effect of", 3, 3)],
         [("Balance", 0, 0), ("Swap", 1, 1), ("Exposure", 2, 2), ("+100 bp", 3, 3)]], [60, 56, 64, 56],
        label_head="(in thousands)")
    t["n_maturities"] = Table("n_maturities", [R("Fiscal 2026", [7500], dollar=True),
                                               R("Fiscal 2027", [m.term[2025] - 7500]),
                                               TOT("Total", [m.term[2025]])], [[("Amount", 0, 0)]], [90],
                              label_head="(in thousands)")
    sup = {"n_prepaid": ("Prepaid expenses and other current assets", "prepaid",
                         {"Prepaid expenses": bd(14210, 15060), "Supplies": bd(6430, 6890),
                          "Prepaid income taxes": bd(2180, 1640), "Other": bd(7040, 7890)}),
           "n_other_assets": ("Other assets", "other_assets",
                              {"Deferred compensation plan assets": bd(5820, 6410),
                               "Interest rate swap": bd(1170, 310), "Deposits": bd(2960, 3180),
                               "Other": bd(1790, 2420)}),
           "n_other_ltl": ("Other long-term liabilities", "other_ltl",
                           {"Deferred compensation": bd(5820, 6410), "Self-insurance, noncurrent": bd(4630, 4870),
                            "Asset retirement obligations": bd(2110, 2290), "Other": bd(960, 740)})}
    for key, (label, bkey, items) in sup.items():
        for y in T2:
            assert sum(v[y] for v in items.values()) == b[bkey][y], (key, y)
        t[key] = Table(key, [R(k, v2(v), dollar=(i == 0)) for i, (k, v) in enumerate(items.items())]
                       + [TOT(label, v2(b[bkey]))], fy2(), W2, label_head="(in thousands)", caption=label)
    return t


MODEL = bm

# ---------------------------------------------------------------------------- assembly
STATES = [("Oregon", 24), ("Washington", 27), ("California", 31), ("Idaho", 9), ("Montana", 8), ("Utah", 14),
          ("Colorado", 22), ("Arizona", 11), ("Nevada", 6), ("New Mexico", 5), ("Wyoming", 3), ("Minnesota", 12),
          ("Wisconsin", 9), ("Michigan", 10), ("Vermont", 4), ("New Hampshire", 5), ("Maine", 4),
          ("Massachusetts", 7), ("New York", 5)]


def render(anchors: dict[str, int]) -> Filing:
    m = bm.build()
    assert sum(n for _, n in STATES) == m.stores[2025] and len(STATES) == 19
    pdf = Filing(CO.name, "Fiscal 2025 Annual Report on Form 10-K", body_pt=11.4, lh=15.2,
                 row_scale=1.1)
    common.cover(pdf, CO)
    common.toc(pdf, anchors)
    pdf.add_page()
    pdf.markup(common.forward_looking(CO, [
        "changes in consumer discretionary spending, inflation, interest rates and general economic conditions;",
        "weather conditions, natural disasters and the effects of climate change on outdoor recreation;",
        "competition from other retailers, online marketplaces and brands that sell directly to consumers;",
        "our ability to open and operate new stores profitably and to manage our inventory;",
        "tariffs, supply chain disruptions and increases in freight and labor costs;",
        "data security incidents, technology failures and privacy litigation; and",
        "the other factors described in Item 1A. Risk Factors.",
    ]))

    def officers():
        rows = [["Nadia J. Forsberg", "54", "President and Chief Executive Officer"],
                ["Ethan C. Marlowe", "50", "Executive Vice President and Chief Financial Officer"],
                ["Marcus D. Bellamy", "52", "Executive Vice President and Chief Stores Officer"],
                ["Gabriel Ortiz-Lund", "47", "Executive Vice President and Chief Merchandising Officer"],
                ["Hannah Whitcombe", "44", "Senior Vice President and Chief Digital and Technology Officer"],
                ["Julia P. Serrano", "49", "Senior Vice President, General Counsel and Corporate Secretary"],
                ["Renee Castellano", "46", "Senior Vice President and Chief Accounting Officer"]]
        pdf.text_table("officers", ["Name", "Age", "Position"], rows, [124, 36, 308], "LCL")

    def stores_by_state():
        half = (len(STATES) + 1) // 2
        rows = []
        for i in range(half):
            a = STATES[i]
            b_ = STATES[i + half] if i + half < len(STATES) else ("", "")
            rows.append([a[0], str(a[1]), b_[0], str(b_[1])])
        rows.append(["", "", "Total stores", str(m.stores[2025])])
        pdf.text_table("stores_by_state", ["State", "Stores", "State", "Stores"], rows, [150, 84, 150, 84], "LRLR")

    def store_formats():
        rows = [["Flagship", "8", "45,000 - 60,000", "Largest assortments, climbing walls, full rental fleets; in "
                 "major "
                 "metropolitan areas"],
                ["Core", "171", "28,000 - 40,000", "Full assortment and service shop in regional and lifestyle "
                 "centers"],
                ["Mountain town", "26", "12,000 - 20,000", "Deep snow sports and rental assortment near ski areas and "
                 "national parks"],
                ["Urban", "11", "15,000 - 25,000", "Commuter cycling, travel and apparel focus in dense city "
                 "neighborhoods"]]
        assert sum(int(r[1]) for r in rows) == m.stores[2025]
        pdf.text_table("store_formats", ["Format", "Stores", "Typical square feet", "Description"], rows,
                       [78, 46, 94, 250], "LRCL")

    def store_model():
        rows = [["Gross square feet", "30,000 - 35,000"],
                ["Net investment in build-out and fixtures, net of tenant allowances", "$4.2 million"],
                ["Initial inventory, net of accounts payable", "$1.1 million"],
                ["Pre-opening expenses", "$0.55 million"],
                ["Net sales in first full year", "$9.5 - $11.0 million"],
                ["Four-wall EBITDA margin in third year", "13% - 15%"],
                ["Pre-tax cash-on-cash return in third year", "approximately 35%"]]
        pdf.text_table("store_model", ["New store model", "Target"], rows, [318, 150], "LR")

    def category_table():
        reps = {"Apparel": "Technical outerwear, base layers, hiking and climbing apparel, Ridgeback apparel",
                "Footwear": "Hiking boots, trail running shoes, sandals, winter boots",
                "Camping and climbing equipment": "Tents, sleeping bags, packs, stoves, ropes, harnesses, "
                                                  "Switchgrass gear",
                "Cycling, paddle and snow": "Bicycles and accessories, kayaks, paddleboards, skis, snowboards",
                "Services, rentals and other": "Service shop labor, rentals, classes, gift card breakage"}
        rows = [[k, pct(v[2025] / m.sales[2025]), reps[k]] for k, v in m.category.items()]
        pdf.text_table("category_table", ["Category", "% of net sales", "Representative products and services"],
                       rows, [150, 70, 248], "LRL")

    def facilities():
        rows = [["Bend, Oregon", "Corporate headquarters", "185,000", "Owned"],
                ["Redmond, Oregon", "Distribution center (stores and digital)", "620,000", "Owned"],
                ["Ogden, Utah", "Distribution center (stores and digital)", "480,000", "Leased"],
                ["Janesville, Wisconsin", "Distribution center (Midwest and Northeast stores)", "410,000", "Leased"],
                ["Boise, Idaho", "Switchgrass office, design studio and warehouse", "140,000", "Leased"]]
        pdf.text_table("facilities", ["Location", "Use", "Square feet", "Owned/Leased"], rows, [120, 218, 70, 60],
                       "LLRC")

    def eq_plans():
        pdf.table(Table("eq_plans", [
            R("Equity compensation plans approved by security holders", ["1,446,000 (a)", "$23.95 (b)", "2,840,000"]),
            R("Equity compensation plans not approved by security holders", ["-", "-", "-"])],
            [[("Securities to Be", 0, 0), ("Weighted-", 1, 1), ("Securities", 2, 2)],
             [("Issued upon Exercise", 0, 0), ("Average", 1, 1), ("Remaining", 2, 2)],
             [("of Outstanding", 0, 0), ("Exercise", 1, 1), ("Available for", 2, 2)],
             [("Awards", 0, 0), ("Price", 1, 1), ("Future Issuance", 2, 2)]], [90, 66, 80],
            label_head="Plan category"))

    tables = {"officers": officers, "stores_by_state": stores_by_state, "store_model": store_model,
              "store_formats": store_formats,
              "category_table": category_table, "facilities": facilities, "eq_plans": eq_plans}
    for fn in (t_kpis, t_mdna_results, t_sales_bridge, t_seg, t_store_roll, t_adj_ebitda, t_liquidity, t_cf_summary,
               t_capex_cat, t_contractual, t_perf, t_repurchases):
        tb = fn(m)
        tables[tb.key] = (lambda tb=tb: pdf.table(tb))
    for k, tb in note_tables(m).items():
        tables[k] = (lambda tb=tb: pdf.table(tb))
    pdf.markup(tx.business(m), tables)
    pdf.markup(tx.risks(m), tables)
    pdf.markup(common.ITEM_1B, tables)
    pdf.markup(tx.item1c_to_3(m), tables)
    pdf.markup(tx.item5(m), tables)
    pdf.markup(tx.mdna(m), tables)
    pdf.markup(tx.item7a(m), tables)
    pdf.add_page()
    pdf.markup("#1 Item 8. Financial Statements and Supplementary Data")
    pdf.text_table("fs_index", ["Index to Consolidated Financial Statements"], [
        ["Report of Independent Registered Public Accounting Firm (PCAOB ID: 2381)"],
        ["Consolidated Statements of Income for the fiscal years ended January 31, 2026, February 1, 2025 and "
         "February 3, 2024"],
        ["Consolidated Statements of Comprehensive Income for the same fiscal years"],
        ["Consolidated Balance Sheets as of January 31, 2026 and February 1, 2025"],
        ["Consolidated Statements of Cash Flows for the fiscal years ended January 31, 2026, February 1, 2025 and "
         "February 3, 2024"],
        ["Consolidated Statements of Stockholders' Equity for the same fiscal years"],
        ["Notes to Consolidated Financial Statements"],
        ["Schedule II - Valuation and Qualifying Accounts"]], [468], "L", ruled=False)
    fs_list = ("January 31, 2026 and February 1, 2025, the related consolidated statements of income, comprehensive "
               "income, stockholders' equity and cash flows for each of the fiscal years in the three-year period "
               "ended January 31, 2026")
    pdf.add_page()
    pdf.markup(common.auditor_report(CO, fs_list, tx.cams(), "January 31, 2026"))
    for fn in (t_income, t_ci, t_bs, t_cf, t_equity):
        pdf.add_page()
        pdf.table(fn(m))
        pdf.para("See accompanying notes to consolidated financial statements.", size=8.5, style="I", align="C")
    pdf.add_page()
    pdf.markup(tx.notes(m), tables)
    pdf.add_page()
    pdf.markup(common.controls(CO, "January 31, 2026", "Rule 10b5-1 trading arrangements. On December 9, 2025, Ethan "
                               "C. Marlowe, our Executive Vice President and Chief Financial Officer, adopted a Rule "
                               "10b5-1 trading arrangement providing for the sale of up to 24,000 shares of our "
                               "common stock through December 31, 2026. No other director or officer adopted or "
                               "terminated a Rule 10b5-1 trading arrangement or non-Rule 10b5-1 trading arrangement "
                               "during the fourth quarter of fiscal 2025.", fs_list.split(", the related")[0]), tables)
    pdf.markup(common.part3(CO), tables)
    common.exhibits(pdf, CO, EXHIBITS)
    common.signatures(pdf, CO)
    pdf.model = m
    return pdf


EXHIBITS = [
    ["3.1", "Amended and Restated Certificate of Incorporation of Bramblecroft Outfitters, Inc. (incorporated by "
            "reference to Exhibit 3.1 to the Company's Registration Statement on Form S-1)"],
    ["3.2", "Amended and Restated By-laws of Bramblecroft Outfitters, Inc."],
    ["4.1", "Description of Securities Registered Under Section 12 of the Securities Exchange Act of 1934"],
    ["10.1", "Second Amended and Restated Credit Agreement, dated as of October 14, 2022, among Bramblecroft "
             "Outfitters, Inc., the lenders party thereto and the administrative agent and collateral agent named "
             "therein"],
    ["10.2", "First Amendment to Second Amended and Restated Credit Agreement, dated as of February 20, 2026"],
    ["10.3", "Guarantee and Collateral Agreement, dated as of October 14, 2022"],
    ["10.4*", "Bramblecroft Outfitters, Inc. 2022 Equity Incentive Plan"],
    ["10.5*", "Form of Restricted Stock Unit Award Agreement under the 2022 Equity Incentive Plan"],
    ["10.6*", "Form of Performance Stock Unit Award Agreement under the 2022 Equity Incentive Plan"],
    ["10.7*", "Bramblecroft Outfitters, Inc. 2014 Omnibus Incentive Plan, as amended"],
    ["10.8*", "Bramblecroft Outfitters, Inc. Executive Severance Plan"],
    ["10.9*", "Bramblecroft Outfitters, Inc. Management Incentive Plan"],
    ["10.10*", "Employment Agreement between Bramblecroft Outfitters, Inc. and Nadia J. Forsberg, dated February 1, "
               "2020"],
    ["10.11*", "Offer Letter between Bramblecroft Outfitters, Inc. and Ethan C. Marlowe, dated May 16, 2022"],
    ["10.12*", "Form of Indemnification Agreement for directors and executive officers"],
    ["10.13*", "Non-Employee Director Compensation Policy, as amended"],
    ["10.14", "Lease Agreement for the Ogden, Utah distribution center, dated as of June 3, 2019"],
    ["10.15", "Lease Agreement for the Janesville, Wisconsin distribution center, dated as of August 22, 2022"],
    ["10.16", "Interest Rate Swap Confirmation, dated as of November 2, 2022"],
    ["10.17*", "Bramblecroft Outfitters, Inc. Deferred Compensation Plan"],
    ["10.18*", "Form of Stock Option Agreement under the 2014 Omnibus Incentive Plan"],
    ["10.19", "Asset Purchase Agreement, dated as of April 8, 2019, relating to the acquisition of Switchgrass Gear "
              "Co."],
    ["10.20*", "Transition and Consulting Agreement with a former executive officer, dated June 30, 2025"],
    ["19.1", "Insider Trading Policy"],
    ["21.1", "Subsidiaries of Bramblecroft Outfitters, Inc."],
    ["23.1", "Consent of Ashby Merrion LLP, Independent Registered Public Accounting Firm"],
    ["31.1", "Certification of the Chief Executive Officer pursuant to Rule 13a-14(a) or 15d-14(a)"],
    ["31.2", "Certification of the Chief Financial Officer pursuant to Rule 13a-14(a) or 15d-14(a)"],
    ["32.1", "Certifications of the Chief Executive Officer and Chief Financial Officer pursuant to 18 U.S.C. Section "
             "1350"],
    ["97.1", "Policy for Recovery of Erroneously Awarded Compensation"],
    ["101", "Inline XBRL instance document and taxonomy extension documents"],
    ["104", "Cover Page Interactive Data File (embedded within the Inline XBRL document)"],
]


# ---------------------------------------------------------------------------- questions
def questions(pdf: Filing) -> list[dict]:
    m = pdf.model
    b, cf, s = m.b, m.cf, m.sales
    co = "Bramblecroft Outfitters"

    def ev(*keys):
        pages = set()
        for k in keys:
            assert k in pdf.marks, f"missing evidence mark {k}"
            pages.update(pdf.marks[k])
        return sorted(pages)

    def n(x):
        return fmt_num(x)

    def mill(x, dec=1):
        return f"${x / 1000:,.{dec}f} million"

    qs = []

    def q(qtype, question, answer, justification, keys, figures):
        qs.append({"question_type": qtype, "question": question, "answer": answer, "justification": justification,
                   "evidence_pages": ev(*keys), "figures": figures})

    # ---- metrics-generated (12)
    q("metrics-generated", f"What is the FY2025 depreciation and amortization expense (in USD millions) for {co}? "
      "Base your answer on the information provided in the cash flow statement.", mill(m.da[2025]),
      f"Depreciation and amortization line of the cash flow statement: {m.da[2025]:,} thousand",
      ["cf:Depreciation and amortization"], [n(m.da[2025])])
    avg_ppe = (b["ppe"][2025] + b["ppe"][2024]) / 2
    q("metrics-generated", f"What is {co}' FY2025 fixed asset turnover ratio? Fixed asset turnover = net sales / "
      "average net property and equipment, using the FY2024 and FY2025 year-end balances. Round to two decimal "
      "places.", f"{rnd(s[2025] / avg_ppe, 2):.2f}", f"{s[2025]:,} / (({b['ppe'][2025]:,} + {b['ppe'][2024]:,}) / 2)",
      ["is:Net sales", "bs:Property and equipment, net"], [n(s[2025]), n(b["ppe"][2025]), n(b["ppe"][2024])])
    avg_ta = (b["ta"][2025] + b["ta"][2024]) / 2
    q("metrics-generated", f"What was {co}' return on assets for FY2025, using net income divided by the average of "
      "total assets at the end of FY2024 and FY2025? Answer as a percentage rounded to one decimal place.",
      pct(m.ni[2025] / avg_ta), f"{m.ni[2025]:,} / (({b['ta'][2025]:,} + {b['ta'][2024]:,}) / 2)",
      ["is:Net income", "bs:Total assets"], [n(m.ni[2025]), n(b["ta"][2025]), n(b["ta"][2024])])
    avg_inv = (b["inv"][2025] + b["inv"][2024]) / 2
    q("metrics-generated", f"What was {co}' merchandise inventory turnover in FY2025 (cost of sales divided by average "
      "merchandise inventories)? Round to two decimal places.", f"{rnd(m.cogs[2025] / avg_inv, 2):.2f}",
      f"{m.cogs[2025]:,} / (({b['inv'][2025]:,} + {b['inv'][2024]:,}) / 2)",
      ["is:Cost of sales", "bs:Merchandise inventories"], [n(m.cogs[2025]), n(b["inv"][2025]), n(b["inv"][2024])])
    quick = (b["cash"][2025] + b["recv"][2025]) / b["tcl"][2025]
    q("metrics-generated", f"What is the FY2025 quick ratio for {co}? Quick ratio = (cash and cash equivalents + "
      "receivables, net) / total current liabilities. Round to two decimal places.", f"{rnd(quick, 2):.2f}",
      f"({b['cash'][2025]:,} + {b['recv'][2025]:,}) / {b['tcl'][2025]:,}",
      ["bs:Cash and cash equivalents", "bs:Total current liabilities"],
      [n(b["cash"][2025]), n(b["recv"][2025]), n(b["tcl"][2025])])
    q("metrics-generated", f"What was {co}' operating margin in FY2025?", pct(m.oi[2025] / s[2025]),
      f"Operating income / net sales = {m.oi[2025]:,} / {s[2025]:,}", ["is:Operating income"],
      [n(m.oi[2025]), n(s[2025])])
    q("metrics-generated", f"By what percentage did {co}' net sales grow from FY2024 to FY2025? Round to one decimal "
      "place.", pct((s[2025] - s[2024]) / s[2024]), f"({s[2025]:,} - {s[2024]:,}) / {s[2024]:,}", ["is:Net sales"],
      [n(s[2025]), n(s[2024])])
    q("metrics-generated", f"What were {co}' SG&A expenses as a percentage of net sales in FY2025?",
      pct(m.sga[2025] / s[2025]), f"{m.sga[2025]:,} / {s[2025]:,}",
      ["is:Selling, general and administrative expenses"], [n(m.sga[2025]), n(s[2025])])
    q("metrics-generated", f"What was {co}' free cash flow in FY2025 (net cash provided by operating activities less "
      "purchases of property and equipment)? Answer in USD millions.", mill(m.fcf[2025]),
      f"{cf['cfo'][2025]:,} - {m.capex[2025]:,} (thousands)",
      ["cf:Net cash provided by operating activities", "cf:Purchases of property and equipment"],
      [n(cf["cfo"][2025]), n(-m.capex[2025])])
    cr = b["tca"][2025] / b["tcl"][2025]
    q("metrics-generated", f"What is {co}' current ratio at the end of FY2025? Round to two decimal places.",
      f"{rnd(cr, 2):.2f}", f"Total current assets / total current liabilities = {b['tca'][2025]:,} / "
      f"{b['tcl'][2025]:,}", ["bs:Total current assets", "bs:Total current liabilities"],
      [n(b["tca"][2025]), n(b["tcl"][2025])])
    q("metrics-generated", f"What was {co}' FY2025 EBITDA in USD millions, calculated as operating income plus "
      "depreciation and amortization from the cash flow statement?", mill(m.oi[2025] + m.da[2025]),
      f"{m.oi[2025]:,} + {m.da[2025]:,} (thousands)", ["is:Operating income", "cf:Depreciation and amortization"],
      [n(m.oi[2025]), n(m.da[2025])])
    q("metrics-generated", f"What was the year-over-year growth in {co}' diluted earnings per share from FY2024 to "
      "FY2025? Round to one decimal place.", pct((m.eps_dil[2025] - m.eps_dil[2024]) / m.eps_dil[2024]),
      f"(${m.eps_dil[2025]:.2f} - ${m.eps_dil[2024]:.2f}) / ${m.eps_dil[2024]:.2f}", ["is:EPS diluted"],
      [f"{m.eps_dil[2025]:.2f}", f"{m.eps_dil[2024]:.2f}"])
    # ---- domain-relevant (7)
    q("domain-relevant", f"Does {co} have a healthy liquidity profile based on its FY2025 quick ratio? If the quick "
      "ratio is not the right lens for a company like this, explain why.",
      f"The quick ratio is low at about {rnd(quick, 2):.2f} (cash {b['cash'][2025]:,} plus receivables "
      f"{b['recv'][2025]:,}, over current liabilities of {b['tcl'][2025]:,}, in thousands), but that is typical for a "
      f"retailer whose current assets are mostly merchandise inventory. Liquidity is adequate: the current ratio is "
      f"about {rnd(cr, 2):.2f}, operating cash flow was {mill(cf['cfo'][2025])}, and {mill(m.abl_avail)} was available "
      "under the undrawn ABL Facility.", "(Cash + receivables) / current liabilities; current assets / current "
      "liabilities", ["bs:Total current liabilities", "liquidity_sources",
                                    "cf:Net cash provided by operating activities"],
      [n(b["cash"][2025]), n(b["recv"][2025]), n(b["tcl"][2025])])
    gm25, gm24 = m.gp[2025] / s[2025], m.gp[2024] / s[2024]
    q("domain-relevant", f"What drove the change in {co}' gross margin in FY2025?",
      f"Gross margin rose from {pct(gm24)} to {pct(gm25)}. Merchandise margin improved on fewer clearance markdowns, "
      "lower inbound freight and higher private brand penetration (21.4% of Retail sales), and occupancy costs were "
      "leveraged on comparable sales growth; higher digital shipping costs, new tariffs on Asian-sourced private "
      "brand products and higher shrink in some urban stores partly offset the gains.", None, ["gm_drivers"],
      [pct(gm25), pct(gm24)])
    q("domain-relevant", f"Is {co} a capital-intensive business based on FY2025 data?",
      f"Moderately. Capital expenditures were {pct(m.capex[2025] / s[2025])} of net sales ({n(m.capex[2025])} / "
      f"{n(s[2025])}) and net property and equipment was {pct(b['ppe'][2025] / b['ta'][2025])} of total assets, with "
      f"net sales about {rnd(s[2025] / avg_ppe, 1):.1f}x average net PP&E; however, as a store-based retailer it also "
      f"carries large lease commitments, with operating lease right-of-use assets of {mill(b['rou'][2025])}.",
      "Capex / net sales; net PP&E / total assets; net sales / average net PP&E",
      ["cf:Purchases of property and equipment", "bs:Property and equipment, net", "bs:Total assets", "is:Net sales"],
      [n(-m.capex[2025]), n(b["ppe"][2025]), n(b["ta"][2025]), n(b["rou"][2025])])
    om25, om24 = m.oi[2025] / s[2025], m.oi[2024] / s[2024]
    q("domain-relevant", f"Does {co} have an improving operating margin profile as of FY2025?",
      f"Yes. Operating margin rose from {pct(om24)} in FY2024 to {pct(om25)} in FY2025, driven by higher gross "
      "margin, SG&A leverage from comparable sales growth and lower impairment charges, partly offset by higher "
      "pre-opening expenses.", f"{n(m.oi[2025])} / {n(s[2025])} vs {n(m.oi[2024])} / {n(s[2024])}",
      ["is:Operating income", "opm_drivers"], [n(m.oi[2025]), n(m.oi[2024])])
    adj = s[2024] / (s[2023] - m.week53) - 1
    q("domain-relevant", f"How did the 53-week fiscal 2023 affect the comparison of {co}' FY2024 net sales with "
      "FY2023?", f"Fiscal 2023 had a 53rd week that added {mill(m.week53)} of net sales, so reported FY2024 growth of "
      f"{pct((s[2024] - s[2023]) / s[2023])} understates the underlying trend; excluding the extra week, FY2024 net "
      f"sales grew about {pct(adj)}.", f"{n(s[2024])} / ({n(s[2023])} - {n(m.week53)}) - 1", ["week53"],
      [mill(m.week53)])
    q("domain-relevant", f"How seasonal is {co}' business?",
      f"Highly seasonal: the fourth fiscal quarter (holiday season and the start of winter sports) produced "
      f"{pct(m.quarters[2025]['Net sales'][3] / s[2025])} of FY2025 net sales and "
      f"{pct(m.quarters[2025]['Operating income'][3] / m.oi[2025])} of operating income, and the company builds "
      "inventory and borrows under its revolver in the third quarter ahead of it.", None, ["seasonality"],
      [pct(m.quarters[2025]["Net sales"][3] / s[2025])])
    q("domain-relevant", f"What drove {co}' net sales growth in FY2025?",
      f"Comparable sales rose {m.comp[2025]:.1f}% (transactions up 2.6%, average ticket up 1.7%), contributing "
      f"{mill(m.comp_dollars)}; non-comparable sales, mainly new stores, added {mill(m.noncomp)}; and Brands and "
      f"Wholesale external sales grew {mill(m.wholesale_ext[2025] - m.wholesale_ext[2024])}, for total growth of "
      f"{pct((s[2025] - s[2024]) / s[2024])}.", None, ["sales_drivers", "sales_bridge"],
      [n(m.comp_dollars), n(m.noncomp)])
    # ---- novel-generated (6)
    q("novel-generated", f"How much did {co} spend on share repurchases in the fourth quarter of FY2025?",
      f"About ${m.q4_spend:.1f} million: {m.q4_shares:,} shares at an average price of about ${m.q4_avg:.2f}.",
      " + ".join(f"{nn:,} x ${p:.2f}" for _, nn, p in m.q4), ["repurchases:Total"],
      [f"{nn:,}" for _, nn, _ in m.q4] + [f"${p:.2f}" for _, _, p in m.q4])
    q("novel-generated", f"What legal proceedings is {co} party to?",
      "A California class action alleging misleading 'compare at' reference prices on Ridgeback products, which it "
      "agreed in principle to settle (a $2.4 million accrual recorded in Q4 FY2025), and a federal class action in "
      "Oregon alleging that tracking technologies on its website and app disclosed customer data to advertising "
      "platforms, where a motion to dismiss is pending and no accrual has been recorded.", None, ["legal"],
      ["reference prices", "$2.4 million", "District of Oregon"])
    q("novel-generated", f"How many stores did {co} operate at the end of FY2025, and how many did it open and close "
      "during the year?", f"{m.stores[2025]} stores in 19 states; it opened {m.opened[2025]} and closed "
      f"{m.closed[2025]} during FY2025 (up from {m.stores[2024]} at the end of FY2024).", None,
      ["store_roll:Stores at end of year"], [str(m.stores[2025]), str(m.opened[2025])])
    q("novel-generated", f"What subsequent events did {co} disclose after the end of FY2025?",
      "On February 20, 2026 it amended its credit agreement to raise the ABL Facility to $350 million and extend its "
      "maturity to February 2031, and on March 3, 2026 its Board authorized up to an additional $150 million of "
      "share repurchases through March 2029.", None, ["subsequent"], ["$350 million", "$150 million"])
    rg = m.retail[2025] - m.retail[2024]
    wg = m.wholesale_ext[2025] - m.wholesale_ext[2024]
    q("novel-generated", f"Which segment contributed the most to {co}' net sales growth in FY2025?",
      f"The Retail segment: its net sales rose {mill(rg)} ({pct(rg / m.retail[2024])}), versus a {mill(wg)} increase "
      f"in Brands and Wholesale sales to external customers, although Brands and Wholesale grew slightly faster in "
      f"percentage terms ({pct(wg / m.wholesale_ext[2024])}).", None,
      ["seg_table:Retail net sales", "n_rev_channel:Brands and Wholesale (external customers)"],
      [n(m.retail[2025]), n(m.retail[2024])])
    q("novel-generated", f"Who are {co}' largest suppliers, and how concentrated are its purchases?",
      "It buys from about 1,100 vendors, and none exceeded 10% of merchandise purchases; the largest, a national "
      "outdoor apparel and footwear brand, was about 8.6% of purchases and the ten largest about 41%. Private brand "
      "products are made by independent factories, mainly in Vietnam (about 46%) and China (22%).", None,
      ["vendors"], ["8.6%", "41%"])
    for x in qs:
        x["company"] = co
        x["doc_name"] = CO.doc_name
    return qs
