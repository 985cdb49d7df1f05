"""Lays out the Alderbay Hotels & Resorts Form 10-Q (condensed sans, shaded header band). Only formats model
values."""

from kit import Doc, num, rnd

P = ("q25", "q24", "h25", "h24")
H4 = [[("Three Months Ended", 2), ("Six Months Ended", 2)], [("June 30,", 2), ("June 30,", 2)],
      [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
W4 = [21, 21, 21, 21]
HB = [[("June 30,", 1), ("December 31,", 1)], [("2025", 1), ("2024", 1)]]
W2 = [26, 26]
H6 = [[("Six Months Ended June 30,", 2)], [("2025", 1), ("2024", 1)]]
TOC = [("PART I \u2014 FINANCIAL INFORMATION", None), ("Item 1. Financial Statements (unaudited)", "i1"),
       ("Notes to Condensed Consolidated Financial Statements", "notes"),
       ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "i2"),
       ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "i3"),
       ("Item 4. Controls and Procedures", "i3"), ("PART II \u2014 OTHER INFORMATION", "p2")]


def N(v, places=0):
    return num(v, places)


def D(v, places=0):
    return num(v, places, dollar=True)


def row(label, vals, key=None, kind="plain", indent=0, dollar=False):
    return {"label": label, "vals": [D(v) if dollar else N(v) for v in vals], "key": key, "kind": kind,
            "indent": indent}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def build(h, toc=None):
    d = Doc("sans", "ALDERBAY HOTELS & RESORTS, INC.  |  FORM 10-Q  |  QUARTER ENDED JUNE 30, 2025",
            "Alderbay Hotels & Resorts 10-Q Q2 2025")
    labs = {}

    def mark(k):
        labs[k] = d.labels[-1]

    def q(k):
        return [h[k][p] for p in P]
    b1, b0, cf = h["b"]["jun"], h["b"]["dec"], h["cf"]
    d.new_page("none")
    d.set_font(d.fam, "B", 12)
    d.multi_cell(0, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549")
    d.ln(3)
    d.set_font(d.fam, "B", 22)
    d.set_text_color(20, 70, 120)
    d.multi_cell(0, 10, "FORM 10-Q")
    d.set_text_color(0, 0, 0)
    d.set_font(d.fam, "", 9.5)
    d.multi_cell(0, 5, "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                 "For the quarterly period ended June 30, 2025\nCommission File Number 001-37190")
    d.ln(5)
    d.set_font(d.fam, "B", 18)
    d.multi_cell(0, 9, "Alderbay Hotels & Resorts, Inc.")
    d.set_font(d.fam, "", 9.5)
    d.multi_cell(0, 5, "Maryland \u2014 IRS Employer Identification No. 46-5521930\n600 Harborview Terrace, Suite "
                 "1800, Baltimore, Maryland 21230\n(410) 555-0163\n\nCommon Stock, $0.01 par value \u2014 ALDB \u2014 "
                 "New York Stock Exchange")
    d.ln(4)
    d.para("Indicate by check mark whether the registrant is a large accelerated filer: Large accelerated filer [X]. "
           "As of July 25, 2025, 97,884,215 shares of common stock were outstanding.")
    d.ln(3)
    d.set_font(d.fam, "B", 11)
    d.set_text_color(20, 70, 120)
    d.multi_cell(0, 6, "Table of Contents")
    d.set_text_color(0, 0, 0)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None else "", 9)
        d.cell(d.ew - 18, 6, name)
        d.cell(18, 6, (toc or {}).get(k, "") if k else "", align="R")
        d.ln(6)

    d.new_page("arabic")
    mark("i1")
    d.heading("PART I \u2014 FINANCIAL INFORMATION", 0)
    d.heading("Item 1. Financial Statements", 1)
    d.heading("Condensed Consolidated Statements of Operations (unaudited)", 2)
    rows = [sec("Revenues"),
            row("Rooms", q("rooms"), "is_rooms", indent=1, dollar=True),
            row("Food and beverage", q("fb"), "is_fb", indent=1),
            row("Other hotel revenues", q("other"), "is_other", indent=1),
            row("Management and franchise fees", q("fees"), "is_fees", indent=1),
            row("Cost reimbursement revenue", q("reimb"), "is_reimb", indent=1),
            row("Total revenues", q("rev"), "is_rev", "total"),
            sec("Operating costs and expenses"),
            row("Rooms", q("x_rooms"), "is_xrooms", indent=1),
            row("Food and beverage", q("x_fb"), "is_xfb", indent=1),
            row("Other hotel operating expenses", q("x_other"), "is_xother", indent=1),
            row("Reimbursed costs", q("reimb"), "is_xreimb", indent=1),
            row("Depreciation and amortization", q("da"), "is_da", indent=1),
            row("General and administrative", q("ga"), "is_ga", indent=1),
            row("Total operating costs and expenses", q("exp"), "is_exp", "total"),
            row("Operating income", q("oi"), "is_oi", "total"),
            row("Interest expense", [-x for x in q("intx")], "is_intx"),
            row("Interest income", q("inti"), "is_inti"),
            row("Income before income taxes", q("pti"), "is_pti", "total"),
            row("Provision for income taxes", [-x for x in q("tax")], "is_tax"),
            row("Net income", q("ni"), "is_ni", "total", dollar=True),
            sec("Earnings per share"),
            txt("Basic", [f"${float(x):.2f}" for x in q("eps_b")], "is_epsb", indent=1),
            txt("Diluted", [f"${float(x):.2f}" for x in q("eps_d")], "is_epsd", indent=1),
            sec("Weighted average shares outstanding"),
            row("Basic", q("sh_b"), "is_shb", indent=1),
            row("Diluted", q("sh_d"), "is_shd", indent=1)]
    d.table("", W4, H4, rows, scale="(in thousands, except per share data)")
    d.para("See accompanying notes to condensed consolidated financial statements.", size=7.5)

    def bb(k):
        return [b1[k], b0[k]]
    d.heading("Condensed Consolidated Balance Sheets", 2)
    rows = [sec("ASSETS"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Restricted cash", bb("rcash"), "bs_rcash", indent=1),
            row("Accounts receivable, net", bb("ar"), "bs_ar", indent=1),
            row("Prepaid expenses and other current assets", bb("prep"), "bs_prep", indent=1),
            row("Total current assets", bb("ca"), "bs_ca", "total"),
            row("Property and equipment, net", bb("ppe"), "bs_ppe"),
            row("Intangible assets, net", bb("intang"), "bs_int"),
            row("Goodwill", bb("gw"), "bs_gw"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Other assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True),
            sec("LIABILITIES AND STOCKHOLDERS' EQUITY"),
            row("Accounts payable and accrued expenses", bb("ap"), "bs_ap", indent=1, dollar=True),
            row("Advance deposits and deferred revenue", bb("defrev"), "bs_defrev", indent=1),
            row("Current portion of long-term debt", bb("cur_debt"), "bs_curd", indent=1),
            row("Total current liabilities", bb("cl"), "bs_cl", "total"),
            row("Long-term debt, net of current portion", bb("ltd"), "bs_ltd"),
            row("Operating lease liabilities", bb("lease"), "bs_lease"),
            row("Deferred income taxes", bb("def_tax"), "bs_dt"),
            row("Other liabilities", bb("oth_l"), "bs_othl"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Stockholders' equity"),
            row("Common stock and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Treasury stock, at cost", bb("treas"), "bs_treas", indent=1),
            row("Accumulated other comprehensive loss", bb("aoci"), "bs_aoci", indent=1),
            row("Total stockholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and stockholders' equity", bb("tle"), "bs_tle", "total", dollar=True)]
    d.table("", W2, HB, rows, scale="(in thousands)")

    c = lambda k: [cf["h25"][k], cf["h24"][k]]  # noqa: E731
    rows = [sec("Operating activities"),
            row("Net income", c("ni"), "cf_ni", indent=1, dollar=True),
            row("Depreciation and amortization", c("da"), "cf_da", indent=1),
            row("Share-based compensation", c("sbc"), "cf_sbc", indent=1),
            row("Deferred income taxes", c("deft"), "cf_deft", indent=1),
            row("Accounts receivable", c("ar"), "cf_ar", indent=1),
            row("Prepaid expenses and other current assets", c("prep"), "cf_prep", indent=1),
            row("Accounts payable and accrued expenses", c("ap"), "cf_ap", indent=1),
            row("Advance deposits and deferred revenue", c("defrev"), "cf_defrev", indent=1),
            row("Other, net", c("other"), "cf_other", indent=1),
            row("Net cash provided by operating activities", c("ocf"), "cf_ocf", "total"),
            sec("Investing activities"),
            row("Capital expenditures for property and equipment", c("capex"), "cf_capex", indent=1),
            row("Acquisition of hotel property", c("hacq"), "cf_hacq", indent=1),
            row("Key money and contract acquisition costs", c("key"), "cf_key", indent=1),
            row("Net cash used in investing activities", c("icf"), "cf_icf", "total"),
            sec("Financing activities"),
            row("Borrowings under revolving credit facility", c("rin"), "cf_rin", indent=1),
            row("Repayments under revolving credit facility", c("rout"), "cf_rout", indent=1),
            row("Repayments of mortgage loans", c("mort"), "cf_mort", indent=1),
            row("Dividends paid", c("div"), "cf_div", indent=1),
            row("Repurchases of common stock", c("rep"), "cf_rep", indent=1),
            row("Net cash used in financing activities", c("fcf"), "cf_fcf", "total"),
            row("Net change in cash, cash equivalents and restricted cash", c("net"), "cf_net", "total"),
            row("Cash, cash equivalents and restricted cash, beginning of period", c("beg"), "cf_beg"),
            row("Cash, cash equivalents and restricted cash, end of period", c("end"), "cf_end", "total",
                dollar=True)]
    d.table("Condensed Consolidated Statements of Cash Flows", [26, 26], H6, rows, scale="(in thousands)",
            split_at=16)

    d.new_page()
    d.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 2)
    mark("notes")
    d.para("Note 1. Basis of Presentation. Alderbay Hotels & Resorts, Inc. owns, leases, manages and franchises "
           "upper-upscale and upscale hotels and resorts in the United States, Canada and the Caribbean. The "
           "condensed consolidated financial statements are unaudited and should be read with the audited "
           "financial statements in our 2024 Annual Report on Form 10-K. Results for interim periods are not "
           "necessarily indicative of results for the full year, as our business is seasonal.")
    d.heading("Note 2. Revenue", 2)
    d.para("The following table disaggregates revenue by type. Rooms, food and beverage and other hotel revenues are "
           "earned at owned and leased hotels; management and franchise fees and cost reimbursement revenue are "
           "earned from managed and franchised hotels.")
    rows = [sec("Owned and leased hotels"),
            row("Rooms", q("rooms"), "rv_rooms", indent=1, dollar=True),
            row("Food and beverage", q("fb"), "rv_fb", indent=1),
            row("Other hotel revenues", q("other"), "rv_other", indent=1),
            row("Total owned and leased hotel revenues", q("owned_rev"), "rv_owned", "total"),
            sec("Managed and franchised"),
            row("Management and franchise fees", q("fees"), "rv_fees", indent=1),
            row("Cost reimbursement revenue", q("reimb"), "rv_reimb", indent=1),
            row("Total managed and franchised revenues", q("mf_rev"), "rv_mf", "total"),
            row("Total revenues", q("rev"), "rv_tot", "total", dollar=True)]
    d.table("Revenue by type (in thousands)", W4, H4, rows)
    d.heading("Note 3. Debt", 2)
    dd = h["debt"]
    rows = [row("Mortgage loans, 3.9% to 6.4%, due 2026 to 2033", [dd["jun"]["mort"], dd["dec"]["mort"]], "dt_mort",
                dollar=True),
            row("Term loan, SOFR + 1.75%, due 2028", [dd["jun"]["tl"], dd["dec"]["tl"]], "dt_tl"),
            row("4.875% senior notes due 2029", [dd["jun"]["n29"], dd["dec"]["n29"]], "dt_n29"),
            row("6.25% senior notes due 2031", [dd["jun"]["n31"], dd["dec"]["n31"]], "dt_n31"),
            row("Revolving credit facility", [dd["jun"]["rev"], dd["dec"]["rev"]], "dt_rev"),
            row("Total debt", [h["debt_tot"]["jun"], h["debt_tot"]["dec"]], "dt_tot", "total"),
            row("Less: current portion", [-b1["cur_debt"], -b0["cur_debt"]], "dt_cur"),
            row("Long-term debt, net of current portion", [b1["ltd"], b0["ltd"]], "dt_ltd", "total", dollar=True)]
    d.table("Debt (in thousands)", W2, HB, rows)
    d.para("We were in compliance with all financial covenants at June 30, 2025. The estimated fair value of total "
           "debt was approximately 98% of its carrying value.")
    d.heading("Note 4. Earnings Per Share", 2)
    rows = [row("Net income", q("ni"), "ep_ni", dollar=True),
            row("Weighted average shares \u2014 basic", q("sh_b"), "ep_shb"),
            row("Dilutive effect of share-based awards", q("sh_de"), "ep_de"),
            row("Weighted average shares \u2014 diluted", q("sh_d"), "ep_shd", "total"),
            txt("Basic earnings per share", [f"${float(x):.2f}" for x in q("eps_b")], "ep_b"),
            txt("Diluted earnings per share", [f"${float(x):.2f}" for x in q("eps_d")], "ep_d")]
    d.table("Earnings per share", W4, H4, rows, scale="(in thousands, except per share amounts)")
    d.heading("Note 5. Segment Information", 2)
    d.para("We have two reportable segments: owned and leased hotels, and managed and franchised. Our chief "
           "operating decision maker evaluates segments on segment adjusted EBITDA. Cost reimbursement revenue and "
           "reimbursed costs offset and are excluded from segment adjusted EBITDA.")
    rows = [sec("Segment revenues"),
            row("Owned and leased hotels", q("owned_rev"), "sg_rev_o", indent=1, dollar=True),
            row("Managed and franchised (excluding cost reimbursements)", q("fees"), "sg_rev_m", indent=1),
            row("Cost reimbursement revenue", q("reimb"), "sg_reimb", indent=1),
            row("Total revenues", q("rev"), "sg_rev", "total", dollar=True),
            sec("Segment adjusted EBITDA"),
            row("Owned and leased hotels", q("seg_owned"), "sg_o", indent=1, dollar=True),
            row("Managed and franchised", q("seg_mf"), "sg_m", indent=1),
            row("Corporate and other", [-x for x in q("ga_corp")], "sg_c", indent=1),
            row("Adjusted EBITDA", q("adj_ebitda"), "sg_adj", "total", dollar=True),
            row("Depreciation and amortization", [-x for x in q("da")], "sg_da", indent=1),
            row("Interest expense, net", [-x for x in q("int_net")], "sg_int", indent=1),
            row("Provision for income taxes", [-x for x in q("tax")], "sg_tax", indent=1),
            row("Share-based compensation", [-x for x in q("sbc")], "sg_sbc", indent=1),
            row("Transaction and other costs", [-x for x in q("trans")], "sg_trans", indent=1),
            row("Net income", q("ni"), "sg_ni", "total", dollar=True)]
    d.table("Segment results (in thousands)", W4, H4, rows)
    d.heading("Note 6. Acquisition", 2)
    d.para(f"On March 12, 2025, we acquired the 242-room Wexcombe Harbor Hotel in Portland, Maine for "
           f"${-cf['h25']['hacq']:,} thousand in cash, accounted for as an asset acquisition and recorded in property "
           "and equipment.")
    d.heading("Note 7. Share-Based Compensation", 2)
    d.para("We grant restricted stock units and performance share units to employees and directors under our 2022 "
           "Omnibus Incentive Plan. During the six months ended June 30, 2025 we granted approximately 0.9 million "
           "restricted stock units and 0.3 million performance share units. Share-based compensation is recorded in "
           "general and administrative expense.")
    d.heading("Note 8. Commitments and Contingencies", 2)
    d.para("We have committed to fund key money and other contributions to owners of managed and franchised hotels "
           "of approximately $41 million over the next three years, subject to conditions. We provide performance "
           "guarantees to the owners of four managed hotels; no amounts were accrued at June 30, 2025 or December "
           "31, 2024. We are subject to claims arising in the ordinary course of business, none of which we expect "
           "to have a material effect.")
    d.heading("Note 9. Subsequent Events", 2)
    d.para("On July 22, 2025 we entered into an agreement to sell a 188-room owned hotel in Sacramento, California "
           "for approximately $54 million, subject to customary closing conditions. The hotel did not meet the "
           "criteria for held-for-sale classification at June 30, 2025.")

    d.new_page()
    mark("i2")
    d.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.para("This discussion should be read with the condensed consolidated financial statements in Item 1 and the "
           "2024 Annual Report on Form 10-K. Comparable hotels are owned and leased hotels that were open and "
           "operated by us for the entire current and prior periods and were not undergoing major renovation.")
    d.heading("Overview", 2)
    d.para("Alderbay is a lodging company with a portfolio of owned and leased hotels and a growing fee-based "
           "business of managed and franchised hotels operating under our Alderbay, Meridian Quay and Thistlewood "
           "brands. Our strategy is to grow fee revenues through new management and franchise agreements while "
           "recycling capital from non-core owned hotels into renovations, acquisitions and share repurchases. Our "
           "business is seasonal: the second and third quarters generally produce the highest revenues at our "
           "urban and resort hotels, and results can be affected by weather, group calendars and airline capacity.")
    d.para("During the second quarter of 2025 we opened or converted ten managed and franchised hotels, signed "
           "fourteen new agreements and ended the quarter with a development pipeline of approximately 11,900 rooms. "
           "We continued the renovation of guest rooms at two resorts, which reduced available inventory at those "
           "hotels; both are excluded from comparable hotels.")
    d.heading("Portfolio", 2)
    rows = []
    for k, ((h1, r1), (h0, r0)) in h["port"].items():
        rows.append(txt(k, [N(h1), N(r1), N(h0), N(r0)], "pt_" + k.split()[0].lower()))
    (th1, tr1), (th0, tr0) = h["port_tot"]
    rows.append(txt("Total", [N(th1), N(tr1), N(th0), N(tr0)], "pt_tot", "total"))
    d.table("Hotels and rooms", W4, [[("June 30, 2025", 2), ("December 31, 2024", 2)],
                                     [("Hotels", 1), ("Rooms", 1), ("Hotels", 1), ("Rooms", 1)]], rows)
    d.heading("Comparable hotel operating statistics", 2)
    s_comp = (f"Our comparable owned and leased hotels consisted of {h['comp_hotels']} hotels with "
              f"{h['comp_rooms']:,} rooms in each period presented.")
    d.para(s_comp + " Occupancy is rooms sold divided by rooms available; average daily rate (ADR) is rooms revenue "
           "divided by rooms sold; revenue per available room (RevPAR) is rooms revenue divided by rooms available.",
           keys={"p_comp": s_comp})
    rows = [txt("Occupancy", [f"{float(x):.1f}%" for x in q("occ")], "op_occ"),
            txt("Average daily rate", [f"${float(x):,.2f}" for x in q("adr")], "op_adr"),
            txt("RevPAR", [f"${float(x):,.2f}" for x in q("revpar")], "op_revpar"),
            row("Comparable rooms revenue (in thousands)", q("comp_rev"), "op_crev", dollar=True)]
    d.table("Comparable owned and leased hotels", W4, H4, rows)
    d.para("Comparable RevPAR growth in the second quarter was driven by rate, particularly in our urban group "
           "hotels, while leisure demand at our Caribbean resorts moderated. Food and beverage revenues benefited "
           "from stronger group banqueting.")
    d.heading("Results of operations", 2)
    ch = h["rev"]["q25"] - h["rev"]["q24"]
    d.para(f"Total revenues increased ${ch:,} thousand in the second quarter of 2025 compared with the second "
           "quarter of 2024, reflecting higher rooms revenue at comparable hotels, the Wexcombe Harbor acquisition "
           "and growth in management and franchise fees from net unit growth. General and administrative expense "
           "includes transaction and other costs related to the Wexcombe Harbor acquisition and a pending franchise "
           f"portfolio transaction. Our effective tax rate was {float(h['tax_rate']['q25']) * 100:.1f}% for the "
           f"three months ended June 30, 2025 compared with {float(h['tax_rate']['q24']) * 100:.1f}% in the prior "
           "year period.")
    d.heading("Non-GAAP measure: Adjusted EBITDA", 2)
    d.para("Adjusted EBITDA is net income before interest expense, net, income taxes, depreciation and amortization, "
           "share-based compensation and transaction and other costs. It is a non-GAAP measure and should not be "
           "considered an alternative to net income.")
    rows = [row("Net income", q("ni"), "ae_ni", dollar=True),
            row("Interest expense, net", q("int_net"), "ae_int"),
            row("Provision for income taxes", q("tax"), "ae_tax"),
            row("Depreciation and amortization", q("da"), "ae_da"),
            row("Share-based compensation", q("sbc"), "ae_sbc"),
            row("Transaction and other costs", q("trans"), "ae_trans"),
            row("Adjusted EBITDA", q("adj_ebitda"), "ae_adj", "total", dollar=True)]
    d.table("Reconciliation of net income to Adjusted EBITDA (in thousands)", W4, H4, rows)
    d.heading("Liquidity and capital resources", 2)
    s_rev = (f"At June 30, 2025, we had ${float(rnd(h['debt']['jun']['rev'] / 1000, 1)):.1f} million of borrowings "
             f"and ${float(rnd(h['rev_loc'] / 1000, 1)):.1f} million of letters of credit outstanding under our "
             f"${h['rev_cap'] // 1000} million revolving credit facility")
    d.para("Our sources of liquidity are cash on hand, cash from operations and our revolving credit facility. "
           + s_rev + ", which matures in March 2028. Restricted cash consists primarily of furniture, fixtures and "
           "equipment reserves required by mortgage lenders. We expect capital expenditures of $190 million to $210 "
           "million for full-year 2025, including the renovation of two resorts.", keys={"p_rev": s_rev})
    s_div = f"On June 12, 2025, our Board declared a quarterly cash dividend of ${float(h['dps']):.2f} per share"
    d.para(s_div + ", payable on July 15, 2025 to stockholders of record on June 30, 2025.", keys={"p_div": s_div})
    mark("i3")
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1)
    var = h["debt"]["jun"]["tl"] + h["debt"]["jun"]["rev"]
    d.para(f"Our variable-rate debt, consisting of the term loan and revolver borrowings, totaled ${var:,} thousand "
           "at June 30, 2025. A 100 basis point change in SOFR would change annual interest expense by approximately "
           f"${float(rnd(var / 100000, 1)):.1f} million. There have been no other material changes in market risk "
           "since December 31, 2024.")
    d.heading("Critical accounting estimates", 2)
    d.para("Our critical accounting estimates, including impairment of long-lived assets and goodwill, income taxes "
           "and the valuation of acquired management and franchise contracts, are described in our 2024 Annual "
           "Report on Form 10-K. There were no material changes during the six months ended June 30, 2025.")
    d.heading("Item 4. Controls and Procedures", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
           "procedures were effective as of June 30, 2025. There were no changes in internal control over financial "
           "reporting during the quarter that materially affected, or are reasonably likely to materially affect, "
           "it.")
    d.new_page()
    mark("p2")
    d.heading("PART II \u2014 OTHER INFORMATION", 0)
    d.heading("Item 1. Legal Proceedings", 2)
    d.para("We are involved in various claims and lawsuits arising in the ordinary course of business, including "
           "guest injury, employment and contract matters, none of which we expect to be material.")
    d.heading("Item 1A. Risk Factors", 2)
    d.para("There have been no material changes to the risk factors disclosed in our 2024 Annual Report on Form "
           "10-K.")
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2)
    d.para("In November 2023 our Board authorized the repurchase of up to $400 million of common stock. The following "
           "table summarizes repurchases during the second quarter of 2025.")
    rows = []
    for i, (per, n, cents) in enumerate(h["rep_q2"]):
        rows.append(txt(per, [f"{n:,}", f"${cents / 100:,.2f}", f"{n:,}",
                              f"${float(rnd(h['rep_rem'][i] / 1000000, 1)):,.1f}"], f"rep{i}"))
    rows.append(txt("Total", [f"{h['rep_q2_total']:,}", "", f"{h['rep_q2_total']:,}", ""], "rep_tot", "total"))
    d.table("Issuer purchases of equity securities", [22, 22, 28, 40],
            [[("Total shares", 1), ("Average price", 1), ("Shares purchased", 1), ("Remaining authorization", 1)],
             [("purchased", 1), ("per share", 1), ("under program", 1), ("($ in millions)", 1)]], rows)
    d.heading("Item 5. Other Information", 2)
    d.para("During the three months ended June 30, 2025, none of our directors or officers adopted or terminated a "
           "Rule 10b5-1 trading arrangement.")
    d.heading("Item 6. Exhibits", 2)
    d.para("10.1 Second Amendment to Credit Agreement; 31.1 and 31.2 Certifications under Section 302; 32.1 "
           "Certification under Section 906; 101 Inline XBRL documents.")
    d.para("SIGNATURES \u2014 Alderbay Hotels & Resorts, Inc. By: /s/ Teodora J. Brannigan, Executive Vice President "
           "and Chief Financial Officer. Date: August 5, 2025.")
    return d, labs
