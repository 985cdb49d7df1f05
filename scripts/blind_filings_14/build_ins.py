"""Lays out the Wrenhaven Insurance Group, Inc. Form 10-Q for the quarter ended September 30, 2025 (serif, ruled
tables, italic running head). Only formats model values; all figures come from models.insurer()."""

from kit import Doc, num, rnd

P = ("q25", "q24", "n25", "n24")
H4 = [[("Three Months Ended", 2), ("Nine Months Ended", 2)], [("September 30,", 2), ("September 30,", 2)],
      [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
W4 = [19, 19, 19, 19]
HB = [[("September 30,", 1), ("December 31,", 1)], [("2025", 1), ("2024", 1)]]
W2 = [25, 25]
H9 = [[("Nine Months Ended", 2)], [("September 30,", 2)], [("2025", 1), ("2024", 1)]]
TOC = [("PART I. FINANCIAL INFORMATION", None), ("Item 1. Financial Statements", "i1"),
       ("Condensed Consolidated Statements of Operations", "i1"), ("Condensed Consolidated Balance Sheets", "bs"),
       ("Condensed Consolidated Statements of Cash Flows", "cf"),
       ("Notes to Condensed Consolidated Financial Statements", "notes"),
       ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "i2"),
       ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "i3"),
       ("Item 4. Controls and Procedures", "i4"), ("PART II. OTHER INFORMATION", None),
       ("Item 1. Legal Proceedings", "p2"), ("Item 1A. Risk Factors", "p2"),
       ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2i2"), ("Item 6. Exhibits", "p2i6")]
SEG = ("PL", "CL")


def N(v):
    return num(v, 1)


def D(v):
    return num(v, 1, dollar=True)


def row(label, vals, key=None, kind="plain", indent=0, dollar=False):
    return {"label": label, "vals": [D(v) if dollar else N(v) for v in vals], "key": key, "kind": kind,
            "indent": indent}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def m1(v):
    """'$12.3 million' for prose."""
    return f"${float(rnd(v, 1)):,.1f} million"


def p1(v):
    return f"{float(rnd(v, 1)):.1f}%"


def build(h, toc=None):
    d = Doc("serif", "Wrenhaven Insurance Group, Inc. \u2014 Quarterly Report on Form 10-Q for the period ended "
            "September 30, 2025", "Wrenhaven Insurance Group, Inc. Form 10-Q Q3 2025", serif_running=True)
    labs = {}

    def mark(k):
        labs[k] = d.labels[-1]

    def q(dd):
        return [dd[p] for p in P]
    b1, b0, cf = h["b"]["sep"], h["b"]["dec"], h["cf"]
    nm = h["seg_names"]

    # ------------------------------------------------------------------ cover
    d.new_page("none")
    d.set_font(d.fam, "B", 12)
    d.multi_cell(0, 6, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    d.ln(3)
    d.set_font(d.fam, "B", 19)
    d.multi_cell(0, 9, "FORM 10-Q", align="C")
    d.set_font(d.fam, "", 10)
    d.multi_cell(0, 5, "(Mark One)\n[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE "
                 "ACT OF 1934\nFor the quarterly period ended September 30, 2025\nor\n[  ] TRANSITION REPORT PURSUANT "
                 "TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission File Number 001-35862",
                 align="C")
    d.ln(4)
    d.set_font(d.fam, "B", 17)
    d.multi_cell(0, 8, "WRENHAVEN INSURANCE GROUP, INC.", align="C")
    d.set_font(d.fam, "", 10)
    d.multi_cell(0, 5, "(Exact name of registrant as specified in its charter)\n\nIowa \u2014 I.R.S. Employer "
                 "Identification No. 42-1730685\nOne Wrenhaven Plaza, 700 Locust Street, Des Moines, Iowa 50309\n"
                 "(515) 555-0132\n\nCommon Stock, no par value \u2014 WHIG \u2014 New York Stock Exchange",
                 align="C")
    d.ln(4)
    d.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
           "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
           "subject to such filing requirements for the past 90 days. Yes [X] No [ ]. Large accelerated filer [X].")
    s_out = (f"As of September 30, 2025, there were {h['sh_sep25']:,} shares of the registrant's common stock "
             "outstanding.")
    d.para(s_out + " As of October 24, 2025, there were 57,702,118 shares outstanding.", keys={"p_out": s_out})

    d.new_page("roman")
    d.heading("TABLE OF CONTENTS", 0)
    d.ln(2)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None else "", 10)
        d.cell(d.ew - 14, 6.2, ("" if k is None else "     ") + name)
        d.cell(14, 6.2, (toc or {}).get(k, "") if k else "Page", align="R")
        d.ln(6.2)
    d.ln(4)
    d.para("In this report, \"Wrenhaven,\" \"the Company,\" \"we,\" \"us\" and \"our\" refer to Wrenhaven Insurance "
           "Group, Inc. and its consolidated subsidiaries, including Wrenhaven Mutual Fire Insurance Company, "
           "Wrenhaven Casualty Company and Prairie Gate Indemnity Company. This report contains forward-looking "
           "statements about catastrophe exposure, loss-cost trends, premium growth, investment income and capital "
           "management; actual results may differ materially because of the factors described in our 2024 Annual "
           "Report on Form 10-K.")

    # ------------------------------------------------------------------ Part I, Item 1
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I. FINANCIAL INFORMATION", 0)
    d.heading("Item 1. Financial Statements", 1)
    d.heading("WRENHAVEN INSURANCE GROUP, INC.\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (UNAUDITED)", 0)
    rows = [sec("Revenues"),
            row("Net premiums earned", q(h["npe"]["tot"]), "is_npe", indent=1, dollar=True),
            row("Net investment income", q(h["nii"]), "is_nii", indent=1),
            row("Net realized and unrealized gains (losses) on investments", q(h["nrg"]), "is_nrg", indent=1),
            row("Fee and other income", q(h["fee"]), "is_fee", indent=1),
            row("Total revenues", q(h["rev"]), "is_rev", "total"),
            sec("Losses and expenses"),
            row("Losses and loss adjustment expenses", q(h["loss"]["tot"]), "is_loss", indent=1),
            row("Amortization of deferred policy acquisition costs", q(h["acq_cost"]), "is_acq", indent=1),
            row("Other underwriting expenses", q(h["oth_uw"]), "is_ouw", indent=1),
            row("Interest expense", q(h["intx"]), "is_intx", indent=1),
            row("Total losses and expenses", q(h["exp"]), "is_exp", "total"),
            row("Income before income taxes", q(h["pti"]), "is_pti", "total"),
            row("Income tax expense", q(h["tax"]), "is_tax"),
            row("Net income", q(h["ni"]), "is_ni", "total", dollar=True),
            sec("Earnings per common share"),
            txt("Basic", [f"${float(x):.2f}" for x in q(h["eps_b"])], "is_epsb", indent=1),
            txt("Diluted", [f"${float(x):.2f}" for x in q(h["eps_d"])], "is_epsd", indent=1),
            sec("Weighted average common shares (in millions)"),
            row("Basic", q(h["sh_b"]), "is_shb", indent=1), row("Diluted", q(h["sh_d"]), "is_shd", indent=1),
            txt("Dividends declared per common share", [f"${float(h['dps']):.2f}", f"${float(h['dps']):.2f}",
                                                        f"${float(3 * h['dps']):.2f}", f"${float(3 * h['dps']):.2f}"],
                "is_dps")]
    d.table("", W4, H4, rows, scale="(Dollars in millions, except per share amounts)")
    d.para("See accompanying notes to the condensed consolidated financial statements.", size=8, style="I")

    d.new_page()
    mark("bs")
    d.heading("CONDENSED CONSOLIDATED BALANCE SHEETS", 0)

    def bb(k):
        return [b1[k], b0[k]]
    rows = [sec("Assets"), sec("Investments:"),
            row(f"Fixed maturities, available for sale, at fair value (amortized cost $"
                f"{float(h['fm_ac']['sep']):,.1f} and ${float(h['fm_ac']['dec']):,.1f})", bb("fm"), "bs_fm", indent=1,
                dollar=True),
            row("Equity securities, at fair value", bb("eqs"), "bs_eqs", indent=1),
            row("Short-term investments", bb("st"), "bs_st", indent=1),
            row("Total investments", bb("inv"), "bs_inv", "total"),
            row("Cash", bb("cash"), "bs_cash"),
            row("Premiums receivable, net", bb("prem"), "bs_prem"),
            row("Reinsurance recoverables on losses", bb("rec"), "bs_rec"),
            row("Deferred policy acquisition costs", bb("dac"), "bs_dac"),
            row("Goodwill and intangible assets", bb("gwi"), "bs_gwi"),
            row("Other assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True),
            sec("Liabilities and Shareholders' Equity"), sec("Liabilities:"),
            row("Reserve for losses and loss adjustment expenses", bb("res"), "bs_res", indent=1, dollar=True),
            row("Unearned premiums", bb("upr"), "bs_upr", indent=1),
            row("Senior notes", bb("notes"), "bs_notes", indent=1),
            row("Other liabilities", bb("oth_l"), "bs_othl", indent=1),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Shareholders' equity:"),
            row("Common stock, no par value, and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Accumulated other comprehensive loss", bb("aoci"), "bs_aoci", indent=1),
            row("Treasury stock, at cost", bb("treas"), "bs_treas", indent=1),
            row("Total shareholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and shareholders' equity", bb("tle"), "bs_tle", "total", dollar=True)]
    d.table("", W2, HB, rows, scale="(Dollars in millions; September 30, 2025 unaudited)")
    mark("cf")
    c = lambda k: [cf["n25"][k], cf["n24"][k]]  # noqa: E731
    rows = [sec("Operating activities"),
            row("Net income", c("ni"), "cf_ni", indent=1, dollar=True),
            row("Net realized and unrealized (gains) losses on investments", c("nrg"), "cf_nrg", indent=1),
            row("Depreciation and amortization", c("da"), "cf_da", indent=1),
            row("Share-based compensation", c("sbc"), "cf_sbc", indent=1),
            sec("Changes in:"),
            row("Premiums receivable", c("prem"), "cf_prem", indent=2),
            row("Reinsurance recoverables on losses", c("rec"), "cf_rec", indent=2),
            row("Deferred policy acquisition costs", c("dac"), "cf_dac", indent=2),
            row("Reserve for losses and loss adjustment expenses", c("res"), "cf_res", indent=2),
            row("Unearned premiums", c("upr"), "cf_upr", indent=2),
            row("Other, net", c("other"), "cf_other", indent=2),
            row("Net cash provided by operating activities", c("ocf"), "cf_ocf", "total"),
            sec("Investing activities"),
            row("Purchases of fixed maturities", c("buy_fm"), "cf_buyfm", indent=1),
            row("Proceeds from sales and maturities of fixed maturities", c("sell_fm"), "cf_sellfm", indent=1),
            row("Purchases of equity securities", c("buy_eq"), "cf_buyeq", indent=1),
            row("Proceeds from sales of equity securities", c("sell_eq"), "cf_selleq", indent=1),
            row("Net change in short-term investments", c("st"), "cf_st", indent=1),
            row("Purchases of property and equipment", c("capex"), "cf_capex", indent=1),
            row("Net cash used in investing activities", c("icf"), "cf_icf", "total"),
            sec("Financing activities"),
            row("Dividends paid to shareholders", c("div"), "cf_div", indent=1),
            row("Repurchases of common stock", c("rep"), "cf_rep", indent=1),
            row("Shares withheld for taxes on share-based awards", c("wh"), "cf_wh", indent=1),
            row("Net cash used in financing activities", c("fin"), "cf_fin", "total"),
            row("Net increase in cash", c("net"), "cf_net", "total"),
            row("Cash at beginning of period", c("beg"), "cf_beg"),
            row("Cash at end of period", c("end"), "cf_end", "total", dollar=True)]
    d.table("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (UNAUDITED)", W2, H9, rows,
            scale="(Dollars in millions)", split_at=12)

    # ------------------------------------------------------------------ notes
    mark("notes")
    d.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)", 1)
    d.heading("1. Basis of Presentation", 2)
    d.para("Wrenhaven Insurance Group, Inc. is an insurance holding company whose subsidiaries write personal and "
           "commercial property and casualty insurance through about 2,300 independent agencies in 19 states in "
           "the Midwest, the Plains and the Mid-Atlantic. The accompanying unaudited condensed consolidated "
           "financial statements have been prepared in accordance with U.S. GAAP for interim financial information "
           "and should be read with the audited financial statements in our 2024 Annual Report on Form 10-K. "
           "Operating results for interim periods are not necessarily indicative of full-year results, in "
           "particular because of the seasonality of weather-related losses.")
    d.heading("2. Investments", 2)
    rows = []
    for i, k in enumerate(h["inv_names"]):
        rows.append(row(h["inv_names"][k], [h["inv_ac_sep"][k], h["inv_g_sep"][k], -h["inv_l_sep"][k],
                                            h["inv_fv_sep"][k]], f"iv_{k}", dollar=(i == 0)))
    rows.append(row("Total fixed maturities", [h["fm_ac"]["sep"], h["fm_g"], -h["fm_l"], h["fm"]["sep"]], "iv_tot",
                    "total", dollar=True))
    d.table("Fixed maturities available for sale at September 30, 2025", [20, 18, 18, 20],
            [[("Amortized", 1), ("Gross unrealized", 2), ("Fair", 1)],
             [("cost", 1), ("gains", 1), ("losses", 1), ("value", 1)]], rows, scale="(in millions)")
    rows = []
    for i, k in enumerate(h["inv_names"]):
        rows.append(row(h["inv_names"][k], [h["inv_ac_dec"][k], h["inv_fv_dec"][k]], f"id_{k}", dollar=(i == 0)))
    rows.append(row("Total fixed maturities", [h["fm_ac"]["dec"], h["fm"]["dec"]], "id_tot", "total", dollar=True))
    d.table("Fixed maturities available for sale at December 31, 2024 (in millions)", [24, 24],
            [[("Amortized cost", 1), ("Fair value", 1)]], rows)
    d.para("Unrealized losses on fixed maturities result mainly from higher market interest rates since purchase "
           "rather than from credit deterioration. We do not intend to sell, and it is not more likely than not "
           "that we will be required to sell, these securities before recovery of their amortized cost; no "
           "allowance for credit losses was recorded at either date. Equity securities are carried at fair value "
           "with changes in fair value reported in net realized and unrealized gains (losses) on investments.")
    rows = [row("Fixed maturities", q(h["nii_fm"]), "ni_fm", dollar=True),
            row("Equity securities (dividends)", q(h["nii_eq"]), "ni_eq"),
            row("Short-term investments and cash", q(h["nii_st"]), "ni_st"),
            row("Gross investment income", q(h["nii_gross"]), "ni_gross", "total"),
            row("Investment expenses", [-x for x in q(h["nii_exp"])], "ni_exp"),
            row("Net investment income", q(h["nii"]), "ni_net", "total", dollar=True)]
    d.table("Net investment income (in millions)", W4, H4, rows)
    d.heading("3. Reserve for Losses and Loss Adjustment Expenses", 2)
    r, r0 = h["resv"]["n25"], h["resv"]["n24"]
    rr = lambda k: [r[k], r0[k]]  # noqa: E731
    rows = [row("Gross reserves at beginning of period", rr("gross_beg"), "rs_gbeg", dollar=True),
            row("Less: reinsurance recoverables", [-r["rec_beg"], -r0["rec_beg"]], "rs_rbeg"),
            row("Net reserves at beginning of period", rr("net_beg"), "rs_nbeg", "total"),
            sec("Incurred losses and LAE related to:"),
            row("Current year", rr("inc_cy"), "rs_icy", indent=1),
            row("Prior years", rr("inc_py"), "rs_ipy", indent=1),
            row("Total incurred", rr("inc"), "rs_inc", "total"),
            sec("Paid losses and LAE related to:"),
            row("Current year", [-r["paid_cy"], -r0["paid_cy"]], "rs_pcy", indent=1),
            row("Prior years", [-r["paid_py"], -r0["paid_py"]], "rs_ppy", indent=1),
            row("Total paid", [-r["paid"], -r0["paid"]], "rs_paid", "total"),
            row("Net reserves at end of period", rr("net_end"), "rs_nend", "total"),
            row("Plus: reinsurance recoverables", rr("rec_end"), "rs_rend"),
            row("Gross reserves at end of period", rr("gross_end"), "rs_gend", "total", dollar=True)]
    d.table("Reconciliation of the reserve for losses and LAE", W2, H9, rows, scale="(in millions)")
    s_pyd = (f"Incurred losses and LAE for the nine months ended September 30, 2025 included "
             f"{m1(-r['inc_py'])} of favorable development on prior accident years, compared with "
             f"{m1(-r0['inc_py'])} of favorable development in the same period of 2024.")
    d.para(s_pyd + " The 2025 development came mainly from personal auto physical damage and commercial "
           "multi-peril liability in accident years 2022 and 2023, where reported claim severity emerged below our "
           "expectations.", keys={"p_pyd": s_pyd})
    d.heading("4. Segment Information", 2)
    d.para("We have two reportable segments, Personal Lines (private passenger automobile, homeowners and "
           "umbrella) and Commercial Lines (business owners' package, commercial automobile, workers' compensation "
           "and farm and agribusiness). Our chief operating decision maker, the Chief Executive Officer, evaluates "
           "the segments on underwriting income, which is net premiums earned less losses and loss adjustment "
           "expenses and underwriting expenses. Investment results, fee income and interest expense are not "
           "allocated to the segments.")
    rows = []
    for sg in SEG:
        rows += [sec(nm[sg]),
                 row("Net premiums written", q(h["npw"][sg]), f"sg_npw_{sg}", indent=1, dollar=(sg == "PL")),
                 row("Net premiums earned", q(h["npe"][sg]), f"sg_npe_{sg}", indent=1),
                 row("Losses and loss adjustment expenses", q(h["loss"][sg]), f"sg_loss_{sg}", indent=1),
                 row("Underwriting expenses", q(h["uwx"][sg]), f"sg_uwx_{sg}", indent=1),
                 row("Underwriting income", q(h["uw_inc"][sg]), f"sg_uw_{sg}", "total", indent=1)]
    rows += [sec("Total"),
             row("Net premiums written", q(h["npw"]["tot"]), "sg_npw_tot", indent=1, dollar=True),
             row("Net premiums earned", q(h["npe"]["tot"]), "sg_npe_tot", indent=1),
             row("Total underwriting income", q(h["uw_inc"]["tot"]), "sg_uw_tot", "total"),
             row("Net investment income", q(h["nii"]), "sg_nii", indent=1),
             row("Net realized and unrealized gains (losses)", q(h["nrg"]), "sg_nrg", indent=1),
             row("Fee and other income", q(h["fee"]), "sg_fee", indent=1),
             row("Interest expense", [-x for x in q(h["intx"])], "sg_intx", indent=1),
             row("Income before income taxes", q(h["pti"]), "sg_pti", "total", dollar=True)]
    d.table("Segment results", W4, H4, rows, scale="(in millions)")
    d.heading("5. Debt", 2)
    rows = [row("4.35% senior notes due 2030", [h["notes"]["n30"], h["notes"]["n30"]], "dt_n30", dollar=True),
            row("6.10% senior notes due 2034", [h["notes"]["n34"], h["notes"]["n34"]], "dt_n34"),
            row("Unamortized discount and issuance costs", [-h["notes_unamort"], -h["notes_unamort"]], "dt_un"),
            row("Senior notes, carrying value", [b1["notes"], b0["notes"]], "dt_tot", "total", dollar=True)]
    d.table("Senior notes (in millions)", W2, HB, rows)
    s_rev = (f"We also maintain a {m1(h['rev_cap'])} unsecured revolving credit facility expiring in 2029, under "
             "which no amounts were outstanding at September 30, 2025 or December 31, 2024.")
    d.para(s_rev, keys={"p_rev": s_rev})
    d.need(62)
    d.heading("6. Earnings Per Share", 2)
    rows = [row("Net income", q(h["ni"]), "ep_ni", dollar=True),
            row("Weighted average common shares \u2014 basic", q(h["sh_b"]), "ep_shb"),
            row("Effect of dilutive share-based awards", q(h["sh_de"]), "ep_de"),
            row("Weighted average common shares \u2014 diluted", q(h["sh_d"]), "ep_shd", "total"),
            txt("Basic earnings per share", [f"${float(x):.2f}" for x in q(h["eps_b"])], "ep_b"),
            txt("Diluted earnings per share", [f"${float(x):.2f}" for x in q(h["eps_d"])], "ep_d")]
    d.table("Computation of earnings per share", W4, H4, rows,
            scale="(in millions, except per share amounts)")
    d.heading("7. Shareholders' Equity", 2)
    s_oci = (f"Other comprehensive income for the nine months ended September 30, 2025 was {m1(h['oci'])}, "
             f"consisting of a {m1(h['oci_pre'])} decrease in net unrealized losses on fixed maturities less "
             f"deferred income taxes of {m1(h['oci_tax'])}.")
    d.para(s_oci + f" During the nine months we repurchased {h['sh_rep_n25']:,} common shares for "
           f"{m1(h['rep_n25'])} and issued {h['sh_iss_n25']:,} shares under share-based compensation plans.",
           keys={"p_oci": s_oci})

    # ------------------------------------------------------------------ MD&A
    d.new_page()
    mark("i2")
    d.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.para("The following discussion supplements our condensed consolidated financial statements and should be read "
           "with them and with our 2024 Annual Report on Form 10-K. We use the following underwriting ratios, each "
           "calculated on net premiums earned: the loss ratio (losses and loss adjustment expenses), the expense "
           "ratio (amortization of deferred policy acquisition costs and other underwriting expenses) and the "
           "combined ratio (the sum of the loss and expense ratios). A combined ratio under 100% indicates an "
           "underwriting profit.")
    d.heading("Third-quarter overview", 2)
    T = h["npe"]["tot"]
    s_ni = (f"Net income for the third quarter of 2025 was {m1(h['ni']['q25'])}, or ${float(h['eps_d']['q25']):.2f} "
            f"per diluted share, compared with {m1(h['ni']['q24'])}, or ${float(h['eps_d']['q24']):.2f} per diluted "
            "share, in the third quarter of 2024.")
    d.para(s_ni + " The improvement reflected lower catastrophe losses, the earned effect of rate increases in "
           "homeowners and personal auto, and higher net investment income as we reinvested maturing bonds at "
           f"higher yields. Net premiums earned grew {p1((T['q25'] - T['q24']) / T['q24'] * 100)} in the quarter.",
           keys={"p_ni": s_ni})
    cat, pyd = h["cat"], h["pyd"]
    s_cat = (f"Catastrophe losses, net of reinsurance, were {m1(cat['tot']['q25'])} in the third quarter of 2025 "
             f"({m1(cat['PL']['q25'])} in Personal Lines and {m1(cat['CL']['q25'])} in Commercial Lines), compared "
             f"with {m1(cat['tot']['q24'])} in the third quarter of 2024.")
    s_cat9 = (f"For the first nine months, catastrophe losses totalled {m1(cat['tot']['n25'])} versus "
              f"{m1(cat['tot']['n24'])} a year earlier, adding {float(h['cat_pts']['tot']['n25']):.1f} points to "
              f"the combined ratio compared with {float(h['cat_pts']['tot']['n24']):.1f} points.")
    d.para(s_cat + " The largest events in the quarter were a July hail outbreak across central Nebraska and "
           "eastern Colorado and straight-line wind storms in Iowa in late August. " + s_cat9,
           keys={"p_cat": s_cat, "p_cat9": s_cat9})
    s_pq = (f"Favorable prior-year reserve development was {m1(-pyd['tot']['q25'])} in the third quarter of 2025, "
            f"compared with {m1(-pyd['tot']['q24'])} in the prior-year quarter.")
    d.para(s_pq + " We continue to monitor social-inflation trends in commercial auto liability, where we "
           "strengthened reserves for older accident years in 2023.", keys={"p_pq": s_pq})
    rows = []
    for sg, lab in (("PL", nm["PL"]), ("CL", nm["CL"]), ("tot", "Total")):
        rows.append(sec(lab))
        for k, ratio in (("lr_r", "Loss and LAE ratio"), ("er_r", "Expense ratio"), ("cr_r", "Combined ratio")):
            a, b_ = h[k][sg]["q25"], h[k][sg]["q24"]
            rows.append(txt(ratio, [f"{float(a):.1f}%", f"{float(b_):.1f}%", f"{float(a - b_):+.1f}"],
                            f"rt_{k}_{sg}", "bold" if k == "cr_r" else "plain", indent=1))
    d.table("Underwriting ratios \u2014 three months ended September 30", [22, 22, 26],
            [[("2025", 1), ("2024", 1), ("Change (pts)", 1)]], rows)
    pl, cl = h["cr_r"]["PL"], h["cr_r"]["CL"]
    s_9pl = (f"For the nine months ended September 30, 2025, the Personal Lines combined ratio was "
             f"{float(pl['n25']):.1f}% compared with {float(pl['n24']):.1f}% in the same period of 2024")
    s_9cl = (f"the Commercial Lines combined ratio was {float(cl['n25']):.1f}% compared with "
             f"{float(cl['n24']):.1f}%")
    d.para(s_9pl + ", and " + s_9cl + ". Both segments benefited from lower catastrophe losses and favorable "
           "prior-year development.", keys={"p_9pl": s_9pl, "p_9cl": s_9cl})
    d.heading("Segment results", 2)
    g = lambda sg, p, p0: (h["npw"][sg][p] - h["npw"][sg][p0]) / h["npw"][sg][p0] * 100  # noqa: E731
    s_pl = (f"Personal Lines net premiums written increased {p1(g('PL', 'q25', 'q24'))} in the third quarter, "
            "driven by average renewal rate increases of 9% in homeowners and 6% in personal auto, while policies "
            "in force were essentially flat.")
    u1, u0 = h["uw_inc"]["PL"]["q25"], h["uw_inc"]["PL"]["q24"]
    prev = f"an underwriting loss of {m1(-u0)}" if u0 < 0 else m1(u0)
    d.para(s_pl + " The segment reported underwriting income of " + m1(u1) + " compared with " + prev + " a year "
           "earlier, as catastrophe losses declined and auto physical damage frequency eased.", keys={"p_pl": s_pl})
    s_cl = (f"Commercial Lines net premiums written grew {p1(g('CL', 'q25', 'q24'))} in the quarter, with renewal "
            "premium retention of 87% and written rate increases averaging 5%.")
    d.para(s_cl + " Workers' compensation rates continued to decline modestly, while commercial auto rates rose "
           "in the low double digits. The segment's expense ratio improved on growth in earned premium and lower "
           "contingent commissions.", keys={"p_cl": s_cl})
    d.heading("Investments", 2)
    s_yield = ("The pre-tax book yield on our fixed-maturity portfolio was 3.94% at September 30, 2025, compared "
               "with 3.71% at December 31, 2024, and the portfolio's effective duration was 4.3 years.")
    d.para("Net investment income rose on higher reinvestment yields and a larger invested asset base. " + s_yield
           + " The portfolio is high quality, with an average credit rating of AA- and less than 3% invested in "
           "below-investment-grade securities.", keys={"p_yield": s_yield})
    d.heading("Liquidity and capital resources", 2)
    d.para("Our insurance subsidiaries generate cash from premiums collected and investment income, which funds "
           "claims, expenses and dividends to the holding company. The holding company held cash and short-term "
           "investments of $212.4 million at September 30, 2025. Net cash provided by operating activities was "
           f"{m1(cf['n25']['ocf'])} for the nine months, compared with {m1(cf['n24']['ocf'])} a year earlier.")
    s_bv = (f"Book value per share was ${float(b1['bvps']):.2f} at September 30, 2025, compared with "
            f"${float(b0['bvps']):.2f} at December 31, 2024.")
    d.para("Shareholders' equity increased to " + m1(b1["eq"]) + " at September 30, 2025 from " + m1(b0["eq"])
           + " at December 31, 2024, reflecting net income and lower unrealized losses on fixed maturities, partly "
           "offset by share repurchases and dividends. " + s_bv + " On October 22, 2025, our Board declared a "
           f"quarterly dividend of ${float(h['dps']):.2f} per share payable on December 1, 2025.",
           keys={"p_bv": s_bv})
    d.heading("Critical accounting estimates", 2)
    d.para("Our most significant estimate is the reserve for losses and loss adjustment expenses, which depends on "
           "actuarial projections of claim frequency and severity, inflation and legal developments. Our critical "
           "accounting estimates are described in our 2024 Annual Report on Form 10-K and did not change materially "
           "during the quarter.")
    mark("i3")
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1)
    d.para("Our primary market risk is interest-rate risk on the fixed-maturity portfolio. A hypothetical 100 basis "
           "point parallel increase in interest rates would have reduced the fair value of fixed maturities by "
           "approximately $279 million at September 30, 2025. Our equity securities are exposed to price risk; a "
           "10% decline in equity prices would have reduced their fair value by approximately $32 million. There "
           "have been no material changes in our market risk since December 31, 2024.")
    mark("i4")
    d.heading("Item 4. Controls and Procedures", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
           "procedures were effective as of September 30, 2025. During the third quarter of 2025 we moved claims "
           "payments for Personal Lines to a new claims-administration system and adjusted related controls; "
           "otherwise there were no changes in internal control over financial reporting that materially affected, "
           "or are reasonably likely to materially affect, it.")

    # ------------------------------------------------------------------ Part II
    d.new_page()
    mark("p2")
    d.heading("PART II. OTHER INFORMATION", 0)
    d.heading("Item 1. Legal Proceedings", 2)
    d.para("We are party to lawsuits arising in the ordinary course of our insurance operations, principally claims "
           "litigation, which we consider in establishing loss reserves. We do not expect any pending matter to "
           "have a material adverse effect on our financial position.")
    d.heading("Item 1A. Risk Factors", 2)
    d.para("There have been no material changes to the risk factors described in our 2024 Annual Report on Form "
           "10-K.")
    mark("p2i2")
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2)
    d.para(f"In February 2024 our Board authorized the repurchase of up to ${h['rep_auth'] // 1000000} million of "
           "our common stock. The following table shows purchases of our common stock during the third quarter of "
           "2025, all of which were made under the program in open-market transactions.")
    rows = []
    for i, (per, n, cents) in enumerate(h["rep_q3"]):
        rows.append(txt(per, [f"{n:,}", f"${cents / 100:,.2f}", f"{n:,}",
                              f"${float(rnd(h['rep_rem'][i] / 1000000, 1)):,.1f}"], f"rep{i}"))
    rows.append(txt("Total", [f"{h['rep_q3_total']:,}", "", f"{h['rep_q3_total']:,}", ""], "rep_tot", "total"))
    d.table("Issuer Purchases of Equity Securities", [20, 19, 31, 30],
            [[("Total number", 1), ("Average", 1), ("Total shares purchased", 1), ("Maximum value that", 1)],
             [("of shares", 1), ("price paid", 1), ("as part of publicly", 1), ("may yet be purchased", 1)],
             [("purchased", 1), ("per share", 1), ("announced program", 1), ("(in millions)", 1)]], rows)
    d.heading("Item 5. Other Information", 2)
    d.para("During the quarter ended September 30, 2025, no director or officer adopted or terminated a Rule 10b5-1 "
           "trading arrangement or non-Rule 10b5-1 trading arrangement.")
    mark("p2i6")
    d.heading("Item 6. Exhibits", 2)
    d.para("10.1 Amended and Restated Property Catastrophe Reinsurance Agreement effective July 1, 2025; 31.1 and "
           "31.2 Rule 13a-14(a) Certifications; 32.1 Section 1350 Certifications; 101 Inline XBRL documents; 104 "
           "Cover page interactive data file.")
    d.heading("SIGNATURES", 2)
    d.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
           "report to be signed on its behalf by the undersigned thereunto duly authorized. WRENHAVEN INSURANCE "
           "GROUP, INC. By: /s/ Anselm T. Borrowdale, Executive Vice President and Chief Financial Officer "
           "(Principal Financial and Accounting Officer). Date: November 5, 2025.")
    return d, labs
