"""Renders the Brannock Hearth Company Form 10-Q for the quarter ended June 29, 2025."""

from __future__ import annotations

from brannock_model import Brannock, P
from common import FilingPDF, Row, pct, ps, th

CO = "Brannock Hearth Company"
UNIT = "(in thousands, except per share data)"
UNIT_K = "(in thousands)"
COLS4 = ["June 29, 2025", "June 30, 2024", "June 29, 2025", "June 30, 2024"]
G4 = [("Three Months Ended", 2), ("Six Months Ended", 2)]


def r4(label, field, m, fmt=th, **kw):
    return Row(label, [fmt(m.q[p][field]) for p in P], **kw)


def build(m: Brannock) -> FilingPDF:
    pdf = FilingPDF(f"{CO}  |  Quarterly Report on Form 10-Q  |  Second Quarter 2025",
                    body_font="Helvetica")
    cover(pdf)
    pdf.show_head = True
    statements(pdf, m)
    notes(pdf, m)
    mdna(pdf, m)
    other_items(pdf, m)
    return pdf


def cover(pdf):
    pdf.newpage()
    pdf.centered("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", 11, "B")
    pdf.centered("Washington, D.C. 20549", 9)
    pdf.ln(3)
    pdf.centered("FORM 10-Q", 16, "B", 9)
    pdf.centered("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES "
                 "EXCHANGE ACT OF 1934", 9)
    pdf.centered("For the quarterly period ended June 29, 2025", 10, "B")
    pdf.centered("Commission File Number 001-39907", 9)
    pdf.ln(5)
    pdf.centered("BRANNOCK HEARTH COMPANY", 15, "B", 8)
    pdf.centered("(Exact name of registrant as specified in its charter)", 8)
    pdf.ln(2)
    pdf.centered("Delaware  |  I.R.S. Employer Identification No. 83-2047715", 10)
    pdf.centered("77 Cinderwell Avenue, Suite 400, Larkspur Bend, Colorado 80419", 10)
    pdf.centered("(720) 555-0193", 10)
    pdf.ln(4)
    pdf.centered("Common Stock, $0.01 par value  |  Trading symbol: BRHC  |  Nasdaq Global "
                 "Select Market", 9)
    pdf.ln(5)
    pdf.para("Indicate by check mark whether the registrant (1) has filed all reports required "
             "to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during "
             "the preceding 12 months and (2) has been subject to such filing requirements for "
             "the past 90 days. Yes [X] No [ ]", size=9)
    pdf.para("Large accelerated filer [ ]  Accelerated filer [X]  Non-accelerated filer [ ]  "
             "Smaller reporting company [ ]", size=9)
    pdf.para("As of July 31, 2025, the registrant had 38,477,912 shares of common stock "
             "outstanding.", size=9, key="cover")
    pdf.ln(4)
    pdf.centered("TABLE OF CONTENTS", 11, "B")
    toc = ["PART I - FINANCIAL INFORMATION", "Item 1. Financial Statements (Unaudited)",
           "Item 2. Management's Discussion and Analysis of Financial Condition and Results of "
           "Operations", "Item 3. Quantitative and Qualitative Disclosures About Market Risk",
           "Item 4. Controls and Procedures", "PART II - OTHER INFORMATION",
           "Item 1. Legal Proceedings", "Item 1A. Risk Factors",
           "Item 2. Unregistered Sales of Equity Securities and Use of Proceeds",
           "Item 5. Other Information", "Item 6. Exhibits", "Signatures"]
    for t in toc:
        pdf.para(t, size=9.5, after=0.5, style="B" if t.startswith("PART") else "")


def statements(pdf, m):
    pdf.item("PART I - FINANCIAL INFORMATION")
    pdf.heading("Item 1. Financial Statements", 12)
    bs, t = m.bs, m.tot
    pp = ("J25", "D24")

    def rb(label, k, **kw):
        return Row(label, [th(bs[k][p]) for p in pp], **kw)

    def rt(label, k, **kw):
        return Row(label, [th(t[p][k]) for p in pp], **kw)

    rows = [
        Row("ASSETS", [], kind="head"),
        Row("Current assets:", []),
        rb("Cash and cash equivalents", "cash", indent=1, dollar=True),
        rb("Accounts receivable, net", "ar", indent=1),
        rb("Inventories", "inv", indent=1),
        rb("Prepaid expenses and other current assets", "prepaid", indent=1),
        rt("Total current assets", "ca", kind="sub", indent=2),
        rb("Property and equipment, net", "ppe"),
        rb("Operating lease right-of-use assets", "rou"),
        rb("Goodwill", "gw"),
        rb("Intangible assets, net", "intang"),
        rb("Other assets", "oth_a"),
        rt("Total assets", "assets", kind="total", dollar=True),
        Row("LIABILITIES AND STOCKHOLDERS' EQUITY", [], kind="head"),
        Row("Current liabilities:", []),
        rb("Accounts payable", "ap", indent=1, dollar=True),
        rb("Accrued payroll and benefits", "payroll", indent=1),
        rb("Accrued and other current liabilities", "accrued", indent=1),
        rb("Current portion of operating lease liabilities", "lease_c", indent=1),
        rb("Current portion of long-term debt", "debt_c", indent=1),
        rt("Total current liabilities", "cl", kind="sub", indent=2),
        rb("Long-term debt, net of current portion", "debt_lt"),
        rb("Operating lease liabilities, net of current portion", "lease_lt"),
        rb("Deferred income taxes", "dtl"),
        rb("Other long-term liabilities", "oth_l"),
        rt("Total liabilities", "liab", kind="sub"),
        Row("Commitments and contingencies (Note 10)", []),
        Row("Stockholders' equity:", []),
        Row("Common stock, $0.01 par value; 150,000 shares authorized; 41,200 shares issued",
            [th(bs["cs"][p]) for p in pp], indent=1, key="Common stock"),
        rb("Additional paid-in capital", "apic", indent=1),
        rb("Retained earnings", "re", indent=1),
        Row("Treasury stock, at cost (1)", [th(bs["tr"][p]) for p in pp], indent=1,
            key="Treasury stock"),
        rt("Total stockholders' equity", "equity", kind="sub", indent=2),
        rt("Total liabilities and stockholders' equity", "le", kind="total", dollar=True),
    ]
    pdf.table("bs", "CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)",
              ["June 29, 2025", "December 29, 2024"], rows, unit=UNIT_K, label_w=108,
              footnotes=["(1) 2,568 and 2,015 shares held in treasury at June 29, 2025 and "
                         "December 29, 2024, respectively (in thousands).",
                         "See accompanying notes to condensed consolidated financial "
                         "statements."])

    pdf.newpage()
    q = m.q
    rows = [
        Row("Revenue:", [], kind="head"),
        r4("Company restaurant sales", "crs", m, indent=1, dollar=True),
        r4("Franchise royalties and fees (1)", "fr", m, indent=1,
           key="Franchise royalties and fees"),
        Row("Total revenue", [th(q[p]["rev"]) for p in P], kind="sub", indent=2),
        Row("Restaurant operating costs (excluding depreciation and amortization):", [],
            kind="head"),
        r4("Food and packaging", "food", m, indent=1),
        r4("Labor and related expenses", "labor", m, indent=1),
        r4("Occupancy and other operating expenses", "occ", m, indent=1),
        r4("General and administrative expenses", "ga", m),
        r4("Depreciation and amortization", "da", m),
        r4("Pre-opening costs", "pre", m),
        r4("Impairment and restaurant closure costs (2)", "imp", m,
           key="Impairment and restaurant closure costs"),
        Row("Total costs and expenses", [th(q[p]["costs"]) for p in P], kind="sub", indent=2),
        Row("Income from operations", [th(q[p]["ifo"]) for p in P], kind="sub"),
        r4("Interest expense, net", "int", m),
        Row("Income before income taxes", [th(q[p]["pretax"]) for p in P], kind="sub"),
        r4("Provision for income taxes", "tax", m),
        Row("Net income", [th(q[p]["ni"]) for p in P], kind="total", dollar=True),
        Row("Earnings per share:", [], kind="head"),
        Row("Basic", [ps(m.eps_b[p]) for p in P], indent=1, dollar=True, key="EPS basic"),
        Row("Diluted", [ps(m.eps_d[p]) for p in P], indent=1, dollar=True, key="EPS diluted"),
        Row("Weighted average shares outstanding:", [], kind="head"),
        Row("Basic", [th(m.sh_b[p]) for p in P], indent=1, key="W basic"),
        Row("Diluted", [th(m.sh_d[p]) for p in P], indent=1, key="W diluted"),
    ]
    pdf.table("is", "CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)", COLS4, rows,
              unit=UNIT, groups=G4, label_w=84,
              footnotes=["(1) Includes initial and renewal franchise fees and development fees "
                         "recognized over the franchise term.",
                         "(2) Includes non-cash impairment charges of "
                         f"${th(m.noncash_imp['Q2_25'])} and ${th(m.noncash_imp['Q2_24'])} for the "
                         "three months and "
                         f"${th(m.noncash_imp['H1_25'])} and ${th(m.noncash_imp['H1_24'])} for the "
                         "six months ended June 29, 2025 and June 30, 2024, respectively.",
                         "See accompanying notes to condensed consolidated financial "
                         "statements."])
    pdf.para("There were no items of other comprehensive income in any period presented; "
             "accordingly, comprehensive income equals net income.", size=9)

    pdf.newpage()
    rows = []
    for yy, prev, labs, dates in (
            ("25", "D24", ("M25", "J25"), ("December 29, 2024", "March 30, 2025",
                                           "June 29, 2025")),
            ("24", "D23", ("M24", "J24"), ("December 31, 2023", "March 31, 2024",
                                           "June 30, 2024"))):
        e0 = m.eq[prev]
        rows.append(Row(f"Balance at {dates[0]}", [th(e0["sh"]), th(e0["cs"]), th(e0["apic"]),
                                                   th(e0["re"]), th(e0["tr"]), th(e0["total"])],
                        bold=True, dollar=True, key=f"bal_{prev}"))
        for qq, lab, date in zip(("Q1", "Q2"), labs, dates[1:], strict=True):
            k = f"{qq}_{yy}"
            rows += [
                Row("Net income", ["", "", "", th(m.q[k]["ni"]), "", th(m.q[k]["ni"])],
                    indent=1, key=f"ni_{k}"),
                Row("Stock-based compensation", ["", "", th(m.sbc[k]), "", "", th(m.sbc[k])],
                    indent=1, key=f"sbc_{k}"),
                Row("Stock option exercises and RSU vesting, net of shares withheld",
                    [th(m.issued_sh[k]), "", th(m.opt[k] + m.wh[k]), "", "",
                     th(m.opt[k] + m.wh[k])], indent=1, key=f"opt_{k}"),
                Row("Repurchases of common stock", [th(-m.repo_sh[k]), "", "", "",
                                                    th(m.repo[k]), th(m.repo[k])], indent=1,
                    key=f"repo_{k}"),
            ]
            e = m.eq[lab]
            rows.append(Row(f"Balance at {date}", [th(e["sh"]), th(e["cs"]), th(e["apic"]),
                                                   th(e["re"]), th(e["tr"]), th(e["total"])],
                            kind="total", dollar=True, key=f"bal_{lab}"))
    pdf.table("eq", "CONDENSED CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY (Unaudited)",
              ["Shares outstanding", "Common stock", "Additional paid-in capital",
               "Retained earnings", "Treasury stock", "Total equity"], rows, unit=UNIT_K,
              label_w=58, size=7.6)

    pdf.newpage()
    c = m.cf
    ks = ["H1_25", "H1_24"]
    rows = [Row("Cash flows from operating activities:", [], kind="head")]
    for i, k in enumerate(c["H1_25"]["op"]):
        if k == "Accounts receivable":
            rows.append(Row("Changes in operating assets and liabilities:", [], indent=1))
        rows.append(Row(k, [th(c[x]["op"][k]) for x in ks], indent=2 if i >= 5 else 1,
                        dollar=(i == 0)))
    rows.append(Row("Net cash provided by operating activities", [th(c[x]["cfo"]) for x in ks],
                    kind="sub", key="cfo"))
    rows.append(Row("Cash flows from investing activities:", [], kind="head"))
    for k in c["H1_25"]["inv"]:
        rows.append(Row(k, [th(c[x]["inv"][k]) for x in ks], indent=1))
    rows.append(Row("Net cash used in investing activities", [th(c[x]["cfi"]) for x in ks],
                    kind="sub", key="cfi"))
    rows.append(Row("Cash flows from financing activities:", [], kind="head"))
    for k in c["H1_25"]["fin"]:
        rows.append(Row(k, [th(c[x]["fin"][k]) for x in ks], indent=1))
    rows.append(Row("Net cash used in financing activities", [th(c[x]["cff"]) for x in ks],
                    kind="sub", key="cff"))
    rows.append(Row("Net change in cash and cash equivalents", [th(c[x]["net"]) for x in ks],
                    kind="sub"))
    rows.append(Row("Cash and cash equivalents, beginning of period",
                    [th(m.cash_beg[x]) for x in ks]))
    rows.append(Row("Cash and cash equivalents, end of period", [th(m.cash_end[x]) for x in ks],
                    kind="total", dollar=True, key="cash_end"))
    rows.append(Row("Supplemental disclosures:", [], kind="head"))
    rows.append(Row("Cash paid for interest", ["5,011", "5,982"], indent=1, dollar=True))
    rows.append(Row("Cash paid for income taxes, net", ["14,206", "10,874"], indent=1))
    rows.append(Row("Accrued capital expenditures", ["6,418", "5,207"], indent=1))
    pdf.table("cf", "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)",
              ["June 29, 2025", "June 30, 2024"], rows, unit=UNIT_K,
              groups=[("Six Months Ended", 2)], label_w=112, size=8.2,
              footnotes=["See accompanying notes to condensed consolidated financial "
                         "statements."])


def notes(pdf, m):
    pdf.newpage()
    pdf.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)", 11)
    pdf.heading("1. Description of Business and Basis of Presentation", 10)
    c2, f2 = m.units["end_q2"]
    pdf.para(
        f"{CO} (the Company) develops, operates and franchises fast-casual restaurants under "
        "the Brannock Hearth name, serving wood-fired grilled bowls, flatbreads and salads. "
        f"At June 29, 2025 there were {c2 + f2} restaurants in 19 states, of which {c2} were "
        f"company-operated and {f2} were franchised. The Company operates on a 52- or 53-week "
        "fiscal year ending on the last Sunday of December. The three and six months ended "
        "June 29, 2025 and June 30, 2024 each contained 13 and 26 weeks, respectively.",
        size=10, key="n1")
    pdf.para(
        "The unaudited condensed consolidated financial statements have been prepared in "
        "accordance with U.S. GAAP for interim financial information and should be read with "
        "the audited financial statements in the Company's Annual Report on Form 10-K for the "
        "fiscal year ended December 29, 2024. In the opinion of management, all adjustments of "
        "a normal recurring nature necessary for a fair presentation have been included. "
        "Results for interim periods are not necessarily indicative of full-year results.",
        size=10)
    pdf.heading("2. Revenue", 10)
    q = m.q
    gift = {"Q2_25": 1_118, "Q2_24": 1_006, "H1_25": 2_054, "H1_24": 1_872}
    roy = {k: q[k]["fr"] - _fees(k) for k in P}
    rows = [
        Row("Company restaurant sales", [th(q[p]["crs"]) for p in P], dollar=True),
        Row("Franchise royalties", [th(roy[p]) for p in P]),
        Row("Franchise and development fees", [th(_fees(p)) for p in P]),
        Row("Total revenue", [th(q[p]["rev"]) for p in P], kind="total", dollar=True),
    ]
    pdf.table("n2_rev", "Disaggregation of Revenue", COLS4, rows, unit=UNIT_K, groups=G4,
              label_w=70)
    pdf.para(
        "Franchise royalties are generally 5.0% of franchised restaurant sales. The Company's "
        "gift card liability was $6,842 thousand at June 29, 2025 and $9,315 thousand at "
        "December 29, 2024. Revenue recognized from gift card redemptions that were included in "
        f"the liability at the beginning of the year was ${th(gift['H1_25'])} thousand for the "
        "six months ended June 29, 2025.", size=10, key="n2_text")
    pdf.heading("3. Property and Equipment", 10)
    ppe = m.bs["ppe"]
    parts = {"J25": [96_412, 431_806, 208_517, 44_980], "D24": [95_170, 410_322, 196_884,
                                                                   38_411]}
    rows = []
    labs = ["Land", "Buildings and leasehold improvements", "Equipment, furniture and fixtures",
            "Construction in progress"]
    for i, lab in enumerate(labs):
        rows.append(Row(lab, [th(parts[p][i]) for p in ("J25", "D24")], dollar=(i == 0)))
    gross = {p: sum(parts[p]) for p in parts}
    rows.append(Row("Property and equipment, gross", [th(gross[p]) for p in ("J25", "D24")],
                    kind="sub"))
    rows.append(Row("Less: accumulated depreciation",
                    [th(ppe[p] - gross[p]) for p in ("J25", "D24")]))
    rows.append(Row("Property and equipment, net", [th(ppe[p]) for p in ("J25", "D24")],
                    kind="total", dollar=True))
    pdf.table("n3_ppe", "Property and Equipment", ["June 29, 2025", "December 29, 2024"], rows,
              unit=UNIT_K, label_w=100)
    pdf.heading("4. Leases", 10)
    lc = {"Q2_25": 19_684, "Q2_24": 18_215, "H1_25": 38_902, "H1_24": 36_110}
    vc = {"Q2_25": 4_322, "Q2_24": 3_911, "H1_25": 8_409, "H1_24": 7_688}
    rows = [Row("Operating lease cost", [th(lc[p]) for p in P], dollar=True),
            Row("Variable lease cost", [th(vc[p]) for p in P]),
            Row("Total lease cost", [th(lc[p] + vc[p]) for p in P], kind="total", dollar=True)]
    pdf.table("n4_lease", "Components of Lease Cost", COLS4, rows, unit=UNIT_K, groups=G4,
              label_w=70)
    pdf.para("The weighted average remaining operating lease term was 11.6 years and the "
             "weighted average discount rate was 5.9% at June 29, 2025.", size=10)
    pdf.heading("5. Long-Term Debt", 10)
    term = {"J25": 85_000, "D24": 90_000}
    rev = {p: m.bs["debt_lt"][p] + m.bs["debt_c"][p] - term[p] for p in ("J25", "D24")}
    rows = [Row("Term loan", [th(term[p]) for p in ("J25", "D24")], dollar=True),
            Row("Revolving credit facility", [th(rev[p]) for p in ("J25", "D24")]),
            Row("Total debt", [th(term[p] + rev[p]) for p in ("J25", "D24")], kind="sub"),
            Row("Less: current portion", [th(-m.bs["debt_c"][p]) for p in ("J25", "D24")]),
            Row("Long-term debt, net of current portion",
                [th(m.bs["debt_lt"][p]) for p in ("J25", "D24")], kind="total", dollar=True)]
    pdf.table("n5_debt", "Long-Term Debt", ["June 29, 2025", "December 29, 2024"], rows,
              unit=UNIT_K, label_w=100)
    pdf.para(
        "The Company's credit agreement provides a $100,000 thousand term loan and a "
        "$150,000 thousand revolving credit facility, both maturing in November 2028. "
        "Borrowings bear interest at SOFR plus a margin of 1.50% to 2.25% based on the "
        "Company's lease-adjusted leverage ratio. At June 29, 2025, the weighted average "
        "interest rate on outstanding borrowings was 6.41%, and $87,750 thousand was available "
        "under the revolving facility after outstanding letters of credit of $3,250 thousand. "
        "The Company was in compliance with all covenants.", size=10, key="n5_text")
    pdf.heading("6. Income Taxes", 10)
    pdf.para(
        "The effective income tax rate was "
        f"{pct(q['Q2_25']['tax'] / q['Q2_25']['pretax'])} and "
        f"{pct(q['Q2_24']['tax'] / q['Q2_24']['pretax'])} for the three months ended June 29, "
        "2025 and June 30, 2024, respectively. The rates differ from the 21% federal statutory "
        "rate primarily due to state income taxes, partially offset by FICA tip credits.",
        size=10, key="n6")
    pdf.heading("7. Stockholders' Equity", 10)
    pdf.para(
        "In February 2024 the Board authorized the repurchase of up to $100,000 thousand of "
        f"common stock. During the six months ended June 29, 2025, the Company repurchased "
        f"{th(m.repo_sh['H1_25'])} thousand shares for {_usd(-m.repo['H1_25'])} thousand, and "
        "$31,485 thousand remained available under the authorization at June 29, 2025.",
        size=10, key="n7")
    pdf.heading("8. Earnings Per Share", 10)
    rows = [
        Row("Net income", [th(q[p]["ni"]) for p in P], dollar=True),
        Row("Weighted average shares - basic", [th(m.sh_b[p]) for p in P]),
        Row("Dilutive effect of stock options and RSUs",
            [th(m.sh_d[p] - m.sh_b[p]) for p in P], indent=1),
        Row("Weighted average shares - diluted", [th(m.sh_d[p]) for p in P], kind="sub"),
        Row("Basic earnings per share", [ps(m.eps_b[p]) for p in P], dollar=True),
        Row("Diluted earnings per share", [ps(m.eps_d[p]) for p in P], dollar=True),
    ]
    pdf.table("n8_eps", "Earnings Per Share", COLS4, rows, unit=UNIT, groups=G4, label_w=70)
    pdf.para("Antidilutive awards of 412 thousand and 538 thousand shares were excluded from the "
             "diluted computation for the three months ended June 29, 2025 and June 30, 2024.",
             size=10)
    pdf.heading("9. Segment Information", 10)
    pdf.para(
        "The Company has two reportable segments: Company Restaurants and Franchise "
        "Operations. The chief operating decision maker evaluates Company Restaurants on "
        "restaurant-level operating profit and Franchise Operations on franchise revenue.",
        size=10)
    rows = [
        Row("Company Restaurants:", [], kind="head"),
        Row("Company restaurant sales", [th(q[p]["crs"]) for p in P], indent=1, dollar=True,
            key="seg_crs"),
        Row("Restaurant operating costs", [th(-(q[p]["food"] + q[p]["labor"] + q[p]["occ"]))
                                           for p in P], indent=1),
        Row("Restaurant-level operating profit", [th(m.rlop(p)) for p in P], kind="sub",
            indent=1, key="seg_rlop"),
        Row("Franchise Operations:", [], kind="head"),
        Row("Franchise royalties and fees", [th(q[p]["fr"]) for p in P], indent=1,
            key="seg_fr"),
        Row("Reconciliation to income before income taxes:", [], kind="head"),
        Row("General and administrative expenses", [th(-q[p]["ga"]) for p in P], indent=1),
        Row("Depreciation and amortization", [th(-q[p]["da"]) for p in P], indent=1),
        Row("Pre-opening costs", [th(-q[p]["pre"]) for p in P], indent=1),
        Row("Impairment and restaurant closure costs", [th(-q[p]["imp"]) for p in P],
            indent=1),
        Row("Interest expense, net", [th(-q[p]["int"]) for p in P], indent=1),
        Row("Income before income taxes", [th(q[p]["pretax"]) for p in P], kind="total",
            dollar=True),
    ]
    pdf.table("n9_seg", "Segment Results", COLS4, rows, unit=UNIT_K, groups=G4, label_w=72)
    pdf.heading("10. Commitments and Contingencies", 10)
    pdf.para(
        "The Company is subject to legal proceedings and claims arising in the ordinary course "
        "of business, including wage-and-hour claims and premises liability claims. A putative "
        "class action filed in March 2025 in California alleges meal-and-rest-break violations; "
        "the Company accrued $1,150 thousand for this matter during the second quarter of 2025. "
        "The Company has entered into lease agreements for 21 restaurants not yet opened, with "
        "aggregate future minimum lease payments of approximately $64,300 thousand.",
        size=10, key="n10")
    pdf.heading("11. Subsequent Events", 10)
    pdf.para(
        "On July 22, 2025, the Company entered into an agreement to acquire seven franchised "
        "restaurants in the Salt Lake City market from a franchisee for approximately "
        "$18,600 thousand in cash, expected to close in the third quarter of 2025.", size=10,
        key="n11")


def _fees(p):
    return {"Q2_25": 796, "Q2_24": 714, "H1_25": 1_533, "H1_24": 1_391}[p]


def _usd(v):
    return f"${v:,}"


def mdna(pdf, m):
    pdf.item("Item 2. Management's Discussion and Analysis of Financial Condition and Results "
             "of Operations")
    q = m.q
    pdf.para(
        "The following discussion should be read with the unaudited condensed consolidated "
        "financial statements and notes in Item 1 and with our Annual Report on Form 10-K for "
        "fiscal 2024. Dollar amounts in this discussion are in thousands unless otherwise "
        "noted, except per share amounts and average unit volumes.")
    pdf.heading("Overview", 11)
    c2, f2 = m.units["end_q2"]
    pdf.para(
        "Brannock Hearth is a fast-casual restaurant brand built around a wood-fired hearth "
        "and a menu of bowls, flatbreads and salads prepared from scratch in each restaurant. "
        f"At June 29, 2025 we operated {c2} company restaurants and our franchisees operated "
        f"{f2} restaurants.", key="md_over")
    pdf.heading("Second Quarter 2025 Highlights", 11)
    r25, r24 = q["Q2_25"], q["Q2_24"]
    pdf.bullets([
        f"Total revenue increased {pct(r25['rev'] / r24['rev'] - 1)} to "
        f"${th(r25['rev'])} thousand.",
        f"Comparable restaurant sales increased {pct(m.comp['Q2_25'])}, driven by a "
        f"{pct(m.traffic['Q2_25'])} increase in transactions and a "
        f"{pct(m.comp['Q2_25'] - m.traffic['Q2_25'])} increase in average check.",
        f"Net income was ${th(r25['ni'])} thousand, or ${m.eps_d['Q2_25']:.2f} per diluted "
        f"share, compared with ${th(r24['ni'])} thousand, or ${m.eps_d['Q2_24']:.2f} per "
        "diluted share, in the second quarter of 2024.",
        f"Restaurant-level operating margin was {pct(m.rlop('Q2_25') / r25['crs'])} compared "
        f"with {pct(m.rlop('Q2_24') / r24['crs'])}.",
        f"Adjusted EBITDA increased to ${th(m.adj_ebitda('Q2_25'))} thousand from "
        f"${th(m.adj_ebitda('Q2_24'))} thousand.",
        "We opened eight company restaurants and our franchisees opened four restaurants.",
    ], key="md_high")
    pdf.heading("Key Performance Indicators", 11)
    pdf.para(
        "Comparable restaurant sales reflect the change in year-over-year sales for the "
        "comparable restaurant base, defined as company-operated restaurants open for at least "
        "18 full fiscal months. For the six months ended June 29, 2025, comparable restaurant "
        f"sales increased {pct(m.comp['H1_25'])}, compared with {pct(m.comp['H1_24'])} in the "
        "prior-year period. Our comparable restaurant base consisted of 281 restaurants at June "
        "29, 2025.", key="md_comp")
    pdf.para(
        "Average unit volume (AUV) for company restaurants in the comparable base, for the "
        f"trailing twelve months ended June 29, 2025, was ${m.auv:.2f} million. System-wide "
        "sales, which include sales at franchised restaurants that are not recorded as our "
        f"revenue, were ${th(r25['crs'] + m.fr_sales['Q2_25'])} thousand in the second quarter "
        f"of 2025, including franchised restaurant sales of ${th(m.fr_sales['Q2_25'])} "
        "thousand.", key="md_auv")
    u = m.units
    rows = [
        Row("Beginning of period", [th(u["open"][0]), th(u["open"][1]),
                                    th(sum(u["open"]))]),
        Row("Openings - first quarter", [th(u["q1_open"][0]), th(u["q1_open"][1]),
                                         th(sum(u["q1_open"]))], indent=1),
        Row("Closures - first quarter", [th(-u["q1_close"][0]), th(-u["q1_close"][1]),
                                         th(-sum(u["q1_close"]))], indent=1),
        Row("End of first quarter", [th(u["end_q1"][0]), th(u["end_q1"][1]),
                                     th(sum(u["end_q1"]))], kind="sub"),
        Row("Openings - second quarter", [th(u["q2_open"][0]), th(u["q2_open"][1]),
                                          th(sum(u["q2_open"]))], indent=1),
        Row("Closures - second quarter", [th(-u["q2_close"][0]), th(-u["q2_close"][1]),
                                          th(-sum(u["q2_close"]))], indent=1),
        Row("End of period (June 29, 2025)", [th(u["end_q2"][0]), th(u["end_q2"][1]),
                                              th(sum(u["end_q2"]))], kind="total"),
    ]
    pdf.table("md_units", "Restaurant Development - Fiscal 2025", ["Company-operated",
                                                                   "Franchised", "Total"],
              rows, dollar_col=False, label_w=80)
    pdf.heading("Results of Operations", 11)
    pdf.para("The following table presents our results as a percentage of total revenue, "
             "except for restaurant operating costs, which are expressed as a percentage of "
             "company restaurant sales.")
    rows = []
    for lab, k, base in (("Company restaurant sales", "crs", "rev"),
                         ("Franchise royalties and fees", "fr", "rev"),
                         ("Food and packaging", "food", "crs"),
                         ("Labor and related expenses", "labor", "crs"),
                         ("Occupancy and other operating expenses", "occ", "crs"),
                         ("General and administrative expenses", "ga", "rev"),
                         ("Depreciation and amortization", "da", "rev"),
                         ("Pre-opening costs", "pre", "rev"),
                         ("Impairment and restaurant closure costs", "imp", "rev"),
                         ("Income from operations", "ifo", "rev"),
                         ("Interest expense, net", "int", "rev"),
                         ("Income before income taxes", "pretax", "rev"),
                         ("Provision for income taxes", "tax", "rev"),
                         ("Net income", "ni", "rev")):
        rows.append(Row(lab, [pct(q[p][k] / q[p][base]) for p in P],
                        kind="sub" if k in ("ifo", "pretax") else ("total" if k == "ni"
                                                                    else "row"),
                        indent=1 if base == "crs" else 0))
    pdf.table("md_pct", "Results as a Percentage of Revenue", COLS4, rows, groups=G4,
              dollar_col=False, label_w=76)
    rs = q["H1_25"]
    pdf.subheading("Revenue")
    pdf.para(
        f"Company restaurant sales increased ${th(r25['crs'] - r24['crs'])} thousand, or "
        f"{pct(r25['crs'] / r24['crs'] - 1)}, in the second quarter of 2025, reflecting sales "
        "from 27 restaurants opened since the beginning of the second quarter of 2024 and the "
        f"{pct(m.comp['Q2_25'])} increase in comparable restaurant sales. Franchise royalties "
        f"and fees increased {pct(r25['fr'] / r24['fr'] - 1)} to ${th(r25['fr'])} thousand.",
        key="md_rev")
    pdf.subheading("Restaurant operating costs")
    pdf.para(
        f"Food and packaging costs were {pct(r25['food'] / r25['crs'])} of company restaurant "
        f"sales compared with {pct(r24['food'] / r24['crs'])}, as menu price increases of "
        "approximately 2.9% and lower avocado and poultry costs more than offset beef "
        f"inflation. Labor and related expenses were {pct(r25['labor'] / r25['crs'])} compared "
        f"with {pct(r24['labor'] / r24['crs'])}, reflecting sales leverage partially offset by "
        "wage rate increases of approximately 3.8%.", key="md_costs")
    pdf.subheading("General and administrative expenses")
    pdf.para(
        f"G&A expenses increased to ${th(r25['ga'])} thousand from ${th(r24['ga'])} thousand, "
        "primarily due to higher incentive compensation and investments in our development "
        "team, and decreased as a percentage of total revenue to "
        f"{pct(r25['ga'] / r25['rev'])}.", key="md_ga")
    pdf.subheading("Impairment and restaurant closure costs")
    pdf.para(
        f"Impairment and restaurant closure costs were ${th(r25['imp'])} thousand in the "
        "second quarter of 2025 and included non-cash impairment of "
        f"${th(m.noncash_imp['Q2_25'])} thousand for two underperforming restaurants in the "
        "Phoenix market that we closed in June 2025.", key="md_imp")
    pdf.subheading("Provision for income taxes")
    pdf.para(
        f"Our effective tax rate for the six months ended June 29, 2025 was "
        f"{pct(rs['tax'] / rs['pretax'])}, compared with "
        f"{pct(q['H1_24']['tax'] / q['H1_24']['pretax'])} in the prior-year period.",
        key="md_tax")

    pdf.heading("Non-GAAP Financial Measures", 11)
    pdf.para(
        "We use restaurant-level operating profit, restaurant-level operating margin and "
        "adjusted EBITDA, which are not prepared in accordance with GAAP, to evaluate the "
        "performance of our restaurants and our business. Restaurant-level operating profit is "
        "company restaurant sales less food and packaging, labor and related, and occupancy "
        "and other operating expenses. Restaurant-level operating margin is restaurant-level "
        "operating profit divided by company restaurant sales. Adjusted EBITDA is net income "
        "before interest expense, net, provision for income taxes, depreciation and "
        "amortization, stock-based compensation, and impairment and restaurant closure costs.")
    rows = [
        Row("Income from operations", [th(q[p]["ifo"]) for p in P], dollar=True, key="ifo"),
        Row("Add:", [], kind="head"),
        Row("General and administrative expenses", [th(q[p]["ga"]) for p in P], indent=1),
        Row("Depreciation and amortization", [th(q[p]["da"]) for p in P], indent=1),
        Row("Pre-opening costs", [th(q[p]["pre"]) for p in P], indent=1),
        Row("Impairment and restaurant closure costs", [th(q[p]["imp"]) for p in P], indent=1),
        Row("Less: franchise royalties and fees", [th(-q[p]["fr"]) for p in P], indent=1),
        Row("Restaurant-level operating profit", [th(m.rlop(p)) for p in P], kind="total",
            dollar=True, key="rlop"),
        Row("Restaurant-level operating margin", [pct(m.rlop(p) / q[p]["crs"]) for p in P],
            key="rlom"),
    ]
    pdf.table("md_rlop", "Reconciliation of Income from Operations to Restaurant-Level "
              "Operating Profit", COLS4, rows, unit=UNIT_K, groups=G4, label_w=76)
    rows = [
        Row("Net income", [th(q[p]["ni"]) for p in P], dollar=True, key="ni"),
        Row("Interest expense, net", [th(q[p]["int"]) for p in P], indent=1),
        Row("Provision for income taxes", [th(q[p]["tax"]) for p in P], indent=1),
        Row("Depreciation and amortization", [th(q[p]["da"]) for p in P], indent=1),
        Row("Stock-based compensation", [th(m.sbc[p]) for p in P], indent=1, key="sbc"),
        Row("Impairment and restaurant closure costs", [th(q[p]["imp"]) for p in P], indent=1),
        Row("Adjusted EBITDA", [th(m.adj_ebitda(p)) for p in P], kind="total", dollar=True,
            key="ebitda"),
    ]
    pdf.table("md_ebitda", "Reconciliation of Net Income to Adjusted EBITDA", COLS4, rows,
              unit=UNIT_K, groups=G4, label_w=76)

    pdf.heading("Liquidity and Capital Resources", 11)
    c = m.cf["H1_25"]
    pdf.para(
        "Our primary sources of liquidity are cash from operations and borrowings under our "
        f"revolving credit facility. At June 29, 2025 we had cash and cash equivalents of "
        f"${th(m.bs['cash']['J25'])} thousand and $87,750 thousand of availability under our "
        "revolving facility. We expect to open 26 to 28 company restaurants in fiscal 2025 and "
        "to spend $105,000 to $115,000 thousand on capital expenditures, net of tenant "
        "allowances.", key="md_liq")
    rows = [Row("Net cash provided by operating activities",
                [th(m.cf[x]["cfo"]) for x in ("H1_25", "H1_24")], dollar=True),
            Row("Net cash used in investing activities",
                [th(m.cf[x]["cfi"]) for x in ("H1_25", "H1_24")]),
            Row("Net cash used in financing activities",
                [th(m.cf[x]["cff"]) for x in ("H1_25", "H1_24")]),
            Row("Net change in cash and cash equivalents",
                [th(m.cf[x]["net"]) for x in ("H1_25", "H1_24")], kind="total", dollar=True)]
    pdf.table("md_cf", "Summary of Cash Flows", ["June 29, 2025", "June 30, 2024"], rows,
              unit=UNIT_K, groups=[("Six Months Ended", 2)], label_w=100)
    pdf.para(
        f"Operating activities provided ${th(c['cfo'])} thousand in the first half of 2025, "
        f"compared with ${th(m.cf['H1_24']['cfo'])} thousand, primarily reflecting higher net "
        f"income. Capital expenditures were ${th(m.capex['H1_25'])} thousand, of which "
        "approximately 78% related to new restaurants. Financing activities included "
        f"${th(-m.repo['H1_25'])} thousand of share repurchases and net repayments of "
        f"${th(-(m.rev_borrow['H1_25'] + m.rev_repay['H1_25'] + m.term_repay['H1_25']))} "
        "thousand under our credit agreement.", key="md_cf_text")
    pdf.heading("Critical Accounting Estimates", 11)
    pdf.para(
        "There have been no material changes to our critical accounting estimates, which "
        "include impairment of long-lived assets, lease accounting and self-insurance "
        "reserves, from those described in our Annual Report on Form 10-K for fiscal 2024.")


def other_items(pdf, m):
    pdf.item("Item 3. Quantitative and Qualitative Disclosures About Market Risk")
    pdf.para(
        "Interest rate risk. Borrowings under our credit agreement bear variable interest. "
        "Based on outstanding borrowings at June 29, 2025, a 100 basis point increase in "
        "interest rates would increase annual interest expense by approximately $1,610 "
        "thousand.", key="item3")
    pdf.para(
        "Commodity price risk. We purchase beef, poultry, produce, dairy and other commodities "
        "whose prices fluctuate. We use fixed-price purchase agreements for approximately 45% "
        "of our expected 2025 food and packaging purchases but do not use financial "
        "instruments to hedge commodity prices.")
    pdf.para(
        "Inflation. Wage rates, food costs and construction costs have been affected by "
        "inflation. We may not be able to offset all such increases with menu price increases "
        "without affecting transaction counts.")
    pdf.heading("Item 4. Controls and Procedures", 12)
    pdf.para(
        "Our management, with the participation of our Chief Executive Officer and Chief "
        "Financial Officer, evaluated our disclosure controls and procedures as of June 29, "
        "2025 and concluded that they were effective. There were no changes in our internal "
        "control over financial reporting during the quarter ended June 29, 2025 that "
        "materially affected, or are reasonably likely to materially affect, our internal "
        "control over financial reporting.")
    pdf.item("PART II - OTHER INFORMATION")
    pdf.heading("Item 1. Legal Proceedings", 12)
    pdf.para("See Note 10 of the condensed consolidated financial statements.")
    pdf.heading("Item 1A. Risk Factors", 12)
    pdf.para(
        "Our risk factors are described in Item 1A of our Annual Report on Form 10-K for fiscal "
        "2024. There have been no material changes, except as follows:")
    pdf.para(
        "Tariffs on imported goods could increase our costs. Changes in trade policy during "
        "2025, including tariffs on certain imported produce, packaging and kitchen equipment, "
        "could increase food and packaging costs and the cost of building new restaurants. We "
        "may be unable to pass these increases on to guests without reducing transactions.")
    pdf.para(
        "Our growth depends on finding suitable sites. Competition for high-quality retail "
        "sites, delays in permitting and construction, and higher build-out costs could slow "
        "our development pace or reduce returns on new restaurants.")
    pdf.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 12)
    rows = [
        Row("March 31 - April 27, 2025", ["96", "45.12", "96", "40,634"]),
        Row("April 28 - May 25, 2025", ["103", "46.58", "103", "35,836"]),
        Row("May 26 - June 29, 2025", ["92", "47.50", "92", "31,485"]),
        Row("Total", [th(m.repo_sh["Q2_25"]), "46.32", th(m.repo_sh["Q2_25"]), ""],
            kind="total"),
    ]
    pdf.table("p2_repo", "Issuer Purchases of Equity Securities - Second Quarter 2025",
              ["Shares purchased (thousands)", "Average price per share ($)",
               "Shares purchased under program (thousands)",
               "Remaining authorization ($ thousands)"], rows, dollar_col=False, label_w=56)
    pdf.heading("Item 5. Other Information", 12)
    pdf.para("During the quarter ended June 29, 2025, none of our directors or officers adopted "
             "or terminated a Rule 10b5-1 trading arrangement.")
    pdf.heading("Item 6. Exhibits", 12)
    for a, b in (("10.1", "Second Amendment to Credit Agreement, dated April 9, 2025"),
                 ("31.1", "Certification of Chief Executive Officer"),
                 ("31.2", "Certification of Chief Financial Officer"),
                 ("32.1", "Section 1350 Certifications"), ("101", "Inline XBRL documents")):
        pdf.para(f"{a}    {b}", size=10, after=0.6)
    pdf.heading("SIGNATURES", 12)
    pdf.para(
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant "
        "has duly caused this report to be signed on its behalf by the undersigned thereunto "
        "duly authorized.\nBRANNOCK HEARTH COMPANY\nDate: August 6, 2025\n"
        "/s/ Tamsin E. Holloway-Reyes, Chief Executive Officer\n"
        "/s/ Callum J. Stroud, Chief Financial Officer")
