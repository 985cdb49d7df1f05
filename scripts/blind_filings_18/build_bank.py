"""Lays out the Tamsworth Valley Bancorp, Inc. annual report on Form 10-K for 2025 (ledger house style: DejaVu Serif,
dotted leaders, centred statement titles with a right-aligned scale line, amounts in thousands).  Only formats
model values."""

from fractions import Fraction as F

import models as M
from kit import Doc, num, pct, rnd, row, sec, txt

COMPANY = "Tamsworth Valley Bancorp, Inc."
BANK = "Tamsworth Valley Bank"
SCALE = "(In thousands, except per share data)"
SCALE_T = "(In thousands)"
SCALE_D = "(Dollars in thousands)"
Y3 = [("2025", 1), ("2024", 1), ("2023", 1)]
Y2 = [("2025", 1), ("2024", 1)]
W3 = [23, 23, 23]
W2 = [25, 25]
TOC = [
    ("PART I", None),
    ("Item 1.", "Business", "i1"),
    ("Item 1A.", "Risk Factors", "i1a"),
    ("Item 1B.", "Unresolved Staff Comments", "i1b"),
    ("Item 1C.", "Cybersecurity", "i1c"),
    ("Item 2.", "Properties", "i2"),
    ("Item 3.", "Legal Proceedings", "i3"),
    ("Item 4.", "Mine Safety Disclosures", "i4"),
    ("PART II", None),
    (
        "Item 5.",
        "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities",
        "i5",
    ),
    ("Item 6.", "[Reserved]", "i6"),
    ("Item 7.", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "i7"),
    ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk", "i7a"),
    ("Item 8.", "Financial Statements and Supplementary Data", "i8"),
    ("Item 9.", "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "i9"),
    ("Item 9A.", "Controls and Procedures", "i9a"),
    ("Item 9B.", "Other Information", "i9b"),
    ("PART III", None),
    ("Items 10-14.", "Directors, Executive Officers, Compensation, Ownership and Fees", "i10"),
    ("PART IV", None),
    ("Item 15.", "Exhibits and Financial Statement Schedules", "i15"),
    ("", "Signatures", "sig"),
]


def N(v):
    return num(v)


def D(v, dollar=True):
    return num(v, dollar=dollar)


def PS(v):
    return num(v, 2, dollar=True)


def P2(v):
    return pct(v, 2)


def P1(v):
    return pct(v, 1)


def mil(v, places=1):
    """Thousands of dollars as '$117.6 million'."""
    return f"${float(rnd(F(v, 1000), places)):,.{places}f} million"


def chg(a, b):
    return pct(F(100 * (a - b), b), 1) if b else "n/m"


def build(k, toc=None):
    d = Doc(
        "ledger",
        COMPANY,
        "Tamsworth Valley Bancorp, Inc. Annual Report on Form 10-K for the Fiscal Year Ended December 31, 2025",
        "Tamsworth Valley Bancorp, Inc.  \u2022  2025 Annual Report on Form 10-K",
    )
    a, b = k["bs"][2025], k["bs"][2024]
    toc = toc or {}

    def y3(x):
        return [x[2025], x[2024], x[2023]]

    def bb(x):
        return [a[x], b[x]]

    # ================================================================== cover
    d.new_page(False)
    d.set_font(d.fam, "B", 10)
    d.multi_cell(0, 5, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    d.ln(3)
    d.set_font(d.fam, "B", 20)
    d.multi_cell(0, 9, "FORM 10-K", align="C")
    d.ln(1)
    d.set_font(d.fam, "", 8.4)
    d.multi_cell(
        0,
        4.4,
        "(Mark One)\n[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE "
        "ACT OF 1934\nFor the fiscal year ended December 31, 2025\nOR\n[  ]  TRANSITION REPORT PURSUANT TO "
        "SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission file number 001-36218",
        align="C",
    )
    d.ln(4)
    d.set_font(d.fam, "B", 16)
    d.set_text_color(*d.st["accent"])
    d.multi_cell(0, 8, "TAMSWORTH VALLEY BANCORP, INC.", align="C")
    d.set_text_color(0, 0, 0)
    d.set_font(d.fam, "I", 8)
    d.multi_cell(0, 4, "(Exact name of registrant as specified in its charter)", align="C")
    d.ln(2)
    d.set_font(d.fam, "", 8.4)
    d.multi_cell(
        0,
        4.4,
        "Pennsylvania  \u2022  I.R.S. Employer Identification No. 23-2871546\n2200 Penn Avenue, "
        "Wyomissing, Pennsylvania 19610  \u2022  (610) 555-0148\nSecurities registered pursuant to Section "
        "12(b) of the Act: Common Stock, $1.00 par value  \u2022  Trading symbol TVBK  \u2022  The Nasdaq "
        "Stock Market LLC",
        align="C",
    )
    d.ln(4)
    for t in (
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of "
        "the Securities Act. Yes [ ]  No [X]",
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by "
        "Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has "
        "been subject to such filing requirements for the past 90 days. Yes [X]  No [ ]",
        "Large accelerated filer [ ]   Accelerated filer [X]   Non-accelerated filer [ ]   Smaller reporting "
        "company [ ]   Emerging growth company [ ]",
        "Indicate by check mark whether the registrant is a shell company (as defined in Rule 12b-2 of the "
        "Act). Yes [ ]  No [X]",
        "The aggregate market value of the voting common stock held by non-affiliates of the registrant, "
        "computed by reference to the closing price as of June 30, 2025, was approximately $1.21 billion.",
        f"As of February 17, 2026, there were {k['sh_out'][2025] - 18406:,} shares of the registrant's "
        "common stock outstanding.",
        "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its "
        "2026 Annual Meeting of Shareholders are incorporated by reference into Part III of this report.",
    ):
        d.para(t, size=8)

    # ================================================================== table of contents
    d.new_page(False)
    d.heading("TABLE OF CONTENTS", 0)
    d.ln(2)
    d.set_font(d.fam, "B", 7.6)
    d.cell(d.ew - 16, 4.5, "")
    d.cell(16, 4.5, "Page", align="R")
    d.ln(5)
    for ent in TOC:
        if ent[1] is None:
            d.set_font(d.fam, "B", 8.2)
            d.ln(1.2)
            d.cell(0, 5, ent[0])
            d.ln(5.4)
            continue
        item, name, key = ent
        d.set_font(d.fam, "", 8.2)
        d.set_x(d.l_margin + 2)
        d.cell(22, 4.8, item)
        short = name if d.get_string_width(name) < d.ew - 50 else name[:70].rsplit(" ", 1)[0] + " \u2026"
        d.leader_cell(d.ew - 40, 4.8, short)
        d.set_font(d.fam, "", 8.2)
        d.cell(16, 4.8, toc.get(key, ""), align="R")
        d.ln(5)
    d.ln(4)
    d.heading("Cautionary Note Regarding Forward-Looking Statements", 2)
    d.para(
        "This report contains forward-looking statements within the meaning of the Private Securities Litigation "
        "Reform Act of 1995, including statements about loan growth, deposit costs, credit quality, capital "
        "deployment and the effect of changes in market interest rates on our net interest income. Words such as "
        '"expect," "anticipate," "intend," "plan," "believe" and "estimate" identify these '
        "statements. Actual results may differ materially because of the factors described in Item 1A, Risk "
        "Factors, and elsewhere in this report. We undertake no obligation to update forward-looking statements.",
        size=8,
    )
    d.para(
        'Unless the context indicates otherwise, references to "we," "us," "our" and the "Company" are '
        f'to {COMPANY} and its consolidated subsidiaries, and references to the "Bank" are to {BANK}, its '
        "wholly owned Pennsylvania-chartered commercial bank subsidiary.",
        size=8,
    )

    # ================================================================== Part I
    d.new_page(True)
    d.heading("PART I", 0)
    d.mark("i1")
    d.heading("Item 1. Business", 1)
    d.heading("General", 2)
    d.para(
        f"{COMPANY} is a bank holding company registered under the Bank Holding Company Act of 1956 and "
        f"headquartered in Wyomissing, Pennsylvania. Through {BANK}, founded in 1887, we provide commercial "
        "banking, consumer banking, residential mortgage and wealth management services to businesses, "
        "professionals, municipalities and individuals in south-central and southeastern Pennsylvania and "
        "northern Maryland. At December 31, 2025, we had total assets of "
        f"{mil(a['ta'], 1).replace(' million', ' million')}, total loans of {mil(a['loans'])} and total "
        f"deposits of {mil(a['dep'])}."
    )
    d.para(
        f"The Bank operates {k['branches']} full-service branches in eleven counties, supported by two regional "
        "commercial lending centers and a wealth management office in Lancaster. Our strategy is to grow "
        "relationship-based commercial lending funded by core deposits while keeping a diversified, granular "
        "loan book.",
        keys={
            "p.branches": (
                f"The Bank operates {k['branches']} full-service branches in eleven counties",
                {"n": str(k["branches"])},
            )
        },
    )
    d.heading("Lending Activities", 2)
    d.para(
        "Our commercial real estate lending includes owner-occupied properties, investor-owned multifamily, "
        "retail, office and industrial properties, and construction and land development loans to experienced "
        "local developers. Commercial and industrial loans finance working capital, equipment and acquisitions "
        "for middle-market companies and are generally secured by business assets and personal guarantees. "
        "Residential mortgage loans are primarily adjustable-rate and hybrid loans retained in portfolio; "
        "conforming fixed-rate loans are generally sold servicing-released. Consumer lending consists of "
        "indirect automobile loans, home equity lines of credit and personal lines."
    )
    d.heading("Competition and Human Capital", 2)
    d.para(
        "We compete with national and super-regional banks, community banks, credit unions, and non-bank "
        "lenders and investment firms. "
        f"At December 31, 2025, we had {k['fte']:,} full-time equivalent employees, none of whom are represented "
        "by a collective bargaining agreement. We offer competitive compensation, an employee stock purchase "
        "plan and tuition assistance, and we measure engagement through an annual survey.",
        keys={
            "p.fte": (
                f"At December 31, 2025, we had {k['fte']:,} full-time equivalent employees",
                {"n": f"{k['fte']:,}"},
            )
        },
    )
    d.heading("Supervision and Regulation", 2)
    d.para(
        "The Company is subject to supervision by the Board of Governors of the Federal Reserve System. The Bank "
        "is a state member bank supervised by the Federal Reserve and the Pennsylvania Department of Banking and "
        "Securities, and its deposits are insured by the FDIC up to applicable limits. The Company and the Bank "
        "are subject to the Basel III capital rules, including the capital conservation buffer of 2.5%. The "
        "Company elected to exclude accumulated other comprehensive income from regulatory capital."
    )
    d.mark("i1a")
    d.heading("Item 1A. Risk Factors", 1)
    for t in (
        "Interest rate risk. Our earnings depend on net interest income; rapid changes in market rates, the "
        "shape of the yield curve or deposit pricing could compress our net interest margin.",
        "Credit risk and commercial real estate concentration. Commercial real estate loans represent a "
        "majority of our loan portfolio; declines in property values or occupancy, particularly in office "
        "properties, could increase charge-offs and the provision for credit losses.",
        "Liquidity risk. Deposit outflows, including of uninsured deposits, could require us to borrow at "
        "higher cost or sell securities at a loss.",
        "Unrealized losses on securities. Declines in the fair value of our securities reduce shareholders' "
        "equity through accumulated other comprehensive loss and could result in realized losses if we sell "
        "securities before recovery.",
        "Operational and cybersecurity risk. Failures or breaches of our systems or those of our vendors could "
        "disrupt operations, cause losses and damage our reputation.",
        "Regulatory risk. Changes in banking laws, capital requirements or deposit insurance assessments could "
        "increase our costs or limit our activities.",
    ):
        d.para(t, size=8.2)
    d.mark("i1b")
    d.heading("Item 1B. Unresolved Staff Comments", 1)
    d.para("None.")
    d.mark("i1c")
    d.heading("Item 1C. Cybersecurity", 1)
    d.para(
        "Our information security program is overseen by the Risk Committee of the Board and led by our Chief "
        "Information Security Officer, who has over twenty years of experience. The program includes layered "
        "technical controls, third-party risk assessments, annual penetration testing and a tested incident "
        "response plan. We did not identify any cybersecurity incident in 2025 that materially affected us."
    )
    d.mark("i2")
    d.heading("Item 2. Properties", 1)
    d.para(
        "Our headquarters and operations center in Wyomissing, Pennsylvania are owned. Of our "
        f"{k['branches']} branches, 41 are owned and the remainder are leased under operating leases expiring "
        "between 2026 and 2039. We believe our facilities are adequate for our current needs."
    )
    d.mark("i3")
    d.heading("Item 3. Legal Proceedings", 1)
    d.para(
        "We are party to routine legal proceedings arising in the ordinary course of business. Management does "
        "not expect their outcome to have a material adverse effect on our financial condition."
    )
    d.mark("i4")
    d.heading("Item 4. Mine Safety Disclosures", 1)
    d.para("Not applicable.")

    # ================================================================== Part II
    d.heading("PART II", 0, need=60)
    d.mark("i5")
    d.heading(
        "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
        "Equity Securities",
        1,
    )
    d.para(
        'Our common stock trades on the Nasdaq Global Select Market under the symbol "TVBK." At February 17, '
        "2026, there were approximately 6,900 shareholders of record. We paid quarterly cash dividends of "
        f"$0.24 per share in each quarter of 2025 (total {PS(k['dps'][2025])} per share) and $0.23 per share in "
        "each quarter of 2024. "
        f"On January 21, 2026, the Board of Directors declared a quarterly cash dividend of {PS(k['div_next'])} "
        "per share, payable on February 13, 2026 to shareholders of record on February 3, 2026. The Bank's "
        "ability to pay dividends to the Company is subject to Pennsylvania law and Federal Reserve regulations.",
        keys={
            "p.divnext": (
                "On January 21, 2026, the Board of Directors declared a quarterly cash dividend of "
                f"{PS(k['div_next'])} per share",
                {"dps": PS(k["div_next"])},
            )
        },
    )
    rep = k["q4_rep"]
    rows = [
        txt(per, [f"{n:,}", num(px, 2, dollar=True), f"{n:,}"], key=f"rep.{i}") for i, (per, n, px) in enumerate(rep)
    ]
    tot_n = sum(n for _, n, _ in rep)
    tot_px = F(sum(n * px for _, n, px in rep), tot_n)
    rows.append(txt("Total", [f"{tot_n:,}", num(tot_px, 2, dollar=True), f"{tot_n:,}"], key="rep.tot", kind="total"))
    d.table(
        "Issuer Purchases of Equity Securities \u2013 Fourth Quarter 2025",
        [26, 24, 34],
        [
            [("Total Number", 1), ("Average", 1), ("Shares Purchased", 1)],
            [("of Shares", 1), ("Price Paid", 1), ("as Part of Publicly", 1)],
            [("Purchased", 1), ("per Share", 1), ("Announced Program", 1)],
        ],
        rows,
        center_caption=False,
    )
    d.para(
        "In April 2025 the Board authorized the repurchase of up to 1,500,000 shares of common stock through "
        "April 30, 2027. "
        f"As of December 31, 2025, {k['buyback_left']:,} shares remained available for repurchase under the "
        "program. "
        f"In total we repurchased {k['repurch_sh'][2025]:,} shares in 2025 at a cost of {mil(k['repurch'][2025])}.",
        keys={
            "p.buyleft": (
                f"As of December 31, 2025, {k['buyback_left']:,} shares remained available for "
                "repurchase under the program",
                {"n": f"{k['buyback_left']:,}"},
            )
        },
    )
    d.mark("i6")
    d.heading("Item 6. [Reserved]", 1)

    # ================================================================== MD&A
    d.mark("i7")
    d.heading(
        "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1, need=80
    )
    d.heading("Overview of 2025", 2)
    ni, eps = k["ni"], k["eps_d"]
    d.para(
        f"Net income for 2025 was {mil(ni[2025])}, or {PS(eps[2025])} per diluted share, compared with "
        f"{mil(ni[2024])}, or {PS(eps[2024])} per diluted share, in 2024 and {mil(ni[2023])}, or "
        f"{PS(eps[2023])} per diluted share, in 2023. Results for 2024 included a pre-tax loss of "
        f"{mil(-k['nonii']['secg'][2024])} on the sale of lower-yielding available-for-sale securities as part "
        "of a balance sheet repositioning. Net interest income increased as loan yields continued to reprice "
        "while deposit costs stabilized in the second half of the year."
    )
    eff = k["eff"]
    d.para(
        "We use the efficiency ratio to evaluate how effectively we convert revenue into earnings. "
        "The efficiency ratio is defined as total noninterest expense divided by the sum of net interest income "
        "and total noninterest income. "
        f"The efficiency ratio was {P1(eff[2025])} in 2025 compared with {P1(eff[2024])} in 2024.",
        keys={
            "p.eff": (
                f"The efficiency ratio was {P1(eff[2025])} in 2025 compared with {P1(eff[2024])} in 2024",
                {"e25": P1(eff[2025]), "e24": P1(eff[2024])},
            )
        },
    )
    bvps = {y: F(k["eq"][y]["tot"] * 1000, k["sh_out"][y]) for y in (2025, 2024)}
    roaa = {y: F(100 * ni[y], k["avg"][y]["ta"]) for y in (2025, 2024)}
    k["bvps"], k["roaa"] = bvps, roaa
    rows = [
        row("Net income", [ni[2025], ni[2024]], "hl.ni", dollar=True),
        txt("Diluted earnings per share", [PS(eps[2025]), PS(eps[2024])], "hl.eps"),
        txt("Cash dividends declared per share", [PS(k["dps"][2025]), PS(k["dps"][2024])], "hl.dps"),
        txt("Book value per share at year end", [PS(bvps[2025]), PS(bvps[2024])], "hl.bvps"),
        txt("Return on average assets", [P2(roaa[2025]), P2(roaa[2024])], "hl.roaa"),
        txt("Net interest margin", [P2(k["nim"][2025]), P2(k["nim"][2024])], "hl.nim"),
        row("Total assets at year end", bb("ta"), "hl.ta", dollar=True),
    ]
    d.table("Selected Financial Highlights", W2, [Y2], rows, scale=SCALE_D, center_caption=False)

    # ---- net interest income
    d.heading("Net Interest Income", 2)
    d.para(
        f"Net interest income was {mil(k['nii'][2025])} in 2025, an increase of "
        f"{mil(k['nii'][2025] - k['nii'][2024])} from 2024. The net interest margin, which is net interest income "
        "divided by average interest-earning assets and is not presented on a tax-equivalent basis, was "
        f"{P2(k['nim'][2025])} compared with {P2(k['nim'][2024])} in 2024. The yield on interest-earning assets "
        f"rose to {P2(k['yld'][2025]['ea'])} while the cost of interest-bearing liabilities was "
        f"{P2(k['yld'][2025]['ibl'])}. The following table presents average balances, interest and average "
        "yields and rates. Nonaccrual loans are included in average loan balances; average securities are at "
        "amortized cost."
    )
    av, yl = k["avg"], k["yld"]
    names = {
        "loans": "Loans, including fees",
        "tsec": "Taxable securities",
        "xsec": "Tax-exempt securities",
        "ibd": "Interest-bearing deposits and other",
        "chk": "Interest checking",
        "sav": "Savings and money market",
        "tim": "Time deposits",
        "fhlb": "FHLB advances and other borrowings",
        "sub": "Subordinated notes",
    }

    def abr(x, dol=False):
        vals = []
        for y in (2025, 2024):
            s = k["ii"] if x in M.EA else k["ie"]
            vals += [D(av[y][x], dol), D(s[x][y], dol), P2(yl[y][x])]
        return txt(names[x], vals, key=f"ab.{x}", indent=1)

    rows = [sec("Interest-earning assets")]
    rows += [abr(x, dol=(x == "loans")) for x in M.EA]
    rows.append(
        txt(
            "Total interest-earning assets",
            sum(([D(av[y]["ea"], False), D(k["ii_tot"][y], False), P2(yl[y]["ea"])] for y in (2025, 2024)), []),
            key="ab.ea",
            kind="total",
        )
    )
    rows.append(
        txt(
            "Noninterest-earning assets",
            [D(av[2025]["nea"], False), "", "", D(av[2024]["nea"], False), "", ""],
            key="ab.nea",
            indent=1,
        )
    )
    rows.append(txt("Total assets", [D(av[2025]["ta"]), "", "", D(av[2024]["ta"]), "", ""], key="ab.ta", kind="grand"))
    rows.append(sec("Interest-bearing liabilities"))
    rows += [abr(x, dol=(x == "chk")) for x in ("chk", "sav", "tim")]
    rows.append(
        txt(
            "Total interest-bearing deposits",
            sum(([D(av[y]["ibdep"], False), D(k["ie_dep"][y], False), P2(yl[y]["ibdep"])] for y in (2025, 2024)), []),
            key="ab.ibdep",
            kind="total",
            indent=1,
        )
    )
    rows += [abr(x) for x in ("fhlb", "sub")]
    rows.append(
        txt(
            "Total interest-bearing liabilities",
            sum(([D(av[y]["ibl"], False), D(k["ie_tot"][y], False), P2(yl[y]["ibl"])] for y in (2025, 2024)), []),
            key="ab.ibl",
            kind="total",
        )
    )
    for x, lab in (
        ("nib", "Noninterest-bearing demand deposits"),
        ("ol", "Other liabilities"),
        ("eq", "Shareholders' equity"),
    ):
        rows.append(txt(lab, [D(av[2025][x], False), "", "", D(av[2024][x], False), "", ""], key=f"ab.{x}", indent=1))
    rows.append(
        txt(
            "Total liabilities and shareholders' equity",
            [D(av[2025]["ta"]), "", "", D(av[2024]["ta"]), "", ""],
            key="ab.tle",
            kind="grand",
        )
    )
    rows.append(
        txt("Net interest income", ["", D(k["nii"][2025]), "", "", D(k["nii"][2024]), ""], key="ab.nii", kind="total")
    )
    rows.append(
        txt("Net interest spread", ["", "", P2(k["spread"][2025]), "", "", P2(k["spread"][2024])], key="ab.spread")
    )
    rows.append(txt("Net interest margin", ["", "", P2(k["nim"][2025]), "", "", P2(k["nim"][2024])], key="ab.nim"))
    WA = [20, 16.5, 12.5, 20, 16.5, 12.5]
    d.table(
        "Average Balances, Interest and Yields / Rates",
        WA,
        [
            [("Year Ended December 31, 2025", 3), ("Year Ended December 31, 2024", 3)],
            [("Average", 1), ("", 1), ("Yield/", 1), ("Average", 1), ("", 1), ("Yield/", 1)],
            [("Balance", 1), ("Interest", 1), ("Rate", 1), ("Balance", 1), ("Interest", 1), ("Rate", 1)],
        ],
        rows,
        scale=SCALE_D,
        ts=6.9,
    )
    rv = k["rv"]
    rows = [sec("Interest income")]
    rows += [
        txt(names[x], [D(rv[x][f], x == "loans") for f in ("vol", "rate", "tot")], key=f"rv.{x}", indent=1)
        for x in M.EA
    ]
    rows.append(
        txt("Total interest income", [D(rv["ea"][f], False) for f in ("vol", "rate", "tot")], key="rv.ea", kind="total")
    )
    rows.append(sec("Interest expense"))
    rows += [
        txt(names[x], [D(rv[x][f], False) for f in ("vol", "rate", "tot")], key=f"rv.{x}", indent=1) for x in M.IBL
    ]
    rows.append(
        txt(
            "Total interest expense",
            [D(rv["ibl"][f], False) for f in ("vol", "rate", "tot")],
            key="rv.ibl",
            kind="total",
        )
    )
    rows.append(
        txt(
            "Change in net interest income",
            [D(rv["nii"][f]) for f in ("vol", "rate", "tot")],
            key="rv.nii",
            kind="grand",
        )
    )
    d.table(
        "Rate / Volume Analysis",
        [22, 22, 22],
        [
            [("2025 Compared with 2024", 3)],
            [("Due to Change in", 2), ("", 1)],
            [("Volume", 1), ("Rate", 1), ("Total", 1)],
        ],
        rows,
        scale=SCALE_T,
        foot=[
            "Volume changes are computed as the change in average balance multiplied by the prior-year yield "
            "or rate; the remaining change, including the change attributable to both volume and rate, is "
            "allocated to rate."
        ],
    )

    # ---- provision and allowance
    d.heading("Provision for Credit Losses and Allowance for Credit Losses", 2, need=70)
    d.para(
        f"The provision for credit losses was {mil(k['prov'][2025])} in 2025 compared with "
        f"{mil(k['prov'][2024])} in 2024, reflecting loan growth, a modest increase in criticized commercial "
        "real estate loans and net charge-offs concentrated in commercial and industrial and indirect automobile "
        "loans. The allowance is estimated under the current expected credit loss (CECL) methodology using a "
        "reasonable and supportable forecast period of eight quarters."
    )
    acl = k["acl"]
    rows = [
        row("Allowance at beginning of year", [acl[2024], acl[2023], acl[2022]], "acl.beg", dollar=True),
        row("Provision for credit losses", y3(k["prov"]), "acl.prov"),
        row("Charge-offs", [-k["co_tot"][y] for y in M.Y], "acl.co"),
        row("Recoveries", y3(k["rec_tot"]), "acl.rec"),
        row("Net charge-offs", [-k["nco"][y] for y in M.Y], "acl.nco", "total"),
        row("Allowance at end of year", [acl[2025], acl[2024], acl[2023]], "acl.end", "grand", dollar=True),
    ]
    d.table("Allowance for Credit Losses \u2013 Loans", W3, [Y3], rows, scale=SCALE_T)

    # ---- noninterest income and expense
    nl = {
        "svc": "Service charges on deposit accounts",
        "wealth": "Wealth management and trust fees",
        "card": "Card and interchange income",
        "mort": "Mortgage banking income",
        "boli": "Bank-owned life insurance income",
        "secg": "Net gains (losses) on sales of securities",
        "other": "Other income",
    }
    rows = []
    for i, x in enumerate(k["nii_items"]):
        v = k["nonii"][x]
        rows.append(
            txt(
                nl[x],
                [
                    D(v[2025], i == 0),
                    D(v[2024], i == 0),
                    D(v[2025] - v[2024], i == 0),
                    chg(v[2025], v[2024]) if v[2024] > 0 else "n/m",
                ],
                key=f"ni.{x}",
            )
        )
    t = k["nonii_tot"]
    rows.append(
        txt(
            "Total noninterest income",
            [D(t[2025]), D(t[2024]), D(t[2025] - t[2024]), chg(t[2025], t[2024])],
            key="ni.tot",
            kind="grand",
        )
    )
    WC = [22, 22, 22, 16]
    HC = [[("", 1), ("", 1), ("Change", 2)], [("2025", 1), ("2024", 1), ("$", 1), ("%", 1)]]
    d.table("Noninterest Income", WC, HC, rows, scale=SCALE_D, center_caption=False)
    d.para(
        "Noninterest income increased primarily because 2024 included the securities loss. Wealth management "
        "fees grew with higher assets under administration, which were $2.9 billion at December 31, 2025. "
        "Mortgage banking income rose on higher origination volume sold servicing-released."
    )
    el = {
        "sal": "Salaries and employee benefits",
        "occ": "Occupancy and equipment",
        "data": "Data processing and technology",
        "fdic": "FDIC insurance",
        "prof": "Professional fees",
        "mkt": "Marketing and advertising",
        "cdi": "Amortization of core deposit intangibles",
        "other": "Other expense",
    }
    rows = []
    for i, x in enumerate(k["nonie_items"]):
        v = k["nonie"][x]
        rows.append(
            txt(
                el[x],
                [D(v[2025], i == 0), D(v[2024], i == 0), D(v[2025] - v[2024], i == 0), chg(v[2025], v[2024])],
                key=f"ne.{x}",
            )
        )
    t = k["nonie_tot"]
    rows.append(
        txt(
            "Total noninterest expense",
            [D(t[2025]), D(t[2024]), D(t[2025] - t[2024]), chg(t[2025], t[2024])],
            key="ne.tot",
            kind="grand",
        )
    )
    d.table("Noninterest Expense", WC, HC, rows, scale=SCALE_D, center_caption=False)
    d.heading("Income Taxes", 2)
    d.para(
        f"Income tax expense was {mil(k['tax'][2025])} in 2025, an effective tax rate of {P1(k['etr'][2025])}, "
        f"compared with {mil(k['tax'][2024])}, or {P1(k['etr'][2024])}, in 2024. The effective rate is below "
        "the 21% federal statutory rate mainly because of tax-exempt municipal income, bank-owned life insurance "
        "income and low-income housing tax credits."
    )

    # ---- balance sheet analysis
    d.heading("Loan Portfolio", 2, need=70)
    ln = k["loans"]
    rows = []
    for i, c in enumerate(M.LOAN_CLASSES):
        rows.append(
            txt(
                M.LOAN_NAMES[c],
                [
                    D(ln[2025][c], i == 0),
                    P1(F(100 * ln[2025][c], a["loans"])),
                    D(ln[2024][c], i == 0),
                    P1(F(100 * ln[2024][c], b["loans"])),
                ],
                key=f"lc.{c}",
            )
        )
    rows.append(txt("Total loans", [D(a["loans"]), "100.0%", D(b["loans"]), "100.0%"], key="lc.tot", kind="grand"))
    WL = [24, 18, 24, 18]
    HL = [
        [("December 31, 2025", 2), ("December 31, 2024", 2)],
        [("Amount", 1), ("% of Total", 1), ("Amount", 1), ("% of Total", 1)],
    ]
    d.table("Loan Portfolio Composition", WL, HL, rows, scale=SCALE_D, center_caption=False)
    d.para(
        f"Total loans increased {mil(a['loans'] - b['loans'])}, or {chg(a['loans'], b['loans'])}, during 2025. "
        "Non-owner-occupied office loans were 6.1% of total loans at year end, and no single property type "
        "other than multifamily exceeded 10% of total loans."
    )
    d.heading("Asset Quality", 2)
    npa = k["npa"]
    rows = [sec("Nonaccrual loans")]
    for i, s in enumerate(M.SEGS):
        rows.append(
            row(
                M.SEG_NAMES[s],
                [k["nonaccrual"][2025][s], k["nonaccrual"][2024][s]],
                f"np.{s}",
                indent=1,
                dollar=(i == 0),
            )
        )
    rows += [
        row("Total nonaccrual loans", [npa[2025]["na"], npa[2024]["na"]], "np.na", "total"),
        row("Loans 90 days or more past due and still accruing", [k["pd90"][2025], k["pd90"][2024]], "np.pd90"),
        row("Total nonperforming loans", [npa[2025]["npl"], npa[2024]["npl"]], "np.npl", "total"),
        row("Other real estate owned", [k["oreo"][2025], k["oreo"][2024]], "np.oreo"),
        row("Total nonperforming assets", [npa[2025]["npa"], npa[2024]["npa"]], "np.npa", "grand", dollar=True),
        txt(
            "Nonperforming loans to total loans",
            [P2(F(100 * npa[y]["npl"], k["bs"][y]["loans"])) for y in (2025, 2024)],
            "np.r1",
        ),
        txt(
            "Nonperforming assets to total assets",
            [P2(F(100 * npa[y]["npa"], k["bs"][y]["ta"])) for y in (2025, 2024)],
            "np.r2",
        ),
        txt(
            "Allowance for credit losses to total loans",
            [P2(F(100 * k["bs"][y]["acl"], k["bs"][y]["loans"])) for y in (2025, 2024)],
            "np.r3",
        ),
    ]
    d.table("Nonperforming Assets", W2, [[("December 31,", 2)], Y2], rows, scale=SCALE_D, center_caption=False)
    d.heading("Deposits", 2, need=60)
    dl = [
        ("dep_nib", "Noninterest-bearing demand"),
        ("dep_chk", "Interest checking"),
        ("dep_sav", "Savings and money market"),
        ("dep_tim", "Time deposits"),
    ]
    rows = [
        txt(
            lab,
            [D(a[x], i == 0), P1(F(100 * a[x], a["dep"])), D(b[x], i == 0), P1(F(100 * b[x], b["dep"]))],
            key=f"dc.{x}",
        )
        for i, (x, lab) in enumerate(dl)
    ]
    rows.append(txt("Total deposits", [D(a["dep"]), "100.0%", D(b["dep"]), "100.0%"], key="dc.tot", kind="grand"))
    d.table("Deposit Composition", WL, HL, rows, scale=SCALE_D, center_caption=False)
    unins = rnd(k["uninsured"] * a["dep"] / 100)
    d.para(
        f"Total deposits grew {mil(a['dep'] - b['dep'])} in 2025, led by interest checking and money market "
        "balances from commercial clients. "
        f"Estimated uninsured deposits were approximately {mil(unins, 0)}, or {P1(k['uninsured'])} of total "
        "deposits, at December 31, 2025, "
        "after excluding collateralized public funds and intercompany accounts. Brokered deposits were not "
        "used during 2025.",
        keys={
            "p.unins": (
                f"Estimated uninsured deposits were approximately {mil(unins, 0)}, or "
                f"{P1(k['uninsured'])} of total deposits",
                {"pct": P1(k["uninsured"])},
            )
        },
    )
    d.heading("Liquidity", 2)
    capstr = f"${float(F(k['fhlb_cap'], 1000)):.2f} billion"
    fhlb_sent = (
        "At December 31, 2025, our remaining borrowing capacity at the Federal Home Loan Bank of Pittsburgh "
        f"was approximately {capstr}"
    )
    d.para(
        "Liquidity is managed by the Asset/Liability Committee. Our primary sources of liquidity are core "
        "deposits, cash flows from loan and securities repayments, unencumbered securities and secured "
        f"borrowing capacity. {fhlb_sent}, and we had ${k['frb_cap']} million of available capacity at the "
        "Federal Reserve discount window. Together with unpledged securities of $0.66 billion, available "
        "liquidity covered approximately 122% of estimated uninsured deposits.",
        keys={"p.fhlb": (fhlb_sent, {"cap": capstr})},
    )
    d.heading("Capital Resources", 2, need=70)
    cap = k["cap"]
    rows = [sec(f"{COMPANY} (consolidated)")]
    mins = {"cet1": ("7.00%", "n/a"), "t1": ("8.50%", "n/a"), "tot": ("10.50%", "n/a"), "lev": ("4.00%", "n/a")}
    minb = {
        "cet1": ("7.00%", "6.50%"),
        "t1": ("8.50%", "8.00%"),
        "tot": ("10.50%", "10.00%"),
        "lev": ("4.00%", "5.00%"),
    }
    lab = {
        "cet1": "Common equity Tier 1 capital ratio",
        "t1": "Tier 1 risk-based capital ratio",
        "tot": "Total risk-based capital ratio",
        "lev": "Tier 1 leverage ratio",
    }
    for x in ("cet1", "t1", "tot", "lev"):
        rows.append(
            txt(lab[x], [P2(cap[2025]["r_" + x]), P2(cap[2024]["r_" + x]), *mins[x]], key=f"cr.c.{x}", indent=1)
        )
    rows.append(sec(BANK))
    for x in ("cet1", "t1", "tot", "lev"):
        rows.append(
            txt(lab[x], [P2(cap[2025]["rb_" + x]), P2(cap[2024]["rb_" + x]), *minb[x]], key=f"cr.b.{x}", indent=1)
        )
    d.table(
        "Regulatory Capital Ratios",
        [19, 19, 22, 22],
        [
            [("December 31,", 2), ("Minimum with", 1), ("Well", 1)],
            [("2025", 1), ("2024", 1), ("Buffer", 1), ("Capitalized", 1)],
        ],
        rows,
        center_caption=False,
    )
    d.para(
        "Both the Company and the Bank exceeded all regulatory capital requirements and the Bank was "
        "categorized as well capitalized at December 31, 2025 and 2024. Dividends and share repurchases "
        f"returned {mil(k['div'][2025] + k['repurch'][2025])} of capital to shareholders in 2025."
    )
    d.mark("i7a")
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, need=60)
    d.para(
        "Interest rate risk is our primary market risk. We estimate the effect of instantaneous, parallel "
        "shifts in market rates on net interest income over the next twelve months using a static balance sheet "
        "and management's deposit pricing assumptions."
    )
    sim = [
        ("+200 basis points", F("2.8"), F("3.4")),
        ("+100 basis points", F("1.5"), F("1.9")),
        ("\u2013100 basis points", F("-1.9"), F("-2.2")),
        ("\u2013200 basis points", F("-4.1"), F("-4.6")),
    ]
    rows = [txt(s, [P1(x), P1(y)], key=f"sim.{i}") for i, (s, x, y) in enumerate(sim)]
    d.table(
        "Estimated Change in Net Interest Income",
        W2,
        [[("December 31,", 2)], Y2],
        rows,
        center_caption=False,
        foot=["Policy limits: a decline of no more than 10% for a 200 basis point shift."],
    )

    # ================================================================== Item 8
    d.new_page()
    d.mark("i8")
    d.heading("Item 8. Financial Statements and Supplementary Data", 1)
    d.heading("Report of Independent Registered Public Accounting Firm", 2)
    d.para(
        f"To the Shareholders and Board of Directors of {COMPANY}: We have audited the accompanying consolidated "
        "balance sheets of the Company as of December 31, 2025 and 2024, the related consolidated statements of "
        "income, comprehensive income, changes in shareholders' equity and cash flows for each of the three "
        "years in the period ended December 31, 2025, and the related notes. In our opinion, the financial "
        "statements present fairly, in all material respects, the financial position of the Company and the "
        "results of its operations and its cash flows in conformity with U.S. generally accepted accounting "
        "principles. Critical audit matter: allowance for credit losses \u2013 qualitative adjustments to the "
        "commercial real estate segment. We have served as the Company's auditor since 2009.",
        size=8,
    )
    d.para("Hollins & Petrakis LLP, Philadelphia, Pennsylvania, February 26, 2026", size=8, style="I", align="L")

    # ---- balance sheet
    d.ln(2)
    d.set_font(d.fam, "B", 9)
    rows = [
        sec("ASSETS"),
        row("Cash and due from banks", bb("cash_due"), "bs.cashdue", dollar=True),
        row("Interest-bearing deposits in other banks", bb("ibd"), "bs.ibd"),
        row("Total cash and cash equivalents", bb("cash"), "bs.cash", "total"),
        row("Securities available for sale, at fair value", bb("afs"), "bs.afs"),
        row("Securities held to maturity, at amortized cost", bb("htm"), "bs.htm"),
        row("Federal Home Loan Bank stock, at cost", bb("fhlb_stock"), "bs.fhlbs"),
        row("Loans", bb("loans"), "bs.loans"),
        row("Less: allowance for credit losses", [-a["acl"], -b["acl"]], "bs.acl", indent=1),
        row("Loans, net", bb("loans_net"), "bs.loansnet", "total"),
        row("Premises and equipment, net", bb("prem"), "bs.prem"),
        row("Bank-owned life insurance", bb("boli"), "bs.boli"),
        row("Goodwill", bb("gw"), "bs.gw"),
        row("Core deposit intangibles, net", bb("cdi"), "bs.cdi"),
        row("Accrued interest receivable and other assets", bb("oth_a"), "bs.otha"),
        row("Total assets", bb("ta"), "bs.ta", "grand", dollar=True),
        sec("LIABILITIES AND SHAREHOLDERS' EQUITY"),
        sec("Deposits"),
        row("Noninterest-bearing", bb("dep_nib"), "bs.nib", indent=1, dollar=True),
        row("Interest-bearing", bb("ib_dep"), "bs.ibdep", indent=1),
        row("Total deposits", bb("dep"), "bs.dep", "total"),
        row("Federal Home Loan Bank advances", bb("fhlb"), "bs.fhlb"),
        row("Subordinated notes", bb("sub"), "bs.sub"),
        row("Accrued interest payable and other liabilities", bb("oth_l"), "bs.othl"),
        row("Total liabilities", bb("tl"), "bs.tl", "total"),
        sec("Shareholders' equity"),
        row("Common stock, $1.00 par value", bb("cs"), "bs.cs", indent=1),
        row("Additional paid-in capital", bb("apic"), "bs.apic", indent=1),
        row("Retained earnings", bb("re"), "bs.re", indent=1),
        row("Accumulated other comprehensive loss", bb("aoci"), "bs.aoci", indent=1),
        row("Treasury stock, at cost", bb("treas"), "bs.treas", indent=1),
        row("Total shareholders' equity", bb("eq"), "bs.eq", "total"),
        row("Total liabilities and shareholders' equity", [a["ta"], b["ta"]], "bs.tle", "grand", dollar=True),
    ]
    d.new_page()
    d.table("CONSOLIDATED BALANCE SHEETS", W2, [[("December 31,", 2)], Y2], rows, scale=SCALE, title2=COMPANY)
    htm_fv = {y: sum(v[0] + v[1] - v[2] for v in k["htm25" if y == 2025 else "htm24"].values()) for y in (2025, 2024)}
    k["htm_fv"] = htm_fv
    rows = [
        row("Securities held to maturity, fair value", [htm_fv[2025], htm_fv[2024]], "bsp.htmfv", dollar=True),
        txt("Common stock, shares authorized", ["100,000,000", "100,000,000"]),
        txt("Common stock, shares issued", [f"{k['sh_issued']:,}", f"{k['sh_issued']:,}"], "bsp.issued"),
        txt("Treasury stock, shares", [f"{k['treas_sh'][2025]:,}", f"{k['treas_sh'][2024]:,}"], "bsp.treas"),
    ]
    d.table("Parenthetical information", W2, [Y2], rows, scale=SCALE, center_caption=False)

    # ---- income statement
    d.new_page()
    nl2 = dict(nl, secg="Net gains (losses) on sales of securities available for sale")
    rows = [
        sec("Interest income"),
        row("Loans, including fees", y3(k["ii"]["loans"]), "is.iiloans", indent=1, dollar=True),
        row("Taxable securities", y3(k["ii"]["tsec"]), "is.iitsec", indent=1),
        row("Tax-exempt securities", y3(k["ii"]["xsec"]), "is.iixsec", indent=1),
        row("Interest-bearing deposits and other", y3(k["ii"]["ibd"]), "is.iiibd", indent=1),
        row("Total interest income", y3(k["ii_tot"]), "is.ii", "total"),
        sec("Interest expense"),
        row("Deposits", y3(k["ie_dep"]), "is.iedep", indent=1),
        row("Federal Home Loan Bank advances and other borrowings", y3(k["ie"]["fhlb"]), "is.iefhlb", indent=1),
        row("Subordinated notes", y3(k["ie"]["sub"]), "is.iesub", indent=1),
        row("Total interest expense", y3(k["ie_tot"]), "is.ie", "total"),
        row("Net interest income", y3(k["nii"]), "is.nii", "total"),
        row("Provision for credit losses", y3(k["prov"]), "is.prov"),
        row("Net interest income after provision for credit losses", y3(k["nii_after"]), "is.niiafter", "total"),
        sec("Noninterest income"),
    ]
    rows += [row(nl2[x], y3(k["nonii"][x]), f"is.{x}", indent=1) for x in k["nii_items"]]
    rows += [row("Total noninterest income", y3(k["nonii_tot"]), "is.noniitot", "total"), sec("Noninterest expense")]
    rows += [row(el[x], y3(k["nonie"][x]), f"is.e{x}", indent=1) for x in k["nonie_items"]]
    rows += [
        row("Total noninterest expense", y3(k["nonie_tot"]), "is.nonietot", "total"),
        row("Income before income taxes", y3(k["pti"]), "is.pti", "total"),
        row("Income tax expense", y3(k["tax"]), "is.tax"),
        row("Net income", y3(k["ni"]), "is.ni", "grand", dollar=True),
        sec("Earnings per common share"),
        txt("Basic", [PS(k["eps_b"][y]) for y in M.Y], "is.epsb", indent=1),
        txt("Diluted", [PS(k["eps_d"][y]) for y in M.Y], "is.epsd", indent=1),
        sec("Weighted average common shares outstanding"),
        txt("Basic", [f"{k['sh_basic'][y]:,}" for y in M.Y], "is.shb", indent=1),
        txt("Diluted", [f"{k['sh_dil'][y]:,}" for y in M.Y], "is.shd", indent=1),
    ]
    d.table(
        "CONSOLIDATED STATEMENTS OF INCOME",
        W3,
        [[("Years Ended December 31,", 3)], Y3],
        rows,
        scale=SCALE,
        title2=COMPANY,
    )

    # ---- comprehensive income, equity and cash flows (cash flows run onto the next page)
    d.new_page()
    o = k["oci"]
    rows = [
        row("Net income", y3(k["ni"]), "ci.ni", dollar=True),
        sec("Other comprehensive income (loss):"),
        row(
            "Unrealized holding gains (losses) on securities available for sale",
            [o[y]["hold"] for y in M.Y],
            "ci.hold",
            indent=1,
        ),
        row(
            "Reclassification of net losses (gains) realized in net income",
            [o[y]["reclass"] for y in M.Y],
            "ci.reclass",
            indent=1,
        ),
        row("Income tax effect", [o[y]["tax"] for y in M.Y], "ci.tax", indent=1),
        row("Other comprehensive income (loss), net of tax", [o[y]["net"] for y in M.Y], "ci.net", "total"),
        row("Comprehensive income", [o[y]["ci"] for y in M.Y], "ci.ci", "grand", dollar=True),
    ]
    d.table(
        "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME",
        W3,
        [[("Years Ended December 31,", 3)], Y3],
        rows,
        scale=SCALE_T,
        title2=COMPANY,
    )
    # ---- equity statement (same page as comprehensive income)
    d.ln(2)
    eq = k["eq"]

    def erow(label, vals, key=None, kind="plain", dollar=False, indent=0):
        return row(label, vals, key, kind, indent, dollar=dollar)

    rows = []
    for y in (2023, 2024, 2025):
        e0 = eq[y - 1]
        rows.append(
            erow(
                f"Balance, December 31, {y - 1}",
                [e0[x] for x in ("cs", "apic", "re", "aoci", "treas", "tot")],
                f"eq.open{y}",
                "bold" if y > 2023 else "plain",
                dollar=(y == 2023),
            )
        )
        rows.append(erow("Net income", [0, 0, k["ni"][y], 0, 0, k["ni"][y]], f"eq.ni{y}", indent=1))
        rows.append(
            erow("Other comprehensive income (loss)", [0, 0, 0, o[y]["net"], 0, o[y]["net"]], f"eq.oci{y}", indent=1)
        )
        rows.append(
            erow(
                f"Cash dividends declared ({PS(k['dps'][y])} per share)",
                [0, 0, -k["div"][y], 0, 0, -k["div"][y]],
                f"eq.div{y}",
                indent=1,
            )
        )
        rows.append(erow("Share-based compensation", [0, k["sbc"][y], 0, 0, 0, k["sbc"][y]], f"eq.sbc{y}", indent=1))
        rows.append(
            erow(
                f"Repurchase of {k['repurch_sh'][y]:,} common shares",
                [0, 0, 0, 0, -k["repurch"][y], -k["repurch"][y]],
                f"eq.rep{y}",
                indent=1,
            )
        )
        rows.append(
            erow(
                f"Restricted stock units vested ({k['rsu_sh'][y]:,} shares)",
                [0, -k["rsu_cost"][y], 0, 0, k["rsu_cost"][y], 0],
                f"eq.rsu{y}",
                indent=1,
            )
        )
    rows.append(
        erow(
            "Balance, December 31, 2025",
            [eq[2025][x] for x in ("cs", "apic", "re", "aoci", "treas", "tot")],
            "eq.close",
            "grand",
            dollar=True,
        )
    )
    d.table(
        "CONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY",
        [17, 19, 19, 20, 18, 19],
        [
            [("", 1), ("Additional", 1), ("", 1), ("Accumulated", 1), ("", 1), ("", 1)],
            [("Common", 1), ("Paid-in", 1), ("Retained", 1), ("Other Comp.", 1), ("Treasury", 1), ("", 1)],
            [("Stock", 1), ("Capital", 1), ("Earnings", 1), ("Loss", 1), ("Stock", 1), ("Total", 1)],
        ],
        rows,
        scale=SCALE,
        title2=COMPANY,
        ts=6.6,
    )

    cf = k["cf"]

    def c3(x):
        return [cf[y][x] for y in M.Y]

    rows = [
        sec("Cash flows from operating activities"),
        row("Net income", c3("ni"), "cf.ni", indent=1, dollar=True),
        sec("Adjustments to reconcile net income to net cash provided by operating activities:", indent=1),
        row("Provision for credit losses", c3("prov"), "cf.prov", indent=2),
        row("Depreciation of premises and equipment", c3("dep"), "cf.dep", indent=2),
        row("Amortization of core deposit intangibles", c3("cdi"), "cf.cdi", indent=2),
        row("Net amortization of securities premiums", c3("amort"), "cf.amort", indent=2),
        row("Share-based compensation", c3("sbc"), "cf.sbc", indent=2),
        row("Net losses (gains) on sales of securities", c3("secg"), "cf.secg", indent=2),
        row("Increase in cash surrender value of bank-owned life insurance", c3("boli"), "cf.boli", indent=2),
        row("Deferred income tax expense (benefit)", c3("def_tax"), "cf.deftax", indent=2),
        row("Net change in accrued interest receivable and other assets", c3("op_oa"), "cf.opoa", indent=2),
        row("Net change in accrued interest payable and other liabilities", c3("op_ol"), "cf.opol", indent=2),
        row("Net cash provided by operating activities", c3("op"), "cf.op", "total"),
        sec("Cash flows from investing activities"),
        row("Purchases of securities available for sale", c3("afs_purch"), "cf.purch", indent=1),
        row("Proceeds from sales of securities available for sale", c3("afs_sale"), "cf.sale", indent=1),
        row(
            "Proceeds from maturities, calls and paydowns of securities available for sale",
            c3("afs_mat"),
            "cf.mat",
            indent=1,
        ),
        row(
            "Proceeds from maturities and paydowns of securities held to maturity", c3("htm_mat"), "cf.htmmat", indent=1
        ),
        row("Net (purchases) redemptions of Federal Home Loan Bank stock", c3("fhlb_stock"), "cf.fhlbs", indent=1),
        row("Net increase in loans", c3("loans"), "cf.loans", indent=1),
        row("Purchases of premises and equipment", c3("capex"), "cf.capex", indent=1),
        row("Net cash used in investing activities", c3("inv"), "cf.inv", "total"),
        sec("Cash flows from financing activities"),
        row("Net increase in deposits", c3("fin_dep"), "cf.dep2", indent=1),
        row("Net increase (decrease) in short-term FHLB advances", c3("fin_fhlb_st"), "cf.fhlbst", indent=1),
        row("Proceeds from long-term FHLB advances", c3("fin_fhlb_lt_in"), "cf.fhlbin", indent=1),
        row("Repayments of long-term FHLB advances", c3("fin_fhlb_lt_out"), "cf.fhlbout", indent=1),
        row("Repurchases of common stock", c3("repurch"), "cf.repurch", indent=1),
        row("Cash dividends paid", c3("div"), "cf.div", indent=1),
        row("Net cash provided by financing activities", c3("fin"), "cf.fin", "total"),
        row("Net increase (decrease) in cash and cash equivalents", c3("net"), "cf.net", "total"),
        row("Cash and cash equivalents at beginning of year", [k["cash"][y - 1] for y in M.Y], "cf.beg"),
        row("Cash and cash equivalents at end of year", [k["cash"][y] for y in M.Y], "cf.end", "grand", dollar=True),
        sec("Supplemental disclosures"),
        row(
            "Interest paid",
            [k["ie_tot"][y] - dd for y, dd in zip(M.Y, (1406, -2218, 3104), strict=True)],
            "cf.intpaid",
            indent=1,
            dollar=True,
        ),
        row(
            "Income taxes paid",
            [k["tax"][y] - k["def_tax"][y] - dd for y, dd in zip(M.Y, (1812, -906, 1214), strict=True)],
            "cf.taxpaid",
            indent=1,
        ),
        row("Transfers of loans to other real estate owned", [1406, 2918, 1677], "cf.oreo", indent=1),
    ]
    d.ln(1)
    cf_pages = d.table(
        "CONSOLIDATED STATEMENTS OF CASH FLOWS",
        W3,
        [[("Years Ended December 31,", 3)], Y3],
        rows,
        scale=SCALE_T,
        title2=COMPANY,
        keep=False,
    )
    assert len(cf_pages) == 2, ("cash flow statement should continue onto a second page", cf_pages)
    k["_cf_pages"] = cf_pages

    # ================================================================== notes
    d.new_page()
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 0)
    d.heading("Note 1 \u2013 Summary of Significant Accounting Policies", 2)
    d.para(
        "Basis of presentation. The consolidated financial statements include the accounts of the Company and "
        "its wholly owned subsidiaries, the Bank and TVB Wealth Advisors, LLC. All intercompany balances have "
        "been eliminated. The Company has one reportable segment, community banking; the chief operating "
        "decision maker, the Chief Executive Officer, evaluates performance using consolidated net income. "
        "Cash equivalents include interest-bearing deposits in other banks with original maturities of three "
        "months or less. Loans are stated at amortized cost; interest is accrued on the unpaid principal "
        "balance and the accrual of interest is discontinued when a loan becomes 90 days past due unless it is "
        "well secured and in process of collection. The allowance for credit losses is measured on a pooled "
        "basis by segment using discounted cash flow and loss-rate models, with individually evaluated "
        "collateral-dependent loans measured at the fair value of collateral less costs to sell.",
        size=8,
    )
    d.heading("Note 2 \u2013 Securities", 2)

    def sec_rows(data, types, names, pref):
        out = []
        tot = [0, 0, 0, 0]
        for i, t_ in enumerate(types):
            ac, g, l_ = data[t_]
            fv = ac + g - l_
            out.append(
                txt(
                    names[t_],
                    [D(ac, i == 0), D(g, i == 0), D(-l_, i == 0), D(fv, i == 0)],
                    key=f"{pref}.{t_}",
                    indent=1,
                )
            )
            tot = [tot[0] + ac, tot[1] + g, tot[2] - l_, tot[3] + fv]
        out.append(txt("Total", [D(v) for v in tot], key=f"{pref}.tot", kind="grand"))
        return out

    HS = [
        [("Amortized", 1), ("Gross Unrealized", 2), ("Fair", 1)],
        [("Cost", 1), ("Gains", 1), ("Losses", 1), ("Value", 1)],
    ]
    WS = [22, 19, 19, 22]
    rows = [sec("December 31, 2025")] + sec_rows(k["afs25"], M.AFS_TYPES, M.AFS_NAMES, "afs25")
    rows += [sec("December 31, 2024")] + sec_rows(k["afs24"], M.AFS_TYPES, M.AFS_NAMES, "afs24")
    d.table("Securities Available for Sale", WS, HS, rows, scale=SCALE_T, center_caption=False, ts=6.95)
    hn = {"muni": "Obligations of states and political subdivisions", "mbs": "Agency mortgage-backed securities"}
    rows = [sec("December 31, 2025")] + sec_rows(k["htm25"], M.HTM_TYPES, hn, "htm25")
    rows += [sec("December 31, 2024")] + sec_rows(k["htm24"], M.HTM_TYPES, hn, "htm24")
    d.table("Securities Held to Maturity", WS, HS, rows, scale=SCALE_T, center_caption=False, ts=6.95)
    d.para(
        f"In 2024 we sold available-for-sale securities with proceeds of {mil(k['afs_sale'][2024])} and "
        f"realized gross losses of {mil(-k['nonii']['secg'][2024])}; there were no sales in 2025. Securities "
        "with a carrying value of $0.71 billion were pledged to secure public deposits and borrowings at "
        "December 31, 2025. Unrealized losses relate to changes in interest rates; the Company does not intend "
        "to sell these securities and no allowance for credit losses on securities was required.",
        size=8,
    )

    d.heading("Note 3 \u2013 Loans and Allowance for Credit Losses", 2, need=80)
    rows = [
        row(M.LOAN_NAMES[c], [ln[2025][c], ln[2024][c]], f"lo.{c}", dollar=(i == 0))
        for i, c in enumerate(M.LOAN_CLASSES)
    ]
    rows += [
        row("Total loans", bb("loans"), "lo.tot", "total"),
        row("Less: allowance for credit losses", [-a["acl"], -b["acl"]], "lo.acl"),
        row("Loans, net", bb("loans_net"), "lo.net", "grand", dollar=True),
    ]
    d.table("Loans by Class", W2, [[("December 31,", 2)], Y2], rows, scale=SCALE_T, center_caption=False)
    segs = list(M.SEGS)

    def srow(label, f, key, kind="plain", dollar=False, indent=0):
        vals = [f(s) for s in segs]
        return row(label, vals + [sum(vals)], key, kind, indent, dollar=dollar)

    rows = [
        srow("Balance, December 31, 2024", lambda s: k["acl_seg24"][s], "as.beg", dollar=True),
        srow("Charge-offs", lambda s: -k["co_seg25"][s], "as.co", indent=1),
        srow("Recoveries", lambda s: k["rec_seg25"][s], "as.rec", indent=1),
        srow("Provision for credit losses", lambda s: k["prov_seg25"][s], "as.prov", indent=1),
        srow("Balance, December 31, 2025", lambda s: k["acl_seg25"][s], "as.end", "grand", dollar=True),
        srow("Loans, December 31, 2025", lambda s: k["loan_seg"][2025][s], "as.loans"),
        txt(
            "Allowance to loans",
            [P2(F(100 * k["acl_seg25"][s], k["loan_seg"][2025][s])) for s in segs]
            + [P2(F(100 * a["acl"], a["loans"]))],
            "as.ratio",
        ),
    ]
    d.table(
        "Allowance for Credit Losses by Portfolio Segment \u2013 2025",
        [19, 19, 19, 19, 20],
        [
            [("Commercial", 1), ("Commercial", 1), ("Residential", 1), ("", 1), ("", 1)],
            [("Real Estate", 1), ("& Industrial", 1), ("Mortgage", 1), ("Consumer", 1), ("Total", 1)],
        ],
        rows,
        scale=SCALE_T,
        center_caption=False,
        ts=6.9,
    )

    d.heading("Note 4 \u2013 Premises and Equipment", 2)
    pr = k["prem"]
    pn = {
        "land": "Land",
        "bldg": "Buildings and improvements",
        "lease": "Leasehold improvements",
        "furn": "Furniture, equipment and software",
    }
    rows = [row(pn[x], [pr[2025][x], pr[2024][x]], f"pr.{x}", dollar=(x == "land")) for x in pn]
    rows += [
        row("Total premises and equipment, at cost", [pr[2025]["gross"], pr[2024]["gross"]], "pr.gross", "total"),
        row("Less: accumulated depreciation", [-pr[2025]["accum"], -pr[2024]["accum"]], "pr.accum"),
        row("Premises and equipment, net", bb("prem"), "pr.net", "grand", dollar=True),
    ]
    d.table("Premises and Equipment", W2, [[("December 31,", 2)], Y2], rows, scale=SCALE_T, center_caption=False)
    d.para(
        f"Depreciation expense was {mil(k['dep_exp'][2025])}, {mil(k['dep_exp'][2024])} and "
        f"{mil(k['dep_exp'][2023])} for 2025, 2024 and 2023.",
        size=8,
    )

    d.heading("Note 5 \u2013 Deposits", 2)
    tm = {2026: 1004418, 2027: 248306, 2028: 92114, 2029: 46210}
    tm[2030] = a["dep_tim"] - sum(tm.values())
    k["tim_mat"] = tm
    rows = [row(str(y), [tm[y]], f"tm.{y}", dollar=(y == 2026)) for y in tm]
    rows.append(row("Total time deposits", [sum(tm.values())], "tm.tot", "grand", dollar=True))
    d.table(
        "Scheduled Maturities of Time Deposits at December 31, 2025",
        [28],
        [[("Amount", 1)]],
        rows,
        scale=SCALE_T,
        center_caption=False,
    )
    d.para(
        "Time deposits of $250,000 or more totaled $318.6 million and $286.2 million at December 31, 2025 and 2024.",
        size=8,
    )

    d.heading("Note 6 \u2013 Borrowings", 2, need=70)
    rows = [
        row("Short-term FHLB advances", bb("fhlb_st"), "bo.st", dollar=True),
        row("Long-term FHLB advances", bb("fhlb_lt"), "bo.lt"),
        row("Total FHLB advances", bb("fhlb"), "bo.fhlb", "total"),
        row("5.75% fixed-to-floating subordinated notes due 2032", bb("sub"), "bo.sub"),
        row("Total borrowings", [a["fhlb"] + a["sub"], b["fhlb"] + b["sub"]], "bo.tot", "grand", dollar=True),
    ]
    d.table("Borrowings", W2, [[("December 31,", 2)], Y2], rows, scale=SCALE_T, center_caption=False)
    d.para(
        "Short-term advances are overnight and 30-day advances; long-term advances carry fixed rates with a "
        "weighted average of 4.21% at December 31, 2025. The subordinated notes bear interest at 5.75% until "
        "June 15, 2027 and thereafter at three-month term SOFR plus 2.89%, and qualify as Tier 2 capital. "
        "Contractual maturities of borrowings at December 31, 2025 were:",
        size=8,
    )
    rows = [row(str(y), [k["bor_mat"][y]], f"bm.{y}", dollar=(y == 2026)) for y in (2026, 2027, 2028, 2029, 2030)]
    rows += [
        row("Thereafter", [k["bor_mat"]["after"]], "bm.after"),
        row("Total", [k["bor_tot"]], "bm.tot", "grand", dollar=True),
    ]
    d.table("", [28], [[("Amount", 1)]], rows, scale=SCALE_T, center_caption=False)

    d.heading("Note 7 \u2013 Income Taxes", 2, need=90)
    ts_ = k["tax_split"]
    rows = [
        row("Current federal", y3(ts_["cur_fed"]), "tx.fed", dollar=True),
        row("Current state", y3(ts_["cur_state"]), "tx.state"),
        row("Deferred", y3(k["def_tax"]), "tx.def"),
        row("Total income tax expense", y3(k["tax"]), "tx.tot", "grand", dollar=True),
    ]
    d.table("Components of Income Tax Expense", W3, [Y3], rows, scale=SCALE_T, center_caption=False)
    rr = k["rr"]
    rows = [
        row("Income tax at federal statutory rate of 21%", y3(rr["stat"]), "rr.stat", dollar=True),
        row("State income taxes, net of federal benefit", y3(rr["state"]), "rr.state"),
        row("Tax-exempt interest income", y3(rr["exempt"]), "rr.exempt"),
        row("Bank-owned life insurance income", y3(rr["boli"]), "rr.boli"),
        row("Low-income housing tax credits", y3(rr["credit"]), "rr.credit"),
        row("Other, net", y3(rr["other"]), "rr.other"),
        row("Income tax expense", y3(k["tax"]), "rr.tot", "grand", dollar=True),
        txt("Effective tax rate", [P1(k["etr"][y]) for y in M.Y], "rr.etr"),
    ]
    d.table("Reconciliation of Statutory to Effective Income Tax", W3, [Y3], rows, scale=SCALE_D, center_caption=False)

    d.heading("Note 8 \u2013 Earnings Per Share", 2, need=70)
    rows = [
        row("Net income", y3(k["ni"]), "ep.ni", dollar=True),
        txt("Weighted average common shares \u2013 basic", [f"{k['sh_basic'][y]:,}" for y in M.Y], "ep.shb"),
        txt("Dilutive effect of restricted stock units", [f"{k['sh_dil_eff'][y]:,}" for y in M.Y], "ep.dil"),
        txt(
            "Weighted average common shares \u2013 diluted",
            [f"{k['sh_dil'][y]:,}" for y in M.Y],
            "ep.shd",
            kind="total",
        ),
        txt("Basic earnings per share", [PS(k["eps_b"][y]) for y in M.Y], "ep.epsb"),
        txt("Diluted earnings per share", [PS(k["eps_d"][y]) for y in M.Y], "ep.epsd"),
        txt("Common shares outstanding at year end", [f"{k['sh_out'][y]:,}" for y in M.Y], "ep.out"),
    ]
    d.table("Computation of Earnings Per Share", W3, [Y3], rows, scale=SCALE, center_caption=False)

    d.heading("Note 9 \u2013 Regulatory Capital", 2, need=80)
    c25 = cap[2025]
    rows = []
    for who, pre, rwa_k, mins_ in (
        ("Company", "", "rwa", {"cet1": 7, "t1": F(85, 10), "tot": F(105, 10), "lev": 4}),
        ("Bank", "b_", "b_rwa", {"cet1": 7, "t1": F(85, 10), "tot": F(105, 10), "lev": 4}),
    ):
        rows.append(sec(f"{COMPANY if who == 'Company' else BANK}"))
        for x in ("cet1", "t1", "tot", "lev"):
            amt = c25[pre + x]
            base = c25[pre + "lev"] if x == "lev" else c25[rwa_k]
            ratio = c25[("r_" if who == "Company" else "rb_") + x]
            mreq = rnd(F(mins_[x]) * base / 100)
            rows.append(
                txt(
                    lab[x].replace(" ratio", ""),
                    [D(amt, False), P2(ratio), D(mreq, False)],
                    key=f"rc.{who}.{x}",
                    indent=1,
                )
            )
        rows.append(txt("Risk-weighted assets", [D(c25[rwa_k], False), "", ""], key=f"rc.{who}.rwa", indent=1))
    d.table(
        "Regulatory Capital at December 31, 2025",
        [24, 16, 26],
        [[("Actual", 2), ("Minimum with", 1)], [("Amount", 1), ("Ratio", 1), ("Buffer Amount", 1)]],
        rows,
        scale=SCALE_D,
        center_caption=False,
        ts=6.95,
    )

    d.heading("Note 10 \u2013 Fair Value Measurements", 2, need=70)
    lv = k["fv_lv"]
    rows = [
        txt(
            M.AFS_NAMES[t_],
            [D(lv[t_][1], i == 0), D(lv[t_][2], i == 0), D(lv[t_][3], i == 0), D(k["afs_fv25"][t_], i == 0)],
            key=f"fv.{t_}",
        )
        for i, t_ in enumerate(M.AFS_TYPES)
    ]
    tl = [sum(lv[t_][n] for t_ in M.AFS_TYPES) for n in (1, 2, 3)]
    rows.append(
        txt("Total securities available for sale", [D(v) for v in tl] + [D(a["afs"])], key="fv.tot", kind="grand")
    )
    d.table(
        "Assets Measured at Fair Value on a Recurring Basis \u2013 December 31, 2025",
        [19, 21, 19, 21],
        [[("Level 1", 1), ("Level 2", 1), ("Level 3", 1), ("Total", 1)]],
        rows,
        scale=SCALE_T,
        center_caption=False,
        ts=6.95,
    )
    d.para(
        "Level 3 securities are subordinated notes of other financial institutions valued using discounted cash "
        "flows with unobservable credit spreads. Collateral-dependent individually evaluated loans of $21.8 "
        "million were measured at fair value on a nonrecurring basis using Level 3 appraisal inputs.",
        size=8,
    )
    d.heading("Note 11 \u2013 Commitments and Contingencies", 2)
    d.para(
        "Commitments to extend credit and standby letters of credit totaled $1.38 billion and $41.2 million at "
        "December 31, 2025. The allowance for unfunded commitments is included in other liabilities.",
        size=8,
    )

    # ================================================================== remaining items
    d.mark("i9")
    d.heading(
        "Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1, need=40
    )
    d.para("None.")
    d.mark("i9a")
    d.heading("Item 9A. Controls and Procedures", 1)
    d.para(
        "Management, with the participation of the Chief Executive Officer and Chief Financial Officer, "
        "concluded that disclosure controls and procedures were effective as of December 31, 2025, and that "
        "internal control over financial reporting was effective based on the COSO 2013 framework.",
        size=8,
    )
    d.mark("i9b")
    d.heading("Item 9B. Other Information", 1)
    d.para(
        "During the fourth quarter of 2025, no director or officer adopted or terminated a Rule 10b5-1 trading "
        "arrangement.",
        size=8,
    )
    d.mark("i10")
    d.heading("PART III \u2013 Items 10 through 14", 1)
    d.para(
        "The information required by Items 10 through 14 is incorporated by reference to the Company's proxy "
        "statement for its 2026 Annual Meeting of Shareholders.",
        size=8,
    )
    d.mark("i15")
    d.heading("PART IV \u2013 Item 15. Exhibits and Financial Statement Schedules", 1)
    d.para(
        "Exhibits: 3.1 Articles of Incorporation; 3.2 Bylaws; 4.1 Description of Securities; 4.2 Indenture for "
        "the 5.75% Subordinated Notes due 2032; 10.1 2021 Equity Incentive Plan; 21 Subsidiaries; 23 Consent of "
        "Hollins & Petrakis LLP; 31.1 and 31.2 Rule 13a-14(a) Certifications; 32 Section 1350 Certifications; "
        "101 Inline XBRL documents. Financial statement schedules are omitted because the information is "
        "included in the financial statements or notes.",
        size=8,
    )
    d.mark("sig")
    d.heading("SIGNATURES", 1)
    d.para(
        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
        "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
        "authorized. Tamsworth Valley Bancorp, Inc. \u2014 /s/ Margaret A. Kessler, President and Chief Executive "
        "Officer; /s/ David R. Oyelaran, Executive Vice President and Chief Financial Officer. Date: February 26, "
        "2026.",
        size=8,
    )
    return d, dict(d.marks)
