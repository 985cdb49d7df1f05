"""Vellichor Systems, Inc. -- invented SaaS company, Form 10-Q for Q3 2025."""
from layout import R, num, pct, money_m, render
from software_model import (SoftwareModel, QS, REP_MONTHS, AUTH, GEO, SBC_SPLIT, NOTES_PRINCIPAL)

DOC = "VELLICHOR_2025Q3_10Q"
CO = "Vellichor Systems, Inc."
STYLE = dict(body="Helvetica", head_font="Helvetica", size=10, lead=5.7, leaders=False, tscale=1.1, margin=25)
HEAD = (CO, "Quarterly Report on Form 10-Q \u2014 Third Quarter 2025")
UNITS = "(in thousands, except per share amounts)"
UNITS_K = "(in thousands)"
UNAUD = "(unaudited)"
H4 = [[("Three Months Ended\nSeptember 30,", 2), ("Nine Months Ended\nSeptember 30,", 2)],
      [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
H9 = [[("Nine Months Ended\nSeptember 30,", 2)], [("2025", 1), ("2024", 1)]]
PER = ["3M25", "3M24", "9M25", "9M24"]
RPO = dict(total=742614, cur_share=0.61, prior=701318)
KPI = dict(cust100=1184, cust100_prior=1032, nrr=112, nrr_prior=109, customers=6412)

TOC = [
    ("PART I. FINANCIAL INFORMATION", 0), ("Item 1. Financial Statements (Unaudited)", 1),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1),
    ("Item 4. Controls and Procedures", 1), ("PART II. OTHER INFORMATION", 0),
    ("Item 1. Legal Proceedings", 1), ("Item 1A. Risk Factors", 1),
    ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 1),
    ("Item 5. Other Information", 1), ("Item 6. Exhibits", 1), ("Signatures", 1),
]


def m1(x):
    return money_m(x)


def gpct(a, b):
    return (a - b) / abs(b) * 100


class SoftwareFiling:
    def __init__(self):
        self.m = SoftwareModel()

    def build(self, d, known):
        self.d = d
        self.cover(d)
        d.new_page()
        d.toc(TOC, known)
        d.new_page()
        self.forward(d)
        d.item("PART I. FINANCIAL INFORMATION")
        d.toc_pages["Item 1. Financial Statements (Unaudited)"] = d.page_no()
        d.h2("Item 1. Financial Statements (Unaudited)")
        self.statements(d)
        self.notes(d)
        self.mdna(d)
        self.part1_rest(d)
        self.part2(d)

    # ------------------------------------------------------------------
    def cover(self, d):
        d.cover_page("10-Q", "QUARTERLY REPORT", "For the quarterly period ended September 30, 2025", "001-40877", CO,
                     "Delaware", "46-2290731",
                     "1200 Larkspur Landing Circle, Suite 600\nSan Rafael, California 94901\n(415) 555-0147", [
                         "Securities registered pursuant to Section 12(b) of the Act: Common stock, par value $0.0001 "
                         "per share; trading symbol VLCH; The Nasdaq Global Select Market.",
                         "Indicate by check mark whether the registrant (1) has filed all reports required to be filed "
                         "by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months "
                         "and (2) has been subject to such filing requirements for the past 90 days. Yes [X] No [  ]. "
                         "Large accelerated filer [X]. Indicate by check mark whether the registrant is a shell "
                         "company. Yes [  ] No [X].",
                         "As of October 31, 2025, the registrant had 75,102,318 shares of common stock outstanding."],
                     scale=0.95)

    def forward(self, d):
        d.h2("SPECIAL NOTE REGARDING FORWARD-LOOKING STATEMENTS")
        d.paras([
            "This Quarterly Report on Form 10-Q contains forward-looking statements about our business, operations "
            "and financial performance, including statements about our expectations for revenue growth, operating "
            "margins, customer retention, the benefits of our 2025 restructuring plan, our share repurchase "
            "program and the adequacy of our liquidity. Words such as \"believe,\" \"may,\" \"will,\" \"expect,\" "
            "\"plan,\" \"intend,\" \"anticipate\" and similar expressions identify forward-looking statements. These "
            "statements are subject to risks described in Part II, Item 1A, \"Risk Factors,\" and actual results may "
            "differ materially. We undertake no obligation to update them.",
            "Unless the context requires otherwise, \"Vellichor,\" the \"Company,\" \"we,\" \"us\" and \"our\" refer to "
            "Vellichor Systems, Inc. and its consolidated subsidiaries.",
        ])

    # ------------------------------------------------------------------
    def statements(self, d):
        m = self.m
        b, a = m.bs["2025Q3"], m.bs["2024Q4"]
        d.ln(2)
        d.centered(CO.upper() + "\nCONDENSED CONSOLIDATED BALANCE SHEETS", 10, "B")
        d.centered(UNITS + "\n" + UNAUD, 8, "I", 4)

        def bl(label, k, **kw):
            return R(label, [b[k], a[k]], **kw)
        issued = [x["shares"] for x in (b, a)]
        rows = [
            R("Assets", kind="head"),
            R("Current assets:", kind="head"),
            bl("Cash and cash equivalents", "cash", indent=1, dollar=True),
            bl("Short-term marketable securities", "mkt", indent=1),
            R("Accounts receivable, net of allowance for credit losses of $2,184 and $2,037",
              [b["ar"], a["ar"]], indent=1, key="ar"),
            bl("Deferred commissions, current", "dc_cur", indent=1),
            bl("Prepaid expenses and other current assets", "pre", indent=1),
            bl("Total current assets", "tca", kind="sub", indent=2),
            bl("Property and equipment, net", "ppe"),
            bl("Operating lease right-of-use assets", "rou"),
            bl("Deferred commissions, noncurrent", "dc_non"),
            bl("Intangible assets, net", "intang"),
            bl("Goodwill", "gw"),
            bl("Other assets", "oa"),
            bl("Total assets", "ta", kind="total", dollar=True),
            R("Liabilities and stockholders' equity", kind="head"),
            R("Current liabilities:", kind="head"),
            bl("Accounts payable", "ap", indent=1, dollar=True),
            bl("Accrued expenses and other current liabilities", "acc", indent=1),
            bl("Accrued compensation", "comp", indent=1),
            bl("Deferred revenue, current", "dr_cur", indent=1),
            bl("Operating lease liabilities, current", "ll_cur", indent=1),
            bl("Total current liabilities", "tcl", kind="sub", indent=2),
            bl("Deferred revenue, noncurrent", "dr_non"),
            bl("Operating lease liabilities, noncurrent", "ll_non"),
            bl("Convertible senior notes, net", "notes"),
            bl("Other liabilities", "ol"),
            bl("Total liabilities", "tl", kind="sub"),
            R("Commitments and contingencies (Note 15)", []),
            R("Stockholders' equity:", kind="head"),
            R("Preferred stock, $0.0001 par value; 100,000 shares authorized; no shares issued and outstanding",
              [0, 0], indent=1, key="pref"),
            R(f"Common stock, $0.0001 par value; 1,000,000 shares authorized; {issued[0] / 1000:,.0f} and "
              f"{issued[1] / 1000:,.0f} shares issued; {b['out'] / 1000:,.0f} and {a['out'] / 1000:,.0f} shares "
              "outstanding", [b["cs"], a["cs"]], indent=1, key="cs"),
            bl("Additional paid-in capital", "apic", indent=1),
            R(f"Treasury stock, at cost; {b['treas_sh'] / 1000:,.0f} and {a['treas_sh'] / 1000:,.0f} shares",
              [b["treas"], a["treas"]], indent=1, key="treas"),
            bl("Accumulated other comprehensive income (loss)", "aoci", indent=1),
            bl("Accumulated deficit", "deficit", indent=1),
            bl("Total stockholders' equity", "te", kind="sub", indent=2),
            bl("Total liabilities and stockholders' equity", "ta", kind="total", dollar=True, key="tle"),
        ]
        d.table("s_bs", rows, [[("September 30,\n2025", 1), ("December 31,\n2024", 1)],
                               [("", 1), ("(audited)", 1)]],
                label_w=118, size=7.9, row_h=3.95,
                footnotes=["The accompanying notes are an integral part of these condensed consolidated financial "
                           "statements."])
        # ---- operations
        d.new_page()
        d.centered(CO.upper() + "\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", 10, "B")
        d.centered(UNITS + "\n" + UNAUD, 8, "I", 4)
        P = [m.per[p] for p in PER]

        def pl(label, k, **kw):
            return R(label, [x[k] for x in P], **kw)
        rows = [
            R("Revenue:", kind="head"),
            pl("Subscription", "sub", indent=1, dollar=True, key="rev_sub"),
            pl("Professional services and other", "ps", indent=1, key="rev_ps"),
            pl("Total revenue", "rev", kind="sub", indent=2),
            R("Cost of revenue:", kind="head", note="(1)"),
            pl("Subscription", "c_sub", indent=1, key="cor_sub"),
            pl("Professional services and other", "c_ps", indent=1, key="cor_ps"),
            pl("Total cost of revenue", "cor", kind="sub", indent=2),
            pl("Gross profit", "gp", kind="sub"),
            R("Operating expenses:", kind="head", note="(1)"),
            pl("Research and development", "rd", indent=1),
            pl("Sales and marketing", "sm", indent=1),
            pl("General and administrative", "ga", indent=1),
            pl("Restructuring", "restr", indent=1),
            pl("Total operating expenses", "opx", kind="sub", indent=2),
            pl("Income (loss) from operations", "oi", kind="sub"),
            pl("Interest income", "int_inc"),
            R("Interest expense", [-x["int_exp"] for x in P]),
            pl("Other income (expense), net", "other"),
            pl("Income (loss) before provision for income taxes", "pre", kind="sub"),
            pl("Provision for income taxes", "tax"),
            pl("Net income (loss)", "ni", kind="total", dollar=True),
            R("", kind="blank"),
            R("Net income (loss) per share:", kind="head"),
            R("Basic", [x["eps_b"] for x in P], dec=2, dollar=True, indent=1, key="eps_b"),
            R("Diluted", [x["eps_d"] for x in P], dec=2, dollar=True, indent=1, key="eps_d"),
            R("Weighted-average shares used in computing net income (loss) per share:", kind="head"),
            R("Basic", [x["basic"] / 1000 for x in P], indent=1, key="sh_b"),
            R("Diluted", [x["diluted"] / 1000 for x in P], indent=1, key="sh_d"),
        ]
        d.table("s_is", rows, H4, label_w=84, size=8, row_h=4.0, footnotes=[
            "(1) Includes stock-based compensation expense as follows (see Note 10):"])
        rows = [R(lab, [x["sbc_parts"][i] for x in P], indent=1, dollar=(i == 0), key=lab)
                for i, (lab, _) in enumerate(SBC_SPLIT)]
        rows.append(R("Total stock-based compensation expense", [x["sbc"] for x in P], kind="total", dollar=True))
        d.table("s_sbc_is", rows, H4, label_w=84, size=7.6, row_h=3.8)
        # ---- comprehensive income
        d.new_page()
        d.centered(CO.upper() + "\nCONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME (LOSS)", 10, "B")
        d.centered(UNITS_K + "\n" + UNAUD, 8, "I", 4)
        rows = [pl("Net income (loss)", "ni", dollar=True),
                R("Other comprehensive income (loss):", kind="head"),
                pl("Foreign currency translation adjustments", "fx", indent=1),
                pl("Unrealized gains (losses) on marketable securities, net of tax", "unreal", indent=1),
                R("Other comprehensive income (loss)", [x["fx"] + x["unreal"] for x in P], kind="sub"),
                R("Comprehensive income (loss)", [x["ni"] + x["fx"] + x["unreal"] for x in P], kind="total",
                  dollar=True)]
        d.table("s_ci", rows, H4, label_w=84, size=8)
        # ---- equity
        d.ln(4)
        d.centered(CO.upper() + "\nCONDENSED CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", 10, "B")
        d.centered(UNITS_K + "\n" + UNAUD, 8, "I", 4)
        rows = []
        names = {"2023Q4": "December 31, 2023", "2024Q1": "March 31, 2024", "2024Q2": "June 30, 2024",
                 "2024Q3": "September 30, 2024", "2024Q4": "December 31, 2024", "2025Q1": "March 31, 2025",
                 "2025Q2": "June 30, 2025", "2025Q3": "September 30, 2025"}

        def bal(k):
            x = m.bs[k]
            return R(f"Balance as of {names[k]}", [x["out"] / 1000, x["cs"], x["apic"], x["treas"], x["aoci"],
                                                   x["deficit"], x["te"]], kind="sub", dollar=[False] + [True] * 6,
                     key="bal" + k)
        for year, qs, start in (("2025", QS[4:], "2024Q4"), ("2024", QS[:3], "2023Q4")):
            rows.append(R(f"Nine Months Ended September 30, {year}", kind="head", key="hd" + year))
            rows.append(bal(start))
            for k in qs:
                q = m.q[k]
                rows += [
                    R("Issuance of common stock upon vesting of RSUs, net of shares withheld for taxes",
                      [q["rsu_sh"] / 1000, 0, -q["rsu_tax"], None, None, None, -q["rsu_tax"]], indent=1,
                      key="rsu" + k),
                    R("Issuance of common stock under employee stock purchase plan",
                      [q["espp_sh"] / 1000, 0, q["espp"], None, None, None, q["espp"]], indent=1, key="espp" + k),
                    R("Stock-based compensation", [None, None, q["sbc"], None, None, None, q["sbc"]], indent=1,
                      key="sbc" + k),
                ]
                if q["rep"]:
                    rows.append(R("Repurchases of common stock", [-q["rep_sh"] / 1000, None, None, -q["rep"], None,
                                                                   None, -q["rep"]], indent=1, key="rep" + k))
                rows += [
                    R("Other comprehensive income (loss)", [None, None, None, None, q["fx"] + q["unreal"], None,
                                                            q["fx"] + q["unreal"]], indent=1, key="oci" + k),
                    R("Net income (loss)", [None, None, None, None, None, q["ni"], q["ni"]], indent=1,
                      key="ni" + k),
                    bal(k),
                ]
        d.table("s_eq", rows, [[("Common Stock", 2), ("", 1), ("", 1), ("", 1), ("", 1), ("", 1)],
                               [("Shares", 1), ("Amount", 1), ("Additional\nPaid-In\nCapital", 1),
                                ("Treasury\nStock", 1), ("Accumulated\nOther\nComprehensive\nIncome (Loss)", 1),
                                ("Accumulated\nDeficit", 1), ("Total\nStockholders'\nEquity", 1)]],
                label_w=47, size=6.6, row_h=3.5, col_w=[13, 12, 17.5, 15.5, 21.5, 18.5, 18.5],
                cont_title=CO.upper() + "\nCONDENSED CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY")
        # ---- cash flows
        d.new_page()
        d.centered(CO.upper() + "\nCONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", 10, "B")
        d.centered(UNITS_K + "\n" + UNAUD, 8, "I", 4)
        C = [m.per["9M25"], m.per["9M24"]]
        op_lab = [("ni", "Net income (loss)"), ("da", "Depreciation and amortization"),
                  ("sbc", "Stock-based compensation expense"), ("dc_amort", "Amortization of deferred commissions"),
                  ("debt_amort", "Amortization of debt issuance costs"), ("lease_nc", "Non-cash operating lease cost"),
                  ("def_tax", "Deferred income taxes"), ("ar", "Accounts receivable"),
                  ("dc", "Deferred commissions"), ("pre", "Prepaid expenses and other assets"),
                  ("ap", "Accounts payable"), ("acc", "Accrued expenses and other liabilities"),
                  ("dr", "Deferred revenue"), ("ll", "Operating lease liabilities")]
        rows = [R("Cash flows from operating activities:", kind="head")]
        for i, (k, lab) in enumerate(op_lab):
            if k == "da":
                rows.append(R("Adjustments to reconcile net income (loss) to net cash provided by operating "
                              "activities:", kind="head", indent=1))
            if k == "ar":
                rows.append(R("Changes in operating assets and liabilities:", kind="head", indent=1))
            rows.append(R(lab, [c["op"][k] for c in C], indent=1 if i == 0 else 2, dollar=(i == 0), key="cf:" + k))
        rows.append(R("Net cash provided by operating activities", [c["s_op"] for c in C], kind="sub"))
        rows.append(R("Cash flows from investing activities:", kind="head"))
        for k, lab in (("capex", "Purchases of property and equipment"), ("capsw", "Capitalized internal-use software"),
                       ("purch", "Purchases of marketable securities"),
                       ("matur", "Maturities of marketable securities")):
            rows.append(R(lab, [c["inv"][k] for c in C], indent=1, key="cf:" + k))
        rows.append(R("Net cash provided by (used in) investing activities", [c["s_inv"] for c in C], kind="sub"))
        rows.append(R("Cash flows from financing activities:", kind="head"))
        for k, lab in (("espp", "Proceeds from employee stock purchase plan"),
                       ("rsu_tax", "Taxes paid related to net share settlement of equity awards"),
                       ("rep", "Repurchases of common stock")):
            rows.append(R(lab, [c["fin"][k] for c in C], indent=1, key="cf:" + k))
        rows += [R("Net cash used in financing activities", [c["s_fin"] for c in C], kind="sub"),
                 R("Effect of exchange rate changes on cash and cash equivalents", [c["fx"] for c in C]),
                 R("Net increase (decrease) in cash and cash equivalents", [c["chg"] for c in C], kind="sub"),
                 R("Cash and cash equivalents, beginning of period", [c["cash_beg"] for c in C]),
                 R("Cash and cash equivalents, end of period", [c["cash_end"] for c in C], kind="total",
                   dollar=True),
                 R("Supplemental disclosures:", kind="head"),
                 R("Cash paid for income taxes", [c["tax"] - 240 for c in C], indent=1, dollar=True),
                 R("Cash paid for interest", [500, 500], indent=1)]
        d.table("s_cf", rows, H9, label_w=112, size=7.9, row_h=3.95)

    # ------------------------------------------------------------------
    def notes(self, d):
        m = self.m
        b, a = m.bs["2025Q3"], m.bs["2024Q4"]
        n9, n9p, n3, n3p = (m.per[p] for p in ("9M25", "9M24", "3M25", "3M24"))
        d.new_page()
        d.centered(CO.upper() + "\nNOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS " + UNAUD, 10, "B")
        d.ln(2)
        d.h2("1. Organization and Basis of Presentation")
        d.paras([
            "Vellichor Systems, Inc. was incorporated in Delaware in 2013 and is headquartered in San Rafael, "
            "California. Vellichor provides a cloud-based platform that utilities, telecommunications carriers, "
            "building services firms and equipment manufacturers use to schedule, dispatch and manage field "
            "technicians, track assets in the field and bill for completed work. Customers subscribe to the "
            "platform under contracts that typically range from one to three years, and we provide implementation, "
            "configuration and training services.",
            "The accompanying condensed consolidated financial statements are unaudited and have been prepared in "
            "accordance with U.S. generally accepted accounting principles (\"GAAP\") for interim financial "
            "information. In management's opinion, they include all adjustments, consisting of normal recurring "
            "adjustments, necessary for a fair presentation. The condensed consolidated balance sheet as of "
            "December 31, 2024 was derived from audited financial statements. Results for interim periods are not "
            "necessarily indicative of results for the full year. These statements should be read with the "
            "consolidated financial statements in our Annual Report on Form 10-K for the year ended December 31, "
            "2024.",
        ])
        d.h2("2. Summary of Significant Accounting Policies")
        d.paras([
            "There have been no material changes to our significant accounting policies described in our Annual "
            "Report on Form 10-K for the year ended December 31, 2024, except as described below.",
            "Use of estimates. Significant estimates include the standalone selling prices of performance "
            "obligations, the period of benefit for deferred commissions, the useful lives of capitalized "
            "internal-use software and intangible assets, the fair value of stock-based awards and the valuation of "
            "deferred tax assets.",
            "Recently issued accounting pronouncements. In December 2023, the FASB issued ASU 2023-09, Improvements "
            "to Income Tax Disclosures, effective for our annual report for 2025. In November 2024, the FASB issued "
            "ASU 2024-03, which requires disaggregation of certain expense captions in the notes, effective for "
            "annual periods beginning after December 15, 2026. We are evaluating the effect of these standards on "
            "our disclosures.",
        ])
        self.policies_more(d)
        d.h2("3. Revenue")
        d.para("Subscription revenue is recognized ratably over the contract term beginning when the platform is "
               "made available to the customer. Professional services revenue is recognized as services are "
               "performed, generally on a time-and-materials basis.")
        P = [m.per[p] for p in PER]
        rows = [R(lab, [x["geo"][i] for x in P], dollar=(i == 0), key=lab) for i, (lab, _) in enumerate(GEO)]
        rows.append(R("Total revenue", [x["rev"] for x in P], kind="total", dollar=True))
        d.table("s_geo", rows, H4, label_w=76, title="Revenue by Geographic Area", units=UNITS_K, size=7.8,
                footnotes=["Revenue by geography is based on the billing address of the customer. No country other "
                           "than the United States represented 10% or more of total revenue in any period presented."])
        self.vertical_table(d)
        self.contract_balances(d)
        d.h3("Deferred revenue")
        D = [m.drroll["9M25"], m.drroll["9M24"]]
        rows = [R("Deferred revenue, beginning of period", [x["beg"] for x in D], dollar=True),
                R("Billings", [x["bill"] for x in D], note="(1)"),
                R("Revenue recognized", [-x["rev"] for x in D]),
                R("Deferred revenue, end of period", [x["end"] for x in D], kind="total", dollar=True)]
        d.table("s_dr", rows, H9, label_w=100, units=UNITS_K, size=8,
                footnotes=["(1) Amounts invoiced to customers during the period, including amounts billed in advance "
                           "of the service period."])
        d.para(f"Revenue recognized during the nine months ended September 30, 2025 and 2024 that was included in "
               f"the deferred revenue balance at the beginning of the respective period was "
               f"{m1(D[0]['from_beg'])} and {m1(D[1]['from_beg'])}, respectively.", key="dr_from_beg")
        d.h3("Remaining performance obligations")
        cur = int(round(RPO["total"] * RPO["cur_share"]))
        d.para(f"Remaining performance obligations (\"RPO\") represent contracted revenue that has not yet been "
               f"recognized, including deferred revenue and non-cancelable amounts that will be invoiced and "
               f"recognized in future periods. As of September 30, 2025, RPO was {m1(RPO['total'])}, of which "
               f"approximately {RPO['cur_share'] * 100:.0f}%, or {m1(cur)}, is expected to be recognized as revenue "
               "over the next 12 months, with the remainder recognized thereafter. RPO was "
               f"{m1(RPO['prior'])} as of December 31, 2024.", key="rpo")
        self.rpo_timing(d)
        d.h2("4. Deferred Commissions")
        dc = {n: dict(beg=m.bs[s]["dc"], add=-m.per[n]["op"]["dc"], amort=m.per[n]["op"]["dc_amort"],
                      end=m.bs[e]["dc"]) for n, s, e in (("9M25", "2024Q4", "2025Q3"), ("9M24", "2023Q4", "2024Q3"))}
        rows = [R("Beginning balance", [dc[n]["beg"] for n in ("9M25", "9M24")], dollar=True),
                R("Additions to deferred commissions", [dc[n]["add"] for n in ("9M25", "9M24")]),
                R("Amortization of deferred commissions", [-dc[n]["amort"] for n in ("9M25", "9M24")]),
                R("Ending balance", [dc[n]["end"] for n in ("9M25", "9M24")], kind="total", dollar=True)]
        d.table("s_dc", rows, H9, label_w=100, units=UNITS_K, size=8)
        d.para("Sales commissions and related payroll taxes that are incremental to obtaining a contract are "
               "capitalized and amortized on a straight-line basis over an expected period of benefit of four years. "
               "Amortization is included in sales and marketing expense.")
        d.h2("5. Cash Equivalents and Marketable Securities")
        types = [("U.S. treasury securities", .38), ("Corporate debt securities", .33), ("Commercial paper", .17),
                 ("U.S. government agency securities", None)]
        fv = [int(round(b["mkt"] * s)) for _, s in types[:-1]]
        fv.append(b["mkt"] - sum(fv))
        gains = [312, 418, 0, 96]
        losses = [41, 87, 0, 12]
        rows = []
        for i, (t, _) in enumerate(types):
            rows.append(R(t, [fv[i] - gains[i] + losses[i], gains[i], -losses[i], fv[i]], dollar=(i == 0)))
        rows.append(R("Total marketable securities", [b["mkt"] - sum(gains) + sum(losses), sum(gains),
                                                      -sum(losses), b["mkt"]], kind="total", dollar=True))
        d.table("s_mkt", rows, [[("Amortized\nCost", 1), ("Gross\nUnrealized\nGains", 1),
                                 ("Gross\nUnrealized\nLosses", 1), ("Fair\nValue", 1)]],
                label_w=70, title="As of September 30, 2025", units=UNITS_K, size=7.8)
        d.para("All marketable securities have contractual maturities of less than two years and are classified as "
               "Level 2 in the fair value hierarchy, except U.S. treasury securities, which are Level 1. Unrealized "
               "losses were not attributable to credit and no allowance for credit losses was recorded.")
        self.fair_value_table(d)
        self.sec_maturities(d)
        d.h2("6. Property and Equipment, Net")
        cost_sw = 48712 + sum(m.q[k]["capsw"] for k in QS[4:])
        cost_sw_a = 48712
        other = [41308, 39012]
        acc = [cost_sw + other[0] - b["ppe"], cost_sw_a + other[1] - a["ppe"]]
        rows = [R("Capitalized internal-use software", [cost_sw, cost_sw_a], dollar=True),
                R("Computer equipment, furniture and leasehold improvements", other),
                R("Total property and equipment", [cost_sw + other[0], cost_sw_a + other[1]], kind="sub"),
                R("Less: accumulated depreciation and amortization", [-acc[0], -acc[1]]),
                R("Property and equipment, net", [b["ppe"], a["ppe"]], kind="total", dollar=True)]
        d.table("s_ppe", rows, [[("September 30,\n2025", 1), ("December 31,\n2024", 1)]], label_w=100,
                units=UNITS_K, size=8)
        d.h2("7. Goodwill and Intangible Assets")
        d.para(f"Goodwill was {m1(b['gw'])} as of September 30, 2025 and December 31, 2024, and there were no "
               "impairments. Intangible assets consist of developed technology and customer relationships from the "
               f"2022 acquisition of Tessaline Route Analytics Ltd. Amortization expense was {m1(n3['amort_int'])} "
               f"and {m1(n9['amort_int'])} for the three and nine months ended September 30, 2025, and is included "
               "in cost of subscription revenue.", key="intang_note")
        self.intangibles_table(d)
        d.h2("8. Leases")
        d.para("We lease office space under operating leases expiring through 2031. Operating lease cost was $2.0 "
               "million for each of the three months ended September 30, 2025 and 2024. As of September 30, 2025, "
               "the weighted-average remaining lease term was 4.6 years and the weighted-average discount rate was "
               "3.1%.")
        self.lease_table(d)
        d.h2("9. Convertible Senior Notes")
        unam = NOTES_PRINCIPAL - b["notes"]
        unam_a = NOTES_PRINCIPAL - a["notes"]
        rows = [R("Principal", [NOTES_PRINCIPAL, NOTES_PRINCIPAL], dollar=True),
                R("Less: unamortized debt issuance costs", [-unam, -unam_a]),
                R("Net carrying amount", [b["notes"], a["notes"]], kind="total", dollar=True)]
        d.table("s_notes", rows, [[("September 30,\n2025", 1), ("December 31,\n2024", 1)]], label_w=100,
                units=UNITS_K, size=8)
        d.para(f"In March 2021, we issued {m1(NOTES_PRINCIPAL)} aggregate principal amount of 0.25% convertible "
               "senior notes due March 15, 2028 (the \"Notes\"). Interest is payable semiannually. The Notes are "
               "convertible at an initial conversion rate of 10.4375 shares of common stock per $1,000 principal "
               "amount, equivalent to an initial conversion price of approximately $95.81 per share. The estimated "
               "fair value of the Notes, a Level 2 measurement, was $371.6 million as of September 30, 2025. "
               "Interest expense, consisting of contractual interest and amortization of issuance costs, was "
               f"{m1(n3['int_exp'])} and {m1(n9['int_exp'])} for the three and nine months ended September 30, "
               "2025.", key="notes_text")
        d.h2("10. Stockholders' Equity and Stock-Based Compensation")
        d.para("Share repurchase program. In February 2025, our board of directors authorized the repurchase of up "
               f"to {m1(AUTH)} of our common stock through February 2027. Repurchases may be made in the open "
               "market, in privately negotiated transactions or under Rule 10b5-1 plans. Repurchased shares are held "
               f"as treasury stock. During the three and nine months ended September 30, 2025, we repurchased "
               f"{n3['rep_sh']:,} and {n9['rep_sh']:,} shares for {m1(n3['rep'])} and {m1(n9['rep'])}, "
               f"respectively. As of September 30, 2025, {m1(AUTH - n9['rep'])} remained available under the "
               "program.", key="rep_note")
        rows = [R(lab, [x["sbc_parts"][i] for x in P], dollar=(i == 0), key=lab) for i, (lab, _) in enumerate(SBC_SPLIT)]
        rows.append(R("Total stock-based compensation expense", [x["sbc"] for x in P], kind="total", dollar=True))
        d.table("s_sbc", rows, H4, label_w=76, title="Stock-based compensation expense by line item",
                units=UNITS_K, size=7.8)
        self.rsu_table(d)
        self.espp_table(d)
        self.sbc_award_table(d)
        d.para("As of September 30, 2025, unrecognized stock-based compensation related to unvested restricted stock "
               "units was $171.4 million, expected to be recognized over a weighted-average period of 2.4 years.")
        d.h2("11. Balance Sheet Components")
        self.bs_components(d)
        d.h2("12. Restructuring")
        d.para("In February 2025, we approved a restructuring plan to reduce operating costs and realign resources "
               "toward our asset-intensive industries strategy. The plan included a reduction of approximately 6% of "
               "our workforce, or about 140 employees, and the consolidation of our Denver, Colorado office into our "
               f"other locations. We recognized restructuring charges of {m1(n3['restr'])} and {m1(n9['restr'])} "
               "during the three and nine months ended September 30, 2025, consisting of severance and related "
               "benefits of $6.4 million and facility exit costs of $1.9 million for the nine-month period. We do "
               "not expect to incur material additional charges under the plan.", key="restr_note")
        rows = [R("Balance as of December 31, 2024", [0], dollar=True),
                R("Restructuring charges", [n9["restr"]]),
                R("Cash payments", [-(n9["restr"] - 578)]),
                R("Balance as of September 30, 2025", [578], kind="total", dollar=True)]
        d.table("s_restr", rows, [[("Amount", 1)]], label_w=100, col_w=34, units=UNITS_K, size=8)
        d.h2("13. Net Income (Loss) Per Share")
        rows = [R("Numerator: net income (loss)", [x["ni"] for x in P], dollar=True),
                R("Denominator:", kind="head"),
                R("Weighted-average shares \u2014 basic", [x["basic"] / 1000 for x in P], indent=1),
                R("Dilutive effect of RSUs and ESPP", [(x["diluted"] - x["basic"]) / 1000 for x in P], indent=1),
                R("Weighted-average shares \u2014 diluted", [x["diluted"] / 1000 for x in P], indent=1, kind="sub"),
                R("Net income (loss) per share \u2014 basic", [x["eps_b"] for x in P], dec=2, dollar=True),
                R("Net income (loss) per share \u2014 diluted", [x["eps_d"] for x in P], dec=2, dollar=True)]
        d.table("s_eps", rows, H4, label_w=76, units=UNITS, size=7.8)
        d.para("Shares issuable upon conversion of the Notes (4,175 thousand shares) were excluded from diluted "
               "shares in all periods because their effect would have been anti-dilutive. Unvested RSUs of 9,842 "
               "thousand shares were excluded for periods with a net loss.")
        d.h2("14. Income Taxes")
        d.para(f"The provision for income taxes was {m1(n3['tax'])} and {m1(n9['tax'])} for the three and nine "
               "months ended September 30, 2025, consisting primarily of foreign income taxes and state minimum taxes. "
               "We maintain a full valuation allowance against our U.S. federal and state net deferred tax assets.")
        d.h2("15. Commitments and Contingencies")
        d.para("Legal proceedings. In January 2025, Orchard Logic LLC filed a complaint against us in the U.S. "
               "District Court for the Eastern District of Texas alleging that our dispatch optimization features "
               "infringe two patents relating to route scheduling. The plaintiff seeks unspecified damages. We "
               "believe the claims are without merit and intend to defend vigorously. We have not recorded an accrual "
               "because a loss is not probable and the amount cannot be reasonably estimated.", key="legal_note")
        d.para("Purchase commitments. We have non-cancelable commitments for cloud hosting services of $118.0 "
               "million through 2028, of which $31.5 million is due in the remainder of 2025 and 2026.")
        d.h2("16. Accumulated Other Comprehensive Income (Loss)")
        self.aoci_table(d)
        d.h2("17. Segment Information")
        d.para("We operate as a single operating segment. Our chief operating decision maker, the Chief Executive "
               "Officer, reviews consolidated net income (loss) and the expense captions presented in the condensed "
               "consolidated statements of operations to allocate resources and assess performance. Long-lived "
               "assets outside the United States were not material.")
        self.notes_extra(d)

    # ------------------------------------------------------------------
    def mdna(self, d):
        m = self.m
        n3, n3p, n9, n9p = (m.per[p] for p in PER)
        b = m.bs["2025Q3"]
        t = "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations"
        d.item(t)
        d.para("The following discussion should be read with our condensed consolidated financial statements and "
               "notes in Part I, Item 1, and with our Annual Report on Form 10-K for 2024. Dollar amounts in the "
               "narrative are in millions unless otherwise stated; tables are in thousands.")
        d.h2("Overview")
        d.para("Vellichor provides a cloud-based field service management platform. Our customers range from "
               "regional utilities and telecommunications carriers to building services companies and equipment "
               f"manufacturers; as of September 30, 2025, we served approximately {KPI['customers']:,} customers in "
               "38 countries. We sell primarily through a direct sales force, supplemented by systems integrators "
               "and resellers in Europe and Asia-Pacific.")
        self.business_model(d)
        d.h3("Third Quarter 2025 Highlights")
        d.bullets([
            f"Total revenue was {m1(n3['rev'])}, an increase of {pct(gpct(n3['rev'], n3p['rev']))} year over year; "
            f"subscription revenue was {m1(n3['sub'])}, an increase of {pct(gpct(n3['sub'], n3p['sub']))}.",
            f"GAAP income from operations was {m1(n3['oi'])}, compared with a loss from operations of "
            f"{m1(-n3p['oi'])} in the third quarter of 2024. Non-GAAP income from operations was "
            f"{m1(n3['ngoi'])}, or {pct(n3['ngom'])} of revenue.",
            f"Net cash provided by operating activities was {m1(n9['s_op'])} year-to-date, and free cash flow was "
            f"{m1(n9['fcf'])}.",
            f"We repurchased {n3['rep_sh']:,} shares of common stock for {m1(n3['rep'])} during the quarter.",
        ], key="highlights")
        d.h3("Key Business Metrics")
        d.para(
            f"Customers with annual recurring revenue over $100,000. We had {KPI['cust100']:,} customers with "
            f"annual recurring revenue (\"ARR\") greater than $100,000 as of September 30, 2025, compared with "
            f"{KPI['cust100_prior']:,} as of September 30, 2024. These customers represented approximately 71% of "
            "our subscription revenue in the third quarter of 2025.", key="kpi_cust")
        d.para(
            f"Dollar-based net retention rate. Our dollar-based net retention rate was {KPI['nrr']}% as of "
            f"September 30, 2025, compared with {KPI['nrr_prior']}% as of September 30, 2024. We calculate this "
            "rate by dividing the ARR at period end from customers who were customers twelve months earlier by the "
            "ARR from those same customers twelve months earlier. The improvement reflected stronger expansion into "
            "additional crews and business units and lower gross churn among mid-market customers.", key="kpi_nrr")
        d.h3("Macroeconomic Environment")
        d.para("Elevated interest rates and uncertainty about public infrastructure funding lengthened sales cycles "
               "for new logos among some utility and telecommunications prospects in the first half of 2025, while "
               "renewals and expansions remained healthy. Approximately 22% of our revenue is denominated in "
               "currencies other than the U.S. dollar, principally the euro, British pound and Australian dollar.")
        self.components(d)
        d.h2("Results of Operations")
        self.ops_table(d)
        P = [n3, n3p, n9, n9p]
        rows = []
        for lab, k in (("Subscription", "sub"), ("Professional services and other", "ps"), ("Total revenue", "rev"),
                       ("Gross profit", "gp"), ("Research and development", "rd"), ("Sales and marketing", "sm"),
                       ("General and administrative", "ga"), ("Restructuring", "restr"),
                       ("Income (loss) from operations", "oi"), ("Net income (loss)", "ni")):
            rows.append(R(lab, [pct(x[k] / x["rev"] * 100, 1, zero="\u2014") for x in P], fmt="str",
                          kind="sub" if k in ("rev", "oi") else "row", key="pct:" + k))
        d.table("s_pct", rows, H4, label_w=76, title="Results as a Percentage of Total Revenue", size=7.8,
                footnotes=["Percentages may not sum due to rounding."])
        d.h3("Revenue")
        d.para(
            f"Total revenue increased {m1(n3['rev'] - n3p['rev'])}, or {pct(gpct(n3['rev'], n3p['rev']))}, to "
            f"{m1(n3['rev'])} for the three months ended September 30, 2025, and increased "
            f"{m1(n9['rev'] - n9p['rev'])}, or {pct(gpct(n9['rev'], n9p['rev']))}, to {m1(n9['rev'])} for the nine "
            f"months ended September 30, 2025. Subscription revenue grew {pct(gpct(n3['sub'], n3p['sub']))} in the "
            "quarter, driven by expansion within existing customers, which contributed approximately 68% of the "
            "increase, and by new customers. Professional services revenue decreased "
            f"{pct(-gpct(n3['ps'], n3p['ps']))} in the quarter as more implementations were delivered by partners.",
            key="rev_text")
        self.comparison_tables(d)
        self.geo_discussion(d)
        d.h3("Gross Profit and Gross Margin")
        gm_sub3, gm_sub3p = ((x["sub"] - x["c_sub"]) / x["sub"] * 100 for x in (n3, n3p))
        d.para(
            f"Gross margin was {pct(n3['gm'])} in the third quarter of 2025 compared with {pct(n3p['gm'])} in the "
            f"prior-year quarter. Subscription gross margin improved to {pct(gm_sub3)} from {pct(gm_sub3p)} as we "
            "completed the migration of our European customers to a lower-cost hosting region and renegotiated our "
            "primary cloud hosting agreement. Professional services continued to operate near breakeven, which is "
            "consistent with our strategy of using services to drive subscription adoption.", key="gm_text")
        d.h3("Operating Expenses")
        d.para(
            f"Research and development expense was {m1(n3['rd'])}, or {pct(n3['rd'] / n3['rev'] * 100)} of revenue, "
            f"in the third quarter of 2025, compared with {m1(n3p['rd'])}, or {pct(n3p['rd'] / n3p['rev'] * 100)}. "
            f"Sales and marketing expense was {m1(n3['sm'])} compared with {m1(n3p['sm'])}; the decline as a "
            "percentage of revenue reflected the 2025 restructuring, lower event spending and improved productivity "
            f"of our enterprise sales teams. General and administrative expense was {m1(n3['ga'])} compared with "
            f"{m1(n3p['ga'])}. Restructuring charges were {m1(n9['restr'])} for the nine months ended September 30, "
            "2025; see Note 12.", key="opex_text")
        d.h3("Other Income and Taxes")
        d.para(f"Interest income decreased to {m1(n3['int_inc'])} from {m1(n3p['int_inc'])} due to lower yields on "
               "our investment portfolio. Interest expense relates to the Notes. The provision for income taxes "
               f"was {m1(n3['tax'])} for the quarter.")
        d.h2("Non-GAAP Financial Measures")
        d.para("We use non-GAAP income from operations, non-GAAP operating margin and free cash flow to evaluate our "
               "performance. Non-GAAP income from operations excludes stock-based compensation expense, amortization "
               "of acquired intangible assets and restructuring charges. Free cash flow is net cash provided by "
               "operating activities less purchases of property and equipment and capitalized internal-use "
               "software. These measures have limitations and should not be considered in isolation from, or as a "
               "substitute for, GAAP measures.")
        rows = [R("Income (loss) from operations", [x["oi"] for x in P], dollar=True),
                R("Add: stock-based compensation expense", [x["sbc"] for x in P], indent=1),
                R("Add: amortization of acquired intangible assets", [x["amort_int"] for x in P], indent=1),
                R("Add: restructuring", [x["restr"] for x in P], indent=1),
                R("Non-GAAP income from operations", [x["ngoi"] for x in P], kind="total", dollar=True),
                R("", kind="blank"),
                R("GAAP operating margin", [x["om"] for x in P], fmt="pct", dec=1),
                R("Non-GAAP operating margin", [x["ngom"] for x in P], fmt="pct", dec=1)]
        d.table("s_ngoi", rows, H4, label_w=78, title="Reconciliation of Non-GAAP Income from Operations",
                units=UNITS_K, size=7.8)
        rows = [R("Net cash provided by operating activities", [n9["s_op"], n9p["s_op"]], dollar=True),
                R("Less: purchases of property and equipment", [-n9["capex"], -n9p["capex"]], indent=1),
                R("Less: capitalized internal-use software", [-n9["capsw"], -n9p["capsw"]], indent=1),
                R("Free cash flow", [n9["fcf"], n9p["fcf"]], kind="total", dollar=True),
                R("Net cash provided by (used in) investing activities", [n9["s_inv"], n9p["s_inv"]]),
                R("Net cash used in financing activities", [n9["s_fin"], n9p["s_fin"]])]
        d.table("s_fcf", rows, H9, label_w=100, title="Free Cash Flow", units=UNITS_K, size=7.8)
        self.nongaap_lines(d)
        self.quarterly_trend(d)
        d.h2("Liquidity and Capital Resources")
        d.para(
            f"As of September 30, 2025, we had cash and cash equivalents of {m1(b['cash'])} and short-term "
            f"marketable securities of {m1(b['mkt'])}, for a total of {m1(b['cash'] + b['mkt'])}. Our principal "
            f"uses of cash are operating expenses, capital expenditures, share repurchases and, at maturity in "
            f"March 2028, repayment of the {m1(NOTES_PRINCIPAL)} principal amount of the Notes if not converted. We "
            "believe existing cash, cash equivalents and marketable securities, together with cash from operations, "
            "will be sufficient to meet our needs for at least the next 12 months.", key="liq_text")
        d.para(
            f"Operating activities. Net cash provided by operating activities was {m1(n9['s_op'])} for the nine "
            f"months ended September 30, 2025, compared with {m1(n9p['s_op'])} in the prior-year period. The "
            "increase reflected the improvement in our net loss excluding non-cash charges, partly offset by "
            "restructuring payments and higher commissions paid on new bookings. Our cash flows are seasonal: "
            "first-quarter collections are strongest because a large portion of our annual contracts are invoiced "
            "in the fourth quarter.", key="opcf_text")
        d.para(
            f"Investing activities. Net cash {'provided by' if n9['s_inv'] > 0 else 'used in'} investing "
            f"activities was {m1(abs(n9['s_inv']))}, consisting of net purchases and maturities of marketable "
            "securities, purchases of property and equipment and capitalized internal-use software.")
        d.para(
            f"Financing activities. Net cash used in financing activities was {m1(-n9['s_fin'])}, primarily "
            f"repurchases of common stock of {m1(n9['rep'])} and taxes paid on net share settlement of equity "
            f"awards of {m1(n9['rsu_tax'])}, partly offset by proceeds from our employee stock purchase plan.")
        self.cash_summary(d)
        self.liquidity_more(d)
        d.h3("Contractual Obligations")
        d.para("There have been no material changes to our contractual obligations outside the ordinary course of "
               "business since December 31, 2024, other than commitments under our renegotiated cloud hosting "
               "agreement. The following table summarizes our obligations as of September 30, 2025.")
        self.obligations(d)
        d.h2("Critical Accounting Estimates")
        d.para("Our critical accounting estimates are described in our Annual Report on Form 10-K for 2024 and "
               "relate to revenue recognition for contracts with multiple performance obligations, the period of "
               "benefit for deferred commissions, and the capitalization of internal-use software. There have been "
               "no material changes to these estimates during the nine months ended September 30, 2025.")

    def part1_rest(self, d):
        d.item("Item 3. Quantitative and Qualitative Disclosures About Market Risk", page_break=False)
        d.paras([
            "Interest rate risk. Our cash equivalents and marketable securities consist of high-quality, short-term "
            "instruments. A hypothetical 100 basis point change in interest rates would not have a material effect "
            "on the fair value of our portfolio. The Notes bear a fixed rate of interest, so we have no financial "
            "statement exposure to changes in their interest rate, although their fair value fluctuates with "
            "market rates and the price of our common stock.",
            "Foreign currency risk. Our reporting currency is the U.S. dollar. Revenue and expenses of our foreign "
            "subsidiaries are denominated primarily in euros, British pounds and Australian dollars. A hypothetical "
            "10% change in these exchange rates would have changed revenue for the nine months ended September 30, "
            "2025 by approximately $10.6 million. We do not currently hedge foreign currency exposure.",
        ])
        self.item3_more(d)
        d.item("Item 4. Controls and Procedures", page_break=False)
        d.paras([
            "Evaluation of disclosure controls and procedures. Our management, with the participation of our Chief "
            "Executive Officer and Chief Financial Officer, evaluated the effectiveness of our disclosure controls "
            "and procedures as of September 30, 2025 and concluded that they were effective at the reasonable "
            "assurance level.",
            "Changes in internal control over financial reporting. There were no changes in our internal control "
            "over financial reporting during the quarter ended September 30, 2025 that have materially affected, or "
            "are reasonably likely to materially affect, our internal control over financial reporting.",
        ])

    def part2(self, d):
        m = self.m
        d.item("PART II. OTHER INFORMATION")
        d.toc_pages["Item 1. Legal Proceedings"] = d.page_no()
        d.h2("Item 1. Legal Proceedings")
        d.para("See \"Legal proceedings\" in Note 15 to the condensed consolidated financial statements, which is "
               "incorporated herein by reference.")
        d.new_page()
        d.toc_pages["Item 1A. Risk Factors"] = d.page_no()
        d.h2("Item 1A. Risk Factors")
        d.para("Investing in our common stock involves a high degree of risk. You should consider carefully the "
               "risks below, together with the other information in this report. Other than the addition of the "
               "risk factor regarding our share repurchase program, there have been no material changes from the "
               "risk factors in our Annual Report on Form 10-K for 2024.")
        rf = [
            ("Risks Related to Our Business and Industry", None),
            ("We have a history of net losses and may not sustain profitability.",
             "We incurred net losses in each year since our inception, and we had an accumulated deficit as of "
             "September 30, 2025. Although we reported net income for the three months ended September 30, 2025, "
             "we expect our operating expenses to increase as we invest in product development and international "
             "expansion, and we may not achieve or sustain profitability on an annual basis."),
            ("Our growth depends on retaining customers and expanding their use of our platform.",
             "Our subscription agreements generally have terms of one to three years, and customers have no "
             "obligation to renew. Our dollar-based net retention rate has fluctuated in the past and may decline "
             "if customers reduce the number of technicians using the platform, consolidate vendors, or are "
             "affected by reduced capital spending in the utility and telecommunications sectors."),
            ("Our sales cycles are long and unpredictable, particularly with large enterprises.",
             "Sales to large utilities and carriers often require lengthy evaluations, security reviews, pilot "
             "deployments and procurement processes, and may be subject to regulatory or budget approvals. We may "
             "spend substantial time and resources on prospects that do not purchase our platform."),
            ("We face intense competition.",
             "The market for field service management software is competitive and fragmented. We compete with "
             "large enterprise software vendors that offer field service modules within broader suites, with "
             "specialized vendors, and with internally developed systems. Many competitors have greater name "
             "recognition, larger sales organizations and more resources than we do."),
            ("Our use of artificial intelligence in our products may present risks.",
             "We are incorporating machine-learning models into scheduling optimization and technician assistance "
             "features. These models may produce inaccurate or biased outputs, may be subject to new regulation, "
             "and may expose us to claims related to intellectual property or data use."),
            ("Risks Related to Technology, Security and Privacy", None),
            ("A security breach or disruption of our platform could harm our business.",
             "Our platform processes customer data, including the locations of field personnel and customer "
             "premises. Any unauthorized access, ransomware attack or service interruption could result in loss of "
             "data, liability, regulatory penalties, contractual service-level credits and reputational damage."),
            ("We rely on third-party cloud infrastructure providers.",
             "We host our platform with a limited number of public cloud providers. Any disruption at these "
             "providers, or a significant increase in their prices, could impair our service or increase our cost "
             "of revenue."),
            ("Evolving privacy and data protection laws could increase our costs.",
             "We are subject to the EU General Data Protection Regulation, the UK GDPR, the California Consumer "
             "Privacy Act and other laws. Compliance may require changes to our products and practices, and "
             "violations could lead to substantial fines."),
            ("Risks Related to Our Indebtedness and Common Stock", None),
            ("Servicing the Notes requires a significant amount of cash.",
             "Our ability to repay or refinance the Notes at maturity in March 2028 depends on our future "
             "performance and market conditions. Conversion of the Notes could dilute existing stockholders."),
            ("Our share repurchase program may not enhance long-term stockholder value.",
             "Repurchases reduce our cash available for other purposes, and the timing and amount of repurchases "
             "depend on market conditions and other factors. The program may be suspended or discontinued at any "
             "time, and there can be no assurance that it will reduce dilution or increase the price of our stock."),
            ("The market price of our common stock may be volatile.",
             "The trading price of our common stock has been and may continue to be volatile and could decline "
             "significantly in response to our operating results, announcements by competitors, changes in "
             "analyst estimates and broader market conditions affecting technology stocks."),
        ]
        rf += self.extra_risks() + self.more_risk_factors() + self.long_risks() + self.final_risks() + self.last_risks()
        d.risk_factors(rf, "h3")
        d.toc_pages["Item 2. Unregistered Sales of Equity Securities and Use of Proceeds"] = d.page_no()
        d.h2("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds")
        d.para("Issuer purchases of equity securities. The following table summarizes repurchases of our common stock "
               "during the three months ended September 30, 2025 under the program described in Note 10.")
        months = REP_MONTHS["2025Q3"]
        spent_before = m.per["9M25"]["rep"] - m.per["3M25"]["rep"]
        rem = AUTH - spent_before
        rows = []
        for lab, s, p_ in months:
            rem -= int(round(s * p_ / 1000))
            rows.append(R(lab, [f"{s:,}", f"${p_:.2f}", f"{s:,}", f"${num(rem)}"], fmt="str"))
        tot = sum(s for _, s, _ in months)
        avgp = sum(s * p_ for _, s, p_ in months) / tot
        rows.append(R("Total", [f"{tot:,}", f"${avgp:.2f}", f"{tot:,}", ""], fmt="str", kind="total"))
        d.table("s_rep", rows, [[("Total Number\nof Shares\nPurchased", 1), ("Average\nPrice Paid\nper Share", 1),
                                 ("Shares Purchased\nas Part of\nPublicly\nAnnounced\nProgram", 1),
                                 ("Approximate\nDollar Value That\nMay Yet Be\nPurchased\n(in thousands)", 1)]],
                label_w=50, size=7.8)
        self.rep = dict(tot=tot, avgp=avgp, rem=AUTH - m.per["9M25"]["rep"], rem_table=rem)
        d.item("Item 3. Defaults Upon Senior Securities", page_break=False)
        d.para("None.")
        d.item("Item 4. Mine Safety Disclosures", page_break=False)
        d.para("Not applicable.")
        d.item("Item 5. Other Information", page_break=False)
        d.para("During the quarter ended September 30, 2025, Priya Ramanathan-Ortiz, our Chief Financial Officer, "
               "adopted a Rule 10b5-1 trading arrangement providing for the sale of up to 42,000 shares of common "
               "stock between December 2025 and November 2026. No other director or officer adopted or terminated a "
               "Rule 10b5-1 trading arrangement during the quarter.", key="item5")
        d.item("Item 6. Exhibits", page_break=False)
        ex = [("31.1", "Certification of Chief Executive Officer pursuant to Rule 13a-14(a)"),
              ("31.2", "Certification of Chief Financial Officer pursuant to Rule 13a-14(a)"),
              ("32.1", "Certifications pursuant to 18 U.S.C. Section 1350"),
              ("101.INS", "Inline XBRL Instance Document"), ("104", "Cover Page Interactive Data File")]
        d.table("s_ex", [R(n, [t], fmt="str", key=n) for n, t in ex], [[("Description", 1)]], label_w=25, col_w=140,
                size=8)
        d.item("Signatures", page_break=True)
        d.signature_block(CO, [("Jonah E. Castellanos", "President and Chief Executive Officer"),
                               ("Priya Ramanathan-Ortiz", "Chief Financial Officer")], "November 5, 2025")

    # ------------------------------------------------------------------
    # additional sections
    # ------------------------------------------------------------------
    def comparison_tables(self, d):
        m = self.m
        for span, cur, pri, title in (("3", "3M25", "3M24", "Three Months Ended September 30,"),
                                      ("9", "9M25", "9M24", "Nine Months Ended September 30,")):
            c, p = m.per[cur], m.per[pri]

            def row(lab, k, **kw):
                a, b = c[k], p[k]
                ch = pct(gpct(a, b)) if b > 0 and a > 0 else "n/m"
                return R(lab, [num(a), num(b), num(a - b), ch], fmt="str", key=f"cmp{span}:{k}", **kw)
            rows = [R("Revenue:", kind="head"),
                    row("Subscription", "sub", indent=1, dollar=True),
                    row("Professional services and other", "ps", indent=1),
                    row("Total revenue", "rev", kind="sub"),
                    R("Cost of revenue:", kind="head"),
                    row("Subscription", "c_sub", indent=1),
                    row("Professional services and other", "c_ps", indent=1),
                    row("Total cost of revenue", "cor", kind="sub"),
                    row("Gross profit", "gp", kind="total", dollar=True),
                    R("Gross margin:", kind="head"),
                    R("Subscription", [pct((c["sub"] - c["c_sub"]) / c["sub"] * 100),
                                       pct((p["sub"] - p["c_sub"]) / p["sub"] * 100), "", ""], fmt="str", indent=1,
                      key=f"gm{span}:sub"),
                    R("Professional services and other", [pct((c["ps"] - c["c_ps"]) / c["ps"] * 100),
                                                          pct((p["ps"] - p["c_ps"]) / p["ps"] * 100), "", ""],
                      fmt="str", indent=1, key=f"gm{span}:ps"),
                    R("Total", [pct(c["gm"]), pct(p["gm"]), "", ""], fmt="str", indent=1, key=f"gm{span}:tot"),
                    R("Operating expenses:", kind="head"),
                    row("Research and development", "rd", indent=1),
                    row("Sales and marketing", "sm", indent=1),
                    row("General and administrative", "ga", indent=1),
                    row("Restructuring", "restr", indent=1),
                    row("Total operating expenses", "opx", kind="sub")]
            d.table(f"s_cmp{span}", rows, [[(title.replace("Ended ", "Ended\n"), 2), ("Change", 2)],
                                           [("2025", 1), ("2024", 1), ("$", 1), ("%", 1)]],
                    label_w=78, title=f"Comparison of the {'Three' if span == '3' else 'Nine'} Months Ended "
                    "September 30, 2025 and 2024", units=UNITS_K, size=7.8)

    def components(self, d):
        d.h3("Components of Results of Operations")
        d.paras([
            "Subscription revenue consists of fees for access to our platform, including the core scheduling and "
            "dispatch application, mobile technician applications, asset tracking, analytics and add-on modules, and "
            "related support. Subscription fees are generally billed annually in advance and are based on the number "
            "of licensed technicians, dispatchers and assets under management.",
            "Professional services and other revenue consists of implementation, configuration, data migration, "
            "integration and training services, as well as fees for our annual customer conference. Services are "
            "typically billed on a time-and-materials basis.",
            "Cost of subscription revenue consists primarily of third-party hosting costs, personnel costs for our "
            "operations and support teams, amortization of capitalized internal-use software and acquired developed "
            "technology, software licenses and allocated overhead. Cost of professional services consists primarily "
            "of personnel costs for our services organization, fees paid to subcontractors and allocated overhead.",
            "Research and development expense consists primarily of personnel costs for engineering, product "
            "management and design, net of amounts capitalized as internal-use software. Sales and marketing expense "
            "consists of personnel costs, including amortization of deferred commissions, marketing programs, events "
            "and allocated overhead. General and administrative expense consists of personnel costs for finance, "
            "legal, human resources and information technology, professional fees and insurance.",
        ])

    def fair_value_table(self, d):
        b = self.m.bs["2025Q3"]
        cash_eq = 141228
        ust = int(round(b["mkt"] * .38))
        rows = [R("Cash equivalents:", kind="head"),
                R("Money market funds", [cash_eq, 0, 0, cash_eq], indent=1, dollar=True),
                R("Marketable securities:", kind="head"),
                R("U.S. treasury securities", [ust, 0, 0, ust], indent=1),
                R("Corporate debt, commercial paper and agency securities", [0, b["mkt"] - ust, 0, b["mkt"] - ust],
                  indent=1),
                R("Total", [cash_eq + ust, b["mkt"] - ust, 0, cash_eq + b["mkt"]], kind="total", dollar=True)]
        d.table("s_fv", rows, [[("Level 1", 1), ("Level 2", 1), ("Level 3", 1), ("Total", 1)]], label_w=80,
                title="Assets Measured at Fair Value on a Recurring Basis \u2014 September 30, 2025",
                units=UNITS_K, size=7.8)

    def intangibles_table(self, d):
        b = self.m.bs["2025Q3"]
        gross = [38600, 24400]
        net_b = [int(round(b["intang"] * .58)), 0]
        net_b[1] = b["intang"] - net_b[0]
        rows = [R("Developed technology", [gross[0], net_b[0] - gross[0], net_b[0]], dollar=True),
                R("Customer relationships", [gross[1], net_b[1] - gross[1], net_b[1]]),
                R("Total intangible assets", [sum(gross), b["intang"] - sum(gross), b["intang"]], kind="total",
                  dollar=True)]
        d.table("s_int", rows, [[("Gross\nCarrying\nAmount", 1), ("Accumulated\nAmortization", 1),
                                 ("Net\nCarrying\nAmount", 1)]], label_w=80,
                title="Intangible Assets \u2014 September 30, 2025", units=UNITS_K, size=7.8)
        rem = b["intang"]
        sched = [("Remainder of 2025", 1840), ("2026", 7360), ("2027", 7360), ("2028", 4120)]
        rows = [R(l, [v], dollar=(k == 0), key="ia:" + l) for k, (l, v) in enumerate(sched)]
        rows += [R("Thereafter", [rem - sum(v for _, v in sched)]),
                 R("Total", [rem], kind="total", dollar=True)]
        d.table("s_intsched", rows, [[("Amount", 1)]], label_w=80, col_w=32,
                title="Expected Future Amortization", units=UNITS_K, size=7.8)

    def lease_table(self, d):
        b = self.m.bs["2025Q3"]
        sched = [("Remainder of 2025", 2281), ("2026", 9214), ("2027", 8862), ("2028", 7410), ("2029", 5986),
                 ("Thereafter", 6318)]
        total = sum(v for _, v in sched)
        rows = [R(l, [v], dollar=(k == 0), key="ls:" + l) for k, (l, v) in enumerate(sched)]
        rows += [R("Total lease payments", [total], kind="sub"),
                 R("Less: imputed interest", [-(total - b["ll"])]),
                 R("Total operating lease liabilities", [b["ll"]], kind="total", dollar=True)]
        d.table("s_lease", rows, [[("September 30,\n2025", 1)]], label_w=80, col_w=32,
                title="Maturities of Operating Lease Liabilities", units=UNITS_K, size=7.8)

    def bs_components(self, d):
        m = self.m
        b, a = m.bs["2025Q3"], m.bs["2024Q4"]

        def split(total, shares):
            parts = [int(round(total * s)) for s in shares]
            return parts + [total - sum(parts)]
        pb, pa = split(b["pre"], [.46, .21, .14]), split(a["pre"], [.44, .23, .12])
        rows = [R("Prepaid software and hosting", [pb[0], pa[0]], dollar=True),
                R("Prepaid insurance and other prepaid expenses", [pb[1], pa[1]]),
                R("Interest receivable and other receivables", [pb[2], pa[2]]),
                R("Other current assets", [pb[3], pa[3]]),
                R("Total prepaid expenses and other current assets", [b["pre"], a["pre"]], kind="total",
                  dollar=True)]
        hd = [[("September 30,\n2025", 1), ("December 31,\n2024", 1)]]
        d.table("s_pre", rows, hd, label_w=100, units=UNITS_K, size=7.8)
        ab, aa = split(b["acc"], [.31, .22, .17]), split(a["acc"], [.29, .24, .19])
        rows = [R("Accrued hosting and third-party software", [ab[0], aa[0]], dollar=True),
                R("Sales, use and other taxes payable", [ab[1], aa[1]]),
                R("Accrued professional fees", [ab[2], aa[2]]),
                R("Other accrued liabilities", [ab[3], aa[3]]),
                R("Total accrued expenses and other current liabilities", [b["acc"], a["acc"]], kind="total",
                  dollar=True)]
        d.table("s_accr", rows, hd, label_w=100, units=UNITS_K, size=7.8)

    def rsu_table(self, d):
        rows = [R("Unvested as of December 31, 2024", ["9,214", "$52.18"], fmt="str"),
                R("Granted", ["3,906", "$57.44"], fmt="str"),
                R("Vested", ["(2,512)", "$50.93"], fmt="str"),
                R("Forfeited", ["(766)", "$53.61"], fmt="str"),
                R("Unvested as of September 30, 2025", ["9,842", "$54.48"], fmt="str", kind="total")]
        d.table("s_rsu", rows, [[("Number of\nShares\n(in thousands)", 1),
                                 ("Weighted-Average\nGrant Date\nFair Value", 1)]], label_w=90, col_w=36,
                title="Restricted Stock Unit Activity", size=7.8)
        d.para("Employee stock purchase plan. Our 2021 Employee Stock Purchase Plan permits eligible employees to "
               "purchase common stock through payroll deductions at 85% of the lower of the fair market value at the "
               "beginning or end of each six-month offering period. Purchases occur in May and November.")

    def more_risk_factors(self):
        return [
            ("Risks Related to Our Operations", None),
            ("If we fail to manage our growth effectively, our business could be harmed.",
             "We have expanded our operations, customer base and international presence significantly in recent "
             "years, and we reduced our workforce in 2025. Managing changes in the size and structure of our "
             "organization places demands on management and on our operational and financial systems. If we do not "
             "manage these changes effectively, the quality of our platform and customer support could suffer."),
            ("Our quarterly results fluctuate and may not meet expectations.",
             "Our revenue, billings, cash flows and operating results vary from quarter to quarter because of the "
             "timing of large contracts, seasonal invoicing patterns concentrated in the fourth quarter, the timing "
             "of expenses such as our annual customer conference, and restructuring or other charges. Fluctuations "
             "may cause our results to fall below the expectations of analysts or investors."),
            ("Because we recognize subscription revenue ratably, changes in sales may not be immediately reflected.",
             "We recognize subscription revenue over the term of our contracts. A decline in new sales or renewals "
             "in any period may therefore have only a small effect on revenue in that period but will reduce revenue "
             "in future periods. Conversely, it is difficult to rapidly increase revenue through additional sales "
             "in any period."),
            ("Our international operations expose us to additional risks.",
             "Revenue from customers outside the United States represented approximately one fifth of total revenue "
             "in the first nine months of 2025. International operations involve risks such as currency fluctuations, "
             "differing labor laws, data localization requirements, longer payment cycles, sanctions and export "
             "controls, and political instability."),
            ("We depend on our senior management team and key employees.",
             "Our success depends on the continued contributions of our executive officers and key engineering, "
             "product and sales personnel. Competition for talent in the software industry is intense, and equity "
             "compensation is a key element of our recruiting, so declines in our stock price could make it harder "
             "to retain and attract employees."),
            ("Acquisitions could disrupt our business and dilute stockholders.",
             "We may acquire complementary businesses or technologies. Integrating acquisitions can be difficult, "
             "may divert management attention and may not produce the expected benefits. We may also need to record "
             "impairment charges for acquired goodwill and intangible assets."),
            ("Defects or errors in our software could harm our reputation and expose us to liability.",
             "Our platform is complex and may contain errors or vulnerabilities, particularly when new versions or "
             "features are released. Defects could cause service interruptions, inaccurate scheduling or billing "
             "outputs, loss of customer data or security incidents, resulting in service credits, claims and "
             "damage to our reputation."),
            ("Risks Related to Intellectual Property and Legal Matters", None),
            ("We may be unable to adequately protect our intellectual property.",
             "We rely on a combination of trade secrets, copyrights, trademarks, patents and contractual restrictions "
             "to protect our proprietary technology. These protections may be inadequate, and competitors may "
             "independently develop similar technology or design around our patents."),
            ("We are, and may in the future be, subject to intellectual property claims.",
             "Companies in the software industry are frequently subject to claims of infringement, including claims "
             "by non-practicing entities such as the pending Orchard Logic LLC litigation. Defending such claims is "
             "costly and could require us to pay damages, obtain licenses or modify our platform."),
            ("Our use of open source software could subject us to risks.",
             "Our platform incorporates open source software. Some open source licenses require that source code "
             "for modifications or derivative works be made available, and failure to comply with these licenses "
             "could require us to re-engineer portions of our platform or release proprietary code."),
            ("Changes in tax laws or their interpretation could affect our results.",
             "We are subject to income and indirect taxes in the United States and numerous foreign jurisdictions. "
             "New legislation, including rules implementing a global minimum tax, and changes in the taxation of "
             "research and development expenditures could increase our tax obligations and affect our cash flows."),
            ("Risks Related to Financial Matters", None),
            ("We may need additional capital, which may not be available on acceptable terms.",
             "Although we believe our existing cash and marketable securities are sufficient for at least the next "
             "12 months, we may need to raise additional funds to repay the Notes, make acquisitions or respond to "
             "competitive pressures. Financing may not be available on favorable terms, and equity financing would "
             "dilute existing stockholders."),
            ("Our ability to use our net operating loss carryforwards may be limited.",
             "We have significant federal and state net operating loss carryforwards. Under Section 382 of the "
             "Internal Revenue Code, an ownership change could limit our ability to use these carryforwards to "
             "offset future taxable income."),
            ("Provisions in our charter documents and Delaware law could discourage a takeover.",
             "Our certificate of incorporation and bylaws include provisions, such as a classified board and the "
             "ability of our board to issue preferred stock, that could delay or prevent a change in control that "
             "stockholders may consider favorable."),
            ("Our exclusive forum provision could limit stockholders' ability to bring claims.",
             "Our certificate of incorporation designates the Court of Chancery of the State of Delaware as the "
             "exclusive forum for certain stockholder litigation and the federal district courts as the exclusive "
             "forum for claims under the Securities Act, which may discourage lawsuits against us and our directors "
             "and officers."),
        ]

    def quarterly_trend(self, d):
        m = self.m
        ks = QS[2:]
        labels = [("Sept. 30,\n2024", 1), ("Dec. 31,\n2024", 1), ("Mar. 31,\n2025", 1), ("June 30,\n2025", 1),
                  ("Sept. 30,\n2025", 1)]
        Q = [m.q[k] for k in ks]
        rows = [R("Subscription revenue", [q["sub"] for q in Q], dollar=True, key="qt:sub"),
                R("Professional services and other revenue", [q["ps"] for q in Q], key="qt:ps"),
                R("Total revenue", [q["rev"] for q in Q], kind="sub", key="qt:rev"),
                R("Gross profit", [q["gp"] for q in Q], key="qt:gp"),
                R("Gross margin", [pct(q["gp"] / q["rev"] * 100) for q in Q], fmt="str", key="qt:gm"),
                R("Income (loss) from operations", [q["oi"] for q in Q], key="qt:oi"),
                R("Non-GAAP income from operations", [q["oi"] + q["sbc"] + q["amort_int"] + q["restr"] for q in Q],
                  key="qt:ngoi"),
                R("Net cash provided by operating activities", [q["s_op"] for q in Q], key="qt:op"),
                R("Free cash flow", [q["s_op"] - q["capex"] - q["capsw"] for q in Q], key="qt:fcf"),
                R("Billings", [q["billings"] for q in Q], key="qt:bill", note="(1)")]
        d.table("s_qtrend", rows, [[("Three Months Ended", 5)], labels], label_w=66,
                title="Quarterly Trends", units=UNITS_K, size=7.6, footnotes=[
                    "(1) Billings is total revenue plus the change in total deferred revenue during the quarter."])
        d.para("Billings and cash flows are seasonal and are highest in the fourth and first quarters, "
               "respectively, because a majority of our annual subscription contracts renew or are invoiced in the "
               "fourth quarter. As a result, operating cash flow and billings in any quarter are not necessarily "
               "indicative of full-year results.")

    def nongaap_lines(self, d):
        m = self.m
        P = [m.per[p] for p in PER]
        rows = []
        for lab, k, sbcidx, extra in (("Cost of revenue", "cor", (0, 1), "amort_int"),
                                      ("Research and development", "rd", (2,), None),
                                      ("Sales and marketing", "sm", (3,), None),
                                      ("General and administrative", "ga", (4,), None)):
            rows.append(R(lab, kind="head", key="ngl:" + k))
            rows.append(R("GAAP", [x[k] for x in P], indent=1, dollar=True, key=f"ngl:{k}:gaap"))
            rows.append(R("Less: stock-based compensation", [-sum(x["sbc_parts"][i] for i in sbcidx) for x in P],
                          indent=1, key=f"ngl:{k}:sbc"))
            if extra:
                rows.append(R("Less: amortization of acquired intangible assets", [-x[extra] for x in P], indent=1,
                              key=f"ngl:{k}:amort"))
            rows.append(R("Non-GAAP", [x[k] - sum(x["sbc_parts"][i] for i in sbcidx) - (x[extra] if extra else 0)
                                       for x in P], indent=1, kind="sub", key=f"ngl:{k}:ng"))
        d.table("s_ngl", rows, H4, label_w=78, title="Reconciliation of GAAP to Non-GAAP Expenses",
                units=UNITS_K, size=7.8)
        rows = [R("Net income (loss)", [x["ni"] for x in P], dollar=True),
                R("Add: stock-based compensation expense", [x["sbc"] for x in P], indent=1),
                R("Add: amortization of acquired intangible assets", [x["amort_int"] for x in P], indent=1),
                R("Add: restructuring", [x["restr"] for x in P], indent=1),
                R("Add: amortization of debt issuance costs", [x["int_exp"] - (250 if x is P[0] or x is P[1] else 750)
                                                               for x in P], indent=1),
                R("Non-GAAP net income", [x["ni"] + x["sbc"] + x["amort_int"] + x["restr"] + x["int_exp"]
                                          - (250 if x is P[0] or x is P[1] else 750) for x in P],
                  kind="total", dollar=True)]
        d.table("s_ngni", rows, H4, label_w=78, title="Reconciliation of Net Income (Loss) to Non-GAAP Net Income",
                units=UNITS_K, size=7.8, footnotes=["The income tax effect of non-GAAP adjustments is not material "
                                                    "because of our valuation allowance."])

    def vertical_table(self, d):
        m = self.m
        P = [m.per[p] for p in PER]
        sh = [("Utilities and energy", .34), ("Telecommunications and cable", .23), ("Building and facility services", .19),
              ("Equipment manufacturers", .15), ("Other", None)]
        rows = []
        vals = []
        for x in P:
            parts = [int(round(x["rev"] * s)) for _, s in sh[:-1]]
            vals.append(parts + [x["rev"] - sum(parts)])
        for i, (lab, _) in enumerate(sh):
            rows.append(R(lab, [v[i] for v in vals], dollar=(i == 0), key="vert:" + lab))
        rows.append(R("Total revenue", [x["rev"] for x in P], kind="total", dollar=True))
        d.table("s_vert", rows, H4, label_w=76, title="Revenue by Customer Industry", units=UNITS_K, size=7.8)

    def contract_balances(self, d):
        b, a = self.m.bs["2025Q3"], self.m.bs["2024Q4"]
        unb = [4812, 3967]
        rows = [R("Accounts receivable, net", [b["ar"], a["ar"]], dollar=True, key="cb:ar"),
                R("Unbilled receivables (included in prepaid expenses and other current assets)", unb, key="cb:unb"),
                R("Deferred revenue, current", [b["dr_cur"], a["dr_cur"]], key="cb:drc"),
                R("Deferred revenue, noncurrent", [b["dr_non"], a["dr_non"]], key="cb:drn")]
        d.table("s_cb", rows, [[("September 30,\n2025", 1), ("December 31,\n2024", 1)]], label_w=100,
                title="Contract Balances", units=UNITS_K, size=7.8)
        rows = [R("Balance, beginning of period", [2037, 1884], dollar=True),
                R("Provision for expected credit losses", [826, 712]),
                R("Write-offs, net of recoveries", [-679, -598]),
                R("Balance, end of period", [2184, 1998], kind="total", dollar=True)]
        d.table("s_allow", rows, H9, label_w=100, title="Allowance for Credit Losses on Accounts Receivable",
                units=UNITS_K, size=7.8)

    def aoci_table(self, d):
        m = self.m
        b, a = m.bs["2025Q3"], m.bs["2024Q4"]
        fx9 = m.per["9M25"]["fx"]
        un9 = m.per["9M25"]["unreal"]
        fx_beg = -2216
        un_beg = a["aoci"] - fx_beg
        rows = [R("Balance as of December 31, 2024", [fx_beg, un_beg, a["aoci"]], dollar=True),
                R("Other comprehensive income (loss)", [fx9, un9, fx9 + un9]),
                R("Balance as of September 30, 2025", [fx_beg + fx9, un_beg + un9, b["aoci"]], kind="total",
                  dollar=True)]
        d.table("s_aoci", rows, [[("Foreign\nCurrency\nTranslation", 1), ("Unrealized\nGains (Losses) on\nSecurities", 1),
                                  ("Total", 1)]], label_w=80,
                title="Components of Accumulated Other Comprehensive Income (Loss)", units=UNITS_K, size=7.8)

    def obligations(self, d):
        rows = [R("Convertible senior notes (principal and interest)", [402000, 500, 1000, 400500, 0], dollar=True),
                R("Operating lease obligations", [40071, 2281, 18076, 13396, 6318]),
                R("Cloud hosting and other purchase commitments", [118000, 8600, 81200, 28200, 0]),
                R("Total", [560071, 11381, 100276, 442096, 6318], kind="total", dollar=True)]
        d.table("s_oblig", rows, [[("Total", 1), ("Remainder\nof 2025", 1), ("2026\u20132027", 1),
                                   ("2028\u20132029", 1), ("Thereafter", 1)]], label_w=66,
                title="Contractual Obligations as of September 30, 2025", units=UNITS_K, size=7.6)

    def extra_risks(self):
        return [
            ("Risks Related to Our Customers and Markets", None),
            ("A significant portion of our revenue comes from regulated industries.",
             "Utilities and telecommunications carriers together account for more than half of our revenue. These "
             "customers are subject to rate regulation, public funding decisions and capital budget cycles that can "
             "delay purchasing decisions or reduce spending on software. Changes in regulation or government funding "
             "programs, such as broadband deployment subsidies, could reduce demand for our platform."),
            ("Our larger customers have significant negotiating leverage.",
             "Large enterprise customers often demand more favorable pricing, service levels, liability caps and "
             "other contractual terms. Accepting such terms could reduce our margins and increase our exposure to "
             "claims, while refusing them could cause us to lose opportunities."),
            ("Interruptions or performance problems with our mobile applications could harm our business.",
             "Field technicians depend on our mobile applications in areas with limited connectivity. If our offline "
             "synchronization, mapping or location features fail or perform poorly, customers' field operations "
             "could be disrupted, leading to service credits, churn and reputational harm."),
            ("Our pricing model may not remain competitive.",
             "We generally price our platform based on the number of users and assets. Competitors may introduce "
             "lower-priced or bundled offerings, and customers may demand consumption-based pricing. Changes to our "
             "pricing model could reduce revenue or make our results harder to predict."),
            ("We rely on partners for implementation services and sales in certain regions.",
             "We increasingly rely on systems integrators to implement our platform and on resellers in Europe and "
             "Asia-Pacific. If partners fail to perform, reduce their focus on our platform or work with competitors, "
             "our ability to acquire and retain customers could suffer."),
            ("Economic uncertainty could reduce demand and lengthen sales cycles.",
             "Inflation, elevated interest rates, tariffs and uncertainty regarding government spending have caused "
             "some customers and prospects to delay purchasing decisions, reduce the scope of deployments or seek "
             "pricing concessions. A prolonged economic downturn could reduce our revenue growth and increase "
             "customer churn and credit losses."),
        ]

    def policies_more(self, d):
        d.paras([
            "Revenue recognition. We determine revenue recognition through the following steps: identification of "
            "the contract with a customer; identification of the performance obligations in the contract; "
            "determination of the transaction price; allocation of the transaction price to the performance "
            "obligations; and recognition of revenue when, or as, we satisfy a performance obligation. Our "
            "contracts often include multiple performance obligations, such as subscriptions to several modules and "
            "implementation services. We allocate the transaction price based on relative standalone selling "
            "prices, which we determine using observable prices when available and otherwise using expected cost "
            "plus margin and other market factors.",
            "Variable consideration. Some contracts include service-level credits or usage-based fees for additional "
            "assets tracked. We estimate variable consideration using the expected value method and include it in "
            "the transaction price only to the extent that a significant reversal is not probable. Variable "
            "consideration was not material in any period presented.",
            "Capitalized internal-use software. We capitalize qualifying costs incurred during the application "
            "development stage of software developed for internal use, including new platform features. Capitalized "
            "costs are amortized on a straight-line basis over an estimated useful life of three years and the "
            "amortization is included in cost of subscription revenue.",
            "Stock-based compensation. We measure stock-based awards at their grant-date fair value. The fair value of "
            "RSUs is based on the closing price of our common stock on the grant date, and the fair value of ESPP "
            "purchase rights is estimated using the Black-Scholes option-pricing model. We recognize expense on a "
            "straight-line basis over the requisite service period and account for forfeitures as they occur.",
            "Concentrations of credit risk. Financial instruments that potentially subject us to concentrations of "
            "credit risk consist of cash equivalents, marketable securities and accounts receivable. No customer "
            "accounted for 10% or more of revenue or of accounts receivable in any period presented.",
        ])

    def liquidity_more(self, d):
        d.paras([
            "Share repurchases. Under the program authorized in February 2025, we intend to repurchase shares "
            "opportunistically, with a goal of offsetting a substantial portion of the dilution from our equity "
            "incentive plans over time. The timing and amount of repurchases depend on our share price, cash "
            "requirements and market conditions, and the program may be suspended at any time.",
            "Convertible senior notes. The Notes mature in March 2028. Holders may convert the Notes before "
            "December 15, 2027 only upon the occurrence of specified events, none of which had occurred as of "
            "September 30, 2025. Upon conversion, we may settle in cash, shares or a combination at our election; "
            "we currently intend to settle the principal amount in cash.",
            "Known trends and uncertainties. We expect capital expenditures and capitalized internal-use software to "
            "increase modestly in the fourth quarter of 2025 as we expand our data-center footprint in Europe to "
            "meet data residency requirements. We also expect restructuring payments to be substantially complete by "
            "the end of 2025.",
        ])

    def item3_more(self, d):
        d.para("Inflation risk. We do not believe that inflation has had a material effect on our business. "
               "Increases in compensation and hosting costs could, however, affect our margins if we are unable to "
               "offset them with price increases, which are generally limited by contract to annual adjustments.")

    def final_risks(self):
        return [
            ("General Risk Factors", None),
            ("Catastrophic events could disrupt our business.",
             "Our headquarters and a significant portion of our workforce are located in the San Francisco Bay Area, "
             "a region subject to earthquakes and wildfires. Natural disasters, pandemics, geopolitical conflict or "
             "terrorism could disrupt our operations, our hosting providers or our customers' field operations."),
            ("Sustainability expectations could increase our costs.",
             "Customers, investors and regulators increasingly expect disclosure and action regarding environmental, "
             "social and governance matters. New climate disclosure rules in California and the European Union may "
             "increase compliance costs, and any failure to meet expectations could harm our reputation."),
            ("Maintaining effective internal controls requires significant resources.",
             "As a public company, we must maintain effective internal control over financial reporting. If we "
             "identify material weaknesses, we may be unable to report our results accurately or on time, which "
             "could reduce investor confidence and the market price of our stock."),
            ("Unfavorable research or reports by securities analysts could cause our stock price to decline.",
             "The trading market for our common stock depends in part on research published by analysts. If analysts "
             "downgrade our stock, publish unfavorable research or cease covering us, our stock price and trading "
             "volume could decline."),
            ("Future sales of our common stock could depress its market price.",
             "Sales of substantial amounts of our common stock in the public market, including shares issued upon "
             "vesting of equity awards or conversion of the Notes, or the perception that such sales may occur, could "
             "cause the market price of our common stock to decline."),
        ]

    def business_model(self, d):
        d.h3("Our Business Model")
        d.paras([
            "We generate revenue primarily from subscriptions to our platform. Customers typically begin with a "
            "deployment for a single business unit, region or crew type and expand over time to additional "
            "technicians, assets and modules, such as predictive maintenance, inventory and parts management, "
            "customer self-scheduling and our analytics suite. Our land-and-expand model means that a significant "
            "portion of our growth in any period comes from existing customers, and our dollar-based net retention "
            "rate is therefore an important indicator of the health of our business.",
            "We invest in sales and marketing ahead of the revenue that new customers generate, because subscription "
            "revenue from a new contract is recognized ratably over its term while most sales costs, other than "
            "capitalized commissions, are expensed as incurred. Customer acquisition costs are recovered over the "
            "life of the relationship, which for our enterprise customers has historically averaged more than seven "
            "years.",
        ])
        d.h3("Growth Strategy")
        d.bullets([
            "Expand within our installed base by adding technicians, business units and modules, supported by "
            "customer success teams organized by industry.",
            "Win new enterprise customers in asset-intensive industries, particularly regional utilities, fiber "
            "network operators and building services firms, where field operations are a large share of costs.",
            "Extend our platform with machine-learning-driven scheduling, route optimization and technician "
            "assistance features that increase first-time fix rates.",
            "Grow internationally through our offices in London, Amsterdam and Melbourne and through resellers.",
            "Deepen our partner ecosystem, including systems integrators that deliver implementations and "
            "technology partners whose enterprise resource planning and asset management systems integrate with "
            "our platform.",
        ])

    def notes_extra(self, d):
        d.h2("18. Related Party Transactions")
        d.para("One member of our board of directors serves as an executive officer of a regional utility that is a "
               "customer. Revenue from this customer was less than 1% of total revenue in each period presented, and "
               "the contract was negotiated on an arm's-length basis and approved by our audit committee.")
        d.h2("19. Subsequent Events")
        d.para("In October 2025, we repurchased an additional 104,600 shares of common stock for $6.8 million under "
               "the share repurchase program. On October 22, 2025, we entered into an amendment to our office lease "
               "in San Rafael, California, extending the term by five years, which will increase operating lease "
               "right-of-use assets and liabilities by approximately $11.9 million in the fourth quarter of 2025.",
               key="subseq")

    def long_risks(self):
        return [
            ("Risks Related to Data, Regulation and Government Customers", None),
            ("Sales to government-owned utilities and public entities involve unique risks.",
             "Municipal utilities and other public entities often require competitive bidding, may have budget "
             "constraints tied to legislative appropriations, and may terminate contracts for convenience. They may "
             "also impose audit rights, accessibility requirements and data sovereignty obligations that increase our "
             "costs. Public procurement decisions are sometimes subject to protests that delay contract awards."),
            ("We may become subject to cybersecurity regulation specific to critical infrastructure.",
             "Many of our customers operate critical infrastructure. Regulators in the United States and Europe have "
             "adopted or proposed cybersecurity requirements for critical infrastructure operators and their "
             "suppliers, including incident reporting and supply-chain security obligations. Compliance could "
             "require changes to our platform and increase our costs, and customers may require contractual "
             "commitments that increase our liability."),
            ("Location and workforce data we process is subject to heightened privacy expectations.",
             "Our platform collects location data about field technicians and information about the premises they "
             "visit. Employee monitoring laws, works council requirements in Europe and evolving interpretations of "
             "privacy laws may restrict how customers can use these features, reducing their value or requiring us "
             "to change our products."),
            ("Export controls and sanctions could limit our ability to sell in certain markets.",
             "Our software is subject to U.S. export control and economic sanctions laws. Changes in these laws, or "
             "violations by us or our resellers, could limit our ability to sell our platform internationally or "
             "subject us to penalties."),
            ("Risks Related to Our Platform and Technology", None),
            ("We must continue to enhance our platform to keep pace with technological change.",
             "The markets for field service and asset management software change rapidly. To remain competitive we "
             "must continue to introduce new features, integrate with emerging technologies such as connected "
             "sensors and augmented reality, and improve the performance and scalability of our platform. If we fail "
             "to anticipate customer needs or if new features do not achieve market acceptance, our business could "
             "be harmed."),
            ("Our platform must integrate with a variety of third-party systems.",
             "Customers rely on integrations between our platform and their enterprise resource planning, customer "
             "relationship management, geographic information and billing systems. Changes to those third-party "
             "systems, or the termination of our access to their interfaces, could impair the functionality of our "
             "platform and increase our development costs."),
            ("Migration to new infrastructure could disrupt service.",
             "We periodically migrate customers to new hosting regions and upgrade our infrastructure, as we did for "
             "our European customers in 2025. Migrations involve risks of downtime, data loss and performance "
             "degradation, and unexpected costs could reduce the savings we expect from these projects."),
            ("Service level commitments could require us to issue credits or refunds.",
             "Our customer agreements include commitments regarding availability and response times. If we fail to "
             "meet these commitments, we may be required to issue service credits, which would reduce revenue, and "
             "customers may terminate their agreements."),
        ]

    def ops_table(self, d):
        m = self.m
        P = [m.per[p] for p in PER]
        rows = [R("Total revenue", [x["rev"] for x in P], dollar=True, key="ops:rev"),
                R("Total cost of revenue", [x["cor"] for x in P], key="ops:cor"),
                R("Gross profit", [x["gp"] for x in P], kind="sub", key="ops:gp"),
                R("Total operating expenses", [x["opx"] for x in P], key="ops:opx"),
                R("Income (loss) from operations", [x["oi"] for x in P], kind="sub", key="ops:oi"),
                R("Other income (expense), net, including interest", [x["int_inc"] - x["int_exp"] + x["other"]
                                                                      for x in P], key="ops:other"),
                R("Provision for income taxes", [-x["tax"] for x in P], key="ops:tax"),
                R("Net income (loss)", [x["ni"] for x in P], kind="total", dollar=True, key="ops:ni")]
        d.table("s_ops", rows, H4, label_w=80, title="Condensed Results of Operations", units=UNITS_K, size=7.8)

    def geo_discussion(self, d):
        m = self.m
        n9, n9p = m.per["9M25"], m.per["9M24"]
        rows = []
        for i, (lab, _) in enumerate(GEO):
            a, b = n9["geo"][i], n9p["geo"][i]
            rows.append(R(lab, [num(a), num(b), num(a - b), pct(gpct(a, b))], fmt="str", dollar=(i == 0),
                          key="gd:" + lab))
        rows.append(R("Total revenue", [num(n9["rev"]), num(n9p["rev"]), num(n9["rev"] - n9p["rev"]),
                                        pct(gpct(n9["rev"], n9p["rev"]))], fmt="str", kind="total", dollar=True))
        d.table("s_geod", rows, [[("Nine Months Ended\nSeptember 30,", 2), ("Change", 2)],
                                 [("2025", 1), ("2024", 1), ("$", 1), ("%", 1)]], label_w=76,
                title="Revenue by Geography", units=UNITS_K, size=7.8)
        d.para("Revenue growth outside the United States was supported by the expansion of two European "
               "telecommunications customers and new utility customers in Australia. Changes in foreign currency "
               "exchange rates did not have a material effect on revenue growth for the nine months ended "
               "September 30, 2025.")

    def sec_maturities(self, d):
        b = self.m.bs["2025Q3"]
        a1 = int(round(b["mkt"] * .71))
        rows = [R("Due in one year or less", [a1 - 210, a1], dollar=True),
                R("Due after one year through two years", [b["mkt"] - a1 - 473, b["mkt"] - a1]),
                R("Total", [b["mkt"] - 683, b["mkt"]], kind="total", dollar=True)]
        d.table("s_secmat", rows, [[("Amortized\nCost", 1), ("Fair\nValue", 1)]], label_w=90,
                title="Contractual Maturities of Marketable Securities \u2014 September 30, 2025", units=UNITS_K,
                size=7.8)

    def espp_table(self, d):
        rows = [R("Expected term (in years)", ["0.5", "0.5"], fmt="str"),
                R("Expected volatility", ["41.2%", "46.8%"], fmt="str"),
                R("Risk-free interest rate", ["4.2%", "5.3%"], fmt="str"),
                R("Dividend yield", ["\u2014", "\u2014"], fmt="str")]
        d.table("s_espp", rows, H9, label_w=90, title="ESPP Valuation Assumptions", size=7.8)

    def last_risks(self):
        return [
            ("Additional Risks Related to Our Common Stock", None),
            ("We do not intend to pay dividends for the foreseeable future.",
             "We have never declared or paid cash dividends on our common stock and currently intend to retain "
             "future earnings to fund growth and share repurchases. As a result, stockholders' returns will depend "
             "on appreciation in the price of our common stock."),
            ("Concentrated ownership could limit other stockholders' influence.",
             "Our executive officers, directors and largest stockholders beneficially own a significant percentage "
             "of our outstanding common stock and, acting together, could significantly influence matters requiring "
             "stockholder approval, including the election of directors and significant corporate transactions."),
            ("Hedging and capped call activity related to the Notes could affect our stock price.",
             "Holders of the Notes and their counterparties may engage in hedging transactions, including short "
             "sales of our common stock, which could reduce the market price of our common stock, particularly "
             "around conversion or maturity dates."),
            ("Our reported results depend on estimates that may change.",
             "The preparation of financial statements requires estimates regarding standalone selling prices, the "
             "period of benefit for deferred commissions, the useful lives of capitalized software and the "
             "realizability of deferred tax assets. If actual results differ from our estimates, our reported "
             "results could be affected."),
            ("Shareholder activism could disrupt our business.",
             "Activist investors may seek to influence our strategy, board composition or capital allocation. "
             "Responding to activism can be costly and time-consuming, divert the attention of management and "
             "employees, and create uncertainty that harms our relationships with customers and partners."),
        ]

    def rpo_table(self):
        t = RPO["total"]
        parts = [int(round(t * RPO["cur_share"])), int(round(t * .27))]
        return parts + [t - sum(parts)]

    def rpo_timing(self, d):
        parts = self.rpo_table()
        rows = [R("Within 12 months", [parts[0]], dollar=True, key="rpo:12"),
                R("13 to 24 months", [parts[1]], key="rpo:24"),
                R("Thereafter", [parts[2]], key="rpo:after"),
                R("Total remaining performance obligations", [RPO["total"]], kind="total", dollar=True,
                  key="rpo:total")]
        d.table("s_rpo", rows, [[("September 30,\n2025", 1)]], label_w=90, col_w=34,
                title="Expected Timing of Revenue from Remaining Performance Obligations", units=UNITS_K, size=7.8)

    def sbc_award_table(self, d):
        m = self.m
        P = [m.per[p] for p in PER]
        espp = [int(round(x["sbc"] * .052)) for x in P]
        rows = [R("Restricted stock units", [x["sbc"] - e for x, e in zip(P, espp)], dollar=True),
                R("Employee stock purchase plan", espp),
                R("Total stock-based compensation expense", [x["sbc"] for x in P], kind="total", dollar=True,
                  key="sbcaw:total")]
        d.table("s_sbcaw", rows, H4, label_w=76, title="Stock-based compensation expense by award type",
                units=UNITS_K, size=7.8)

    def cash_summary(self, d):
        m = self.m
        C = [m.per["9M25"], m.per["9M24"]]
        rows = [R("Net cash provided by operating activities", [c["s_op"] for c in C], dollar=True, key="cs:op"),
                R("Net cash provided by (used in) investing activities", [c["s_inv"] for c in C], key="cs:inv"),
                R("Net cash used in financing activities", [c["s_fin"] for c in C], key="cs:fin"),
                R("Effect of exchange rate changes", [c["fx"] for c in C], key="cs:fx"),
                R("Net increase (decrease) in cash and cash equivalents", [c["chg"] for c in C], kind="total",
                  dollar=True, key="cs:chg")]
        d.table("s_cashsum", rows, H9, label_w=100, title="Summary of Cash Flows", units=UNITS_K, size=7.8)

    def questions(self, d):
        from software_questions import software_questions
        return software_questions(self, d)


def make(out_pdf):
    f = SoftwareFiling()
    doc = render(f.build, HEAD, STYLE, out_pdf)
    return f, doc
