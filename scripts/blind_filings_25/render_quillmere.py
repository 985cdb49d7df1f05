"""Render the Quillmere Energy Group, Inc. Form 10-K for the fiscal year ended December 31, 2025.

House style: Liberation Serif text and tables, "open" tables (double rule over the header, a short rule under each
column head, no row rules, short single and double rules on subtotals and totals), mixed-case left-aligned table
titles in forest green, "$" set apart at the left edge of the column on first and total rows, negatives with a
leading minus sign (U+2212), a hyphen for zero, upper-case item headings, a ruled table of contents, roman page
numbers on the contents and glossary pages and arabic numbers from the first page of Part I, centred at the foot.
"""

from __future__ import annotations

from decimal import Decimal

import quillmere_data as qd
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Quillmere Energy Group, Inc."
DOC_NAME = "QUILLMERE_2025_10K"
GREEN = (24, 78, 56)
MILLIONS = "(Millions of dollars)"
MILLIONS_PS = "(Millions of dollars, except per share amounts)"
YEAR_GROUP = [("Year Ended December 31", 0, 3)]
COLS3 = ["2025", "2024", "2023"]
COLS2 = ["2025", "2024"]
ROMAN = {1: "i", 2: "ii"}


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    if index in ROMAN:
        return ROMAN[index]
    return str(index - 2)


def _header(index: int, doc: Doc) -> None:
    if index < 3:
        return
    doc.set_font("LiberationSerif", "I", 7.6)
    doc.set_text_color(*GREEN)
    doc.set_xy(doc.l_margin, 9.5)
    doc.cell(doc.width, 4, "Quillmere Energy Group, Inc.  |  2025 Annual Report on Form 10-K", align="C")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("LiberationSerif", "", 8.4)
    doc.set_xy(doc.l_margin, doc.h - 13)
    doc.cell(doc.width, 4, label, align="C")


STYLE = Style(
    body_family="LiberationSerif",
    body_files={"": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf",
                "I": "liberation/LiberationSerif-Italic.ttf", "BI": "liberation/LiberationSerif-BoldItalic.ttf"},
    table_family="LiberationSerif",
    table_files={"": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf",
                 "I": "liberation/LiberationSerif-Italic.ttf", "BI": "liberation/LiberationSerif-BoldItalic.ttf"},
    body_size=9.3,
    table_size=8.3,
    table_mode="open",
    negative="uminus",
    dollar="detached",
    zero="-",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (continued)",
    title_align="L",
    unit_align="L",
    title_upper=False,
    toc_style="ruled",
    heading_band=False,
    heading_upper=True,
    accent=GREEN,
    grid=(170, 184, 176),
    margin_l=21, margin_r=21, margin_t=18, margin_b=18,
)

TOC = [
    ("Glossary of Defined Terms", "glossary", 0),
    ("Forward-Looking Information", "fls", 0),
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 1B. Unresolved Staff Comments", "item1b", 1),
    ("Item 1C. Cybersecurity", "item1c", 1),
    ("Item 2. Properties", "item2", 1),
    ("Item 3. Legal Proceedings", "item3", 1),
    ("Item 4. Mine Safety Disclosures", "item4", 1),
    ("PART II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
     "Securities", "item5", 1),
    ("Item 6. [Reserved]", "item6", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "item7a", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Consolidated Statements of Income", "is", 2),
    ("Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Consolidated Balance Sheets", "bs", 2),
    ("Consolidated Statements of Cash Flows", "cf", 2),
    ("Consolidated Statements of Common Shareholders' Equity", "eq", 2),
    ("Notes to Consolidated Financial Statements", "notes", 2),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART III", "part3", 0),
    ("PART IV", "part4", 0),
    ("Signatures", "signatures", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = qd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 11)
    doc.cell(doc.width, 5.5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 9.4)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 24)
    doc.set_text_color(*GREEN)
    doc.cell(doc.width, 11, "Form 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.set_draw_color(*GREEN)
    doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.get_y() + 1.5, 0.8)
    doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.get_y() + 2.6, 0.2)
    doc.set_draw_color(0, 0, 0)
    doc.ln(6)
    doc.para("(X) ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the "
             "fiscal year ended December 31, 2025", size=9, align="L")
    doc.para("( ) TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the "
             "transition period from ______ to ______", size=9, align="L")
    doc.para("Commission File Number 1-31876", size=9, align="L")
    doc.ln(3)
    doc.body("B", 18)
    doc.cell(doc.width, 9, "QUILLMERE ENERGY GROUP, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8.8)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Vessary"]),
        R("I.R.S. Employer Identification No.", ["=36-4172958"]),
        R("Principal executive offices", ["=600 Lanternhall Square, Pellbridge, Vessary 28614"]),
        R("Telephone number", ["=(418) 555-0176"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=80, size=8.6)
    rows = [R("Common Stock, no par value", ["=QMEG", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading\nSymbol",
              "Name of each exchange\non which registered"], rows, label_w=74, size=8.6)
    doc.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
             "Securities Act. Yes (X) No ( ). Indicate by check mark whether the registrant (1) has filed all reports "
             "required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding "
             "12 months and (2) has been subject to such filing requirements for the past 90 days. Yes (X) No ( ). "
             "Large accelerated filer (X). Shell company: Yes ( ) No (X).", size=8.2)
    doc.para("The aggregate market value of the common stock held by non-affiliates as of June 30, 2025 was "
             "approximately $10.4 billion. On February 13, 2026, 169,718,406 shares of common stock were "
             "outstanding.", size=8.2)
    doc.para("Documents incorporated by reference: portions of the proxy statement for the 2026 annual meeting of "
             "shareholders are incorporated by reference into Part III.", size=8.2)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 12)
    doc.set_text_color(*GREEN)
    doc.cell(doc.width, 7, "Table of Contents", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(1)
    doc.toc(TOC, head="Page")

    doc.add_page()
    doc.section = "glossary"
    doc.heading("Glossary of Defined Terms", 1, anchor="glossary")
    terms = [
        ("AFUDC", "Allowance for funds used during construction, the cost of debt and equity funds used to finance "
                  "construction that regulators allow us to capitalize and recover."),
        ("Bcf", "Billion cubic feet of natural gas."),
        ("CDD / HDD", "Cooling degree days and heating degree days, measures of the extent to which the average daily "
                      "temperature is above (CDD) or below (HDD) 65 degrees Fahrenheit."),
        ("FERC", "Federal Energy Regulatory Commission."),
        ("GWh / MWh / kWh", "Gigawatt-hour, megawatt-hour and kilowatt-hour."),
        ("MW", "Megawatt."),
        ("OPSB", "Ondria Public Service Board, which regulates Quillmere Electric's retail service in Ondria."),
        ("Quillmere Electric", "Quillmere Electric Company, our regulated electric utility subsidiary."),
        ("Quillmere Gas", "Quillmere Natural Gas Company, our regulated natural gas distribution subsidiary."),
        ("Energy Services", "Quillmere Energy Services, LLC and its subsidiaries, our non-regulated businesses."),
        ("Rate base", "The value of utility property on which a regulator allows a utility to earn a return, "
                      "generally net plant in service less accumulated deferred income taxes, plus working capital "
                      "and certain regulatory assets."),
        ("ROE", "Return on common equity."),
        ("VUC", "Vessary Utilities Commission, which regulates our retail electric and gas service in Vessary."),
    ]
    doc.body("", 8.8)
    for term, text in terms:
        doc.body("B", 8.8)
        doc.cell(34, 4.4, term)
        doc.body("", 8.8)
        doc.multi_cell(doc.width - 34, 4.4, text, new_x="LMARGIN", new_y="NEXT")
        doc.ln(0.8)
    doc.section = "fls"
    doc.heading("Forward-Looking Information", 1, anchor="fls", keep=40)
    doc.para("This report contains forward-looking statements, including statements about our 2026 earnings guidance, "
             "our capital expenditure plan, the outcome of rate proceedings, our financing plans and the expected "
             "performance of our pension plan. Words such as \"anticipate,\" \"estimate,\" \"expect,\" \"forecast,\" "
             "\"intend,\" \"plan,\" \"target\" and \"will\" identify these statements. Actual results may differ "
             "materially because of weather, economic conditions in our service territory, regulatory decisions, "
             "storm damage, the cost and availability of capital, changes in tax law, the cost of fuel and purchased "
             "power, supply chain constraints and the other factors described in Item 1A. We undertake no duty to "
             "update any forward-looking statement.", size=9.0)


def business(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 0, anchor="part1")
    doc.heading("Item 1. Business", 1, anchor="item1")
    doc.heading("General", 3)
    doc.para("Quillmere Energy Group, Inc. is a utility holding company headquartered in Pellbridge, Vessary. Through "
             "Quillmere Electric we generate, transmit and distribute electricity to approximately "
             "{biz.elec_customers:n2} million customers in central and eastern Vessary and the southern counties of "
             "Ondria, and through Quillmere Gas we distribute natural gas to approximately {biz.gas_customers:n0} "
             "thousand customers in Vessary. Our small non-regulated segment, Energy Services, designs and builds "
             "distributed solar, battery storage and energy efficiency projects for commercial, institutional and "
             "municipal customers. Our reportable segments are Electric Utility, Gas Utility and Energy Services; "
             "holding company costs and financing are reported in Corporate and Other.")
    doc.heading("Electric Utility", 3)
    doc.para("Quillmere Electric owns {biz.capacity_mw:n0} MW of generating capacity, including {biz.renewable_mw:n0} "
             "MW of wind and solar resources, and buys the balance of its needs under long-term power purchase "
             "agreements and in the regional wholesale market. It operates approximately {biz.transmission_miles:n0} "
             "circuit miles of transmission lines and {biz.dist_miles:n0} circuit miles of distribution lines. The "
             "all-time system peak demand of {biz.peak_mw:n0} MW was set on July 22, 2025. Retail rates in Vessary "
             "are set by the VUC and in Ondria by the OPSB; transmission rates are set by FERC under a formula rate "
             "that is updated annually.")
    doc.para("On October 16, 2025, the VUC issued its order in Quillmere Electric's Vessary base rate case. The order "
             "approved an annual base rate increase of {rate.increase:d1} million, compared with the "
             "{rate.request:d1} million we had requested, based on an authorized return on equity of 9.70% and a "
             "common equity ratio of 51.0%. New rates took effect on November 1, 2025. In Ondria, the OPSB approved "
             "a settlement providing an increase of {rate.ondria_increase:d1} million effective January 1, 2026. As "
             "part of the Vessary order, the VUC disallowed recovery of a portion of the remaining investment in the "
             "retired Harrow Creek coal units, which we recorded as an impairment and regulatory disallowance in the "
             "fourth quarter of 2025.")
    doc.heading("Gas Utility", 3)
    doc.para("Quillmere Gas operates approximately {biz.gas_main_miles:n0} miles of distribution mains and two "
             "underground storage fields. Gas costs are passed through to customers without markup under purchased "
             "gas adjustment clauses, so changes in the price of gas affect revenues and cost of natural gas but "
             "generally not earnings. A weather normalization adjustment mechanism reduces, but does not eliminate, "
             "the effect of weather on residential and commercial margins. Quillmere Gas is replacing its remaining "
             "cast iron and bare steel mains under a pipeline safety program with a separate recovery rider.")
    doc.heading("Energy Services", 3)
    doc.para("Energy Services completes projects under fixed-price contracts and owns a portfolio of distributed solar "
             "installations that sell power under long-term agreements. In June 2025 we sold its propane "
             "distribution business, which served rural customers in Ondria, for cash of {sale.proceeds:d1} million "
             "and recorded a pre-tax gain of {sale.gain:d1} million in other income.")
    doc.heading("Human Capital", 3)
    doc.para("At December 31, 2025, we had approximately {biz.employees:n0} employees, of whom about "
             "{biz.union_pct:n0}% were represented by collective bargaining units. The agreement with our largest "
             "union runs through April 2028. Safety performance, workforce development for line and gas technicians, "
             "and succession planning for the retirement-eligible workforce are our principal human capital "
             "priorities.")

    doc.section = "risk"
    doc.heading("Item 1A. Risk Factors", 1, anchor="item1a", keep=40)
    risks = [
        "Regulators may not allow us to recover our costs or to earn our authorized returns on a timely basis, as "
        "the Harrow Creek disallowance in 2025 illustrates.",
        "Severe weather, including storms, wildfires and extreme temperatures, can damage our systems, change "
        "customer usage and require significant unplanned spending.",
        "Our capital expenditure plan depends on access to the debt and equity markets on acceptable terms; higher "
        "interest rates increase our financing costs.",
        "The transition away from coal generation and the growth of customer-owned resources could leave us with "
        "unrecovered investments or lower sales.",
        "Cyber attacks on our operational technology could disrupt service and expose us to liability.",
        "Our pension plan's funded status depends on interest rates and investment returns, and shortfalls would "
        "require additional contributions.",
    ]
    doc.bullets(risks, size=9.0)
    doc.heading("Item 1B. Unresolved Staff Comments", 1, anchor="item1b", keep=16)
    doc.para("None.")
    doc.heading("Item 1C. Cybersecurity", 1, anchor="item1c", keep=24)
    doc.para("Our cybersecurity program is led by our Chief Information Security Officer, who reports to the Chief "
             "Administrative Officer and briefs the Audit and Risk Committee of the Board each quarter. The program "
             "follows the NIST Cybersecurity Framework and the reliability standards that apply to our bulk electric "
             "system assets, and includes continuous monitoring, annual penetration testing and incident response "
             "exercises with our gas and electric operations teams. We did not experience a cybersecurity incident "
             "in 2025 that materially affected us.")
    doc.section = "properties"
    doc.heading("Item 2. Properties", 1, anchor="item2", keep=60)
    plants = [
        ("Harrow Creek Energy Center (units 3\u20134)", "Natural gas combined cycle", "1,184", "2019"),
        ("Tamsin Ridge Station", "Coal and natural gas (dual fuel)", "1,026", "1984"),
        ("Ostler Point Station", "Natural gas combustion turbines", "812", "2007"),
        ("Marrowfield Wind Farms (5 sites)", "Wind", "1,102", "2012\u20132024"),
        ("Sallowby and Crane Flats Solar", "Solar photovoltaic", "744", "2021\u20132025"),
        ("Quenby Falls Hydro", "Hydroelectric", "96", "1938"),
        ("Other peaking units", "Natural gas and oil", "2,448", "various"),
    ]
    rows = [R(name, ["=" + fuel, "=" + mw, "=" + year]) for name, fuel, mw, year in plants]
    rows.append(R("Total owned capacity", [None, "=7,412", None], kind="total"))
    doc.table("Principal Generating Facilities at December 31, 2025", ["Fuel", "Net Capacity\n(MW)",
              "In Service"], rows, label_w=64, col_w=36, size=8.4)
    doc.para("Substantially all of Quillmere Electric's utility plant is subject to the lien of its first mortgage "
             "bond indenture. Quillmere Gas's storage fields are owned in fee. Our headquarters in Pellbridge is "
             "owned.")
    doc.heading("Item 3. Legal Proceedings", 1, anchor="item3", keep=16)
    doc.para("See Note 2, Regulatory Matters, for the rate proceedings described there. We are also party to claims "
             "arising in the ordinary course of business, none of which we expect to have a material effect.")
    doc.heading("Item 4. Mine Safety Disclosures", 1, anchor="item4", keep=14)
    doc.para("Not applicable.")


def part2(doc: Doc) -> None:
    doc.section = "market"
    doc.heading("PART II", 0, anchor="part2", keep=60)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 1, anchor="item5")
    doc.para("Our common stock trades on the New York Stock Exchange under the symbol \"QMEG.\" At February 13, 2026, "
             "there were 21,406 holders of record. We paid dividends of ${is.dps.2025:n2} per share in 2025, "
             "including ${div.q4_25:n4} per share in the fourth quarter. On February 12, 2026, the Board declared a "
             "quarterly dividend of ${div.q1_26:n4} per share, payable March 16, 2026. We did not repurchase any "
             "shares in 2025; we issued shares through our dividend reinvestment plan and an at-the-market "
             "program.")
    doc.heading("Item 6. [Reserved]", 1, anchor="item6", keep=14)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item7", keep=60)
    doc.heading("Overview of 2025", 3)
    doc.para("Net income was {is.ni.2025:d1} million, or ${is.eps_diluted.2025:n2} per diluted share, compared with "
             "{is.ni.2024:d1} million, or ${is.eps_diluted.2024:n2} per diluted share, in 2024. Operating earnings, a "
             "non-GAAP measure defined below, were ${op.eps.2025:n2} per diluted share, compared with "
             "${op.eps.2024:n2} in 2024. Results reflect new electric rates in Vessary from November 1, colder "
             "weather in the heating season, customer growth and higher AFUDC, partly offset by higher depreciation, "
             "interest and operations and maintenance expense. Total operating revenues increased "
             "{mda.rev_chg:d1} million.")
    doc.para("Outlook. We expect 2026 operating earnings of ${mda.guide_low:n2} to ${mda.guide_high:n2} per diluted "
             "share and long-term annual growth in operating earnings per share of {mda.eps_growth_low:n0}% to "
             "{mda.eps_growth_high:n0}%, supported by our capital plan of {mda.capex_plan_total:d1} million for "
             "2026 through 2028.")

    doc.section = "mda_opearn"
    doc.heading("Operating Earnings (Non-GAAP)", 3, keep=70)
    doc.para("Operating earnings exclude items that management does not consider representative of ongoing "
             "performance. Management uses operating earnings to set incentive compensation targets and to "
             "communicate guidance. Operating earnings should not be considered an alternative to net income.")
    rows = [
        R("Net income (GAAP)", yrs("is.ni"), "n1", dollar=True),
        R("Adjustments (pre-tax):", kind="head", indent=0),
        R("Impairment and regulatory disallowances (a)", yrs("op.impair"), "n1", indent=1),
        R("Gain on sale of propane distribution business (b)", yrs("op.gain"), "n1", indent=1),
        R("Severance and workforce realignment (c)", yrs("op.severance"), "n1", indent=1),
        R("Income tax effect of adjustments", yrs("op.tax"), "n1", indent=1),
        R("Operating earnings (non-GAAP)", yrs("op.earnings"), "n1", kind="total", dollar=True),
        R("Diluted weighted-average shares (millions)", yrs("is.shares_diluted"), "n1"),
        R("Diluted earnings per share (GAAP)", yrs("is.eps_diluted"), "n2", dollar=True),
        R("Per-share effect of adjustments", yrs("op.eps_adj"), "n2", indent=1),
        R("Operating earnings per diluted share (non-GAAP)", yrs("op.eps"), "n2", kind="total", dollar=True),
    ]
    doc.table("Reconciliation of Net Income to Operating Earnings", COLS3, rows, groups=YEAR_GROUP,
              unit=MILLIONS_PS, label_w=86,
              notes=["(a) 2025: Harrow Creek disallowance in the Vessary rate order; 2023: write-off of deferred "
                     "costs of a cancelled transmission project.",
                     "(b) Recorded in other income, net.",
                     "(c) Included in operations and maintenance expense."])

    doc.section = "mda_elec"
    doc.heading("Electric Utility", 3, keep=80)
    doc.para("Retail electric sales increased {mda.gwh_retail_chg:p1} in 2025. Residential sales rose with colder "
             "winter weather and customer growth, while commercial sales benefited from new data center and "
             "warehouse load. Wholesale sales increased because more of our combined cycle output was sold into "
             "the regional market during the spring.")
    rows = [
        R("Retail sales (GWh):", kind="head"),
        R("Residential", yrs("gwh.res"), "n0", indent=1),
        R("Commercial", yrs("gwh.com"), "n0", indent=1),
        R("Industrial", yrs("gwh.ind"), "n0", indent=1),
        R("Other retail (street lighting and public authorities)", yrs("gwh.oth"), "n0", indent=1),
        R("Total retail sales", yrs("gwh.retail"), "n0", kind="sub"),
        R("Wholesale sales", yrs("gwh.whl"), "n0", indent=1),
        R("Total electric sales", yrs("gwh.total"), "n0", kind="sub"),
        R("Operating revenues (millions of dollars):", kind="head"),
        R("Residential", yrs("erev.res"), "n1", indent=1, dollar=True),
        R("Commercial", yrs("erev.com"), "n1", indent=1),
        R("Industrial", yrs("erev.ind"), "n1", indent=1),
        R("Other retail", yrs("erev.oth"), "n1", indent=1),
        R("Total retail revenues", yrs("erev.retail"), "n1", kind="sub"),
        R("Wholesale", yrs("erev.whl"), "n1", indent=1),
        R("Transmission, alternative revenue programs and other", yrs("erev.other"), "n1", indent=1),
        R("Total electric operating revenues", yrs("erev.total"), "n1", kind="total", dollar=True),
        R("Average number of customers:", kind="head"),
        R("Residential", yrs("ecust.res"), "n0", indent=1),
        R("Commercial", yrs("ecust.com"), "n0", indent=1),
        R("Industrial", yrs("ecust.ind"), "n0", indent=1),
        R("Other", yrs("ecust.oth"), "n0", indent=1),
        R("Total average electric customers", yrs("ecust.total"), "n0", kind="sub"),
        R("Average revenue per kWh (cents):", kind="head"),
        R("Residential", yrs("cents.res"), "n2", indent=1),
        R("Total retail", yrs("cents.retail"), "n2", indent=1),
    ]
    doc.table("Electric Utility Operating Statistics", COLS3, rows, groups=YEAR_GROUP, label_w=92)

    doc.section = "mda_gas"
    doc.heading("Gas Utility", 3, keep=60)
    doc.para("Gas throughput increased because of colder weather and higher transportation volumes for industrial "
             "customers. Gas utility revenues rose less than throughput because the weather normalization mechanism "
             "returned part of the weather-driven margin to customers, and because the average cost of gas passed "
             "through to customers was little changed.")
    rows = [
        R("Throughput (Bcf):", kind="head"),
        R("Residential", yrs("bcf.res"), "n1", indent=1),
        R("Commercial", yrs("bcf.com"), "n1", indent=1),
        R("Industrial", yrs("bcf.ind"), "n1", indent=1),
        R("Transportation", yrs("bcf.trn"), "n1", indent=1),
        R("Total throughput", yrs("bcf.total"), "n1", kind="sub"),
        R("Operating revenues (millions of dollars):", kind="head"),
        R("Residential", yrs("grev.res"), "n1", indent=1, dollar=True),
        R("Commercial", yrs("grev.com"), "n1", indent=1),
        R("Industrial", yrs("grev.ind"), "n1", indent=1),
        R("Transportation", yrs("grev.trn"), "n1", indent=1),
        R("Off-system sales and other", yrs("grev.other"), "n1", indent=1),
        R("Total gas operating revenues", yrs("grev.total"), "n1", kind="total", dollar=True),
        R("Average number of customers:", kind="head"),
        R("Residential", yrs("gcust.res"), "n0", indent=1),
        R("Commercial", yrs("gcust.com"), "n0", indent=1),
        R("Industrial and transportation", yrs("gcust.ind"), "n0", indent=1),
        R("Total average gas customers", yrs("gcust.total"), "n0", kind="sub"),
    ]
    doc.table("Gas Utility Operating Statistics", COLS3, rows, groups=YEAR_GROUP, label_w=92)

    doc.section = "mda_weather"
    rows = [
        R("Heating degree days \u2014 actual", yrs("hdd.actual"), "n0"),
        R("Heating degree days \u2014 normal*", yrs("hdd.normal"), "n0", indent=1),
        R("Cooling degree days \u2014 actual", yrs("cdd.actual"), "n0"),
        R("Cooling degree days \u2014 normal*", yrs("cdd.normal"), "n0", indent=1),
    ]
    doc.table("Degree Days (Pellbridge Service Area)", COLS3, rows, groups=YEAR_GROUP, label_w=92,
              notes=["* Normal is the 20-year average for the service area, updated annually."])
    doc.para("Heating degree days were {mda.hdd_chg:p1} higher than in 2024. The summer of 2025 was milder than "
             "2024 but still warmer than normal.")

    doc.section = "mda_ratebase"
    doc.heading("Rate Base and Capital Expenditures", 3, keep=70)
    doc.para("Our earnings growth depends on investing in our regulated systems and earning a fair return on that "
             "investment. Year-end rate base grew {rb.growth:p1} in 2025.")
    rows = [R(label, [f"rb.{k}.2025", f"rb.{k}.2024", "=" + roe, "=" + eq], ["n1", "n1", "n1", "n1"],
              dollar=(n == 0)) for n, (k, label, _a, _b, roe, eq) in enumerate(qd.RATE_BASE)]
    rows.append(R("Total rate base", ["rb.total.2025", "rb.total.2024", None, None], "n1", kind="total",
                  dollar=True))
    doc.table("Year-End Rate Base by Jurisdiction", ["2025", "2024", "Authorized\nROE", "Equity\nRatio"], rows,
              groups=[("December 31", 0, 2), ("Current Authorization", 2, 2)], unit=MILLIONS, label_w=70,
              money=[True, True, False, False],
              notes=["* Formula rate; the FERC-authorized ROE includes a 50 basis point incentive adder for "
                     "participation in the regional transmission organization."])
    doc.section = "mda_capex"
    years = (2025, 2026, 2027, 2028)
    rows = [R(label, [f"capex.{k}.{y}" for y in years] + [f"capex.{k}.plan"], "n1", dollar=(n == 0))
            for n, (k, label) in enumerate(qd.CAPEX_CATS.items())]
    rows.append(R("Total capital expenditures", [f"capex.total.{y}" for y in years] + ["capex.total.plan"], "n1",
                  kind="total", dollar=True))
    doc.table("Capital Expenditure Program", ["2025", "2026", "2027", "2028", "Total\n2026\u20132028"], rows,
              groups=[("Actual", 0, 1), ("Forecast", 1, 4)], unit=MILLIONS, label_w=64,
              notes=["Actual 2025 amounts are cash capital expenditures and exclude AFUDC. The forecast is subject "
                     "to regulatory approvals and may change."])

    doc.section = "mda_liq"
    doc.heading("Liquidity and Capital Resources", 3, keep=70)
    doc.para("We fund our capital program with cash from operations, first mortgage bonds and senior notes issued by "
             "the utilities, holding company debt and equity issued through our dividend reinvestment plan and "
             "at-the-market program. Short-term needs are met with commercial paper backed by committed revolving "
             "credit facilities that mature in June 2030. The weighted-average interest rate on commercial paper "
             "outstanding was {fac.cp_rate.2025:n2}% at December 31, 2025 and {fac.cp_rate.2024:n2}% a year "
             "earlier; the largest amount outstanding during 2025 was {fac.cp_max:d1} million.")
    rows = [R(label, [f"fac.cap.{k}", f"fac.cp.{k}", f"fac.lc.{k}", f"fac.avail.{k}"], "n1", dollar=(n == 0))
            for n, (k, label) in enumerate((("hold", "Quillmere Energy Group (holding company)"),
                                            ("elec", "Quillmere Electric"), ("gas", "Quillmere Gas")))]
    rows.append(R("Total", ["fac.cap.total", "fac.cp.total", "fac.lc.total", "fac.avail.total"], "n1", kind="total",
                  dollar=True))
    doc.table("Credit Facilities and Commercial Paper at December 31, 2025", ["Facility\nSize",
              "Commercial\nPaper\nOutstanding", "Letters of\nCredit", "Available\nCapacity"], rows, unit=MILLIONS,
              label_w=66)
    doc.para("Together with cash and cash equivalents, available liquidity was {mda.liquidity:d1} million at "
             "December 31, 2025. In 2025 each of Quillmere Electric, Quillmere Gas and the holding company issued "
             "new long-term debt, which is listed in Note 5, and we repaid {debt.retired.2025:d1} million of "
             "maturing debt. We expect to contribute {pen.contrib_2026:d1} million to the pension plan in "
             "2026.")
    rows = [
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n1", dollar=True),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n1"),
        R("Net cash provided by financing activities", yrs("cf.cff"), "n1"),
        R("Net change in cash and cash equivalents", yrs("cf.change"), "n1", kind="total", dollar=True),
    ]
    doc.table("Summary of Cash Flows", COLS3, rows, groups=YEAR_GROUP, unit=MILLIONS, label_w=86)
    doc.section = "mda_cap"
    rows = [
        R("Short-term and long-term debt (including current maturities)", yrs("cap.debt", qd.BS_YEARS), "n1",
          dollar=True),
        R("Total common shareholders' equity", yrs("bs.equity", qd.BS_YEARS), "n1"),
        R("Total capitalization", yrs("cap.total", qd.BS_YEARS), "n1", kind="total", dollar=True),
    ]
    doc.table("Capital Structure", COLS2, rows, groups=[("December 31", 0, 2)], unit=MILLIONS, label_w=100)

    doc.section = "item7a"
    doc.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item7a", keep=30)
    doc.para("Interest rate risk: a 100 basis point change in short-term rates would change annual interest expense "
             "on commercial paper and the floating-rate term loan by about $8.8 million before income taxes. "
             "Commodity price risk: fuel, purchased power and natural gas costs are recovered through adjustment "
             "clauses, and hedging gains and losses of the utilities are deferred as regulatory assets or "
             "liabilities. Energy Services hedges its exposure to fixed-price contracts, and the effective portion is "
             "recorded in other comprehensive income.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 1, anchor="item8")
    doc.anchor("is")
    rows = [
        R("Operating revenues", kind="head"),
        R("Electric", yrs("is.rev_electric"), "n1", indent=1, dollar=True),
        R("Gas", yrs("is.rev_gas"), "n1", indent=1),
        R("Energy services and other", yrs("is.rev_services"), "n1", indent=1),
        R("Total operating revenues", yrs("is.rev"), "n1", kind="sub"),
        R("Operating expenses", kind="head"),
        R("Fuel and purchased power", yrs("is.fuel"), "n1", indent=1),
        R("Cost of natural gas", yrs("is.gas_cost"), "n1", indent=1),
        R("Cost of energy services", yrs("is.svc_cost"), "n1", indent=1),
        R("Operations and maintenance", yrs("is.om"), "n1", indent=1),
        R("Depreciation and amortization", yrs("is.da"), "n1", indent=1),
        R("Taxes other than income taxes", yrs("is.otax"), "n1", indent=1),
        R("Impairment and regulatory disallowances", yrs("is.impair"), "n1", indent=1),
        R("Total operating expenses", yrs("is.opex"), "n1", kind="sub"),
        R("Operating income", yrs("is.op_income"), "n1", bold=True),
        R("Other income (expense)", kind="head"),
        R("Allowance for equity funds used during construction", yrs("is.afudc"), "n1", indent=1),
        R("Other income, net", yrs("is.other_inc"), "n1", indent=1),
        R("Interest expense", yrs("is.interest_neg"), "n1", indent=1),
        R("Total other income (expense)", yrs("is.other_total"), "n1", kind="sub"),
        R("Income before income taxes", yrs("is.pretax"), "n1", bold=True),
        R("Income tax expense", yrs("is.tax"), "n1", indent=1),
        R("Net income", yrs("is.ni"), "n1", kind="total", dollar=True),
        R("Earnings per common share", kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average common shares outstanding (millions)", kind="head"),
        R("Basic", yrs("is.shares_basic"), "n1", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n1", indent=1),
        R("Dividends declared per common share", yrs("is.dps"), "n2", dollar=True),
    ]
    doc.table("Consolidated Statements of Income", COLS3, rows, groups=YEAR_GROUP, unit=MILLIONS_PS, label_w=90)
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", yrs("is.ni"), "n1", dollar=True),
        R("Other comprehensive income (loss), net of tax:", kind="head"),
        R("Pension and other postretirement benefit plans", yrs("ci.pension"), "n1", indent=1),
        R("Cash flow hedges", yrs("ci.hedge"), "n1", indent=1),
        R("Other comprehensive income (loss)", yrs("ci.oci"), "n1", kind="sub"),
        R("Comprehensive income", yrs("ci.total"), "n1", kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Comprehensive Income", COLS3, rows, groups=YEAR_GROUP, unit=MILLIONS,
              label_w=90)

    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    v = doc.values
    rows = [
        R("ASSETS", kind="head"),
        R("Utility plant", kind="head"),
        R("Utility plant in service", yrs("bs.plant_gross", qd.BS_YEARS), "n1", indent=1, dollar=True),
        R("Less accumulated depreciation", yrs("bs.accum", qd.BS_YEARS), "n1", indent=1),
        R("Net utility plant in service", yrs("bs.plant_net", qd.BS_YEARS), "n1", kind="sub"),
        R("Construction work in progress", yrs("bs.cwip", qd.BS_YEARS), "n1", indent=1),
        R("Net utility plant", yrs("bs.util_plant", qd.BS_YEARS), "n1", kind="sub"),
        R("Non-utility property, net", yrs("bs.nonutil", qd.BS_YEARS), "n1"),
        R("Current assets", kind="head"),
        R("Cash and cash equivalents", yrs("bs.cash", qd.BS_YEARS), "n1", indent=1),
        R("Customer accounts receivable, net of allowance for credit losses of $21.4 and $19.8",
          yrs("bs.ar", qd.BS_YEARS), "n1", indent=1),
        R("Unbilled revenues", yrs("bs.unbilled", qd.BS_YEARS), "n1", indent=1),
        R("Fuel, materials and supplies", yrs("bs.fuel", qd.BS_YEARS), "n1", indent=1),
        R("Natural gas in storage", yrs("bs.gas_storage", qd.BS_YEARS), "n1", indent=1),
        R("Regulatory assets \u2014 current", yrs("bs.ra_cur", qd.BS_YEARS), "n1", indent=1),
        R("Prepayments and other current assets", yrs("bs.prepay", qd.BS_YEARS), "n1", indent=1),
        R("Total current assets", yrs("bs.ca_total", qd.BS_YEARS), "n1", kind="sub"),
        R("Deferred charges and other assets", kind="head"),
        R("Regulatory assets", yrs("bs.ra_nc", qd.BS_YEARS), "n1", indent=1),
        R("Goodwill", yrs("bs.goodwill", qd.BS_YEARS), "n1", indent=1),
        R("Other deferred charges", yrs("bs.other_def", qd.BS_YEARS), "n1", indent=1),
        R("Total deferred charges and other assets", yrs("bs.def_total", qd.BS_YEARS), "n1", kind="sub"),
        R("Total assets", yrs("bs.assets", qd.BS_YEARS), "n1", kind="total", dollar=True),
        R("", kind="break"),
        R("CAPITALIZATION AND LIABILITIES", kind="head"),
        R("Capitalization", kind="head"),
        R(f"Common stock, no par value; 300.0 million shares authorized; {v['bs.shares.2025']} and "
          f"{v['bs.shares.2024']} million shares outstanding", yrs("bs.common", qd.BS_YEARS), "n1", indent=1,
          dollar=True),
        R("Retained earnings", yrs("bs.re", qd.BS_YEARS), "n1", indent=1),
        R("Accumulated other comprehensive loss", yrs("bs.aoci", qd.BS_YEARS), "n1", indent=1),
        R("Total common shareholders' equity", yrs("bs.equity", qd.BS_YEARS), "n1", kind="sub"),
        R("Long-term debt, net", yrs("bs.ltd", qd.BS_YEARS), "n1", indent=1),
        R("Total capitalization", yrs("bs.cap_total", qd.BS_YEARS), "n1", kind="sub"),
        R("Current liabilities", kind="head"),
        R("Current maturities of long-term debt", yrs("bs.debt_current", qd.BS_YEARS), "n1", indent=1),
        R("Commercial paper", yrs("bs.cp", qd.BS_YEARS), "n1", indent=1),
        R("Accounts payable", yrs("bs.ap", qd.BS_YEARS), "n1", indent=1),
        R("Customer deposits", yrs("bs.deposits", qd.BS_YEARS), "n1", indent=1),
        R("Accrued taxes", yrs("bs.acc_tax", qd.BS_YEARS), "n1", indent=1),
        R("Accrued interest", yrs("bs.acc_int", qd.BS_YEARS), "n1", indent=1),
        R("Regulatory liabilities \u2014 current", yrs("bs.rl_cur", qd.BS_YEARS), "n1", indent=1),
        R("Other current liabilities", yrs("bs.other_cl", qd.BS_YEARS), "n1", indent=1),
        R("Total current liabilities", yrs("bs.cl_total", qd.BS_YEARS), "n1", kind="sub"),
        R("Deferred credits and other liabilities", kind="head"),
        R("Accumulated deferred income taxes", yrs("bs.dit", qd.BS_YEARS), "n1", indent=1),
        R("Regulatory liabilities", yrs("bs.rl_nc", qd.BS_YEARS), "n1", indent=1),
        R("Asset retirement obligations", yrs("bs.aro", qd.BS_YEARS), "n1", indent=1),
        R("Pension and other postretirement benefit liabilities", yrs("bs.pension", qd.BS_YEARS), "n1", indent=1),
        R("Other deferred credits and liabilities", yrs("bs.other_dc", qd.BS_YEARS), "n1", indent=1),
        R("Total deferred credits and other liabilities", yrs("bs.dc_total", qd.BS_YEARS), "n1", kind="sub"),
        R("Commitments and contingencies (Notes 2 and 12)", kind="head"),
        R("Total capitalization and liabilities", yrs("bs.le_total", qd.BS_YEARS), "n1", kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", COLS2, rows, groups=[("December 31", 0, 2)], unit=MILLIONS,
              label_w=112)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", yrs("cf.ni"), "n1", indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", yrs("cf.da"), "n1", indent=2),
        R("Deferred income taxes", yrs("cf.deferred"), "n1", indent=2),
        R("Allowance for equity funds used during construction", yrs("cf.afudc"), "n1", indent=2),
        R("Amortization of debt discount and issuance costs", yrs("cf.debt_amort"), "n1", indent=2),
        R("Share-based compensation", yrs("cf.sbc"), "n1", indent=2),
        R("Gain on sale of business", yrs("cf.gain"), "n1", indent=2),
        R("Impairment and regulatory disallowances", yrs("cf.impair"), "n1", indent=2),
        R("Pension and other postretirement benefits", yrs("cf.pension"), "n1", indent=2),
        R("Asset retirement obligations settled", yrs("cf.aro_settled"), "n1", indent=2),
        R("Regulatory assets and liabilities, net", yrs("cf.reg"), "n1", indent=2),
        R("Changes in working capital:", kind="head", indent=1),
        R("Customer accounts receivable", yrs("cf.ar"), "n1", indent=2),
        R("Unbilled revenues", yrs("cf.unbilled"), "n1", indent=2),
        R("Fuel, materials and supplies", yrs("cf.fuel"), "n1", indent=2),
        R("Natural gas in storage", yrs("cf.gas_storage"), "n1", indent=2),
        R("Prepayments and other current assets", yrs("cf.prepay"), "n1", indent=2),
        R("Accounts payable", yrs("cf.ap"), "n1", indent=2),
        R("Accrued taxes and interest", yrs("cf.accrued"), "n1", indent=2),
        R("Customer deposits and other current liabilities", yrs("cf.other_cl"), "n1", indent=2),
        R("Other, net", yrs("cf.other_op"), "n1", indent=1),
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n1", kind="sub"),
        R("Investing activities", kind="head"),
        R("Utility capital expenditures", yrs("cf.capex"), "n1", indent=1),
        R("Non-utility capital expenditures", yrs("cf.nonutil_capex"), "n1", indent=1),
        R("Cost of removal, net of salvage", yrs("cf.removal"), "n1", indent=1),
        R("Proceeds from sale of business", yrs("cf.sale_proceeds"), "n1", indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n1", kind="sub"),
        R("Financing activities", kind="head"),
        R("Issuance of long-term debt", yrs("cf.ltd_issued"), "n1", indent=1),
        R("Retirement of long-term debt", yrs("cf.ltd_retired"), "n1", indent=1),
        R("Debt issuance costs", yrs("cf.debt_costs"), "n1", indent=1),
        R("Net change in commercial paper", yrs("cf.cp"), "n1", indent=1),
        R("Issuance of common stock", yrs("cf.stock"), "n1", indent=1),
        R("Dividends paid on common stock", yrs("cf.dividends"), "n1", indent=1),
        R("Shares withheld for taxes on share-based awards", yrs("cf.withheld"), "n1", indent=1),
        R("Net cash provided by financing activities", yrs("cf.cff"), "n1", kind="sub"),
        R("Net change in cash and cash equivalents", yrs("cf.change"), "n1", bold=True),
        R("Cash and cash equivalents at beginning of year", yrs("cf.begin"), "n1"),
        R("Cash and cash equivalents at end of year", yrs("cf.end"), "n1", kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", COLS3, rows, groups=YEAR_GROUP, unit=MILLIONS, label_w=96,
              notes=["Supplemental information for 2025: cash paid for interest, net of amounts capitalized, "
                     "{cf.int_paid.2025:d1} million; income taxes paid, net of refunds, {cf.tax_paid.2025:d1} "
                     "million; accrued capital expenditures at year end {cf.accrued_capex.2025:d1} million."])

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    cols = ["shares", "common", "re", "aoci", "total"]
    rows = []
    for n, y in enumerate((2023, 2024, 2025)):
        if n == 0:
            rows.append(R(f"Balance at December 31, {y - 1}", [f"eq.{c}.{y - 1}" for c in cols],
                          ["n1", "n1", "n1", "n1", "n1"], bold=True, dollar=True))
        dps = Decimal(doc.values[f"is.dps.{y}"])
        rows += [
            R("Net income", [None, None, f"eq.ni.{y}", None, f"eq.ni.{y}"], "n1", indent=1),
            R("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{y}", f"eq.oci.{y}"], "n1", indent=1),
            R(f"Common stock dividends (${dps:.2f} per share)", [None, None, f"eq.div.{y}", None, f"eq.div.{y}"],
              "n1", indent=1),
            R("Issuance of common stock", [f"eq.issued_sh.{y}", f"eq.stock.{y}", None, None, f"eq.stock.{y}"], "n1",
              indent=1),
            R("Share-based compensation", [None, f"eq.sbc.{y}", None, None, f"eq.sbc.{y}"], "n1", indent=1),
            R("Shares withheld for taxes", [None, f"eq.withheld.{y}", None, None, f"eq.withheld.{y}"], "n1",
              indent=1),
            R(f"Balance at December 31, {y}", [f"eq.{c}.{y}" for c in cols], "n1", kind="total", dollar=True),
        ]
    doc.table("Consolidated Statements of Common Shareholders' Equity", ["Common\nShares\n(millions)",
              "Common\nStock", "Retained\nEarnings", "Accumulated\nOther\nComprehensive\nLoss", "Total"], rows,
              unit=MILLIONS, label_w=70, money=[False, True, True, True, True], keep=True)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes", keep=60)
    doc.heading("1. Summary of Significant Accounting Policies", 3)
    doc.para("Basis of presentation. The consolidated financial statements include Quillmere Energy Group, Inc. and "
             "its subsidiaries. Quillmere Electric and Quillmere Gas apply accounting guidance for regulated "
             "operations, under which costs that are probable of recovery in future rates are deferred as "
             "regulatory assets and amounts expected to be refunded or spent for customers are recorded as "
             "regulatory liabilities. Utility plant is stated at original cost, including AFUDC; depreciation is "
             "computed on the straight-line method using rates approved by regulators, and the composite "
             "depreciation rate for utility plant was {plant.depr_rate:p2} in 2025. When depreciable utility "
             "property is retired, its original cost, together with cost of removal less salvage, is charged to "
             "accumulated depreciation.")
    doc.para("Revenue recognition. Electric and gas revenues are recognized as energy is delivered and include an "
             "estimate of unbilled revenues for energy delivered but not yet billed. Alternative revenue programs, "
             "such as the weather normalization adjustment, are recognized when the regulatory criteria are met.")

    doc.section = "note_reg"
    doc.heading("2. Regulatory Matters", 3, keep=60)
    doc.para("The Vessary base rate order of October 2025 and the Ondria settlement are described in Item 1. In 2025 "
             "Quillmere Electric deferred {ra.storm_deferred:d1} million of incremental restoration costs from the "
             "March and August storms; the VUC has authorized recovery of deferred storm costs over "
             "{ra.storm_months:n0} months beginning in 2026. Regulatory assets and liabilities consisted of:")
    ra_rows = [("pension", "Pension and other postretirement benefit costs"), ("storm", "Deferred storm costs"),
               ("aro", "Asset retirement obligations"), ("retired", "Retired generating units (Harrow Creek)"),
               ("mgp", "Manufactured gas plant remediation"), ("fuel", "Under-recovered fuel and gas costs"),
               ("ee", "Energy efficiency programs"), ("other", "Other")]
    rows = [R("Regulatory assets", kind="head")]
    rows += [R(label, yrs(f"ra.{k}", qd.BS_YEARS), "n1", indent=1, dollar=(n == 0))
             for n, (k, label) in enumerate(ra_rows)]
    rows += [
        R("Total regulatory assets", yrs("ra.total", qd.BS_YEARS), "n1", kind="sub"),
        R("Less current portion", yrs("ra.less_cur", qd.BS_YEARS), "n1", indent=1),
        R("Regulatory assets \u2014 noncurrent", yrs("ra.nc", qd.BS_YEARS), "n1", kind="total", dollar=True),
        R("Regulatory liabilities", kind="head"),
        R("Excess deferred income taxes", yrs("rl.edit", qd.BS_YEARS), "n1", indent=1, dollar=True),
        R("Accrued cost of removal", yrs("rl.removal", qd.BS_YEARS), "n1", indent=1),
        R("Over-recovered fuel and gas costs", yrs("rl.fuel", qd.BS_YEARS), "n1", indent=1),
        R("Pension and other postretirement benefits", yrs("rl.pension", qd.BS_YEARS), "n1", indent=1),
        R("Other", yrs("rl.other", qd.BS_YEARS), "n1", indent=1),
        R("Total regulatory liabilities", yrs("rl.total", qd.BS_YEARS), "n1", kind="sub"),
        R("Less current portion", yrs("rl.less_cur", qd.BS_YEARS), "n1", indent=1),
        R("Regulatory liabilities \u2014 noncurrent", yrs("rl.nc", qd.BS_YEARS), "n1", kind="total", dollar=True),
    ]
    doc.table("Regulatory Assets and Liabilities", COLS2, rows, groups=[("December 31", 0, 2)], unit=MILLIONS,
              label_w=100)

    doc.section = "note_plant"
    doc.heading("3. Utility Plant", 3, keep=60)
    doc.para("Utility plant in service by function, and the related accumulated depreciation, were as follows. "
             "Construction work in progress was {cwip.2025:d1} million at December 31, 2025 and {cwip.2024:d1} "
             "million at December 31, 2024.")
    rows = []
    for n, (f, label) in enumerate(qd.FUNCTIONS.items()):
        rows.append(R(label, [f"plant.gross.{f}.2025", f"plant.accum.{f}.2025", f"plant.net.{f}.2025",
                              f"plant.gross.{f}.2024", f"plant.accum.{f}.2024", f"plant.net.{f}.2024"], "n1",
                      dollar=(n == 0)))
    rows.append(R("Total utility plant in service", [f"plant.{c}.total.{y}" for y in qd.BS_YEARS
                                                     for c in ("gross", "accum", "net")], "n1", kind="total",
                  dollar=True))
    doc.table("Utility Plant in Service by Function", ["Cost", "Accum.\nDepr.", "Net", "Cost", "Accum.\nDepr.",
              "Net"], rows, groups=[("December 31, 2025", 0, 3), ("December 31, 2024", 3, 3)], unit=MILLIONS,
              label_w=52, size=8.2)

    doc.section = "note_aro"
    doc.heading("4. Asset Retirement Obligations", 3, keep=70)
    doc.para("Our asset retirement obligations relate mainly to coal ash impoundments, the decommissioning of wind "
             "and solar facilities, and the retirement of gas mains and storage wells. Because the costs are "
             "recoverable in rates, accretion and changes in estimates are deferred as regulatory assets.")
    rows = [
        R("Balance at beginning of year", ["aro.begin.2025", "aro.begin.2024"], "n1", dollar=True),
        R("Liabilities incurred", ["aro.incurred.2025", "aro.incurred.2024"], "n1", indent=1),
        R("Accretion expense", ["aro.accretion.2025", "aro.accretion.2024"], "n1", indent=1),
        R("Revisions in estimated cash flows", ["aro.revisions.2025", "aro.revisions.2024"], "n1", indent=1),
        R("Liabilities settled", ["aro.settled.2025", "aro.settled.2024"], "n1", indent=1),
        R("Balance at end of year", ["aro.end.2025", "aro.end.2024"], "n1", kind="total", dollar=True),
    ]
    doc.table("Asset Retirement Obligation Activity", COLS2, rows, unit=MILLIONS, label_w=90, col_w=30)

    doc.section = "note_debt"
    doc.heading("5. Long-Term Debt", 3, keep=60)
    doc.para("First mortgage bonds of Quillmere Electric are secured by substantially all of its utility plant. Senior "
             "notes of Quillmere Gas and of the holding company are unsecured. The junior subordinated notes may be "
             "redeemed at par beginning in 2030, and the interest rate resets every five years thereafter.")
    rows = []
    for g, gname in qd.DEBT_GROUPS.items():
        rows.append(R(gname, kind="head"))
        first = True
        for key, grp, label, _a, _b in qd.DEBT:
            if grp != g:
                continue
            rows.append(R(label, [f"debt.{key}.2025", f"debt.{key}.2024"], "n1", indent=1, dollar=first))
            first = False
        rows.append(R(f"Total {gname.split(' (')[0]}", [f"debt.{g}.2025", f"debt.{g}.2024"], "n1", kind="sub"))
    rows += [
        R("Total principal amount", ["debt.principal.2025", "debt.principal.2024"], "n1", kind="sub", dollar=True),
        R("Unamortized discount and debt issuance costs", ["debt.costs.2025", "debt.costs.2024"], "n1"),
        R("Less current maturities", ["debt.less_current.2025", "debt.less_current.2024"], "n1"),
        R("Long-term debt, net", ["debt.ltd.2025", "debt.ltd.2024"], "n1", kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt Outstanding", COLS2, rows, groups=[("December 31", 0, 2)], unit=MILLIONS,
              label_w=118, col_w=30)
    rows = [R(str(y), [f"mat.{y}"], "n1", dollar=(y == 2026)) for y in (2026, 2027, 2028, 2029, 2030)]
    rows.append(R("Thereafter", ["mat.after"], "n1"))
    rows.append(R("Total", ["mat.total"], "n1", kind="total", dollar=True))
    doc.table("Scheduled Principal Maturities", ["Amount"], rows, unit=MILLIONS, label_w=60, col_w=32)

    doc.section = "note_pension"
    doc.heading("6. Pension and Other Postretirement Benefits", 3, keep=70)
    doc.para("We sponsor a qualified defined benefit pension plan that covers most employees hired before 2014 and "
             "postretirement health care and life insurance plans (OPEB). The table below presents the qualified "
             "pension plan; the OPEB plans had a net liability of {pen.opeb.2025:d1} million at December 31, 2025 "
             "and {pen.opeb.2024:d1} million at December 31, 2024, which is included with the unfunded pension "
             "obligation in pension and other postretirement benefit liabilities.")
    rows = [
        R("Change in projected benefit obligation", kind="head"),
        R("Obligation at beginning of year", ["pen.pbo_begin.2025", "pen.pbo_begin.2024"], "n1", indent=1,
          dollar=True),
        R("Service cost", ["pen.service.2025", "pen.service.2024"], "n1", indent=1),
        R("Interest cost", ["pen.interest.2025", "pen.interest.2024"], "n1", indent=1),
        R("Actuarial loss (gain)", ["pen.actuarial.2025", "pen.actuarial.2024"], "n1", indent=1),
        R("Benefits paid", ["pen.paid.2025", "pen.paid.2024"], "n1", indent=1),
        R("Obligation at end of year", ["pen.pbo_end.2025", "pen.pbo_end.2024"], "n1", kind="sub"),
        R("Change in plan assets", kind="head"),
        R("Fair value at beginning of year", ["pen.fv_begin.2025", "pen.fv_begin.2024"], "n1", indent=1,
          dollar=True),
        R("Actual return on plan assets", ["pen.return.2025", "pen.return.2024"], "n1", indent=1),
        R("Employer contributions", ["pen.contrib.2025", "pen.contrib.2024"], "n1", indent=1),
        R("Benefits paid", ["pen.paid_a.2025", "pen.paid_a.2024"], "n1", indent=1),
        R("Fair value at end of year", ["pen.fv_end.2025", "pen.fv_end.2024"], "n1", kind="sub"),
        R("Funded status at end of year", ["pen.funded.2025", "pen.funded.2024"], "n1", kind="total", dollar=True),
    ]
    doc.table("Qualified Pension Plan \u2014 Obligations and Funded Status", COLS2, rows, unit=MILLIONS, label_w=90,
              col_w=30)
    doc.para("The accumulated benefit obligation was {pen.abo:d1} million at December 31, 2025. The discount rate "
             "used to measure the obligation was {pen.discount.2025:n2}% at December 31, 2025 and "
             "{pen.discount.2024:n2}% at December 31, 2024, and the expected long-term return on plan assets for "
             "2026 is {pen.eroa:n2}%.")

    doc.section = "note_tax"
    doc.heading("7. Income Taxes", 3, keep=60)
    rows = [
        R("Current", kind="head"),
        R("Federal", yrs("tax.cur_fed"), "n1", indent=1, dollar=True),
        R("State", yrs("tax.cur_state"), "n1", indent=1),
        R("Total current", yrs("tax.current"), "n1", kind="sub"),
        R("Deferred", kind="head"),
        R("Federal", yrs("tax.def_fed"), "n1", indent=1),
        R("State", yrs("tax.def_state"), "n1", indent=1),
        R("Total deferred", yrs("tax.deferred"), "n1", kind="sub"),
        R("Income tax expense", yrs("tax.total"), "n1", kind="total", dollar=True),
    ]
    doc.table("Components of Income Tax Expense", COLS3, rows, groups=YEAR_GROUP, unit=MILLIONS, label_w=90)
    rows = [
        R("Income taxes at the federal statutory rate of 21%", yrs("rec.statutory"), "n1", dollar=True),
        R("State income taxes, net of federal benefit", yrs("rec.state"), "n1", indent=1),
        R("Amortization of excess deferred income taxes", yrs("rec.edit"), "n1", indent=1),
        R("Equity AFUDC", yrs("rec.afudc"), "n1", indent=1),
        R("Production tax credits", yrs("rec.ptc"), "n1", indent=1),
        R("Other, net", yrs("rec.other"), "n1", indent=1),
        R("Income tax expense", yrs("rec.total"), "n1", kind="total", dollar=True),
        R("Effective income tax rate", yrs("rec.rate"), "p1"),
    ]
    doc.table("Reconciliation to the Federal Statutory Rate", COLS3, rows, groups=YEAR_GROUP, unit=MILLIONS,
              label_w=90)

    doc.section = "note_eps"
    doc.heading("8. Earnings per Share", 3, keep=60)
    rows = [
        R("Net income", yrs("is.ni"), "n1", dollar=True),
        R("Weighted-average common shares \u2014 basic (millions)", yrs("is.shares_basic"), "n1"),
        R("Dilutive effect of share-based awards and forward sales (millions)", yrs("eps.dilutive"), "n1",
          indent=1),
        R("Weighted-average common shares \u2014 diluted (millions)", yrs("is.shares_diluted"), "n1", kind="sub"),
        R("Basic earnings per share", yrs("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", yrs("is.eps_diluted"), "n2", kind="total", dollar=True),
    ]
    doc.table(None, COLS3, rows, groups=YEAR_GROUP, unit=MILLIONS_PS, label_w=90)

    doc.section = "note_seg"
    doc.heading("9. Segment Information", 3, keep=60)
    doc.para("Our chief operating decision maker, the Chief Executive Officer, evaluates segment performance using "
             "segment net income. Corporate and Other includes holding company interest, costs not allocated to "
             "the segments and consolidating eliminations.")
    seg = list(qd.SEGMENTS)
    rows = []
    for n, y in enumerate(qd.YEARS):
        if n:
            rows.append(R("", kind="break") if n == 2 else R("", kind="blank"))
        rows += [
            R(f"Year ended December 31, {y}", kind="head"),
            R("Operating revenues", [f"seg.rev.{g}.{y}" for g in seg] + [f"seg.rev.total.{y}"], "n1", indent=1,
              dollar=True),
            R("Depreciation and amortization", [f"seg.da.{g}.{y}" for g in seg] + [f"seg.da.total.{y}"], "n1",
              indent=1),
            R("Operating income (loss)", [f"seg.oi.{g}.{y}" for g in seg] + [f"seg.oi.total.{y}"], "n1",
              indent=1),
            R("Interest expense", [f"seg.int.{g}.{y}" for g in seg] + [f"seg.int.total.{y}"], "n1", indent=1),
            R("Net income (loss)", [f"seg.ni.{g}.{y}" for g in seg] + [f"seg.ni.total.{y}"], "n1", indent=1,
              bold=True),
            R("Capital expenditures", [f"seg.capex.{g}.{y}" for g in seg] + [f"seg.capex.total.{y}"], "n1",
              indent=1),
        ]
        if y in qd.BS_YEARS:
            rows.append(R("Total assets at December 31", [f"seg.assets.{g}.{y}" for g in seg]
                          + [f"seg.assets.total.{y}"], "n1", indent=1))
    doc.table("Segment Financial Information", ["Electric\nUtility", "Gas\nUtility", "Energy\nServices",
              "Corporate\nand Other", "Consolidated"], rows, unit=MILLIONS, label_w=60, size=8.2)

    doc.section = "note_cp"
    doc.heading("10. Short-Term Borrowings and Credit Facilities", 3, keep=40)
    doc.para("The holding company, Quillmere Electric and Quillmere Gas maintain committed revolving credit "
             "facilities of {fac.cap.hold:d1} million, {fac.cap.elec:d1} million and {fac.cap.gas:d1} million, "
             "respectively, each maturing in June 2030, that support their commercial paper programs. Commercial "
             "paper outstanding totaled {bs.cp.2025:d1} million at December 31, 2025 and {bs.cp.2024:d1} million at "
             "December 31, 2024. Each facility requires the borrower to maintain a ratio of consolidated debt to "
             "total capitalization of no more than 65%; all borrowers were in compliance at December 31, 2025.")
    doc.heading("11. Commitments and Contingencies", 3, keep=30)
    doc.para("Quillmere Electric has long-term power purchase agreements with minimum payments of approximately $212 "
             "million per year through 2030, and Quillmere Gas has pipeline capacity and storage contracts with "
             "minimum payments of approximately $94 million per year. Quillmere Gas is remediating four former "
             "manufactured gas plant sites; the costs are deferred as regulatory assets and recovered through rates.")


def closing(doc: Doc) -> None:
    doc.section = "closing"
    doc.heading("Item 9A. Controls and Procedures", 1, anchor="item9a", keep=40)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of December 31, 2025. Management's report on internal control over "
             "financial reporting concluded that internal control was effective as of that date, and our "
             "independent registered public accounting firm, Brantwell & Soames LLP, issued an unqualified opinion "
             "on it. There were no changes in internal control during the fourth quarter of 2025 that materially "
             "affected it.")
    doc.heading("PART III", 0, anchor="part3", keep=30)
    doc.para("The information required by Items 10 through 14 is incorporated by reference to our proxy statement for "
             "the 2026 annual meeting of shareholders.")
    doc.heading("PART IV", 0, anchor="part4", keep=30)
    doc.para("Item 15. Exhibits and Financial Statement Schedules. The exhibits listed in the exhibit index, including "
             "the first mortgage bond indenture of Quillmere Electric and its supplemental indentures, certifications "
             "under Rules 13a-14(a) and 18 U.S.C. Section 1350, and Inline XBRL documents, are filed with this "
             "report.")
    doc.heading("Signatures", 1, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on February 19, 2026.\n"
             "QUILLMERE ENERGY GROUP, INC.\n"
             "By: /s/ Rosalind T. Achterberg, Chair, President and Chief Executive Officer\n"
             "By: /s/ Emmett J. Vashchenko-Lowe, Executive Vice President and Chief Financial Officer\n"
             "By: /s/ Priya N. Oduya-Strand, Vice President and Controller (Principal Accounting Officer)", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str]) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K 2025")
    doc.toc_labels = toc_labels
    doc.add_page()
    cover(doc)
    front(doc)
    business(doc)
    part2(doc)
    mda(doc)
    statements(doc)
    notes(doc)
    closing(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = qd.build()
    doc = render_twice(lambda labels: render(values, labels))
    return bytes(doc.output()), doc
