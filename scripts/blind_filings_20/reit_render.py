"""Renders the hotel REIT annual report (Form 10-K)."""

from __future__ import annotations

from pdfkit import DJV, EN_DASH, LIB, FilingPDF, Style, fmt_value
from reit_data import BRANDS, MARKETS, NONCOMP, Y

COMPANY = "Orrendale Hospitality Trust, Inc."
DOC_NAME = "ORRENDALE_2025_10K"

STYLE = Style(
    body_font="LSans",
    table_font="DVCond",
    body_size=8.8,
    table_size=7.6,
    negative="minus",
    dollar="attached",
    zero=EN_DASH,
    rules=False,
    shading=True,
    heading_rgb=(31, 56, 100),
    band_rgb=(234, 239, 246),
    header_rgb=(31, 56, 100),
    indent_step=8.0,
    fonts={
        "LSans": {
            "": LIB + "LiberationSans-Regular.ttf",
            "B": LIB + "LiberationSans-Bold.ttf",
            "I": LIB + "LiberationSans-Italic.ttf",
            "BI": LIB + "LiberationSans-BoldItalic.ttf",
        },
        "DVCond": {
            "": DJV + "DejaVuSansCondensed.ttf",
            "B": DJV + "DejaVuSansCondensed-Bold.ttf",
            "I": DJV + "DejaVuSansCondensed-Oblique.ttf",
            "BI": DJV + "DejaVuSansCondensed-BoldOblique.ttf",
        },
    },
)

H3 = [[("Year Ended December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]]
H2 = [[("December 31,", 2)], [("2025", 1), ("2024", 1)]]
YK = list(Y)
BK = ["d25", "d24"]


def mil(x: float) -> str:
    return f"${x / 1000:,.1f} million"


def pchg(a, b):
    return round((a - b) / abs(b) * 100 + 1e-9, 1)


class ReitPDF(FilingPDF):
    def draw_header(self):
        if self.page_no() == 1:
            return
        self.set_font("LSans", "B", 7)
        self.set_text_color(31, 56, 100)
        self.set_xy(self.l_margin, 28)
        self.cell(self.epw, 9, "ORRENDALE HOSPITALITY TRUST, INC.  |  2025 ANNUAL REPORT ON FORM 10-K", align="R")
        self.set_draw_color(31, 56, 100)
        self.set_line_width(0.8)
        self.line(self.l_margin, 39, self.l_margin + self.epw, 39)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def draw_footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-40)
        self.set_font("LSans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw / 2, 10, self.page_label(), align="L")
        self.cell(self.epw / 2, 10, "Orrendale Hospitality Trust", align="R")
        self.set_text_color(0, 0, 0)


def yr(key, label, src, cols=YK, **kw):
    return dict(key=key, label=label, vals=[src[c] for c in cols], **kw)


def render(d: dict, toc_pages: dict | None = None) -> ReitPDF:
    if toc_pages is None:
        toc_pages = render(d, toc_pages={}).marks
    pdf = ReitPDF(STYLE, "Form 10-K", COMPANY)
    pdf.page_label_start = 1
    pdf.toc_pages = toc_pages
    pdf.set_title(f"{COMPANY} Annual Report on Form 10-K for the fiscal year ended December 31, 2025")
    cover(pdf, d)
    toc(pdf, toc_pages)
    part1(pdf, d)
    part2(pdf, d)
    back(pdf)
    financials(pdf, d)
    return pdf


def cover(pdf, d):
    pdf.add_page()
    pdf.set_fill_color(31, 56, 100)
    pdf.rect(pdf.l_margin, 50, pdf.epw, 4, style="F")
    pdf.ln(6)
    pdf.font(bold=True, size=10)
    pdf.cell(0, 13, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.font(size=8.5)
    pdf.cell(0, 11, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.font(bold=True, size=18)
    pdf.cell(0, 22, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para("\u2612 ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
             "For the fiscal year ended December 31, 2025", align="C")
    pdf.para("\u2610 TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             align="C")
    pdf.para("Commission file number: 001-38815", align="C")
    pdf.font(bold=True, size=16)
    pdf.cell(0, 22, "ORRENDALE HOSPITALITY TRUST, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.para("(Exact name of registrant as specified in its charter)", align="C", italic=True, size=8)
    pdf.para("Maryland  \u2022  I.R.S. Employer Identification No. 83-2290415\n"
             "250 Harbor Lantern Way, Suite 1400, Port Calder, Virginia 23899  \u2022  (757) 555-0192", align="C")
    pdf.table("cover", ["a", "b"], [[("Trading Symbol", 1), ("Exchange", 1)]], [
        dict(label="Common Stock, $0.01 par value per share", vals=["OHT", "New York Stock Exchange"]),
        dict(label="6.375% Series A Cumulative Redeemable Preferred Stock, $0.01 par value",
             vals=["OHT PrA", "New York Stock Exchange"]),
    ], label_header="Title of each class", col_w=[80, 150])
    pdf.para(
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
        "Securities Act.  Yes \u2610  No \u2612.  Indicate by check mark whether the registrant is a large "
        "accelerated filer, an accelerated filer, a non-accelerated filer, a smaller reporting company or an "
        "emerging growth company: Large accelerated filer \u2610  Accelerated filer \u2612  Non-accelerated filer "
        "\u2610  Smaller reporting company \u2610  Emerging growth company \u2610.  Indicate by check mark whether "
        "the registrant is a shell company.  Yes \u2610  No \u2612", size=8)
    pdf.para(
        "The aggregate market value of the registrant\u2019s common stock held by non-affiliates, computed by "
        "reference to the closing price on the New York Stock Exchange on June 30, 2025, was approximately "
        "$1.16 billion. As of February 13, 2026, there were 62,198,405 shares of the registrant\u2019s common stock "
        "outstanding.", size=8)
    pdf.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant\u2019s definitive proxy statement for "
             "its 2026 annual meeting of stockholders are incorporated by reference into Part III.", size=8)


def toc(pdf, pages):
    pdf.add_page()
    pdf.heading("TABLE OF CONTENTS", 1)
    entries = [
        ("PART I", None), ("Item 1.   Business", "item1"), ("Item 1A.  Risk Factors", "item1a"),
        ("Item 1B.  Unresolved Staff Comments", "item1b"), ("Item 1C.  Cybersecurity", "item1b"),
        ("Item 2.   Properties", "item2"), ("Item 3.   Legal Proceedings", "item3"),
        ("Item 4.   Mine Safety Disclosures", "item3"), ("PART II", None),
        ("Item 5.   Market for Registrant\u2019s Common Equity, Related Stockholder Matters and Issuer Purchases "
         "of Equity Securities", "item5"),
        ("Item 6.   [Reserved]", "item5"),
        ("Item 7.   Management\u2019s Discussion and Analysis of Financial Condition and Results of Operations",
         "item7"),
        ("Item 7A.  Quantitative and Qualitative Disclosures About Market Risk", "item7a"),
        ("Item 8.   Financial Statements and Supplementary Data", "item8"),
        ("Item 9.   Changes in and Disagreements with Accountants", "item9"),
        ("Item 9A.  Controls and Procedures", "item9"), ("PART III (Items 10\u201314)", "part3"),
        ("PART IV  Item 15. Exhibits and Financial Statement Schedules", "item15"), ("Signatures", "sig"),
        ("Index to Consolidated Financial Statements", "fin"),
    ]
    for text, mk in entries:
        pdf.font(bold=mk is None, size=8.8)
        if mk is None:
            pdf.set_text_color(31, 56, 100)
        pdf.cell(pdf.epw - 40, 13, text)
        pdf.cell(40, 13, pages.get(mk, "") if mk else "", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.heading("Special Note Regarding Forward-Looking Statements", 2)
    pdf.para(
        "This report contains forward-looking statements, including statements about our expectations for lodging "
        "demand, RevPAR growth, capital investment, acquisitions and dispositions, financing activities and our "
        "ability to maintain our qualification as a real estate investment trust (\u201cREIT\u201d). These "
        "statements are subject to risks and uncertainties, including macroeconomic conditions, competition from "
        "new hotel supply and alternative lodging, labor costs, interest rates, the performance of our third-party "
        "hotel managers and franchisors, and other factors described in Item 1A. Risk Factors. Actual results may "
        "differ materially. We assume no obligation to update forward-looking statements."
    )
    pdf.para(
        "In this report, \u201cwe,\u201d \u201cour,\u201d \u201cus\u201d and the \u201cCompany\u201d refer to "
        "Orrendale Hospitality Trust, Inc. together with its consolidated subsidiaries, including Orrendale "
        "Hospitality OP, L.P. (the \u201cOperating Partnership\u201d). Hotel operating statistics are presented for "
        "our comparable hotels, which are the 15 hotels we owned for all of 2025 and 2024."
    )


def part1(pdf, d):
    pdf.add_page()
    pdf.heading("PART I", 0)
    pdf.heading("Item 1.  Business", 1, mark="item1")
    pdf.heading("Overview", 2)
    pdf.para(
        f"Orrendale Hospitality Trust, Inc. is a self-advised Maryland corporation that has elected to be taxed as "
        f"a REIT. At December 31, 2025, we owned {len(d['hotels'])} premium-branded, select-service, "
        f"extended-stay and lifestyle hotels with {d['total_rooms']:,} guest rooms located in eight urban and "
        "resort markets. Substantially all of our assets are held by, and our operations are conducted through, "
        "the Operating Partnership, of which we are the sole general partner and owned approximately 97.0% of the "
        "outstanding common units at December 31, 2025. Our hotels are leased to our taxable REIT subsidiaries "
        "(\u201cTRS lessees\u201d), which engage independent hotel management companies to operate them."
    )
    pdf.heading("Business Strategy", 2)
    pdf.bullets([
        "Own high-quality hotels with efficient operating models in markets with diverse demand generators, "
        "including corporate headquarters, universities, medical centers and convention facilities.",
        "Drive hotel profitability through active asset management, revenue management oversight and "
        "benchmarking of our managers\u2019 performance against one another.",
        "Recycle capital by selectively selling hotels whose growth prospects have matured and redeploying "
        "proceeds into acquisitions or return-on-investment capital projects.",
        "Maintain a flexible balance sheet with staggered debt maturities and significant unencumbered assets; "
        "13 of our 16 hotels were unencumbered at December 31, 2025.",
    ])
    pdf.heading("Our Portfolio by Brand", 2)
    rows = [dict(key=b, label=b + ("*" if b == "Marlowe Collection" else ""),
                 vals=[d["brand_count"][b], d["brand_rooms"][b], round(d["brand_rooms"][b] / d["total_rooms"] * 100, 1)],
                 fmt=["int", "int", "pct1"]) for b in BRANDS]
    rows.append(dict(key="total", label="Total portfolio", kind="total",
                     vals=[len(d["hotels"]), d["total_rooms"], 100.0], fmt=["int", "int", "pct1"]))
    pdf.table("brand", ["n", "rooms", "pct"], [[("Hotels", 1), ("Guest Rooms", 1), ("% of Rooms", 1)]], rows,
              label_header="Brand", col_w=70)
    pdf.para("* Marlowe Collection hotels are independent lifestyle hotels operated under our proprietary soft "
             "brand; all other hotels operate under franchise agreements with third-party brand companies.", size=7.5)
    pdf.heading("Competition and Seasonality", 2)
    pdf.para(
        "The lodging industry is highly competitive. Our hotels compete with other hotels and with alternative "
        "lodging such as short-term rentals on the basis of location, room rates, quality, brand affiliation, "
        "service levels and guest loyalty programs. Demand at our hotels is generally stronger in the second and "
        "third quarters, and the first quarter is typically the weakest, reflecting business and leisure travel "
        "patterns in our markets."
    )
    pdf.heading("Human Capital", 2)
    pdf.para(
        "At December 31, 2025, we had 31 corporate employees. The employees who work at our hotels are employed "
        "by our third-party hotel managers, and we therefore do not directly control their compensation or "
        "staffing. We monitor our managers\u2019 practices regarding safety, training, diversity and engagement "
        "through our asset management program."
    )
    pdf.heading("REIT Qualification and Regulation", 2)
    pdf.para(
        "To maintain our qualification as a REIT we must, among other things, distribute at least 90% of our REIT "
        "taxable income to our stockholders annually and satisfy tests regarding the sources of our income and "
        "the nature of our assets. Our TRS lessees are subject to federal, state and local income taxes. Our hotels "
        "are subject to environmental, accessibility, fire and life-safety and health regulations."
    )
    pdf.heading("Item 1A.  Risk Factors", 1, mark="item1a")
    risks = [
        ("Our business is sensitive to economic conditions and travel demand.", "A decline in corporate travel, "
         "group bookings or leisure demand in our eight markets, including as a result of recessionary "
         "conditions, public health events or reduced government travel, would reduce our revenues."),
        ("Our portfolio is concentrated.", "Hotels in Port Calder and Wexbridge generated approximately 38% of "
         "our 2025 hotel revenues; adverse conditions or new supply in these markets could disproportionately "
         "affect our results."),
        ("We depend on third-party managers and franchisors.", "We cannot operate our hotels directly, and the "
         "failure of our managers to operate efficiently, or the termination of a franchise agreement, could "
         "reduce hotel profitability and property values."),
        ("Rising operating costs could compress margins.", "Wages, benefits, insurance premiums and property taxes "
         "have increased faster than inflation in recent years and may continue to do so."),
        ("Our indebtedness exposes us to interest rate and refinancing risk.", "Approximately 21% of our debt bore "
         "interest at unhedged variable rates at year-end 2025, and our 2027 Term Loan and a mortgage loan mature "
         "in 2027."),
        ("Failure to remain qualified as a REIT would subject us to income tax.", "If we fail to qualify as a "
         "REIT, we would be subject to corporate income tax and could not deduct distributions, which would reduce "
         "cash available for distribution."),
        ("Ground leases expose us to the risk of losing our hotels.", "Four of our hotels are subject to ground "
         "leases; if we default or fail to extend them, we could lose our interest in those hotels."),
    ]
    for head, body in risks:
        pdf.font(bold=True, italic=True)
        pdf.multi_cell(0, 11.5, head, new_x="LMARGIN", new_y="NEXT")
        pdf.para(body)
    pdf.heading("Item 1B.  Unresolved Staff Comments", 1, mark="item1b")
    pdf.para("None.")
    pdf.heading("Item 1C.  Cybersecurity", 1)
    pdf.para(
        "Our cybersecurity program, overseen by the Audit Committee, is based on the NIST Cybersecurity Framework "
        "and is managed by our Vice President of Information Technology, who reports quarterly to the committee. "
        "Our hotel managers maintain their own programs for property-level systems, including payment card "
        "processing. We engage an independent firm to perform annual penetration testing. We are not aware of any "
        "cybersecurity incident during 2025 that materially affected, or is reasonably likely to materially affect, "
        "us."
    )

    pdf.heading("Item 2.  Properties", 1, mark="item2")
    pdf.para("The following table presents information about our hotels as of December 31, 2025:")
    rows = []
    for i, h in enumerate(d["hotels"]):
        name = h[0] + ("\u2020" if h[0] == NONCOMP else "")
        rows.append(dict(key=f"h{i + 1}", label=name, vals=[h[2], h[1], h[3], str(h[4]), h[5]],
                         fmt=["k", "k", "int", "k", "k"]))
    rows.append(dict(key="total", label="Total \u2014 16 hotels", vals=[None, None, d["total_rooms"], None, None],
                     fmt="int", kind="total"))
    pdf.table("props", ["mkt", "brand", "rooms", "yr", "own"],
              [[("Market", 1), ("Brand", 1), ("Rooms", 1), ("Year Acquired", 1), ("Land Tenure", 1)]], rows,
              label_header="Hotel", col_w=[64, 84, 44, 50, 62], title="Hotel Portfolio")
    pdf.para("\u2020 Acquired June 12, 2025; not included in comparable hotel statistics.", size=7.5)
    pdf.para(
        "Our corporate headquarters are located in leased office space in Port Calder, Virginia. We believe our "
        "hotels are adequately covered by insurance and are in good condition, reflecting approximately "
        "$180 million of capital invested across the portfolio over the past five years."
    )
    pdf.heading("Item 3.  Legal Proceedings", 1, mark="item3")
    pdf.para(
        "We are not currently party to any legal proceedings that we believe would have a material adverse effect "
        "on our financial position, results of operations or liquidity. Our hotel managers are, from time to time, "
        "party to employment, guest injury and similar claims that are generally covered by insurance."
    )
    pdf.heading("Item 4.  Mine Safety Disclosures", 1)
    pdf.para("Not applicable.")


def part2(pdf, d):
    pdf.add_page()
    pdf.heading("PART II", 0, space_before=0)
    pdf.heading("Item 5.  Market for Registrant\u2019s Common Equity, Related Stockholder Matters and Issuer "
                "Purchases of Equity Securities", 1, mark="item5")
    pdf.para(
        "Our common stock is listed on the New York Stock Exchange under the symbol \u201cOHT.\u201d As of February "
        "13, 2026, there were 214 holders of record. The following table sets forth the high and low closing sale "
        "prices of our common stock and the distributions declared per common share for each quarter:"
    )
    rows = []
    for y, lab in (("y25", "2025"), ("y24", "2024")):
        rows.append(dict(label=lab, kind="head"))
        for qi, qn in enumerate(("First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter")):
            hi, lo = d["price_q"][y][qi]
            rows.append(dict(key=f"{y}_q{qi + 1}", label=qn, indent=1, vals=[hi, lo, d["dps_q"][y][qi]], fmt="usd2",
                             dollar=True))
        rows.append(dict(key=f"{y}_tot", label=f"Total {lab} distributions", indent=1, kind="total",
                         vals=[None, None, d["dps"][y]], fmt="usd2", dollar=True))
    pdf.table("mkt", ["hi", "lo", "dps"], [[("High", 1), ("Low", 1), ("Distributions Declared per Share", 1)]],
              rows, col_w=[70, 70, 110], label_header="Quarter")
    pdf.para(
        "Future distributions will be authorized by our Board of Directors and will depend on our REIT taxable "
        "income, cash flows, capital requirements and other factors. For federal income tax purposes, "
        "approximately 71% of 2025 common distributions were characterized as ordinary income and 29% as return of "
        "capital. We declared quarterly dividends of $0.3984375 per share on our Series A Preferred Stock."
    )
    pdf.para(
        "Issuer purchases of equity securities. During the fourth quarter of 2025 we repurchased 185,240 shares "
        "of common stock at an average price of $20.41 per share under our $100 million share repurchase program; "
        "approximately $61.8 million remained available under the program at December 31, 2025."
    )
    pdf.heading("Item 6.  [Reserved]", 1)

    # ---------------- MD&A ----------------
    pdf.add_page()
    pdf.heading("Item 7.  Management\u2019s Discussion and Analysis of Financial Condition and Results of "
                "Operations", 1, mark="item7", space_before=0)
    pdf.heading("Overview and 2025 Highlights", 2)
    pdf.bullets([
        f"Comparable RevPAR increased {pchg(d['comp']['y25']['revpar'], d['comp']['y24']['revpar'])}% to "
        f"${d['comp']['y25']['revpar']:.2f}, driven by a "
        f"{d['comp']['y25']['occ'] - d['comp']['y24']['occ']:.1f} percentage point gain in occupancy and "
        f"{pchg(d['comp']['y25']['adr'], d['comp']['y24']['adr'])}% ADR growth.",
        f"Net income was {mil(d['ni']['y25'])}; Adjusted FFO per diluted share and unit was "
        f"${d['affo_ps']['y25']:.2f} and Adjusted EBITDAre was {mil(d['adj_ebitdare']['y25'])}.",
        "We acquired the 254-room Tessera Suites Brisco Falls Midtown for $78.5 million and refinanced the "
        "mortgage loan on Halcyon Grand Port Calder with a new $175.0 million unsecured 2030 Term Loan.",
    ])
    pdf.heading("Key Indicators of Operating Performance", 2)
    pdf.para(
        "We use occupancy (rooms sold divided by rooms available), average daily rate (\u201cADR\u201d, rooms "
        "revenue divided by rooms sold) and revenue per available room (\u201cRevPAR\u201d, rooms revenue divided "
        "by rooms available) to evaluate hotel performance. RevPAR does not include food and beverage or other "
        "revenues. We present these statistics for comparable hotels to exclude the effect of acquisitions and "
        "dispositions. Non-GAAP measures we use include FFO, Adjusted FFO, EBITDA, EBITDAre and Adjusted "
        "EBITDAre, which are defined and reconciled to net income below."
    )
    c25, c24 = d["comp"]["y25"], d["comp"]["y24"]
    rows = [
        dict(key="occ", label="Occupancy", vals=[c25["occ"], c24["occ"], f"{c25['occ'] - c24['occ']:.1f} pts"],
             fmt=["pct1", "pct1", "k"]),
        dict(key="adr", label="Average daily rate (ADR)", vals=[c25["adr"], c24["adr"], pchg(c25["adr"], c24["adr"])],
             fmt=["usd2", "usd2", "pct1"], dollar=True),
        dict(key="revpar", label="RevPAR", vals=[c25["revpar"], c24["revpar"], pchg(c25["revpar"], c24["revpar"])],
             fmt=["usd2", "usd2", "pct1"], dollar=True),
        dict(key="avail", label="Room nights available", vals=[c25["avail"], c24["avail"],
                                                               pchg(c25["avail"], c24["avail"])],
             fmt=["int", "int", "pct1"]),
        dict(key="sold", label="Room nights sold", vals=[c25["sold"], c24["sold"], pchg(c25["sold"], c24["sold"])],
             fmt=["int", "int", "pct1"]),
    ]
    pdf.table("comp", ["y25", "y24", "chg"], [[("Year Ended December 31,", 2), ("", 1)],
                                              [("2025", 1), ("2024", 1), ("Change", 1)]], rows,
              title="Comparable Hotel Operating Statistics (15 hotels)", label_header="", col_w=72)
    rows = []
    for m in MARKETS:
        a, b = d["mkt"][m]["y25"], d["mkt"][m]["y24"]
        rows.append(dict(key=m, label=f"{m} ({d['mkt'][m]['rooms']:,} rooms)",
                         vals=[a["occ"], a["adr"], a["revpar"], b["revpar"], pchg(a["revpar"], b["revpar"])],
                         fmt=["pct1", "usd2", "usd2", "usd2", "pct1"], dollar=True))
    rows.append(dict(key="total", label=f"Comparable hotels ({d['comp_rooms']:,} rooms)", kind="total",
                     vals=[c25["occ"], c25["adr"], c25["revpar"], c24["revpar"], pchg(c25["revpar"], c24["revpar"])],
                     fmt=["pct1", "usd2", "usd2", "usd2", "pct1"], dollar=True))
    pdf.table("mktstats", ["occ25", "adr25", "rp25", "rp24", "chg"],
              [[("2025", 3), ("2024", 1), ("", 1)],
               [("Occupancy", 1), ("ADR", 1), ("RevPAR", 1), ("RevPAR", 1), ("RevPAR Change", 1)]],
              rows, title="Comparable Hotel Statistics by Market", label_header="Market", col_w=[60, 60, 60, 60, 62])
    pdf.para(
        "Marrowgate led our markets on stronger convention calendars and the completion of the airport terminal "
        "expansion, while Ashmere and Alder Bay benefited from leisure demand and limited new supply. Port Calder, "
        "our largest market, grew RevPAR on the strength of corporate transient demand."
    )

    pdf.heading("Results of Operations \u2014 2025 Compared with 2024", 2)
    rows = []

    def ch(key, label, src, **kw):
        a, b = src["y25"], src["y24"]
        return dict(key=key, label=label, vals=[a, b, a - b, pchg(a, b) if b else None],
                    fmt=["k", "k", "k", "pct1"], **kw)

    rows = [
        ch("rooms", "Rooms", d["rooms_rev"], dollar=True, indent=1),
        ch("fb", "Food and beverage", d["fb"], indent=1),
        ch("oth", "Other", d["oth_rev"], indent=1),
        ch("rev", "Total revenues", d["rev"], kind="total", dollar=True),
        ch("hotelexp", "Hotel operating expenses, including management fees and property taxes", d["hotel_exp"]),
        ch("da", "Depreciation and amortization", d["da"]),
        ch("ga", "Corporate general and administrative", d["ga"]),
        ch("trans", "Transaction and pursuit costs", d["trans"]),
        ch("gain", "Gain on sale of hotel property", d["gain"]),
        ch("int", "Interest expense", d["int_exp"]),
        ch("intinc", "Interest income", d["int_inc"]),
        ch("lossext", "Loss on extinguishment of debt", d["loss_ext"]),
        ch("tax", "Income tax expense", d["tax"]),
        ch("ni", "Net income", d["ni"], kind="total", dollar=True),
    ]
    pdf.table("mda_ops", ["y25", "y24", "chg", "chgp"], [[("Year Ended December 31,", 2), ("Change", 2)],
                                                         [("2025", 1), ("2024", 1), ("$", 1), ("%", 1)]],
              rows, label_header="($ in thousands)", col_w=64)
    pdf.para(
        f"Rooms revenue increased primarily because of comparable RevPAR growth and {mil(d['nc_rooms_rev']['y25'])} "
        "of rooms revenue from the hotel acquired in June 2025, partially offset by the March 2024 sale of the "
        "Waypoint Select Ashmere North. Hotel operating expenses increased on higher wages and benefits, sales and "
        "marketing costs and insurance, and comparable Hotel EBITDA margin contracted modestly. Interest expense "
        "increased as revolver borrowings used to fund the acquisition outweighed savings from the refinancing. "
        "The 2024 gain reflects the sale of a 186-room hotel for $38.4 million."
    )

    pdf.heading("Non-GAAP Financial Measures", 2)
    pdf.para(
        "We calculate funds from operations (\u201cFFO\u201d) in accordance with the Nareit definition: net income "
        "(calculated in accordance with GAAP) excluding depreciation and amortization related to real estate, gains "
        "and losses on the sale of real estate and impairment losses. We further adjust FFO (\u201cAdjusted FFO\u201d) "
        "for items that we believe do not reflect ongoing operating performance. We also present EBITDA, EBITDAre "
        "(as defined by Nareit) and Adjusted EBITDAre. These measures should not be considered alternatives to net "
        "income or cash flow from operations as measures of performance or liquidity."
    )
    rows = [
        yr("ni", "Net income", d["ni"], dollar=True),
        yr("reda", "Depreciation and amortization related to real estate", d["re_da"], indent=1),
        yr("gain", "Gain on sale of hotel property", {y: -d["gain"][y] for y in Y}, indent=1),
        yr("impair", "Impairment loss", d["impair"], indent=1),
        yr("ffo_all", "FFO attributable to the Company and noncontrolling interests", d["ffo_all"], kind="sub",
           bold=True),
        yr("pref", "Preferred dividends", {y: -d["pref"][y] for y in Y}, indent=1),
        yr("ffo", "FFO attributable to common stockholders and unitholders", d["ffo"], kind="total", dollar=True),
        yr("trans", "Transaction and pursuit costs", d["trans"], indent=1),
        yr("lossext", "Loss on extinguishment of debt", d["loss_ext"], indent=1),
        yr("ground", "Non-cash ground rent", d["ground"], indent=1),
        yr("dfc", "Amortization of deferred financing costs", d["dfc_amort"], indent=1),
        yr("affo", "Adjusted FFO attributable to common stockholders and unitholders", d["affo"], kind="total",
           dollar=True),
        yr("sh", "Weighted-average diluted shares and units outstanding*", d["ffo_sh"]),
        yr("ffo_ps", "FFO per diluted share and unit", d["ffo_ps"], fmt="usd2", dollar=True),
        yr("affo_ps", "Adjusted FFO per diluted share and unit", d["affo_ps"], fmt="usd2", dollar=True),
    ]
    pdf.table("ffo", YK, H3, rows, title="Reconciliation of Net Income to FFO and Adjusted FFO",
              label_header="($ in thousands, except per share data)", col_w=66)
    pdf.para("* Includes Operating Partnership units and dilutive restricted stock units.", size=7.5)
    rows = [
        yr("ni", "Net income", d["ni"], dollar=True),
        yr("int", "Interest expense", d["int_exp"], indent=1),
        yr("tax", "Income tax expense", d["tax"], indent=1),
        yr("da", "Depreciation and amortization", d["da"], indent=1),
        yr("ebitda", "EBITDA", d["ebitda"], kind="sub", bold=True),
        yr("gain", "Gain on sale of hotel property", {y: -d["gain"][y] for y in Y}, indent=1),
        yr("impair", "Impairment loss", d["impair"], indent=1),
        yr("ebitdare", "EBITDAre", d["ebitdare"], kind="sub", bold=True),
        yr("lossext", "Loss on extinguishment of debt", d["loss_ext"], indent=1),
        yr("trans", "Transaction and pursuit costs", d["trans"], indent=1),
        yr("ground", "Non-cash ground rent", d["ground"], indent=1),
        yr("sbc", "Share-based compensation", d["sbc"], indent=1),
        yr("adj", "Adjusted EBITDAre", d["adj_ebitdare"], kind="total", dollar=True),
    ]
    pdf.table("ebitda", YK, H3, rows, title="Reconciliation of Net Income to EBITDA, EBITDAre and Adjusted EBITDAre",
              label_header="($ in thousands)", col_w=66)

    pdf.heading("Liquidity and Capital Resources", 2)
    pdf.para(
        "Our short-term liquidity requirements consist primarily of hotel operating expenses, recurring capital "
        "expenditures, interest, and distributions to stockholders and unitholders. We expect to meet these needs "
        "with cash on hand, cash flow from operations and our revolving credit facility. At December 31, 2025, we "
        f"had {mil(d['cash']['d25'])} of unrestricted cash and {mil(d['rcf_cap'] - d['debt'][0][5])} of "
        "available capacity under our $400.0 million revolving credit facility.",
        figs={"liq|rcf_avail": (d["rcf_cap"] - d["debt"][0][5], mil(d["rcf_cap"] - d["debt"][0][5]))},
    )
    hdr = [[("Interest Rate Terms", 1), ("Rate at Dec. 31, 2025", 1), ("Maturity", 1), ("December 31, 2025", 1),
            ("December 31, 2024", 1)]]
    rows = []
    for i, (k, lab, terms, rate, mat, v25, v24) in enumerate(d["debt"]):
        rows.append(dict(key=k, label=lab, vals=[terms, rate, mat, v25, v24],
                         fmt=["k", "pct2", "k", "k", "k"], dollar=(i == 0)))
    rows += [
        dict(key="principal", label="Total debt principal", kind="sub", bold=True,
             vals=[None, d["wavg_rate"], None, d["principal"]["d25"], d["principal"]["d24"]],
             fmt=["k", "pct2", "k", "k", "k"], dollar=True),
        dict(key="dfc", label="Unamortized deferred financing costs",
             vals=[None, None, None, -d["dfc"]["d25"], -d["dfc"]["d24"]]),
        dict(key="net", label="Debt, net", kind="total", vals=[None, None, None, d["debt_net"]["d25"],
                                                                 d["debt_net"]["d24"]], dollar=True),
    ]
    pdf.table("debt", ["terms", "rate", "mat", "d25", "d24"], hdr, rows, title="Summary of Indebtedness",
              label_header="($ in thousands)", col_w=[70, 50, 58, 62, 62])
    pdf.para("\u2020 Swapped to a fixed all-in rate through maturity; the rate shown at December 31, 2025 reflects the "
             "swap. The total line shows the weighted-average interest rate based on outstanding principal.", size=7.5)
    pdf.para(
        "Our credit agreement requires, among other things, a maximum leverage ratio of 6.50x, a minimum fixed "
        "charge coverage ratio of 1.50x and a maximum secured leverage ratio of 45%; we were in compliance with all "
        "covenants at December 31, 2025. The revolving credit facility may be extended to March 2030 at our option."
    )
    N = YK
    rows = [
        yr("cfo", "Net cash provided by operating activities", d["cfo"], dollar=True),
        yr("cfi", "Net cash used in investing activities", d["cfi"]),
        yr("cff", "Net cash provided by (used in) financing activities", d["cff"]),
        yr("net", "Net change in cash, cash equivalents and restricted cash", d["net"], kind="total"),
    ]
    pdf.table("mda_cf", N, H3, rows, title="Cash Flows", label_header="($ in thousands)", col_w=66)
    pdf.para(
        "Capital expenditures. We invested $46.8 million in capital improvements at our hotels in 2025, including "
        "the guest room renovation at Halcyon Grand Linden Cross and the lobby and meeting space renovation at "
        "Waypoint Select Marrowgate Convention Center. We expect to invest $45 million to $55 million in 2026, "
        "funded from our furniture, fixtures and equipment reserves, cash on hand and operating cash flow."
    )
    pdf.heading("Critical Accounting Estimates", 2)
    pdf.para(
        "Investment in hotel properties. We review our hotels for impairment whenever events or changes in "
        "circumstances indicate that the carrying value may not be recoverable, using estimates of future cash "
        "flows, holding periods and terminal capitalization rates. In 2023, we recorded an impairment loss of "
        "$8.4 million on a hotel that we subsequently sold in 2024. Acquisitions of hotels are generally accounted "
        "for as asset acquisitions, with the purchase price allocated based on relative fair values."
    )

    pdf.heading("Item 7A.  Quantitative and Qualitative Disclosures About Market Risk", 1, mark="item7a")
    pdf.para(
        "Our primary market risk exposure is to changes in interest rates on variable-rate debt. At December 31, "
        f"2025, {mil(d['var_unhedged'])} of our outstanding debt bore interest at variable rates that were not "
        "hedged. If market rates of interest on that debt increased or decreased by 100 basis points, annual "
        f"interest expense and cash flows would change by approximately {mil(round(d['var_unhedged'] / 100))}. "
        "The table below presents scheduled principal payments by year:",
        figs={"mr|var": (d["var_unhedged"], mil(d["var_unhedged"]))},
    )
    rows = [dict(key=y, label=y, vals=[v]) for y, v in d["maturities"]]
    rows[0]["dollar"] = True
    rows.append(dict(key="total", label="Total", vals=[d["principal"]["d25"]], kind="total", dollar=True))
    pdf.table("mat", ["amt"], [[("Principal Payments", 1)]], rows, label_header="Year ending December 31,",
              col_w=[110], title="Debt Maturities ($ in thousands)")
    pdf.heading("Item 8.  Financial Statements and Supplementary Data", 1, mark="item8")
    pdf.para("The consolidated financial statements and the related notes, together with the report of our "
             "independent registered public accounting firm, begin on page F-1 of this report.")


def back(pdf):
    pdf.heading("Item 9.  Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1,
                mark="item9")
    pdf.para("None.")
    pdf.heading("Item 9A.  Controls and Procedures", 1)
    pdf.para(
        "Our management, with the participation of our Chief Executive Officer and Chief Financial Officer, "
        "evaluated the effectiveness of our disclosure controls and procedures as of December 31, 2025 and concluded "
        "that they were effective. Management assessed the effectiveness of our internal control over financial "
        "reporting as of December 31, 2025 using the 2013 framework issued by the Committee of Sponsoring "
        "Organizations of the Treadway Commission and concluded that it was effective. Our independent registered "
        "public accounting firm has issued an attestation report on our internal control over financial reporting. "
        "There were no changes in internal control during the fourth quarter of 2025 that materially affected, or "
        "are reasonably likely to materially affect, our internal control over financial reporting."
    )
    pdf.heading("Item 9B.  Other Information", 1)
    pdf.para("No director or officer adopted or terminated a Rule 10b5-1 trading arrangement during the fourth "
             "quarter of 2025.")
    pdf.heading("PART III", 0, mark="part3")
    pdf.para("The information required by Items 10 through 14 is incorporated by reference from our definitive proxy "
             "statement for the 2026 annual meeting of stockholders, to be filed within 120 days after December 31, "
             "2025.")
    pdf.heading("PART IV", 0)
    pdf.heading("Item 15.  Exhibits and Financial Statement Schedules", 1, mark="item15")
    ex = [
        ("3.1", "Articles of Amendment and Restatement of Orrendale Hospitality Trust, Inc."),
        ("3.2", "Amended and Restated Bylaws"),
        ("3.3", "Articles Supplementary designating the 6.375% Series A Cumulative Redeemable Preferred Stock"),
        ("4.1", "Description of Securities"),
        ("10.1", "Amended and Restated Agreement of Limited Partnership of Orrendale Hospitality OP, L.P."),
        ("10.2", "Third Amended and Restated Credit Agreement, dated March 18, 2025, among the Operating "
                 "Partnership, the lenders party thereto and Fairholm National Bank, as administrative agent"),
        ("10.3", "Term Loan Agreement (2030 Term Loan), dated January 22, 2025"),
        ("10.4*", "2022 Equity Incentive Plan, as amended"),
        ("21.1", "Subsidiaries of the Registrant"),
        ("23.1", "Consent of Whitcombe & Rayne LLP"),
        ("31.1/31.2", "Rule 13a-14(a) Certifications"),
        ("32.1", "Section 1350 Certifications (furnished)"),
        ("97.1", "Compensation Recovery Policy"),
        ("101/104", "Inline XBRL documents and cover page interactive data file"),
    ]
    pdf.table("ex", ["d"], [[("Description", 1)]], [dict(label=a, vals=[b]) for a, b in ex],
              label_header="Exhibit", col_w=[420])
    pdf.para("* Management contract or compensatory plan or arrangement. Financial statement schedule III (Real "
             "Estate and Accumulated Depreciation) is omitted because the required information is included in Note 3.",
             size=7.5)
    pdf.heading("SIGNATURES", 1, mark="sig")
    pdf.para(
        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant "
        "has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized, on "
        "February 24, 2026.\n\nORRENDALE HOSPITALITY TRUST, INC.\n"
        "By: /s/ Cassius M. Vandermeer \u2014 President and Chief Executive Officer\n"
        "By: /s/ Rosalind T. Okonjo-Hale \u2014 Executive Vice President, Chief Financial Officer and Treasurer\n"
        "By: /s/ Thaddeus L. Brightwater \u2014 Senior Vice President and Chief Accounting Officer", align="L")


def financials(pdf, d):
    pdf.page_label_prefix = "F-"
    pdf.page_label_start = pdf.page_no()
    pdf.add_page()
    pdf.heading("INDEX TO CONSOLIDATED FINANCIAL STATEMENTS", 1, mark="fin", space_before=0)
    tp = getattr(pdf, "toc_pages", {})
    pdf.para("Report of Independent Registered Public Accounting Firm (PCAOB ID 1877) \u2014 F-1\n"
             f"Consolidated Balance Sheets \u2014 {tp.get('bsp', '')}\n"
             f"Consolidated Statements of Operations \u2014 {tp.get('isp', '')}\n"
             f"Consolidated Statements of Equity \u2014 {tp.get('eqp', '')}\n"
             f"Consolidated Statements of Cash Flows \u2014 {tp.get('cfp', '')}\n"
             f"Notes to Consolidated Financial Statements \u2014 {tp.get('notes', '')}", align="L")
    pdf.heading("Report of Independent Registered Public Accounting Firm", 1)
    pdf.para(
        "To the Stockholders and Board of Directors of Orrendale Hospitality Trust, Inc.\n\nOpinion on the "
        "Financial Statements. We have audited the accompanying consolidated balance sheets of Orrendale Hospitality "
        "Trust, Inc. (the \u201cCompany\u201d) as of December 31, 2025 and 2024, the related consolidated statements "
        "of operations, equity and cash flows for each of the three years in the period ended December 31, 2025, and "
        "the related notes (collectively, the \u201cfinancial statements\u201d). In our opinion, the financial "
        "statements present fairly, in all material respects, the financial position of the Company as of December "
        "31, 2025 and 2024, and the results of its operations and its cash flows for each of the three years in the "
        "period ended December 31, 2025, in conformity with accounting principles generally accepted in the United "
        "States of America."
    )
    pdf.para(
        "Critical Audit Matter \u2014 Impairment indicators for investment in hotel properties. As described in "
        "Note 2, the Company evaluates its hotels for indicators of impairment. Auditing management\u2019s "
        "identification of impairment indicators involved subjective judgment regarding market and operating "
        "conditions. We tested management\u2019s process, including the completeness of indicators considered "
        "and the hotel-level operating results used.\n\n/s/ Whitcombe & Rayne LLP\nWe have served as the "
        "Company\u2019s auditor since 2018.\nWexbridge, Virginia\nFebruary 24, 2026", align="L")

    pdf.add_page()
    bs = d["bs"]

    def b(key, label, src=None, **kw):
        src = src if src is not None else bs[key]
        return dict(key=key, label=label, vals=[src[k] for k in BK], **kw)

    e25, e24 = d["eq_bal"]["d25"], d["eq_bal"]["d24"]

    def e(key, label, col, **kw):
        return dict(key=key, label=label, vals=[e25[col], e24[col]], **kw)

    rows = [
        dict(label="ASSETS", kind="head"),
        b("ihp", "Investment in hotel properties, net", dollar=True),
        b("cash", "Cash and cash equivalents"),
        b("rcash", "Restricted cash"),
        b("recv", "Hotel and other receivables, net of allowance of $214 and $198, respectively"),
        b("rou", "Operating lease right-of-use assets"),
        b("ppd", "Prepaid expenses and other assets"),
        b("ta", "Total assets", d["ta"], kind="total", dollar=True),
        dict(label="LIABILITIES AND EQUITY", kind="head"),
        dict(label="Liabilities:"),
        b("debt", "Debt, net", indent=1, dollar=True),
        b("ap", "Accounts payable and accrued expenses", indent=1),
        b("dpay", "Distributions payable", indent=1),
        b("oll", "Operating lease liabilities", indent=1),
        b("adv", "Advance deposits and deferred revenue", indent=1),
        b("ol", "Other liabilities", indent=1),
        b("tl", "Total liabilities", d["tl"], kind="sub", bold=True),
        dict(label="Commitments and contingencies (Note 10)"),
        dict(label="Equity:"),
        e("pref", "Preferred stock, $0.01 par value, 50,000 shares authorized; 6.375% Series A Cumulative "
                  "Redeemable Preferred Stock, 4,600 shares issued and outstanding (liquidation preference "
                  "$115,000)", "pref", indent=1),
        e("cs", f"Common stock, $0.01 par value, 500,000 shares authorized; {e25['csh']:,} and {e24['csh']:,} "
                "shares issued and outstanding, respectively", "cs", indent=1),
        e("apic", "Additional paid-in capital", "apic", indent=1),
        e("dist", "Distributions in excess of net earnings", "dist", indent=1),
        e("aoci", "Accumulated other comprehensive income", "aoci", indent=1),
        e("tse", "Total stockholders\u2019 equity", "tse", kind="sub", bold=True),
        e("nci", "Noncontrolling interests in the Operating Partnership", "nci", indent=1),
        e("te", "Total equity", "te", kind="sub", bold=True),
        b("tle", "Total liabilities and equity", d["tle"], kind="total", dollar=True),
    ]
    pdf.table("bs", BK, H2, rows, title_lines=["Orrendale Hospitality Trust, Inc.", "Consolidated Balance Sheets",
                                               "($ in thousands, except share and per share data; shares in thousands)"],
              col_w=80, mark="bsp")

    rows = [
        dict(label="Revenues:", kind="head"),
        yr("rooms", "Rooms", d["rooms_rev"], indent=1, dollar=True),
        yr("fb", "Food and beverage", d["fb"], indent=1),
        yr("oth", "Other", d["oth_rev"], indent=1),
        yr("rev", "Total revenues", d["rev"], kind="sub", bold=True),
        dict(label="Expenses:", kind="head"),
        dict(label="Hotel operating expenses:", indent=1),
        yr("roomsx", "Rooms", d["rooms_exp"], indent=2),
        yr("fbx", "Food and beverage", d["fb_exp"], indent=2),
        yr("othx", "Other hotel expenses", d["oth_exp"], indent=2),
        yr("mgmt", "Management fees", d["mgmt"], indent=2),
        yr("ptax", "Property taxes, insurance and other", d["ptax"], indent=2),
        yr("hotelx", "Total hotel operating expenses", d["hotel_exp"], indent=1, kind="sub"),
        yr("da", "Depreciation and amortization", d["da"], indent=1),
        yr("ga", "Corporate general and administrative", d["ga"], indent=1),
        yr("trans", "Transaction and pursuit costs", d["trans"], indent=1),
        yr("impair", "Impairment loss", d["impair"], indent=1),
        yr("opex", "Total operating expenses", d["opex"], kind="sub", bold=True),
        yr("gain", "Gain on sale of hotel property", d["gain"]),
        yr("oi", "Operating income", d["oi"], kind="sub", bold=True),
        yr("int", "Interest expense", {y: -d["int_exp"][y] for y in Y}),
        yr("intinc", "Interest income", d["int_inc"]),
        yr("lossext", "Loss on extinguishment of debt", {y: -d["loss_ext"][y] for y in Y}),
        yr("ibt", "Income before income taxes", d["ibt"], kind="sub"),
        yr("tax", "Income tax expense", {y: -d["tax"][y] for y in Y}),
        yr("ni", "Net income", d["ni"], kind="sub", bold=True),
        yr("nci", "Net (income) loss attributable to noncontrolling interests in the Operating Partnership",
           {y: -d["nci"][y] for y in Y}),
        yr("ni_co", "Net income attributable to the Company", d["ni_co"], kind="sub"),
        yr("pref", "Preferred dividends", {y: -d["pref"][y] for y in Y}),
        yr("ni_common", "Net income (loss) attributable to common stockholders", d["ni_common"], kind="total",
           dollar=True),
        dict(label="Net income (loss) per share attributable to common stockholders:"),
        yr("eps_b", "Basic", d["eps_b"], indent=1, fmt="usd2", dollar=True),
        yr("eps_d", "Diluted", d["eps_d"], indent=1, fmt="usd2", dollar=True),
        dict(label="Weighted-average common shares outstanding:"),
        yr("sh_b", "Basic", d["basic"], indent=1),
        yr("sh_d", "Diluted", d["dil"], indent=1),
    ]
    pdf.table("is", YK, H3, rows, title_lines=["Orrendale Hospitality Trust, Inc.",
                                               "Consolidated Statements of Operations",
                                               "($ in thousands, except per share data; shares in thousands)"],
              col_w=70, mark="isp")

    # equity statement
    pdf.add_page()
    cols = ["pref", "csh", "cs", "apic", "dist", "aoci", "tse", "nci", "te"]
    hdr = [[("Preferred Stock", 1), ("Common Stock", 2), ("Additional Paid-in Capital", 1),
            ("Distributions in Excess of Net Earnings", 1), ("Accumu-\nlated OCI", 1),
            ("Total Stock-\nholders\u2019\nEquity", 1), ("Non-\ncontrolling\nInterests", 1), ("Total Equity", 1)],
           [("", 1), ("Shares", 1), ("Amount", 1), ("", 1), ("", 1), ("", 1), ("", 1), ("", 1), ("", 1)]]

    def erow(key, label, mv, **kw):
        vals = [mv.get(c) for c in cols[:6]]
        tse = sum(mv.get(c, 0) for c in ("pref", "cs", "apic", "dist", "aoci"))
        has = any(c in mv for c in ("pref", "cs", "apic", "dist", "aoci"))
        nci = mv.get("nci")
        vals += [tse if has else None, nci, tse + (nci or 0)]
        fm = ["k", "int", "k", "k", "k", "k", "k", "k", "k"]
        return dict(key=key, label=label, vals=vals, fmt=fm, **kw)

    bal = d["eq_bal"]
    rows = [erow("d23", "Balance at December 31, 2023", bal["d23"], kind="total", dollar=True)]
    for y, k, lab in (("y24", "d24", "2024"), ("y25", "d25", "2025")):
        for mk, mlab, mv in d["eq_moves"][y]:
            rows.append(erow(f"{y}_{mk}", mlab, mv, indent=1))
        rows.append(erow(k, f"Balance at December 31, {lab}", bal[k], kind="total", dollar=True))
    pdf.table("eq", cols, hdr, rows, title_lines=["Orrendale Hospitality Trust, Inc.",
                                                  "Consolidated Statements of Equity",
                                                  "($ in thousands, except per share data; shares in thousands)"],
              col_w=[44, 36, 36, 50, 56, 46, 52, 54, 46], size=6.6, mark="eqp")

    # cash flows
    cf = d["cf"]
    rows = [
        dict(label="Cash flows from operating activities:", kind="head"),
        yr("ni", "Net income", cf["ni"], indent=1, dollar=True),
        dict(label="Adjustments to reconcile net income to net cash provided by operating activities:", indent=1),
        yr("da", "Depreciation and amortization", cf["da"], indent=2),
        yr("dfc", "Amortization of deferred financing costs", cf["dfc"], indent=2),
        yr("ground", "Non-cash ground rent", cf["ground"], indent=2),
        yr("sbc", "Share-based compensation", cf["sbc"], indent=2),
        yr("lossext", "Loss on extinguishment of debt", cf["lossext"], indent=2),
        yr("gain", "Gain on sale of hotel property", cf["gain"], indent=2),
        yr("impair", "Impairment loss", cf["impair"], indent=2),
        dict(label="Changes in operating assets and liabilities:", indent=1),
        yr("recv", "Hotel and other receivables", cf["recv"], indent=2),
        yr("ppd", "Prepaid expenses and other assets", cf["ppd"], indent=2),
        yr("ap", "Accounts payable and accrued expenses", cf["ap"], indent=2),
        yr("adv", "Advance deposits and deferred revenue", cf["adv"], indent=2),
        yr("cfo", "Net cash provided by operating activities", d["cfo"], kind="sub", bold=True),
        dict(label="Cash flows from investing activities:", kind="head"),
        yr("acq", "Acquisition of hotel property", d["cfi_rows"]["acq"], indent=1),
        yr("capex", "Capital improvements to hotel properties", d["cfi_rows"]["capex"], indent=1),
        yr("sale", "Net proceeds from sale of hotel property", d["cfi_rows"]["sale"], indent=1),
        yr("cfi", "Net cash used in investing activities", d["cfi"], kind="sub", bold=True),
        dict(label="Cash flows from financing activities:", kind="head", break_before=True),
        yr("rcfb", "Borrowings under revolving credit facility", d["cff_rows"]["rcfb"], indent=1),
        yr("rcfr", "Repayments under revolving credit facility", d["cff_rows"]["rcfr"], indent=1),
        yr("tlp", "Proceeds from term loan", d["cff_rows"]["tlp"], indent=1),
        yr("mrep", "Repayments of mortgage loans", d["cff_rows"]["mrep"], indent=1),
        yr("dfcp", "Payment of deferred financing costs", d["cff_rows"]["dfcp"], indent=1),
        yr("prepay", "Payment of debt prepayment costs", d["cff_rows"]["prepay"], indent=1),
        yr("rep", "Repurchases of common stock", d["cff_rows"]["rep"], indent=1),
        yr("divc", "Distributions paid to common stockholders", d["cff_rows"]["divc"], indent=1),
        yr("divu", "Distributions paid to Operating Partnership unitholders", d["cff_rows"]["divu"], indent=1),
        yr("divp", "Preferred dividends paid", d["cff_rows"]["divp"], indent=1),
        yr("cff", "Net cash provided by (used in) financing activities", d["cff"], kind="sub", bold=True),
        yr("net", "Net change in cash, cash equivalents and restricted cash", d["net"], kind="sub"),
        yr("beg", "Cash, cash equivalents and restricted cash, beginning of year", d["beg"]),
        yr("end", "Cash, cash equivalents and restricted cash, end of year", d["end"], kind="total", dollar=True),
        dict(label="Supplemental disclosures:", kind="head"),
        yr("intpaid", "Cash paid for interest", d["int_paid"], indent=1, dollar=True),
        yr("taxpaid", "Cash paid for income taxes", d["tax_paid"], indent=1),
        yr("accrcap", "Accrued capital expenditures (non-cash)", d["accr_capex"], indent=1),
    ]
    pdf.table("cf", YK, H3, rows, title_lines=["Orrendale Hospitality Trust, Inc.",
                                               "Consolidated Statements of Cash Flows", "($ in thousands)"],
              col_w=70, mark="cfp")
    pdf.para(
        "Reconciliation of cash, cash equivalents and restricted cash: cash and cash equivalents of "
        f"{fmt_value(STYLE, d['cash']['d25'], 'k', True)} and {fmt_value(STYLE, d['cash']['d24'], 'k', True)} plus "
        f"restricted cash of {fmt_value(STYLE, d['restricted']['d25'], 'k', True)} and "
        f"{fmt_value(STYLE, d['restricted']['d24'], 'k', True)} at December 31, 2025 and 2024, respectively, "
        "as presented in the consolidated balance sheets. Restricted cash consists of reserves for furniture, "
        "fixtures and equipment replacement and property taxes held by lenders and managers.", size=8)
    notes(pdf, d)


def notes(pdf, d):
    pdf.add_page()
    pdf.heading("Notes to Consolidated Financial Statements", 1, mark="notes", space_before=0)
    pdf.heading("1.  Organization", 2)
    pdf.para(
        f"Orrendale Hospitality Trust, Inc. owned {len(d['hotels'])} hotels with {d['total_rooms']:,} rooms in eight "
        "markets at December 31, 2025. The Company owned approximately 97.0% of the common units of the Operating "
        "Partnership; the remaining units are held by limited partners and are presented as noncontrolling "
        "interests. Operating Partnership units are redeemable for cash or, at the Company\u2019s option, shares "
        "of common stock on a one-for-one basis."
    )
    pdf.heading("2.  Summary of Significant Accounting Policies", 2)
    pdf.para(
        "Principles of consolidation and use of estimates. The consolidated financial statements include the "
        "accounts of the Company, the Operating Partnership and their wholly owned subsidiaries. Investment in hotel "
        "properties is stated at cost less accumulated depreciation; buildings and improvements are depreciated "
        "over 15 to 40 years and furniture, fixtures and equipment over 3 to 10 years using the straight-line "
        "method. Hotel revenues are recognized as services are rendered. Amounts are in thousands except per share, "
        "per room and hotel operating statistics."
    )
    pdf.heading("3.  Investment in Hotel Properties", 2)
    ihp = d["ihp"]
    rows = [
        b_row("land", "Land", ihp["land"], dollar=True),
        b_row("bldg", "Buildings and improvements", ihp["bldg"]),
        b_row("ffe", "Furniture, fixtures and equipment", ihp["ffe"]),
        b_row("cip", "Construction in progress", ihp["cip"]),
        b_row("gross", "Investment in hotel properties, at cost", d["ihp_gross"], kind="sub", bold=True),
        b_row("accum", "Less: accumulated depreciation", d["accum"]),
        b_row("net", "Investment in hotel properties, net", d["ihp_net"], kind="total", dollar=True),
    ]
    pdf.table("ihp", BK, H2, rows, col_w=80)
    pdf.para(
        "Depreciation expense was $57.8 million, $56.5 million and $55.0 million for 2025, 2024 and 2023, "
        "respectively. On June 12, 2025, we acquired the 254-room Tessera Suites Brisco Falls Midtown. The "
        "acquisition was accounted for as an asset acquisition and the purchase price, including capitalized "
        "transaction costs, was allocated as follows:"
    )
    rows = [dict(key=f"a{i}", label=lab, vals=[v], dollar=(i == 0)) for i, (lab, v) in enumerate(d["acq_alloc"])]
    rows.append(dict(key="total", label="Total purchase price", vals=[d["acq_price"]], kind="total", dollar=True))
    pdf.table("acq", ["v"], [[("Amount", 1)]], rows, col_w=[90], label_header="($ in thousands)")
    pdf.para(
        "On March 28, 2024, we sold the 186-room Waypoint Select Ashmere North for a gross sales price of $39.5 "
        "million and recognized a gain of $12.6 million. The sale did not represent a strategic shift and the "
        "hotel\u2019s results are included in continuing operations through the date of sale."
    )

    pdf.heading("4.  Debt", 2)
    pdf.para(
        "See the summary of indebtedness in Item 7 for our individual debt instruments, interest rates and maturity "
        "dates. In January 2025 we entered into the $175.0 million 2030 Term Loan and used the proceeds, together with "
        "cash on hand, to repay the $168.0 million mortgage loan on Halcyon Grand Port Calder, recognizing a loss on "
        "extinguishment of debt of $1.4 million consisting of a prepayment fee and the write-off of unamortized "
        "deferred financing costs. We have interest rate swaps with an aggregate notional amount of $375.0 million "
        "that fix SOFR on our term loans; they are designated as cash flow hedges. Debt outstanding consisted of:"
    )
    rows = [
        dict(key="unsec", label="Unsecured debt (revolving credit facility and term loans)",
             vals=[sum(x[5] for x in d["debt"][:3]), sum(x[6] for x in d["debt"][:3])], dollar=True),
        dict(key="sec", label="Mortgage loans", vals=[sum(x[5] for x in d["debt"][3:]), sum(x[6] for x in d["debt"][3:])]),
        dict(key="principal", label="Total principal", vals=[d["principal"]["d25"], d["principal"]["d24"]], kind="sub",
             bold=True),
        dict(key="dfc", label="Unamortized deferred financing costs", vals=[-d["dfc"]["d25"], -d["dfc"]["d24"]]),
        dict(key="net", label="Debt, net", vals=[d["debt_net"]["d25"], d["debt_net"]["d24"]], kind="total",
             dollar=True),
    ]
    pdf.table("debtn", BK, H2, rows, col_w=80)
    pdf.para("Scheduled principal payments are presented in Item 7A. The estimated fair value of our debt was "
             "$589.4 million at December 31, 2025 (Level 2).")

    pdf.heading("5.  Leases", 2)
    pdf.para(
        "We are the lessee under ground leases at four hotels, with remaining terms (including reasonably certain "
        "extension options) of 18 to 71 years, and under our corporate office lease. At December 31, 2025, the "
        "weighted-average remaining lease term was 31.4 years and the weighted-average discount rate was 6.12%. "
        "Lease cost consisted of:"
    )
    lc = d["lease_cost"]
    rows = [
        yr("fixed", "Operating lease cost (including non-cash ground rent)", lc["fixed"], dollar=True),
        yr("var", "Variable lease cost", lc["var"]),
        yr("tot", "Total lease cost", {y: lc["fixed"][y] + lc["var"][y] for y in Y}, kind="total", dollar=True),
    ]
    pdf.table("lcost", YK, H3, rows, col_w=66)
    rows = [dict(key=y, label=y, vals=[v], dollar=(i == 0)) for i, (y, v) in enumerate(d["lease_pay"])]
    rows += [
        dict(key="total", label="Total undiscounted lease payments", vals=[d["lease_total"]], kind="sub", bold=True),
        dict(key="interest", label="Less: imputed interest", vals=[-d["lease_interest"]]),
        dict(key="pv", label="Operating lease liabilities", vals=[d["lease_total"] - d["lease_interest"]],
             kind="total", dollar=True),
    ]
    pdf.table("lmat", ["v"], [[("Operating Leases", 1)]], rows, col_w=[100],
              label_header="Maturities of lease liabilities at December 31, 2025")

    pdf.heading("6.  Equity and Distributions", 2)
    pdf.para(
        "Our Series A Preferred Stock ranks senior to our common stock, accrues dividends at 6.375% per annum on "
        "the $25.00 liquidation preference and is redeemable at our option. During 2025 we repurchased 680 "
        "thousand shares of common stock for $12.2 million (2024: 534 thousand shares for $9.6 million). "
        "Distributions declared per common share were $0.60 in 2025 and $0.56 in 2024."
    )
    pdf.heading("7.  Earnings Per Share", 2)
    rows = [
        yr("ni_common", "Net income (loss) attributable to common stockholders", d["ni_common"], dollar=True),
        yr("basic", "Weighted-average common shares \u2014 basic", d["basic"]),
        yr("rsu", "Dilutive effect of unvested restricted stock units", d["rsu"]),
        yr("dil", "Weighted-average common shares \u2014 diluted", d["dil"], kind="sub"),
        yr("eps_b", "Basic earnings (loss) per share", d["eps_b"], fmt="usd2", dollar=True),
        yr("eps_d", "Diluted earnings (loss) per share", d["eps_d"], fmt="usd2", dollar=True),
    ]
    pdf.table("eps", YK, H3, rows, col_w=66, label_header="(in thousands, except per share data)")
    pdf.para(
        "Operating Partnership units (1,915 thousand weighted-average units in each year) are excluded from "
        "diluted earnings per share because the related income is allocated to noncontrolling interests and "
        "their inclusion would have no dilutive effect. For 2023, dilutive securities were included because "
        "the per-share loss was unchanged."
    )
    pdf.heading("8.  Income Taxes", 2)
    pdf.para(
        "We have elected to be taxed as a REIT and generally are not subject to federal income tax on income we "
        "distribute. Our TRS lessees are subject to federal and state income taxes. Income tax expense consisted of:"
    )
    rows = [
        yr("fed", "Current \u2014 federal", d["tax_cur_fed"], dollar=True),
        yr("state", "Current \u2014 state and local", d["tax_cur_st"]),
        yr("def", "Deferred", d["tax_def"]),
        yr("total", "Income tax expense", d["tax"], kind="total", dollar=True),
    ]
    pdf.table("tax", YK, H3, rows, col_w=66)
    pdf.heading("9.  Share-Based Compensation", 2)
    pdf.para(
        "Under our 2022 Equity Incentive Plan, we grant time-based and performance-based restricted stock units to "
        "employees and directors. Share-based compensation expense, included in corporate general and "
        f"administrative expense, was {mil(d['sbc']['y25'])}, {mil(d['sbc']['y24'])} and {mil(d['sbc']['y23'])} for "
        "2025, 2024 and 2023, respectively. Unrecognized compensation cost of $7.9 million will be recognized over "
        "a weighted-average period of 1.8 years."
    )
    pdf.heading("10.  Commitments and Contingencies", 2)
    pdf.para(
        "Our hotels operate under management agreements with remaining terms of 1 to 14 years that provide for base "
        "management fees of 2.5% to 3.5% of hotel revenues and incentive fees based on hotel profitability, and "
        "under franchise agreements that provide for royalty and marketing fees of 9% to 14% of rooms revenue. "
        "Our hotel management and franchise agreements generally require us to reserve 4% of hotel revenues for "
        "the replacement of furniture, fixtures and equipment. At December 31, 2025, we had contractual "
        "commitments of $21.3 million for capital projects. We are subject to various claims arising in the "
        "ordinary course of business, which we do not expect to have a material effect on our financial position."
    )
    pdf.heading("11.  Subsequent Events", 2)
    pdf.para(
        "On February 19, 2026, our Board of Directors declared a first-quarter 2026 distribution of $0.16 per common "
        "share and a quarterly dividend of $0.3984375 per share of Series A Preferred Stock, each payable on April 15, "
        "2026."
    )


def b_row(key, label, src, **kw):
    return dict(key=key, label=label, vals=[src[k] for k in BK], **kw)
