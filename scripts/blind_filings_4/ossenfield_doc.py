"""Typesets the invented Ossenfield Industries Corp. Form 8-K with its fiscal
fourth-quarter and fiscal 2025 earnings release (Exhibit 99.1).

Every number printed here comes from ossenfield_model.M; the narrative is
original, written for this evaluation set.
"""

from __future__ import annotations

from fractions import Fraction

import ossenfield_model as O
from common import cents, commas, f_cents, f_pct, f_tenths, pct, rnd, txt_tenths
from layout import Col, Doc, Row, Style, TableSpec

M = O.M
IS, BS, CF = M["IS"], M["BS"], M["CF"]
DOC_NAME = "OSSENFIELD_FY2025_8K"
CO = "Ossenfield Industries Corp."
P1 = f_pct(1)
NAVY = (16, 42, 92)
SEG = dict(O.SEGMENTS)
RELEASE_DATE = "November 12, 2025"


def m1(v: int) -> str:
    """tenths of $ million -> '1,126.8' (absolute)."""
    return txt_tenths(v)


def pc(x, nd: int = 1) -> str:
    return commas(rnd(abs(x), nd), nd) + "%"


def eps(c: int) -> str:
    return cents(c)


def chg(a, b) -> Fraction:
    return pct(a - b, b)


def updown(x, up="increased", down="decreased") -> str:
    return up if x >= 0 else down


def _style() -> Style:
    return Style(
        body_font="Helvetica",
        body_size=9.4,
        leading=12.6,
        head_font="Helvetica",
        table_font="Helvetica",
        table_size=7.9,
        row_h=10.8,
        margin_l=58.0,
        margin_r=58.0,
        margin_t=60.0,
        margin_b=54.0,
        para_gap=6.0,
        justify=False,
        accent=NAVY,
        head_fill=(221, 228, 239),
        total_fill=(241, 244, 249),
        title_align="L",
        running_left="OSSENFIELD INDUSTRIES CORP.",
        running_right="EXHIBIT 99.1",
        running_from=2,
        footer="page_of",
        footer_text="Ossenfield Reports Fourth Quarter and Fiscal 2025 Results",
        number_offset=1,
    )


def _box(d: Doc, x: float, y: float, checked: bool = False) -> None:
    d.set_line_width(0.5)
    d.rect(x, y, 7, 7)
    if checked:
        d.line(x + 1, y + 1, x + 6, y + 6)
        d.line(x + 1, y + 6, x + 6, y + 1)


def cover(d: Doc) -> None:
    d.add_page()
    c = d.tw
    d.set_font("Helvetica", "B", 10.5)
    d.cell(c, 13, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(c, 13, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    d.cell(c, 12, "WASHINGTON, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(10)
    d.set_font("Helvetica", "B", 18)
    d.cell(c, 24, "FORM 8-K", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(6)
    d.set_font("Helvetica", "B", 10)
    d.cell(c, 13, "CURRENT REPORT", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    d.cell(
        c,
        12,
        "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.space(8)
    d.cell(
        c,
        12,
        f"Date of Report (Date of earliest event reported): {RELEASE_DATE}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.space(10)
    d.set_font("Helvetica", "B", 16)
    d.cell(c, 22, "OSSENFIELD INDUSTRIES CORP.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 7.5)
    d.cell(c, 10, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(8)
    w3 = c / 3
    d.set_font("Helvetica", "", 9)
    for t in ("Delaware", "001-35120", "47-3391820"):
        d.cell(w3, 12, t, align="C")
    d.ln(12)
    d.set_font("Helvetica", "", 7)
    for t in (
        "(State or other jurisdiction\nof incorporation)",
        "(Commission\nFile Number)",
        "(IRS Employer\nIdentification No.)",
    ):
        x = d.get_x()
        d.multi_cell(w3, 9, t, align="C", new_x="RIGHT", new_y="TOP")
        d.set_x(x + w3)
    d.ln(22)
    d.set_font("Helvetica", "", 9)
    d.cell(c * 0.7, 12, "2200 Tolland Parkway, Lake Varrow, Wisconsin", align="C")
    d.cell(c * 0.3, 12, "53147", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 7)
    d.cell(c * 0.7, 9, "(Address of principal executive offices)", align="C")
    d.cell(c * 0.3, 9, "(Zip Code)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(6)
    d.set_font("Helvetica", "", 9)
    d.cell(c, 12, "(262) 555-0140", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 7)
    d.cell(c, 9, "(Registrant's telephone number, including area code)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.space(6)
    d.set_font("Helvetica", "", 7)
    d.cell(c, 9, "Not Applicable", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(
        c, 9, "(Former name or former address, if changed since last report)", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.space(10)
    d.set_font("Helvetica", "", 8.2)
    d.multi_cell(
        c,
        10.5,
        "Check the appropriate box below if the Form 8-K filing is intended to simultaneously "
        "satisfy the filing obligation of the registrant under any of the following provisions:",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for t in (
        "Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)",
        "Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)",
        "Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))",
        "Pre-commencement communications pursuant to Rule 13e-4(c) under the Exchange Act (17 CFR 240.13e-4(c))",
    ):
        y = d.get_y() + 2
        _box(d, d.l_margin, y + 1)
        d.set_xy(d.l_margin + 14, y)
        d.cell(c - 14, 10.5, t, new_x="LMARGIN", new_y="NEXT")
    d.space(8)
    d.cell(c, 11, "Securities registered pursuant to Section 12(b) of the Act:", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "B", 8)
    d.set_fill_color(*NAVY)
    d.set_text_color(255, 255, 255)
    widths = (c * 0.38, c * 0.2, c * 0.42)
    for t, w in zip(
        ("Title of each class", "Trading Symbol(s)", "Name of each exchange on which registered"), widths, strict=True
    ):
        d.cell(w, 12, t, align="C", fill=True)
    d.ln(12)
    d.set_text_color(0, 0, 0)
    d.set_font("Helvetica", "", 8)
    for t, w in zip(
        ("Common Stock, par value $0.01 per share", "OSSI", "New York Stock Exchange"), widths, strict=True
    ):
        d.cell(w, 12, t, align="C")
    d.ln(18)
    d.set_fill_color(255, 255, 255)
    d.multi_cell(
        c,
        10.5,
        "Indicate by check mark whether the registrant is an emerging growth company as defined in "
        "Rule 405 of the Securities Act of 1933 or Rule 12b-2 of the Securities Exchange Act of 1934.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = d.get_y() + 3
    d.set_xy(d.l_margin, y)
    d.cell(120, 10, "Emerging growth company")
    _box(d, d.l_margin + 112, y + 1.5)


def items_page(d: Doc) -> None:
    d.add_page()
    d.heading("Item 2.02 Results of Operations and Financial Condition.", 2)
    d.para(
        f'On {RELEASE_DATE}, Ossenfield Industries Corp. (the "Company") issued a press release announcing its '
        "financial results for the fourth quarter and fiscal year ended September 27, 2025. A copy of the press "
        "release is furnished as Exhibit 99.1 to this Current Report on Form 8-K and is incorporated herein by "
        "reference."
    )
    d.para(
        "The information in this Item 2.02, including Exhibit 99.1, is being furnished and shall not be deemed "
        '"filed" for purposes of Section 18 of the Securities Exchange Act of 1934, as amended, or otherwise '
        "subject to the liabilities of that section, nor shall it be deemed incorporated by reference in any "
        "filing under the Securities Act of 1933, as amended, except as expressly set forth by specific reference "
        "in such a filing."
    )
    d.heading("Item 9.01 Financial Statements and Exhibits.", 2)
    d.para("(d) Exhibits.", gap=3)
    d.table(
        TableSpec(
            "exhibits",
            [Col("desc", 330, lambda v: v, dollar=False)],
            [[("Description", 0, 0)]],
            [
                Row(None, "99.1", [f"Press release of Ossenfield Industries Corp. dated {RELEASE_DATE}"]),
                Row(None, "104", ["Cover Page Interactive Data File (embedded within the Inline XBRL document)"]),
            ],
            label_head="Exhibit No.",
            size=8.4,
        )
    )
    d.heading("SIGNATURE", 2, align="C")
    d.para(
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
        "report to be signed on its behalf by the undersigned hereunto duly authorized."
    )
    d.space(8)
    d.set_font("Helvetica", "B", 9)
    x = d.l_margin + d.tw / 2
    for line in (
        "OSSENFIELD INDUSTRIES CORP.",
        "",
        "By: /s/ Annika J. Vollrath",
        "Name: Annika J. Vollrath",
        "Title: Senior Vice President and Chief Financial Officer",
        f"Date: {RELEASE_DATE}",
    ):
        d.set_x(x)
        d.cell(d.tw / 2, 12, line, new_x="LMARGIN", new_y="NEXT")
        d.set_font("Helvetica", "", 9)


def release(d: Doc) -> None:  # noqa: PLR0915
    d.add_page()
    q, qp, fy, fp = IS["q4_25"], IS["q4_24"], IS["fy25"], IS["fy24"]
    adj, eb, fcf, br = M["adj"], M["ebitda"], M["fcf"], M["bridge"]
    st = M["seg_tot"]
    # masthead
    d.set_fill_color(*NAVY)
    d.rect(d.l_margin, d.get_y(), d.tw, 26, style="F")
    d.set_text_color(255, 255, 255)
    d.set_font("Helvetica", "B", 13)
    d.set_x(d.l_margin + 8)
    d.cell(d.tw / 2, 26, "OSSENFIELD")
    d.set_font("Helvetica", "", 9)
    d.cell(d.tw / 2 - 16, 26, "NEWS RELEASE", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.space(6)
    d.set_font("Helvetica", "", 7.6)
    d.cell(d.tw / 2, 10, "Investor contact: Lorenzo Haverkamp")
    d.cell(d.tw / 2, 10, "Media contact: Signe Ballantyne", align="R", new_x="LMARGIN", new_y="NEXT")
    d.cell(d.tw / 2, 10, "investors@ossenfield.example  |  (262) 555-0177")
    d.cell(d.tw / 2, 10, "media@ossenfield.example  |  (262) 555-0165", align="R", new_x="LMARGIN", new_y="NEXT")
    d.space(8)
    d.set_font("Helvetica", "B", 14)
    d.set_text_color(*NAVY)
    d.multi_cell(
        d.tw,
        17,
        "Ossenfield Industries Reports Fourth Quarter and Fiscal 2025 Results; Issues Fiscal 2026 Outlook",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.space(4)
    d.para("Fourth quarter highlights", style="B", gap=2)
    org_q = br["q4"]["total"]["organic_pct"]
    d.bullets(
        [
            (
                "Net sales of ${s} million, up {g} from the prior-year quarter; organic sales growth of {o}",
                dict(s=m1(q["sales"]), g=pc(chg(q["sales"], qp["sales"])), o=pc(org_q)),
            ),
            (
                "Orders of ${o} million, up {g}; book-to-bill of {b}",
                dict(
                    o=m1(st["orders"]["q4_25"]),
                    g=pc(chg(st["orders"]["q4_25"], st["orders"]["q4_24"])),
                    b=commas(rnd(Fraction(st["orders"]["q4_25"], st["sales"]["q4_25"]), 2), 2),
                ),
            ),
            (
                "GAAP diluted EPS of ${e}, compared with ${p} in the prior-year quarter; adjusted diluted EPS* of "
                "${a}, "
                "up {g}",
                dict(
                    e=eps(q["eps_diluted"]),
                    p=eps(qp["eps_diluted"]),
                    a=eps(adj["q4_25"]["adj_eps"]),
                    g=pc(chg(adj["q4_25"]["adj_eps"], adj["q4_24"]["adj_eps"])),
                ),
            ),
            (
                "Operating margin of {m}; adjusted EBITDA* margin of {a}",
                dict(m=pc(q["op_margin"]), a=pc(eb["q4_25"]["margin"])),
            ),
        ],
        key="hl_q4",
    )
    d.para("Fiscal 2025 highlights", style="B", gap=2)
    d.bullets(
        [
            (
                "Record net sales of ${s} million, up {g}, including organic growth of {o} and a {a} contribution from "
                "the acquisition of " + O.ACQ_NAME,
                dict(
                    s=m1(fy["sales"]),
                    g=pc(chg(fy["sales"], fp["sales"])),
                    o=pc(br["fy"]["total"]["organic_pct"]),
                    a=pc(br["fy"]["total"]["acq_pct"]),
                ),
            ),
            (
                "GAAP diluted EPS of ${e}, up {g}; adjusted diluted EPS* of ${a}, up {ag}",
                dict(
                    e=eps(fy["eps_diluted"]),
                    g=pc(chg(fy["eps_diluted"], fp["eps_diluted"])),
                    a=eps(adj["fy25"]["adj_eps"]),
                    ag=pc(chg(adj["fy25"]["adj_eps"], adj["fy24"]["adj_eps"])),
                ),
            ),
            (
                "Adjusted EBITDA* of ${a} million, or {m} of net sales",
                dict(a=m1(eb["fy25"]["adj_ebitda"]), m=pc(eb["fy25"]["margin"])),
            ),
            (
                "Operating cash flow of ${o} million and free cash flow* of ${f} million",
                dict(o=m1(fcf["fy25"]["ocf"]), f=m1(fcf["fy25"]["fcf"])),
            ),
            (
                "Returned ${r} million to shareholders through dividends and share repurchases",
                dict(r=m1(M["dividends"]["fy25"] + O.REPURCHASES["fy25"])),
            ),
        ],
        key="hl_fy",
    )
    d.para(
        '* Non-GAAP measure. See "Non-GAAP Financial Measures" and the reconciliations in the tables below.',
        size=7.6,
        style="I",
    )
    d.para(
        f"LAKE VARROW, Wis., {RELEASE_DATE} -- {CO} (NYSE: OSSI), a manufacturer of engineered flow control, power "
        "transmission and process measurement products, today reported financial results for its fiscal fourth "
        "quarter and fiscal year ended September 27, 2025. Fiscal 2025 and fiscal 2024 each contained 52 weeks."
    )
    d.para(
        '"Our teams delivered a strong finish to the year, with record sales and adjusted EPS growth in the '
        'mid-teens despite continued softness in our Motion & Power Transmission end markets," said Cornelius '
        'Achterberg, Chairman and Chief Executive Officer. "Process Instrumentation had an outstanding year, and '
        f"the integration of {O.ACQ_NAME} is ahead of plan. Fluid Handling Systems continued to benefit from "
        "municipal water and energy-transition projects, and our productivity programs expanded margins in both "
        "of those segments. We enter fiscal 2026 with a healthy backlog, a strong balance sheet and clear priorities "
        "for "
        'growth and margin expansion."'
    )
    d.heading("Fourth Quarter Results", 2)
    d.para(
        f"Net sales for the fourth quarter were ${m1(q['sales'])} million, compared with ${m1(qp['sales'])} million "
        f"in the fourth quarter of fiscal 2024. Organic sales increased {pc(org_q)}, acquisitions contributed "
        f"{pc(br['q4']['total']['acq_pct'])} and foreign currency translation added "
        f"{pc(br['q4']['total']['fx_pct'])}. Gross margin was {pc(q['gross_margin'])} compared with "
        f"{pc(qp['gross_margin'])} a year ago, reflecting favorable price realization and productivity, partially "
        f"offset by mix. Operating income was ${m1(q['operating_income'])} million, and operating margin was "
        f"{pc(q['op_margin'])} compared with {pc(qp['op_margin'])}. Restructuring and related charges were "
        f"${m1(q['restructuring'])} million, primarily for the consolidation of two Motion & Power Transmission "
        "facilities in Europe."
    )
    d.para(
        f"Net income attributable to Ossenfield was ${m1(q['ni_attr'])} million, or ${eps(q['eps_diluted'])} per "
        f"diluted share, compared with ${m1(qp['ni_attr'])} million, or ${eps(qp['eps_diluted'])} per diluted "
        f"share, in the prior-year quarter. The effective tax rate was {pc(q['eff_tax'])}. Adjusted net income* was "
        f"${m1(adj['q4_25']['adj_ni'])} million, or ${eps(adj['q4_25']['adj_eps'])} per diluted share, compared with "
        f"${m1(adj['q4_24']['adj_ni'])} million, or ${eps(adj['q4_24']['adj_eps'])} per diluted share."
    )
    d.heading("Fiscal 2025 Results", 2)
    d.para(
        f"Net sales for fiscal 2025 were ${m1(fy['sales'])} million, an increase of "
        f"{pc(chg(fy['sales'], fp['sales']))} from ${m1(fp['sales'])} million in fiscal 2024. Operating income "
        f"was ${m1(fy['operating_income'])} million, or {pc(fy['op_margin'])} of net sales, compared with "
        f"${m1(fp['operating_income'])} million, or {pc(fp['op_margin'])}. Net income attributable to Ossenfield "
        f"was ${m1(fy['ni_attr'])} million, or ${eps(fy['eps_diluted'])} per diluted share, compared with "
        f"${m1(fp['ni_attr'])} million, or ${eps(fp['eps_diluted'])} per diluted share, in fiscal 2024. Adjusted "
        f"EBITDA* was ${m1(eb['fy25']['adj_ebitda'])} million compared with ${m1(eb['fy24']['adj_ebitda'])} "
        "million."
    )
    d.para(
        "Backlog at the end of fiscal 2025 was ${b} million, up {g} from ${p} million at the end of fiscal 2024, "
        "led by multi-year municipal water and liquefied natural gas projects in Fluid Handling Systems.",
        key="backlog",
        figs=dict(b=m1(O.BACKLOG["fy25"]), p=m1(O.BACKLOG["fy24"]), g=pc(chg(O.BACKLOG["fy25"], O.BACKLOG["fy24"]))),
    )
    d.heading("Segment Results", 2)
    seg_text = {
        "fhs": "Demand was strong in municipal water and wastewater, and in cryogenic valves for liquefied natural "
        "gas. Margin expansion reflected price realization and the benefits of the lean program at the Brennick "
        "Falls pump plant.",
        "mpt": "Lower volumes in agricultural and construction equipment markets more than offset growth in "
        "material-handling and data-center cooling applications. Margin declined on lower absorption, partly "
        "offset by restructuring savings.",
        "pi": f"Results benefited from the acquisition of {O.ACQ_NAME}, which closed on {O.ACQ_DATE}, as well as "
        "organic growth in gas analyzers for emissions monitoring and pharmaceutical process sensors.",
    }
    for s, name in O.SEGMENTS:
        bq, bf = br["q4"][s], br["fy"][s]
        d.para(name, style="B", gap=1.5)
        d.para(
            f"Fourth-quarter orders were ${m1(O.ORDERS[s]['q4_25'])} million and net sales were "
            f"${m1(O.SALES[s]['q4_25'])} million, {updown(bq['reported_pct'], 'up', 'down')} "
            f"{pc(bq['reported_pct'])} (organic {updown(bq['organic_pct'], 'up', 'down')} {pc(bq['organic_pct'])}). "
            f"Segment operating profit was ${m1(O.SEG_OP[s]['q4_25'])} million, a margin of "
            f"{pc(M['seg_margin'][s]['q4_25'])}. For fiscal 2025, net sales were ${m1(O.SALES[s]['fy25'])} million, "
            f"{updown(bf['reported_pct'], 'up', 'down')} {pc(bf['reported_pct'])}, and segment operating profit "
            f"was ${m1(O.SEG_OP[s]['fy25'])} million, a margin of {pc(M['seg_margin'][s]['fy25'])} compared with "
            f"{pc(M['seg_margin'][s]['fy24'])} in fiscal 2024. " + seg_text[s]
        )
    d.heading("Cash Flow and Capital Allocation", 2)
    b25 = BS["2025"]
    d.para(
        f"Net cash provided by operating activities was ${m1(fcf['fy25']['ocf'])} million in fiscal 2025, and "
        f"capital expenditures were ${m1(-fcf['fy25']['capex'])} million, resulting in free cash flow* of "
        f"${m1(fcf['fy25']['fcf'])} million, or {pc(fcf['fy25']['conversion'], 0)} of adjusted net income. During "
        f"the year the Company paid ${m1(M['dividends']['fy25'])} million in dividends, repurchased approximately "
        f"{commas(rnd(O.SHARES_REPURCHASED_FY25, 1), 1)} million shares for ${m1(O.REPURCHASES['fy25'])} million "
        f"(including ${m1(O.Q4_REPURCHASE)} million in the fourth quarter), and funded the "
        f"${m1(O.ACQ_PRICE)} million acquisition of {O.ACQ_NAME} with cash on hand and a new term loan. At "
        f"September 27, 2025, total debt was ${m1(b25['total_debt'])} million and cash and cash equivalents were "
        f"${m1(b25['cash'])} million."
    )
    d.heading("Fiscal 2026 Outlook", 2)
    g = O.GUIDE
    d.para(
        "For fiscal 2026, which will contain 53 weeks and end on October 3, 2026, the Company expects reported net "
        "sales growth of {lo} to {hi}, including approximately {wk} percentage points from the additional week, "
        "and organic sales growth of {olo} to {ohi}. The Company expects adjusted diluted EPS* of ${elo} to ${ehi} "
        "and free cash flow* of ${flo} million to ${fhi} million. The outlook assumes foreign exchange rates as of "
        "the end of October 2025 and excludes the effect of future acquisitions, divestitures and share "
        "repurchases beyond those already announced.",
        key="outlook",
        figs=dict(
            lo=pc(g["sales_growth"][0], 0),
            hi=pc(g["sales_growth"][1], 0),
            wk=commas(rnd(g["week53_points"], 1), 1),
            olo=pc(g["organic_growth"][0], 0),
            ohi=pc(g["organic_growth"][1], 0),
            elo=eps(g["adj_eps_cents"][0]),
            ehi=eps(g["adj_eps_cents"][1]),
            flo=m1(g["fcf"][0]),
            fhi=m1(g["fcf"][1]),
        ),
    )
    d.heading("Conference Call", 2)
    d.para(
        "Ossenfield will host a conference call to discuss these results at 9:00 a.m. Central Time today. The call "
        "will be webcast live, with accompanying slides, on the investor relations section of the Company's "
        "website, and a replay will be available for 90 days."
    )
    d.heading("About Ossenfield Industries", 2)
    d.para(
        "Ossenfield Industries Corp. designs and manufactures engineered pumps, valves, gearboxes, couplings, "
        "sensors and analyzers that help customers move fluids, transmit power and measure processes safely and "
        "efficiently. Headquartered in Lake Varrow, Wisconsin, the Company employs approximately {emp} people at "
        "{sites} manufacturing sites in {countries} countries.",
        key="about",
        figs=dict(emp=f"{O.EMPLOYEES:,}", sites=str(O.MFG_SITES), countries=str(O.COUNTRIES)),
    )
    d.heading("Non-GAAP Financial Measures", 2)
    d.para(
        "This release includes financial measures that are not calculated in accordance with U.S. generally "
        'accepted accounting principles ("GAAP"), including organic sales growth, adjusted net income, adjusted '
        "diluted EPS, EBITDA, adjusted EBITDA, adjusted EBITDA margin, free cash flow and free cash flow "
        "conversion. Organic sales growth excludes the effect of acquisitions completed within the past twelve "
        "months and of foreign currency translation. Adjusted net income and adjusted diluted EPS exclude "
        "restructuring and related charges, acquisition and integration costs, and amortization of acquired "
        "intangible assets, net of the related tax effect calculated at a blended rate of "
        f"{pc(O.ADJ_TAX_RATE * 100, 0)}. EBITDA is net income before interest expense, net, income taxes, "
        "depreciation and amortization; adjusted EBITDA further excludes restructuring and related charges and "
        "acquisition and integration costs. Free cash flow is net cash provided by operating activities less "
        "capital expenditures, and free cash flow conversion is free cash flow divided by adjusted net income."
    )
    d.para(
        "Management uses these measures to evaluate operating performance and cash generation, and believes they "
        "help investors compare results across periods. They should be considered in addition to, and not as a "
        "substitute for, the most directly comparable GAAP measures, and may not be comparable to similarly "
        "titled measures used by other companies. The Company does not provide a reconciliation of forward-looking "
        "adjusted diluted EPS or free cash flow because the excluded items cannot be predicted without "
        "unreasonable effort."
    )
    d.heading("Forward-Looking Statements", 2)
    d.para(
        "This release contains forward-looking statements, including statements about the Company's fiscal 2026 "
        "outlook, end-market conditions, the integration of acquired businesses, restructuring savings and capital "
        "allocation. These statements are based on current expectations and are subject to risks and "
        "uncertainties that could cause actual results to differ materially, including changes in global economic "
        "conditions and industrial demand; tariffs, trade policy and supply-chain disruptions; raw material, "
        "energy and labor costs; foreign currency fluctuations; the Company's ability to realize the expected "
        "benefits of acquisitions and restructuring actions; cybersecurity incidents; and the other risks "
        "described in the Company's Annual Report on Form 10-K and subsequent filings with the Securities and "
        "Exchange Commission. The Company undertakes no obligation to update any forward-looking statement except "
        "as required by law."
    )


# ------------------------------------------------------------------ tables
COL4 = ("q4_25", "q4_24", "fy25", "fy24")
HEAD4 = [
    [("Three Months Ended", 0, 1), ("Twelve Months Ended", 2, 3)],
    [("Sept. 27,\n2025", 0, 0), ("Sept. 28,\n2024", 1, 1), ("Sept. 27,\n2025", 2, 2), ("Sept. 28,\n2024", 3, 3)],
]


def _cols4(w: float = 60, fmt=f_tenths) -> list:
    return [Col(p, w, fmt) for p in COL4]


def _is_table() -> TableSpec:
    def r(key, label, **kw):
        return Row(key, label, [IS[p][key] for p in COL4], **kw)

    rows = [
        r("sales", "Net sales", dollar=True),
        r("cogs", "Cost of sales"),
        r("gross_profit", "Gross profit", kind="sub"),
        r("sga", "Selling, general and administrative expenses (1)"),
        r("rnd", "Research and development expenses"),
        r("restructuring", "Restructuring and related charges"),
        r("acquisition", "Acquisition and integration costs"),
        r("operating_income", "Operating income", kind="sub"),
        r("interest", "Interest expense, net"),
        r("other", "Other (income) expense, net (2)"),
        r("pretax", "Income before income taxes", kind="sub"),
        r("tax", "Provision for income taxes"),
        r("net_income", "Net income", kind="sub"),
        r("nci", "Less: Net income attributable to noncontrolling interests"),
        r("ni_attr", "Net income attributable to Ossenfield", kind="grand", dollar=True),
        Row(None, "Earnings per share attributable to Ossenfield:", kind="section"),
        r("eps_basic", "Basic", dollar=True, fmt=f_cents, indent=1),
        r("eps_diluted", "Diluted", dollar=True, fmt=f_cents, indent=1),
        Row(None, "Weighted average shares outstanding (in millions):", kind="section"),
        r("shares_basic", "Basic", indent=1),
        r("shares_diluted", "Diluted", indent=1),
        Row(None, "", kind="blank"),
        Row("dps", "Cash dividends declared per share", [IS[p]["dps"] for p in COL4], dollar=True, fmt=f_cents),
    ]
    return TableSpec(
        "is",
        _cols4(),
        HEAD4,
        rows,
        title="OSSENFIELD INDUSTRIES CORP.\nCONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)",
        subtitle="(In millions, except per share amounts)",
        notes=[
            "(1) Includes amortization of acquired intangible assets of "
            f"${m1(O.AMORTIZATION['q4_25'])} million and ${m1(O.AMORTIZATION['q4_24'])} million for the three "
            f"months, and ${m1(O.AMORTIZATION['fy25'])} million and ${m1(O.AMORTIZATION['fy24'])} million for the "
            "twelve months, ended September 27, 2025 and September 28, 2024, respectively.",
            "(2) Consists primarily of non-service components of pension and postretirement cost and foreign "
            "exchange gains and losses.",
        ],
    )


def _seg_table() -> TableSpec:
    rows = []
    for block, table, lab in (("orders", O.ORDERS, "Orders"), ("sales", O.SALES, "Net sales")):
        rows.append(Row(None, lab, kind="section", bold=True))
        for i, (s, name) in enumerate(O.SEGMENTS):
            rows.append(Row(f"{block}_{s}", name, [table[s][p] for p in COL4], dollar=(i == 0), indent=1))
        rows.append(
            Row(
                f"{block}_total",
                f"Total {lab.lower()}",
                [M["seg_tot"][block][p] for p in COL4],
                kind="grand",
                dollar=True,
                indent=2,
            )
        )
    rows.append(Row(None, "Segment operating profit and margin", kind="section", bold=True))
    for i, (s, name) in enumerate(O.SEGMENTS):
        rows.append(Row(f"op_{s}", name, [O.SEG_OP[s][p] for p in COL4], dollar=(i == 0), indent=1))
        rows.append(
            Row(f"margin_{s}", "Segment operating margin", [M["seg_margin"][s][p] for p in COL4], fmt=P1, indent=2)
        )
    rows += [
        Row(
            "op_total",
            "Total segment operating profit",
            [M["seg_tot"]["seg_op"][p] for p in COL4],
            kind="sub",
            dollar=True,
            indent=1,
        ),
        Row(
            "margin_total", "Total segment operating margin", [M["seg_margin_total"][p] for p in COL4], fmt=P1, indent=2
        ),
        Row("corporate", "Corporate and unallocated expense", [O.CORPORATE[p] for p in COL4], indent=1),
        Row("restructuring", "Restructuring and related charges", [-O.RESTRUCTURING[p] for p in COL4], indent=1),
        Row("acquisition", "Acquisition and integration costs", [-O.ACQUISITION_COSTS[p] for p in COL4], indent=1),
        Row(
            "operating_income",
            "Operating income",
            [IS[p]["operating_income"] for p in COL4],
            kind="grand",
            dollar=True,
            indent=1,
        ),
    ]
    return TableSpec(
        "seg",
        _cols4(),
        HEAD4,
        rows,
        title="OSSENFIELD INDUSTRIES CORP.\nSEGMENT INFORMATION (UNAUDITED)",
        subtitle="(In millions)",
    )


def _bs_table() -> TableSpec:
    a, b = BS["2025"], BS["2024"]

    def r(key, label, **kw):
        return Row(key, label, [a[key], b[key]], **kw)

    rows = [
        Row(None, "ASSETS", kind="section", bold=True),
        r("cash", "Cash and cash equivalents", dollar=True, indent=1),
        r("receivables", "Receivables, less allowance for credit losses", indent=1),
        r("inventories", "Inventories", indent=1),
        r("prepaid", "Prepaid expenses and other current assets", indent=1),
        r("current_assets", "Total current assets", kind="sub", indent=2),
        r("ppe", "Property, plant and equipment, net", indent=1),
        r("goodwill", "Goodwill", indent=1),
        r("intangibles", "Other intangible assets, net", indent=1),
        r("rou", "Operating lease right-of-use assets", indent=1),
        r("other_assets", "Other noncurrent assets", indent=1),
        r("total_assets", "Total assets", kind="grand", dollar=True),
        Row(None, "LIABILITIES AND EQUITY", kind="section", bold=True),
        r("st_debt", "Short-term borrowings and current maturities of long-term debt", dollar=True, indent=1),
        r("payables", "Accounts payable", indent=1),
        r("accrued", "Accrued liabilities", indent=1),
        r("current_liab", "Total current liabilities", kind="sub", indent=2),
        r("ltd", "Long-term debt", indent=1),
        r("pension", "Pension and other postretirement obligations", indent=1),
        r("deferred_tax", "Deferred income taxes", indent=1),
        r("other_ltl", "Other noncurrent liabilities", indent=1),
        r("total_liab", "Total liabilities", kind="sub", indent=2),
        r("equity_parent", "Total Ossenfield shareholders' equity", indent=1),
        r("nci", "Noncontrolling interests", indent=1),
        r("total_equity", "Total equity", kind="sub", indent=2),
        r("total_liab_eq", "Total liabilities and equity", kind="grand", dollar=True),
    ]
    return TableSpec(
        "bs",
        [Col("2025", 72, f_tenths), Col("2024", 72, f_tenths)],
        [[("Sept. 27,\n2025", 0, 0), ("Sept. 28,\n2024", 1, 1)]],
        rows,
        title="OSSENFIELD INDUSTRIES CORP.\nCONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)",
        subtitle="(In millions)",
    )


def _cf_table() -> TableSpec:
    ps = ("fy25", "fy24")

    def r(key, label, **kw):
        return Row(key, label, [CF[p][key] for p in ps], **kw)

    rows = [
        Row(None, "Operating activities", kind="section", bold=True),
        r("net_income", "Net income", dollar=True, indent=1),
        r("dna", "Depreciation and amortization", indent=1),
        r("sbc", "Share-based compensation", indent=1),
        r("deferred_tax", "Deferred income taxes", indent=1),
        r("pension_contrib", "Pension and postretirement contributions", indent=1),
        Row(None, "Changes in operating assets and liabilities:", kind="section", indent=1),
        r("receivables", "Receivables", indent=2),
        r("inventories", "Inventories", indent=2),
        r("payables", "Accounts payable", indent=2),
        r("accrued", "Accrued liabilities and other", indent=2),
        r("other_operating", "Other, net", indent=1),
        r("cfo", "Net cash provided by operating activities", kind="sub", indent=2),
        Row(None, "Investing activities", kind="section", bold=True),
        r("capex", "Capital expenditures", indent=1),
        r("acquisitions", "Acquisitions, net of cash acquired", indent=1),
        r("disposals", "Proceeds from disposals of property, plant and equipment", indent=1),
        r("other_investing", "Other investing activities, net", indent=1),
        r("cfi", "Net cash used in investing activities", kind="sub", indent=2),
        Row(None, "Financing activities", kind="section", bold=True),
        r("ltd_proceeds", "Proceeds from long-term debt", indent=1),
        r("ltd_repay", "Repayments of long-term debt", indent=1),
        r("st_debt", "Net change in short-term borrowings", indent=1),
        r("dividends", "Dividends paid to shareholders", indent=1),
        r("repurchases", "Repurchases of common stock", indent=1),
        r("nci_dividends", "Dividends paid to noncontrolling interests", indent=1),
        r("stock_plans", "Share-based plan activity, net of taxes withheld", indent=1),
        r("cff", "Net cash used in financing activities", kind="sub", indent=2),
        r("fx", "Effect of exchange rate changes on cash and cash equivalents"),
        r("net_change", "Net change in cash and cash equivalents", kind="sub"),
        r("cash_begin", "Cash and cash equivalents at beginning of year"),
        r("cash_end", "Cash and cash equivalents at end of year", kind="grand", dollar=True),
    ]
    return TableSpec(
        "cf",
        [Col("fy25", 72, f_tenths), Col("fy24", 72, f_tenths)],
        [[("Twelve Months Ended", 0, 1)], [("Sept. 27,\n2025", 0, 0), ("Sept. 28,\n2024", 1, 1)]],
        rows,
        title="OSSENFIELD INDUSTRIES CORP.\nCONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (UNAUDITED)",
        subtitle="(In millions)",
    )


def _ebitda_table() -> TableSpec:
    e = M["ebitda"]

    def r(key, label, **kw):
        return Row(key, label, [e[p][key] for p in COL4], **kw)

    rows = [
        r("net_income", "Net income (GAAP)", dollar=True),
        r("interest", "Interest expense, net", indent=1),
        r("tax", "Provision for income taxes", indent=1),
        r("depreciation", "Depreciation", indent=1),
        r("amortization", "Amortization of intangible assets", indent=1),
        r("ebitda", "EBITDA", kind="sub"),
        r("restructuring", "Restructuring and related charges", indent=1),
        r("acquisition", "Acquisition and integration costs", indent=1),
        r("adj_ebitda", "Adjusted EBITDA", kind="grand", dollar=True),
        Row(None, "", kind="blank"),
        Row("sales", "Net sales", [IS[p]["sales"] for p in COL4], dollar=True),
        Row("margin", "Adjusted EBITDA margin", [e[p]["margin"] for p in COL4], fmt=P1),
    ]
    return TableSpec(
        "ebitda",
        _cols4(),
        HEAD4,
        rows,
        title="RECONCILIATION OF NET INCOME TO ADJUSTED EBITDA (NON-GAAP)",
        subtitle="(In millions)",
    )


def _adj_tables() -> tuple[TableSpec, TableSpec]:
    a = M["adj"]

    def r(key, label, **kw):
        return Row(key, label, [a[p][key] for p in COL4], **kw)

    rows = [
        Row("ni_attr", "Net income attributable to Ossenfield (GAAP)", [IS[p]["ni_attr"] for p in COL4], dollar=True),
        r("restructuring", "Restructuring and related charges", indent=1),
        r("acquisition", "Acquisition and integration costs", indent=1),
        r("amortization", "Amortization of acquired intangible assets", indent=1),
        r("tax_effect", "Tax effect of adjustments (1)", indent=1),
        r("adj_ni", "Adjusted net income", kind="grand", dollar=True),
    ]
    t1 = TableSpec(
        "adjni",
        _cols4(),
        HEAD4,
        rows,
        title="RECONCILIATION OF NET INCOME TO ADJUSTED NET INCOME (NON-GAAP)",
        subtitle="(In millions)",
        notes=[f"(1) Calculated at a blended rate of {pc(O.ADJ_TAX_RATE * 100, 0)}."],
    )

    def q(key, label, **kw):
        return Row(key, label, [a[p]["per_share"][key] for p in COL4], fmt=f_cents, **kw)

    rows = [
        Row("eps", "Diluted EPS (GAAP)", [IS[p]["eps_diluted"] for p in COL4], fmt=f_cents, dollar=True),
        q("restructuring", "Restructuring and related charges", indent=1),
        q("acquisition", "Acquisition and integration costs", indent=1),
        q("amortization", "Amortization of acquired intangible assets", indent=1),
        q("tax_effect", "Tax effect of adjustments", indent=1),
        Row("adj_eps", "Adjusted diluted EPS", [a[p]["adj_eps"] for p in COL4], fmt=f_cents, kind="grand", dollar=True),
        Row("shares", "Diluted weighted average shares (in millions)", [IS[p]["shares_diluted"] for p in COL4]),
    ]
    t2 = TableSpec(
        "adjeps",
        _cols4(),
        HEAD4,
        rows,
        title="RECONCILIATION OF DILUTED EPS TO ADJUSTED DILUTED EPS (NON-GAAP)",
        subtitle="(Per diluted share)",
        notes=[
            "Per-share amounts are computed independently for each line; the tax effect is presented so that "
            "the column foots to adjusted diluted EPS."
        ],
    )
    return t1, t2


def _fcf_table() -> TableSpec:
    f = M["fcf"]
    rows = [
        Row("ocf", "Net cash provided by operating activities (GAAP)", [f[p]["ocf"] for p in COL4], dollar=True),
        Row("capex", "Capital expenditures", [f[p]["capex"] for p in COL4]),
        Row("fcf", "Free cash flow", [f[p]["fcf"] for p in COL4], kind="grand", dollar=True),
        Row(None, "", kind="blank"),
        Row("adj_ni", "Adjusted net income", [M["adj"][p]["adj_ni"] for p in COL4], dollar=True),
        Row("conversion", "Free cash flow conversion", [f[p]["conversion"] for p in COL4], fmt=P1),
    ]
    return TableSpec(
        "fcf",
        _cols4(),
        HEAD4,
        rows,
        title="RECONCILIATION OF OPERATING CASH FLOW TO FREE CASH FLOW (NON-GAAP)",
        subtitle="(In millions)",
    )


def _bridge_tables() -> tuple[TableSpec, TableSpec]:
    b = M["bridge"]
    rows = []
    for i, (s, name) in enumerate(list(O.SEGMENTS) + [("total", "Total Ossenfield")]):
        r = b["fy"][s]
        rows.append(
            Row(
                s,
                name,
                [r["prior"], r["organic"], r["acquisitions"], r["fx"], r["current"]],
                dollar=(i in (0, 3)),
                kind="grand" if s == "total" else "row",
            )
        )
    t1 = TableSpec(
        "bridge_fy",
        [Col(c, 58, f_tenths) for c in ("prior", "organic", "acq", "fx", "current")],
        [
            [
                ("Fiscal 2024\nNet Sales", 0, 0),
                ("Organic\nChange", 1, 1),
                ("Acquisitions", 2, 2),
                ("Foreign\nCurrency", 3, 3),
                ("Fiscal 2025\nNet Sales", 4, 4),
            ]
        ],
        rows,
        title="NET SALES BRIDGE - FISCAL 2025 COMPARED WITH FISCAL 2024 (NON-GAAP)",
        subtitle="(In millions)",
        size=7.7,
    )
    rows = []
    for s, name in list(O.SEGMENTS) + [("total", "Total Ossenfield")]:
        v = []
        for span in ("q4", "fy"):
            r = b[span][s]
            v += [r["reported_pct"], r["acq_pct"], r["fx_pct"], r["organic_pct"]]
        rows.append(Row(s, name, v, fmt=P1, kind="sub" if s == "total" else "row"))
    cols = [Col(f"{sp}_{c}", 44, P1, dollar=False) for sp in ("q4", "fy") for c in ("rep", "acq", "fx", "org")]
    t2 = TableSpec(
        "organic",
        cols,
        [
            [("Three Months Ended Sept. 27, 2025", 0, 3), ("Twelve Months Ended Sept. 27, 2025", 4, 7)],
            [
                ("Reported\nGrowth", 0, 0),
                ("Less:\nAcquisitions", 1, 1),
                ("Less:\nCurrency", 2, 2),
                ("Organic\nGrowth", 3, 3),
                ("Reported\nGrowth", 4, 4),
                ("Less:\nAcquisitions", 5, 5),
                ("Less:\nCurrency", 6, 6),
                ("Organic\nGrowth", 7, 7),
            ],
        ],
        rows,
        title="ORGANIC SALES GROWTH (NON-GAAP)",
        subtitle="(Percent change versus the comparable prior-year period; components may not sum due to rounding)",
        size=7.3,
    )
    return t1, t2


def _guidance_table() -> TableSpec:
    g = O.GUIDE
    f = M["fcf"]["fy25"]
    pct0 = f_pct(0)
    rows = [
        Row(
            "sales_growth",
            "Net sales growth (reported)",
            [M["bridge"]["fy"]["total"]["reported_pct"], g["sales_growth"][0], g["sales_growth"][1]],
            fmt=P1,
        ),
        Row(
            "organic_growth",
            "Organic sales growth",
            [M["bridge"]["fy"]["total"]["organic_pct"], g["organic_growth"][0], g["organic_growth"][1]],
            fmt=P1,
        ),
        Row(
            "adj_ebitda_margin",
            "Adjusted EBITDA margin",
            [M["ebitda"]["fy25"]["margin"], g["adj_ebitda_margin"][0], g["adj_ebitda_margin"][1]],
            fmt=P1,
        ),
        Row(
            "adj_eps",
            "Adjusted diluted EPS",
            [M["adj"]["fy25"]["adj_eps"], g["adj_eps_cents"][0], g["adj_eps_cents"][1]],
            fmt=f_cents,
            dollar=True,
        ),
        Row("fcf", "Free cash flow (in millions)", [f["fcf"], g["fcf"][0], g["fcf"][1]], fmt=f_tenths, dollar=True),
        Row(
            "capex",
            "Capital expenditures (in millions)",
            [-f["capex"], "approx.", g["capex"]],
            fmt=f_tenths,
            dollar=True,
        ),
        Row("tax", "Adjusted effective tax rate", [None, "approx.", g["adj_tax_rate"]], fmt=pct0),
    ]
    del pct0
    return TableSpec(
        "guide",
        [Col("fy25", 70, f_tenths), Col("low", 62, f_tenths), Col("high", 62, f_tenths)],
        [[("Fiscal 2025\nActual", 0, 0), ("Fiscal 2026 Outlook", 1, 2)], [("", 0, 0), ("Low", 1, 1), ("High", 2, 2)]],
        rows,
        title="FISCAL 2026 OUTLOOK",
        notes=[
            "Fiscal 2026 will contain 53 weeks. Adjusted diluted EPS, adjusted EBITDA margin and free cash flow "
            'are non-GAAP measures; see "Non-GAAP Financial Measures."'
        ],
    )


def tables(d: Doc) -> None:
    d.add_page()
    d.table(_is_table())
    d.add_page()
    d.table(_seg_table())
    d.add_page()
    d.table(_bs_table())
    d.add_page()
    d.table(_cf_table())
    d.add_page()
    d.table(_ebitda_table())
    t1, t2 = _adj_tables()
    d.table(t1)
    d.table(t2)
    d.table(_fcf_table())
    b1, b2 = _bridge_tables()
    d.table(b1)
    d.table(b2)
    d.table(_guidance_table())


def build() -> Doc:
    d = Doc(
        _style(),
        "Ossenfield Industries Corp. - Form 8-K - Fourth Quarter and Fiscal 2025 Results",
        CO,
        "Form 8-K, Exhibit 99.1",
    )
    cover(d)
    items_page(d)
    release(d)
    tables(d)
    return d


def render() -> tuple[bytes, Doc]:
    d = build()
    return bytes(d.output()), d


if __name__ == "__main__":
    import sys

    data, doc = render()
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ossenfield.pdf"
    with open(out, "wb") as fh:
        fh.write(data)
    print(out, doc.page_no(), "pages; continued:", doc.continued_tables)
