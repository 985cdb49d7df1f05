"""Calderbrook Industries, Inc. (fictional): tables, document assembly and the 25 questions."""

from __future__ import annotations

import calderbrook_model as cm
import calderbrook_text as tx
import common
from common import Company, pct, rnd
from render import BLANK, SEC, SUB, TOT, Filing, R, Table, fmt_num, years_header

CO = Company(
    name="Calderbrook Industries, Inc.", short="Calderbrook", doc_name="CALDERBROOK_2025_10K", state="Delaware",
    ein="36-4418207", address="4100 Kishwaukee Parkway", city_zip="Rockford, Illinois 61109",
    phone="(815) 555-0142", ticker="CDBI", exchange="New York Stock Exchange", par="$0.01 par value",
    file_no="001-38814", fy_end="December 31, 2025", fy_label="fiscal year ended December 31, 2025",
    auditor="Pemberton Vance LLP", auditor_city="Chicago, Illinois", auditor_since=2009,
    report_date="February 20, 2026", sign_date="February 20, 2026", mv_date="June 30, 2025",
    mv_text="The aggregate market value of the registrant's common stock held by non-affiliates, computed by reference "
            "to the closing price on the New York Stock Exchange on June 30, 2025, the last business day of the "
            "registrant's most recently completed second fiscal quarter, was approximately $3.3 billion.",
    shares_date="February 13, 2026", shares_out="41,402,118", proxy_year=2026,
    officers=[("Daniel R. Okonkwo", "President, Chief Executive Officer and Director (Principal Executive Officer)"),
              ("Lauren M. Petrakis", "Executive Vice President and Chief Financial Officer (Principal Financial "
                                     "Officer)"),
              ("Mark T. Reilly", "Vice President, Controller and Chief Accounting Officer (Principal Accounting "
                                 "Officer)")],
    directors=["Susan K. Whitfield, Chair", "Robert J. Alcott", "Andrea L. Benavides", "Kenneth P. Marsh",
               "Olivia T. Nakashima", "Gregory H. Sauer", "Jerome W. Templeton"],
)

T3 = (2025, 2024, 2023)
T2 = (2025, 2024)
W3 = [64, 64, 64]
W2 = [72, 72]
FY_HDR = "Year Ended December 31,"


def v3(d):
    return [d[y] for y in T3]


def v2(d):
    return [d[y] for y in T2]


def stmt_title(name):
    return ["CALDERBROOK INDUSTRIES, INC.", name]


# ---------------------------------------------------------------------------- primary statements
def t_income(m):
    rows = [
        R("Net sales", v3(m.sales), dollar=True),
        R("Cost of sales", v3(m.cogs)),
        SUB("Gross profit", v3(m.gp)),
        R("Selling, general and administrative expenses", v3(m.sga)),
        R("Research and development expenses", v3(m.rnd)),
        R("Amortization of intangible assets", v3(m.amort)),
        R("Restructuring and other charges", v3(m.restr)),
        SUB("Operating income", v3(m.oi)),
        R("Interest expense", v3(m.int_exp)),
        R("Other (income) expense, net", v3(m.other_exp)),
        SUB("Income before income taxes", v3(m.pretax)),
        R("Provision for income taxes", v3(m.tax)),
        TOT("Net income", v3(m.ni)),
        BLANK,
        SEC("Earnings per share:"),
        R("Basic", v3(m.eps_basic), dec=2, dollar=True, indent=1, rid="EPS basic"),
        R("Diluted", v3(m.eps_dil), dec=2, dollar=True, indent=1, rid="EPS diluted"),
        BLANK,
        SEC("Weighted-average shares outstanding:"),
        R("Basic", v3(m.sh_basic), dec=1, indent=1, rid="Shares basic"),
        R("Diluted", v3(m.sh_dil), dec=1, indent=1, rid="Shares diluted"),
        BLANK,
        R("Cash dividends declared per share", v3(m.dps), dec=2, dollar=True),
    ]
    return Table("is", rows, years_header(T3, FY_HDR), W3, title=stmt_title("CONSOLIDATED STATEMENTS OF OPERATIONS"),
                 unit="(in millions, except per share data)", row_h=14)


def t_ci(m):
    rows = [
        R("Net income", v3(m.ni), dollar=True),
        SEC("Other comprehensive income (loss), net of tax:"),
        R("Foreign currency translation adjustments", v3(m.oci_fx), indent=1),
        R("Pension and other postretirement benefit adjustments, net of tax of $1, $2 and $1", v3(m.oci_pension),
          indent=1),
        R("Net unrealized gains (losses) on cash flow hedges, net of tax", v3(m.oci_hedge), indent=1),
        SUB("Other comprehensive income (loss)", v3(m.oci)),
        TOT("Comprehensive income", v3(m.ci)),
    ]
    return Table("ci", rows, years_header(T3, FY_HDR), W3,
                 title=stmt_title("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME"), unit="(in millions)", row_h=14)


def t_bs(m):
    b = m.b
    si = m.shares_issued
    rows = [
        SEC("ASSETS"),
        SEC("Current assets:"),
        R("Cash and cash equivalents", v2(b["cash"]), dollar=True, indent=1),
        R("Short-term investments", v2(b["sti"]), indent=1),
        R("Accounts receivable, net of allowance for credit losses of $6 and $5", v2(b["ar"]), indent=1,
          rid="Accounts receivable, net"),
        R("Inventories", v2(b["inv"]), indent=1),
        R("Prepaid expenses and other current assets", v2(b["prepaid"]), indent=1),
        SUB("Total current assets", v2(b["tca"]), indent=2),
        R("Property, plant and equipment, net", v2(b["ppe"])),
        R("Operating lease right-of-use assets", v2(b["rou"])),
        R("Goodwill", v2(b["gw"])),
        R("Other intangible assets, net", v2(b["intang"])),
        R("Other assets", v2(b["other_assets"])),
        TOT("Total assets", v2(b["ta"]), indent=2),
        BLANK,
        SEC("LIABILITIES AND STOCKHOLDERS' EQUITY"),
        SEC("Current liabilities:"),
        R("Accounts payable", v2(b["ap"]), dollar=True, indent=1),
        R("Accrued compensation and benefits", v2(b["acc_comp"]), indent=1),
        R("Other accrued liabilities", v2(b["acc_other"]), indent=1),
        R("Current portion of long-term debt", v2(b["cur_debt"]), indent=1),
        R("Current operating lease liabilities", v2(b["cur_lease"]), indent=1),
        R("Income taxes payable", v2(b["tax_pay"]), indent=1),
        SUB("Total current liabilities", v2(b["tcl"]), indent=2),
        R("Long-term debt", v2(b["ltd"])),
        R("Long-term operating lease liabilities", v2(b["lt_lease"])),
        R("Deferred income taxes", v2(b["dtl"])),
        R("Pension and other postretirement benefits", v2(b["pension"])),
        R("Other long-term liabilities", v2(b["other_ltl"])),
        SUB("Total liabilities", v2(b["tl"]), indent=2),
        R("Commitments and contingencies (Note 16)", None),
        SEC("Stockholders' equity:"),
        R("Preferred stock, $0.01 par value; 10.0 million shares authorized; none issued", ["-", "-"], indent=1),
        R(f"Common stock, $0.01 par value; 150.0 million shares authorized; {si[2025]:.1f} and {si[2024]:.1f} "
          "million shares issued", v2(b["eq_common"]), indent=1, rid="Common stock"),
        R("Additional paid-in capital", v2(b["eq_apic"]), indent=1),
        R("Retained earnings", v2(b["eq_re"]), indent=1),
        R("Accumulated other comprehensive loss", v2(b["eq_aoci"]), indent=1),
        R(f"Treasury stock, at cost; {m.treasury_shares[2025]:.1f} and {m.treasury_shares[2024]:.1f} million shares",
          v2(b["eq_treas"]), indent=1, rid="Treasury stock"),
        SUB("Total stockholders' equity", v2(b["eq_total"]), indent=2),
        TOT("Total liabilities and stockholders' equity", v2(b["tle"]), indent=2),
    ]
    return Table("bs", rows, years_header(T2, "December 31,"), W2, title=stmt_title("CONSOLIDATED BALANCE SHEETS"),
                 unit="(in millions, except per share data)", row_h=12.2)


CF_LABELS = {
    "ni": "Net income", "dep": "Depreciation", "amort": "Amortization of intangible assets",
    "sbc": "Share-based compensation", "deftax": "Deferred income taxes",
    "restr_nc": "Non-cash restructuring charges", "gain": "Gain on sale of property, plant and equipment",
    "ar": "Accounts receivable", "inv": "Inventories", "prepaid": "Prepaid expenses and other current assets",
    "ap": "Accounts payable", "acc_comp": "Accrued compensation and benefits", "acc_other": "Other accrued liabilities",
    "tax_pay": "Income taxes payable", "other_op": "Other, net",
    "capex": "Capital expenditures", "ppe_proceeds": "Proceeds from sale of property, plant and equipment",
    "acq": "Acquisition of business, net of cash acquired", "sti_buy": "Purchases of short-term investments",
    "sti_mat": "Maturities of short-term investments",
    "term_in": "Proceeds from term loan", "term_out": "Repayments of term loan",
    "rev_in": "Borrowings under revolving credit facility", "rev_out": "Repayments under revolving credit facility",
    "div": "Cash dividends paid", "repurch": "Repurchases of common stock",
    "opt": "Proceeds from exercise of stock options",
    "withh": "Taxes paid related to net share settlement of equity awards",
}


def t_cf(m):
    cf = m.cf
    rows = [SEC("Cash flows from operating activities:"), R(CF_LABELS["ni"], v3(cf["ni"]), dollar=True, indent=1),
            SEC("Adjustments to reconcile net income to net cash provided by operating activities:", indent=1)]
    for k in m.op_keys[1:7]:
        rows.append(R(CF_LABELS[k], v3(cf[k]), indent=2))
    rows.append(SEC("Changes in operating assets and liabilities, net of acquisition:", indent=1))
    for k in m.op_keys[7:]:
        rows.append(R(CF_LABELS[k], v3(cf[k]), indent=2))
    rows.append(SUB("Net cash provided by operating activities", v3(cf["cfo"]), indent=3))
    rows += [BLANK, SEC("Cash flows from investing activities:")]
    for k in m.inv_keys:
        rows.append(R(CF_LABELS[k], v3(cf[k]), indent=1))
    rows.append(SUB("Net cash used in investing activities", v3(cf["cfi"]), indent=3))
    rows += [BLANK, SEC("Cash flows from financing activities:")]
    for k in m.fin_keys:
        rows.append(R(CF_LABELS[k], v3(cf[k]), indent=1))
    rows.append(SUB("Net cash (used in) provided by financing activities", v3(cf["cff"]), indent=3))
    rows += [
        BLANK,
        R("Effect of exchange rate changes on cash and cash equivalents", v3(cf["fx"])),
        R("Net (decrease) increase in cash and cash equivalents", v3(cf["net"])),
        R("Cash and cash equivalents at beginning of year", v3(cf["begin"])),
        TOT("Cash and cash equivalents at end of year", v3(cf["end"])),
        BLANK,
        SEC("Supplemental cash flow information:"),
        R("Cash paid for interest", v3(cf["int_paid"]), dollar=True, indent=1),
        R("Cash paid for income taxes, net of refunds", v3(cf["tax_paid"]), indent=1),
    ]
    return Table("cf", rows, years_header(T3, FY_HDR), W3, title=stmt_title("CONSOLIDATED STATEMENTS OF CASH FLOWS"),
                 unit="(in millions)", row_h=14.2)


def t_equity(m):
    cols = ["shares", "common", "apic", "re", "aoci", "treas", "total"]

    def bal(label, e, dollar=False):
        vals = [e[c] for c in cols]
        return R(label, vals, kind="subtotal", dollar=dollar, dec=0, bold=True)

    rows = [bal("Balance at December 31, 2022", m.eq_open, dollar=True)]
    rows[0].vals[0] = f"{m.eq_open['shares']:.1f}"
    for y in (2023, 2024, 2025):
        rows += [
            R("Net income", [None, None, None, m.ni[y], None, None, m.ni[y]], indent=1, rid=f"Net income {y}"),
            R("Other comprehensive income (loss)", [None, None, None, None, m.oci[y], None, m.oci[y]], indent=1,
              rid=f"OCI {y}"),
            R(f"Cash dividends declared (${m.dps[y]:.2f} per share)",
              [None, None, None, -m.div[y], None, None, -m.div[y]], indent=1, rid=f"Dividends {y}"),
            R("Share-based compensation", [None, None, m.sbc[y], None, None, None, m.sbc[y]], indent=1,
              rid=f"SBC {y}"),
            R("Stock option exercises and vesting of awards, net of shares withheld for taxes",
              [f"{m.sh_issued[y]:.1f}", None, m.opt_proceeds[y] - m.withholding[y], None, None, None,
               m.opt_proceeds[y] - m.withholding[y]], indent=1, rid=f"Awards {y}"),
            R("Repurchases of common stock", [f"({m.sh_repurch[y]:.1f})", None, None, None, None, -m.repurch[y],
                                              -m.repurch[y]], indent=1, rid=f"Repurchases {y}"),
        ]
        e = m.eq[y]
        r = bal(f"Balance at December 31, {y}", e, dollar=(y == 2025))
        r.vals[0] = f"{e['shares']:.1f}"
        rows.append(r)
    headers = [
        [("Common Stock", 0, 1), ("Additional", 2, 2), ("Accumulated", 4, 4), ("Total", 6, 6)],
        [("Paid-in", 2, 2), ("Retained", 3, 3), ("Other Compre-", 4, 4), ("Treasury", 5, 5), ("Stockholders'", 6, 6)],
        [("Shares", 0, 0), ("Amount", 1, 1), ("Capital", 2, 2), ("Earnings", 3, 3), ("hensive Loss", 4, 4),
         ("Stock", 5, 5), ("Equity", 6, 6)],
    ]
    return Table("se", rows, headers, [40, 40, 50, 50, 56, 50, 54],
                 title=stmt_title("CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY"),
                 unit="(in millions, except per share data)", size=8.3, row_h=12.6)


# ---------------------------------------------------------------------------- MD&A and Item 5 tables
def pchg(a, b):
    return rnd((a - b) / abs(b) * 100, 1)


def t_mdna_results(m):
    def row(label, d, kind="item", dollar=False, nm=False):
        vals = v3(d) + (["n/m", "n/m"] if nm else [pchg(d[2025], d[2024]), pchg(d[2024], d[2023])])
        r = R(label, vals, kind=kind, dollar=dollar)
        return r

    rows = [row("Net sales", m.sales, dollar=True), row("Cost of sales", m.cogs),
            row("Gross profit", m.gp, "subtotal"), row("Selling, general and administrative expenses", m.sga),
            row("Research and development expenses", m.rnd), row("Amortization of intangible assets", m.amort),
            row("Restructuring and other charges", m.restr), row("Operating income", m.oi, "subtotal"),
            row("Interest expense", m.int_exp), row("Other (income) expense, net", m.other_exp, nm=True),
            row("Income before income taxes", m.pretax, "subtotal"), row("Provision for income taxes", m.tax),
            row("Net income", m.ni, "total", dollar=True)]
    for r in rows:
        for i in (3, 4):
            if isinstance(r.vals[i], float):
                r.vals[i] = fmt_num(r.vals[i], 1, pct=True)
    hdr = [[(FY_HDR, 0, 2), ("% Change", 3, 4)],
           [("2025", 0, 0), ("2024", 1, 1), ("2023", 2, 2), ("2025 vs. 2024", 3, 3), ("2024 vs. 2023", 4, 4)]]
    return Table("mdna_results", rows, hdr, [52, 52, 52, 58, 58], label_head="(dollars in millions)",
                 caption="Consolidated Results of Operations")


def t_mdna_pct(m):
    def row(label, d, kind="item"):
        return R(label, [rnd(d[y] / m.sales[y] * 100, 1) for y in T3], kind=kind, dec=1, pct=True)

    rows = [row("Net sales", m.sales), row("Cost of sales", m.cogs), row("Gross margin", m.gp, "subtotal"),
            row("Selling, general and administrative expenses", m.sga), row("Research and development expenses", m.rnd),
            row("Amortization of intangible assets", m.amort), row("Restructuring and other charges", m.restr),
            row("Operating margin", m.oi, "subtotal"), row("Net income", m.ni, "subtotal")]
    return Table("mdna_pct", rows, years_header(T3, "Percentage of Net Sales"), W3, ruled=False,
                 caption="Results as a Percentage of Net Sales")


def t_bridge(m):
    rows = []
    tot = [0, 0, 0, 0, 0]
    for s in cm.SEGMENTS:
        o, a, f = m.bridge[s]
        v24, v25 = m.seg_sales[s][2024], m.seg_sales[s][2025]
        assert v24 + o + a + f == v25
        rows.append(R(cm.SEG_NAME[s], [v24, o, a, f, v25, fmt_num(pchg(v24 + o, v24), 1, pct=True),
                                       fmt_num(pchg(v25, v24), 1, pct=True)], dollar=(s == "FH")))
        for i, x in enumerate((v24, o, a, f, v25)):
            tot[i] += x
    rows.append(TOT("Total", tot + [fmt_num(pchg(tot[0] + tot[1], tot[0]), 1, pct=True),
                                    fmt_num(pchg(tot[4], tot[0]), 1, pct=True)]))
    hdr = [[("Change in Net Sales", 1, 3), ("% Change", 5, 6)],
           [("2024", 0, 0), ("Organic", 1, 1), ("Acquisition", 2, 2), ("Currency", 3, 3), ("2025", 4, 4),
            ("Organic", 5, 5), ("Total", 6, 6)]]
    return Table("mdna_bridge", rows, hdr, [44, 44, 54, 46, 44, 46, 44], label_head="(dollars in millions)",
                 caption="Net Sales Bridge, 2024 to 2025")


def t_segment(m, s):
    sales, oi = m.seg_sales[s], m.seg_oi[s]
    rows = [R("Net sales", v3(sales) + [fmt_num(pchg(sales[2025], sales[2024]), 1, pct=True)], dollar=True),
            R("Segment operating income", v3(oi) + [fmt_num(pchg(oi[2025], oi[2024]), 1, pct=True)], dollar=True),
            R("Segment operating margin", [fmt_num(rnd(oi[y] / sales[y] * 100, 1), 1, pct=True) for y in T3] + [""])]
    hdr = [[(FY_HDR, 0, 2), ("% Change", 3, 3)],
           [("2025", 0, 0), ("2024", 1, 1), ("2023", 2, 2), ("2025 vs. 2024", 3, 3)]]
    return Table(f"seg_{s}", rows, hdr, [58, 58, 58, 62], label_head="(dollars in millions)", ruled=False)


def t_adj_ebitda(m):
    rows = [R("Net income", v3(m.ni), dollar=True), R("Provision for income taxes", v3(m.tax)),
            R("Interest expense", v3(m.int_exp)), R("Depreciation and amortization", v3(m.da)),
            SUB("EBITDA", v3(m.ebitda)), R("Restructuring and other charges", v3(m.restr)),
            R("Acquisition transaction costs", v3(m.acq_costs)), R("Inventory fair value step-up", v3(m.stepup)),
            TOT("Adjusted EBITDA", v3(m.adj_ebitda)),
            R("Adjusted EBITDA margin", [rnd(m.adj_ebitda[y] / m.sales[y] * 100, 1) for y in T3], dec=1, pct=True),
            BLANK,
            R("Net cash provided by operating activities", v3(m.cf["cfo"]), dollar=True),
            R("Capital expenditures", v3(m.cf["capex"])),
            TOT("Free cash flow", v3(m.fcf))]
    return Table("adj_ebitda", rows, years_header(T3, FY_HDR), W3, label_head="(in millions)",
                 caption="Reconciliation of Non-GAAP Financial Measures")


def t_liquidity(m):
    b = m.b
    lc = {2025: m.lc, 2024: 13}
    avail = {y: 600 - m.revolver[y] - lc[y] for y in T2}
    rows = [R("Cash and cash equivalents", v2(b["cash"]), dollar=True), R("Short-term investments", v2(b["sti"])),
            R("Revolving credit facility commitment", [600, 600]),
            R("Less: borrowings under revolving credit facility", [-m.revolver[y] for y in T2], indent=1),
            R("Less: outstanding letters of credit", [-lc[y] for y in T2], indent=1),
            SUB("Availability under revolving credit facility", v2(avail)),
            TOT("Total liquidity", [b["cash"][y] + b["sti"][y] + avail[y] for y in T2])]
    assert avail[2025] == m.revolver_avail
    return Table("liquidity", rows, years_header(T2, "December 31,"), W2, label_head="(in millions)")


def t_cf_summary(m):
    cf = m.cf
    rows = [R("Net cash provided by operating activities", v3(cf["cfo"]), dollar=True),
            R("Net cash used in investing activities", v3(cf["cfi"])),
            R("Net cash (used in) provided by financing activities", v3(cf["cff"])),
            R("Effect of exchange rate changes on cash", v3(cf["fx"])),
            TOT("Net (decrease) increase in cash and cash equivalents", v3(cf["net"]))]
    return Table("cf_summary", rows, years_header(T3, FY_HDR), W3, label_head="(in millions)")


def t_contractual(m):
    rows = []
    tot = [0] * 5
    for i, (label, vals) in enumerate(m.contract):
        vv = [sum(vals)] + vals
        rows.append(R(label, vv, dollar=(i == 0)))
        tot = [a + b for a, b in zip(tot, vv, strict=True)]
    rows.append(TOT("Total", tot))
    m.contract_total = tot
    hdr = [[("Payments Due by Period", 0, 4)],
           [("Total", 0, 0), ("2026", 1, 1), ("2027-2028", 2, 2), ("2029-2030", 3, 3), ("Thereafter", 4, 4)]]
    return Table("contractual", rows, hdr, [54, 54, 58, 58, 58], label_head="(in millions)")


def t_perf(m):
    rows = [R(k, [f"{x:.0f}" for x in v], dollar=False) for k, v in m.perf.items()]
    hdr = [[(f"12/{y % 100:02d}", i, i) for i, y in enumerate(range(2020, 2026))]]
    return Table("perf_graph", rows, hdr, [42] * 6, ruled=False, label_head="Cumulative total return ($)")


def t_repurchases(m):
    rows = []
    for (label, n, p), rem in zip(m.q4, m.q4_remaining, strict=True):
        rows.append(R(label, [f"{n:,}", f"${p:.2f}", f"{n:,}", f"${rem:.1f}"]))
    avg = sum(n * p for _, n, p in m.q4) / m.q4_shares
    rows.append(R("Total", [f"{m.q4_shares:,}", f"${avg:.2f}", f"{m.q4_shares:,}", ""], kind="total"))
    m.q4_avg = avg
    hdr = [[("Total", 0, 0), ("", 1, 1), ("Shares Purchased", 2, 2), ("Approximate Dollar", 3, 3)],
           [("Number of", 0, 0), ("Average", 1, 1), ("as Part of Publicly", 2, 2), ("Value That May Yet", 3, 3)],
           [("Shares", 0, 0), ("Price Paid", 1, 1), ("Announced", 2, 2), ("Be Purchased", 3, 3)],
           [("Purchased (1)", 0, 0), ("per Share", 1, 1), ("Program", 2, 2), ("(in millions)", 3, 3)]]
    return Table("repurchases", rows, hdr, [60, 54, 92, 92], label_head="Period")


# ---------------------------------------------------------------------------- note tables
def simple2(key, items, total_label=None, caption=None, first_dollar=True, unit="(in millions)"):
    rows = []
    for i, (label, d) in enumerate(items):
        rows.append(R(label, v2(d), dollar=(first_dollar and i == 0)))
    if total_label:
        rows.append(TOT(total_label, [sum(d[y] for _, d in items) for y in T2]))
    return Table(key, rows, years_header(T2, "December 31,"), W2, label_head=unit, caption=caption)


def note_tables(m):
    b = m.b
    t = {}
    t["n_acq"] = Table("n_acq", [
        R("Accounts receivable", [24], dollar=True), R("Inventories", [31]), R("Other current assets", [4]),
        R("Property, plant and equipment", [41]), R("Intangible assets", [148]), R("Goodwill", [198]),
        R("Current liabilities", [-21]), R("Deferred income taxes", [-13]),
        TOT("Purchase price, net of cash acquired", [412])], [[("July 1, 2024", 0, 0)]], [90],
        label_head="(in millions)")
    t["n_rev_geo"] = Table("n_rev_geo", [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(m.geo.items())]
                           + [TOT("Total net sales", v3(m.sales))], years_header(T3, FY_HDR), W3,
                           label_head="(in millions)", caption="Net sales by geographic destination")
    t["n_rev_type"] = Table("n_rev_type", [R("Products", v3(m.products), dollar=True), R("Services", v3(m.services)),
                                           TOT("Total net sales", v3(m.sales))], years_header(T3, FY_HDR), W3,
                            label_head="(in millions)", caption="Net sales by type", ruled=False)
    t["n_inv"] = simple2("n_inv", list(m.inv_detail.items()), "Inventories")
    ppe_rows = [R(k, v2(v), dollar=(i == 0)) for i, (k, v) in enumerate(m.ppe_detail.items())]
    ppe_rows += [SUB("Property, plant and equipment, at cost", v2(m.ppe_gross)),
                 R("Less: accumulated depreciation", [-m.accum_dep[y] for y in T2]),
                 TOT("Property, plant and equipment, net", v2(b["ppe"]))]
    t["n_ppe"] = Table("n_ppe", ppe_rows, years_header(T2, "December 31,"), W2, label_head="(in millions)")
    gw = m.gw_seg
    segs = cm.SEGMENTS

    def gw_row(label, vals, **kw):
        return R(label, vals + [sum(vals)], **kw)

    t["n_gw"] = Table("n_gw", [
        gw_row("Balance at December 31, 2023", [gw[s][2023] for s in segs], dollar=True, kind="head"),
        gw_row("Acquisition of Vantor", [m.gw_acq[s] for s in segs]),
        gw_row("Foreign currency translation", [gw[s][2024] - gw[s][2023] - m.gw_acq[s] for s in segs]),
        gw_row("Balance at December 31, 2024", [gw[s][2024] for s in segs], kind="subtotal", dollar=True),
        gw_row("Foreign currency translation", [gw[s][2025] - gw[s][2024] for s in segs], rid="FX 2025"),
        gw_row("Balance at December 31, 2025", [gw[s][2025] for s in segs], kind="total", dollar=True)],
        [[("Fluid", 0, 0), ("Power", 1, 1), ("Specialty", 2, 2)],
         [("Handling", 0, 0), ("Transmission", 1, 1), ("Filtration", 2, 2), ("Total", 3, 3)]],
        [62, 70, 62, 58], label_head="(in millions)")
    irows = []
    tot = [0] * 6
    for i, (k, ((g24, a24), (g25, a25))) in enumerate(m.intang_detail.items()):
        vals = [g25, -a25, g25 - a25, g24, -a24, g24 - a24]
        irows.append(R(k, vals, dollar=(i == 0)))
        tot = [x + y for x, y in zip(tot, vals, strict=True)]
    irows.append(TOT("Total", tot))
    assert tot[2] == b["intang"][2025] and tot[5] == b["intang"][2024]
    t["n_intang"] = Table("n_intang", irows, [
        [("December 31, 2025", 0, 2), ("December 31, 2024", 3, 5)],
        [("Gross", 0, 0), ("Accumulated", 1, 1), ("", 2, 2), ("Gross", 3, 3), ("Accumulated", 4, 4)],
        [("Amount", 0, 0), ("Amortization", 1, 1), ("Net", 2, 2), ("Amount", 3, 3), ("Amortization", 4, 4),
         ("Net", 5, 5)]], [46, 58, 44, 46, 58, 44], label_head="(in millions)")
    t["n_amort_future"] = Table("n_amort_future", [R(str(y), [v], dollar=(i == 0)) for i, (y, v) in
                                                   enumerate(m.amort_future)], [[("Amount", 0, 0)]], [80],
                                label_head="(in millions)", ruled=False)
    t["n_accrued"] = simple2("n_accrued", list(m.accrued_detail.items()), "Other accrued liabilities")
    w = m.warranty
    t["n_warranty"] = Table("n_warranty", [
        R("Balance at beginning of year", [w[2025][0], w[2024][0]], dollar=True),
        R("Acquired", [w[2025][1], w[2024][1]]), R("Accruals for warranties issued", [w[2025][2], w[2024][2]]),
        R("Settlements", [w[2025][3], w[2024][3]]),
        TOT("Balance at end of year", [sum(w[2025]), sum(w[2024])])], years_header(T2, FY_HDR), W2,
        label_head="(in millions)")
    assert sum(w[2025]) == m.accrued_detail["Product warranty"][2025]
    t["n_restr"] = Table("n_restr", [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(m.restr_seg.items())]
                         + [TOT("Total restructuring and other charges", v3(m.restr))], years_header(T3, FY_HDR), W3,
                         label_head="(in millions)")
    rr = m.restr_reserve
    t["n_restr_res"] = Table("n_restr_res", [
        R("Balance at beginning of year", [rr[2025][0], rr[2024][0]], dollar=True),
        R("Charges", [rr[2025][1], rr[2024][1]]), R("Non-cash asset write-downs", [rr[2025][2], rr[2024][2]]),
        R("Cash payments", [rr[2025][3], rr[2024][3]]),
        TOT("Balance at end of year", [sum(rr[2025]), sum(rr[2024])])], years_header(T2, FY_HDR), W2,
        label_head="(in millions)", ruled=False)
    t["n_debt"] = Table("n_debt", [
        R("4.25% senior notes due 2029", v2(m.notes), dollar=True), R("Term loan due 2029", [m.term[y] for y in T2]),
        R("Revolving credit facility due 2029", [m.revolver[y] for y in T2]),
        SUB("Total debt", v2(m.total_debt)), R("Less: current portion", [-b["cur_debt"][y] for y in T2]),
        TOT("Long-term debt", v2(b["ltd"]))], years_header(T2, "December 31,"), W2, label_head="(in millions)")
    t["n_maturities"] = Table("n_maturities", [R(str(y), [v], dollar=(i == 0)) for i, (y, v) in
                                               enumerate(m.maturities)] + [TOT("Total", [m.total_debt[2025]])],
                              [[("Amount", 0, 0)]], [80], label_head="(in millions)")
    lc = m.lease_cost
    t["n_lease_cost"] = Table("n_lease_cost", [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(lc.items())]
                              + [TOT("Total lease cost", [sum(v[y] for v in lc.values()) for y in T3])],
                              years_header(T3, FY_HDR), W3, label_head="(in millions)")
    lm = m.lease_mat
    t["n_lease_mat"] = Table("n_lease_mat", [R(str(y), [v], dollar=(i == 0)) for i, (y, v) in enumerate(lm)] + [
        SUB("Total lease payments", [sum(v for _, v in lm)]), R("Less: imputed interest", [-m.lease_interest]),
        TOT("Present value of lease liabilities", [b["cur_lease"][2025] + b["lt_lease"][2025]])],
        [[("Amount", 0, 0)]], [80], label_head="(in millions)")
    t["n_tax_pretax"] = Table("n_tax_pretax", [R("United States", v3(m.pretax_dom), dollar=True),
                                               R("Foreign", v3(m.pretax_for)),
                                               TOT("Income before income taxes", v3(m.pretax))],
                              years_header(T3, FY_HDR), W3, label_head="(in millions)")
    prov = [SEC("Current:")] + [R(k, v3(v), indent=1, rid=f"Current {k}") for k, v in m.tax_cur.items()]
    prov.append(SUB("Total current", [sum(v[y] for v in m.tax_cur.values()) for y in T3], indent=2))
    prov.append(SEC("Deferred:"))
    prov += [R(k, v3(v), indent=1, rid=f"Deferred {k}") for k, v in m.tax_def.items()]
    prov.append(SUB("Total deferred", [sum(v[y] for v in m.tax_def.values()) for y in T3], indent=2))
    prov.append(TOT("Provision for income taxes", v3(m.tax)))
    prov[1].dollar = True
    t["n_tax_prov"] = Table("n_tax_prov", prov, years_header(T3, FY_HDR), W3, label_head="(in millions)")
    rr_rows = []
    for i, (k, v) in enumerate(m.rate_recon.items()):
        rr_rows.append(R(k, [v[2025], rnd(v[2025] / m.pretax[2025] * 100, 1), v[2024],
                             rnd(v[2024] / m.pretax[2024] * 100, 1), v[2023], rnd(v[2023] / m.pretax[2023] * 100, 1)],
                         dollar=(i == 0)))
    rr_rows.append(TOT("Provision for income taxes", [m.tax[2025], rnd(m.tax[2025] / m.pretax[2025] * 100, 1),
                                                      m.tax[2024], rnd(m.tax[2024] / m.pretax[2024] * 100, 1),
                                                      m.tax[2023], rnd(m.tax[2023] / m.pretax[2023] * 100, 1)]))
    for r in rr_rows:
        for i in (1, 3, 5):
            r.vals[i] = fmt_num(r.vals[i], 1, pct=True)
    t["n_tax_rate"] = Table("n_tax_rate", rr_rows, [
        [("2025", 0, 1), ("2024", 2, 3), ("2023", 4, 5)],
        [("Amount", 0, 0), ("%", 1, 1), ("Amount", 2, 2), ("%", 3, 3), ("Amount", 4, 4), ("%", 5, 5)]],
        [40, 40, 40, 40, 40, 40], label_head="(dollars in millions)")
    drows = [SEC("Deferred tax assets:")]
    drows += [R(k, v2(v), indent=1, dollar=(i == 0)) for i, (k, v) in enumerate(m.dta.items())]
    gross = {y: sum(v[y] for v in m.dta.values()) for y in T2}
    drows.append(SUB("Gross deferred tax assets", v2(gross), indent=2))
    drows.append(R("Valuation allowance", v2(m.val_allow), indent=1))
    drows.append(SUB("Deferred tax assets, net of valuation allowance", [gross[y] + m.val_allow[y] for y in T2],
                     indent=2))
    drows.append(SEC("Deferred tax liabilities:"))
    drows += [R(k, v2(v), indent=1) for k, v in m.dtl_detail.items()]
    dtl_tot = {y: sum(v[y] for v in m.dtl_detail.values()) for y in T2}
    drows.append(SUB("Gross deferred tax liabilities", v2(dtl_tot), indent=2))
    drows.append(TOT("Net deferred tax liabilities", [gross[y] + m.val_allow[y] + dtl_tot[y] for y in T2]))
    t["n_tax_def"] = Table("n_tax_def", drows, years_header(T2, "December 31,"), W2, label_head="(in millions)")
    p = m.pension
    pbo_end = p["pbo_begin"] + p["interest"] + p["actuarial"] + p["paid"]
    fa_end = p["assets_begin"] + p["return"] + p["contrib"] + p["paid"]
    assert fa_end - pbo_end == -b["pension"][2025]
    t["n_pension"] = Table("n_pension", [
        R("Projected benefit obligation at beginning of year", [p["pbo_begin"]], dollar=True),
        R("Interest cost", [p["interest"]], indent=1), R("Actuarial loss", [p["actuarial"]], indent=1),
        R("Benefits paid", [p["paid"]], indent=1, rid="Benefits paid (PBO)"),
        SUB("Projected benefit obligation at end of year", [pbo_end]), BLANK,
        R("Fair value of plan assets at beginning of year", [p["assets_begin"]]),
        R("Actual return on plan assets", [p["return"]], indent=1),
        R("Employer contributions", [p["contrib"]], indent=1),
        R("Benefits paid", [p["paid"]], indent=1, rid="Benefits paid (assets)"),
        SUB("Fair value of plan assets at end of year", [fa_end]),
        TOT("Funded status (recorded in pension and other postretirement benefits)", [fa_end - pbo_end])],
        [[("2025", 0, 0)]], [80], label_head="(in millions)")
    ao = dict(m.aoci_open)
    arows = []
    for y in (2023, 2024, 2025):
        ao = {"fx": ao["fx"] + m.oci_fx[y], "pension": ao["pension"] + m.oci_pension[y],
              "hedge": ao["hedge"] + m.oci_hedge[y]}
        if y >= 2024:
            arows.append((y, dict(ao)))
    t["n_aoci"] = Table("n_aoci", [
        R("Foreign currency translation adjustments", [arows[1][1]["fx"], arows[0][1]["fx"]], dollar=True),
        R("Pension and other postretirement benefits", [arows[1][1]["pension"], arows[0][1]["pension"]]),
        R("Cash flow hedges", [arows[1][1]["hedge"], arows[0][1]["hedge"]]),
        TOT("Accumulated other comprehensive loss", v2(b["eq_aoci"]))], years_header(T2, "December 31,"), W2,
        label_head="(in millions)")
    assert sum(arows[1][1].values()) == b["eq_aoci"][2025] and sum(arows[0][1].values()) == b["eq_aoci"][2024]
    units, val = 0, 0.0
    rsu_rows = []
    for label, n, price in m.rsu:
        rsu_rows.append(R(label, [n, f"${price:.2f}"]))
        units += n
        val += n * price
    rsu_rows.append(TOT("Nonvested at December 31, 2025", [units, f"${val / units:.2f}"], dollar=False))
    t["n_rsu"] = Table("n_rsu", rsu_rows, [[("", 0, 0), ("Weighted-Average", 1, 1)],
                                           [("Units", 0, 0), ("Grant-Date Fair Value", 1, 1)]], [70, 110])
    t["n_eps"] = Table("n_eps", [
        R("Net income", v3(m.ni), dollar=True), BLANK,
        R("Weighted-average common shares outstanding - basic", v3(m.sh_basic), dec=1),
        R("Dilutive effect of share-based awards", [rnd(m.sh_dil[y] - m.sh_basic[y], 1) for y in T3], dec=1),
        SUB("Weighted-average common shares outstanding - diluted", v3(m.sh_dil), dec=1), BLANK,
        R("Basic earnings per share", v3(m.eps_basic), dec=2, dollar=True),
        R("Diluted earnings per share", v3(m.eps_dil), dec=2, dollar=True),
        R("Anti-dilutive awards excluded from diluted shares", [0.1, 0.3, 0.2], dec=1)],
        years_header(T3, FY_HDR), W3, label_head="(in millions, except per share data)")
    # segment tables
    t["n_seg_sales"] = Table("n_seg_sales", [R(cm.SEG_NAME[s], v3(m.seg_sales[s]), dollar=(s == "FH"))
                                             for s in cm.SEGMENTS] + [TOT("Total net sales", v3(m.sales))],
                             years_header(T3, FY_HDR), W3, label_head="(in millions)", caption="Net sales")
    for y in (2025, 2024, 2023):
        srows = [R("Net sales", [m.seg_sales[s][y] for s in cm.SEGMENTS] + [m.sales[y]], dollar=True),
                 R("Cost of sales", [m.seg_cogs[s][y] for s in cm.SEGMENTS] + [m.cogs[y]]),
                 R("SG&A and R&D expenses", [m.seg_opex[s][y] for s in cm.SEGMENTS]
                   + [sum(m.seg_opex[s][y] for s in cm.SEGMENTS)]),
                 R("Amortization of intangible assets", [m.seg_amort[s][y] for s in cm.SEGMENTS] + [m.amort[y]]),
                 TOT("Segment operating income", [m.seg_oi[s][y] for s in cm.SEGMENTS] + [m.seg_oi_total[y]])]
        t[f"n_seg_{y}"] = Table(f"n_seg_{y}", srows, [
            [("Fluid", 0, 0), ("Power", 1, 1), ("Specialty", 2, 2), ("Segment", 3, 3)],
            [("Handling", 0, 0), ("Transmission", 1, 1), ("Filtration", 2, 2), ("Total", 3, 3)]],
            [58, 66, 58, 58], label_head="(in millions)", caption=f"Segment results for {y}")
    t["n_seg_recon"] = Table("n_seg_recon", [
        R("Total segment operating income", v3(m.seg_oi_total), dollar=True),
        R("Unallocated corporate expenses", [-m.corp[y] for y in T3]),
        R("Restructuring and other charges", [-m.restr[y] for y in T3]),
        SUB("Operating income", v3(m.oi)), R("Interest expense", [-m.int_exp[y] for y in T3]),
        R("Other income (expense), net", [-m.other_exp[y] for y in T3]),
        TOT("Income before income taxes", v3(m.pretax))], years_header(T3, FY_HDR), W3, label_head="(in millions)",
        caption="Reconciliation of segment operating income to income before income taxes")
    names = dict(cm.SEG_NAME, Corp="Corporate")
    orows = [SEC("Depreciation and amortization:")]
    for i, s in enumerate(("FH", "PT", "SF", "Corp")):
        am = m.seg_amort[s] if s != "Corp" else {y: 0 for y in T3}
        orows.append(R(names[s], [m.seg_dep[s][y] + am[y] for y in T3], indent=1, dollar=(i == 0), rid=f"DA {s}"))
    orows.append(SUB("Total depreciation and amortization", v3(m.da), indent=2))
    orows.append(SEC("Capital expenditures:"))
    for i, s in enumerate(("FH", "PT", "SF", "Corp")):
        orows.append(R(names[s], v3(m.seg_capex[s]), indent=1, dollar=(i == 0), rid=f"Capex {s}"))
    orows.append(SUB("Total capital expenditures", v3(m.capex), indent=2))
    t["n_seg_other"] = Table("n_seg_other", orows, years_header(T3, FY_HDR), W3, label_head="(in millions)")
    t["n_seg_assets"] = Table("n_seg_assets", [R(names[s], v2(m.seg_assets[s]), dollar=(s == "FH"))
                                               for s in ("FH", "PT", "SF", "Corp")]
                              + [TOT("Total assets", v2(b["ta"]))], years_header(T2, "December 31,"), W2,
                              label_head="(in millions)", caption="Total assets")
    t["n_lla"] = simple2("n_lla", list(m.lla.items()), "Total")
    fv = [("Money market funds", 38, 0), ("Short-term investments", 0, 25),
          ("Deferred compensation plan assets", 14, 0),
          ("Foreign currency forward contracts", 0, 2), ("Interest rate swap", 0, 1)]
    fvl = [("Foreign currency forward contracts", 0, 1), ("Deferred compensation plan liabilities", 0, 14)]
    fv_rows = [SEC("Assets:")] + [R(k, [a, c, 0, a + c], indent=1, dollar=(i == 0)) for i, (k, a, c) in enumerate(fv)]
    fv_rows.append(SUB("Total assets at fair value", [sum(x[1] for x in fv), sum(x[2] for x in fv), 0,
                                                      sum(x[1] + x[2] for x in fv)], indent=2))
    fv_rows.append(SEC("Liabilities:"))
    fv_rows += [R(k, [a, c, 0, a + c], indent=1, rid=f"{k} (liability)") for k, a, c in fvl]
    fv_rows.append(SUB("Total liabilities at fair value", [sum(x[1] for x in fvl), sum(x[2] for x in fvl), 0,
                                                           sum(x[1] + x[2] for x in fvl)], indent=2))
    t["n_fv"] = Table("n_fv", fv_rows, [[("December 31, 2025", 0, 3)], [("Level 1", 0, 0), ("Level 2", 1, 1),
                                                                        ("Level 3", 2, 2), ("Total", 3, 3)]],
                      [50, 50, 50, 54], label_head="(in millions)")
    t["n_deriv"] = Table("n_deriv", [
        SEC("Notional amounts:"), R("Foreign currency forward contracts", [84, 71], indent=1, dollar=True),
        R("Interest rate swap", [150, 150], indent=1),
        SEC("Gains (losses) recognized in other comprehensive income, before tax:"),
        R("Foreign currency forward contracts", [-1, 1], indent=1, rid="OCI FX forwards"),
        R("Interest rate swap", [-1, 0], indent=1, rid="OCI swap")],
        years_header(T2, "December 31, / Year Ended"), W2, label_head="(in millions)", ruled=False)
    t["n_prepaid"] = simple2("n_prepaid", list(m.prepaid_detail.items()), "Prepaid expenses and other current assets",
                             caption="Prepaid expenses and other current assets")
    t["n_other_assets"] = simple2("n_other_assets", list(m.other_assets_detail.items()), "Other assets",
                                  caption="Other assets")
    t["n_other_ltl"] = simple2("n_other_ltl", list(m.other_ltl_detail.items()), "Other long-term liabilities",
                               caption="Other long-term liabilities")
    for y in (2025, 2024):
        qd = m.quarters[y]
        qrows = [R(k, qd[k], dollar=(k == "Net sales")) for k in ("Net sales", "Gross profit", "Operating income",
                                                                 "Net income")]
        qrows.append(R("Diluted earnings per share", [rnd(ni / sh, 2) for ni, sh in zip(qd["Net income"],
                                                                                        qd["shares"], strict=True)],
                       dec=2, dollar=True))
        t[f"n_q{y}"] = Table(f"n_q{y}", qrows, [[(f"{y} Quarter Ended", 0, 3)], [
            ("March 31", 0, 0), ("June 30", 1, 1), ("September 30", 2, 2), ("December 31", 3, 3)]],
            [58, 58, 62, 62], label_head="(in millions, except per share data)", ruled=False)
    s2 = []
    for name, d in m.sched2:
        s2.append(SEC(name + ":"))
        for y in (2025, 2024, 2023):
            a, c_, acq, dd = d[y]
            s2.append(R(f"Year ended December 31, {y}", [a, c_, acq, dd, a + c_ + acq + dd], indent=1,
                        rid=f"{name} {y}", dollar=(name.startswith("Allowance") and y == 2025)))
    t["sched2"] = Table("sched2", s2, [[("Balance at", 0, 0), ("Charged to", 1, 1), ("", 2, 2), ("", 3, 3),
                                        ("Balance at", 4, 4)],
                                       [("Beginning", 0, 0), ("Costs and", 1, 1), ("Acquired", 2, 2),
                                        ("Deductions", 3, 3), ("End", 4, 4)],
                                       [("of Year", 0, 0), ("Expenses", 1, 1), ("", 2, 2), ("", 3, 3),
                                        ("of Year", 4, 4)]], [52, 52, 50, 54, 52], label_head="(in millions)")
    assert m.sched2[0][1][2025][0] + sum(m.sched2[0][1][2025][1:]) == 6
    em_rows = []
    for i, s in enumerate(cm.SEGMENTS):
        em_rows.append(SEC(cm.SEG_NAME[s] + ":"))
        for j, (k, v) in enumerate(m.end_market[s].items()):
            em_rows.append(R(k, v2(v), indent=1, dollar=(i == 0 and j == 0), rid=f"{s} {k}"))
        em_rows.append(SUB(f"Total {cm.SEG_NAME[s]}", v2(m.seg_sales[s]), indent=2))
    em_rows.append(TOT("Total net sales", v2(m.sales)))
    t["n_rev_market"] = Table("n_rev_market", em_rows, years_header(T2, FY_HDR), W2, label_head="(in millions)")
    t["n_restr_type"] = Table("n_restr_type", [R(k, v2(v), dollar=(i == 0)) for i, (k, v) in
                                               enumerate(m.restr_type.items())]
                              + [TOT("Total", v2(m.restr))], years_header(T2, FY_HDR), W2, label_head="(in millions)")
    u = m.utb
    t["n_utb"] = Table("n_utb", [
        R("Balance at beginning of year", [u[2025][0], u[2024][0]], dollar=True),
        R("Additions for tax positions of the current year", [u[2025][1], u[2024][1]]),
        R("Additions for tax positions of prior years", [u[2025][2], u[2024][2]]),
        R("Settlements", [u[2025][3], u[2024][3]]),
        R("Lapses of statutes of limitations", [u[2025][4], u[2024][4]]),
        TOT("Balance at end of year", [sum(u[2025]), sum(u[2024])])], years_header(T2, FY_HDR), W2,
        label_head="(in millions)", ruled=False)
    assert sum(u[2025]) == m.other_ltl_detail["Unrecognized tax benefits"][2025]
    pc = m.pension_cost
    t["n_pension_cost"] = Table("n_pension_cost", [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in
                                                   enumerate(pc.items())]
                                + [TOT("Net periodic pension cost (benefit)", [sum(v[y] for v in pc.values())
                                                                              for y in T3])],
                                years_header(T3, FY_HDR), W3, label_head="(in millions)")
    t["n_pension_pay"] = Table("n_pension_pay", [R(k, [v], dollar=(i == 0)) for i, (k, v) in
                                                 enumerate(m.pension_pay)], [[("Amount", 0, 0)]], [80],
                               label_head="(in millions)", ruled=False)
    t["n_psu"] = Table("n_psu", [R("Risk-free interest rate", ["4.1%", "4.4%", "4.3%"]),
                                 R("Expected volatility", ["31.2%", "32.8%", "34.5%"]),
                                 R("Expected term (years)", ["2.9", "2.9", "2.9"]),
                                 R("Expected dividend yield", ["1.4%", "1.5%", "1.6%"]),
                                 R("Grant-date fair value per unit", ["$96.15", "$88.40", "$79.62"])],
                       years_header(T3, "Grant Year"), W3, ruled=False)
    geo_rows = []
    for i, (k, v) in enumerate(m.geo.items()):
        geo_rows.append(R(k, [v[2025], fmt_num(rnd(v[2025] / m.sales[2025] * 100, 1), 1, pct=True), v[2024],
                              v[2023]], dollar=(i == 0)))
    geo_rows.append(TOT("Total net sales", [m.sales[2025], "100.0%", m.sales[2024], m.sales[2023]]))
    t["biz_geo"] = Table("biz_geo", geo_rows, [[("2025", 0, 0), ("% of Total", 1, 1), ("2024", 2, 2),
                                                ("2023", 3, 3)]], [58, 58, 58, 58], label_head="(dollars in millions)")
    t["eq_plans"] = Table("eq_plans", [
        R("Equity compensation plans approved by security holders", ["994,000", "$48.60", "3,100,000"]),
        R("Equity compensation plans not approved by security holders", ["-", "-", "-"]),
        TOT("Total", ["994,000", "$48.60", "3,100,000"], dollar=False)],
        [[("Securities to Be", 0, 0), ("Weighted-", 1, 1), ("Securities", 2, 2)],
         [("Issued upon Exercise", 0, 0), ("Average", 1, 1), ("Remaining", 2, 2)],
         [("of Outstanding", 0, 0), ("Exercise", 1, 1), ("Available for", 2, 2)],
         [("Awards (a)", 0, 0), ("Price", 1, 1), ("Future Issuance", 2, 2)]], [84, 62, 80],
        label_head="Plan category")
    t["n_proforma"] = Table("n_proforma", [R("Net sales", [2031, 2012], dollar=True), R("Net income", [127, 129])],
                            [[("2024", 0, 0), ("2023", 1, 1)]], W2, label_head="(in millions, unaudited)",
                            ruled=False)
    t["n_contract_liab"] = Table("n_contract_liab", [
        R("Balance at beginning of year", [15, 11], dollar=True), R("Acquired", [0, 2]),
        R("Revenue recognized from the beginning balance", [-14, -10]),
        R("Advance billings and deposits received, net of revenue recognized", [17, 12]),
        TOT("Balance at end of year", [18, 15])], years_header(T2, FY_HDR), W2, label_head="(in millions)")
    t["n_lease_bs"] = Table("n_lease_bs", [
        R("Operating lease right-of-use assets", v2(b["rou"]), dollar=True), BLANK,
        R("Current operating lease liabilities", v2(b["cur_lease"])),
        R("Long-term operating lease liabilities", v2(b["lt_lease"])),
        TOT("Total operating lease liabilities", [b["cur_lease"][y] + b["lt_lease"][y] for y in T2])],
        years_header(T2, "December 31,"), W2, label_head="(in millions)")
    roll = [("Balance at December 31, 2024", [-44, -21, -3]), ("Other comprehensive income (loss) before "
                                                               "reclassifications", [9, 1, -2]),
            ("Amounts reclassified from accumulated other comprehensive loss", [0, 2, 1])]
    end = [sum(x[1][i] for x in roll) for i in range(3)]
    arows = [R(lbl, v + [sum(v)], dollar=(i == 0)) for i, (lbl, v) in enumerate(roll)]
    arows.append(TOT("Balance at December 31, 2025", end + [sum(end)]))
    assert sum(end) == b["eq_aoci"][2025] and [sum(x) for x in zip(*[r[1] for r in roll[1:]], strict=True)] == [
        m.oci_fx[2025], m.oci_pension[2025], m.oci_hedge[2025]]
    t["n_aoci_roll"] = Table("n_aoci_roll", arows, [[("Currency", 0, 0), ("Pension", 1, 1), ("Cash Flow", 2, 2)],
                                                    [("Translation", 0, 0), ("Benefits", 1, 1), ("Hedges", 2, 2),
                                                     ("Total", 3, 3)]], [56, 52, 52, 52], label_head="(in millions)")
    t["n_tax_paid"] = Table("n_tax_paid", [R("U.S. federal", [34, 33, 25], dollar=True), R("U.S. state and local",
                                                                                          [7, 6, 6]),
                                           R("Foreign", [10, 10, 9]),
                                           TOT("Income taxes paid, net of refunds", v3(m.cf["tax_paid"]))],
                            years_header(T3, FY_HDR), W3, label_head="(in millions)")
    assert [34 + 7 + 10, 33 + 6 + 10, 25 + 6 + 9] == v3(m.cf["tax_paid"])
    pa = [("U.S. government and agency securities", 0, 98), ("Corporate bonds", 0, 129),
          ("U.S. equity securities and funds", 96, 0), ("International equity funds", 0, 55)]
    pa_rows = [R(k, [a, c, a + c], dollar=(i == 0)) for i, (k, a, c) in enumerate(pa)]
    pa_rows.append(TOT("Total plan assets", [sum(x[1] for x in pa), sum(x[2] for x in pa),
                                             sum(x[1] + x[2] for x in pa)]))
    assert sum(x[1] + x[2] for x in pa) == m.pension["assets_begin"] + m.pension["return"] + m.pension["contrib"] + \
        m.pension["paid"]
    t["n_plan_assets"] = Table("n_plan_assets", pa_rows, [[("December 31, 2025", 0, 2)], [
        ("Level 1", 0, 0), ("Level 2", 1, 1), ("Total", 2, 2)]], [56, 56, 56], label_head="(in millions)")
    qd5, qd4 = m.quarters[2025], m.quarters[2024]
    q4_rows = []
    for k in ("Net sales", "Gross profit", "Operating income", "Net income"):
        q4_rows.append(R(k, [qd5[k][3], qd4[k][3], fmt_num(pchg(qd5[k][3], qd4[k][3]), 1, pct=True)],
                         dollar=(k == "Net sales"), rid=f"Q4 {k}"))
    t["q4_table"] = Table("q4_table", q4_rows, [[("Three Months Ended December 31,", 0, 1), ("", 2, 2)], [
        ("2025", 0, 0), ("2024", 1, 1), ("% Change", 2, 2)]], [62, 62, 62], label_head="(dollars in millions)",
        ruled=False)
    t["rate_sens"] = Table("rate_sens", [
        R("Term loan", [m.term[2025], 150, m.term[2025] - 150], dollar=True),
        R("Revolving credit facility", [m.revolver[2025], 0, m.revolver[2025]]),
        TOT("Total variable-rate debt", [m.term[2025] + m.revolver[2025], 150, m.term[2025] + m.revolver[2025] - 150])],
        [[("Outstanding", 0, 0), ("Hedged by", 1, 1), ("Unhedged", 2, 2)],
         [("Principal", 0, 0), ("Swap", 1, 1), ("Exposure", 2, 2)]], [64, 64, 64], label_head="(in millions)")
    t["n_int"] = Table("n_int", [
        R("Interest on senior notes", [21, 21, 21], dollar=True), R("Interest on term loan", [19, 11, 0]),
        R("Interest on revolving credit facility and other", [5, 7, 4]),
        R("Amortization of debt issuance costs", [1, 1, 1]), R("Interest rate swap (gains) losses", [2, 1, 1]),
        TOT("Interest expense", v3(m.int_exp))], years_header(T3, FY_HDR), W3, label_head="(in millions)")
    assert [21 + 19 + 5 + 1 + 2, 21 + 11 + 7 + 1 + 1, 21 + 0 + 4 + 1 + 1] == v3(m.int_exp)
    t["n_options"] = Table("n_options", [
        R("Outstanding at December 31, 2024", [520, "$48.92"]), R("Exercised", [-120, "$50.00"]),
        R("Forfeited or expired", [0, "-"]), TOT("Outstanding and exercisable at December 31, 2025",
                                                   [400, "$48.60"], dollar=False)],
        [[("", 0, 0), ("Weighted-Average", 1, 1)], [("Options", 0, 0), ("Exercise Price", 1, 1)]], [70, 110],
        ruled=False)
    oe = m.other_exp_detail
    t["n_other_exp"] = Table("n_other_exp", [R(k, v3(v), dollar=(i == 0)) for i, (k, v) in enumerate(oe.items())]
                             + [TOT("Other (income) expense, net", v3(m.other_exp))], years_header(T3, FY_HDR), W3,
                             label_head="(in millions)")
    return t


def t_cap_alloc(m):
    cf = m.cf
    debt = {y: sum(cf[k][y] for k in ("term_in", "term_out", "rev_in", "rev_out")) for y in T3}
    rows = [R("Capital expenditures", [m.capex[y] for y in T3], dollar=True),
            R("Acquisitions, net of cash acquired", [-cf["acq"][y] for y in T3]),
            R("Dividends paid", v3(m.div)), R("Share repurchases", v3(m.repurch)),
            R("Net debt repayments (borrowings)", [-debt[y] for y in T3]),
            TOT("Total", [m.capex[y] - cf["acq"][y] + m.div[y] + m.repurch[y] - debt[y] for y in T3])]
    return Table("cap_alloc", rows, years_header(T3, FY_HDR), W3, label_head="(in millions)", ruled=True)


def t_wc(m):
    b = m.b

    def days(num, den):
        return [rnd(num[y] / den[y] * 365, 1) for y in T2]

    dso, dio, dpo = days(b["ar"], m.sales), days(b["inv"], m.cogs), days(b["ap"], m.cogs)
    rows = [R("Days sales outstanding", dso, dec=1), R("Days inventory outstanding", dio, dec=1),
            R("Days payable outstanding", dpo, dec=1),
            TOT("Cash conversion cycle (days)", [rnd(a + b_ - c, 1) for a, b_, c in zip(dso, dio, dpo, strict=True)],
                dollar=False,
                dec=1)]
    return Table("wc_metrics", rows, years_header(T2, "December 31,"), W2)


def t_orders(m):
    rows = []
    for s in cm.SEGMENTS:
        rows.append(R(cm.SEG_NAME[s], [m.orders[s][2025], m.orders[s][2024], m.backlog[s][2025], m.backlog[s][2024]],
                      dollar=(s == "FH")))
    rows.append(TOT("Total", [m.orders_total[2025], m.orders_total[2024], m.backlog_total[2025],
                              m.backlog_total[2024]]))
    hdr = [[("Orders", 0, 1), ("Backlog at December 31,", 2, 3)],
           [("2025", 0, 0), ("2024", 1, 1), ("2025", 2, 2), ("2024", 3, 3)]]
    return Table("orders", rows, hdr, [56, 56, 60, 60], label_head="(in millions)")


MODEL = cm

# ---------------------------------------------------------------------------- assembly
def render(anchors: dict[str, int]) -> Filing:
    m = cm.build()
    pdf = Filing(CO.name, "2025 Annual Report on Form 10-K")
    common.cover(pdf, CO)
    common.toc(pdf, anchors)
    pdf.add_page()
    pdf.markup(common.forward_looking(CO, [
        "general economic conditions and the level of industrial production, capital spending and infrastructure "
        "investment in our end markets;",
        "the cost and availability of raw materials, components, freight and labor, and the effect of tariffs and "
        "other trade measures;",
        "our ability to realize the expected benefits of acquisitions, including Vantor and the pending Halden "
        "acquisition, and of our restructuring actions;",
        "competition, pricing pressure and changes in customer and distributor inventory levels;",
        "foreign currency exchange rates, interest rates and our access to capital; and",
        "the outcome of litigation, environmental matters and changes in laws and regulations.",
    ]))

    def seg_overview():
        rows = [[cm.SEG_NAME["FH"], "Valves, actuators, metering pumps",
                 "Water and wastewater, chemical processing, food and beverage, energy",
                 f"{m.seg_sales['FH'][2025]:,}"],
                [cm.SEG_NAME["PT"], "Gear drives, couplings, bearings, clutches and brakes",
                 "Material handling, packaging, aggregates and mining, agriculture", f"{m.seg_sales['PT'][2025]:,}"],
                [cm.SEG_NAME["SF"], "Dust collectors, process and HEPA/ULPA filters, fan filter units",
                 "Semiconductors, life sciences, data centers, general industry", f"{m.seg_sales['SF'][2025]:,}"]]
        pdf.text_table("seg_overview", ["Segment", "Principal products", "Primary end markets",
                                        "2025 net sales\n($ millions)"], rows, [88, 130, 170, 80], "LLLR")

    def officers():
        rows = [["Daniel R. Okonkwo", "57", "President and Chief Executive Officer since 2019; previously Chief "
                 "Operating Officer"],
                ["Lauren M. Petrakis", "51", "Executive Vice President and Chief Financial Officer since 2021"],
                ["Priya Venkataraman", "49", "Senior Vice President and President, Fluid Handling since 2022"],
                ["Thomas E. Brandvold", "60", "Senior Vice President and President, Power Transmission since 2016"],
                ["Claire Dumont", "46", "Senior Vice President and President, Specialty Filtration since 2024; "
                 "previously Chief Executive Officer of Vantor"],
                ["Steven J. Albrecht", "55", "Senior Vice President, General Counsel and Corporate Secretary"],
                ["Mark T. Reilly", "48", "Vice President, Controller and Chief Accounting Officer"]]
        pdf.text_table("officers", ["Name", "Age", "Position"], rows, [120, 36, 312], "LCL")

    def properties():
        rows = [["Rockford, Illinois", "Headquarters; valves, actuators and gear drives", "FH, PT", "612,000",
                 "Owned"],
                ["Milwaukee, Wisconsin", "Gear drives and couplings", "PT", "384,000", "Owned"],
                ["Tulsa, Oklahoma", "Valves and actuated valve packages", "FH", "226,000", "Owned"],
                ["Greenville, South Carolina", "HEPA/ULPA filters and media; fan filter units", "SF", "298,000",
                 "Owned"],
                ["Sioux Falls, South Dakota", "Dust collectors and cartridge filters", "SF", "171,000", "Leased"],
                ["Monterrey, Mexico", "Valves, gear reducers and bearings", "FH, PT", "348,000", "Owned"],
                ["Guadalajara, Mexico", "Filter elements", "SF", "142,000", "Leased"],
                ["Brno, Czech Republic", "Valves and actuators", "FH", "156,000", "Owned"],
                ["Ostrava, Czech Republic", "Liquid process filters", "SF", "88,000", "Leased"],
                ["Suzhou, China", "Couplings and bearings for Asian OEMs", "PT", "97,000", "Leased"],
                ["Elgin, Illinois", "North American distribution center", "FH, PT", "240,000", "Leased"],
                ["Reno, Nevada", "Western distribution and service center", "All", "118,000", "Leased"],
                ["Houston, Texas", "Valve automation and service center", "FH", "64,000", "Leased"],
                ["Ontario, California", "Service center and filter distribution", "SF", "52,000", "Leased"],
                ["Shanghai, China", "Sales and application engineering office", "All", "18,000", "Leased"]]
        pdf.text_table("properties", ["Location", "Principal use", "Segment", "Square feet", "Owned/\nLeased"],
                       rows, [120, 176, 52, 66, 54], "LLCRC")

    def products():
        rows = [["Ball, butterfly, check and knife gate valves", "Calderbrook, Keystrand",
                 "Water and wastewater treatment, chemical transfer, slurry handling"],
                ["Electric and pneumatic actuators; valve controls", "TorqSeal",
                 "Automated process control, remote pumping stations"],
                ["Diaphragm and peristaltic metering pumps", "Calderbrook",
                 "Chemical dosing for disinfection, pH control, boiler feed"],
                ["Enclosed gear drives and shaft-mounted reducers", "Brandt-Hollis",
                 "Conveyors, bucket elevators, mixers, crushers"],
                ["Couplings, clutches and brakes", "Corbel", "Packaging lines, agricultural equipment, pumps"],
                ["Mounted ball and roller bearings", "Brandt-Hollis", "Material handling, grain handling, fans"],
                ["Dust collectors and cartridge filters", "Calderbrook AirPure",
                 "Welding fume, powder handling, metalworking"],
                ["HEPA/ULPA filters and fan filter units", "Vantor", "Semiconductor fabs, pharmaceutical "
                 "cleanrooms, data centers"],
                ["Liquid process and bag filters", "Calderbrook", "Food and beverage, chemicals, coatings"]]
        pdf.text_table("products", ["Product line", "Brands", "Typical applications"], rows, [170, 104, 194], "LLL")

    tables = {"seg_overview": seg_overview, "officers": officers, "properties": properties, "products": products}
    for fn in (t_mdna_results, t_mdna_pct, t_bridge, t_adj_ebitda, t_liquidity, t_cf_summary, t_contractual, t_perf,
               t_repurchases, t_orders, t_wc, t_cap_alloc):
        tb = fn(m)
        tables[tb.key] = (lambda tb=tb: pdf.table(tb))
    for s in cm.SEGMENTS:
        tb = t_segment(m, s)
        tables[tb.key] = (lambda tb=tb: pdf.table(tb))
    for k, tb in note_tables(m).items():
        tables[k] = (lambda tb=tb: pdf.table(tb))

    pdf.markup(tx.business(m), tables)
    pdf.markup(tx.risks(m), tables)
    pdf.markup(common.ITEM_1B, tables)
    pdf.markup(tx.item1c_to_4(m), tables)
    pdf.markup(common.ITEM_4, tables)
    pdf.markup(tx.item5(m), tables)
    pdf.markup(tx.mdna(m), tables)
    pdf.markup(tx.item7a(m), tables)
    # Item 8
    pdf.add_page()
    pdf.markup("#1 Item 8. Financial Statements and Supplementary Data")
    pdf.text_table("fs_index", ["Index to Consolidated Financial Statements"], [
        ["Report of Independent Registered Public Accounting Firm (PCAOB ID: 2417)"],
        ["Consolidated Statements of Operations for the years ended December 31, 2025, 2024 and 2023"],
        ["Consolidated Statements of Comprehensive Income for the years ended December 31, 2025, 2024 and 2023"],
        ["Consolidated Balance Sheets as of December 31, 2025 and 2024"],
        ["Consolidated Statements of Cash Flows for the years ended December 31, 2025, 2024 and 2023"],
        ["Consolidated Statements of Stockholders' Equity for the years ended December 31, 2025, 2024 and 2023"],
        ["Notes to Consolidated Financial Statements"]], [468], "L", ruled=False)
    pdf.add_page()
    fs_list = ("December 31, 2025 and 2024, the related consolidated statements of operations, comprehensive "
               "income, stockholders' equity and cash flows for each of the years in the three-year period ended "
               "December 31, 2025")
    pdf.markup(common.auditor_report(CO, fs_list, tx.cams(), "December 31, 2025"))
    for fn in (t_income, t_ci, t_bs, t_cf, t_equity):
        pdf.add_page()
        pdf.table(fn(m))
        pdf.para("The accompanying notes are an integral part of these consolidated financial statements.", size=8.5,
                 style="I", align="C")
    pdf.add_page()
    pdf.markup(tx.notes(m), tables)
    pdf.add_page()
    pdf.markup(common.controls(CO, "December 31, 2025", "During the three months ended December 31, 2025, none of "
                               "our directors or officers adopted or terminated a Rule 10b5-1 trading arrangement "
                               "or non-Rule 10b5-1 trading arrangement, as those terms are defined in Item 408 of "
                               "Regulation S-K.", fs_list.split(", the related")[0]), tables)
    pdf.markup(common.part3(CO), tables)
    common.exhibits(pdf, CO, EXHIBITS)
    common.signatures(pdf, CO)
    pdf.model = m
    return pdf


EXHIBITS = [
    ["3.1", "Amended and Restated Certificate of Incorporation of Calderbrook Industries, Inc. (incorporated by "
            "reference to Exhibit 3.1 to the Company's Current Report on Form 8-K filed May 14, 2018)"],
    ["3.2", "Amended and Restated By-laws of Calderbrook Industries, Inc., as amended through February 15, 2023"],
    ["4.1", "Indenture, dated as of April 6, 2021, between Calderbrook Industries, Inc. and the trustee named therein, "
            "relating to the 4.25% Senior Notes due 2029"],
    ["4.2", "Description of the Registrant's Securities Registered Pursuant to Section 12 of the Securities Exchange "
            "Act of 1934"],
    ["10.1", "Amended and Restated Credit Agreement, dated as of June 21, 2024, among Calderbrook Industries, Inc., "
             "the lenders party thereto and the administrative agent named therein"],
    ["10.2*", "Calderbrook Industries, Inc. 2021 Omnibus Incentive Plan"],
    ["10.3*", "Form of Restricted Stock Unit Award Agreement under the 2021 Omnibus Incentive Plan"],
    ["10.4*", "Form of Performance Share Unit Award Agreement under the 2021 Omnibus Incentive Plan"],
    ["10.5*", "Calderbrook Industries, Inc. Executive Severance and Change in Control Plan"],
    ["10.6*", "Calderbrook Industries, Inc. Deferred Compensation Plan, as amended and restated"],
    ["10.7*", "Offer letter between Calderbrook Industries, Inc. and Claire Dumont, dated May 2, 2024"],
    ["10.8", "Stock Purchase Agreement, dated as of May 2, 2024, relating to the acquisition of Vantor Filtration "
             "Holdings, Inc."],
    ["10.9*", "Form of Indemnification Agreement between Calderbrook Industries, Inc. and its directors and executive "
              "officers"],
    ["10.10*", "Calderbrook Industries, Inc. Annual Incentive Plan, as amended effective January 1, 2024"],
    ["10.11*", "Calderbrook Industries, Inc. Supplemental Executive Retirement Plan, as amended and restated"],
    ["10.12*", "Form of Non-Employee Director Restricted Stock Unit Award Agreement"],
    ["10.13*", "Employment letter between Calderbrook Industries, Inc. and Daniel R. Okonkwo, dated March 4, 2019"],
    ["10.14*", "Employment letter between Calderbrook Industries, Inc. and Lauren M. Petrakis, dated August 9, 2021"],
    ["10.15", "First Amendment to Amended and Restated Credit Agreement, dated as of March 28, 2025"],
    ["10.16", "Master Interest Rate Swap Confirmation, dated as of July 8, 2024"],
    ["10.17", "Share Purchase Agreement, dated as of February 3, 2026, relating to the acquisition of Halden Pump "
              "Systems GmbH"],
    ["21.1", "Subsidiaries of the Registrant"],
    ["23.1", "Consent of Independent Registered Public Accounting Firm"],
    ["31.1", "Certification of Chief Executive Officer pursuant to Rule 13a-14(a)"],
    ["31.2", "Certification of Chief Financial Officer pursuant to Rule 13a-14(a)"],
    ["32.1", "Certification of Chief Executive Officer and Chief Financial Officer pursuant to 18 U.S.C. Section "
             "1350"],
    ["97.1", "Calderbrook Industries, Inc. Compensation Recovery Policy"],
    ["101", "Inline XBRL instance document and related taxonomy extension documents"],
    ["104", "Cover Page Interactive Data File (formatted as Inline XBRL and contained in Exhibit 101)"],
]


# ---------------------------------------------------------------------------- questions
def questions(pdf: Filing) -> list[dict]:
    m = pdf.model
    b, cf, s = m.b, m.cf, m.sales
    co = "Calderbrook Industries"

    def ev(*keys):
        pages = set()
        for k in keys:
            assert k in pdf.marks, f"missing evidence mark {k}"
            pages.update(pdf.marks[k])
        return sorted(pages)

    def n(x):
        return fmt_num(x)

    qs = []

    def q(qtype, question, answer, justification, keys, figures):
        qs.append({"question_type": qtype, "question": question, "answer": answer, "justification": justification,
                   "evidence_pages": ev(*keys), "figures": figures})

    # ---- metrics-generated (12)
    q("metrics-generated", f"What is the FY2025 capital expenditure amount (in USD millions) for {co}? Base your "
      "answer on the information provided in the cash flow statement.", f"${m.capex[2025]} million",
      "Capital expenditures line in the consolidated statement of cash flows", ["cf:Capital expenditures"],
      [n(-m.capex[2025])])
    quick = (b["cash"][2025] + b["sti"][2025] + b["ar"][2025]) / b["tcl"][2025]
    q("metrics-generated", f"What is the FY2025 quick ratio for {co}? Quick ratio = (cash and cash equivalents + "
      "short-term investments + accounts receivable, net) / total current liabilities. Round your answer to two "
      "decimal places.", f"{rnd(quick, 2):.2f}",
      f"({b['cash'][2025]} + {b['sti'][2025]} + {b['ar'][2025]}) / {b['tcl'][2025]}",
      ["bs:Cash and cash equivalents", "bs:Total current liabilities"],
      [n(b["cash"][2025]), n(b["sti"][2025]), n(b["ar"][2025]), n(b["tcl"][2025])])
    avg_ar = (b["ar"][2025] + b["ar"][2024]) / 2
    dso = avg_ar / s[2025] * 365
    q("metrics-generated", f"Using the average of the FY2024 and FY2025 year-end accounts receivable balances, what "
      f"were {co}' days sales outstanding (DSO) for FY2025? Use 365 days and round to one decimal place.",
      f"{rnd(dso, 1):.1f} days", f"(({b['ar'][2025]} + {b['ar'][2024]}) / 2) / {s[2025]} x 365",
      ["bs:Accounts receivable, net", "is:Net sales"], [n(b["ar"][2025]), n(b["ar"][2024]), n(s[2025])])
    turn = m.cogs[2025] / ((b["inv"][2025] + b["inv"][2024]) / 2)
    q("metrics-generated", f"What was {co}' inventory turnover ratio in FY2025, calculated as cost of sales divided by "
      "the average of beginning and ending inventories? Round to two decimal places.", f"{rnd(turn, 2):.2f}",
      f"{m.cogs[2025]} / (({b['inv'][2025]} + {b['inv'][2024]}) / 2)", ["is:Cost of sales", "bs:Inventories"],
      [n(m.cogs[2025]), n(b["inv"][2025]), n(b["inv"][2024])])
    q("metrics-generated", f"What was {co}' gross margin percentage for FY2025?", pct(m.gp[2025] / s[2025]),
      f"Gross profit / net sales = {m.gp[2025]} / {s[2025]}", ["is:Gross profit"], [n(m.gp[2025]), n(s[2025])])
    avg_capex = sum(m.capex[y] / s[y] for y in T3) / 3
    q("metrics-generated", f"What is the FY2023 - FY2025 three-year average of capital expenditures as a percentage "
      f"of net sales for {co}? Round to one decimal place.", pct(avg_capex),
      " ; ".join(f"FY{y}: {m.capex[y]} / {s[y]} = {pct(m.capex[y] / s[y], 2)}" for y in (2023, 2024, 2025))
      + "; average of the three", ["cf:Capital expenditures", "is:Net sales"],
      [n(-m.capex[y]) for y in T3] + [n(s[y]) for y in T3])
    q("metrics-generated", f"What was {co}' effective income tax rate in FY2025? Answer as a percentage rounded to one "
      "decimal place.", pct(m.tax[2025] / m.pretax[2025]),
      f"Provision for income taxes / income before income taxes = {m.tax[2025]} / {m.pretax[2025]}",
      ["is:Provision for income taxes", "is:Income before income taxes"], [n(m.tax[2025]), n(m.pretax[2025])])
    q("metrics-generated", f"What was {co}' free cash flow in FY2025, defined as cash flow from operations minus "
      "capital expenditures? Answer in USD millions.", f"${m.fcf[2025]} million",
      f"{cf['cfo'][2025]} - {m.capex[2025]}", ["cf:Net cash provided by operating activities",
                                               "cf:Capital expenditures"],
      [n(cf["cfo"][2025]), n(-m.capex[2025])])
    q("metrics-generated", f"What was {co}' FY2025 dividend payout ratio, using cash dividends paid from the cash flow "
      "statement and net income? Round to one decimal place.", pct(m.div[2025] / m.ni[2025]),
      f"{m.div[2025]} / {m.ni[2025]}", ["cf:Cash dividends paid", "is:Net income"],
      [n(-m.div[2025]), n(m.ni[2025])])
    q("metrics-generated", f"What was the year-over-year change in {co}' net sales from FY2024 to FY2025, in percent? "
      "Round to one decimal place.", pct((s[2025] - s[2024]) / s[2024]), f"({s[2025]} - {s[2024]}) / {s[2024]}",
      ["is:Net sales"], [n(s[2025]), n(s[2024])])
    nd = m.total_debt[2025] - b["cash"][2025] - b["sti"][2025]
    q("metrics-generated", f"What was {co}' net debt at the end of FY2025, defined as current portion of long-term "
      "debt "
      "plus long-term debt, minus cash and cash equivalents and short-term investments? Answer in USD millions using "
      "the balance sheet.", f"${nd} million",
      f"{b['cur_debt'][2025]} + {b['ltd'][2025]} - {b['cash'][2025]} - {b['sti'][2025]}",
      ["bs:Current portion of long-term debt", "bs:Long-term debt", "bs:Cash and cash equivalents"],
      [n(b["cur_debt"][2025]), n(b["ltd"][2025]), n(b["cash"][2025]), n(b["sti"][2025])])
    cov = m.oi[2025] / m.int_exp[2025]
    q("metrics-generated", f"What was {co}' interest coverage ratio for FY2025, calculated as operating income divided "
      "by interest expense? Round to two decimal places.", f"{rnd(cov, 2):.2f}x",
      f"{m.oi[2025]} / {m.int_exp[2025]}", ["is:Operating income", "is:Interest expense"],
      [n(m.oi[2025]), n(m.int_exp[2025])])
    # ---- domain-relevant (7)
    capex_rev = m.capex[2025] / s[2025]
    ppe_ta = b["ppe"][2025] / b["ta"][2025]
    fat = s[2025] / ((b["ppe"][2025] + b["ppe"][2024]) / 2)
    q("domain-relevant", f"Is {co} a capital-intensive business based on FY2025 data?",
      f"Only moderately. Capital expenditures were {pct(capex_rev)} of net sales ({m.capex[2025]} / {s[2025]}), net "
      f"PP&E was {pct(ppe_ta)} of total assets ({b['ppe'][2025]} / {b['ta'][2025]}), and net sales were about "
      f"{rnd(fat, 1):.1f}x average net PP&E, so the business needs steady but not heavy reinvestment.",
      "Capex / net sales; net PP&E / total assets; net sales / average net PP&E",
      ["cf:Capital expenditures", "bs:Property, plant and equipment, net", "bs:Total assets", "is:Net sales"],
      [n(-m.capex[2025]), n(b["ppe"][2025]), n(b["ta"][2025]), n(s[2025])])
    q("domain-relevant", f"Does {co} have a healthy liquidity profile based on its FY2025 quick ratio?",
      f"Yes. The quick ratio was about {rnd(quick, 2):.2f} (cash {b['cash'][2025]} + short-term investments "
      f"{b['sti'][2025]} + receivables {b['ar'][2025]}, over current liabilities of {b['tcl'][2025]}), so liquid "
      f"assets cover current liabilities without relying on inventory, and the company also had "
      f"${m.revolver_avail} million available under its revolving credit facility.",
      "(Cash + short-term investments + accounts receivable) / total current liabilities",
      ["bs:Total current liabilities", "liquidity_sources"],
      [n(b["cash"][2025]), n(b["sti"][2025]), n(b["ar"][2025]), n(b["tcl"][2025])])
    gm25, gm24 = m.gp[2025] / s[2025], m.gp[2024] / s[2024]
    q("domain-relevant", f"What drove the change in {co}' gross margin in FY2025?",
      f"Gross margin rose from {pct(gm24)} to {pct(gm25)}, because price realization exceeded material and labor "
      "inflation, CBOS productivity and savings from closing the Muncie gear plant, and a full year of the "
      "higher-margin Vantor filtration business; tariffs on imported steel products and castings (about $11 million) "
      "and higher U.S. wages partly offset these gains.", None, ["gm_drivers"], [pct(gm25), pct(gm24)])
    om25, om24 = m.oi[2025] / s[2025], m.oi[2024] / s[2024]
    q("domain-relevant", f"Does {co} have an improving operating margin profile as of FY2025? If operating margin is "
      "not a useful metric for a company like this, then state that and explain why.",
      f"Yes. Operating margin improved from {pct(om24)} in FY2024 to {pct(om25)} in FY2025, helped by higher gross "
      "margin, SG&A leverage on higher sales and lower restructuring charges, partly offset by higher amortization "
      "of acquired intangibles.", f"{m.oi[2025]} / {s[2025]} vs {m.oi[2024]} / {s[2024]}",
      ["is:Operating income", "opm_drivers"], [n(m.oi[2025]), n(m.oi[2024]), n(s[2025]), n(s[2024])])
    org = sum(v[0] for v in m.bridge.values())
    acq = sum(v[1] for v in m.bridge.values())
    fx = sum(v[2] for v in m.bridge.values())
    q("domain-relevant", f"How much of {co}' FY2025 net sales growth was organic and how much came from acquisitions?",
      f"Net sales grew ${s[2025] - s[2024]} million ({pct((s[2025] - s[2024]) / s[2024])}). Organic growth was "
      f"${org} million ({pct(org / s[2024])}), the Vantor acquisition added ${acq} million ({pct(acq / s[2024])}), and "
      f"currency reduced sales by ${-fx} million ({pct(-fx / s[2024])}).", None,
      ["mdna_bridge:Total", "sales_drivers", "highlights"], [n(org), n(acq), n(fx), pct(acq / s[2024])])
    q("domain-relevant", f"What industry does {co} primarily operate in, and what are its reportable segments?",
      "It is a diversified industrial manufacturer of engineered flow control, power transmission and filtration "
      "products (valves, actuators, pumps, gear drives, couplings, bearings and filters), reporting three segments: "
      "Fluid Handling, Power Transmission and Specialty Filtration.", None, ["biz_overview"],
      ["Fluid Handling", "Specialty Filtration"])
    ebitda = m.oi[2025] + m.da[2025]
    q("domain-relevant", f"Is {co}' leverage manageable at the end of FY2025? Use net debt (total debt less cash and "
      "short-term investments) divided by EBITDA, where EBITDA is operating income plus depreciation and "
      "amortization.",
      f"Yes. Net debt of ${nd} million divided by EBITDA of ${ebitda} million ({m.oi[2025]} + {m.da[2025]}) is about "
      f"{rnd(nd / ebitda, 2):.2f}x, well below the 3.75x maximum net leverage covenant in its credit agreement, and "
      "total debt fell during the year.", f"({m.total_debt[2025]} - {b['cash'][2025]} - {b['sti'][2025]}) / "
      f"({m.oi[2025]} + {m.dep[2025]} + {m.amort[2025]})",
      ["bs:Long-term debt", "is:Operating income", "cf:Depreciation", "cf:Amortization of intangible assets"],
      [n(b["ltd"][2025]), n(m.oi[2025]), n(m.dep[2025]), n(m.amort[2025])])
    # ---- novel-generated (6)
    sf = m.seg_sales["SF"]
    q("novel-generated", f"Which segment contributed the most to {co}' net sales growth in FY2025?",
      f"Specialty Filtration: its net sales rose ${sf[2025] - sf[2024]} million (from ${sf[2024]} million to "
      f"${sf[2025]} million), mostly from the Vantor acquisition (${m.bridge['SF'][1]} million) plus "
      f"${m.bridge['SF'][0]} million of organic growth.", None, ["mdna_bridge:Specialty Filtration"],
      [n(sf[2025]), n(sf[2024])])
    q("novel-generated", f"Who are {co}' largest customers?",
      "Its largest customers are national and regional industrial distributors, together with OEMs and large "
      "municipal and process end users; no customer reached 10% of net sales. The largest, a national industrial "
      "distributor, was about 7.8% of 2025 net sales, and the top ten customers were about 22%.", None,
      ["customers"], ["7.8%", "22%"])
    q("novel-generated", f"What legal proceedings is {co} party to?",
      "A patent infringement suit by Ostrander Valve Company over its TorqSeal actuators (trial scheduled for the "
      "fourth quarter of 2026, no accrual); groundwater remediation at a former site in Elkhart, Indiana (accrual "
      "$6.8 million); and a California wage-and-hour class action settled for $3.1 million in 2025.", None,
      ["legal"], ["Ostrander", "Elkhart", "$3.1 million"])
    q("novel-generated", f"How much did {co} spend on share repurchases in the fourth quarter of FY2025?",
      f"About ${m.q4_spend:.1f} million: {m.q4_shares:,} shares at an average price of about ${m.q4_avg:.2f}.",
      " + ".join(f"{nn:,} x ${p:.2f}" for _, nn, p in m.q4), ["repurchases:Total"],
      [f"{nn:,}" for _, nn, _ in m.q4] + [f"${p:.2f}" for _, _, p in m.q4])
    q("novel-generated", f"What subsequent events did {co} disclose after the end of FY2025?",
      "On February 3, 2026 it agreed to acquire Halden Pump Systems GmbH, a German maker of metering pumps, for "
      "about EUR 118 million (about $138 million), expected to close in the second quarter of 2026 and join Fluid "
      "Handling; on February 10, 2026 it raised the quarterly dividend to $0.32 per share.", None, ["subsequent"],
      ["Halden", "EUR 118 million", "$0.32"])
    q("novel-generated", f"How many employees did {co} have at the end of FY2025, and how many were covered by "
      "collective bargaining agreements?",
      "About 8,100 employees (about 5,600 in the United States); about 1,450 employees, or 18% of the workforce, "
      "were covered by collective bargaining agreements.", None, ["employees"], ["8,100", "1,450"])
    for x in qs:
        x["company"] = co
        x["doc_name"] = CO.doc_name
    return qs
