"""Typesets the Lanterne Hospitality Group, Inc. Q3 2025 Form 10-Q from model_lanterne."""

from fractions import Fraction as F

import model_lanterne as ml
from fmt import money, num, pct, rnd
from layout import Doc, R

P = ml.P
H4 = [
    [("Three Months Ended", 2), ("Nine Months Ended", 2)],
    [("September 30,", 2), ("September 30,", 2)],
    [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)],
]
HBS = [[("September 30,", 1), ("December 31,", 1)], [("2025", 1), ("2024", 1)]]
H9 = [[("Nine Months Ended September 30,", 2)], [("2025", 1), ("2024", 1)]]


def build():
    d, m = _build(None)
    return _build(d.sections)


def _build(sections):
    m = ml.build()
    ml.check(m)
    d = Doc(
        "lanterne",
        "Lanterne Hospitality Group, Inc.  \u2014  Quarterly Report on Form 10-Q  \u2014  Q3 2025",
        "Lanterne Hospitality Group, Inc. | Form 10-Q | Quarter ended September 30, 2025",
    )
    v = d.v
    IS, BS, CF = m["IS"], m["BS"], m["CF"]

    def r4(label, key, fmt=num, pre="is", **kw):
        return R(label, [v(f"{pre}.{key}.{p}", fmt(IS[p][key])) for p in P], **kw)

    # cover
    d.add_page()
    d.set_font("H", "B", 10)
    d.cell(d.usable, 5, "NATIONAL SECURITIES AND MARKETS BOARD", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("H", "", 8.5)
    d.cell(d.usable, 5, "Halvern City, Commonwealth of Ostrava 20410", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("H", "B", 19)
    d.cell(d.usable, 10, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(
        "[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES MARKETS ACT\n"
        "For the quarterly period ended September 30, 2025\nCommission File Number 004-80913",
        align="C",
    )
    d.ln(3)
    d.set_font("H", "B", 17)
    d.set_text_color(*d.st["accent"])
    d.cell(d.usable, 9, "LANTERNE HOSPITALITY GROUP, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.para(
        "Incorporated in the State of Marisport  |  I.R.S. Employer Identification No. 61-2290457\n"
        "400 Quayside Avenue, Port Amsel, Marisport 31905  |  (843) 555-0172",
        align="C",
    )
    d.para("Common Stock, $0.01 par value, trading symbol LNTH, Harborview Securities Exchange", align="C")
    d.para(
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed during "
        "the preceding 12 months and (2) has been subject to such filing requirements for the past 90 days. "
        "Yes [X] No [ ]. Large accelerated filer [X]. Shell company Yes [ ] No [X]."
    )
    d.para(
        f"As of September 30, 2025, there were {v('cover.shares', num(m['shares_out']['sep25']))} thousand shares "
        "of the registrant's common stock outstanding."
    )
    d.ln(4)
    d.set_font("H", "B", 9.5)
    d.cell(d.usable, 6, "INDEX", align="C", new_x="LMARGIN", new_y="NEXT")
    toc = [
        ("PART I - FINANCIAL INFORMATION", None),
        ("Item 1. Financial Statements", "Item 1. Financial Statements"),
        (
            "Notes to Condensed Consolidated Financial Statements",
            "Notes to Condensed Consolidated Financial Statements",
        ),
        ("Item 2. Management's Discussion and Analysis", ITEM2),
        ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", ITEM3),
        ("Item 4. Controls and Procedures", "Item 4. Controls and Procedures"),
        ("PART II - OTHER INFORMATION", "PART II - OTHER INFORMATION"),
        ("Signatures", "Signatures"),
    ]
    for t, k in toc:
        pg = (sections or {}).get(k, "") if k else ""
        d.set_font("H", "B" if t.startswith("PART") else "", 8.6)
        d.cell(d.usable - 20, 5, t)
        d.cell(20, 5, pg or "", align="R", new_x="LMARGIN", new_y="NEXT")

    # statements
    d.numbering = ""
    d.add_page()
    d.heading("PART I - FINANCIAL INFORMATION")
    d.heading("Item 1. Financial Statements", 2)
    d.heading("LANTERNE HOSPITALITY GROUP, INC.\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (UNAUDITED)", 3)
    rows = [
        R("Revenues", None, section=True, bold=True),
        r4("Rooms", "rooms", dollar=True, indent=1),
        r4("Food and beverage", "fb", indent=1),
        r4("Other hotel revenues", "other_hotel", indent=1),
        r4("Management and franchise fees", "fees", indent=1),
        r4("Reimbursed costs from managed and franchised hotels", "reimb", indent=1),
        r4("Total revenues", "revenue", bold=True, total="single"),
        R("Operating costs and expenses", None, section=True, bold=True),
        r4("Rooms", "rooms_exp", indent=1),
        r4("Food and beverage", "fb_exp", indent=1),
        r4("Other hotel operating expenses", "other_hotel_exp", indent=1),
        r4("Property taxes, insurance and ground rent", "property_exp", indent=1),
        r4("Management and franchise operating costs", "mf_exp", indent=1),
        r4("Reimbursed costs", "reimb_exp", indent=1),
        r4("Corporate general and administrative(a)", "ga", indent=1),
        r4("Depreciation and amortization", "da", indent=1),
        r4("Impairment losses", "impair", indent=1),
        r4("Transaction costs", "transaction", indent=1),
        R("Gain on sale of hotels", [v(f"is.gain_sale.{p}", num(-IS[p]["gain_sale"])) for p in P], indent=1),
        r4("Total operating costs and expenses", "opex", total="single"),
        r4("Operating income", "op_income", bold=True),
        R("Interest expense", [v(f"is.interest_exp.{p}", num(-IS[p]["interest_exp"])) for p in P]),
        r4("Interest income", "interest_inc"),
        r4("Other income (expense), net", "other_net"),
        r4("Income before income taxes", "pretax", bold=True, total="single"),
        R("Income tax expense", [v(f"is.tax.{p}", num(-IS[p]["tax"])) for p in P]),
        r4("Net income", "ni", dollar=True, bold=True, total="double"),
        r4("Earnings per share - basic", "eps_basic", fmt=lambda x: num(x, 2), dollar=True),
        r4("Earnings per share - diluted", "eps_diluted", fmt=lambda x: num(x, 2), dollar=True),
        R("Weighted average shares - basic", [v(f"is.sh_b.{p}", num(ml.SHARES_BASIC[p])) for p in P]),
        R("Weighted average shares - diluted", [v(f"is.sh_d.{p}", num(ml.SHARES_DILUTED[p])) for p in P]),
    ]
    d.table(
        "",
        H4,
        rows,
        units="(in thousands, except per share data)",
        col_w=24,
        note="(a) Includes stock-based compensation of "
        + ", ".join(f"${num(ml.SBC[p])}" for p in P[:3])
        + f" and ${num(ml.SBC['n24'])}, respectively.",
    )
    d.para("See notes to condensed consolidated financial statements.", italic=True, align="C")

    d.add_page()
    d.heading("CONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)", 3)

    def b(label, key, sign=1, **kw):
        return R(label, [v(f"bs.{key}.{k}", num(sign * BS[k][key])) for k in ("sep25", "dec24")], **kw)

    rows = [
        R("ASSETS", None, section=True, bold=True),
        b("Cash and cash equivalents", "cash", dollar=True),
        b("Restricted cash", "restricted"),
        b("Accounts receivable, net", "ar"),
        b("Prepaid expenses and other current assets", "prepaid"),
        b("Total current assets", "tca", total="single", bold=True),
        b("Property and equipment, net", "ppe"),
        b("Operating lease right-of-use assets", "rou"),
        b("Intangible assets, net", "intang"),
        b("Goodwill", "goodwill"),
        b("Other assets", "other_assets"),
        b("Total assets", "ta", dollar=True, bold=True, total="double"),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", None, section=True, bold=True),
        b("Accounts payable and accrued expenses", "ap", dollar=True),
        b("Advance deposits and deferred revenue", "deferred_rev"),
        b("Current portion of long-term debt", "term_current"),
        b("Operating lease liabilities, current", "lease_cl"),
        b("Total current liabilities", "tcl", total="single", bold=True),
        b("Long-term debt, net", "ltd"),
        b("Operating lease liabilities", "lease_ncl"),
        b("Deferred income taxes", "dtl"),
        b("Other liabilities", "other_liab"),
        b("Total liabilities", "tl", total="single", bold=True),
        R("Stockholders' equity", None, section=True, bold=True),
        b("Common stock, $0.01 par value", "common", indent=1),
        b("Additional paid-in capital", "apic", indent=1),
        b("Treasury stock, at cost", "treasury", sign=-1, indent=1),
        b("Retained earnings", "re", indent=1),
        b("Total stockholders' equity", "te", total="single", bold=True),
        b("Total liabilities and stockholders' equity", "tle", dollar=True, bold=True, total="double"),
    ]
    d.table("", HBS, rows, units="(in thousands, except par value)")

    d.add_page()
    d.heading("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (UNAUDITED)", 3)

    def c(label, key, **kw):
        return R(label, [v(f"cf.{key}.{k}", num(CF[k][key])) for k in ("n25", "n24")], **kw)

    rows = [
        R("Operating activities", None, section=True, bold=True),
        c("Net income", "ni", dollar=True, indent=1),
        c("Depreciation and amortization", "da", indent=1),
        c("Impairment losses", "impair", indent=1),
        c("Gain on sale of hotels", "gain", indent=1),
        c("Stock-based compensation", "sbc", indent=1),
        c("Deferred income taxes", "deferred_tax", indent=1),
        c("Amortization of deferred financing costs", "amort_debt", indent=1),
        c("Changes in working capital", "wc", indent=1),
        c("Other, net", "other", indent=1),
        c("Net cash provided by operating activities", "cfo", bold=True, total="single"),
        R("Investing activities", None, section=True, bold=True),
        c("Capital expenditures for property and equipment", "capex", indent=1),
        c("Acquisition of hotel", "acquisition", indent=1),
        c("Key money and contract acquisition costs", "key_money", indent=1),
        c("Proceeds from sale of hotels", "proceeds", indent=1),
        c("Net cash used in investing activities", "cfi", bold=True, total="single"),
        R("Financing activities", None, section=True, bold=True),
        c("Borrowings under revolving credit facility", "draw", indent=1),
        c("Repayments under revolving credit facility", "repay", indent=1),
        c("Repayments of term loan", "term", indent=1),
        c("Repayments of mortgage loan", "mortgage", indent=1),
        c("Repurchases of common stock", "buyback", indent=1),
        c("Dividends paid", "dividends", indent=1),
        c("Shares withheld for employee taxes", "withhold", indent=1),
        c("Net cash used in financing activities", "cff", bold=True, total="single"),
        c("Net increase in cash, cash equivalents and restricted cash", "change"),
        c("Cash, cash equivalents and restricted cash, beginning of period", "begin"),
        c("Cash, cash equivalents and restricted cash, end of period", "end", dollar=True, bold=True, total="double"),
    ]
    d.table("", H9, rows, units="(in thousands)")
    b24, b25 = BS["dec24"], BS["sep25"]
    n25 = IS["n25"]
    eh = [
        [("Common", 1), ("Paid-in", 1), ("Treasury", 1), ("Retained", 1), ("", 1)],
        [("Stock", 1), ("Capital", 1), ("Stock", 1), ("Earnings", 1), ("Total", 1)],
    ]
    rows = [
        R(
            "Balance, December 31, 2024",
            [num(x) for x in (b24["common"], b24["apic"], -b24["treasury"], b24["re"], b24["te"])],
            dollar=True,
            bold=True,
        ),
        R("Net income", [num(x) for x in (0, 0, 0, n25["ni"], n25["ni"])]),
        R(
            f"Dividends declared ({money(ml.DIV_PER_SHARE)} per share per quarter)",
            [num(x) for x in (0, 0, 0, -m["dividends"]["n25"], -m["dividends"]["n25"])],
        ),
        R("Stock-based compensation", [num(x) for x in (0, ml.SBC["n25"], 0, 0, ml.SBC["n25"])]),
        R(
            "Vesting of equity awards, net of shares withheld",
            [
                num(x)
                for x in (ml.SHARES_VESTED_9M // 100, -ml.SHARES_VESTED_9M // 100 - ml.WITHHOLD, 0, 0, -ml.WITHHOLD)
            ],
        ),
        R("Repurchases of common stock", [num(x) for x in (0, 0, -ml.BUYBACK_9M[1], 0, -ml.BUYBACK_9M[1])]),
        R(
            "Balance, September 30, 2025",
            [
                v(f"eq.close.{j}", num(x))
                for j, x in enumerate((b25["common"], b25["apic"], -b25["treasury"], b25["re"], b25["te"]))
            ],
            dollar=True,
            bold=True,
            total="double",
        ),
    ]
    d.add_page()
    d.table(
        "CONDENSED CONSOLIDATED STATEMENT OF STOCKHOLDERS' EQUITY - NINE MONTHS ENDED SEPTEMBER 30, 2025",
        eh,
        rows,
        units="(in thousands)",
        col_w=21,
    )

    # notes
    d.add_page()
    d.heading("Notes to Condensed Consolidated Financial Statements", 2)
    d.heading("1. Organization and Basis of Presentation", 3)
    d.para(
        "Lanterne Hospitality Group, Inc. owns, manages and franchises full-service and upscale select-service "
        "hotels. The Company is a taxable C corporation and has not elected to be treated as a real estate "
        "investment trust. These unaudited interim statements follow the rules for quarterly reports and should "
        "be read with the audited statements in our Annual Report for 2024. Results for interim periods are "
        "not necessarily indicative of full-year results because our business is seasonal."
    )
    d.heading("2. Revenue", 3)
    d.para(
        "Room revenue is recognized each night a room is occupied. Food and beverage revenue is recognized when "
        "goods and services are delivered. Base management fees are a percentage of hotel revenue and incentive "
        "fees a percentage of hotel profit above thresholds; franchise fees are a percentage of room revenue. "
        "Reimbursed costs are recognized gross when we are the principal for the underlying services."
    )
    rows = [
        r4("Rooms", "rooms", pre="n2", dollar=True),
        r4("Food and beverage", "fb", pre="n2"),
        r4("Other hotel revenues", "other_hotel", pre="n2"),
        r4("Owned hotel revenues", "owned_rev", pre="n2", total="single", bold=True),
        r4("Management and franchise fees", "fees", pre="n2"),
        r4("Reimbursed costs", "reimb", pre="n2"),
        r4("Total revenues", "revenue", pre="n2", dollar=True, bold=True, total="double"),
    ]
    d.table("Disaggregation of Revenue", H4, rows, units="(in thousands)", col_w=24)
    d.para(
        f"Advance deposits and deferred revenue were ${v('n2.defrev', num(b25['deferred_rev']))} thousand at "
        "September 30, 2025; most of the December 31, 2024 balance was recognized as revenue during 2025."
    )
    d.heading("3. Acquisitions and Dispositions", 3)
    d.para(
        f"In March 2025 we acquired the {num(ml.COUNTS['owned']['added'][1])}-room Harrowgate Marina Hotel for "
        f"${v('n3.acq', num(ml.ACQUISITION))} thousand in cash, which was allocated principally to land, "
        f"buildings and furniture. In May 2025 we sold two select-service hotels for proceeds of "
        f"${v('n3.proceeds', num(CF['n25']['proceeds']))} thousand and recognized a gain of "
        f"${v('n3.gain', num(n25['gain_sale']))} thousand. Transaction costs of "
        f"${num(n25['transaction'])} thousand were expensed."
    )
    d.add_page()
    d.heading("4. Debt", 3)
    rows = [
        R(
            f"Senior unsecured notes, {ml.NOTES_RATE}, due 2030",
            [v("debt.notes.sep25", num(b25["notes"])), num(b24["notes"])],
            dollar=True,
        ),
        R(
            f"Term loan, benchmark + {ml.TERM_SPREAD}, due 2028",
            [v("debt.term.sep25", num(b25["term"])), num(b24["term"])],
        ),
        R(
            f"Mortgage loan, {ml.MORTGAGE_RATE}, due 2032",
            [v("debt.mortgage.sep25", num(b25["mortgage"])), num(b24["mortgage"])],
        ),
        R("Revolving credit facility", [v("debt.rev.sep25", num(b25["revolver"])), num(b24["revolver"])]),
        R(
            "Total principal",
            [v("debt.principal.sep25", num(b25["principal"])), v("debt.principal.dec24", num(b24["principal"]))],
            total="single",
        ),
        R("Unamortized deferred financing costs", [num(-b25["unamort"]), num(-b24["unamort"])]),
        R("Less current portion", [num(-b25["term_current"]), num(-b24["term_current"])]),
        R("Long-term debt, net", [num(b25["ltd"]), num(b24["ltd"])], dollar=True, bold=True, total="double"),
    ]
    d.table("", HBS, rows, units="(in thousands)")
    d.para(
        f"The revolving credit facility provides up to ${num(ml.REVOLVER_CAPACITY)} thousand of borrowing capacity. "
        f"After outstanding letters of credit of ${num(ml.REVOLVER_LC)} thousand, available capacity was "
        f"${v('n4.avail', num(m['revolver_avail']))} thousand at September 30, 2025. The credit agreement requires "
        "a maximum net leverage ratio of 5.00x and a minimum fixed charge coverage ratio of 1.75x; we were in "
        "compliance at quarter-end."
    )
    d.heading("5. Leases", 3)
    d.para(
        f"We lease the land under six hotels under long-term ground leases classified as operating leases. "
        f"Operating lease cost was ${v('n5.cost.q25', num(ml.LEASE_COST['q25']))} thousand and "
        f"${v('n5.cost.n25', num(ml.LEASE_COST['n25']))} thousand for the three and nine months ended September "
        f"30, 2025, compared with ${num(ml.LEASE_COST['q24'])} thousand and ${num(ml.LEASE_COST['n24'])} thousand "
        "in the prior-year periods."
    )
    rows = [R(lab, [num(x)], dollar=j == 0) for j, (lab, x) in enumerate(ml.LEASE_PAYMENTS)]
    le = m["lease"]
    rows += [
        R("Total undiscounted lease payments", [v("n5.total", num(le["total"]))], total="single"),
        R("Less imputed interest", [v("n5.interest", num(-le["interest"]))]),
        R(
            "Present value of operating lease liabilities",
            [v("n5.pv", num(le["pv"]))],
            dollar=True,
            bold=True,
            total="double",
        ),
    ]
    d.table(
        "Maturities of Operating Lease Liabilities at September 30, 2025",
        [[("Amount", 1)]],
        rows,
        label_w=100,
        units="(in thousands)",
    )
    d.heading("6. Earnings Per Share", 3)
    rows = [
        r4("Net income", "ni", pre="n6", dollar=True),
        R("Weighted average shares - basic", [num(ml.SHARES_BASIC[p]) for p in P]),
        R(
            "Dilutive effect of share-based awards",
            [v(f"n6.dil.{p}", num(ml.SHARES_DILUTED[p] - ml.SHARES_BASIC[p])) for p in P],
        ),
        R("Weighted average shares - diluted", [num(ml.SHARES_DILUTED[p]) for p in P], total="single"),
        R("Basic earnings per share", [num(IS[p]["eps_basic"], 2) for p in P], dollar=True),
        R("Diluted earnings per share", [num(IS[p]["eps_diluted"], 2) for p in P], dollar=True),
    ]
    d.table("", H4, rows, units="(in thousands, except per share data)", col_w=24)
    d.add_page()
    d.heading("7. Stockholders' Equity and Share Repurchases", 3)
    bb = m["buyback"]
    d.para(
        f"During the three months ended September 30, 2025 we repurchased {v('n7.q3sh', num(ml.BUYBACK_Q3[0]))} "
        f"thousand shares for ${v('n7.q3amt', num(ml.BUYBACK_Q3[1]))} thousand, and during the nine months we "
        f"repurchased {v('n7.9sh', num(ml.BUYBACK_9M[0]))} thousand shares for "
        f"${v('n7.9amt', num(ml.BUYBACK_9M[1]))} thousand, an average of {v('n7.avg9', money(bb['avg_9m']))} per "
        f"share. Of the ${num(ml.BUYBACK_AUTH)} thousand authorized by our board, "
        f"${v('n7.remaining', num(bb['remaining']))} thousand remained available at September 30, 2025. We "
        f"declared a dividend of {money(ml.DIV_PER_SHARE)} per share in each quarter of 2025."
    )
    d.heading("8. Income Taxes", 3)
    d.para(
        f"Our effective tax rate was {v('n8.etr.q25', pct(F(IS['q25']['tax'], IS['q25']['pretax'])))} for the "
        f"three months and {v('n8.etr.n25', pct(F(n25['tax'], n25['pretax'])))} for the nine months ended "
        "September 30, 2025. The rates differ from the 21% federal rate mainly because of state and local "
        "income taxes and non-deductible executive compensation."
    )
    d.add_page()
    d.heading("9. Segment Information", 3)
    d.para(
        "We have two reportable segments: Owned Hotels and Managed and Franchised. Our chief operating decision "
        "maker evaluates performance using Hotel EBITDA for Owned Hotels and segment profit (fees less direct "
        "costs) for Managed and Franchised. Reimbursed revenues and costs are excluded from segment measures."
    )
    rows = [
        R("Segment revenues:", None, section=True, bold=True),
        r4("Owned Hotels", "owned_rev", pre="seg", indent=1, dollar=True),
        r4("Managed and Franchised", "fees", pre="seg", indent=1),
        R("Segment profit:", None, section=True, bold=True),
        r4("Owned Hotels - Hotel EBITDA", "hotel_ebitda", pre="seg", indent=1, dollar=True),
        r4("Managed and Franchised", "mf_profit", pre="seg", indent=1),
        R(
            "Total segment profit",
            [v(f"seg.total.{p}", num(IS[p]["hotel_ebitda"] + IS[p]["mf_profit"])) for p in P],
            total="single",
            bold=True,
        ),
        R(
            "Corporate general and administrative, excluding stock-based compensation",
            [num(-(IS[p]["ga"] - IS[p]["sbc"])) for p in P],
        ),
        r4("Adjusted EBITDA", "adj_ebitda", pre="seg", dollar=True, bold=True, total="double"),
    ]
    d.table("", H4, rows, units="(in thousands)", col_w=24)

    d.heading("10. Commitments and Contingencies", 3)
    d.para(
        "We have outstanding purchase commitments for hotel renovations of approximately $38,600 thousand. Certain "
        "management agreements contain performance tests that could require us to fund shortfalls to owners; no "
        "material amounts were accrued at September 30, 2025. We are self-insured for a portion of general liability "
        "and workers' compensation claims and accrue for expected losses based on actuarial estimates."
    )
    d.heading("11. Subsequent Events", 3)
    d.para(
        f"On October 21, 2025 our board declared a quarterly dividend of {money(ml.DIV_PER_SHARE)} per share "
        "payable on "
        "November 17, 2025. "
        "In October 2025 we signed management agreements for three hotels with 610 rooms in aggregate."
    )

    # MD&A
    d.add_page()
    d.heading(ITEM2, 2)
    d.para(
        "This discussion should be read with the condensed consolidated financial statements and notes in "
        "Item 1. It contains forward-looking statements about demand, pricing, costs and capital plans that "
        "are subject to risks and uncertainties, and actual results may differ materially."
    )
    d.heading("Third Quarter Highlights", 3)
    q, q4 = IS["q25"], IS["q24"]
    cp = m["comp"]
    d.bullets(
        [
            f"Comparable RevPAR increased {v('md.revpar_chg.q25', pct(cp['q25']['revpar_chg']))} to "
            f"{v('md.revpar.q25', money(cp['q25']['revpar']))}, driven by both rate and occupancy.",
            f"Net income was ${v('md.ni.q25', num(q['ni']))} thousand, and diluted earnings per share were "
            f"{v('md.eps.q25', money(q['eps_diluted']))}.",
            f"Adjusted EBITDA was ${v('md.adj.q25', num(q['adj_ebitda']))} thousand, up "
            f"{v('md.adj_g.q25', pct(F(q['adj_ebitda'], q4['adj_ebitda']) - 1))} from the third quarter of 2024.",
            f"We returned ${v('md.returned.q3', num(ml.BUYBACK_Q3[1]))} thousand to shareholders through share "
            "repurchases during the quarter, in addition to our regular dividend.",
        ]
    )
    d.heading("Portfolio", 3)
    cn = m["counts"]
    rows = []
    for seg, lab in (("owned", "Owned hotels"), ("managed", "Managed and franchised"), ("total", "Total")):
        for k, kl in (
            ("begin", "At December 31, 2024"),
            ("added", "Additions"),
            ("removed", "Removals"),
            ("end", "At September 30, 2025"),
        ):
            if k == "begin":
                rows.append(R(lab, None, section=True, bold=True))
            rows.append(
                R(
                    kl,
                    [v(f"cnt.{seg}.{k}.h", num(cn[seg][k][0])), v(f"cnt.{seg}.{k}.r", num(cn[seg][k][1]))],
                    indent=1,
                    total="single" if k == "end" else None,
                    bold=k == "end",
                )
            )
    d.table(
        "Hotel and Room Count Roll-Forward - Nine Months Ended September 30, 2025",
        [[("Hotels", 1), ("Rooms", 1)]],
        rows,
        label_w=100,
    )
    d.add_page()
    d.heading("Comparable Hotel Operating Statistics", 3)
    d.para(
        f"Our comparable portfolio consists of the {ml.COMP_HOTELS} owned hotels that we owned and operated for "
        "all of both periods presented and that were not undergoing large-scale renovation. RevPAR is room "
        "revenue divided by room nights available; ADR is room revenue divided by room nights sold; occupancy "
        "is room nights sold divided by room nights available."
    )
    hc = [
        [("Three Months Ended September 30,", 3), ("Nine Months Ended September 30,", 3)],
        [("2025", 1), ("2024", 1), ("Change", 1), ("2025", 1), ("2024", 1), ("Change", 1)],
    ]

    def srow(lab, key, fm, chg):
        vals = []
        for a, bq in (("q25", "q24"), ("n25", "n24")):
            vals += [
                v(f"cs.{key}.{a}", fm(cp[a][key])),
                v(f"cs.{key}.{bq}", fm(cp[bq][key])),
                v(f"cs.{key}_chg.{a}", chg(a)),
            ]
        return R(lab, vals)

    rows = [
        srow("Occupancy", "occ", lambda x: pct(x), lambda a: num(cp[a]["occ_chg_pts"], 1) + " pts"),
        srow("Average daily rate (ADR)", "adr", money, lambda a: pct(cp[a]["adr_chg"])),
        srow("RevPAR", "revpar", money, lambda a: pct(cp[a]["revpar_chg"])),
    ]
    d.table("", hc, rows, label_w=46, col_w=(d.usable - 46) / 6)
    d.heading("Results of Operations", 3)
    d.para(
        f"Total revenues for the third quarter were ${v('md.rev.q25', num(q['revenue']))} thousand compared with "
        f"${v('md.rev.q24', num(q4['revenue']))} thousand a year earlier. Owned hotel revenues rose on higher "
        "group and leisure demand at our urban resorts, partly offset by the two hotels sold in May 2025. "
        f"Management and franchise fees grew to ${v('md.fees.q25', num(q['fees']))} thousand as we added "
        f"{cn['managed']['added'][0]} hotels to the managed and franchised system during the first nine months."
    )
    d.para(
        f"Hotel EBITDA margin for owned hotels was {v('md.margin.q25', pct(q['hotel_margin']))} in the third "
        f"quarter of 2025 compared with {v('md.margin.q24', pct(q4['hotel_margin']))} in the prior-year quarter, "
        f"and {v('md.margin.n25', pct(n25['hotel_margin']))} for the nine months compared with "
        f"{v('md.margin.n24', pct(IS['n24']['hotel_margin']))}. Wage increases were more than offset by "
        "productivity gains and lower utility costs."
    )
    d.para(
        "Depreciation and amortization increased because of the Harrowgate acquisition and renovations placed "
        "in service. Interest expense declined as the term loan amortized and the benchmark rate fell."
    )
    d.add_page()
    d.heading("Non-GAAP Financial Measure: Adjusted EBITDA", 3)
    d.para(
        "We define Adjusted EBITDA as net income excluding interest expense (net), income taxes, depreciation "
        "and amortization, impairment losses, gains on sales of hotels, transaction costs, stock-based "
        "compensation and other non-operating items. We believe it helps investors compare our operating "
        "performance across periods, but it is not a substitute for net income."
    )
    rl = [
        ("ni", "Net income"),
        ("tax", "Income tax expense"),
        ("interest", "Interest expense, net"),
        ("other", "Other (income) expense, net"),
        ("da", "Depreciation and amortization"),
        ("impair", "Impairment losses"),
        ("gain", "Gain on sale of hotels"),
        ("transaction", "Transaction costs"),
        ("sbc", "Stock-based compensation"),
    ]
    rows = [R(lab, [v(f"adj.{k}.{p}", num(IS[p]["recon"][k])) for p in P], dollar=k == "ni") for k, lab in rl]
    rows.append(
        R(
            "Adjusted EBITDA",
            [v(f"adj.total.{p}", num(IS[p]["adj_ebitda"])) for p in P],
            dollar=True,
            bold=True,
            total="double",
        )
    )
    d.table("Reconciliation of Net Income to Adjusted EBITDA", H4, rows, units="(in thousands)", col_w=24)
    d.heading("Liquidity and Capital Resources", 3)
    d.para(
        f"At September 30, 2025 we had cash and cash equivalents of ${v('md.cash', num(b25['cash']))} thousand, "
        f"excluding restricted cash, and ${v('md.avail', num(m['revolver_avail']))} thousand available under our "
        f"revolving credit facility. Total principal debt outstanding was "
        f"${v('md.principal', num(b25['principal']))} thousand. Net cash provided by operating activities for the "
        f"nine months was ${v('md.cfo', num(CF['n25']['cfo']))} thousand."
    )
    d.para(
        f"Capital expenditures for property and equipment were ${v('md.capex', num(ml.CAPEX_9M))} thousand in the "
        "first nine months of 2025, focused on guest-room renovations at three coastal hotels. We expect full-year "
        "capital expenditures of $95,000 to $105,000 thousand. We believe cash on hand, operating cash flow and "
        "revolver availability are sufficient for the next twelve months."
    )
    d.add_page()
    d.heading(ITEM3, 2)
    d.para(
        "Our primary market risk is interest rate risk on the floating-rate term loan and revolving credit "
        "facility. A one percentage point increase in the benchmark rate would increase annual interest expense "
        f"by approximately ${num(rnd(F(b25['term'] + b25['revolver'], 100)))} thousand."
    )
    d.heading("Item 4. Controls and Procedures", 2)
    d.para(
        "Management, with the participation of our chief executive officer and chief financial officer, "
        "concluded that our disclosure controls and procedures were effective as of September 30, 2025. There "
        "were no changes in internal control over financial reporting during the quarter that materially "
        "affected, or are reasonably likely to materially affect, that control."
    )
    d.heading("PART II - OTHER INFORMATION")
    d.para(
        "Item 1. Legal Proceedings. We are involved in claims arising in the ordinary course of business, "
        "including guest injury and employment claims, none of which we expect to be material. Item 1A. Risk "
        "Factors. There have been no material changes from the risk factors in our 2024 Annual Report. Item 5. "
        "Other Information. No director or officer adopted or terminated a trading arrangement during the quarter."
    )
    d.heading("Signatures", 2)
    d.para(
        "LANTERNE HOSPITALITY GROUP, INC.\n/s/ Celeste V. Arkwright, Chief Executive Officer\n"
        "/s/ Damien K. Folarin, Chief Financial Officer\nOctober 30, 2025",
        italic=True,
    )
    return d, m


ITEM2 = "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations"
ITEM3 = "Item 3. Quantitative and Qualitative Disclosures About Market Risk"
