"""Lays out the Tillmore Home & Table Form 10-Q (DejaVu Serif Condensed, dark header band, scale notes under the
tables or in the caption; amounts in millions with one decimal). Only formats model values."""

from fractions import Fraction as F

from kit import EM, Doc, num, rnd

P = ("q25", "q24", "y25", "y24")
H4 = [[("13 Weeks Ended", 2), ("39 Weeks Ended", 2)], [("Nov. 1,", 1), ("Nov. 2,", 1), ("Nov. 1,", 1),
                                                       ("Nov. 2,", 1)],
      [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
W4 = [20, 20, 20, 20]
HB = [[("November 1,", 1), ("February 1,", 1), ("November 2,", 1)], [("2025", 1), ("2025", 1), ("2024", 1)]]
W3 = [24, 24, 24]
H39 = [[("39 Weeks Ended", 2)], [("November 1,", 1), ("November 2,", 1)], [("2025", 1), ("2024", 1)]]
W2 = [26, 26]
CATS = ("FU", "KD", "DT", "SO")
TOC = [("PART I. FINANCIAL INFORMATION", None), ("Item 1. Financial Statements (Unaudited)", "i1"),
       ("Notes to Condensed Consolidated Financial Statements", "notes"),
       ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "i2"),
       ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "i3"),
       ("Item 4. Controls and Procedures", "i4"), ("PART II. OTHER INFORMATION", "p2"), ("Signatures", "sig")]


def M(v):
    """Tenths of a million as millions with one decimal."""
    return num(F(v, 10), 1)


def MD(v):
    return num(F(v, 10), 1, dollar=True)


def row(label, vals, key=None, kind="plain", indent=0, dollar=False, double=False):
    return {"label": label, "vals": [MD(v) if dollar else M(v) for v in vals], "key": key, "kind": kind,
            "indent": indent, "double": double}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def p1(x):
    """A percentage given in percent (Fraction), one decimal, negatives in parentheses."""
    v = rnd(x, 1)
    return f"({float(-v):.1f})%" if v < 0 else f"{float(v):.1f}%"


def rate(a, b):
    return p1(F(100 * a, b))


def mtxt(v):
    return f"${float(rnd(F(v, 10), 1)):,.1f} million"


def build(r, toc=None):
    d = Doc("dvserif", "Tillmore Home & Table, Inc. \u2014 Form 10-Q for the quarter ended November 1, 2025",
            "Tillmore Home & Table Form 10-Q Q3 Fiscal 2025")
    b1, b0, b2, cf = r["b"]["nov"], r["b"]["feb"], r["b"]["nov24"], r["cf"]
    cn = r["cat_names"]

    def mark(k):
        d.mark(k)

    def q(k):
        return [r[k][p] for p in P]

    def qn(k):
        return [-r[k][p] for p in P]

    # ---------------------------------------------------------------- cover and contents (unnumbered)
    d.new_page("none")
    d.set_font(d.fam, "B", 11)
    d.multi_cell(0, 5.5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    d.ln(2)
    d.set_font(d.fam, "B", 20)
    d.set_text_color(34, 72, 58)
    d.multi_cell(0, 9, "FORM 10-Q", align="C")
    d.set_text_color(0, 0, 0)
    d.set_font(d.fam, "", 9)
    d.multi_cell(0, 4.6, "[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF "
                 "1934\nFor the quarterly period ended November 1, 2025\nor\n[ ] TRANSITION REPORT PURSUANT TO "
                 "SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission File Number 001-41877",
                 align="C")
    d.ln(3)
    d.set_font(d.fam, "B", 16)
    d.multi_cell(0, 8, "TILLMORE HOME & TABLE, INC.", align="C")
    d.set_font(d.fam, "", 9)
    d.multi_cell(0, 4.6, "(Exact name of registrant as specified in its charter)\nDelaware \u2014 I.R.S. Employer "
                 "Identification No. 86-3304192\n900 Larkin Mill Drive, Charlotte, North Carolina 28217\n"
                 "(704) 555-0138\nCommon stock, par value $0.01 per share \u2014 TLMR \u2014 New York Stock Exchange",
                 align="C")
    d.ln(2)
    d.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
           "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months, and (2) has been "
           "subject to such filing requirements for the past 90 days. Yes [X] No [ ]. Large accelerated filer [X]. "
           "Shell company: Yes [ ] No [X]. The registrant had "
           f"{(r['sh_eq']['nov25'] - 37) * 1000 + 418:,} shares of common stock outstanding as of December 2, "
           "2025.", size=8.4)
    d.ln(1)
    d.set_font(d.fam, "B", 10)
    d.set_fill_color(34, 72, 58)
    d.set_text_color(255, 255, 255)
    d.cell(0, 6, "  TABLE OF CONTENTS", fill=True)
    d.set_text_color(0, 0, 0)
    d.ln(7)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None or k == "p2" else "", 8.8)
        d.cell(d.ew - 16, 5.4, name)
        d.cell(16, 5.4, (toc or {}).get(k, "") if k else "Page", align="R")
        d.ln(5.4)

    # ---------------------------------------------------------------- Item 1
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I. FINANCIAL INFORMATION", 0)
    d.heading("Item 1. Financial Statements", 1)
    rows = [row("Net sales", q("sales"), "is_sales", dollar=True),
            row("Cost of sales, including buying and occupancy costs", q("cos"), "is_cos"),
            row("Gross profit", q("gp"), "is_gp", "total"),
            row("Selling, general and administrative expenses", q("sga"), "is_sga"),
            row("Depreciation and amortization", q("da"), "is_da"),
            row("Impairment of store assets", q("impair"), "is_imp"),
            row("Operating income", q("oi"), "is_oi", "total"),
            row("Interest expense, net", q("intx"), "is_int"),
            row("Income before income taxes", q("pti"), "is_pti", "total"),
            row("Income tax expense", q("tax"), "is_tax"),
            row("Net income", q("ni"), "is_ni", "total", dollar=True, double=True),
            sec("Earnings per share:"),
            txt("Basic", [num(x, 2, dollar=True) for x in q("eps_b")], "is_epsb", indent=1),
            txt("Diluted", [num(x, 2, dollar=True) for x in q("eps_d")], "is_epsd", indent=1),
            sec("Weighted-average shares outstanding:"),
            row("Basic", q("sh_b"), "is_shb", indent=1),
            row("Diluted", q("sh_d"), "is_shd", indent=1)]
    d.table("CONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)", W4, H4, rows,
            scale="(In millions, except per share amounts)", scale_pos="caption")
    d.para("See accompanying Notes to Condensed Consolidated Financial Statements.", size=7.4)

    def bb(k):
        return [b1[k], b0[k], b2[k]]
    rows = [sec("Assets"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", dollar=True),
            row("Receivables, net", bb("recv"), "bs_recv"),
            row("Merchandise inventories", bb("inv"), "bs_inv"),
            row("Prepaid expenses and other current assets", bb("prep"), "bs_prep"),
            row("Total current assets", bb("ca"), "bs_ca", "total"),
            row("Property and equipment, net", bb("ppe"), "bs_ppe"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Other assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True, double=True),
            sec("Liabilities and shareholders' equity"),
            row("Accounts payable", bb("ap"), "bs_ap", dollar=True),
            row("Accrued expenses and other current liabilities", bb("accr"), "bs_accr"),
            row("Current operating lease liabilities", bb("lease_cur"), "bs_leasec"),
            row("Borrowings under revolving credit facility", bb("abl"), "bs_abl"),
            row("Total current liabilities", bb("cl"), "bs_cl", "total"),
            row("Long-term operating lease liabilities", bb("lease_lt"), "bs_leaselt"),
            row("Deferred income taxes", bb("dtl"), "bs_dtl"),
            row("Other long-term liabilities", bb("oth_l"), "bs_othl"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Shareholders' equity:"),
            row("Common stock", bb("cs"), "bs_cs", indent=1),
            row("Additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Total shareholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and shareholders' equity", bb("tle"), "bs_tle", "total", dollar=True,
                double=True)]
    d.new_page()
    d.table("CONDENSED CONSOLIDATED BALANCE SHEETS", W3, HB, rows,
            scale="(In millions. November 1, 2025 and November 2, 2024 are unaudited.)")

    def c(k):
        return [cf["y25"][k], cf["y24"][k]]
    rows = [sec("Operating activities"),
            row("Net income", c("ni"), "cf_ni", dollar=True),
            sec("Adjustments to reconcile net income to net cash from operating activities:"),
            row("Depreciation and amortization", c("da"), "cf_da", indent=1),
            row("Stock-based compensation", c("sbc"), "cf_sbc", indent=1),
            row("Impairment of store assets", c("impair"), "cf_imp", indent=1),
            row("Deferred income taxes", c("deft"), "cf_deft", indent=1),
            sec("Changes in operating assets and liabilities:"),
            row("Receivables", c("recv"), "cf_recv", indent=1),
            row("Merchandise inventories", c("inv"), "cf_inv", indent=1),
            row("Prepaid expenses and other current assets", c("prep"), "cf_prep", indent=1),
            row("Accounts payable", c("ap"), "cf_ap", indent=1),
            row("Accrued expenses and other current liabilities", c("accr"), "cf_accr", indent=1),
            row("Operating lease assets and liabilities, net", c("lease"), "cf_lease", indent=1),
            row("Other long-term liabilities", c("other"), "cf_other", indent=1),
            row("Net cash provided by operating activities", c("ocf"), "cf_ocf", "total"),
            sec("Investing activities"),
            row("Capital expenditures", c("capex"), "cf_capex", indent=1),
            row("Net cash used in investing activities", c("icf"), "cf_icf", "total"),
            sec("Financing activities"),
            row("Borrowings under revolving credit facility", c("ablin"), "cf_ablin", indent=1),
            row("Repayments under revolving credit facility", c("ablout"), "cf_ablout", indent=1),
            row("Dividends paid", c("div"), "cf_div", indent=1),
            row("Repurchases of common stock", c("rep"), "cf_rep", indent=1),
            row("Tax withholdings on vesting of equity awards", c("wh"), "cf_wh", indent=1),
            row("Net cash used in financing activities", c("fcf"), "cf_fcf", "total"),
            row("Net increase in cash and cash equivalents", c("net"), "cf_net", "total"),
            row("Cash and cash equivalents at beginning of period", c("beg"), "cf_beg"),
            row("Cash and cash equivalents at end of period", c("end"), "cf_end", "total", dollar=True,
                double=True)]
    d.ln(3)
    d.table("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (UNAUDITED)", W2, H39, rows,
            scale="(In millions)", scale_pos="caption", split_at=16)

    we = [19, 18, 20, 20, 20]
    he = [[("Shares", 1), ("Common", 1), ("Paid-in", 1), ("Retained", 1), ("", 1)],
          [("(000s)", 1), ("stock", 1), ("capital", 1), ("earnings", 1), ("Total", 1)]]

    def er(label, sh, cs, ap, re_, key=None, kind="plain"):
        return txt(label, [f"{sh:,}" if sh and sh > 0 else (f"({-sh:,})" if sh else ""), M(cs) if cs else EM,
                           M(ap) if ap else EM, M(re_) if re_ else EM, M(cs + ap + re_)], key, kind)
    e0 = r["eq_open24"]
    blocks = [("y25", "February 1, 2025", "November 1, 2025", dict(cs=b0["cs"], apic=b0["apic"], re=b0["re"]),
               b1, r["sh_eq"]["feb25"], r["sh_eq"]["nov25"], F("0.78")),
              ("y24", "February 3, 2024", "November 2, 2024", e0, b2, r["sh_eq"]["feb24"], r["sh_eq"]["nov24"],
               F("0.75"))]
    rows = []
    for p, lab0, lab1, op, cl, sh0, sh1, dps in blocks:
        x = cf[p]
        rows += [sec(f"39 weeks ended {lab1}"),
                 er(f"Balance at {lab0}", sh0, op["cs"], op["apic"], op["re"], f"eq_open_{p}", "bold"),
                 er("Net income", None, 0, 0, x["ni"], f"eq_ni_{p}"),
                 er("Stock-based compensation", None, 0, x["sbc"], 0, f"eq_sbc_{p}"),
                 er("Shares issued under equity plans, net of withholdings", r["sh_iss"][p], 0, x["wh"], 0,
                    f"eq_iss_{p}"),
                 er("Repurchases and retirement of common stock", -r["sh_rep"][p], 0, 0, x["rep"], f"eq_rep_{p}"),
                 er(f"Cash dividends (${float(dps):.2f} per share)", None, 0, 0, x["div"], f"eq_div_{p}"),
                 er(f"Balance at {lab1}", sh1, cl["cs"], cl["apic"], cl["re"], f"eq_close_{p}", "bold")]
    d.table("CONDENSED CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY (UNAUDITED)", we, he, rows,
            scale="(Dollars in millions; shares in thousands)")

    # ---------------------------------------------------------------- notes
    d.new_page()
    mark("notes")
    d.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)", 1)
    d.heading("1. Basis of Presentation", 2, need=20)
    d.para("Tillmore Home & Table, Inc. is a specialty retailer of furniture, kitchenware, tabletop, decor and "
           "seasonal goods, selling through its stores and its e-commerce site and app. Our fiscal year ends on "
           "the Saturday closest to January 31. Fiscal 2025 is the 52-week year ending January 31, 2026, and fiscal "
           "2024 was the 52-week year ended February 1, 2025. The third quarters of fiscal 2025 and fiscal 2024 "
           "were the 13 weeks ended November 1, 2025 and November 2, 2024. The accompanying unaudited condensed "
           "consolidated financial statements have been prepared in accordance with U.S. GAAP for interim reporting "
           "and should be read with the audited financial statements in our Annual Report on Form 10-K for fiscal "
           "2024. Our business is seasonal, with a larger share of net sales and operating income in the fourth "
           "quarter, which includes the holiday selling season; results for the 39 weeks ended November 1, 2025 "
           "are not necessarily indicative of results for the full year.")
    d.heading("2. Revenue", 2)
    d.para("Net sales are recognized when customers take possession of merchandise in our stores or when "
           "merchandise ordered online is delivered or picked up, net of estimated returns. Digital sales include "
           "orders placed online and fulfilled from our distribution centers or stores.")
    rows = [row("Stores", q("stores_sales"), "rv_st", dollar=True),
            row("Digital", q("digital"), "rv_dig"),
            row("Net sales", q("sales"), "rv_tot", "total", dollar=True, double=True)]
    d.table("Net sales by channel", W4, H4, rows, scale="(In millions)")
    rows = [row(cn[k], q2, "rv_" + k, dollar=k == "FU") for k, q2 in ((k, [r["cat"][k][p] for p in P])
                                                                       for k in CATS)]
    rows.append(row("Net sales", q("sales"), "rc_tot", "total", dollar=True, double=True))
    d.table("Net sales by merchandise category", W4, H4, rows, scale="(In millions)")
    d.heading("3. Revolving Credit Facility", 2, need=20)
    d.para(f"We have a ${float(F(r['rev_cap'], 10)):.1f} million asset-based revolving credit facility that matures in "
           "April 2029. Availability is limited to a borrowing base determined mainly by eligible inventory and "
           "credit card receivables; at November 1, 2025 the borrowing base exceeded the total commitment. "
           "Borrowings bear interest at SOFR plus 1.25% to 1.50%. We borrow under the facility seasonally to fund "
           "inventory purchases ahead of the holiday season. Outstanding borrowings were "
           f"{mtxt(b1['abl'])} at November 1, 2025, none at February 1, 2025 and {mtxt(b2['abl'])} at November 2, "
           "2024.")
    d.heading("4. Leases", 2, need=20)
    d.para("Substantially all of our stores, distribution centers and our headquarters are leased under operating "
           "leases with initial terms of generally ten years and renewal options. Operating lease cost, included "
           "in cost of sales and SG&A, was $52.8 million and $157.1 million for the 13 and 39 weeks ended November "
           "1, 2025, compared with $50.9 million and $151.4 million for the same periods of fiscal 2024.")
    d.heading("5. Income Taxes", 2, need=20)
    s_etr = (f"Our effective income tax rate was {p1(r['etr']['q25'] * 100)} for the 13 weeks ended November 1, "
             f"2025 and {p1(r['etr']['q24'] * 100)} for the 13 weeks ended November 2, 2024")
    d.para(s_etr + ". The rates differ from the federal statutory rate of 21% mainly because of state income "
           "taxes and the tax effects of stock-based compensation.", keys={"p_etr": s_etr})
    d.heading("6. Earnings Per Share", 2)
    rows = [row("Net income", q("ni"), "ep_ni", dollar=True),
            row("Weighted-average shares \u2014 basic", q("sh_b"), "ep_shb"),
            row("Dilutive effect of equity awards", q("sh_de"), "ep_de"),
            row("Weighted-average shares \u2014 diluted", q("sh_d"), "ep_shd", "total"),
            txt("Basic earnings per share", [num(x, 2, dollar=True) for x in q("eps_b")], "ep_b"),
            txt("Diluted earnings per share", [num(x, 2, dollar=True) for x in q("eps_d")], "ep_d")]
    d.table("", W4, H4, rows, scale="(In millions, except per share amounts)")
    d.heading("7. Shareholders' Equity", 2, need=20)
    s_rp = (f"During the 39 weeks ended November 1, 2025, we repurchased {r['sh_rep']['y25']:,} thousand shares of "
            f"common stock for {mtxt(-cf['y25']['rep'])}")
    d.para(f"We paid quarterly cash dividends of ${float(r['dps']):.2f} per share in each of the first three quarters "
           "of fiscal 2025, compared with $0.25 per share in fiscal 2024. " + s_rp + ", all in the first and "
           "second quarters, under the $300.0 million program authorized in March 2024; $224.0 million remained "
           "available at November 1, 2025. Repurchased shares are retired.", keys={"p_rep": s_rp})
    d.heading("8. Segment Information", 2, need=20)
    d.para("We have one reportable segment. Our Chief Executive Officer, the chief operating decision maker, reviews "
           "consolidated net sales, gross profit and operating income to allocate resources; the significant "
           "expenses reviewed are those shown in the condensed consolidated statements of income.")
    d.heading("9. Commitments and Contingencies", 2, need=20)
    d.para("We are involved in claims and lawsuits arising in the ordinary course of business, including wage and "
           "hour and consumer matters. We do not expect their resolution to have a material adverse effect on our "
           "financial position, results of operations or cash flows.")

    # ---------------------------------------------------------------- MD&A
    d.new_page()
    mark("i2")
    d.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.heading("Overview", 2, need=20)
    so, sc = r["st_open"], r["st_close"]
    se = r["st_end"]["q25"]
    s_st = (f"During the third quarter we opened {so['q25']} new stores and closed {sc['q25']}, ending the quarter "
            f"with {se} stores in {r['states']} states")
    d.para("Tillmore operates home furnishings stores, generally of 12,000 to 20,000 square feet in community and "
           "lifestyle centers, and a growing digital business. " + s_st + f", compared with {r['st_end']['q24']} "
           f"stores a year earlier. Gross square footage was {float(r['sqft']['25']):.2f} million at November 1, "
           f"2025 compared with {float(r['sqft']['24']):.2f} million at November 2, 2024. We employed approximately "
           f"{r['emp']:,} associates at quarter-end, including seasonal associates.", keys={"p_st": s_st})
    g_q = F(r["sales"]["q25"] - r["sales"]["q24"], r["sales"]["q24"])
    d.para("Third quarter highlights: net sales increased " + p1(100 * g_q) + " to " + mtxt(r["sales"]["q25"]) +
           "; comparable sales increased " + p1(r["comp"]["q25"]) + "; gross margin expanded; diluted earnings per "
           f"share were ${float(r['eps_d']['q25']):.2f} compared with ${float(r['eps_d']['q24']):.2f}.")
    d.heading("Store activity", 2)
    rows = [txt("Stores at beginning of period", [str(r["st_beg"][p]) for p in P], "sa_beg"),
            txt("Stores opened", [str(so[p]) for p in P], "sa_open"),
            txt("Stores closed", [f"({sc[p]})" for p in P], "sa_close"),
            txt("Stores at end of period", [str(r["st_end"][p]) for p in P], "sa_end", "total")]
    d.table("", W4, H4, rows, scale="Number of stores", scale_pos="corner")
    d.heading("Comparable sales", 2)
    d.para("Comparable sales include net sales from stores open at least 14 full fiscal months and digital sales, "
           "and exclude sales from closed stores. Relocated or expanded stores are excluded for 14 months. Our "
           "definition may differ from those of other retailers.")
    rows = [txt("Comparable sales", [p1(r["comp"][p]) for p in P], "km_comp"),
            txt("Stores", [p1(r["comp_store"][p]) for p in P], "km_store", indent=1),
            txt("Digital", [p1(r["comp_dig"][p]) for p in P], "km_dig", indent=1)]
    d.table("", W4, H4, rows, scale="Change from the prior-year period", scale_pos="corner")
    d.heading("Results of operations", 2)
    lines = [("Net sales", "sales"), ("Cost of sales", "cos"), ("Gross profit", "gp"),
             ("Selling, general and administrative expenses", "sga"), ("Depreciation and amortization", "da"),
             ("Impairment of store assets", "impair"), ("Operating income", "oi"), ("Interest expense, net", "intx"),
             ("Income before income taxes", "pti"), ("Income tax expense", "tax"), ("Net income", "ni")]
    for a, b_, title, key in (("q25", "q24", "13 weeks", "rq"), ("y25", "y24", "39 weeks", "ry")):
        rows = []
        for label, k in lines:
            rows.append(txt(label, [M(r[k][a]), rate(r[k][a], r["sales"][a]) if r[k][a] else EM, M(r[k][b_]),
                                    rate(r[k][b_], r["sales"][b_]) if r[k][b_] else EM], f"{key}_{k}",
                            "total" if k in ("gp", "oi", "ni") else "plain"))
        d.table(f"Results for the {title} ended November 1, 2025 and November 2, 2024", [19, 16, 19, 16],
                [[("Fiscal 2025", 2), ("Fiscal 2024", 2)], [("$", 1), ("% of sales", 1), ("$", 1),
                                                            ("% of sales", 1)]], rows,
                scale="(Dollars in millions)")
    d.heading("Net sales", 2, need=20)
    d.para(f"Net sales for the third quarter increased {mtxt(r['sales']['q25'] - r['sales']['q24'])}, or "
           f"{p1(100 * g_q)}, driven by a comparable sales increase of {p1(r['comp']['q25'])} and sales from new "
           f"stores. Stores comparable sales rose {p1(r['comp_store']['q25'])} on higher average ticket, while "
           f"digital comparable sales grew {p1(r['comp_dig']['q25'])} on higher traffic and conversion. Kitchen and "
           "dining and seasonal categories led growth; furniture sales were modestly higher as demand for "
           "large-ticket items remained subdued. Year to date, comparable sales increased "
           f"{p1(r['comp']['y25'])}.")
    d.heading("Gross profit", 2, need=20)

    def bps(k, a, b_):
        return int((rnd(F(100 * r[k][a], r["sales"][a]), 1) - rnd(F(100 * r[k][b_], r["sales"][b_]), 1)) * 100)
    s_gm = (f"Gross profit as a percentage of net sales was {rate(r['gp']['q25'], r['sales']['q25'])} in the third "
            f"quarter, an increase of {bps('gp', 'q25', 'q24')} basis points from "
            f"{rate(r['gp']['q24'], r['sales']['q24'])} in the third quarter of fiscal 2024")
    d.para(s_gm + ", primarily because of higher merchandise margins from lower freight costs and fewer promotional "
           "markdowns, partly offset by deleverage of occupancy costs in new stores and higher digital shipping "
           f"costs. For the 39 weeks, the gross margin rate increased {bps('gp', 'y25', 'y24')} basis points to "
           f"{rate(r['gp']['y25'], r['sales']['y25'])}.", keys={"p_gm": s_gm})
    d.heading("Selling, general and administrative expenses", 2, need=20)
    d.para(f"SG&A expenses were {rate(r['sga']['q25'], r['sales']['q25'])} of net sales in the third quarter, "
           f"{abs(bps('sga', 'q25', 'q24'))} basis points lower than a year earlier, as sales growth leveraged "
           "store payroll and fixed corporate costs; the quarter included "
           f"{mtxt(r['dc_cost']['q25'])} of costs to transition our Southeast distribution center to a new "
           "facility. For the 39 weeks, SG&A as a percentage of net sales decreased "
           f"{abs(bps('sga', 'y25', 'y24'))} basis points to {rate(r['sga']['y25'], r['sales']['y25'])}.")
    d.heading("Other items", 2, need=20)
    d.para(f"Impairment of store assets was {mtxt(r['impair']['y25'])} in the first quarter of fiscal 2025 for two "
           "underperforming stores. Interest expense, net decreased on lower average seasonal borrowings. Our "
           "effective tax rate is discussed in Note 5.")
    d.heading("Non-GAAP financial measure: Adjusted EBITDA", 2)
    d.para("We define Adjusted EBITDA as net income before interest expense, net, income taxes and depreciation and "
           "amortization, further adjusted to exclude stock-based compensation, impairment of store assets and "
           "distribution center transition costs. Adjusted EBITDA is not a measure of performance under GAAP and "
           "should not be considered a substitute for net income.")
    rows = [row("Net income", q("ni"), "ae_ni", dollar=True),
            row("Interest expense, net", q("intx"), "ae_int"),
            row("Income tax expense", q("tax"), "ae_tax"),
            row("Depreciation and amortization", q("da"), "ae_da"),
            row("EBITDA", q("ebitda"), "ae_ebitda", "total"),
            row("Stock-based compensation", q("sbc"), "ae_sbc"),
            row("Impairment of store assets", q("impair"), "ae_imp"),
            row("Distribution center transition costs", q("dc_cost"), "ae_dc"),
            row("Adjusted EBITDA", q("adj_ebitda"), "ae_adj", "total", dollar=True, double=True)]
    d.table("Reconciliation of net income to Adjusted EBITDA", W4, H4, rows, scale="(In millions)")
    mark("liq")
    d.heading("Liquidity and capital resources", 2, need=20)
    s_abl = (f"At November 1, 2025, we had {mtxt(b1['abl'])} of borrowings and {mtxt(r['rev_loc'])} of standby "
             f"letters of credit outstanding under our ${float(F(r['rev_cap'], 10)):.1f} million asset-based revolving "
             "credit facility")
    d.para("Our primary sources of liquidity are cash flows from operations and our revolving credit facility. Our "
           "cash needs peak in the third quarter as we build inventory for the holiday season. " + s_abl + ", and "
           "the borrowing base exceeded the facility commitment. We expect to repay the borrowings during the "
           "fourth quarter. We believe our cash, cash flows from operations and the facility will be sufficient "
           "to fund operations, capital expenditures, dividends and share repurchases for at least the next 12 "
           "months.", keys={"p_abl": s_abl})
    rows = [row("Net cash provided by operating activities", c("ocf"), "lq_ocf", dollar=True),
            row("Net cash used in investing activities", c("icf"), "lq_icf"),
            row("Net cash used in financing activities", c("fcf"), "lq_fcf"),
            row("Net increase in cash and cash equivalents", c("net"), "lq_net", "total")]
    d.table("Summary of cash flows", W2, H39, rows, scale="(In millions)")
    lo, hi = r["capex_guide"]
    d.para("Cash provided by operating activities increased in the first 39 weeks of fiscal 2025, primarily because "
           "of higher net income, partly offset by a larger seasonal inventory build. Capital expenditures, mainly "
           "for 17 new stores, store remodels and the new Southeast distribution center, were "
           f"{mtxt(-cf['y25']['capex'])}. We now expect fiscal 2025 capital expenditures of {mtxt(lo)} to "
           f"{mtxt(hi)}. We expect to open a total of 20 stores and close 5 stores in fiscal 2025.")
    mark("i3")
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1)
    d.para("Our exposure to market risk consists mainly of interest rate risk on borrowings under the revolving "
           "credit facility, which bear variable rates. A 100 basis point change in interest rates would not have "
           "had a material effect on interest expense in the 39 weeks ended November 1, 2025. We source a "
           "substantial portion of our merchandise from foreign vendors in U.S. dollars, and tariffs and freight "
           "costs may affect our product costs.")
    mark("i4")
    d.heading("Item 4. Controls and Procedures", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
           "procedures were effective as of November 1, 2025. There were no changes in our internal control over "
           "financial reporting during the third quarter of fiscal 2025 that materially affected, or are "
           "reasonably likely to materially affect, our internal control over financial reporting.")
    d.new_page()
    mark("p2")
    d.heading("PART II. OTHER INFORMATION", 0)
    d.heading("Item 1. Legal Proceedings", 2, need=20)
    d.para("See Note 9 to the condensed consolidated financial statements.")
    d.heading("Item 1A. Risk Factors", 2, need=20)
    d.para("There have been no material changes to the risk factors in our Annual Report on Form 10-K for fiscal "
           "2024, except that higher tariffs on furniture and housewares imported from Asia could increase our "
           "product costs, and we may not be able to offset them through sourcing changes or price increases "
           "without reducing demand.")
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, need=20)
    d.para("We did not repurchase any shares of our common stock during the 13 weeks ended November 1, 2025. See "
           "Note 7 for repurchases earlier in fiscal 2025.")
    d.heading("Item 5. Other Information", 2, need=20)
    d.para("During the third quarter of fiscal 2025, none of our directors or officers adopted or terminated a Rule "
           "10b5-1 trading arrangement.")
    d.heading("Item 6. Exhibits", 2, need=20)
    d.para("31.1 and 31.2 Certifications pursuant to Rule 13a-14(a); 32.1 Certification pursuant to 18 U.S.C. "
           "Section 1350; 101 Inline XBRL documents; 104 Cover page interactive data file.")
    mark("sig")
    d.heading("Signatures", 2, need=20)
    d.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused "
           "this report to be signed on its behalf by the undersigned thereunto duly authorized. Tillmore Home & "
           "Table, Inc. By: /s/ Marisol K. Drummond, Executive Vice President and Chief Financial Officer. Date: "
           "December 9, 2025.")
    assert not d.pending, d.pending
    return d, d.marks
