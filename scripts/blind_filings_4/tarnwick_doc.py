"""Typesets the invented Tarnwick Bancorp, Inc. 2025 Form 10-K.

Every number printed here comes from tarnwick_model.M (no figure is typed in
the text).  Narrative is original, written for this evaluation set.
"""

from __future__ import annotations

from fractions import Fraction

import tarnwick_model as T
from common import cents, commas, f_dec, f_int, f_pct, pct, rnd, txt_pct
from layout import Col, Doc, Row, Style, TableSpec

M = T.M
IS, BS, CF, EQ = M["IS"], M["BS"], M["CF"], M["eq"]
DOC_NAME = "TARNWICK_2025_10K"
CO = "Tarnwick Bancorp, Inc."
BANK = "Tarnwick Savings & Trust Bank"
P1 = f_pct(1)
P2 = f_pct(2)
SH = f_int  # share counts print like whole numbers


def mm(v: int, nd: int = 1) -> str:
    """$ thousands -> millions text, absolute value."""
    return commas(rnd(Fraction(abs(v), 1000), nd), nd)


def bn(v: int, nd: int = 2) -> str:
    """$ thousands -> billions text (two decimals by default)."""
    return commas(rnd(Fraction(abs(v), 1000000), nd), nd)


def pc(x, nd: int = 1) -> str:
    return txt_pct(abs(x), nd)


def bps(x) -> str:
    return str(abs(int(rnd(x * 100, 0))))


def chg(a: int, b: int) -> Fraction:
    return pct(a - b, b)


def up(x) -> str:
    return "increased" if x >= 0 else "decreased"


def _style() -> Style:
    return Style(
        body_font="Times",
        body_size=10.5,
        leading=13.6,
        para_gap=6.0,
        margin_l=70.0,
        margin_r=70.0,
        head_font="Times",
        table_font="Times",
        table_size=8.6,
        row_h=10.9,
        running_left="TARNWICK BANCORP, INC.",
        running_right="2025 ANNUAL REPORT ON FORM 10-K",
        running_from=2,
        number_offset=1,
    )


# --------------------------------------------------------------------- cover
def _checkbox(d: Doc, x: float, y: float, checked: bool) -> None:
    d.set_line_width(0.5)
    d.rect(x, y, 7, 7)
    if checked:
        d.line(x + 1, y + 1, x + 6, y + 6)
        d.line(x + 1, y + 6, x + 6, y + 1)


def cover(d: Doc) -> None:
    d.add_page()
    c = d.tw
    d.set_font("Times", "B", 11)
    d.cell(c, 14, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(c, 14, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 10)
    d.cell(c, 13, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    d.rule(1.2, 10)
    d.set_font("Times", "B", 18)
    d.cell(c, 24, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    d.rule(1.2, 10)
    y = d.get_y()
    _checkbox(d, d.l_margin, y + 2, True)
    d.set_x(d.l_margin + 14)
    d.set_font("Times", "B", 9.5)
    d.multi_cell(
        c - 14,
        11.5,
        "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("Times", "", 9.5)
    d.cell(c, 13, "For the fiscal year ended December 31, 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(c, 13, "OR", align="C", new_x="LMARGIN", new_y="NEXT")
    y = d.get_y()
    _checkbox(d, d.l_margin, y + 2, False)
    d.set_x(d.l_margin + 14)
    d.set_font("Times", "B", 9.5)
    d.multi_cell(
        c - 14,
        11.5,
        "TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("Times", "", 9.5)
    d.cell(c, 13, "For the transition period from ________ to ________", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(c, 13, "Commission File Number 001-38417", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(8)
    d.set_font("Times", "B", 17)
    d.cell(c, 22, "TARNWICK BANCORP, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 8.5)
    d.cell(c, 11, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(6)
    d.set_font("Times", "", 9.5)
    half = c / 2
    d.cell(half, 12, "Ohio", align="C")
    d.cell(half, 12, "34-2718406", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 8)
    d.cell(half, 10, "(State or other jurisdiction of incorporation)", align="C")
    d.cell(half, 10, "(I.R.S. Employer Identification No.)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(5)
    d.set_font("Times", "", 9.5)
    d.cell(half, 12, "410 Fennimore Square, Castell Ridge, Ohio", align="C")
    d.cell(half, 12, "44917", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 8)
    d.cell(half, 10, "(Address of principal executive offices)", align="C")
    d.cell(half, 10, "(Zip Code)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9.5)
    d.cell(c, 14, "(330) 555-0182", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 8)
    d.cell(c, 10, "(Registrant's telephone number, including area code)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(6)
    d.set_font("Times", "", 9)
    d.cell(
        c, 12, "Securities registered pursuant to Section 12(b) of the Act:", align="L", new_x="LMARGIN", new_y="NEXT"
    )
    w3 = c / 3
    d.set_font("Times", "B", 8.5)
    for t in ("Title of each class", "Trading symbol", "Name of each exchange on which registered"):
        d.cell(w3, 11, t, align="C")
    d.ln(11)
    d.set_font("Times", "", 8.5)
    for t in ("Common Stock, $1.00 par value", "TRWK", "The Nasdaq Stock Market LLC"):
        d.cell(w3, 11, t, align="C")
    d.ln(14)
    d.set_font("Times", "", 8.6)
    checks = [
        (
            "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
            "Securities Act.",
            "Yes",
            False,
            "No",
            True,
        ),
        (
            "Indicate by check mark if the registrant is not required to file reports pursuant to Section 13 or "
            "Section "
            "15(d) of the Act.",
            "Yes",
            False,
            "No",
            True,
        ),
        (
            "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
            "13 "
            "or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject "
            "to "
            "such filing requirements for the past 90 days.",
            "Yes",
            True,
            "No",
            False,
        ),
        (
            "Indicate by check mark whether the registrant is a shell company (as defined in Rule 12b-2 of the Act).",
            "Yes",
            False,
            "No",
            True,
        ),
    ]
    for text, a, av, b, bv in checks:
        y = d.get_y()
        d.multi_cell(c - 80, 10.5, text, new_x="LMARGIN", new_y="NEXT")
        y2 = d.get_y()
        x = d.l_margin + c - 74
        d.set_xy(x, y2 - 10.5)
        d.cell(18, 10.5, a)
        _checkbox(d, x + 18, y2 - 9, av)
        d.set_xy(x + 34, y2 - 10.5)
        d.cell(14, 10.5, b)
        _checkbox(d, x + 48, y2 - 9, bv)
        d.set_y(y2 + 3)
        del y
    d.space(2)
    d.multi_cell(
        c,
        10.5,
        "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated "
        "filer, a non-accelerated filer, a smaller reporting company, or an emerging growth company.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = d.get_y() + 2
    for i, (lab, on) in enumerate(
        (
            ("Large accelerated filer", True),
            ("Accelerated filer", False),
            ("Non-accelerated filer", False),
            ("Smaller reporting company", False),
        )
    ):
        x = d.l_margin + i * (c / 4)
        d.set_xy(x, y)
        d.cell(c / 4 - 14, 10, lab)
        _checkbox(d, x + c / 4 - 16, y + 1.5, on)
    d.set_y(y + 16)
    agg = mm(T.AGG_MARKET_VALUE_JUNE30)
    d.multi_cell(
        c,
        10.5,
        "The aggregate market value of the registrant's common stock held by non-affiliates, computed by reference "
        f"to the closing price on the Nasdaq Global Select Market on June 30, 2025, was approximately ${agg} million.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.space(3)
    d.multi_cell(
        c,
        10.5,
        f"As of February 13, 2026, there were {T.SHARES_OUT_FEB:,} shares of the registrant's common stock, "
        "$1.00 par value, outstanding.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.space(4)
    d.set_font("Times", "B", 9)
    d.cell(c, 12, "DOCUMENTS INCORPORATED BY REFERENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 8.6)
    d.multi_cell(
        c,
        10.5,
        "Portions of the registrant's definitive proxy statement for its 2026 Annual Meeting of Shareholders, to be "
        "filed within 120 days after December 31, 2025, are incorporated by reference into Part III of this report.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


# ----------------------------------------------------------------- sections
TOC_ITEMS = [
    (0, "PART I", None),
    (1, "Item 1.   Business", "Item 1."),
    (1, "Item 1A. Risk Factors", "Item 1A."),
    (1, "Item 1B. Unresolved Staff Comments", "Item 1B."),
    (1, "Item 1C. Cybersecurity", "Item 1C."),
    (1, "Item 2.   Properties", "Item 2."),
    (1, "Item 3.   Legal Proceedings", "Item 3."),
    (1, "Item 4.   Mine Safety Disclosures", "Item 4."),
    (0, "PART II", None),
    (
        1,
        "Item 5.   Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
        "Equity Securities",
        "Item 5.",
    ),
    (1, "Item 6.   [Reserved]", "Item 6."),
    (1, "Item 7.   Management's Discussion and Analysis of Financial Condition and Results of Operations", "Item 7."),
    (1, "Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "Item 7A."),
    (1, "Item 8.   Financial Statements and Supplementary Data", "Item 8."),
    (2, "Consolidated Balance Sheets", "BS"),
    (2, "Consolidated Statements of Income", "IS"),
    (2, "Consolidated Statements of Comprehensive Income", "CI"),
    (2, "Consolidated Statements of Changes in Shareholders' Equity", "EQ"),
    (2, "Consolidated Statements of Cash Flows", "CF"),
    (2, "Notes to Consolidated Financial Statements", "NOTES"),
    (1, "Item 9.   Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "Item 9."),
    (1, "Item 9A. Controls and Procedures", "Item 9A."),
    (0, "PART III AND PART IV", None),
    (1, "Items 10 - 14", "Items 10"),
    (1, "Item 15. Exhibits and Financial Statement Schedules", "Item 15."),
    (1, "Signatures", "SIG"),
]


def toc(d: Doc, pages: dict | None) -> None:
    d.add_page()
    entries = []
    for level, label, tag in TOC_ITEMS:
        pg = None
        if tag is not None:
            pg = pages.get(tag, 0) if pages else 0
        entries.append((level, label, pg))
    d.toc(entries)


def forward_looking(d: Doc) -> None:
    d.add_page()
    d.heading("CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS", 2, align="C")
    d.para(
        "This Annual Report on Form 10-K contains statements that are not historical facts and that constitute "
        "forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. "
        'Words such as "anticipate," "believe," "continue," "estimate," "expect," "intend," "may," '
        '"outlook," "plan," "project," "should," "will" and similar expressions are intended to identify '
        "such statements. Forward-looking statements reflect management's current expectations about future events "
        "and are subject to risks and uncertainties that could cause actual results to differ materially from those "
        "expressed or implied. Factors that could produce such differences include, among others: changes in market "
        "interest rates and the shape of the yield curve; the pace of deposit repricing and competition for "
        "deposits; credit deterioration in our commercial real estate, commercial and industrial, residential and "
        "consumer portfolios; the adequacy of our allowance for credit losses; declines in the fair value of "
        "investment securities; the availability of wholesale funding; changes in economic conditions within the "
        "Upper Kessel Valley and western Pennsylvania; cyber incidents or failures of third-party service providers; "
        "changes in laws, regulations and supervisory expectations; and the other factors described in Item 1A. "
        "Risk Factors."
    )
    d.para(
        "Forward-looking statements speak only as of the date they are made. We undertake no obligation to update "
        "any forward-looking statement to reflect events or circumstances after the date of this report, except as "
        'required by law. Unless the context indicates otherwise, references to "Tarnwick," the "Company," '
        '"we," "us" and "our" refer to Tarnwick Bancorp, Inc. and its consolidated subsidiaries, and '
        f'references to the "Bank" refer to {BANK}, our wholly owned banking subsidiary. Dollar amounts in '
        "tables are in thousands, except per share data, unless otherwise noted."
    )


def item1(d: Doc) -> None:
    b25 = BS[2025]
    d.add_page()
    d.heading("PART I", 0, align="C")
    d.heading("Item 1. Business", 1, toc="Item 1.")
    d.heading("General", 2)
    d.para(
        f"{CO} is an Ohio corporation and a registered bank holding company headquartered in Castell Ridge, Ohio. "
        f"The Company was organized in 1987 to serve as the holding company for {BANK}, an Ohio-chartered commercial "
        "bank whose predecessor was founded in 1899 as the Castell Ridge Mechanics' Savings Society. The Bank is a "
        "member of the Federal Reserve System and its deposits are insured by the Federal Deposit Insurance "
        'Corporation (the "FDIC") up to applicable limits. At December 31, 2025, we had total assets of '
        f"${bn(b25['total_assets'])} billion, total loans of ${bn(b25['loans'])} billion, total deposits of "
        f"${bn(b25['deposits'])} billion and total shareholders' equity of ${mm(b25['eq_total'])} million."
    )
    d.para(
        "Our strategy is to be the leading locally managed commercial bank in the communities we serve. We compete "
        "on the basis of responsive credit decisions made by bankers who live in our markets, a full suite of "
        "treasury management services for businesses and municipalities, and a wealth management and trust "
        "business that deepens relationships with business owners and families. We have grown both organically and "
        "through the acquisitions of Orrin Valley Financial Corp. in 2019 and Brightwater Community Bancshares in "
        "2021, the latter of which added eleven branches along the Meraton River corridor."
    )
    d.heading("Market Area", 2)
    d.para(
        "We operate {branches} full-service branches located in {counties} counties in northeastern and east-central "
        "Ohio and "
        "three counties in western Pennsylvania. Our primary market, which we refer to as the Upper Kessel Valley, "
        "has a diversified economy anchored by advanced manufacturing, health care systems, logistics, higher "
        "education and agriculture. The region's unemployment rate averaged below the national rate during 2025, "
        "although population growth in several of our rural counties remained flat. In addition to our branches, "
        "we operate commercial lending offices in Columbus, Ohio and Pittsburgh, Pennsylvania, and a mortgage "
        "origination office in Akron, Ohio.",
        key="item1.market",
        figs=dict(branches=str(T.BRANCHES), counties=str(T.COUNTIES)),
    )
    d.heading("Lending Activities", 2)
    lt = M["loans_pct"][2025]
    d.para(
        "We offer a broad range of commercial and consumer loans. Commercial real estate lending, including owner-"
        "occupied and non-owner-occupied properties and construction and land development loans, is our largest "
        f"lending category and represented {pc(lt['cre_oo'] + lt['cre_noo'] + lt['construction'])} of total loans at "
        "December 31, 2025. Non-owner-occupied commercial real estate loans are secured principally by multifamily, "
        "industrial, retail and office properties located within our markets; office exposure is concentrated in "
        "suburban medical and professional buildings. Commercial and industrial loans are made to manufacturers, "
        "distributors, professional practices and service companies, generally with personal guarantees from "
        f"principal owners, and represented {pc(lt['ci'])} of total loans. Residential mortgage and home equity "
        f"loans represented {pc(lt['resi'] + lt['heloc'])} of total loans; we generally sell long-term fixed-rate "
        "conforming residential mortgages in the secondary market on a servicing-released basis and retain "
        "adjustable-rate and jumbo loans in portfolio. Consumer and other loans, consisting mostly of indirect "
        f"automobile, recreational vehicle and personal loans, represented {pc(lt['consumer'])} of total loans."
    )
    d.para(
        "Our credit policies establish underwriting standards for each loan type, including maximum loan-to-value "
        "ratios, minimum debt service coverage ratios and concentration limits. Loans above designated thresholds "
        "require approval by a management loan committee, and the largest relationships require approval by the "
        "Loan Committee of the Bank's Board of Directors. Our legal lending limit to any one borrower was "
        f"approximately ${mm(T.LEGAL_LENDING_LIMIT, 0)} million at December 31, 2025, although our internal house "
        "limit is substantially lower."
    )
    lend = [
        (
            "Commercial real estate. ",
            "Owner-occupied commercial real estate loans are made to businesses that "
            "occupy at least half of the financed property, and repayment depends primarily on the cash flows of the "
            "operating business. Non-owner-occupied loans finance income-producing properties and are underwritten "
            "to a minimum debt service coverage ratio of 1.25 times and a maximum loan-to-value ratio of 75%, with "
            "rate-shock sensitivity analysis at origination and at each annual review. Loans generally have terms of "
            "five to ten years with amortization periods of up to 25 years.",
        ),
        (
            "Construction and land development. ",
            "Construction loans finance multifamily, industrial and, to a lesser "
            "extent, single-family residential projects, generally with interest-only periods during construction "
            "and conversion to permanent financing upon stabilization. We require equity contributions, third-party "
            "cost reviews and inspections before each advance. Land development loans are limited by policy to a "
            "small percentage of capital.",
        ),
        (
            "Commercial and industrial. ",
            "Commercial and industrial loans include revolving lines of credit for "
            "working capital, term loans for equipment and acquisitions, and owner-occupied real estate loans "
            "underwritten primarily on business cash flow. Most lines of credit are subject to borrowing-base "
            "formulas and annual renewal. We also participate in syndicated loans to companies headquartered or with "
            "significant operations in our markets.",
        ),
        (
            "Residential mortgage and home equity. ",
            "Residential mortgage loans held in portfolio are primarily "
            "adjustable-rate loans with initial fixed periods of five to ten years and jumbo loans to private banking "
            "clients. Home equity lines of credit generally have ten-year draw periods followed by repayment periods "
            "and are secured by first or second liens on owner-occupied residences, with combined loan-to-value ratios "
            "of up to 85%.",
        ),
        (
            "Consumer. ",
            "Consumer loans consist primarily of indirect automobile and recreational vehicle loans "
            "originated through approximately 140 dealers, as well as direct installment loans and credit lines. "
            "Indirect loans are underwritten centrally using credit scores, debt-to-income ratios and collateral "
            "values, and dealer performance is monitored monthly.",
        ),
    ]
    for h, b in lend:
        d.para(h + b)
    d.heading("Deposit Activities and Other Funding", 2)
    d.para(
        "Deposits are our principal source of funds. We offer noninterest-bearing and interest-bearing checking "
        "accounts, money market accounts, savings accounts and certificates of deposit to consumers, businesses, "
        "nonprofit organizations and public entities. Public funds, which are collateralized by pledged securities "
        "where required by state law, are a meaningful component of our interest-bearing demand and money market "
        "balances. We do not rely on brokered deposits as a primary funding source. Secondary funding sources "
        'include advances from the Federal Home Loan Bank of Cincinnati (the "FHLB"), the Federal Reserve Bank\'s '
        "discount window, and unsecured federal funds lines with correspondent banks."
    )
    d.heading("Wealth Management and Trust", 2)
    d.para(
        "Tarnwick Wealth Partners, a division of the Bank, provides investment management, personal trust, estate "
        "settlement, retirement plan and custody services. Assets under administration were approximately "
        f"${bn(T.AUA[2025], 1)} billion at December 31, 2025 compared with approximately ${bn(T.AUA[2024], 1)} "
        "billion a year earlier. Fees are "
        "generally based on the market value of assets under management and, as a result, fluctuate with equity and "
        "fixed income markets."
    )
    d.heading("Competition", 2)
    d.para(
        "The banking and financial services business in our markets is highly competitive. We compete for loans and "
        "deposits with large national and super-regional banks, other community banks, credit unions, online banks, "
        "mortgage companies, insurance companies, brokerage firms and financial technology companies, many of which "
        "have substantially greater resources. Competition for deposits intensified during 2023 and 2024 as "
        "customers moved balances toward higher-yielding alternatives, and pricing remained competitive in 2025. "
        "We believe our local decision-making, relationship managers and community involvement allow us to compete "
        "effectively."
    )
    d.heading("Human Capital", 2)
    d.para(
        "At December 31, 2025, we had {fte} full-time equivalent employees, none of whom is represented by a "
        "collective bargaining unit. We believe that our success depends on attracting, developing and retaining "
        "talented bankers. Our programs include a competitive compensation structure with annual incentive plans "
        "tied to Company and individual performance, a 401(k) plan with a Company matching contribution, an "
        "employee stock purchase plan, tuition assistance and a leadership development curriculum. Voluntary "
        "turnover was approximately 11% in 2025. Employees volunteered more than 14,000 hours with community "
        "organizations during the year.",
        key="item1.people",
        figs=dict(fte=f"{T.EMPLOYEES_FTE:,}"),
    )
    d.heading("Supervision and Regulation", 2)
    d.para(
        "The Company and the Bank are extensively regulated under federal and state law. These laws and "
        "regulations are intended primarily to protect depositors, the Deposit Insurance Fund and the financial "
        "system as a whole rather than shareholders. The following is a summary of certain significant provisions; "
        "it does not purport to be complete and is qualified by reference to the statutes and regulations described."
    )
    regs = [
        (
            "Bank Holding Company Regulation. ",
            "As a bank holding company, the Company is subject to supervision, "
            'regulation and examination by the Board of Governors of the Federal Reserve System (the "Federal '
            'Reserve"). The Bank Holding Company Act limits the activities in which we may engage to banking, managing '
            "or controlling banks, and activities closely related to banking. The Federal Reserve expects a bank "
            "holding company to serve as a source of financial and managerial strength to its subsidiary bank.",
        ),
        (
            "Bank Regulation. ",
            "The Bank is subject to supervision and examination by the Ohio Division of Financial "
            "Institutions and the Federal Reserve Bank of Cleveland. Regulators have broad authority to take "
            "enforcement action against institutions that engage in unsafe or unsound practices or violate laws.",
        ),
        (
            "Capital Requirements. ",
            "The Company and the Bank are subject to risk-based capital rules that require a "
            'minimum common equity Tier 1 ("CET1") capital ratio of 4.5%, a Tier 1 capital ratio of 6.0%, a total '
            "capital ratio of 8.0% and a Tier 1 leverage ratio of 4.0%, plus a capital conservation buffer of 2.5% of "
            "risk-weighted assets above each risk-based minimum. An institution that does not maintain the buffer "
            "faces limits on dividends, share repurchases and discretionary bonus payments. We elected to exclude "
            "accumulated other comprehensive income from regulatory capital. See Note 14 to the consolidated financial "
            "statements.",
        ),
        (
            "Prompt Corrective Action. ",
            "Federal banking agencies must take prompt corrective action with respect to "
            "depository institutions that do not meet minimum capital requirements. To be considered well capitalized, "
            "a bank must maintain a CET1 ratio of at least 6.5%, a Tier 1 ratio of at least 8.0%, a total capital "
            "ratio "
            "of at least 10.0% and a leverage ratio of at least 5.0%. At December 31, 2025, the Bank met the "
            "requirements to be considered well capitalized.",
        ),
        (
            "Dividends. ",
            "The Company's principal source of cash is dividends from the Bank. Ohio law and Federal "
            "Reserve regulations limit the amount of dividends the Bank may pay without prior approval, generally to "
            "the sum of its net income for the current year and retained net income for the preceding two years.",
        ),
        (
            "Deposit Insurance. ",
            "The Bank's deposits are insured by the FDIC up to $250,000 per depositor for each "
            "account ownership category. The Bank pays assessments based on its risk profile and assessment base. "
            "Assessment rates increased in 2023 and remained elevated through 2025.",
        ),
        (
            "Consumer Protection and Community Reinvestment. ",
            "The Bank is subject to consumer protection laws "
            "governing lending, deposit, collection and privacy practices, and to the Community Reinvestment Act. The "
            'Bank received a rating of "Satisfactory" in its most recent CRA examination.',
        ),
        (
            "Incentive Compensation. ",
            "Banking agencies have issued guidance requiring that incentive "
            "compensation arrangements not encourage imprudent risk-taking, be compatible with effective controls and "
            "be supported by strong corporate governance. Nasdaq listing standards require us to maintain a policy "
            "for the recovery of erroneously awarded incentive compensation.",
        ),
        (
            "Privacy and Data Security. ",
            "Federal and state law requires us to protect the confidentiality of "
            "customer information, disclose our privacy practices and, in certain circumstances, allow customers to "
            "opt out of information sharing. Banking regulators require notification within 36 hours of certain "
            "significant computer-security incidents.",
        ),
        (
            "Interchange Fees. ",
            "Because the Company's total consolidated assets are less than $10 billion, the "
            "Bank is exempt from the limits on debit card interchange fees established under the Durbin Amendment. "
            "If our assets were to exceed $10 billion, our card and interchange income would decline significantly.",
        ),
        (
            "Transactions with Affiliates and Insiders. ",
            "Sections 23A and 23B of the Federal Reserve Act and "
            "Regulation O limit the Bank's ability to engage in transactions with the Company and other affiliates "
            "and to extend credit to executive officers, directors and principal shareholders.",
        ),
        (
            "Anti-Money Laundering. ",
            "The Bank Secrecy Act and related regulations require the Bank to maintain a "
            "risk-based anti-money laundering program, file suspicious activity reports and verify customer identity, "
            "including beneficial owners of legal entity customers.",
        ),
    ]
    for head, body in regs:
        d.para(head + body)
    d.heading("Information About Our Executive Officers", 2)
    officers = [
        (
            "Marguerite L. Osterhaus",
            "58",
            "President and Chief Executive Officer since 2018; previously President of "
            "the Bank and Chief Credit Officer",
        ),
        (
            "Desmond R. Kallavane",
            "51",
            "Executive Vice President and Chief Financial Officer since 2020; previously "
            "Treasurer of a regional bank holding company in Indiana",
        ),
        ("Theodora V. Mancuso-Reyes", "55", "Executive Vice President and Chief Credit Officer since 2018"),
        (
            "Owen B. Fairclough",
            "47",
            "Executive Vice President and Chief Banking Officer since 2022; previously Market President, Columbus",
        ),
        ("Lucinda A. Prewitt", "53", "Executive Vice President and Chief Risk Officer since 2019"),
        ("Rafael T. Ingersoll", "49", "Executive Vice President and President, Tarnwick Wealth Partners, since 2021"),
        ("Priya N. Castellanos", "44", "Senior Vice President and Chief Accounting Officer since 2023"),
    ]
    d.set_font("Times", "B", 8.8)
    d.cell(150, 12, "Name")
    d.cell(30, 12, "Age", align="C")
    d.cell(d.tw - 180, 12, "Position and business experience", new_x="LMARGIN", new_y="NEXT")
    d.set_line_width(0.4)
    d.line(d.l_margin, d.get_y(), d.l_margin + d.tw, d.get_y())
    d.set_font("Times", "", 8.8)
    for n, age, pos in officers:
        d.ensure(24)
        y = d.get_y()
        d.cell(150, 11, n)
        d.cell(30, 11, age, align="C")
        d.multi_cell(d.tw - 180, 11, pos, new_x="LMARGIN", new_y="NEXT")
        d.set_y(max(d.get_y(), y + 11) + 2)
    d.space(6)


RISKS = [
    (
        "Risks Related to Interest Rates and Funding",
        [
            (
                "Changes in interest rates could reduce our net interest income and the value of our securities.",
                "Net interest income is our largest source of revenue. Our earnings depend on the difference between "
                "the "
                "interest we earn on loans and securities and the interest we pay on deposits and borrowings. When "
                "deposit "
                "costs rise faster than asset yields, as occurred during 2024, our net interest margin narrows. A "
                "decline "
                "in market rates could reduce yields on variable-rate loans before we are able to lower deposit rates. "
                "Rising rates also reduce the fair value of our fixed-rate securities, which at December 31, 2025 "
                "carried "
                "significant unrealized losses. Although we have the intent and ability to hold these securities until "
                "recovery, a need to sell them to meet liquidity needs would require us to realize losses.",
            ),
            (
                "We may not be able to retain deposits at acceptable cost.",
                "Customers may move funds to higher-yielding alternatives, including money market funds and Treasury "
                "securities, or to larger institutions perceived as safer. A portion of our deposits exceeds the FDIC "
                "insurance limit, and these balances may be more likely to leave during periods of market stress. If "
                "deposit outflows were significant, we might be required to replace them with higher-cost wholesale "
                "funding, which would reduce our net interest margin and earnings.",
            ),
            (
                "Our liquidity could be impaired by an inability to access wholesale funding.",
                "We rely on the FHLB, the Federal Reserve discount window and correspondent banks for secondary "
                "liquidity. "
                "The availability of these sources depends on collateral values, our financial condition and "
                "conditions in "
                "the financial markets. Events affecting the banking industry generally, even if not directly "
                "related to "
                "us, could reduce the availability or increase the cost of such funding.",
            ),
        ],
    ),
    (
        "Risks Related to Credit",
        [
            (
                "Our allowance for credit losses may not be adequate to cover actual losses.",
                "We estimate expected credit losses over the contractual life of our loans using models that "
                "incorporate "
                "historical loss experience, current conditions and reasonable and supportable forecasts of economic "
                "variables such as unemployment and commercial property values. These estimates require significant "
                "judgment. If economic conditions are worse than forecast, or if our assumptions prove inaccurate, "
                "we may "
                "need to increase the allowance through additional provisions, which would reduce earnings and "
                "capital.",
            ),
            (
                "Our concentration in commercial real estate exposes us to elevated risk.",
                "Commercial real estate loans, including construction loans, represent the largest component of our "
                "loan "
                "portfolio. Repayment of these loans depends on the successful operation, leasing or sale of the "
                "underlying properties. Higher interest rates have reduced the value of some property types, "
                "particularly "
                "office buildings, and may impair borrowers' ability to refinance maturing loans. Regulators apply "
                "heightened scrutiny to institutions with commercial real estate concentrations, which may require "
                "us to "
                "hold additional capital or limit growth in this category.",
            ),
            (
                "Commercial and industrial borrowers are sensitive to economic cycles.",
                "Our commercial and industrial loans are typically secured by receivables, inventory and equipment "
                "whose "
                "value can decline quickly in a downturn. Many of our borrowers are small and mid-sized "
                "manufacturers and "
                "distributors whose results depend on a limited number of customers or on the health of the regional "
                "economy. Tariffs and supply-chain disruptions have affected a number of these borrowers.",
            ),
            (
                "Deterioration in the office property market could increase our losses.",
                "Demand for office space in several of our markets has not recovered to pre-2020 levels. Although our "
                "office exposure is concentrated in suburban medical and professional buildings, lower occupancy and "
                "higher refinancing costs could impair the ability of some borrowers to repay or refinance their loans "
                "at maturity and could reduce the appraised value of the collateral.",
            ),
            (
                "Our indirect consumer lending depends on relationships with dealers.",
                "We originate automobile and recreational vehicle loans through a network of dealers. Loss of key "
                "dealer "
                "relationships, competition from captive finance companies, or declines in used-vehicle values could "
                "reduce origination volume and increase loss severity on repossessed collateral.",
            ),
            (
                "Our loan portfolio is geographically concentrated.",
                "Substantially all of our loans are to borrowers located in Ohio and western Pennsylvania. A regional "
                "economic downturn, the closure of a major employer, or a natural disaster affecting our markets could "
                "increase delinquencies and reduce collateral values more severely than for a geographically "
                "diversified "
                "lender.",
            ),
        ],
    ),
    (
        "Risks Related to Operations and Technology",
        [
            (
                "A cyber attack or other information security breach could disrupt our business and harm our "
                "reputation.",
                "We depend on information technology systems, many of which are operated by third-party service "
                "providers, to process transactions and store customer data. Threat actors continue to target "
                "financial "
                "institutions with ransomware, phishing and business email compromise schemes. A successful attack "
                "on us "
                "or a key vendor could interrupt service, result in the loss of customer information, and expose us to "
                "litigation, regulatory action and remediation costs that insurance may not fully cover.",
            ),
            (
                "We rely on third-party vendors for key components of our operations.",
                "Our core processing, card processing, online and mobile banking and certain wealth management systems "
                "are provided by outside vendors. If a vendor fails to perform, experiences a security incident, or "
                "terminates its relationship with us, our operations could be disrupted and we may incur significant "
                "costs "
                "to transition to an alternative provider.",
            ),
            (
                "Our digital banking conversion may not deliver the expected benefits.",
                "During 2025 we converted our consumer and business digital banking platforms to a new provider. "
                "Conversions of this kind can result in service interruptions, customer attrition and unanticipated "
                "costs. If the new platform does not perform as expected, or if customers do not adopt its features, "
                "we "
                "may not realize the efficiencies and revenue growth that we anticipated when we made the investment.",
            ),
            (
                "Fraud losses may increase.",
                "Check fraud, payment fraud, account takeover schemes and synthetic identity fraud have increased "
                "across "
                "the banking industry. Although we invest in fraud detection tools and employee training, we may incur "
                "losses from fraudulent transactions involving our customers, and disputes with customers over "
                "liability "
                "for such losses could damage our reputation.",
            ),
            (
                "Our use of models exposes us to model risk.",
                "We use quantitative models to estimate credit losses, measure interest rate risk, value securities "
                "and "
                "detect suspicious activity. Models are simplifications of reality and depend on the quality of their "
                "data and assumptions. Decisions based on models that are poorly designed, implemented or used could "
                "result in losses or regulatory criticism.",
            ),
            (
                "We may not be able to attract and retain key personnel.",
                "Competition for experienced commercial bankers, credit officers and technology professionals is "
                "intense. "
                "The loss of key executives or relationship managers, particularly those who might take customer "
                "relationships to a competitor, could adversely affect our business.",
            ),
            (
                "Our controls and procedures may fail or be circumvented.",
                "Any system of controls, however well designed, provides only reasonable assurance that its objectives "
                "will be met. A failure of our internal control over financial reporting could result in a material "
                "misstatement of our financial statements and a loss of investor confidence.",
            ),
        ],
    ),
    (
        "Risks Related to Regulation and Our Common Stock",
        [
            (
                "We operate in a highly regulated environment and may be adversely affected by changes in regulation.",
                "Changes in banking laws, capital and liquidity requirements, deposit insurance assessments, consumer "
                "protection rules or supervisory expectations could increase our costs, limit our activities or "
                "require "
                "us to hold more capital. Regulatory agencies have broad discretion in their examination and "
                "enforcement "
                "activities.",
            ),
            (
                "Our ability to pay dividends and repurchase shares depends on the Bank's earnings and regulatory "
                "approval.",
                "The Company is a separate legal entity that relies on dividends from the Bank. Regulatory "
                "restrictions "
                "and the need to maintain capital above the conservation buffer could limit the Bank's dividends and "
                "therefore our ability to pay dividends to shareholders or to repurchase shares.",
            ),
            (
                "Higher FDIC assessments could reduce our earnings.",
                "The FDIC may increase assessment rates or impose special assessments to replenish the Deposit "
                "Insurance "
                "Fund following bank failures, as it did following the failures of several large banks in 2023. Any "
                "such "
                "increase would raise our noninterest expense.",
            ),
            (
                "Future acquisitions may dilute shareholders and may not be successfully integrated.",
                "We may pursue acquisitions of banks or fee-based businesses. Acquisitions involve risks, including "
                "overpaying for the acquired company, failing to retain customers and employees, incurring unexpected "
                "credit losses and diverting management attention. We may issue shares to fund acquisitions, which "
                "would "
                "dilute existing shareholders, and may record goodwill that could later become impaired.",
            ),
            (
                "The trading volume of our common stock is limited.",
                "Although our common stock is listed on the Nasdaq Global Select Market, its trading volume is lower "
                "than "
                "that of larger financial institutions. As a result, shareholders may find it difficult to sell "
                "significant numbers of shares quickly, and the market price may be more volatile.",
            ),
            (
                "Changes in accounting standards could materially affect our financial statements.",
                "The Financial Accounting Standards Board and the SEC periodically change the accounting and reporting "
                "standards that govern our financial statements. Such changes can be difficult to predict and can "
                "materially affect how we record and report our financial condition and results of operations, in some "
                "cases requiring retrospective application.",
            ),
            (
                "Anti-takeover provisions could delay or prevent a change in control.",
                "Provisions of Ohio law, our articles of incorporation and code of regulations, and federal banking "
                "laws "
                "requiring regulatory approval for acquisitions of control could make it more difficult for a third "
                "party to acquire us, even if doing so might be beneficial to shareholders.",
            ),
            (
                "Climate-related and other environmental factors could affect our borrowers and collateral.",
                "Severe weather events, including flooding along the Meraton and Kessel rivers, could damage "
                "properties "
                "securing our loans and disrupt our borrowers' operations. Changes in energy policy could also affect "
                "certain of our commercial customers.",
            ),
        ],
    ),
]


def item1a(d: Doc) -> None:
    d.heading("Item 1A. Risk Factors", 1, toc="Item 1A.")
    d.para(
        "An investment in our common stock involves risks. The following discussion identifies the material risks "
        "that we believe could adversely affect our business, financial condition and results of operations. "
        "These are not the only risks we face; additional risks not presently known to us or that we currently "
        "deem immaterial may also impair our business."
    )
    for group, items in RISKS:
        d.heading(group, 2)
        for title, body in items:
            d.para(title, style="BI", gap=1.5)
            d.para(body)


def items_1b_to_4(d: Doc) -> None:
    d.heading("Item 1B. Unresolved Staff Comments", 1, toc="Item 1B.")
    d.para("None.")
    d.heading("Item 1C. Cybersecurity", 1, toc="Item 1C.")
    d.para(
        "Risk management and strategy. Our information security program is designed to identify, protect against, "
        "detect, respond to and recover from cybersecurity threats. The program is aligned with widely used "
        "industry frameworks and includes layered technical controls, vulnerability management, employee training "
        "and phishing simulations, and a third-party risk management process that evaluates the security practices "
        "of vendors with access to our systems or customer data. We engage an independent firm to perform annual "
        "penetration testing and periodically test our incident response plan through tabletop exercises. We did "
        "not identify any cybersecurity incident during 2025 that materially affected, or is reasonably likely to "
        "materially affect, our business strategy, results of operations or financial condition."
    )
    d.para(
        "Governance. The Risk Committee of the Board of Directors oversees cybersecurity risk and receives "
        "quarterly reports from our Chief Information Security Officer, who has more than twenty years of "
        "experience in information security at financial institutions and reports to our Chief Risk Officer. A "
        "management Information Security Committee meets monthly to review threats, control effectiveness and "
        "remediation of identified issues."
    )
    d.heading("Item 2. Properties", 1, toc="Item 2.")
    d.para(
        "Our corporate headquarters is located at 410 Fennimore Square in Castell Ridge, Ohio, in a five-story "
        "building that we own. We also own our operations center in North Castell Ridge. Of our "
        f"{T.BRANCHES} branch offices, {T.BRANCHES_OWNED} are owned and the remainder are leased under agreements "
        "expiring between "
        "2026 and 2039, many with renewal options. We believe our facilities are adequate for our current needs."
    )
    d.heading("Item 3. Legal Proceedings", 1, toc="Item 3.")
    d.para(
        "In the ordinary course of business, we are party to various legal proceedings. Based on information "
        "currently available, management does not believe that the resolution of any pending proceeding will have "
        "a material adverse effect on our consolidated financial condition or results of operations."
    )
    d.heading("Item 4. Mine Safety Disclosures", 1, toc="Item 4.")
    d.para("Not applicable.")


def item5(d: Doc) -> None:
    d.add_page()
    d.heading("PART II", 0, align="C")
    d.heading(
        "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
        "Securities",
        1,
        toc="Item 5.",
    )
    d.para(
        'Our common stock trades on the Nasdaq Global Select Market under the symbol "TRWK." At February 13, 2026, '
        f"there were approximately {T.SHAREHOLDERS_OF_RECORD:,} holders of record of our common stock. The closing "
        f"price of our common stock on December 31, 2025 was ${cents(T.STOCK_PRICE_CLOSE_2025)}."
    )
    q = T.DPS_QUARTERLY[2025][0]
    d.para(
        f"We declared quarterly cash dividends of ${cents(q)} per share in each quarter of 2025, for a total of "
        f"${cents(IS[2025]['dps_cents'])} per share, compared with ${cents(IS[2024]['dps_cents'])} per share in "
        "2024. In January 2026 the Board of Directors declared a quarterly dividend of $0.27 per share. The "
        "declaration of future dividends is at the discretion of the Board and depends on our earnings, capital "
        "position, regulatory restrictions and other factors."
    )
    d.heading("Issuer Purchases of Equity Securities", 2)
    d.para(
        f"In February 2025 our Board of Directors authorized the repurchase of up to {T.REPURCHASE_AUTH:,} shares of "
        "common stock through February 28, 2027, replacing the program adopted in 2023. All repurchases in 2025 were "
        "made under the new program. The following table presents repurchases of common stock during the fourth "
        "quarter of 2025."
    )
    rows = []
    cum_sh = 0
    rem = T.REPURCHASE_AUTH_REMAINING
    sums = sum(s for _, s, _ in T.Q4_REPURCHASES)
    rem_start = rem + sums
    for i, (per, sh, px) in enumerate(T.Q4_REPURCHASES):
        cum_sh += sh
        rows.append(Row(f"m{i}", per, [sh, Fraction(px, 100), sh, rem_start - cum_sh], dollar=(i == 0)))
    rows.append(Row("total", "Total", [sums, None, sums, None], kind="total"))
    d.table(
        TableSpec(
            "rep",
            [
                Col("shares", 62, SH, dollar=False),
                Col("price", 56, f_dec(2), dollar=True),
                Col("program", 78, SH, dollar=False),
                Col("remaining", 78, SH, dollar=False),
            ],
            [
                [
                    ("Total Number\nof Shares\nPurchased", 0, 0),
                    ("Average\nPrice Paid\nper Share", 1, 1),
                    ("Shares Purchased as\nPart of Publicly\nAnnounced Program", 2, 2),
                    ("Maximum Shares That\nMay Yet Be Purchased\nUnder the Program", 3, 3),
                ]
            ],
            rows,
            label_head="Period",
            size=8.2,
        )
    )
    d.heading("Securities Authorized for Issuance Under Equity Compensation Plans", 2)
    d.para(
        "The following table provides information as of December 31, 2025 about our equity compensation plans, "
        "all of which have been approved by shareholders."
    )
    d.table(
        TableSpec(
            "eqcomp",
            [Col("issue", 86, SH, dollar=False), Col("price", 80, f_dec(2)), Col("avail", 96, SH, dollar=False)],
            [
                [
                    ("Number of Securities\nto Be Issued upon\nExercise or Vesting", 0, 0),
                    ("Weighted Average\nExercise Price of\nOutstanding Options", 1, 1),
                    ("Number of Securities\nRemaining Available\nfor Future Issuance", 2, 2),
                ]
            ],
            [
                Row(
                    "approved",
                    "Equity compensation plans approved by shareholders",
                    [T.EQ_PLAN_OUTSTANDING, Fraction(T.EQ_PLAN_PRICE_CENTS, 100), T.EQ_PLAN_AVAILABLE],
                    dollar=True,
                ),
                Row("not_approved", "Equity compensation plans not approved by shareholders", [0, 0, 0]),
            ],
            label_head="Plan category",
            size=8.2,
        )
    )
    d.heading("Stock Performance Graph", 2)
    d.para(
        "The following table compares the cumulative total shareholder return on our common stock with the "
        "cumulative total return of the Nasdaq Composite Index and the KBW Nasdaq Regional Banking Index for the "
        "five years ended December 31, 2025, assuming an investment of $100 on December 31, 2020 and the "
        "reinvestment of all dividends. The performance shown is not necessarily indicative of future performance."
    )
    perf = T.PERFORMANCE_INDEX
    cols = [Col(str(y), 44, f_dec(2), dollar=False) for y in range(2020, 2026)]
    d.table(
        TableSpec(
            "perf",
            cols,
            [[("December 31,", 0, 5)], [(str(y), i, i) for i, y in enumerate(range(2020, 2026))]],
            [Row(None, n, [Fraction(str(v)) for v in vals]) for n, vals in perf],
            size=8.2,
        )
    )
    d.heading("Item 6. [Reserved]", 1, toc="Item 6.")
    d.para("Not applicable.")


def _ratio_rows() -> list:
    R = M["ratios"]
    ys = T.YEARS
    so = M["shares_out"]
    rows = [
        Row(None, "For the year", kind="section", bold=True),
        Row("nii", "Net interest income", [IS[y]["nii"] for y in ys], dollar=True, indent=1),
        Row("provision", "Provision for credit losses", [IS[y]["provision"] for y in ys], indent=1),
        Row("nonint_income", "Noninterest income", [IS[y]["nonint_income"] for y in ys], indent=1),
        Row("nonint_expense", "Noninterest expense", [IS[y]["nonint_expense"] for y in ys], indent=1),
        Row("net_income", "Net income", [IS[y]["net_income"] for y in ys], dollar=True, indent=1, kind="total"),
        Row(None, "Per common share", kind="section", bold=True),
        Row("eps_basic", "Basic earnings", [IS[y]["eps_basic"] for y in ys], dollar=True, indent=1, fmt=f_dec(2)),
        Row("eps_diluted", "Diluted earnings", [IS[y]["eps_diluted"] for y in ys], indent=1, fmt=f_dec(2)),
        Row("dps", "Cash dividends declared", [Fraction(IS[y]["dps_cents"], 100) for y in ys], indent=1, fmt=f_dec(2)),
        Row("bvps", "Book value (period end)", [R[y]["bvps"] for y in ys], indent=1, fmt=f_dec(2)),
        Row("shares_out", "Common shares outstanding (period end)", [so[y] for y in ys], indent=1, fmt=SH),
        Row(None, "At year end", kind="section", bold=True),
        Row("total_assets", "Total assets", [BS[y]["total_assets"] for y in ys], dollar=True, indent=1),
        Row("loans", "Total loans", [BS[y]["loans"] for y in ys], indent=1),
        Row("deposits", "Total deposits", [BS[y]["deposits"] for y in ys], indent=1),
        Row("equity", "Total shareholders' equity", [EQ[y]["total"] for y in ys], indent=1),
        Row(None, "Performance ratios", kind="section", bold=True),
        Row("roa", "Return on average assets", [R[y]["roa"] for y in ys], indent=1, fmt=P2),
        Row("roe", "Return on average shareholders' equity", [R[y]["roe"] for y in ys], indent=1, fmt=P2),
        Row("nim", "Net interest margin (1)", [R[y]["nim"] for y in ys], indent=1, fmt=P2),
        Row("efficiency", "Efficiency ratio (2)", [R[y]["efficiency"] for y in ys], indent=1, fmt=P2),
        Row(None, "Asset quality and capital ratios", kind="section", bold=True),
        Row(
            "acl_loans", "Allowance for credit losses to total loans", [R[y]["acl_loans"] for y in ys], indent=1, fmt=P2
        ),
        Row(
            "equity_assets",
            "Shareholders' equity to total assets",
            [R[y]["equity_assets"] for y in ys],
            indent=1,
            fmt=P2,
        ),
        Row("cet1", "Common equity Tier 1 capital ratio", [R[y]["cet1"] for y in ys], indent=1, fmt=P2),
        Row("total_capital", "Total risk-based capital ratio", [R[y]["total_capital"] for y in ys], indent=1, fmt=P2),
        Row("leverage", "Tier 1 leverage ratio", [R[y]["leverage"] for y in ys], indent=1, fmt=P2),
    ]
    return rows


def item7(d: Doc) -> None:  # noqa: PLR0915
    i25, i24 = IS[2025], IS[2024]
    a25, a24 = M["avg_tot"][2025], M["avg_tot"][2024]
    R = M["ratios"]
    d.add_page()
    d.heading(
        "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations",
        1,
        toc="Item 7.",
    )
    d.para(
        "The following discussion should be read together with our consolidated financial statements and the "
        "related notes in Item 8. It compares 2025 with 2024; a comparison of 2024 with 2023 was included in our "
        "Annual Report on Form 10-K for 2024 and is not repeated except where relevant."
    )
    d.heading("Overview of 2025", 2)
    ni_chg = chg(i25["net_income"], i24["net_income"])
    d.para(
        f"Net income for 2025 was ${mm(i25['net_income'])} million, or ${i25['eps_diluted']} per diluted share, "
        f"compared with ${mm(i24['net_income'])} million, or ${i24['eps_diluted']} per diluted share, for 2024, an "
        f"increase of {pc(ni_chg)}. Results reflected a recovery in net interest income as deposit costs stabilized "
        "while loan yields continued to reprice higher, growth in fee income, and smaller realized losses on "
        "securities sold as part of our balance sheet repositioning. These benefits were partially offset by "
        "higher compensation and technology expense and a higher provision for credit losses."
    )
    hl = [
        f"Net interest income {up(i25['nii'] - i24['nii'])} ${mm(i25['nii'] - i24['nii'])} million, or "
        f"{pc(chg(i25['nii'], i24['nii']))}, and the net interest margin widened "
        f"{bps(Fraction(rnd(R[2025]['nim'], 2)) - Fraction(rnd(R[2024]['nim'], 2)))} basis points.",
        f"Total loans grew ${mm(BS[2025]['loans'] - BS[2024]['loans'])} million, or "
        f"{pc(chg(BS[2025]['loans'], BS[2024]['loans']))}, led by commercial real estate and commercial and "
        "industrial lending.",
        f"Total deposits increased ${mm(BS[2025]['deposits'] - BS[2024]['deposits'])} million, or "
        f"{pc(chg(BS[2025]['deposits'], BS[2024]['deposits']))}, while noninterest-bearing deposits declined to "
        f"{pc(M['deposits_pct'][2025]['nib'])} of total deposits.",
        f"Net charge-offs were ${mm(M['acl_roll'][2025]['nco'])} million compared with "
        f"${mm(M['acl_roll'][2024]['nco'])} million in 2024.",
        f"We returned ${mm(i25['dividends'] + T.REPURCHASE_COST[2025])} million to shareholders through dividends "
        "and share repurchases, and book value per share increased to "
        f"${commas(rnd(R[2025]['bvps'], 2), 2)}.",
    ]
    d.bullets(hl)
    d.para(
        "Economic environment. Economic activity in our markets was generally stable in 2025. Manufacturing "
        "employment in the Upper Kessel Valley was flat, while health care and logistics employers continued to "
        "add jobs. The Federal Reserve lowered its target range for the federal funds rate during the second half "
        "of the year, which reduced the cost of our short-term borrowings and allowed us to lower rates on "
        "money market and maturing time deposits. Intermediate- and long-term Treasury yields declined modestly, "
        "reducing the unrealized loss on our securities portfolio. Commercial real estate values stabilized for "
        "most property types other than office."
    )
    d.para(
        "Priorities for 2026. Our priorities for 2026 are to grow core deposits, particularly operating accounts "
        "of commercial and public-funds customers; to continue to remix earning assets from securities into "
        "loans; to resolve the office loans that migrated to nonaccrual status in 2025; to realize the "
        "efficiencies of our new digital banking platform; and to deploy capital through organic growth, "
        "dividends and opportunistic share repurchases."
    )
    d.heading("Selected Financial Data", 2)
    d.table(
        TableSpec(
            "kr",
            [Col(str(y), 62) for y in T.YEARS],
            [[("As of or for the Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(T.YEARS)]],
            _ratio_rows(),
            subtitle="(Dollars in thousands, except per share data)",
            notes=[
                "(1) Net interest income divided by average interest-earning assets.",
                "(2) Noninterest expense divided by the sum of net interest income and noninterest income.",
            ],
        )
    )
    d.heading("Critical Accounting Estimates", 2)
    d.para(
        "Our most significant accounting estimate is the allowance for credit losses. The allowance represents "
        "management's estimate of expected lifetime credit losses on loans held for investment and is measured on "
        "a collective basis for pools of loans with similar risk characteristics using a discounted cash flow "
        "methodology for commercial loans and a loss-rate methodology for consumer and residential loans. The "
        "models use a reasonable and supportable forecast period of eight quarters, after which loss rates revert "
        "on a straight-line basis over four quarters to long-run historical averages. Key forecast variables "
        "include the Ohio unemployment rate, national gross domestic product and a commercial real estate price "
        "index. Management applies qualitative adjustments for risks not captured in the models, such as "
        "concentrations and changes in underwriting. A hypothetical 100% weighting of the adverse economic "
        f"scenario would have increased the allowance by approximately ${mm(T.ACL_ADVERSE_IMPACT)} million at "
        "December 31, 2025. "
        "Goodwill impairment testing is also considered a critical estimate; our annual test as of October 1, "
        "2025 indicated that the fair value of our single reporting unit exceeded its carrying value."
    )
    # ---------------- net interest income
    d.heading("Results of Operations", 2)
    d.heading("Net Interest Income", 3)
    nim25, nim24 = R[2025]["nim"], R[2024]["nim"]
    d.para(
        f"Net interest income was ${mm(i25['nii'])} million in 2025 compared with ${mm(i24['nii'])} million in "
        f"2024. Interest income increased ${mm(i25['int_income'] - i24['int_income'])} million, primarily "
        "because average loans grew "
        f"${mm(T.AVG[2025]['loans'][0] - T.AVG[2024]['loans'][0])} million and the yield on loans rose to "
        f"{pc(pct(T.AVG[2025]['loans'][1], T.AVG[2025]['loans'][0]), 2)} from "
        f"{pc(pct(T.AVG[2024]['loans'][1], T.AVG[2024]['loans'][0]), 2)} as fixed-rate loans originated in earlier "
        "years matured or repriced. Interest expense decreased "
        f"${mm(i24['int_expense'] - i25['int_expense'])} million as we reduced higher-cost short-term "
        "borrowings and lowered rates on money market and time deposits following the decline in short-term "
        f"market rates. The net interest margin was {pc(nim25, 2)} in 2025 compared with {pc(nim24, 2)} in 2024."
    )
    d.para(
        "The following table presents average balances, interest income and expense, and the resulting average "
        "yields and rates for 2025 and 2024. Average balances are computed using daily balances."
    )
    d.table(_avg_table())
    d.para(
        "The following table shows the effect on net interest income of changes in average balances (volume) and "
        "changes in average yields and rates (rate). Changes attributable to both volume and rate have been "
        "allocated to volume and rate in proportion to the absolute dollar amounts of each."
    )
    d.table(_rv_table())
    # ---------------- provision
    d.heading("Provision for Credit Losses", 3)
    roll = M["acl_roll"]
    d.para(
        f"The provision for credit losses was ${mm(i25['provision'])} million in 2025 compared with "
        f"${mm(i24['provision'])} million in 2024. The provision includes the provision for credit losses on loans "
        "and the change in the reserve for unfunded lending commitments, which is recorded in other liabilities. "
        "The provision for 2025 reflected loan growth, net charge-offs of "
        f"${mm(roll[2025]['nco'])} million and an increase in specific reserves on two non-owner-occupied office "
        "loans, partially offset by improvement in the economic forecast used in our models."
    )
    # ---------------- noninterest income
    d.heading("Noninterest Income", 3)
    d.table(_nonint_table("income"))
    d.para(
        f"Noninterest income increased ${mm(i25['nonint_income'] - i24['nonint_income'])} million, or "
        f"{pc(chg(i25['nonint_income'], i24['nonint_income']))}, in 2025. Wealth management and trust fees rose "
        f"{pc(chg(i25['nonint_wealth'], i24['nonint_wealth']))} on higher assets under administration and new "
        f"relationships. Mortgage banking income increased {pc(chg(i25['nonint_mortgage'], i24['nonint_mortgage']))} "
        f"as we originated ${mm(T.LHFS_ORIGINATIONS[2025])} million of residential mortgages for sale, "
        f"compared with ${mm(T.LHFS_ORIGINATIONS[2024])} million in 2024. We recognized net losses on sales of "
        f"securities of ${mm(-T.SEC_LOSS[2025])} million in 2025 and ${mm(-T.SEC_LOSS[2024])} million in 2024 "
        "from selling lower-yielding securities and reinvesting the proceeds in higher-yielding loans and "
        "securities."
    )
    # ---------------- noninterest expense
    d.heading("Noninterest Expense", 3)
    d.table(_nonint_table("expense"))
    d.para(
        f"Noninterest expense increased ${mm(i25['nonint_expense'] - i24['nonint_expense'])} million, or "
        f"{pc(chg(i25['nonint_expense'], i24['nonint_expense']))}. Salaries and employee benefits increased "
        f"{pc(chg(i25['nonx_salaries'], i24['nonx_salaries']))} due to annual merit increases, higher incentive "
        "compensation and additions to our commercial banking and treasury management teams. Data processing and "
        f"technology expense increased {pc(chg(i25['nonx_tech'], i24['nonx_tech']))} reflecting the conversion of our "
        "digital banking platform in the second quarter. Professional fees declined from 2024, which included "
        "consulting costs for the platform selection. FDIC insurance assessments decreased as a result of a lower "
        f"assessment rate. Our efficiency ratio improved to {pc(R[2025]['efficiency'], 2)} from "
        f"{pc(R[2024]['efficiency'], 2)}."
    )
    d.heading("Income Taxes", 3)
    d.para(
        f"Income tax expense was ${mm(i25['tax'])} million in 2025, an effective tax rate of "
        f"{pc(M['taxrec'][2025]['effective'])}, compared with ${mm(i24['tax'])} million, or "
        f"{pc(M['taxrec'][2024]['effective'])}, in 2024. The effective rates differ from the federal statutory "
        "rate primarily because of state income taxes, tax-exempt interest on municipal securities, income from "
        "bank-owned life insurance and low-income housing tax credits. See Note 12."
    )
    # ---------------- financial condition
    d.heading("Financial Condition", 2)
    d.heading("Investment Securities", 3)
    d.para(
        f"Investment securities totaled ${mm(BS[2025]['afs'] + BS[2025]['htm'])} million at December 31, 2025, "
        f"compared with ${mm(BS[2024]['afs'] + BS[2024]['htm'])} million a year earlier. Securities available for "
        f"sale are carried at fair value, and the net unrealized loss on the portfolio decreased to "
        f"${mm(-T.AFS_NU[2025])} million from ${mm(-T.AFS_NU[2024])} million as intermediate-term interest rates "
        "declined. Unrealized losses relate to changes in interest rates rather than credit quality; the "
        "portfolio consists predominantly of U.S. Treasury and agency-guaranteed securities and investment-grade "
        "municipal obligations. The effective duration of the portfolio was approximately "
        f"{commas(rnd(T.AFS_DURATION_YEARS, 1), 1)} years at year end."
    )
    d.para(
        "The following table presents the amortized cost and weighted average yield of securities available for "
        "sale by contractual maturity at December 31, 2025. Mortgage-backed securities are allocated based on "
        "their expected average lives. Yields are not presented on a tax-equivalent basis."
    )
    d.table(_afs_maturity_table())
    d.heading("Loans", 3)
    d.table(_loans_table())
    d.para(
        f"Total loans increased ${mm(BS[2025]['loans'] - BS[2024]['loans'])} million during 2025. Non-owner-"
        f"occupied commercial real estate grew ${mm(T.LOANS[2025]['cre_noo'] - T.LOANS[2024]['cre_noo'])} million, "
        "primarily multifamily and industrial properties, and commercial and industrial loans grew "
        f"${mm(T.LOANS[2025]['ci'] - T.LOANS[2024]['ci'])} million from new relationships in our Columbus and "
        "Pittsburgh offices. Construction and land development balances declined as several multifamily projects "
        "were completed and moved into permanent financing. Non-owner-occupied office loans totaled approximately "
        f"${mm(T.OFFICE_NOO_LOANS)} million, or {pc(pct(T.OFFICE_NOO_LOANS, BS[2025]['loans']))} of total loans, at "
        "December 31, 2025."
    )
    d.para(
        "The following table presents the contractual maturities of loans at December 31, 2025. Demand loans, "
        "loans with no stated schedule of repayment and overdrafts are reported as due in one year or less. "
        "Actual repayments may differ because of prepayments and refinancings."
    )
    d.table(_maturity_table())
    d.heading("Asset Quality", 3)
    npa = M["npa"]
    d.para(
        f"Nonperforming loans increased to ${mm(npa[2025]['npl'])} million at December 31, 2025 from "
        f"${mm(npa[2024]['npl'])} million a year earlier, primarily due to the migration of two non-owner-"
        "occupied office loans to nonaccrual status. We continue to work with these borrowers and believe the "
        "loans are adequately reserved. Other real estate owned declined as we sold three former branch and "
        "commercial properties."
    )
    d.table(_npa_table())
    d.heading("Allowance for Credit Losses", 3)
    d.para(
        f"The allowance for credit losses on loans was ${mm(M['acl'][2025])} million, or "
        f"{pc(R[2025]['acl_loans'], 2)} of total loans, at December 31, 2025, compared with "
        f"${mm(M['acl'][2024])} million, or {pc(R[2024]['acl_loans'], 2)}, at December 31, 2024. The reserve "
        f"for unfunded lending commitments was ${mm(M['unfunded'][2025])} million at December 31, 2025. The "
        "following table summarizes activity in the allowance for credit losses on loans."
    )
    d.table(_acl_table())
    d.para(
        "The following table presents the allocation of the allowance for credit losses by loan category and the "
        "percentage of loans in each category to total loans. The allocation is not necessarily indicative of "
        "future losses and does not restrict the use of the allowance to absorb losses in any category."
    )
    d.table(_acl_alloc_table())
    d.table(_nco_table())
    d.para(
        "Commercial real estate net charge-offs in 2025 related principally to the resolution of one non-owner-"
        "occupied retail property and partial charge-offs on an office loan. Commercial and industrial net "
        "charge-offs were concentrated in two borrowers in the transportation and building-products industries. "
        "Consumer net charge-offs remained within our expectations for the indirect automobile portfolio."
    )
    d.heading("Deposits", 3)
    d.table(_deposits_table())
    d.para(
        f"Total deposits were ${bn(BS[2025]['deposits'])} billion at December "
        "31, 2025. Growth came principally from interest-bearing demand and money market accounts of business and "
        "public-funds customers, while noninterest-bearing balances declined as customers continued to move excess "
        "operating balances into interest-bearing products. We estimate that uninsured deposits, excluding "
        "collateralized public funds and intercompany balances, represented approximately {unins} of total "
        "deposits at December 31, 2025. The average cost of interest-bearing deposits was "
        f"{pc(pct(a25['deposit_interest'], _avg_ib_deposits(2025)), 2)} in 2025 compared with "
        f"{pc(pct(a24['deposit_interest'], _avg_ib_deposits(2024)), 2)} in 2024.",
        key="mdna.deposits",
        figs=dict(unins=txt_pct(T.UNINSURED_PCT_2025, 1)),
    )
    d.heading("Borrowings", 3)
    d.para(
        f"Short-term borrowings, consisting of FHLB advances with original maturities of one year or less, "
        f"decreased to ${mm(BS[2025]['stb'])} million at December 31, 2025 from ${mm(BS[2024]['stb'])} million. "
        f"Long-term FHLB advances were ${mm(BS[2025]['ltd'])} million. Our ${mm(T.SUB_DEBT, 2)} million of "
        "subordinated debentures bear interest at a fixed rate of 5.25% until September 2027 and a floating rate "
        "thereafter, and qualify as Tier 2 capital of the Company."
    )
    d.heading("Liquidity", 3)
    d.para(
        "Liquidity management ensures that we can meet the cash needs of depositors and borrowers and our own "
        "obligations. Our primary sources of liquidity are deposits, loan and securities repayments, and cash "
        "flows from operations. At December 31, 2025, cash and cash equivalents were "
        f"${mm(BS[2025]['cash_total'])} million, unencumbered securities available for pledging were "
        f"approximately ${mm(T.LIQ_UNENCUMBERED_SECURITIES, 0)} million, and we had remaining borrowing capacity of "
        f"approximately ${bn(T.LIQ_FHLB_CAPACITY)} billion at the FHLB and ${mm(T.LIQ_FRB_CAPACITY, 0)} million at "
        "the Federal Reserve discount window. Together, available liquidity sources "
        f"exceeded estimated uninsured deposits. The Company held ${mm(T.PARENT_CASH[2025])} million of cash at the "
        "parent level."
    )
    d.heading("Contractual Obligations and Off-Balance Sheet Arrangements", 3)
    d.para(
        "Our significant contractual obligations consist of time deposits, FHLB advances, subordinated debentures "
        "and operating leases for branch facilities. Time deposit maturities are presented in Note 5 and borrowing "
        "maturities in Note 6. In the normal course of business we also enter into commitments to extend credit "
        "and standby letters of credit, which are described in Note 15. Because many commitments expire without "
        "being drawn, the total commitment amounts do not necessarily represent future cash requirements."
    )
    lq = M["liquidity"]
    rows = [
        Row("cash", "Cash and cash equivalents", [lq["cash"]], dollar=True),
        Row("securities", "Unencumbered securities, at fair value", [lq["securities"]]),
        Row("fhlb", "Available FHLB borrowing capacity", [lq["fhlb"]]),
        Row("frb", "Available Federal Reserve discount window capacity", [lq["frb"]]),
        Row("fedfunds", "Unsecured federal funds lines", [lq["fedfunds"]]),
        Row("total", "Total available liquidity", [lq["total"]], kind="grand", dollar=True),
    ]
    d.table(
        TableSpec(
            "liq",
            [Col("amt", 72)],
            [[("December 31,\n2025", 0, 0)]],
            rows,
            title="Sources of Available Liquidity",
            subtitle="(Dollars in thousands)",
        )
    )
    c25 = CF[2025]
    d.para(
        f"Cash flows. Net cash provided by operating activities was ${mm(c25['cfo'])} million in 2025. Net cash "
        f"used in investing activities was ${mm(c25['cfi'])} million, as a net increase in loans of "
        f"${mm(c25['loans_net'])} million was partly funded by ${mm(c25['afs_maturities'] + c25['htm_maturities'])} "
        "million of maturities and paydowns of securities. Net cash provided by financing activities was "
        f"${mm(c25['cff'])} million, reflecting deposit growth of ${mm(c25['deposits'])} million less the repayment "
        "of FHLB advances, dividends and share repurchases. Cash and cash equivalents "
        f"{up(c25['net_change'])} ${mm(c25['net_change'])} million during the year."
    )
    d.heading("Capital Resources", 3)
    cap = M["cap"]
    d.para(
        f"Shareholders' equity was ${mm(EQ[2025]['total'])} million at December 31, 2025, an increase of "
        f"${mm(EQ[2025]['total'] - EQ[2024]['total'])} million from December 31, 2024, reflecting net income and "
        "a smaller unrealized loss on securities available for sale, partially offset by dividends and share "
        f"repurchases. During 2025 we repurchased {T.REPURCHASE_SHARES[2025]:,} shares at a total cost of "
        f"${mm(T.REPURCHASE_COST[2025])} million. The Company's CET1 capital ratio was "
        f"{pc(cap[2025]['cet1_ratio'], 2)} and its Tier 1 leverage ratio was {pc(cap[2025]['leverage'], 2)} at "
        "year end. See Note 14 for the regulatory capital ratios of the Company and the Bank."
    )
    _comparison_2024(d)


def _comparison_2024(d: Doc) -> None:
    i24, i23 = IS[2024], IS[2023]
    R = M["ratios"]
    d.heading("Comparison of 2024 with 2023", 2)
    d.para(
        f"Net income for 2024 was ${mm(i24['net_income'])} million, or ${i24['eps_diluted']} per diluted share, "
        f"compared with ${mm(i23['net_income'])} million, or ${i23['eps_diluted']} per diluted share, for 2023. "
        f"Net interest income {up(i24['nii'] - i23['nii'])} ${mm(i24['nii'] - i23['nii'])} million as the cost of "
        "interest-bearing deposits rose faster than asset yields, and the net interest margin compressed to "
        f"{pc(R[2024]['nim'], 2)} from {pc(R[2023]['nim'], 2)}. The provision for credit losses increased to "
        f"${mm(i24['provision'])} million from ${mm(i23['provision'])} million, reflecting higher charge-offs in "
        "the commercial real estate portfolio and loan growth."
    )
    d.para(
        f"Noninterest income was ${mm(i24['nonint_income'])} million in 2024 compared with "
        f"${mm(i23['nonint_income'])} million in 2023, as ${mm(-T.SEC_LOSS[2024])} million of losses on securities "
        "sold in a repositioning transaction more than offset growth in wealth management fees and service "
        f"charges. Noninterest expense increased to ${mm(i24['nonint_expense'])} million from "
        f"${mm(i23['nonint_expense'])} million, driven by salaries and benefits, technology investments and "
        "higher FDIC assessments. The efficiency ratio was "
        f"{pc(R[2024]['efficiency'], 2)} in 2024 compared with {pc(R[2023]['efficiency'], 2)} in 2023."
    )


def _afs_maturity_table() -> TableSpec:
    am = M["afs_maturity"]
    rows = []
    for i, (k, lab) in enumerate(T.AFS_TYPES):
        v = []
        for j in range(4):
            y = Fraction(T.AFS_YIELDS_2025[k][j])
            v += [am[k][j], y if am[k][j] else None]
        v.append(T.AFS[2025][k][0])
        rows.append(Row(k, lab, v, dollar=(i == 0)))
    tot = [sum(am[k][j] for k, _ in T.AFS_TYPES) for j in range(4)]
    tv = []
    for t in tot:
        tv += [t, None]
    rows.append(Row("total", "Total", tv + [T.AFS_AC[2025]], kind="grand", dollar=True))
    cols = []
    for j in range(4):
        cols += [Col(f"amt{j}", 42), Col(f"yld{j}", 26, P2, dollar=False)]
    cols.append(Col("total", 48))
    return TableSpec(
        "afsmat",
        cols,
        [
            [
                ("Within One Year", 0, 1),
                ("One to Five Years", 2, 3),
                ("Five to Ten Years", 4, 5),
                ("After Ten Years", 6, 7),
                ("Total", 8, 8),
            ],
            [
                ("Amount", 0, 0),
                ("Yield", 1, 1),
                ("Amount", 2, 2),
                ("Yield", 3, 3),
                ("Amount", 4, 4),
                ("Yield", 5, 5),
                ("Amount", 6, 6),
                ("Yield", 7, 7),
                ("Amount", 8, 8),
            ],
        ],
        rows,
        title="Maturities and Yields of Securities Available for Sale",
        subtitle="(Dollars in thousands)",
        size=7.2,
    )


def _maturity_table() -> TableSpec:
    mat = M["maturity"]
    rows = []
    for i, (k, lab) in enumerate(T.LOAN_TYPES):
        rows.append(Row(k, lab, mat[k] + [T.LOANS[2025][k]], dollar=(i == 0)))
    tot = [sum(mat[k][j] for k, _ in T.LOAN_TYPES) for j in range(4)]
    rows.append(Row("total", "Total loans", tot + [BS[2025]["loans"]], kind="grand", dollar=True))
    return TableSpec(
        "maturity",
        [Col("le1", 58), Col("1to5", 58), Col("5to15", 58), Col("gt15", 58), Col("total", 62)],
        [
            [
                ("One Year\nor Less", 0, 0),
                ("After One\nThrough\nFive Years", 1, 1),
                ("After Five\nThrough\nFifteen Years", 2, 2),
                ("After\nFifteen\nYears", 3, 3),
                ("Total", 4, 4),
            ]
        ],
        rows,
        title="Loan Maturities at December 31, 2025",
        subtitle="(Dollars in thousands)",
        size=8.0,
    )


def _avg_ib_deposits(y: int) -> int:
    return sum(T.AVG[y][k][0] for k in ("ibd", "mms", "time"))


def _avg_table() -> TableSpec:
    A = T.AVG
    ys = (2025, 2024)

    def line(k):
        out = []
        for y in ys:
            bal, it = A[y][k]
            out += [bal, it, pct(it, bal)]
        return out

    rows = [Row(None, "Interest-earning assets:", kind="section")]
    for i, (k, lab) in enumerate(T.AVG_ASSET_LINES):
        rows.append(Row(k, lab, line(k), dollar=(i == 0), indent=1))
    at = M["avg_tot"]
    rows.append(
        Row(
            "earning",
            "Total interest-earning assets",
            [v for y in ys for v in (at[y]["earning"], at[y]["int_income"], at[y]["yield_ea"])],
            kind="sub",
            indent=2,
        )
    )
    rows += [
        Row("cash_due", "Cash and due from banks", [v for y in ys for v in (T.AVG_CASH_DUE[y], None, None)], indent=1),
        Row("acl", "Allowance for credit losses", [v for y in ys for v in (T.AVG_ACL[y], None, None)], indent=1),
        Row(
            "other_assets",
            "Other noninterest-earning assets",
            [v for y in ys for v in (T.AVG_OTHER_ASSETS[y], None, None)],
            indent=1,
        ),
        Row(
            "total_assets",
            "Total assets",
            [v for y in ys for v in (at[y]["total_assets"], None, None)],
            kind="grand",
            dollar=True,
            indent=2,
        ),
        Row(None, "Interest-bearing liabilities:", kind="section"),
    ]
    for i, (k, lab) in enumerate(T.AVG_LIAB_LINES[:3]):
        rows.append(Row(k, lab, line(k), dollar=(i == 0), indent=1))
    ibdep = {y: _avg_ib_deposits(y) for y in ys}
    dint = {y: at[y]["deposit_interest"] for y in ys}
    rows.append(
        Row(
            "ib_deposits",
            "Total interest-bearing deposits",
            [v for y in ys for v in (ibdep[y], dint[y], pct(dint[y], ibdep[y]))],
            kind="sub",
            indent=2,
        )
    )
    for k, lab in T.AVG_LIAB_LINES[3:]:
        rows.append(Row(k, lab, line(k), indent=1))
    rows += [
        Row(
            "ibl",
            "Total interest-bearing liabilities",
            [v for y in ys for v in (at[y]["ibl"], at[y]["int_expense"], at[y]["rate_ibl"])],
            kind="sub",
            indent=2,
        ),
        Row(
            "nib", "Noninterest-bearing demand deposits", [v for y in ys for v in (T.AVG_NIB[y], None, None)], indent=1
        ),
        Row("other_liab", "Other liabilities", [v for y in ys for v in (at[y]["other_liab"], None, None)], indent=1),
        Row("equity", "Shareholders' equity", [v for y in ys for v in (T.AVG_EQUITY[y], None, None)], indent=1),
        Row(
            "total_le",
            "Total liabilities and shareholders' equity",
            [v for y in ys for v in (at[y]["total_assets"], None, None)],
            kind="grand",
            dollar=True,
            indent=2,
        ),
        Row(None, "", kind="blank"),
        Row(
            "nii", "Net interest income", [v for y in ys for v in (None, at[y]["nii"], None)], kind="total", dollar=True
        ),
        Row("spread", "Net interest spread", [v for y in ys for v in (None, None, at[y]["spread"])]),
        Row("nim", "Net interest margin", [v for y in ys for v in (None, None, at[y]["nim"])]),
    ]
    cols = []
    for y in ys:
        cols += [Col(f"bal{y}", 54), Col(f"int{y}", 46), Col(f"yld{y}", 34, P2, dollar=False)]
    heads = [
        [("2025", 0, 2), ("2024", 3, 5)],
        [
            ("Average\nBalance", 0, 0),
            ("Interest", 1, 1),
            ("Yield/\nRate", 2, 2),
            ("Average\nBalance", 3, 3),
            ("Interest", 4, 4),
            ("Yield/\nRate", 5, 5),
        ],
    ]
    fees = {2025: 4812, 2024: 4390}
    return TableSpec(
        "avg",
        cols,
        heads,
        rows,
        title="Average Balances, Interest and Yields/Rates",
        subtitle="(Dollars in thousands)",
        size=7.8,
        notes=[
            "(1) Average loan balances include nonaccrual loans.",
            f"(2) Interest income on loans includes net deferred loan fees of ${mm(fees[2025])} million and "
            f"${mm(fees[2024])} million for 2025 and 2024, respectively.",
            "(3) Yields on tax-exempt securities are presented on a nominal basis and are not adjusted to a fully "
            "taxable-equivalent basis.",
        ],
    )


def _rv_table() -> TableSpec:
    rv = M["rv"]
    rows = [Row(None, "Interest income:", kind="section")]
    for i, (k, lab) in enumerate(T.AVG_ASSET_LINES):
        rows.append(
            Row(
                k,
                lab.replace(" (1)(2)", "").replace(" (3)", ""),
                [rv[k]["volume"], rv[k]["rate"], rv[k]["total"]],
                dollar=(i == 0),
                indent=1,
            )
        )
    tot_i = [sum(rv[k][c] for k, _ in T.AVG_ASSET_LINES) for c in ("volume", "rate", "total")]
    rows.append(Row("total_income", "Total interest income", tot_i, kind="sub", indent=2))
    rows.append(Row(None, "Interest expense:", kind="section"))
    for k, lab in T.AVG_LIAB_LINES:
        rows.append(Row(k, lab, [rv[k]["volume"], rv[k]["rate"], rv[k]["total"]], indent=1))
    tot_e = [sum(rv[k][c] for k, _ in T.AVG_LIAB_LINES) for c in ("volume", "rate", "total")]
    rows.append(Row("total_expense", "Total interest expense", tot_e, kind="sub", indent=2))
    rows.append(
        Row(
            "change_nii",
            "Change in net interest income",
            [a - b for a, b in zip(tot_i, tot_e, strict=True)],
            kind="grand",
            dollar=True,
        )
    )
    return TableSpec(
        "rv",
        [Col("volume", 62), Col("rate", 62), Col("total", 62)],
        [
            [("2025 Compared with 2024", 0, 2)],
            [("Increase (Decrease) Due to", 0, 1)],
            [("Volume", 0, 0), ("Rate", 1, 1), ("Net Change", 2, 2)],
        ],
        rows,
        title="Rate/Volume Analysis",
        subtitle="(Dollars in thousands)",
    )


def _nonint_table(kind: str) -> TableSpec:
    ys = T.YEARS
    lines = T.NONINT_INCOME_LINES if kind == "income" else T.NONINT_EXPENSE_LINES
    pre = "nonint_" if kind == "income" else "nonx_"
    rows = []
    for i, (k, lab) in enumerate(lines):
        v = [IS[y][pre + k] for y in ys]
        rows.append(Row(k, lab, v + [chg(v[0], v[1]) if v[1] > 0 else None], dollar=(i == 0)))
    tk = "nonint_income" if kind == "income" else "nonint_expense"
    tv = [IS[y][tk] for y in ys]
    rows.append(Row("total", f"Total noninterest {kind}", tv + [chg(tv[0], tv[1])], kind="grand", dollar=True))
    return TableSpec(
        f"non{kind}",
        [Col(str(y), 58) for y in ys] + [Col("chg", 50, P1, dollar=False)],
        [
            [("Year Ended December 31,", 0, 2), ("% Change", 3, 3)],
            [("2025", 0, 0), ("2024", 1, 1), ("2023", 2, 2), ("2025 vs. 2024", 3, 3)],
        ],
        rows,
        subtitle="(Dollars in thousands)",
    )


def _loans_table() -> TableSpec:
    rows = []
    for i, (k, lab) in enumerate(T.LOAN_TYPES):
        rows.append(
            Row(
                k,
                lab,
                [T.LOANS[2025][k], M["loans_pct"][2025][k], T.LOANS[2024][k], M["loans_pct"][2024][k]],
                dollar=(i == 0),
            )
        )
    rows.append(
        Row(
            "total",
            "Total loans",
            [BS[2025]["loans"], Fraction(100), BS[2024]["loans"], Fraction(100)],
            kind="grand",
            dollar=True,
        )
    )
    return TableSpec(
        "loans",
        [Col("2025", 66), Col("pct2025", 44, P1, dollar=False), Col("2024", 66), Col("pct2024", 44, P1, dollar=False)],
        [
            [("December 31, 2025", 0, 1), ("December 31, 2024", 2, 3)],
            [("Amount", 0, 0), ("% of Total", 1, 1), ("Amount", 2, 2), ("% of Total", 3, 3)],
        ],
        rows,
        title="Loans by Type",
        subtitle="(Dollars in thousands)",
    )


def _deposits_table() -> TableSpec:
    rows = []
    for i, (k, lab) in enumerate(T.DEPOSIT_TYPES):
        rows.append(
            Row(
                k,
                lab,
                [T.DEPOSITS[2025][k], M["deposits_pct"][2025][k], T.DEPOSITS[2024][k], M["deposits_pct"][2024][k]],
                dollar=(i == 0),
            )
        )
    rows.append(
        Row(
            "total",
            "Total deposits",
            [BS[2025]["deposits"], Fraction(100), BS[2024]["deposits"], Fraction(100)],
            kind="grand",
            dollar=True,
        )
    )
    return TableSpec(
        "dep",
        [Col("2025", 66), Col("pct2025", 44, P1, dollar=False), Col("2024", 66), Col("pct2024", 44, P1, dollar=False)],
        [
            [("December 31, 2025", 0, 1), ("December 31, 2024", 2, 3)],
            [("Amount", 0, 0), ("% of Total", 1, 1), ("Amount", 2, 2), ("% of Total", 3, 3)],
        ],
        rows,
        title="Deposits by Type",
        subtitle="(Dollars in thousands)",
    )


def _npa_table() -> TableSpec:
    n = M["npa"]
    ys = (2025, 2024)
    rows = [
        Row("nonaccrual", "Nonaccrual loans", [n[y]["nonaccrual"] for y in ys], dollar=True),
        Row("pd90", "Loans 90 days or more past due and still accruing", [n[y]["pd90"] for y in ys]),
        Row("npl", "Total nonperforming loans", [n[y]["npl"] for y in ys], kind="sub"),
        Row("oreo", "Other real estate owned", [n[y]["oreo"] for y in ys]),
        Row("npa", "Total nonperforming assets", [n[y]["npa"] for y in ys], kind="grand", dollar=True),
        Row(None, "", kind="blank"),
        Row("npl_loans", "Nonperforming loans to total loans", [n[y]["npl_loans"] for y in ys], fmt=P2),
        Row("npa_assets", "Nonperforming assets to total assets", [n[y]["npa_assets"] for y in ys], fmt=P2),
    ]
    return TableSpec(
        "npa",
        [Col("2025", 66), Col("2024", 66)],
        [[("December 31,", 0, 1)], [("2025", 0, 0), ("2024", 1, 1)]],
        rows,
        title="Nonperforming Assets",
        subtitle="(Dollars in thousands)",
    )


def _acl_table() -> TableSpec:
    ys = T.YEARS
    r = M["acl_roll"]
    rows = [Row("begin", "Balance at beginning of year", [r[y]["begin"] for y in ys], dollar=True)]
    rows.append(Row(None, "Charge-offs:", kind="section"))
    for c, lab in T.ACL_CATS:
        rows.append(Row(f"co_{c}", lab, [-T.CHARGE_OFFS[y][c] for y in ys], indent=1))
    rows.append(Row("co", "Total charge-offs", [-r[y]["co"] for y in ys], kind="sub", indent=2))
    rows.append(Row(None, "Recoveries:", kind="section"))
    for c, lab in T.ACL_CATS:
        rows.append(Row(f"rec_{c}", lab, [T.RECOVERIES[y][c] for y in ys], indent=1))
    rows.append(Row("rec", "Total recoveries", [r[y]["rec"] for y in ys], kind="sub", indent=2))
    rows += [
        Row("nco", "Net charge-offs", [-r[y]["nco"] for y in ys], kind="sub"),
        Row("provision", "Provision for credit losses on loans", [r[y]["provision"] for y in ys]),
        Row("end", "Balance at end of year", [r[y]["end"] for y in ys], kind="grand", dollar=True),
        Row(None, "", kind="blank"),
        Row("acl_loans", "Allowance to total loans at year end", [M["ratios"][y]["acl_loans"] for y in ys], fmt=P2),
    ]
    return TableSpec(
        "acl",
        [Col(str(y), 62) for y in ys],
        [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys)]],
        rows,
        title="Allowance for Credit Losses on Loans",
        subtitle="(Dollars in thousands)",
    )


def _acl_alloc_table() -> TableSpec:
    cat = M["acl_cat_2025"]
    lp = {
        y: {c: sum(M["loans_pct"][y][k] for k, _ in T.LOAN_TYPES if T.ACL_CAT_OF_LOAN[k] == c) for c, _ in T.ACL_CATS}
        for y in (2025, 2024)
    }
    rows = []
    for i, (c, lab) in enumerate(T.ACL_CATS):
        rows.append(Row(c, lab, [cat[c]["end"], lp[2025][c], T.ACL_BY_CAT_2024[c], lp[2024][c]], dollar=(i == 0)))
    rows.append(
        Row(
            "total",
            "Total allowance for credit losses",
            [M["acl"][2025], Fraction(100), M["acl"][2024], Fraction(100)],
            kind="grand",
            dollar=True,
        )
    )
    return TableSpec(
        "aclalloc",
        [Col("2025", 60), Col("pct2025", 52, P1, dollar=False), Col("2024", 60), Col("pct2024", 52, P1, dollar=False)],
        [
            [("December 31, 2025", 0, 1), ("December 31, 2024", 2, 3)],
            [("Allowance", 0, 0), ("% of Loans\nto Total", 1, 1), ("Allowance", 2, 2), ("% of Loans\nto Total", 3, 3)],
        ],
        rows,
        title="Allocation of the Allowance for Credit Losses",
        subtitle="(Dollars in thousands)",
    )


def _nco_table() -> TableSpec:
    ys = T.YEARS
    rows = []
    for i, (c, lab) in enumerate(T.ACL_CATS):
        rows.append(Row(c, lab, [T.CHARGE_OFFS[y][c] - T.RECOVERIES[y][c] for y in ys], dollar=(i == 0)))
    rows.append(Row("total", "Total net charge-offs", [M["acl_roll"][y]["nco"] for y in ys], kind="grand", dollar=True))
    return TableSpec(
        "nco",
        [Col(str(y), 62) for y in ys],
        [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys)]],
        rows,
        title="Net Charge-offs by Loan Category",
        subtitle="(Dollars in thousands)",
    )


def item7a(d: Doc) -> None:
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, toc="Item 7A.")
    d.para(
        'Interest rate risk is our most significant market risk. The Asset/Liability Committee ("ALCO") monitors '
        "interest rate risk using an earnings simulation model that measures the sensitivity of net interest "
        "income over the next twelve months to instantaneous, parallel shifts in market interest rates, and an "
        'economic value of equity ("EVE") model that measures the change in the present value of assets less '
        "the present value of liabilities. The simulations assume a static balance sheet and incorporate "
        "management's assumptions about deposit pricing betas, prepayment speeds and the repricing of "
        "variable-rate instruments. Actual results will differ from simulated results."
    )
    rows = []
    for (sh, n25, n24), (_, e25, e24) in zip(T.NII_SENSITIVITY, T.EVE_SENSITIVITY, strict=True):
        rows.append(Row(f"s{sh}", f"{sh} basis points", [n25, n24, e25, e24]))
    d.table(
        TableSpec(
            "sens",
            [
                Col("nii25", 60, P1, dollar=False),
                Col("nii24", 60, P1, dollar=False),
                Col("eve25", 60, P1, dollar=False),
                Col("eve24", 60, P1, dollar=False),
            ],
            [
                [
                    ("Estimated % Change in\nNet Interest Income", 0, 1),
                    ("Estimated % Change in\nEconomic Value of Equity", 2, 3),
                ],
                [("Dec. 31, 2025", 0, 0), ("Dec. 31, 2024", 1, 1), ("Dec. 31, 2025", 2, 2), ("Dec. 31, 2024", 3, 3)],
            ],
            rows,
            title="Interest Rate Sensitivity",
            label_head="Change in interest rates",
        )
    )
    d.para(
        "The results indicate that our balance sheet was modestly asset-sensitive at December 31, 2025: net "
        "interest income would be expected to benefit from rising rates and decline if rates fall, principally "
        "because a substantial portion of our commercial loans reprice with short-term indices while a portion of "
        "our deposits is assumed to reprice more slowly. All simulated changes were within the policy limits "
        "established by the Board of Directors."
    )


# -------------------------------------------------------- financial statements
def auditor(d: Doc) -> None:
    d.add_page()
    d.heading("Item 8. Financial Statements and Supplementary Data", 1, toc="Item 8.")
    d.heading("Report of Independent Registered Public Accounting Firm", 2, align="C")
    d.para("To the Shareholders and Board of Directors of Tarnwick Bancorp, Inc.", style="I")
    d.para(
        "Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
        'Tarnwick Bancorp, Inc. and subsidiaries (the "Company") as of December 31, 2025 and 2024, the related '
        "consolidated statements of income, comprehensive income, changes in shareholders' equity and cash flows "
        "for each of the three years in the period ended December 31, 2025, and the related notes (collectively, "
        'the "financial statements"). In our opinion, the financial statements present fairly, in all material '
        "respects, the financial position of the Company as of December 31, 2025 and 2024, and the results of its "
        "operations and its cash flows for each of the three years in the period ended December 31, 2025, in "
        "conformity with accounting principles generally accepted in the United States of America."
    )
    d.para(
        "We also have audited, in accordance with the standards of the Public Company Accounting Oversight Board "
        '(United States) ("PCAOB"), the Company\'s internal control over financial reporting as of December 31, '
        "2025, based on criteria established in Internal Control - Integrated Framework (2013) issued by the "
        "Committee of Sponsoring Organizations of the Treadway Commission, and our report dated February 24, 2026 "
        "expressed an unqualified opinion."
    )
    d.para(
        "Basis for Opinion. These financial statements are the responsibility of the Company's management. Our "
        "responsibility is to express an opinion on these financial statements based on our audits. We are a "
        "public accounting firm registered with the PCAOB and are required to be independent with respect to the "
        "Company. We conducted our audits in accordance with the standards of the PCAOB. Those standards require "
        "that we plan and perform the audit to obtain reasonable assurance about whether the financial statements "
        "are free of material misstatement, whether due to error or fraud. Our audits included performing "
        "procedures to assess the risks of material misstatement, examining evidence supporting the amounts and "
        "disclosures, and evaluating the accounting principles used and significant estimates made by management. "
        "We believe that our audits provide a reasonable basis for our opinion."
    )
    d.para(
        "Critical Audit Matter - Allowance for Credit Losses on Loans. As described in Notes 1 and 3, the "
        f"allowance for credit losses on loans was ${mm(M['acl'][2025])} million at December 31, 2025. The "
        "allowance is estimated using models that incorporate reasonable and supportable economic forecasts and "
        "qualitative adjustments. Auditing the allowance involved especially challenging and subjective judgment "
        "because of the significant assumptions used. Our procedures included testing the design and operating "
        "effectiveness of controls over the allowance, evaluating the reasonableness of the economic forecast and "
        "the qualitative adjustments, and testing the completeness and accuracy of data used in the models."
    )
    d.para("/s/ Halvorsen Pike LLP", style="I", gap=1)
    d.para("We have served as the Company's auditor since 2006.", gap=1)
    d.para("Cleveland, Ohio\nFebruary 24, 2026", align="L")
    d.add_page()
    d.heading("Report of Independent Registered Public Accounting Firm", 2, align="C")
    d.para("To the Shareholders and Board of Directors of Tarnwick Bancorp, Inc.", style="I")
    d.para(
        "Opinion on Internal Control over Financial Reporting. We have audited Tarnwick Bancorp, Inc. and "
        "subsidiaries' internal control over financial reporting as of December 31, 2025, based on criteria "
        "established in Internal Control - Integrated Framework (2013) issued by the Committee of Sponsoring "
        'Organizations of the Treadway Commission (the "COSO criteria"). In our opinion, the Company maintained, '
        "in all material respects, effective internal control over financial reporting as of December 31, 2025, "
        "based on the COSO criteria."
    )
    d.para(
        "We also have audited, in accordance with the standards of the PCAOB, the consolidated financial "
        "statements of the Company as of and for the year ended December 31, 2025, and our report dated "
        "February 24, 2026 expressed an unqualified opinion thereon."
    )
    d.para(
        "Basis for Opinion. The Company's management is responsible for maintaining effective internal control "
        "over financial reporting and for its assessment of the effectiveness of internal control over financial "
        "reporting included in Management's Report on Internal Control over Financial Reporting in Item 9A. Our "
        "responsibility is to express an opinion on the Company's internal control over financial reporting based "
        "on our audit. We conducted our audit in accordance with the standards of the PCAOB. Those standards "
        "require that we plan and perform the audit to obtain reasonable assurance about whether effective "
        "internal control over financial reporting was maintained in all material respects. Our audit included "
        "obtaining an understanding of internal control over financial reporting, assessing the risk that a "
        "material weakness exists, testing and evaluating the design and operating effectiveness of internal "
        "control based on the assessed risk, and performing such other procedures as we considered necessary in "
        "the circumstances. We believe that our audit provides a reasonable basis for our opinion."
    )
    d.para(
        "Definition and Limitations of Internal Control over Financial Reporting. A company's internal control "
        "over financial reporting is a process designed to provide reasonable assurance regarding the reliability "
        "of financial reporting and the preparation of financial statements for external purposes in accordance "
        "with generally accepted accounting principles. It includes those policies and procedures that pertain to "
        "the maintenance of records that, in reasonable detail, accurately and fairly reflect the transactions and "
        "dispositions of the assets of the company; provide reasonable assurance that transactions are recorded as "
        "necessary to permit preparation of financial statements, and that receipts and expenditures are being "
        "made only in accordance with authorizations of management and directors; and provide reasonable assurance "
        "regarding prevention or timely detection of unauthorized acquisition, use or disposition of assets that "
        "could have a material effect on the financial statements. Because of its inherent limitations, internal "
        "control over financial reporting may not prevent or detect misstatements. Also, projections of any "
        "evaluation of effectiveness to future periods are subject to the risk that controls may become inadequate "
        "because of changes in conditions, or that the degree of compliance may deteriorate."
    )
    d.para("/s/ Halvorsen Pike LLP", style="I", gap=1)
    d.para("Cleveland, Ohio\nFebruary 24, 2026", align="L")


def _bs_table() -> TableSpec:
    b, p = BS[2025], BS[2024]
    si, ts = M["shares_issued"], M["treasury_shares"]

    def r(key, label, **kw):
        return Row(key, label, [b[key], p[key]], **kw)

    rows = [
        Row(None, "ASSETS", kind="section", bold=True),
        r("cash_due", "Cash and due from banks", dollar=True),
        r("ib_dep", "Interest-bearing deposits in other banks"),
        r("cash_total", "Total cash and cash equivalents", kind="sub"),
        r(
            "afs",
            "Securities available for sale, at fair value (amortized cost of "
            f"${T.AFS_AC[2025]:,} and ${T.AFS_AC[2024]:,}, respectively)",
        ),
        r(
            "htm",
            "Securities held to maturity, at amortized cost (fair value of "
            f"${T.HTM_FV[2025]:,} and ${T.HTM_FV[2024]:,}, respectively)",
        ),
        r("fhlb", "Federal Home Loan Bank and Federal Reserve Bank stock, at cost"),
        r("lhfs", "Loans held for sale"),
        r("loans", "Loans, net of deferred loan fees and costs"),
        r("acl", "Less: allowance for credit losses", indent=1),
        r("loans_net", "Net loans", kind="sub"),
        r("premises", "Premises and equipment, net"),
        r("boli", "Bank-owned life insurance"),
        r("goodwill", "Goodwill"),
        r("cdi", "Core deposit intangibles, net"),
        r("air", "Accrued interest receivable"),
        r("dta", "Deferred tax asset, net"),
        r("other_assets", "Other assets"),
        r("total_assets", "Total assets", kind="grand", dollar=True),
        Row(None, "LIABILITIES AND SHAREHOLDERS' EQUITY", kind="section", bold=True),
        Row(None, "Deposits:", kind="section"),
        r("dep_nib", "Noninterest-bearing", dollar=True, indent=1),
        r("dep_ib", "Interest-bearing", indent=1),
        r("deposits", "Total deposits", kind="sub", indent=2),
        r("stb", "Short-term borrowings"),
        r("ltd", "Long-term debt"),
        r("sub", "Subordinated debentures, net"),
        r("aip", "Accrued interest payable"),
        r("other_liab", "Other liabilities"),
        r("total_liab", "Total liabilities", kind="sub"),
        Row(None, "Commitments and contingent liabilities (Note 15)", kind="section"),
        Row(None, "Shareholders' equity:", kind="section"),
        Row(None, "Preferred stock, no par value; 2,000,000 shares authorized; none issued", [None, None], indent=1),
        r(
            "eq_common",
            f"Common stock, $1.00 par value; 60,000,000 shares authorized; {si[2025]:,} and {si[2024]:,} shares issued",
            indent=1,
        ),
        r("eq_apic", "Additional paid-in capital", indent=1),
        r("eq_re", "Retained earnings", indent=1),
        r("eq_treasury", f"Treasury stock, at cost ({ts[2025]:,} and {ts[2024]:,} shares)", indent=1),
        r("eq_aoci", "Accumulated other comprehensive loss", indent=1),
        r("eq_total", "Total shareholders' equity", kind="sub", indent=2),
        r("total_liab_eq", "Total liabilities and shareholders' equity", kind="grand", dollar=True),
    ]
    return TableSpec(
        "bs",
        [Col("2025", 70), Col("2024", 70)],
        [[("December 31,", 0, 1)], [("2025", 0, 0), ("2024", 1, 1)]],
        rows,
        title="TARNWICK BANCORP, INC. AND SUBSIDIARIES\nCONSOLIDATED BALANCE SHEETS",
        subtitle="(Dollars in thousands, except share data)",
        size=8.6,
    )


def _is_table() -> TableSpec:
    ys = T.YEARS

    def r(key, label, **kw):
        return Row(key, label, [IS[y][key] for y in ys], **kw)

    rows = [
        Row(None, "Interest income:", kind="section", bold=True),
        r("int_loans", "Loans, including fees", dollar=True, indent=1),
        r("int_sec_taxable", "Securities - taxable", indent=1),
        r("int_sec_exempt", "Securities - tax-exempt", indent=1),
        r("int_other", "Interest-bearing deposits and other", indent=1),
        r("int_income", "Total interest income", kind="sub", indent=2),
        Row(None, "Interest expense:", kind="section", bold=True),
        r("intx_deposits", "Deposits", indent=1),
        r("intx_stb", "Short-term borrowings", indent=1),
        r("intx_ltd_sub", "Long-term debt and subordinated debentures", indent=1),
        r("int_expense", "Total interest expense", kind="sub", indent=2),
        r("nii", "Net interest income", kind="sub"),
        r("provision", "Provision for credit losses"),
        r("nii_after_prov", "Net interest income after provision for credit losses", kind="sub"),
        Row(None, "Noninterest income:", kind="section", bold=True),
    ]
    for k, lab in T.NONINT_INCOME_LINES:
        rows.append(r("nonint_" + k, lab.replace("Other noninterest income", "Other"), indent=1))
    rows.append(r("nonint_income", "Total noninterest income", kind="sub", indent=2))
    rows.append(Row(None, "Noninterest expense:", kind="section", bold=True))
    for k, lab in T.NONINT_EXPENSE_LINES:
        rows.append(r("nonx_" + k, lab.replace("Other noninterest expense", "Other"), indent=1))
    rows += [
        r("nonint_expense", "Total noninterest expense", kind="sub", indent=2),
        r("pretax", "Income before income taxes", kind="sub"),
        r("tax", "Income tax expense"),
        r("net_income", "Net income", kind="grand", dollar=True),
        Row(None, "Earnings per common share:", kind="section", bold=True),
        r("eps_basic", "Basic", dollar=True, indent=1, fmt=f_dec(2)),
        r("eps_diluted", "Diluted", dollar=True, indent=1, fmt=f_dec(2)),
        Row(
            "dps",
            "Cash dividends declared per common share",
            [Fraction(IS[y]["dps_cents"], 100) for y in ys],
            dollar=True,
            fmt=f_dec(2),
        ),
        Row(None, "Weighted average common shares outstanding:", kind="section", bold=True),
        r("wavg_basic", "Basic", indent=1, fmt=SH),
        r("wavg_diluted", "Diluted", indent=1, fmt=SH),
    ]
    return TableSpec(
        "is",
        [Col(str(y), 62) for y in ys],
        [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys)]],
        rows,
        title="TARNWICK BANCORP, INC. AND SUBSIDIARIES\nCONSOLIDATED STATEMENTS OF INCOME",
        subtitle="(Dollars in thousands, except per share data)",
        size=8.5,
    )


def _ci_table() -> TableSpec:
    ys = T.YEARS
    o = M["oci"]
    rows = [
        Row("net_income", "Net income", [IS[y]["net_income"] for y in ys], dollar=True),
        Row(None, "Other comprehensive income (loss):", kind="section"),
        Row(
            "holding",
            "Unrealized holding gains (losses) on securities available for sale arising during the period",
            [o[y]["holding"] for y in ys],
            indent=1,
        ),
        Row(
            "reclass",
            "Reclassification adjustment for net losses on sales of securities included in net income",
            [o[y]["reclass"] for y in ys],
            indent=1,
        ),
        Row("pretax", "Other comprehensive income, before tax", [o[y]["pretax"] for y in ys], kind="sub", indent=1),
        Row("tax", "Income tax effect", [o[y]["tax"] for y in ys], indent=1),
        Row("oci", "Other comprehensive income, net of tax", [o[y]["net"] for y in ys], kind="sub", indent=2),
        Row(
            "comprehensive",
            "Comprehensive income",
            [IS[y]["net_income"] + o[y]["net"] for y in ys],
            kind="grand",
            dollar=True,
        ),
    ]
    return TableSpec(
        "ci",
        [Col(str(y), 62) for y in ys],
        [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys)]],
        rows,
        title="TARNWICK BANCORP, INC. AND SUBSIDIARIES\nCONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME",
        subtitle="(Dollars in thousands)",
    )


def _eq_table() -> TableSpec:
    rows = []
    so = M["shares_out"]
    keys = ("common", "apic", "re", "treasury", "aoci", "total")

    def bal(y):
        return Row(
            f"bal{y}",
            f"Balance, December 31, {y}",
            [so[y]] + [EQ[y][k] for k in keys],
            kind="sub" if y > 2022 else "row",
            bold=True,
            dollar=True,
        )

    rows.append(bal(2022))
    for y in (2023, 2024, 2025):
        mv = M["eq_moves"][y]
        dps = cents(IS[y]["dps_cents"])
        rows += [
            Row(f"ni{y}", "Net income", [None, None, None, mv["net_income"], None, None, mv["net_income"]], indent=1),
            Row(
                f"oci{y}",
                "Other comprehensive income, net of tax",
                [None, None, None, None, None, mv["oci"], mv["oci"]],
                indent=1,
            ),
            Row(
                f"div{y}",
                f"Cash dividends declared (${dps} per share)",
                [None, None, None, mv["dividends"], None, None, mv["dividends"]],
                indent=1,
            ),
            Row(f"sbc{y}", "Stock-based compensation", [None, None, mv["sbc"], None, None, None, mv["sbc"]], indent=1),
            Row(
                f"plan{y}",
                "Shares issued under stock plans, net of shares withheld for taxes",
                [
                    T.STOCK_PLAN_SHARES[y],
                    mv["plan_common"],
                    mv["plan_apic"],
                    None,
                    None,
                    None,
                    mv["plan_common"] + mv["plan_apic"],
                ],
                indent=1,
            ),
            Row(
                f"rep{y}",
                "Repurchase of common stock",
                [-T.REPURCHASE_SHARES[y], None, None, None, mv["repurchase"], None, mv["repurchase"]],
                indent=1,
            ),
        ]
        rows.append(bal(y))
    w = 47
    return TableSpec(
        "eq",
        [Col("shares", 50, SH, dollar=False)] + [Col(k, w) for k in keys],
        [
            [
                ("Common\nShares\nOutstanding", 0, 0),
                ("Common\nStock", 1, 1),
                ("Additional\nPaid-in\nCapital", 2, 2),
                ("Retained\nEarnings", 3, 3),
                ("Treasury\nStock", 4, 4),
                ("Accumulated\nOther\nComprehensive\nLoss", 5, 5),
                ("Total\nShareholders'\nEquity", 6, 6),
            ]
        ],
        rows,
        title="TARNWICK BANCORP, INC. AND SUBSIDIARIES\nCONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY",
        subtitle="(Dollars in thousands, except per share data)",
        size=7.3,
    )


def _cf_table() -> TableSpec:
    ys = T.YEARS

    def r(key, label, **kw):
        return Row(key, label, [CF[y][key] for y in ys], **kw)

    rows = [
        Row(None, "Cash flows from operating activities:", kind="section", bold=True),
        r("net_income", "Net income", dollar=True, indent=1),
        Row(
            None,
            "Adjustments to reconcile net income to net cash provided by operating activities:",
            kind="section",
            indent=1,
        ),
        r("provision", "Provision for credit losses", indent=2),
        r("depreciation", "Depreciation of premises and equipment", indent=2),
        r("cdi_amort", "Amortization of core deposit intangibles", indent=2),
        r("premium_amort", "Net amortization of securities premiums and discounts", indent=2),
        r("sbc", "Stock-based compensation", indent=2),
        r("deferred_tax", "Deferred income tax expense (benefit)", indent=2),
        r("boli_income", "Increase in cash surrender value of bank-owned life insurance", indent=2),
        r("sec_loss", "Net loss on sales of securities available for sale", indent=2),
        r("gain_lhfs", "Gain on sales of loans held for sale", indent=2),
        r("lhfs_orig", "Originations of loans held for sale", indent=2),
        r("lhfs_proceeds", "Proceeds from sales of loans held for sale", indent=2),
        r("chg_air", "Net change in accrued interest receivable", indent=2),
        r("chg_other_assets", "Net change in other assets", indent=2),
        r("chg_liab", "Net change in accrued interest payable and other liabilities", indent=2),
        r("cfo", "Net cash provided by operating activities", kind="sub", indent=3),
        Row(None, "Cash flows from investing activities:", kind="section", bold=True),
        r("afs_purchases", "Purchases of securities available for sale", indent=1),
        r("afs_sales", "Proceeds from sales of securities available for sale", indent=1),
        r("afs_maturities", "Proceeds from maturities, calls and paydowns of securities available for sale", indent=1),
        r("htm_purchases", "Purchases of securities held to maturity", indent=1),
        r("htm_maturities", "Proceeds from maturities and paydowns of securities held to maturity", indent=1),
        r("fhlb_net", "Net (purchases) redemptions of FHLB and FRB stock", indent=1),
        r("loans_net", "Net increase in loans", indent=1),
        r("premises_purchases", "Purchases of premises and equipment, net", indent=1),
        r("boli_purchase", "Purchase of bank-owned life insurance", indent=1),
        r("cfi", "Net cash used in investing activities", kind="sub", indent=3),
        Row(None, "Cash flows from financing activities:", kind="section", bold=True),
        r("deposits", "Net increase (decrease) in deposits", indent=1),
        r("stb", "Net increase (decrease) in short-term borrowings", indent=1),
        r("ltd_proceeds", "Proceeds from long-term debt", indent=1),
        r("ltd_repay", "Repayments of long-term debt", indent=1),
        r("repurchase", "Repurchases of common stock", indent=1),
        r("dividends", "Cash dividends paid", indent=1),
        r("stock_plans", "Shares withheld for taxes under stock plans, net of proceeds", indent=1),
        r("cff", "Net cash provided by (used in) financing activities", kind="sub", indent=3),
        r("net_change", "Net change in cash and cash equivalents", kind="sub"),
        r("cash_begin", "Cash and cash equivalents at beginning of year"),
        r("cash_end", "Cash and cash equivalents at end of year", kind="grand", dollar=True),
        Row(None, "Supplemental disclosures:", kind="section", bold=True),
        r("interest_paid", "Cash paid for interest", dollar=True, indent=1),
        r("taxes_paid", "Cash paid for income taxes, net of refunds", indent=1),
    ]
    return TableSpec(
        "cf",
        [Col(str(y), 62) for y in ys],
        [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys)]],
        rows,
        title="TARNWICK BANCORP, INC. AND SUBSIDIARIES\nCONSOLIDATED STATEMENTS OF CASH FLOWS",
        subtitle="(Dollars in thousands)",
        size=8.2,
    )


def statements(d: Doc) -> None:
    d.add_page()
    d.heading("Consolidated Balance Sheets", 3, toc="BS")
    d.table(_bs_table())
    d.para("See accompanying notes to consolidated financial statements.", style="I", size=8, align="C")
    d.add_page()
    d.heading("Consolidated Statements of Income", 3, toc="IS")
    d.table(_is_table())
    d.para("See accompanying notes to consolidated financial statements.", style="I", size=8, align="C")
    d.add_page()
    d.heading("Consolidated Statements of Comprehensive Income", 3, toc="CI")
    d.table(_ci_table())
    d.para("See accompanying notes to consolidated financial statements.", style="I", size=8, align="C")
    d.add_page()
    d.heading("Consolidated Statements of Changes in Shareholders' Equity", 3, toc="EQ")
    d.table(_eq_table())
    d.para("See accompanying notes to consolidated financial statements.", style="I", size=8, align="C")
    d.add_page()
    d.heading("Consolidated Statements of Cash Flows", 3, toc="CF")
    d.table(_cf_table())
    d.para("See accompanying notes to consolidated financial statements.", style="I", size=8, align="C")


# ------------------------------------------------------------------- notes
def _sec_rows(data: dict, types: tuple, pre: str) -> list:
    rows = []
    for y in (2025, 2024):
        rows.append(Row(None, f"December {31}, {y}", kind="section", bold=True))
        tot = [0, 0, 0, 0]
        for i, (k, lab) in enumerate(types):
            ac, g, lo = data[y][k]
            v = [ac, g, -lo, ac + g - lo]
            tot = [a + b for a, b in zip(tot, v, strict=True)]
            rows.append(Row(f"{pre}{y}_{k}", lab, v, dollar=(i == 0), indent=1))
        rows.append(Row(f"{pre}{y}_total", "Total", tot, kind="grand", dollar=True, indent=2))
    return rows


def notes(d: Doc) -> None:  # noqa: PLR0915
    d.add_page()
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 2, toc="NOTES", align="C")
    d.heading("Note 1 - Summary of Significant Accounting Policies", 3)
    pol = [
        (
            "Nature of operations and principles of consolidation. ",
            f"{CO} provides commercial banking, consumer "
            f"banking and wealth management services through {BANK}. The consolidated financial statements include "
            "the accounts of the Company, the Bank and the Bank's wholly owned subsidiaries, Tarnwick Investment "
            "Holdings, Inc. and TSTB Realty LLC. Intercompany balances and transactions have been eliminated.",
        ),
        (
            "Use of estimates. ",
            "The preparation of financial statements in conformity with U.S. generally accepted "
            "accounting principles requires management to make estimates and assumptions that affect reported "
            "amounts. The allowance for credit losses, the fair value of financial instruments and the evaluation of "
            "goodwill for impairment are particularly subject to change.",
        ),
        (
            "Cash and cash equivalents. ",
            "Cash and cash equivalents include cash on hand, amounts due from banks and "
            "interest-bearing deposits in other banks, including the Federal Reserve Bank, with original maturities "
            "of three months or less.",
        ),
        (
            "Investment securities. ",
            "Debt securities are classified as held to maturity when the Company has the "
            "positive intent and ability to hold them to maturity and are carried at amortized cost. Other debt "
            "securities are classified as available for sale and carried at fair value, with unrealized gains and "
            "losses, net of tax, reported in other comprehensive income. Premiums and discounts are recognized in "
            "interest income using the interest method. For available-for-sale securities in an unrealized loss "
            "position, the Company assesses whether it intends to sell, or more likely than not will be required to "
            "sell, the security before recovery, and whether any portion of the decline results from credit factors.",
        ),
        (
            "Loans. ",
            "Loans are reported at the principal balance outstanding, net of deferred fees and costs. "
            "Interest income is accrued on the unpaid principal balance. Loans are generally placed on nonaccrual "
            "status when principal or interest is 90 days past due unless the loan is well secured and in the process "
            "of collection. Interest received on nonaccrual loans is applied to principal.",
        ),
        (
            "Allowance for credit losses. ",
            "The allowance for credit losses is a valuation account deducted from the "
            "amortized cost basis of loans to present the net amount expected to be collected. Loans are charged off "
            "against the allowance when management believes the balance is uncollectible. Expected losses are "
            "estimated over the contractual term, adjusted for expected prepayments, using pooled methodologies and "
            "individual evaluation of collateral-dependent loans. The reserve for unfunded commitments is included in "
            "other liabilities and changes in it are recorded in the provision for credit losses.",
        ),
        (
            "Goodwill and intangible assets. ",
            "Goodwill is tested for impairment annually as of October 1 and more "
            "often if events indicate impairment may exist. Core deposit intangibles are amortized on an accelerated "
            "basis over their estimated useful lives of up to ten years.",
        ),
        (
            "Revenue recognition. ",
            "Service charges, interchange fees and wealth management fees are recognized as "
            "the related performance obligations are satisfied, generally monthly or at the time of the transaction.",
        ),
        (
            "Income taxes. ",
            "Deferred tax assets and liabilities are recognized for temporary differences between "
            "financial statement and tax bases of assets and liabilities using enacted rates. The Company accounts for "
            "low-income housing tax credit investments using the proportional amortization method.",
        ),
        (
            "Bank-owned life insurance. ",
            "Bank-owned life insurance is carried at the cash surrender value of the "
            "policies, and increases in cash surrender value are recorded in noninterest income.",
        ),
        (
            "Other real estate owned. ",
            "Real estate acquired through foreclosure is recorded at fair value less "
            "estimated costs to sell at the date of foreclosure, establishing a new cost basis. Subsequent declines in "
            "value and operating costs are charged to noninterest expense.",
        ),
        (
            "Loans held for sale. ",
            "Residential mortgage loans originated for sale are carried at the lower of cost "
            "or fair value. Gains and losses on sales are recognized in mortgage banking income when control of the "
            "loans transfers to the purchaser.",
        ),
        (
            "Segment reporting. ",
            "The Company's chief operating decision maker, its Chief Executive Officer, "
            "evaluates performance and allocates resources on a consolidated basis using net income, net interest "
            "margin and the efficiency ratio. Accordingly, the Company has one reportable segment, community banking, "
            "and the significant expenses reviewed by the chief operating decision maker are those presented in the "
            "consolidated statements of income.",
        ),
        (
            "Recently adopted and issued accounting standards. ",
            "In 2025 the Company adopted ASU 2023-09, Income "
            "Taxes (Topic 740): Improvements to Income Tax Disclosures, on a prospective basis; adoption affected "
            "disclosures only. ASU 2024-03, which requires disaggregation of certain income statement expenses, is "
            "effective for the Company's 2027 annual financial statements, and the Company is evaluating its effect on "
            "its disclosures.",
        ),
        (
            "Earnings per share. ",
            "Basic earnings per share is net income divided by the weighted average number of "
            "common shares outstanding. Diluted earnings per share reflects the potential dilution of restricted stock "
            "units and stock options using the treasury stock method.",
        ),
    ]
    for h, b in pol:
        d.para(h + b)
    # ---- Note 2 securities
    d.heading("Note 2 - Investment Securities", 3)
    d.para(
        "The amortized cost, gross unrealized gains and losses, and fair value of securities available for sale "
        "were as follows:"
    )
    sec_cols = [Col("ac", 64), Col("gains", 58), Col("losses", 58), Col("fv", 64)]
    sec_heads = [
        [
            ("Amortized\nCost", 0, 0),
            ("Gross\nUnrealized\nGains", 1, 1),
            ("Gross\nUnrealized\nLosses", 2, 2),
            ("Fair\nValue", 3, 3),
        ]
    ]
    d.table(
        TableSpec(
            "afs",
            sec_cols,
            sec_heads,
            _sec_rows(T.AFS, T.AFS_TYPES, "afs"),
            title="Securities Available for Sale",
            subtitle="(Dollars in thousands)",
        )
    )
    d.table(
        TableSpec(
            "htm",
            sec_cols,
            sec_heads,
            _sec_rows(T.HTM, T.HTM_TYPES, "htm"),
            title="Securities Held to Maturity",
            subtitle="(Dollars in thousands)",
        )
    )
    n_pos = T.AFS_POSITIONS_IN_LOSS_2025
    d.para(
        "The following table presents the fair value and gross unrealized losses of securities available for sale "
        "in a continuous unrealized loss position, aggregated by length of time in that position, at December 31, "
        f"2025. At that date, {n_pos} individual securities were in an unrealized loss position. The Company does not "
        "intend to sell these securities and it is not more likely than not that it will be required to sell them "
        "before recovery of amortized cost. The declines in fair value are attributable to changes in interest "
        "rates, and no allowance for credit losses was recorded on available-for-sale securities."
    )
    rows = []
    tot = [0] * 6
    for i, (k, lab) in enumerate(T.AFS_TYPES):
        a, b_, c_, e = T.AFS_LOSS_AGING_2025[k]
        v = [a, -b_, c_, -e, a + c_, -(b_ + e)]
        tot = [x + y for x, y in zip(tot, v, strict=True)]
        rows.append(Row(k, lab, [x if x != 0 else 0 for x in v], dollar=(i == 0)))
    rows.append(Row("total", "Total", tot, kind="grand", dollar=True))
    d.table(
        TableSpec(
            "aging",
            [Col("fv_lt", 52), Col("ul_lt", 46), Col("fv_gt", 52), Col("ul_gt", 46), Col("fv_t", 52), Col("ul_t", 46)],
            [
                [("Less than 12 Months", 0, 1), ("12 Months or More", 2, 3), ("Total", 4, 5)],
                [
                    ("Fair\nValue", 0, 0),
                    ("Unrealized\nLosses", 1, 1),
                    ("Fair\nValue", 2, 2),
                    ("Unrealized\nLosses", 3, 3),
                    ("Fair\nValue", 4, 4),
                    ("Unrealized\nLosses", 5, 5),
                ],
            ],
            rows,
            title="Securities Available for Sale in an Unrealized Loss Position - December 31, 2025",
            subtitle="(Dollars in thousands)",
            size=7.8,
        )
    )
    cf25 = CF[2025]
    d.para(
        f"Proceeds from sales of securities available for sale were ${mm(cf25['afs_sales'])} million in 2025, "
        f"resulting in gross realized losses of ${mm(-T.SEC_LOSS[2025])} million. Securities with a carrying value "
        f"of approximately ${mm(T.PLEDGED_SECURITIES)} million were pledged to secure public deposits, FHLB advances "
        "and for other "
        "purposes at December 31, 2025."
    )
    # ---- Note 3 loans and ACL
    d.heading("Note 3 - Loans and Allowance for Credit Losses", 3)
    d.para(
        'Loans by type are presented in Item 7 under "Loans." Loans with a carrying amount of approximately '
        f"${bn(T.PLEDGED_LOANS)} billion were pledged to the FHLB as collateral for advances at December 31, 2025. "
        "The following "
        "table presents activity in the allowance for credit losses by portfolio segment for 2025."
    )
    cat = M["acl_cat_2025"]
    cats = [c for c, _ in T.ACL_CATS]
    vals = {
        k: [cat[c][k] if k not in ("co",) else -cat[c][k] for c in cats]
        for k in ("begin", "co", "rec", "provision", "end")
    }
    rows = [
        Row("begin", "Balance, December 31, 2024", vals["begin"] + [sum(vals["begin"])], dollar=True),
        Row("co", "Charge-offs", vals["co"] + [sum(vals["co"])]),
        Row("rec", "Recoveries", vals["rec"] + [sum(vals["rec"])]),
        Row("provision", "Provision for credit losses on loans", vals["provision"] + [sum(vals["provision"])]),
        Row("end", "Balance, December 31, 2025", vals["end"] + [sum(vals["end"])], kind="grand", dollar=True),
    ]
    d.table(
        TableSpec(
            "aclcat",
            [Col(c, 58) for c in cats] + [Col("total", 60)],
            [
                [
                    ("Commercial\nReal Estate", 0, 0),
                    ("Commercial\nand Industrial", 1, 1),
                    ("Residential\nReal Estate", 2, 2),
                    ("Consumer\nand Other", 3, 3),
                    ("Total", 4, 4),
                ]
            ],
            rows,
            subtitle="(Dollars in thousands)",
            size=8.0,
        )
    )
    d.para(
        "The Company assigns risk ratings to commercial loans based on the borrower's financial condition, "
        "collateral and repayment capacity. Loans rated special mention have potential weaknesses that deserve "
        "management's close attention. Substandard loans are inadequately protected by the paying capacity of the "
        "borrower or the collateral pledged. Doubtful loans have weaknesses that make collection in full highly "
        "questionable. The following table presents commercial loans by risk rating at December 31, 2025."
    )
    rr = M["risk_ratings"]
    keys = ("pass_", "sm", "ss", "dd", "total")
    rows = []
    for i, k in enumerate(rr):
        rows.append(Row(k, dict(T.LOAN_TYPES)[k], [rr[k][c] for c in keys], dollar=(i == 0)))
    rows.append(
        Row("total", "Total commercial loans", [sum(rr[k][c] for k in rr) for c in keys], kind="grand", dollar=True)
    )
    d.table(
        TableSpec(
            "ratings",
            [Col("pass", 64), Col("sm", 54), Col("ss", 54), Col("dd", 48), Col("total", 64)],
            [[("Pass", 0, 0), ("Special\nMention", 1, 1), ("Substandard", 2, 2), ("Doubtful", 3, 3), ("Total", 4, 4)]],
            rows,
            subtitle="(Dollars in thousands)",
            size=8.0,
        )
    )
    d.para("The following table presents the aging of the recorded investment in loans at December 31, 2025.")
    d.table(_aging_table())
    d.para(
        f"Loans modified for borrowers experiencing financial difficulty totaled ${mm(T.MODIFIED_LOANS)} million at "
        "December 31, 2025, consisting principally of term extensions on commercial real estate loans."
    )
    # ---- Note 4 premises, goodwill, intangibles
    d.heading("Note 4 - Premises, Goodwill and Intangible Assets", 3)
    pr = M["premises"]
    rows = [
        Row("land", "Land", [pr[2025]["land"], pr[2024]["land"]], dollar=True),
        Row("buildings", "Buildings and leasehold improvements", [pr[2025]["buildings"], pr[2024]["buildings"]]),
        Row("equipment", "Furniture, fixtures and equipment", [pr[2025]["equipment"], pr[2024]["equipment"]]),
        Row("cip", "Construction in progress", [pr[2025]["cip"], pr[2024]["cip"]]),
        Row("gross", "Total premises and equipment, at cost", [pr[2025]["gross"], pr[2024]["gross"]], kind="sub"),
        Row("accum", "Less: accumulated depreciation and amortization", [pr[2025]["accum"], pr[2024]["accum"]]),
        Row("net", "Premises and equipment, net", [pr[2025]["net"], pr[2024]["net"]], kind="grand", dollar=True),
    ]
    d.table(
        TableSpec(
            "premises",
            [Col("2025", 66), Col("2024", 66)],
            [[("December 31,", 0, 1)], [("2025", 0, 0), ("2024", 1, 1)]],
            rows,
            subtitle="(Dollars in thousands)",
        )
    )
    d.para(
        f"Depreciation expense was ${mm(T.DEPRECIATION[2025])} million, ${mm(T.DEPRECIATION[2024])} million and "
        f"${mm(T.DEPRECIATION[2023])} million for 2025, 2024 and 2023, respectively. Goodwill of "
        f"${mm(T.GOODWILL)} million arose from the acquisitions of Orrin Valley Financial Corp. and Brightwater "
        "Community Bancshares and was not impaired. Core deposit intangibles had a gross carrying amount of "
        f"${mm(T.CDI_GROSS)} million and accumulated amortization of ${mm(T.CDI_GROSS - T.CDI[2025])} million at "
        "December 31, 2025. "
        f"Amortization expense was ${mm(IS[2025]['nonx_cdi'])} million in 2025 and is expected to be approximately "
        + ", ".join(f"${mm(v)} million in {2026 + i}" for i, v in enumerate(M["cdi_future"][:-1]))
        + f" and ${mm(M['cdi_future'][-1])} million in 2030."
    )
    # ---- Note 5 deposits
    d.heading("Note 5 - Deposits", 3)
    tm = M["time_maturities"]
    tot_time = T.DEPOSITS[2025]["time_small"] + T.DEPOSITS[2025]["time_large"]
    d.para(
        f"Time deposits totaled ${mm(tot_time)} million at December 31, 2025, of which "
        f"${mm(T.DEPOSITS[2025]['time_large'])} million were in denominations greater than $250 thousand. Scheduled "
        "maturities of time deposits at December 31, 2025 were as follows:"
    )
    rows = [Row(f"y{i}", lab, [tm[i]], dollar=(i == 0)) for i, lab in enumerate(T.TIME_MATURITY_YEARS)]
    rows.append(Row("total", "Total time deposits", [tot_time], kind="grand", dollar=True))
    d.table(
        TableSpec(
            "tdmat",
            [Col("amt", 70)],
            [[("Amount", 0, 0)]],
            rows,
            label_head="Year ending December 31,",
            subtitle="(Dollars in thousands)",
        )
    )
    # ---- Note 6 borrowings
    d.heading("Note 6 - Borrowings", 3)
    d.para(
        f"Short-term borrowings consisted of FHLB advances of ${mm(BS[2025]['stb'])} million and "
        f"${mm(BS[2024]['stb'])} million at December 31, 2025 and 2024, with weighted average rates of "
        f"{pc(T.STB_RATES[2025], 2)} and {pc(T.STB_RATES[2024], 2)}, respectively. Long-term FHLB advances of "
        f"${mm(BS[2025]['ltd'])} million at December 31, 2025 had a "
        f"weighted average rate of {pc(M['ltd_wavg_rate'], 2)} and mature between 2027 and 2030. During 2025 the "
        "Company borrowed "
        f"${mm(T.LTD_PROCEEDS[2025])} million and repaid ${mm(T.LTD_REPAY[2025])} million of long-term advances. "
        f"Subordinated debentures of ${mm(T.SUB_DEBT, 2)} million, net of unamortized issuance costs, were issued in "
        "September 2022 and mature in September 2032."
    )
    rows = [
        Row(f"m{yr}", yr, [amt, Fraction(rate)], dollar=(i == 0)) for i, (yr, amt, rate) in enumerate(T.LTD_MATURITIES)
    ]
    rows.append(Row("total", "Total long-term FHLB advances", [BS[2025]["ltd"], None], kind="grand", dollar=True))
    d.table(
        TableSpec(
            "ltdmat",
            [Col("amt", 66), Col("rate", 56, P2, dollar=False)],
            [[("Amount", 0, 0), ("Weighted\nAverage Rate", 1, 1)]],
            rows,
            label_head="Maturing in",
            subtitle="(Dollars in thousands)",
        )
    )
    # ---- Note 7 shareholders' equity / stock comp
    d.heading("Note 7 - Stock-Based Compensation", 3)
    d.para(
        "The 2021 Omnibus Equity Incentive Plan authorizes the grant of up to 1,500,000 shares in the form of "
        "restricted stock units, performance share units and stock options. Restricted stock units generally vest "
        "ratably over three years and performance share units vest after three years based on return on average "
        "equity and total shareholder return relative to a peer group. Stock-based compensation expense was "
        f"${mm(T.SBC[2025])} million, ${mm(T.SBC[2024])} million and ${mm(T.SBC[2023])} million in 2025, 2024 and "
        f"2023, respectively. Unrecognized compensation cost of ${mm(T.UNRECOGNIZED_COMP)} million at December 31, "
        "2025 is expected to be recognized over a weighted average period of "
        f"{commas(rnd(T.UNRECOGNIZED_COMP_YEARS, 1), 1)} years."
    )
    d.heading("Note 8 - Employee Benefit Plans", 3)
    d.para(
        "The Company sponsors a 401(k) savings plan under which it matches 100% of employee contributions up to 4% "
        f"of compensation and 50% of the next 2%. Matching contributions were ${mm(T.MATCH_401K)} million in 2025. "
        "The Company also "
        "maintains nonqualified deferred compensation arrangements for certain executives, the liabilities for "
        "which are included in other liabilities and are partially funded through bank-owned life insurance."
    )
    d.heading("Note 9 - Leases", 3)
    ls = M["lease"]
    d.para(
        "The Company leases certain branch offices and equipment under operating leases. Right-of-use assets are "
        "included in other assets and lease liabilities in other liabilities. The weighted average remaining lease "
        f"term was {commas(rnd(T.LEASE_TERM_YEARS, 1), 1)} years and the weighted average discount rate was "
        f"{pc(T.LEASE_RATE, 2)} at December 31, 2025. Maturities of "
        "operating lease liabilities were as follows:"
    )
    rows = [Row(f"l{i}", str(yr), [amt], dollar=(i == 0)) for i, (yr, amt) in enumerate(T.LEASE_PAYMENTS)]
    rows += [
        Row("total", "Total lease payments", [ls["total"]], kind="sub"),
        Row("discount", "Less: imputed interest", [-ls["discount"]]),
        Row("liability", "Operating lease liabilities", [ls["liability"]], kind="grand", dollar=True),
    ]
    d.table(
        TableSpec(
            "lease",
            [Col("amt", 70)],
            [[("Amount", 0, 0)]],
            rows,
            label_head="Year ending December 31,",
            subtitle="(Dollars in thousands)",
        )
    )
    d.heading("Note 10 - Accumulated Other Comprehensive Loss", 3)
    d.para(
        "Accumulated other comprehensive loss consists entirely of net unrealized gains and losses on securities "
        "available for sale, net of tax. Changes were as follows:"
    )
    ys3 = (2025, 2024, 2023)
    o = M["oci"]
    t_rate = T.AOCI_TAX_RATE
    rows = [
        Row("begin", "Balance at beginning of year", [EQ[y - 1]["aoci"] for y in ys3], dollar=True),
        Row(
            "before",
            "Other comprehensive income before reclassifications, net of tax",
            [o[y]["net"] - rnd(o[y]["reclass"] * (1 - t_rate), 0) for y in ys3],
        ),
        Row(
            "reclass",
            "Amounts reclassified from accumulated other comprehensive loss, net of tax",
            [rnd(o[y]["reclass"] * (1 - t_rate), 0) for y in ys3],
        ),
        Row("end", "Balance at end of year", [EQ[y]["aoci"] for y in ys3], kind="grand", dollar=True),
    ]
    d.table(
        TableSpec(
            "aoci",
            [Col(str(y), 62) for y in ys3],
            [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys3)]],
            rows,
            subtitle="(Dollars in thousands)",
        )
    )
    d.heading("Note 11 - Related Party Transactions", 3)
    d.para(
        "The Bank has made loans in the ordinary course of business to directors, executive officers and their "
        "related interests on substantially the same terms, including interest rates and collateral, as those "
        "prevailing for comparable transactions with unrelated persons. Such loans totaled approximately "
        f"${mm(T.RELATED_PARTY_LOANS)} million at December 31, 2025 and did not involve more than the normal risk of "
        "collectibility. Deposits from related parties totaled approximately "
        f"${mm(T.RELATED_PARTY_DEPOSITS)} million at December 31, 2025."
    )
    # ---- Note 9 income taxes
    d.heading("Note 12 - Income Taxes", 3)
    tr = M["taxrec"]
    ys = T.YEARS
    rows = [
        Row("current", "Current tax expense", [IS[y]["tax_current"] for y in ys], dollar=True),
        Row("deferred", "Deferred tax expense (benefit)", [IS[y]["tax_deferred"] for y in ys]),
        Row("total_exp", "Total income tax expense", [IS[y]["tax"] for y in ys], kind="grand", dollar=True),
        Row(None, "Reconciliation to the federal statutory rate:", kind="section", bold=True),
        Row("statutory", "Tax at federal statutory rate of 21%", [tr[y]["statutory"] for y in ys], dollar=True),
        Row("state", "State income taxes, net of federal benefit", [tr[y]["state"] for y in ys]),
        Row("exempt", "Tax-exempt interest income", [tr[y]["exempt"] for y in ys]),
        Row("boli", "Bank-owned life insurance income", [tr[y]["boli"] for y in ys]),
        Row("credits", "Low-income housing tax credits, net of amortization", [tr[y]["credits"] for y in ys]),
        Row("other", "Other, net", [tr[y]["other"] for y in ys]),
        Row("total", "Income tax expense", [tr[y]["total"] for y in ys], kind="grand", dollar=True),
        Row("effective", "Effective tax rate", [tr[y]["effective"] for y in ys], fmt=P1),
    ]
    d.table(
        TableSpec(
            "tax",
            [Col(str(y), 62) for y in ys],
            [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys)]],
            rows,
            subtitle="(Dollars in thousands)",
        )
    )
    d.para(
        f"The net deferred tax asset of ${mm(BS[2025]['dta'])} million at December 31, 2025 included a deferred "
        f"tax asset of ${mm(-T.AFS_NU[2025] - (-EQ[2025]['aoci']))} million related to net unrealized losses on "
        "securities available for sale. Management believes it is more likely than not that all deferred tax "
        "assets will be realized."
    )
    # ---- Note 10 EPS
    d.heading("Note 13 - Earnings Per Share", 3)
    rows = [
        Row("ni", "Net income", [IS[y]["net_income"] for y in ys], dollar=True),
        Row(
            "basic_sh", "Weighted average common shares outstanding - basic", [IS[y]["wavg_basic"] for y in ys], fmt=SH
        ),
        Row("dilutive", "Dilutive effect of stock-based awards", [T.DILUTIVE[y] for y in ys], fmt=SH),
        Row(
            "diluted_sh",
            "Weighted average common shares outstanding - diluted",
            [IS[y]["wavg_diluted"] for y in ys],
            fmt=SH,
            kind="sub",
        ),
        Row("eps_basic", "Basic earnings per share", [IS[y]["eps_basic"] for y in ys], fmt=f_dec(2), dollar=True),
        Row("eps_diluted", "Diluted earnings per share", [IS[y]["eps_diluted"] for y in ys], fmt=f_dec(2), dollar=True),
        Row("anti", "Anti-dilutive awards excluded from diluted shares", [T.ANTIDILUTIVE[y] for y in ys], fmt=SH),
    ]
    d.table(
        TableSpec(
            "eps",
            [Col(str(y), 62) for y in ys],
            [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys)]],
            rows,
            subtitle="(Dollars in thousands, except per share data)",
        )
    )
    # ---- Note 11 regulatory capital
    d.heading("Note 14 - Regulatory Capital", 3)
    d.para(
        "The Company and the Bank are subject to regulatory capital requirements administered by the Federal "
        "Reserve. Failure to meet minimum requirements can initiate mandatory and discretionary actions by "
        "regulators that could have a material effect on the financial statements. Management believes that, as "
        "of December 31, 2025, the Company and the Bank met all capital adequacy requirements to which they are "
        "subject and that the Bank was well capitalized under the prompt corrective action framework. The "
        "following table presents actual and required capital amounts and ratios. Minimum requirements shown "
        "include the capital conservation buffer; well-capitalized requirements apply only to the Bank."
    )
    d.table(_cap_table())
    d.heading("Note 15 - Commitments and Contingencies", 3)
    d.para(
        "In the normal course of business the Bank makes commitments to extend credit and issues standby letters of "
        "credit that are not reflected in the consolidated balance sheets. At December 31, 2025, unfunded "
        f"commitments to extend credit totaled approximately ${bn(M['commitments_credit'])} billion and standby "
        f"letters of credit totaled approximately ${mm(T.COMMITMENTS[-1][1])} million. The Bank uses the same credit "
        "policies for these commitments as for "
        "on-balance-sheet instruments. The following table summarizes these off-balance-sheet commitments."
    )
    com = T.COMMITMENTS
    rows = [Row(f"c{i}", lab, [v], dollar=(i == 0)) for i, (lab, v) in enumerate(com)]
    rows.append(Row("total", "Total commitments", [sum(v for _, v in com)], kind="grand", dollar=True))
    d.table(
        TableSpec("commit", [Col("amt", 72)], [[("December 31,\n2025", 0, 0)]], rows, subtitle="(Dollars in thousands)")
    )
    d.para(
        "The Company is also party to various legal actions arising in the ordinary course of business. In the "
        "opinion of management, after consultation with legal counsel, the ultimate disposition of these matters "
        "is not expected to have a material adverse effect on the consolidated financial statements."
    )
    d.heading("Note 16 - Fair Value Measurements", 3)
    d.para(
        "Securities available for sale are measured at fair value on a recurring basis using Level 2 inputs, "
        "primarily matrix pricing from an independent pricing service based on observable market data for similar "
        "securities, except U.S. Treasury securities, which are measured using Level 1 quoted prices. Collateral-"
        "dependent loans and other real estate owned are measured at fair value on a nonrecurring basis using "
        "Level 3 inputs derived from appraisals adjusted for estimated selling costs."
    )
    rows = []
    for y in (2025, 2024):
        ust = T.AFS[y]["ust"]
        l1 = ust[0] + ust[1] - ust[2]
        rows.append(
            Row(
                f"fv{y}",
                f"Securities available for sale, December 31, {y}",
                [l1, BS[y]["afs"] - l1, 0, BS[y]["afs"]],
                dollar=True,
            )
        )
    d.table(
        TableSpec(
            "fair",
            [Col("l1", 60), Col("l2", 60), Col("l3", 50), Col("total", 64)],
            [[("Level 1", 0, 0), ("Level 2", 1, 1), ("Level 3", 2, 2), ("Total\nFair Value", 3, 3)]],
            rows,
            title="Assets Measured at Fair Value on a Recurring Basis",
            subtitle="(Dollars in thousands)",
        )
    )
    _parent_only(d)


def _parent_only(d: Doc) -> None:
    pb, pi = M["parent_bs"], M["parent_is"]
    d.heading("Note 17 - Parent Company Only Financial Information", 3)
    d.para(
        "Condensed financial information of Tarnwick Bancorp, Inc. (parent company only) is presented below. The "
        "parent company's principal asset is its investment in the Bank, and its principal source of cash is "
        "dividends from the Bank."
    )

    def r(key, label, **kw):
        return Row(key, label, [pb[2025][key], pb[2024][key]], **kw)

    rows = [
        r("cash", "Cash on deposit with subsidiary bank", dollar=True),
        r("investment", "Investment in subsidiary bank"),
        r("other_assets", "Other assets"),
        r("total_assets", "Total assets", kind="grand", dollar=True),
        r("sub", "Subordinated debentures, net", dollar=True),
        r("other_liab", "Other liabilities"),
        r("total_liab", "Total liabilities", kind="sub"),
        r("equity", "Shareholders' equity"),
        r("total_liab_eq", "Total liabilities and shareholders' equity", kind="grand", dollar=True),
    ]
    d.table(
        TableSpec(
            "parent_bs",
            [Col("2025", 66), Col("2024", 66)],
            [[("December 31,", 0, 1)], [("2025", 0, 0), ("2024", 1, 1)]],
            rows,
            title="Condensed Balance Sheets",
            subtitle="(Dollars in thousands)",
        )
    )
    ys = T.YEARS

    def q(key, label, **kw):
        return Row(key, label, [pi[y][key] for y in ys], **kw)

    rows = [
        q("dividends", "Dividends from subsidiary bank", dollar=True),
        q("other_income", "Other income"),
        q("interest", "Interest expense on subordinated debentures"),
        q("other_expense", "Other operating expense"),
        q("before", "Income before income tax benefit and equity in undistributed earnings of subsidiary", kind="sub"),
        q("tax_benefit", "Income tax benefit"),
        q("undistributed", "Equity in undistributed earnings of subsidiary"),
        q("net_income", "Net income", kind="grand", dollar=True),
    ]
    d.table(
        TableSpec(
            "parent_is",
            [Col(str(y), 62) for y in ys],
            [[("Year Ended December 31,", 0, 2)], [(str(y), i, i) for i, y in enumerate(ys)]],
            rows,
            title="Condensed Statements of Income",
            subtitle="(Dollars in thousands)",
        )
    )


def _aging_table() -> TableSpec:
    ag = M["aging"]
    keys = ("current", "d30", "d60", "d90", "nonaccrual", "total")
    rows = []
    for i, (k, lab) in enumerate(T.LOAN_TYPES):
        rows.append(Row(k, lab, [ag[k][c] for c in keys], dollar=(i == 0)))
    rows.append(
        Row("total", "Total", [sum(ag[k][c] for k, _ in T.LOAN_TYPES) for c in keys], kind="grand", dollar=True)
    )
    return TableSpec(
        "aging_loans",
        [Col("current", 60), Col("d30", 44), Col("d60", 44), Col("d90", 44), Col("nonaccrual", 48), Col("total", 60)],
        [
            [
                ("Current", 0, 0),
                ("30-59 Days\nPast Due", 1, 1),
                ("60-89 Days\nPast Due", 2, 2),
                ("90 Days or\nMore and\nAccruing", 3, 3),
                ("Nonaccrual", 4, 4),
                ("Total\nLoans", 5, 5),
            ]
        ],
        rows,
        subtitle="(Dollars in thousands)",
        size=7.6,
    )


def _cap_table() -> TableSpec:
    cap = M["cap"]
    mins = dict(cet1=Fraction(7), tier1=Fraction(85, 10), total=Fraction(105, 10), leverage=Fraction(4))
    well = dict(cet1=Fraction(65, 10), tier1=Fraction(8), total=Fraction(10), leverage=Fraction(5))
    labels = dict(
        cet1="CET1 capital to risk-weighted assets",
        tier1="Tier 1 capital to risk-weighted assets",
        total="Total capital to risk-weighted assets",
        leverage="Tier 1 capital to average assets (leverage)",
    )
    rows = []
    for y in (2025, 2024):
        c = cap[y]
        rows.append(Row(f"hdr{y}", f"December 31, {y}", kind="section", bold=True))
        for ent, ek, lab in (("co", None, CO + " (consolidated)"), ("bank", "bank", BANK)):
            src = c if ek is None else c[ek]
            rows.append(Row(f"{ent}{y}", lab, kind="section"))
            for i, m in enumerate(("cet1", "tier1", "total", "leverage")):
                amt = src["total"] if m == "total" else src["tier1"]
                ratio = src[
                    {"cet1": "cet1_ratio", "tier1": "tier1_ratio", "total": "total_ratio", "leverage": "leverage"}[m]
                ]
                base = c["lev_assets"] if m == "leverage" else c["rwa"]
                min_amt = int(rnd(base * mins[m] / 100, 0))
                well_amt = int(rnd(base * well[m] / 100, 0)) if ent == "bank" else None
                rows.append(
                    Row(
                        f"{ent}{y}_{m}",
                        labels[m],
                        [amt, ratio, min_amt, mins[m], well_amt if well_amt else "N/A", well[m] if well_amt else "N/A"],
                        dollar=(i == 0),
                        indent=1,
                    )
                )
    return TableSpec(
        "cap",
        [
            Col("amt", 58),
            Col("ratio", 38, P2, dollar=False),
            Col("min_amt", 58),
            Col("min_ratio", 38, P2, dollar=False),
            Col("well_amt", 58),
            Col("well_ratio", 38, P2, dollar=False),
        ],
        [
            [("Actual", 0, 1), ("Minimum Required\nIncluding Buffer", 2, 3), ("To Be Well\nCapitalized", 4, 5)],
            [("Amount", 0, 0), ("Ratio", 1, 1), ("Amount", 2, 2), ("Ratio", 3, 3), ("Amount", 4, 4), ("Ratio", 5, 5)],
        ],
        rows,
        title="Regulatory Capital",
        subtitle="(Dollars in thousands)",
        size=7.8,
    )


def back(d: Doc) -> None:
    d.heading(
        "Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1, toc="Item 9."
    )
    d.para("None.")
    d.heading("Item 9A. Controls and Procedures", 1, toc="Item 9A.")
    d.para(
        "Management, with the participation of our Chief Executive Officer and Chief Financial Officer, evaluated "
        "the effectiveness of our disclosure controls and procedures as of December 31, 2025 and concluded that "
        "they were effective. Management assessed the effectiveness of our internal control over financial "
        "reporting as of December 31, 2025 using the criteria in Internal Control - Integrated Framework (2013) and "
        "concluded that it was effective. Our independent registered public accounting firm has issued an "
        "attestation report on our internal control over financial reporting. There were no changes in our "
        "internal control over financial reporting during the fourth quarter of 2025 that materially affected, or "
        "are reasonably likely to materially affect, our internal control over financial reporting."
    )
    d.para(
        "Management's Report on Internal Control over Financial Reporting. Management is responsible for "
        "establishing and maintaining adequate internal control over financial reporting, as defined in Rule "
        "13a-15(f) under the Securities Exchange Act of 1934. Internal control over financial reporting is a "
        "process designed under the supervision of our principal executive and principal financial officers to "
        "provide reasonable assurance regarding the reliability of financial reporting and the preparation of "
        "financial statements for external purposes in accordance with generally accepted accounting principles, "
        "including the Federal Reserve's instructions for the preparation of consolidated financial statements "
        "for holding companies. Based on its assessment, management concluded that, as of December 31, 2025, our "
        "internal control over financial reporting was effective. Halvorsen Pike LLP, the independent registered "
        "public accounting firm that audited our consolidated financial statements, has issued an attestation "
        "report on our internal control over financial reporting, which is included in Item 8."
    )
    d.heading("Item 9B. Other Information", 1)
    d.para(
        "During the three months ended December 31, 2025, no director or executive officer adopted or terminated "
        "a Rule 10b5-1 trading arrangement or non-Rule 10b5-1 trading arrangement."
    )
    d.add_page()
    d.heading("PART III AND PART IV", 0, align="C")
    d.heading("Items 10 - 14", 1, toc="Items 10")
    d.para(
        "The information required by Items 10 (Directors, Executive Officers and Corporate Governance), 11 "
        "(Executive Compensation), 12 (Security Ownership of Certain Beneficial Owners and Management and Related "
        "Stockholder Matters), 13 (Certain Relationships and Related Transactions, and Director Independence) and "
        "14 (Principal Accountant Fees and Services) is incorporated by reference to our definitive proxy statement "
        "for the 2026 Annual Meeting of Shareholders."
    )
    d.heading("Item 15. Exhibits and Financial Statement Schedules", 1, toc="Item 15.")
    ex = [
        ("3.1", "Amended and Restated Articles of Incorporation of Tarnwick Bancorp, Inc."),
        ("3.2", "Amended and Restated Code of Regulations of Tarnwick Bancorp, Inc."),
        ("4.1", "Description of Registrant's Securities"),
        ("4.2", "Indenture for 5.25% Fixed-to-Floating Rate Subordinated Debentures due 2032"),
        ("10.1", "2021 Omnibus Equity Incentive Plan*"),
        ("10.2", "Form of Executive Change in Control Agreement*"),
        ("21.1", "Subsidiaries of the Registrant"),
        ("23.1", "Consent of Halvorsen Pike LLP"),
        ("31.1", "Rule 13a-14(a) Certification of Chief Executive Officer"),
        ("31.2", "Rule 13a-14(a) Certification of Chief Financial Officer"),
        ("32.1", "Section 1350 Certifications"),
        ("97.1", "Policy Relating to Recovery of Erroneously Awarded Compensation"),
        ("101", "Inline XBRL Interactive Data Files"),
    ]
    d.set_font("Times", "B", 8.6)
    d.cell(50, 11, "Exhibit No.")
    d.cell(d.tw - 50, 11, "Description", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 8.6)
    for no, desc in ex:
        d.cell(50, 10.5, no)
        d.cell(d.tw - 50, 10.5, desc, new_x="LMARGIN", new_y="NEXT")
    d.para("* Management contract or compensatory plan or arrangement.", size=8, style="I")
    d.heading("SIGNATURES", 1, toc="SIG", align="C")
    d.para(
        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant "
        "has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized, on "
        "February 24, 2026."
    )
    sig = [
        ("/s/ Marguerite L. Osterhaus", "President and Chief Executive Officer (Principal Executive Officer)"),
        (
            "/s/ Desmond R. Kallavane",
            "Executive Vice President and Chief Financial Officer (Principal Financial Officer)",
        ),
        (
            "/s/ Priya N. Castellanos",
            "Senior Vice President and Chief Accounting Officer (Principal Accounting Officer)",
        ),
        ("/s/ Harlan J. Whitcombe", "Chairman of the Board"),
    ]
    d.set_font("Times", "", 9)
    for n, t in sig:
        d.ensure(24)
        d.cell(170, 12, n)
        d.multi_cell(d.tw - 170, 12, t, new_x="LMARGIN", new_y="NEXT")
        d.space(4)


def build(toc_pages: dict | None = None) -> Doc:
    d = Doc(_style(), "Tarnwick Bancorp, Inc. - Annual Report on Form 10-K for 2025", CO, "Form 10-K 2025")
    cover(d)
    toc(d, toc_pages)
    forward_looking(d)
    item1(d)
    item1a(d)
    items_1b_to_4(d)
    item5(d)
    item7(d)
    item7a(d)
    auditor(d)
    statements(d)
    notes(d)
    back(d)
    return d


def heading_pages(d: Doc) -> dict:
    out = {}
    for _level, _text, page, tag in d.headings:
        if tag and tag not in out:
            out[tag] = d.printed_number(page)
    return out


def render() -> tuple[bytes, Doc]:
    """Two passes: the first finds the pages for the table of contents."""
    first = build(None)
    pages = heading_pages(first)
    d = build(pages)
    assert heading_pages(d) == pages
    assert d.cells.keys() == first.cells.keys()
    return bytes(d.output()), d


if __name__ == "__main__":
    import sys

    data, doc = render()
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tarnwick.pdf"
    with open(out, "wb") as fh:
        fh.write(data)
    print(out, doc.page_no(), "pages; continued:", doc.continued_tables)
