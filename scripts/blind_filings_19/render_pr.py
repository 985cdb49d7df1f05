"""Typesets the invented SaaS company's Q4 / fiscal 2026 earnings release (Exhibit 99.1 to Form 8-K)."""
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import saas_data as s
from fpdf.enums import XPos, YPos
from styles import PressStyle
from typeset import Doc, Table
from typeset import Row as R

FONTS = {
    ("DVCond", ""): "DejaVuSansCondensed.ttf",
    ("DVCond", "B"): "DejaVuSansCondensed-Bold.ttf",
    ("DVCond", "I"): "DejaVuSansCondensed-Oblique.ttf",
    ("DVCond", "BI"): "DejaVuSansCondensed-BoldOblique.ttf",
    ("LNarrow", ""): "LiberationSansNarrow-Regular.ttf",
    ("LNarrow", "B"): "LiberationSansNarrow-Bold.ttf",
    ("LNarrow", "I"): "LiberationSansNarrow-Italic.ttf",
    ("LNarrow", "BI"): "LiberationSansNarrow-BoldItalic.ttf",
}

H4 = [[("Three Months Ended\nJanuary 31,", 2), ("Fiscal Year Ended\nJanuary 31,", 2)],
      [("2026", 1), ("2025", 1), ("2026", 1), ("2025", 1)]]
H2BS = [[("January 31,", 2)], [("2026", 1), ("2025", 1)]]
H2CF = [[("Fiscal Year Ended January 31,", 2)], [("2026", 1), ("2025", 1)]]
TH = "(in thousands, except per share data; unaudited)"
T = "(in thousands; unaudited)"
LW4, CW4 = 232, 70
LW2, CW2 = 352, 80


def mil(x):
    """thousands -> '$201.4 million' style text."""
    m = (D(x) / 1000).quantize(D("0.1"), rounding=ROUND_HALF_UP)
    return f"${m:,.1f} million"


def growth0(a, b):
    g = (D(a) / D(b) - 1) * 100
    r = g.quantize(D(1), rounding=ROUND_HALF_UP)
    assert abs(abs(g - g.to_integral_value(rounding="ROUND_FLOOR")) - D("0.5")) > D("0.02"), (a, b, g)
    return f"{r}%"


# ===================================================================== tables
def t_ops():
    rows = [
        R("Revenue:", kind="head"),
        R("Subscription", s.rev_sub, indent=1, dollar=True, key="Revenue|Subscription"),
        R("Professional services and other", s.rev_ps, indent=1, key="Revenue|Professional services"),
        R("Total revenue", s.rev, "sub", indent=2, dollar=True),
        R("Cost of revenue:", kind="head", mark="(1)(2)"),
        R("Subscription", s.cor_sub, indent=1, key="Cost|Subscription"),
        R("Professional services and other", s.cor_ps, indent=1, key="Cost|Professional services"),
        R("Total cost of revenue", s.cor, "sub", indent=2),
        R("Gross profit", s.gp, "sub"),
        R("Operating expenses:", kind="head", mark="(1)(2)"),
        R("Research and development", s.rnd, indent=1),
        R("Sales and marketing", s.snm, indent=1),
        R("General and administrative", s.gna, indent=1),
        R("Restructuring", s.restr, indent=1),
        R("Total operating expenses", s.opex, "sub", indent=2),
        R("Operating income (loss)", s.opinc, "sub"),
        R("Interest income", s.int_inc, indent=1),
        R("Interest expense", s.int_exp, indent=1),
        R("Other income (expense), net", s.oth, indent=1),
        R("Income (loss) before provision for income taxes", s.pretax, "sub"),
        R("Provision for income taxes", s.tax, indent=1),
        R("Net income (loss)", s.ni, "total", dollar=True),
        R("Net income (loss) per share:", kind="head"),
        R("Basic", s.eps_b, indent=1, fmt="eps", dollar=True, key="EPS basic"),
        R("Diluted", s.eps_d, indent=1, fmt="eps", dollar=True, key="EPS diluted"),
        R("Weighted-average shares used in computing net income (loss) per share:", kind="head"),
        R("Basic", s.sh_basic, indent=1, key="Shares basic"),
        R("Diluted", s.sh_dil, indent=1, key="Shares diluted"),
    ]
    return Table("ops", [s.CO, "Condensed Consolidated Statements of Operations"], TH, H4, rows, LW4, CW4)


def t_sbc():
    rows = [
        R("(1) Stock-based compensation expense:", kind="head", bold=False, key="sbc head"),
        R("Cost of revenue — subscription", s.sbc_cor_sub, indent=1, dollar=True),
        R("Cost of revenue — professional services and other", s.sbc_cor_ps, indent=1),
        R("Research and development", s.sbc_rnd, indent=1, key="SBC|Research and development"),
        R("Sales and marketing", s.sbc_snm, indent=1, key="SBC|Sales and marketing"),
        R("General and administrative", s.sbc_gna, indent=1, key="SBC|General and administrative"),
        R("Total stock-based compensation expense", s.sbc, "sub", indent=2, dollar=True),
        R("(2) Amortization of acquired intangible assets:", kind="head", bold=False, key="amort head"),
        R("Cost of revenue — subscription", s.amort_cor, indent=1, dollar=True, key="Amort|Cost of revenue"),
        R("Sales and marketing", s.amort_snm, indent=1, key="Amort|Sales and marketing"),
        R("Total amortization of acquired intangible assets", s.amort, "sub", indent=2, dollar=True),
    ]
    return Table("sbc", ["Stock-Based Compensation and Amortization Included in Costs and Expenses"], T,
                 H4, rows, LW4, CW4)


def t_bs():
    rows = [R("Assets", kind="head"), R("Current assets:", kind="head", bold=False)]
    for i, (lbl, a, b) in enumerate(s.ca):
        rows.append(R(lbl, [a, b], indent=1, dollar=(i == 0)))
    rows.append(R("Total current assets", list(s.tca), "sub", indent=2))
    for lbl, a, b in s.nca:
        rows.append(R(lbl, [a, b]))
    rows.append(R("Total assets", list(s.tassets), "total", dollar=True))
    rows.append(R("", kind="blank"))
    rows.append(R("Liabilities and Stockholders’ Equity", kind="head"))
    rows.append(R("Current liabilities:", kind="head", bold=False))
    for i, (lbl, a, b) in enumerate(s.cl):
        rows.append(R(lbl, [a, b], indent=1, dollar=(i == 0)))
    rows.append(R("Total current liabilities", list(s.tcl), "sub", indent=2))
    for lbl, a, b in s.ncl:
        rows.append(R(lbl, [a, b]))
    rows.append(R("Total liabilities", list(s.tliab), "sub", indent=1))
    rows.append(R("Stockholders’ equity:", kind="head", bold=False))
    rows.append(R("Preferred stock", [0, 0], indent=1))
    rows.append(R("Common stock", list(s.common_stock), indent=1))
    rows.append(R("Additional paid-in capital", list(s.apic), indent=1))
    rows.append(R("Accumulated other comprehensive loss", list(s.aoci), indent=1))
    rows.append(R("Accumulated deficit", list(s.acc_def), indent=1))
    rows.append(R("Total stockholders’ equity", list(s.teq), "sub", indent=2))
    rows.append(R("Total liabilities and stockholders’ equity", list(s.tle), "total", dollar=True))
    return Table("bs", [s.CO, "Condensed Consolidated Balance Sheets"], T, H2BS, rows, LW2, CW2)


def t_cf():
    rows = [R("Cash flows from operating activities:", kind="head")]
    rows.append(R(s.cf_op[0][0], [s.cf_op[0][1], s.cf_op[0][2]], indent=1, dollar=True))
    rows.append(R("Adjustments to reconcile net loss to net cash provided by operating activities:", kind="text",
                  indent=1))
    for lbl, a, b in s.cf_op[1:]:
        rows.append(R(lbl, [a, b], indent=2, key="Op|" + lbl))
    rows.append(R("Changes in operating assets and liabilities, net of effects of acquisition:", kind="text",
                  indent=1))
    for lbl, a, b in s.cf_wc:
        rows.append(R(lbl, [a, b], indent=2, key="WC|" + lbl))
    rows.append(R("Net cash provided by operating activities", list(s.cfo), "sub", indent=3))
    rows.append(R("Cash flows from investing activities:", kind="head"))
    for lbl, a, b in s.cf_inv:
        rows.append(R(lbl, [a, b], indent=1))
    rows.append(R("Net cash used in investing activities", list(s.cfi), "sub", indent=3))
    rows.append(R("Cash flows from financing activities:", kind="head"))
    for lbl, a, b in s.cf_fin:
        rows.append(R(lbl, [a, b], indent=1))
    rows.append(R("Net cash provided by financing activities", list(s.cff), "sub", indent=3))
    rows.append(R("Effect of exchange rate changes on cash and cash equivalents", list(s.fx)))
    rows.append(R("Net increase in cash and cash equivalents", list(s.net_change), "sub"))
    rows.append(R("Cash and cash equivalents, beginning of period", list(s.cash_open)))
    rows.append(R("Cash and cash equivalents, end of period", list(s.cash_close), "total", dollar=True))
    rows.append(R("", kind="blank"))
    rows.append(R("Supplemental disclosures:", kind="head"))
    rows.append(R("Cash paid for income taxes", [3104, 2771], indent=1, dollar=True))
    rows.append(R("Cash paid for interest", [3450, 3450], indent=1))
    return Table("cf", [s.CO, "Condensed Consolidated Statements of Cash Flows"], T, H2CF, rows, LW2, CW2)


def t_rec_gp():
    sbc_cor = [a + b for a, b in zip(s.sbc_cor_sub, s.sbc_cor_ps)]
    rows = [R("GAAP gross profit", s.gp, dollar=True),
            R("Stock-based compensation expense", sbc_cor, indent=1),
            R("Amortization of acquired intangible assets", s.amort_cor, indent=1),
            R("Non-GAAP gross profit", s.ng_gp, "sub", dollar=True),
            R("Non-GAAP gross margin", s.ng_gm, fmt="pct1")]
    return Table("rec_gp", ["Reconciliation of GAAP to Non-GAAP Gross Profit"], T, H4, rows, LW4, CW4)


def t_rec_oi():
    rows = [R("GAAP operating income (loss)", s.opinc, dollar=True),
            R("Stock-based compensation expense", s.sbc, indent=1),
            R("Amortization of acquired intangible assets", s.amort, indent=1),
            R("Employer payroll taxes on employee stock transactions", s.payroll_tax, indent=1),
            R("Restructuring", s.restr, indent=1),
            R("Non-GAAP operating income", s.ng_opinc, "sub", dollar=True),
            R("Non-GAAP operating margin", s.ng_om, fmt="pct1")]
    return Table("rec_oi", ["Reconciliation of GAAP to Non-GAAP Operating Income"], T, H4, rows, LW4, CW4)


def t_rec_ni():
    rows = [R("GAAP net income (loss)", s.ni, dollar=True),
            R("Stock-based compensation expense", s.sbc, indent=1),
            R("Amortization of acquired intangible assets", s.amort, indent=1),
            R("Employer payroll taxes on employee stock transactions", s.payroll_tax, indent=1),
            R("Restructuring", s.restr, indent=1),
            R("Amortization of debt issuance costs", s.debt_cost, indent=1),
            R("Income tax effects of non-GAAP adjustments", s.tax_effect, indent=1, mark="(3)"),
            R("Non-GAAP net income", s.ng_ni, "sub", dollar=True),
            R("", kind="blank"),
            R("GAAP net income (loss) per share — diluted", s.eps_d, fmt="eps", dollar=True),
            R("Non-GAAP net income per share — diluted", s.ng_eps, fmt="eps", dollar=True),
            R("Weighted-average shares used in computing GAAP net income (loss) per share — diluted", s.sh_dil),
            R("Weighted-average shares used in computing non-GAAP net income per share — diluted", s.ng_sh_dil,
              mark="(4)")]
    fns = [("ni_fn3", "(3) Reflects the estimated tax effect of the non-GAAP adjustments using a long-term projected "
                      "non-GAAP tax rate."),
           ("ni_fn4", "(4) Non-GAAP diluted shares include the dilutive effect of employee equity awards and the "
                      "convertible senior notes that are excluded from GAAP diluted shares in periods of GAAP net "
                      "loss.")]
    return Table("rec_ni", ["Reconciliation of GAAP to Non-GAAP Net Income and Net Income per Share"], TH, H4,
                 rows, LW4, CW4, footnotes=fns)


def t_fcf():
    rows = [R("Net cash provided by operating activities", s.fcf_cfo, dollar=True),
            R("Less: purchases of property and equipment", s.fcf_capex, indent=1),
            R("Less: capitalized internal-use software", s.fcf_sw, indent=1),
            R("Free cash flow", s.fcf, "sub", dollar=True),
            R("Free cash flow margin", [s.pct1(a, b) for a, b in zip(s.fcf, s.rev)], fmt="pct1")]
    return Table("fcf", ["Reconciliation of Net Cash Provided by Operating Activities to Free Cash Flow"], T, H4,
                 rows, LW4, CW4)


def t_km():
    rows = [R("Remaining performance obligations", list(s.rpo), dollar=True, mark="(5)", key="RPO"),
            R("Current remaining performance obligations", list(s.crpo), dollar=True, mark="(5)", key="cRPO"),
            R("Customers with annual recurring revenue of $100,000 or more", list(s.cust100k), mark="(6)",
              key="Customers over $100k"),
            R("Net dollar retention rate", list(s.ndr), fmt="pct0", mark="(7)", key="NDR")]
    fns = [("km_fn5", "(5) Remaining performance obligations (RPO) represent contracted revenue that has not yet been "
                      "recognized, including deferred revenue and non-cancelable amounts to be invoiced; current RPO "
                      "is the portion expected to be recognized over the next 12 months. Amounts in thousands."),
           ("km_fn6", "(6) Annual recurring revenue (ARR) is the annualized value of subscription contracts in effect "
                      "at the end of the period."),
           ("km_fn7", "(7) Net dollar retention rate compares the ARR at period end from customers that were customers "
                      "twelve months earlier with the ARR from the same customers twelve months earlier.")]
    return Table("km", [s.CO, "Key Business Metrics"], "(dollars in thousands; unaudited)", H2BS, rows, LW2, CW2,
                 footnotes=fns)


def t_geo():
    rows = [R(k, v, dollar=(i == 0)) for i, (k, v) in enumerate(s.geo.items())]
    rows.append(R("Total revenue", s.rev, "total", dollar=True))
    return Table("geo", [s.CO, "Revenue by Geographic Area"], T, H4, rows, LW4, CW4, footnotes=[
        ("geo_fn", "Revenue by geography is based on the billing address of the customer.")])


def t_outlook():
    o = s.outlook
    rows = [R("Total revenue", [f"${o['q1_rev'][0]} – ${o['q1_rev'][1]}", f"${o['fy_rev'][0]} – ${o['fy_rev'][1]}"]),
            R("Non-GAAP operating income", [f"${o['q1_ngoi'][0]} – ${o['q1_ngoi'][1]}",
                                            f"${o['fy_ngoi'][0]} – ${o['fy_ngoi'][1]}"]),
            R("Non-GAAP net income per share — diluted", [f"${o['q1_eps'][0]} – ${o['q1_eps'][1]}",
                                                         f"${o['fy_eps'][0]} – ${o['fy_eps'][1]}"]),
            R("Weighted-average diluted shares (millions)", [f"~{o['q1_shares']}", f"~{o['fy_shares']}"]),
            R("Free cash flow", ["—", f"${o['fy_fcf'][0]} – ${o['fy_fcf'][1]}"])]
    return Table("outlook", ["Fiscal 2027 Guidance"], "(in millions, except per share data)",
                 [[("First Quarter\nFiscal 2027", 1), ("Full Year\nFiscal 2027", 1)]], rows, 292, 110)


# ===================================================================== text
def page1(doc):
    st = doc.style
    doc.add_page()
    doc.set_page_label(label_style="D", label_start=1)
    W = doc.epw
    doc.font(st.body_family, "B", 8.5, st.grey)
    t = "Exhibit 99.1"
    doc.text(doc.w - doc.r_margin - doc.get_string_width(t), 34, t)
    y = doc.get_y()
    doc.set_fill_color(*st.accent)
    doc.rect(doc.l_margin, y, W, 34, style="F")
    doc.font(st.body_family, "B", 17, (255, 255, 255))
    doc.text(doc.l_margin + 12, y + 23, "NIMBREL")
    doc.font(st.body_family, "", 8.5, (255, 255, 255))
    t = "Investor Relations  |  NYSE: NBRL"
    doc.text(doc.l_margin + W - 12 - doc.get_string_width(t), y + 21, t)
    doc.set_y(y + 48)
    doc.font(st.body_family, "B", 15.5, st.accent)
    doc.multi_cell(W, 19, "Nimbrel Reports Fourth Quarter and Fiscal 2026 Financial Results", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.vspace(4)
    doc.font(st.body_family, "I", 10, st.text_color)
    doc.multi_cell(W, 13, f"Fourth quarter revenue of {mil(s.rev[0])}, up {growth0(s.rev[0], s.rev[1])} year over "
                          f"year; first quarter of positive GAAP operating income; fiscal 2027 outlook calls for "
                          f"continued growth and expanding free cash flow", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.vspace(8)
    doc.para(f"ASHGROVE, Norvale — February 26, 2026 — {s.CO} (NYSE: {s.TICKER}), the cloud platform for "
             "finance-operations teams, today announced financial results for its fourth quarter and fiscal year ended "
             "January 31, 2026.", key="dateline")
    doc.para("“Fiscal 2026 was a milestone year for Nimbrel. We crossed three-quarters of a billion dollars in revenue, "
             "delivered our first quarter of GAAP operating profit and grew free cash flow by nearly double,” said "
             "Leandra Voss, co-founder and Chief Executive Officer of Nimbrel. “Finance teams are consolidating "
             "close, reconciliation and spend controls onto our platform, and the momentum in our large-customer "
             "cohort gives us confidence in another year of durable growth.”", key="ceo_quote")
    doc.para("“Our fourth-quarter results capped a year of disciplined execution,” said Tobias Renwick, Chief "
             "Financial Officer. “We expanded non-GAAP operating margin significantly while continuing to invest "
             "in product and international expansion, and we enter fiscal 2027 with record remaining performance "
             "obligations.”", key="cfo_quote")
    st.heading(doc, "Fourth Quarter Fiscal 2026 Financial Highlights", 2)
    bl = [
        ("q4_rev", f"Revenue: Total revenue was {mil(s.rev[0])}, an increase of {growth0(s.rev[0], s.rev[1])} year "
                   f"over year. Subscription revenue was {mil(s.rev_sub[0])}, an increase of "
                   f"{growth0(s.rev_sub[0], s.rev_sub[1])} year over year."),
        ("q4_oi", f"Operating income: GAAP operating income was {mil(s.opinc[0])}, compared with a GAAP operating loss "
                  f"of {mil(-s.opinc[1])} in the fourth quarter of fiscal 2025. Non-GAAP operating income was "
                  f"{mil(s.ng_opinc[0])}, or {s.ng_om[0]}% of total revenue."),
        ("q4_eps", f"Net income per share: GAAP net income per diluted share was ${s.eps_d[0]}; non-GAAP net income "
                   f"per diluted share was ${s.ng_eps[0]}, compared with ${s.ng_eps[1]} a year ago."),
        ("q4_cash", f"Cash flow: Operating cash flow was {mil(s.fcf_cfo[0])} and free cash flow was "
                    f"{mil(s.fcf[0])}."),
    ]
    for k, t in bl:
        head, rest = t.split(": ", 1)
        doc.bullet(f"**{head}:** {rest}", key=k, after=3, markdown=True)
    st.heading(doc, "Full Fiscal Year 2026 Financial Highlights", 2)
    bl = [
        ("fy_rev", f"Revenue: Total revenue was {mil(s.rev[2])}, an increase of {growth0(s.rev[2], s.rev[3])} year "
                   f"over year. Subscription revenue was {mil(s.rev_sub[2])}, an increase of "
                   f"{growth0(s.rev_sub[2], s.rev_sub[3])}."),
        ("fy_oi", f"Operating income: GAAP operating loss was {mil(-s.opinc[2])}, compared with {mil(-s.opinc[3])} in "
                  f"fiscal 2025. Non-GAAP operating income was {mil(s.ng_opinc[2])}, compared with "
                  f"{mil(s.ng_opinc[3])}."),
        ("fy_cash", f"Cash flow: Operating cash flow was {mil(s.cfo[0])} and free cash flow was {mil(s.fcf[2])}, "
                    f"compared with {mil(s.cfo[1])} and {mil(s.fcf[3])}, respectively, in fiscal 2025."),
        ("fy_rpo", f"Remaining performance obligations: RPO was ${(D(s.rpo[0]) / 1000000).quantize(D('0.01'))} "
                   f"billion at January 31, 2026, an increase of {growth0(s.rpo[0], s.rpo[1])} year over year; "
                   f"current RPO grew {growth0(s.crpo[0], s.crpo[1])} to {mil(s.crpo[0])}."),
        ("fy_cust", f"Customers: {s.cust100k[0]:,} customers had annual recurring revenue of $100,000 or more, up "
                    f"{growth0(s.cust100k[0], s.cust100k[1])} from {s.cust100k[1]:,} a year earlier, and total "
                    f"customers grew to approximately {s.customers_total[0]}."),
    ]
    for k, t in bl:
        head, rest = t.split(": ", 1)
        doc.bullet(f"**{head}:** {rest}", key=k, after=3, markdown=True)


def page2(doc):
    st = doc.style
    doc.add_page()
    st.heading(doc, "Recent Business Highlights", 2)
    for t in ("Launched Nimbrel Close Autopilot, which applies machine-learning matching to intercompany and bank "
              "reconciliations; more than 600 customers adopted it in its first full quarter.",
              "Opened a data center region in the Asia Pacific market and a new engineering hub to support regional "
              "data-residency requirements.",
              "Completed the restructuring plan announced in the first quarter, which consolidated two offices and "
              "reduced management layers."):
        doc.bullet(t, after=3)
    st.heading(doc, "Business Outlook", 1)
    doc.para("Based on information available as of February 26, 2026, Nimbrel is issuing the following guidance for "
             "the first quarter of fiscal 2027, ending April 30, 2026, and for the full fiscal year 2027, ending "
             "January 31, 2027:")
    doc.table(t_outlook())
    doc.para("Nimbrel has not reconciled non-GAAP operating income, non-GAAP net income per share or free cash flow "
             "guidance to the most directly comparable GAAP measures because stock-based compensation expense and "
             "the related employer payroll taxes cannot be predicted with reasonable certainty without unreasonable "
             "effort.", size=8.4)
    st.heading(doc, "Conference Call Information", 2)
    doc.para("Nimbrel will host a conference call for analysts and investors at 2:00 p.m. Pacific Time on February "
             "26, 2026. A live webcast and replay will be available on the investor relations section of the "
             "company’s website.")


def page3(doc):
    st = doc.style
    doc.vspace(4)
    st.heading(doc, "About Nimbrel", 2)
    doc.para("Nimbrel provides a cloud platform that helps finance-operations teams automate the financial close, "
             "account reconciliations, intercompany accounting and spend controls. Organizations of all sizes in more "
             "than 70 countries rely on Nimbrel to close their books faster and with greater confidence.")
    st.heading(doc, "Non-GAAP Financial Measures", 2)
    doc.para("This release includes non-GAAP gross profit and gross margin, non-GAAP operating income and operating "
             "margin, non-GAAP net income and net income per share, and free cash flow and free cash flow margin. "
             "Non-GAAP measures exclude stock-based compensation expense, amortization of acquired intangible "
             "assets, employer payroll taxes on employee stock transactions, restructuring charges, amortization of "
             "debt issuance costs and the related income tax effects. Free cash flow is net cash provided by "
             "operating activities less purchases of property and equipment and capitalized internal-use software. "
             "Management uses these measures to evaluate operating performance and believes they are useful to "
             "investors, but they should not be considered in isolation from, or as a substitute for, financial "
             "information prepared in accordance with GAAP. Reconciliations are provided in the tables below.")
    st.heading(doc, "Forward-Looking Statements", 2)
    doc.para("This release contains forward-looking statements, including statements about our business outlook for "
             "the first quarter and full year of fiscal 2027, customer demand, product adoption and our ability to "
             "expand margins. These statements are based on current expectations and are subject to risks and "
             "uncertainties, including macroeconomic conditions, competition, our ability to retain and expand "
             "customer relationships, data-security incidents, foreign-exchange fluctuations and other risks "
             "described in our most recent Quarterly Report on Form 10-Q. Actual results may differ materially, and "
             "we undertake no obligation to update these statements.")
    st.heading(doc, "Contacts", 2)
    doc.para("Investor Relations: Mara Eklund, ir@nimbrel.example  |  Media: Julian Osei, press@nimbrel.example")


def build(fonts):
    style = PressStyle("Nimbrel Reports Fourth Quarter and Fiscal 2026 Financial Results")
    doc = Doc(style, fonts)
    doc.set_title("Nimbrel Reports Fourth Quarter and Fiscal 2026 Financial Results (Exhibit 99.1)")
    doc.set_author(s.CO)
    doc.set_creator("blind_filings_19 generator")
    doc.set_producer("blind_filings_19")
    page1(doc)
    page2(doc)
    page3(doc)
    doc.add_page()
    doc.table(t_ops())
    doc.table(t_sbc())
    doc.add_page()
    doc.table(t_bs())
    doc.add_page()
    doc.table(t_cf())
    doc.add_page()
    doc.table(t_rec_gp())
    doc.table(t_rec_oi())
    doc.add_page()
    doc.table(t_rec_ni())
    doc.table(t_fcf())
    doc.add_page()
    doc.table(t_km())
    doc.table(t_geo())
    return doc
