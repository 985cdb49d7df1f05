"""Render the Tallowmere Energy Holdings, Inc. fiscal 2025 Form 10-K.

House style: Liberation Serif throughout, "lined" tables (heavy rule over the header, hairline under every row),
upper-case statement titles, "$" attached to the amount with negatives as $(1,234.5), an en dash for zero,
"(Millions of Dollars, Except Per Share Amounts)", roman-numbered front matter, arabic body pages and F-pages for
the financial statements, a dotted-leader table of contents and "(Continued)" on carried-over tables.
"""

from __future__ import annotations

from decimal import Decimal

import tallowmere_data as td
from pdf_layout import Doc, Row, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Tallowmere Energy Holdings, Inc."
UTILITY = "Tallowmere Electric and Gas Company"
DOC_NAME = "TALLOWMERE_2025_10K"
MILLIONS = "(Millions of Dollars, Except Per Share Amounts)"
MIL = "(Millions of Dollars)"
YEAR_GROUP = [("Year Ended December 31,", 0, 3)]
BS_GROUP = [("December 31,", 0, 2)]
NAVY = (22, 44, 86)
ROMAN = {1: "i", 2: "ii"}


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    if index in ROMAN:
        return ROMAN[index]
    f_start = doc.marks.get("F")
    if f_start is not None and index >= f_start:
        return f"F-{index - f_start + 1}"
    return str(index - 2)


def _header(index: int, doc: Doc) -> tuple[str, str] | None:
    if index < 3:
        return None
    f_start = doc.marks.get("F")
    right = "Consolidated Financial Statements" if f_start is not None and index >= f_start else \
        "2025 Annual Report on Form 10-K"
    return COMPANY, right


STYLE = Style(
    body_family="LiberationSerif",
    body_files={"": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf",
                "I": "liberation/LiberationSerif-Italic.ttf", "BI": "liberation/LiberationSerif-BoldItalic.ttf"},
    table_family="LiberationSerif",
    table_files={},
    body_size=10.0,
    table_size=8.7,
    table_mode="lined",
    negative="paren",
    dollar="prefix",
    zero="\u2013",
    page_label=_label,
    header_text=_header,
    footer_text=lambda i, doc: ("", _label(i, doc) or "") if _label(i, doc) else None,
    continued=" (Continued)",
    title_align="C",
    unit_align="C",
    title_upper=True,
    toc_leader=True,
    heading_rule=False,
    accent=NAVY,
    hairline=(175, 182, 196),
    margin_l=21, margin_r=21, margin_t=19, margin_b=19,
)

TOC = [
    ("Glossary of Defined Terms", "glossary", 0),
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
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART III", "part3", 0),
    ("PART IV", "part4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "signatures", 1),
    ("Index to Consolidated Financial Statements", "findex", 0),
    ("Report of Independent Registered Public Accounting Firm", "auditor", 1),
    ("Consolidated Statements of Income", "is", 1),
    ("Consolidated Balance Sheets", "bs", 1),
    ("Consolidated Statements of Cash Flows", "cf", 1),
    ("Consolidated Statements of Common Shareholders' Equity", "eq", 1),
    ("Notes to Consolidated Financial Statements", "notes", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = td.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 12)
    doc.cell(doc.width, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 10)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.set_draw_color(*NAVY)
    doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.get_y(), 0.8)
    doc.ln(3)
    doc.body("B", 20)
    doc.cell(doc.width, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.get_y() + 1, 0.8)
    doc.set_draw_color(0, 0, 0)
    doc.ln(4)
    doc.para("(Mark One) [X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
             "for the fiscal year ended December 31, 2025", align="C")
    doc.para("[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", align="C")
    doc.ln(2)
    rows = [
        R("Commission File Number / Exact Name of Registrant as Specified in its Charter / State of Incorporation / "
          "Address / Telephone", kind="head"),
        R("001-41127 / TALLOWMERE ENERGY HOLDINGS, INC. / Vardenne / 800 Quillon Street, Brisquay, Vardenne 71406 / "
          "(318) 555-0117", ["=84-1930562"]),
        R("001-08214 / TALLOWMERE ELECTRIC AND GAS COMPANY / Vardenne / 800 Quillon Street, Brisquay, Vardenne "
          "71406 / (318) 555-0117", ["=72-0418836"]),
    ]
    doc.table(None, ["I.R.S. Employer\nIdentification No."], rows, label_w=128)
    doc.para("Securities registered pursuant to Section 12(b) of the Act: Tallowmere Energy Holdings, Inc. Common "
             "Stock, without par value, trading symbol TLWM. Tallowmere Electric and Gas Company has no securities "
             "registered under Section 12(b).", size=9)
    doc.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
             "Securities Act. Tallowmere Energy Holdings, Inc. Yes [X] No [ ]; Tallowmere Electric and Gas Company "
             "Yes [ ] No [X]. Indicate by check mark whether the registrant (1) has filed all reports required to be "
             "filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and "
             "(2) has been subject to such filing requirements for the past 90 days. Yes [X] No [ ]. Large "
             "accelerated filer: Tallowmere Energy Holdings, Inc. [X]. Non-accelerated filer: Tallowmere Electric and "
             "Gas Company [X]. Smaller reporting company [ ]. Emerging growth company [ ].", size=8.4)
    doc.para("This combined Form 10-K is filed separately by Tallowmere Energy Holdings, Inc. and Tallowmere Electric "
             "and Gas Company. Information relating to each registrant is filed by that registrant on its own behalf. "
             "The financial statements presented herein are those of Tallowmere Energy Holdings, Inc.", size=8.4)
    doc.para("The aggregate market value of the voting common equity of Tallowmere Energy Holdings, Inc. held by "
             "non-affiliates as of June 30, 2025 was approximately $9.4 billion. As of February 13, 2026, 144,618,203 "
             "shares of Tallowmere Energy Holdings, Inc. common stock were outstanding. All common stock of "
             "Tallowmere Electric and Gas Company is held by Tallowmere Energy Holdings, Inc.", size=8.4)
    doc.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the Proxy Statement for the 2026 Annual Meeting of "
             "Shareholders are incorporated by reference into Part III.", size=8.4)


def glossary(doc: Doc) -> None:
    doc.new_page()
    doc.section = "glossary"
    doc.heading("GLOSSARY OF DEFINED TERMS", 0, anchor="glossary")
    terms = [
        ("AFUDC", "Allowance for funds used during construction"),
        ("ARO", "Asset retirement obligation"),
        ("ATM program", "At-the-market equity offering program of the Company"),
        ("Bcf / Dth / MDth", "Billion cubic feet / dekatherm / thousand dekatherms"),
        ("CDD / HDD", "Cooling degree days / heating degree days, measured at Brisquay Regional Airport"),
        ("Company, Tallowmere", "Tallowmere Energy Holdings, Inc. and its consolidated subsidiaries"),
        ("EDIT", "Excess deferred income taxes"),
        ("FMB", "First mortgage bonds issued by TEGCO"),
        ("GWh / MW / MWh", "Gigawatt-hour / megawatt / megawatt-hour"),
        ("MGP", "Manufactured gas plant"),
        ("PTC", "Production tax credit"),
        ("ROE", "Return on common equity"),
        ("TEGCO", "Tallowmere Electric and Gas Company, the Company's regulated utility subsidiary"),
        ("TES", "Tallowmere Energy Solutions, LLC, the Company's non-utility energy services subsidiary"),
        ("VUC", "Vardenne Utilities Commission"),
    ]
    doc.set_draw_color(*NAVY)
    doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.get_y(), 0.6)
    doc.set_draw_color(0, 0, 0)
    doc.ln(1.5)
    for term, meaning in terms:
        doc.body("B", 9.4)
        top = doc.get_y()
        doc.cell(46, 5.2, term)
        doc.body("", 9.4)
        doc.set_xy(doc.l_margin + 46, top)
        doc.multi_cell(doc.width - 46, 5.2, meaning, new_x="LMARGIN", new_y="NEXT")
        doc.set_draw_color(*STYLE.hairline)
        doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.get_y() + 0.3, 0.1)
        doc.set_draw_color(0, 0, 0)
        doc.ln(1.2)
    doc.ln(2)
    doc.para("Amounts in this report are presented in millions of dollars unless otherwise indicated. Weather "
             "statistics are compared with 30-year normals.", style="I", size=9)


def business(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 0, anchor="part1")
    doc.heading("ITEM 1. BUSINESS", 1, anchor="item1")
    doc.heading("General", 3)
    doc.para(f"{COMPANY} is a holding company whose principal subsidiary, {UTILITY} (TEGCO), is a vertically "
             "integrated electric utility and a natural gas local distribution company serving the Lower Averly "
             "Valley and the Brisquay metropolitan area in the State of Vardenne. TEGCO provided electric service to "
             "an average of {ops.e_cust.total.2025:n0} customers and natural gas service to an average of "
             "{ops.g_cust.total.2025:n0} customers in 2025. The Company's non-utility subsidiary, Tallowmere Energy "
             "Solutions, LLC (TES), designs and operates distributed energy, combined heat and power and energy "
             "efficiency projects for commercial and institutional customers and is reported in the Other segment "
             "together with holding company activities.")
    doc.para("The Company reports three segments: Electric Utility, Gas Utility and Other. Segment financial "
             "information is presented in Note 8 to the consolidated financial statements.")
    doc.heading("Electric Utility", 3)
    doc.para("TEGCO owns or controls {ops.capacity_mw:n0} MW of generating capacity, including natural gas "
             "combined-cycle and combustion-turbine units, the two-unit Coldwater Ridge coal station, and the "
             "Bramble Flats wind and Hollis Creek solar facilities. The electric system reached an all-time peak "
             "demand of {ops.peak_mw:n0} MW on July 22, 2025. TEGCO operates approximately {ops.trans_miles:n0} "
             "circuit miles of transmission lines and {ops.dist_miles:n0} miles of distribution lines. Renewable "
             "resources supplied approximately {ops.renew_pct:n0}% of the energy delivered to retail customers in "
             "2025.")
    doc.heading("Gas Utility", 3)
    doc.para("TEGCO distributes natural gas through approximately {ops.gas_main_miles:n0} miles of distribution "
             "mains and operates the Eldermoor underground storage field. Gas supply is purchased from producers and "
             "marketers under contracts of one year or less, and the cost of gas is recovered from customers through "
             "the purchased gas adjustment clause without markup.")
    doc.heading("Regulation", 3)
    doc.para("TEGCO's retail rates, service terms, issuance of securities and certain other matters are regulated "
             "by the Vardenne Utilities Commission (VUC). Wholesale power sales and transmission service are "
             "regulated by federal energy regulators. Fuel, purchased power and purchased gas costs are recovered "
             "through cost-recovery clauses that are trued up annually; differences between recoverable costs and "
             "amounts billed are deferred as regulatory assets or liabilities. See Item 7, \"Regulatory Matters.\"")
    doc.heading("Environmental Matters", 3)
    doc.para("TEGCO is remediating {mgp.sites:n0} former manufactured gas plant (MGP) sites that were operated by "
             "predecessor companies. The VUC permits recovery of prudently incurred remediation costs over ten-year "
             "periods. Coldwater Ridge Units 1 and 2 are scheduled to retire in 2028, subject to VUC approval of "
             "replacement resources.")
    doc.heading("Human Capital", 3)
    doc.para("At December 31, 2025, the Company had {ops.employees:n0} employees, approximately {ops.union_pct:n0}% "
             "of whom are represented by the International Brotherhood of Utility Workers, Local 418, under a "
             "collective bargaining agreement that expires in May 2028.")

    doc.section = "risk"
    doc.heading("ITEM 1A. RISK FACTORS", 1, anchor="item1a")
    risks = [
        "Regulators may not approve rates that allow timely recovery of costs and a reasonable return on "
        "investment, including the capital program described in Item 7.",
        "Weather significantly affects sales volumes; mild winters reduce gas deliveries and cool summers reduce "
        "electric sales to residential and commercial customers.",
        "Severe storms, wildfires and other natural events can damage our facilities and result in restoration "
        "costs that may not be recovered in full or on a timely basis.",
        "Our capital program depends on access to the debt and equity markets at reasonable cost.",
        "Environmental laws, including rules on greenhouse gas emissions and coal combustion residuals, could "
        "require significant expenditures or accelerate the retirement of generating units.",
        "Cyber attacks on our operational technology or information systems could disrupt service.",
        "Pension and other postretirement benefit costs depend on discount rates and investment returns.",
    ]
    doc.bullets(risks)
    doc.heading("ITEM 1B. UNRESOLVED STAFF COMMENTS", 1, anchor="item1b", keep=20)
    doc.para("None.")
    doc.heading("ITEM 1C. CYBERSECURITY", 1, anchor="item1c", keep=20)
    doc.para("The Company's cybersecurity program is led by its Chief Information Security Officer, who reports to "
             "the Chief Financial Officer and briefs the Audit and Risk Committee of the Board quarterly. The program "
             "is aligned with recognized industry frameworks and includes controls for grid operations and gas "
             "control systems. No cybersecurity incident had a material effect on the Company in 2025.")


def properties(doc: Doc) -> None:
    doc.section = "properties"
    doc.heading("ITEM 2. PROPERTIES", 1, anchor="item2")
    doc.para("TEGCO's principal generating facilities at December 31, 2025 were as follows. Substantially all of "
             "TEGCO's utility plant is subject to the lien of its first mortgage bond indenture.")
    stations = [
        ("Ravensholt Energy Center*", "Natural gas combined cycle", "1,412", "2019"),
        ("Morrowgate Station", "Natural gas combined cycle", "1,086", "2011"),
        ("Coldwater Ridge Units 1-2**", "Coal", "1,164", "1978"),
        ("Tarnwick Peaking Station", "Natural gas combustion turbine", "946", "2004"),
        ("Quillon Falls Hydroelectric", "Hydroelectric", "118", "1931"),
        ("Bramble Flats Wind Farm", "Wind", "624", "2021"),
        ("Hollis Creek Solar", "Solar photovoltaic", "350", "2025"),
        ("Other peaking and distributed units", "Various", "448", "Various"),
    ]
    rows = [R(name, ["=" + fuel, "=" + mw, "=" + year]) for name, fuel, mw, year in stations]
    rows.append(R("Total generating capacity", ["=", "=6,148", "="], kind="total"))
    doc.table("Generating Facilities", ["Fuel / Technology", "Net Summer\nCapability (MW)", "In Service"], rows,
              label_w=64, size=8.6,
              notes=["* Jointly dispatched with the Brisquay District Energy system.",
                     "** Scheduled for retirement in 2028."])
    doc.heading("ITEM 3. LEGAL PROCEEDINGS", 1, anchor="item3", keep=20)
    doc.para("The Company is involved in legal and regulatory proceedings in the ordinary course of business. See "
             "Note 9 to the consolidated financial statements.")
    doc.heading("ITEM 4. MINE SAFETY DISCLOSURES", 1, anchor="item4", keep=20)
    doc.para("Not applicable.")


def part2(doc: Doc) -> None:
    doc.section = "market"
    doc.heading("PART II", 0, anchor="part2")
    doc.heading("ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES "
                "OF EQUITY SECURITIES", 1, anchor="item5")
    doc.para("The common stock of Tallowmere Energy Holdings, Inc. is listed under the symbol TLWM. At February 13, "
             "2026, there were approximately 31,400 holders of record. Dividends declared per common share were "
             "${is.div_ps.2025:n2} in 2025, ${is.div_ps.2024:n2} in 2024 and ${is.div_ps.2023:n2} in 2023. In "
             "January 2026 the Board of Directors increased the quarterly dividend to $0.6925 per share. The Company "
             "did not repurchase any of its common stock in 2025.")
    doc.heading("ITEM 6. [RESERVED]", 1, anchor="item6", keep=16)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS", 1,
                anchor="item7")
    doc.heading("Overview", 3)
    doc.para("Net income was {is.net_income.2025:d1} million, or {is.eps_diluted.2025:d2} per diluted share, in 2025 "
             "compared with {is.net_income.2024:d1} million, or {is.eps_diluted.2024:d2} per diluted share, in 2024, "
             "an increase of {mda.ni_chg:d1} million. Operating revenues increased {mda.rev_chg:d1} million, "
             "primarily due to higher electric retail rates and sales, partly offset by a {mda.gas_rev_drop:d1} "
             "million decrease in Gas Utility revenues that reflects lower purchased gas costs passed through to "
             "customers. Colder weather during the 2025 heating season increased gas deliveries, while a milder "
             "summer reduced residential cooling load.")
    doc.heading("Regulatory Matters", 3)
    doc.para("Electric rate case. On November 14, 2025, the VUC issued its order in TEGCO's electric base rate case "
             "(Docket No. 24-0117-E), authorizing an increase in annual base revenues of {rc.approved:d1} million "
             "compared with the {rc.requested:d1} million increase that TEGCO had requested. The order is based on "
             "an authorized ROE of {rc.roe:p2}, a common equity ratio of {rc.equity_ratio:p1} and a jurisdictional "
             "rate base of {rc.rate_base:d1} million. New rates took effect December 1, 2025.")
    doc.para("Gas rate case. On January 30, 2026, TEGCO filed a request with the VUC to increase annual gas base "
             "revenues by {rc.gas_requested:d1} million, primarily to recover investment in pipeline replacement. "
             "A decision is expected in the fourth quarter of 2026.")
    doc.para("Storm cost recovery. In February 2025 a severe ice storm interrupted service to approximately 310,000 "
             "electric customers. TEGCO incurred {storm.cost:d1} million of incremental restoration costs, which "
             "were deferred as a regulatory asset pending a securitization proceeding before the VUC.")

    doc.section = "mda_results"
    doc.heading("Results of Operations", 3)
    seg_rows = [R(name, yrs(f"seg.ni.{g}"), dollar=(i == 0)) for i, (g, name) in enumerate(td.SEGMENTS.items())]
    seg_rows.append(R("Net income", yrs("is.net_income"), kind="total", dollar=True))
    seg_rows.append(R("Diluted earnings per share", yrs("is.eps_diluted"), "n2", dollar=True))
    doc.table("Net Income (Loss) by Segment", ["2025", "2024", "2023"], seg_rows, groups=YEAR_GROUP,
              unit=MILLIONS, label_w=84)

    doc.section = "mda_elec"
    doc.heading("Electric Utility", 3)
    doc.para("Electric Utility operating income increased {mda.e_oi_chg:d1} million in 2025. Retail sales "
             "increased {ops.e_gwh_pct.retail:p1}, led by residential customer growth and new data-center load in the "
             "commercial class, while industrial sales declined {ops.ind_decline:p1} from lower output at two "
             "paper mills. Depreciation increased with the Hollis Creek Solar facility, which entered service in "
             "June 2025.")
    rows: list[Row] = [R("Operating revenues (millions)", kind="head")]
    for i, (k, (label, *_r)) in enumerate(td.ELEC_CLASSES.items()):
        rows.append(R(label, yrs(f"ops.e_rev.{k}"), indent=1, dollar=(i == 0)))
    rows += [
        R("Total retail", yrs("ops.e_rev.retail"), kind="sub", indent=1),
        R("Sales for resale", yrs("ops.e_rev.wholesale"), indent=1),
        R("Transmission and other electric revenues*", yrs("ops.e_rev.other"), indent=1),
        R("Total electric operating revenues", yrs("ops.e_rev.total"), kind="total", dollar=True),
        R("Sales (GWh)", kind="head"),
    ]
    for k, (label, *_r) in td.ELEC_CLASSES.items():
        rows.append(R(label, yrs(f"ops.e_gwh.{k}"), "n0", indent=1))
    rows += [
        R("Total retail", yrs("ops.e_gwh.retail"), "n0", kind="sub", indent=1),
        R("Sales for resale", yrs("ops.e_gwh.wholesale"), "n0", indent=1),
        R("Total sales", yrs("ops.e_gwh.total"), "n0", kind="sub"),
        R("Average customers", kind="head"),
    ]
    for k, (label, *_r) in td.ELEC_CLASSES.items():
        rows.append(R(label, yrs(f"ops.e_cust.{k}"), "n0", indent=1))
    rows += [
        R("Total average customers", yrs("ops.e_cust.total"), "n0", kind="sub"),
        R("Residential statistics", kind="head"),
        R("Average annual use per customer (kWh)", yrs("ops.res_kwh"), "n0", indent=1),
        R("Average revenue per kWh (cents)", yrs("ops.res_price"), "n2", indent=1),
        R("Weather (Brisquay)**", kind="head"),
        R("Heating degree days", yrs("ops.hdd"), "n0", indent=1),
        R("Normal heating degree days", yrs("ops.hdd_normal"), "n0", indent=1),
        R("Cooling degree days", yrs("ops.cdd"), "n0", indent=1),
        R("Normal cooling degree days", yrs("ops.cdd_normal"), "n0", indent=1),
    ]
    doc.table("Electric Utility Operating Statistics", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP,
              label_w=92,
              notes=["* Includes transmission service, pole attachment rents and late-payment charges.",
                     "** Thirty-year normals; heating degree days were {ops.hdd_pct.2025:p1} above normal in 2025."])

    doc.section = "mda_gas"
    doc.heading("Gas Utility", 3)
    doc.para("Gas Utility revenues decreased in 2025 because the average cost of gas fell to "
             "${ops.gas_cost.2025:n2} per Dth from ${ops.gas_cost.2024:n2} per Dth in 2024; changes in the cost of "
             "gas are passed through to customers and do not affect margins. Deliveries to weather-sensitive "
             "customers increased with heating degree days that were {ops.g_hdd.2025:n0} in the gas service "
             "territory, compared with {ops.g_hdd.2024:n0} in 2024 and a normal of {ops.g_hdd_normal.2025:n0}.")
    grows: list[Row] = [R("Operating revenues (millions)", kind="head")]
    for i, (k, (label, *_r)) in enumerate(td.GAS_CLASSES.items()):
        grows.append(R(label, yrs(f"ops.g_rev.{k}"), indent=1, dollar=(i == 0)))
    grows += [
        R("Off-system sales and other", yrs("ops.g_rev.other"), indent=1),
        R("Total gas operating revenues", yrs("ops.g_rev.total"), kind="total", dollar=True),
        R("Throughput (MDth)", kind="head"),
    ]
    for k, (label, *_r) in td.GAS_CLASSES.items():
        grows.append(R(label, yrs(f"ops.g_mdth.{k}"), "n0", indent=1))
    grows.append(R("Total throughput", yrs("ops.g_mdth.total"), "n0", kind="sub"))
    grows.append(R("Average customers", kind="head"))
    for k, (label, *_r) in td.GAS_CLASSES.items():
        grows.append(R(label, yrs(f"ops.g_cust.{k}"), "n0", indent=1))
    grows.append(R("Total average customers", yrs("ops.g_cust.total"), "n0", kind="sub"))
    doc.table("Gas Utility Operating Statistics", ["2025", "2024", "2023"], grows, groups=YEAR_GROUP, label_w=92)

    doc.section = "mda_other"
    doc.heading("Other", 3)
    doc.para("The Other segment's net loss reflects holding company interest expense on the senior notes, partly "
             "offset by earnings of TES. TES revenues increased on new combined heat and power contracts with two "
             "hospital systems.")
    doc.heading("Income Taxes", 3)
    doc.para("The effective income tax rate was {tax.rate_eff.2025:p1} in 2025 compared with {tax.rate_eff.2024:p1} "
             "in 2024. The effective rate is below the 21% federal statutory rate primarily because of the "
             "amortization of excess deferred income taxes returned to customers and production tax credits from the "
             "Bramble Flats Wind Farm. See Note 6.")

    doc.section = "liquidity"
    doc.heading("Liquidity and Capital Resources", 3)
    cf_rows = [
        R("Net cash provided by operating activities", yrs("cf.cfo"), dollar=True),
        R("Net cash used in investing activities", yrs("cf.cfi")),
        R("Net cash provided by financing activities", yrs("cf.cff")),
        R("Net change in cash and cash equivalents", yrs("cf.change"), kind="total", dollar=True),
    ]
    doc.table("Summary of Cash Flows", ["2025", "2024", "2023"], cf_rows, unit=MIL, label_w=84)
    doc.section = "capex"
    cap_rows = [R(name, yrs(f"seg.capex.{g}"), dollar=(i == 0)) for i, (g, name) in enumerate(td.SEGMENTS.items())]
    cap_rows.append(R("Total capital expenditures", yrs("seg.capex.total"), kind="total", dollar=True))
    doc.table("Capital Expenditures by Segment", ["2025", "2024", "2023"], cap_rows, unit=MIL, label_w=84,
              notes=["Excludes AFUDC equity and accrued capital expenditures; capital expenditures accrued but not "
                     "paid were {cf.accrued_capex.2025:d1} million at December 31, 2025."])
    doc.para("The Company's 2026-2030 capital plan totals approximately ${plan.capex:n1} billion, including grid "
             "modernization, replacement generation for Coldwater Ridge, and gas pipeline replacement.")
    doc.section = "financing"
    doc.para("Financing activities. In 2025 TEGCO issued {debt.new_fmb:d1} million of 5.05% First Mortgage Bonds, "
             "Series HH, due 2035, and the holding company issued {debt.new_hc:d1} million of 5.25% Senior Notes due "
             "2032. Proceeds were used to repay maturing debt, reduce commercial paper and fund capital expenditures. "
             "The Company issued {eq.issued_shares.2025:n2} million shares of common stock under its ATM program and "
             "dividend reinvestment plan for net proceeds of {eq.issued.2025:d1} million.")
    doc.para("Credit facilities. The Company and TEGCO share a {debt.revolver_cap:d1} million revolving credit "
             "facility expiring in 2030 that supports their commercial paper programs. At December 31, 2025, "
             "{debt.cp_2025:d1} million of commercial paper and {debt.lc:d1} million of letters of credit were "
             "outstanding, leaving {debt.revolver_avail:d1} million of available capacity. Together with cash and "
             "cash equivalents, available liquidity was {mda.liquidity:d1} million.")
    doc.heading("Critical Accounting Estimates", 3)
    doc.para("Regulatory accounting. TEGCO records regulatory assets when it is probable that costs will be "
             "recovered in future rates and regulatory liabilities for amounts expected to be returned to "
             "customers. Pension and other postretirement benefits. Obligations depend on discount rate and asset "
             "return assumptions; the Company contributed {pen.contrib:d1} million to its pension plan in 2025. "
             "Unbilled revenues. Revenues for energy delivered but not yet billed are estimated from system "
             "load data.")
    doc.section = "item7a"
    doc.heading("ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK", 1, anchor="item7a")
    doc.para("Commodity price risk is largely mitigated by cost-recovery clauses. Interest rate risk arises "
             "primarily from commercial paper and variable-rate pollution control bonds; a 100 basis point change in "
             "short-term rates would change annual interest expense by approximately $6.5 million.")
    doc.heading("ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", 1, anchor="item8", keep=20)
    doc.para("The consolidated financial statements and notes listed in the Index to Consolidated Financial "
             "Statements begin on page F-1 of this report.")


def back_matter(doc: Doc) -> None:
    doc.section = "back"
    doc.heading("ITEM 9A. CONTROLS AND PROCEDURES", 1, anchor="item9a")
    doc.para("Management, with the participation of the Chief Executive Officer and Chief Financial Officer, "
             "concluded that disclosure controls and procedures were effective as of December 31, 2025, and that "
             "internal control over financial reporting was effective based on the 2013 framework of the Committee "
             "of Sponsoring Organizations. Items 9 and 9B: none. Item 9C: not applicable.")
    doc.heading("PART III", 0, anchor="part3", keep=20)
    doc.para("Items 10 through 14 are incorporated by reference to the 2026 Proxy Statement.")
    doc.heading("PART IV", 0, anchor="part4", keep=20)
    doc.heading("ITEM 15. EXHIBITS AND FINANCIAL STATEMENT SCHEDULES", 1, anchor="item15", keep=20)
    doc.para("Financial statements: see the Index to Consolidated Financial Statements. Exhibits: 3.1 Articles of "
             "Incorporation; 4.1 Indenture of Mortgage and Deed of Trust of TEGCO, as supplemented; 4.2 Holding "
             "Company Senior Note Indenture; 10.1 Amended and Restated Credit Agreement dated April 9, 2025; 21 "
             "Subsidiaries; 23 Consent of Pemberton Lisle LLP; 31 and 32 Certifications; 101 Inline XBRL.")
    doc.heading("SIGNATURES", 1, anchor="signatures", keep=20)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, each "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on February 19, 2026.")
    doc.para("By: /s/ Marguerite A. Ellesmere - Chair, President and Chief Executive Officer\n"
             "By: /s/ Desmond K. Harrowgate - Executive Vice President and Chief Financial Officer\n"
             "By: /s/ Ines R. Falkirk - Vice President, Controller and Chief Accounting Officer", align="L")


def statements(doc: Doc) -> None:
    doc.marks["F"] = doc.page_no()  # index of the next page: the F-pages start here
    doc.new_page()
    doc.section = "findex"
    doc.heading("INDEX TO CONSOLIDATED FINANCIAL STATEMENTS", 0, anchor="findex")
    doc.section = "auditor"
    doc.heading("Report of Independent Registered Public Accounting Firm", 2, anchor="auditor")
    doc.para("To the Shareholders and Board of Directors of Tallowmere Energy Holdings, Inc.: We have audited the "
             "accompanying consolidated balance sheets of Tallowmere Energy Holdings, Inc. and subsidiaries as of "
             "December 31, 2025 and 2024, the related consolidated statements of income, comprehensive income, cash "
             "flows and common shareholders' equity for each of the three years in the period ended December 31, "
             "2025, and the related notes. In our opinion, the financial statements present fairly, in all material "
             "respects, the financial position of the Company and the results of its operations and its cash flows "
             "in conformity with accounting principles generally accepted in the United States of America. Critical "
             "audit matter: impact of rate regulation on the financial statements. /s/ Pemberton Lisle LLP, "
             "Brisquay, Vardenne, February 19, 2026. We have served as the Company's auditor since 2002.", size=9)
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Operating Revenues", kind="head"),
        R("Electric", yrs("is.rev_elec"), indent=1, dollar=True),
        R("Natural gas", yrs("is.rev_gas"), indent=1),
        R("Other", yrs("is.rev_other"), indent=1),
        R("Total operating revenues", yrs("is.rev_total"), kind="sub"),
        R("Operating Expenses", kind="head"),
        R("Fuel used in electric generation and purchased power", yrs("is.fuel"), indent=1),
        R("Cost of natural gas sold", yrs("is.gas_cost"), indent=1),
        R("Operations and maintenance", yrs("is.om"), indent=1),
        R("Depreciation and amortization", yrs("is.da"), indent=1),
        R("Taxes other than income taxes", yrs("is.taxes_other"), indent=1),
        R("Total operating expenses", yrs("is.opex_total"), kind="sub"),
        R("Operating Income", yrs("is.op_income"), bold=True),
        R("Other Income (Expense)", kind="head"),
        R("Allowance for equity funds used during construction", yrs("is.afudc"), indent=1),
        R("Other income, net", yrs("is.other_inc"), indent=1),
        R("Interest charges, net of allowance for borrowed funds used during construction", yrs("is.interest"),
          indent=1),
        R("Total other income (expense)", yrs("is.other_total"), kind="sub"),
        R("Income Before Income Taxes", yrs("is.pretax")),
        R("Income tax expense", yrs("is.tax"), indent=1),
        R("Net Income", yrs("is.net_income"), kind="total", dollar=True),
        R("Earnings Per Common Share", kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted Average Common Shares Outstanding (millions)", kind="head"),
        R("Basic", yrs("is.shares_basic"), "n2", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n2", indent=1),
        R("Dividends Declared Per Common Share", yrs("is.div_ps"), "n2", dollar=True),
    ]
    doc.table("Consolidated Statements of Income", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP,
              unit=MILLIONS, label_w=90)
    doc.section = "CI"
    ci_rows = [
        R("Net Income", yrs("is.net_income"), dollar=True),
        R("Other comprehensive income (loss), net of tax:", kind="head"),
        R("Pension and other postretirement benefit plans", yrs("ci.pension"), indent=1),
        R("Cash flow hedges", yrs("ci.hedge"), indent=1),
        R("Other comprehensive income (loss)", yrs("ci.oci"), kind="sub"),
        R("Comprehensive Income", yrs("ci.total"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Comprehensive Income", ["2025", "2024", "2023"], ci_rows,
              groups=YEAR_GROUP, unit=MIL, label_w=90)

    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    b = td.BS_YEARS
    bs_rows = [
        R("ASSETS", kind="head"),
        R("Utility Plant", kind="head"),
        R("Electric", yrs("bs.plant_elec", b), indent=1, dollar=True),
        R("Natural gas", yrs("bs.plant_gas", b), indent=1),
        R("Common", yrs("bs.plant_common", b), indent=1),
        R("Total utility plant in service", yrs("bs.plant_total", b), kind="sub", indent=1),
        R("Less: accumulated depreciation", yrs("bs.accum", b), indent=1),
        R("Net utility plant in service", yrs("bs.plant_net", b), kind="sub", indent=1),
        R("Construction work in progress", yrs("bs.cwip", b), indent=1),
        R("Net utility plant", yrs("bs.util_net", b), kind="sub"),
        R("Other Property and Investments", yrs("bs.opi", b)),
        R("Current Assets", kind="head"),
        R("Cash and cash equivalents", yrs("bs.cash", b), indent=1),
        R("Customer accounts receivable, less allowance for credit losses of $18.4 and $17.1", yrs("bs.ar", b),
          indent=1),
        R("Unbilled revenues", yrs("bs.unbilled", b), indent=1),
        R("Fuel, materials and supplies, at average cost", yrs("bs.fuel_ms", b), indent=1),
        R("Gas stored underground", yrs("bs.gas_storage", b), indent=1),
        R("Regulatory assets (Note 2)", yrs("bs.ra_current", b), indent=1),
        R("Prepayments and other current assets", yrs("bs.prepay", b), indent=1),
        R("Total current assets", yrs("bs.ca_total", b), kind="sub"),
        R("Deferred Charges and Other Assets", kind="head"),
        R("Regulatory assets (Note 2)", yrs("bs.ra_noncurrent", b), indent=1),
        R("Goodwill", yrs("bs.goodwill", b), indent=1),
        R("Other deferred charges and noncurrent assets", yrs("bs.other_dc", b), indent=1),
        R("Total deferred charges and other assets", yrs("bs.def_total", b), kind="sub"),
        R("Total Assets", yrs("bs.assets_total", b), kind="total", dollar=True),
        R("", kind="break"),
        R("CAPITALIZATION AND LIABILITIES", kind="head"),
        R("Capitalization", kind="head"),
        R("Common stock, without par value; 300.0 million shares authorized; "
          f"{doc.values['eq.shares.2025']:.2f} and {doc.values['eq.shares.2024']:.2f} million shares outstanding",
          yrs("bs.common", b), indent=1, dollar=True),
        R("Retained earnings", yrs("bs.re", b), indent=1),
        R("Accumulated other comprehensive loss", yrs("bs.aoci", b), indent=1),
        R("Total common shareholders' equity", yrs("bs.equity", b), kind="sub", indent=1),
        R("Long-term debt, net (Note 5)", yrs("bs.ltd", b), indent=1),
        R("Total capitalization", yrs("bs.cap_total", b), kind="sub"),
        R("Current Liabilities", kind="head"),
        R("Current maturities of long-term debt", yrs("bs.debt_current", b), indent=1),
        R("Short-term borrowings (commercial paper)", yrs("bs.stb", b), indent=1),
        R("Accounts payable", yrs("bs.ap", b), indent=1),
        R("Customer deposits", yrs("bs.deposits", b), indent=1),
        R("Taxes accrued", yrs("bs.taxes_acc", b), indent=1),
        R("Interest accrued", yrs("bs.int_acc", b), indent=1),
        R("Regulatory liabilities (Note 2)", yrs("bs.rl_current", b), indent=1),
        R("Other current liabilities", yrs("bs.other_cl", b), indent=1),
        R("Total current liabilities", yrs("bs.cl_total", b), kind="sub"),
        R("Deferred Credits and Other Liabilities", kind="head"),
        R("Accumulated deferred income taxes", yrs("bs.dit", b), indent=1),
        R("Regulatory liabilities (Note 2)", yrs("bs.rl_noncurrent", b), indent=1),
        R("Asset retirement obligations (Note 4)", yrs("bs.aro", b), indent=1),
        R("Pension and other postretirement benefit obligations", yrs("bs.pension", b), indent=1),
        R("Other deferred credits and noncurrent liabilities", yrs("bs.other_credits", b), indent=1),
        R("Total deferred credits and other liabilities", yrs("bs.dc_total", b), kind="sub"),
        R("Commitments and Contingencies (Note 9)", kind="head"),
        R("Total Capitalization and Liabilities", yrs("bs.le_total", b), kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", ["2025", "2024"], bs_rows, groups=BS_GROUP, unit=MIL, label_w=112)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    cf_rows = [
        R("Operating Activities", kind="head"),
        R("Net income", yrs("cf.ni"), indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head", indent=1),
        R("Depreciation and amortization", yrs("cf.da"), indent=2),
        R("Deferred income taxes and investment tax credits, net", yrs("cf.dit"), indent=2),
        R("Allowance for equity funds used during construction", yrs("cf.afudc"), indent=2),
        R("Share-based compensation", yrs("cf.sbc"), indent=2),
        R("Amortization of debt discount and issuance costs", yrs("cf.debt_amort_op"), indent=2),
        R("Pension and other postretirement benefits, net of contributions", yrs("cf.pension"), indent=2),
        R("Asset retirement obligation settlements", yrs("cf.aro"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Customer accounts receivable", yrs("cf.ar"), indent=2),
        R("Unbilled revenues", yrs("cf.unbilled"), indent=2),
        R("Fuel, materials, supplies and gas stored underground", yrs("cf.inv"), indent=2),
        R("Prepayments and other current assets", yrs("cf.prepay"), indent=2),
        R("Deferred fuel and purchased gas costs", yrs("cf.fuel_def"), indent=2),
        R("Other regulatory assets and liabilities, net", yrs("cf.reg_other"), indent=2),
        R("Accounts payable", yrs("cf.ap"), indent=2),
        R("Customer deposits", yrs("cf.deposits"), indent=2),
        R("Taxes accrued", yrs("cf.taxes_acc"), indent=2),
        R("Interest accrued", yrs("cf.int_acc"), indent=2),
        R("Other current liabilities", yrs("cf.other_cl"), indent=2),
        R("Other, net", yrs("cf.other_op"), indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), kind="sub"),
        R("Investing Activities", kind="head"),
        R("Utility plant additions and other capital expenditures", yrs("cf.capex"), indent=1),
        R("Other investing activities, net", yrs("cf.other_inv"), indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), kind="sub"),
        R("Financing Activities", kind="head"),
        R("Net change in short-term borrowings", yrs("cf.stb"), indent=1),
        R("Issuance of long-term debt", yrs("cf.issued"), indent=1),
        R("Retirement of long-term debt", yrs("cf.retired"), indent=1),
        R("Debt issuance costs", yrs("cf.debt_costs_fin"), indent=1),
        R("Issuance of common stock, net", yrs("cf.equity"), indent=1),
        R("Dividends paid on common stock", yrs("cf.dividends"), indent=1),
        R("Net cash provided by financing activities", yrs("cf.cff"), kind="sub"),
        R("Net Change in Cash and Cash Equivalents", yrs("cf.change"), bold=True),
        R("Cash and cash equivalents at beginning of year", yrs("cf.begin")),
        R("Cash and Cash Equivalents at End of Year", yrs("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", ["2025", "2024", "2023"], cf_rows, groups=YEAR_GROUP,
              unit=MIL, label_w=96,
              notes=["Supplemental information (2025): interest paid, net of amounts capitalized, "
                     "{cf.int_paid.2025:d1} million; income taxes paid, net of refunds, {cf.tax_paid.2025:d1} "
                     "million; accrued capital expenditures {cf.accrued_capex.2025:d1} million."])

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    cols = ["shares", "common", "re", "aoci", "total"]
    fm = ["n2", "n1", "n1", "n1", "n1"]
    eq_rows: list[Row] = [R("Balance at December 31, 2022", [f"eq.{c}.2022" for c in cols], fm, bold=True,
                            dollar=True)]
    for y in (2023, 2024, 2025):
        eq_rows += [
            R("Net income", [None, None, f"eq.ni.{y}", None, f"eq.ni.{y}"], fm, indent=1),
            R("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{y}", f"eq.oci.{y}"], fm, indent=1),
            R(f"Common stock dividends declared (${doc.values[f'is.div_ps.{y}']:.2f} per share)",
              [None, None, f"eq.div.{y}", None, f"eq.div.{y}"], fm, indent=1),
            R("Issuance of common stock (ATM program and dividend reinvestment plan)",
              [f"eq.issued_shares.{y}", f"eq.issued.{y}", None, None, f"eq.issued.{y}"], fm, indent=1),
            R("Share-based compensation", [None, f"eq.sbc.{y}", None, None, f"eq.sbc.{y}"], fm, indent=1),
            R(f"Balance at December 31, {y}", [f"eq.{c}.{y}" for c in cols], fm, kind="sub", bold=True,
              dollar=(y == 2025)),
        ]
    doc.table("Consolidated Statements of Common Shareholders' Equity", ["Common\nShares\n(millions)",
              "Common\nStock", "Retained\nEarnings", "AOCI", "Total"], eq_rows, unit=MIL, label_w=66, size=8.2,
              money=[False, True, True, True, True])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 2, anchor="notes")
    doc.heading("1. Summary of Significant Accounting Policies", 3)
    doc.para("Basis of presentation. The consolidated financial statements include the accounts of Tallowmere Energy "
             "Holdings, Inc. and its subsidiaries, principally TEGCO and TES. TEGCO applies accounting for regulated "
             "operations, under which the economic effects of rate regulation are reflected as regulatory assets "
             "and liabilities. Utility plant is stated at original cost, including AFUDC; the composite AFUDC rate "
             "was 7.1% in 2025. Depreciation is computed on the straight-line method at rates approved by the VUC. "
             "Revenue is recognized when energy is delivered and includes estimated unbilled revenues.")

    doc.section = "note_reg"
    doc.heading("2. Regulatory Matters", 3)
    doc.para("The VUC order in the 2025 electric rate case is described in Item 7. Regulatory assets and "
             "liabilities were as follows at December 31:")
    b = td.BS_YEARS
    ra_rows = [R(label, yrs(f"ra.{k}", b), dollar=(i == 0)) for i, (k, label, *_r) in enumerate(td.REG_ASSETS)]
    ra_rows += [
        R("Total regulatory assets", yrs("ra.total", b), kind="sub"),
        R("Less: current portion", yrs("ra.current", b)),
        R("Noncurrent regulatory assets", yrs("ra.noncurrent", b), kind="total", dollar=True),
    ]
    doc.table("Regulatory Assets", ["2025", "2024"], ra_rows, groups=BS_GROUP, unit=MIL, label_w=110)
    rl_rows = [R(label, yrs(f"rl.{k}", b), dollar=(i == 0)) for i, (k, label, *_r) in enumerate(td.REG_LIABS)]
    rl_rows += [
        R("Total regulatory liabilities", yrs("rl.total", b), kind="sub"),
        R("Less: current portion", yrs("rl.current", b)),
        R("Noncurrent regulatory liabilities", yrs("rl.noncurrent", b), kind="total", dollar=True),
    ]
    doc.table("Regulatory Liabilities", ["2025", "2024"], rl_rows, groups=BS_GROUP, unit=MIL, label_w=110)
    doc.para("Storm restoration costs include the February 2025 ice storm costs, for which TEGCO has requested "
             "securitization. Excess deferred income taxes are being returned to customers over the remaining lives "
             "of the related assets. The accrued cost of removal represents amounts collected through depreciation "
             "rates for the future removal of assets that have no legal retirement obligation.")

    doc.section = "note_plant"
    doc.heading("3. Utility Plant", 3)
    pp_rows = [
        R("Electric", ["bs.plant_elec.2025", "bs.plant_elec.2024", "pp.depr_rate.elec"], ["n1", "n1", "p1"],
          dollar=True),
        R("Natural gas", ["bs.plant_gas.2025", "bs.plant_gas.2024", "pp.depr_rate.gas"], ["n1", "n1", "p1"]),
        R("Common", ["bs.plant_common.2025", "bs.plant_common.2024", "pp.depr_rate.common"], ["n1", "n1", "p1"]),
        R("Total utility plant in service", ["bs.plant_total.2025", "bs.plant_total.2024", None], kind="sub"),
        R("Accumulated depreciation", ["bs.accum.2025", "bs.accum.2024", None]),
        R("Construction work in progress", ["bs.cwip.2025", "bs.cwip.2024", None]),
        R("Net utility plant", ["bs.util_net.2025", "bs.util_net.2024", None], kind="total", dollar=True),
    ]
    doc.table("Utility Plant by Class", ["2025", "2024", "2025 Composite\nDepreciation Rate"], pp_rows,
              groups=[("December 31,", 0, 2)], unit=MIL, label_w=84)
    doc.para("In 2025, plant placed in service from construction work in progress totaled {pp.transfers.total:d1} "
             "million, including the Hollis Creek Solar facility, and retirements of fully depreciated plant totaled "
             "{pp.retire.total:d1} million.")

    doc.section = "note_aro"
    doc.heading("4. Asset Retirement Obligations", 3)
    doc.para("TEGCO's AROs relate principally to the closure of coal ash impoundments at Coldwater Ridge, the "
             "decommissioning of wind and solar facilities and the retirement of gas mains and service lines. "
             "Accretion is deferred as a regulatory asset because it is recoverable in rates.")
    aro_years = (2025, 2024)
    aro_rows = [
        R("Balance at beginning of year", yrs("aro.begin", aro_years), dollar=True),
        R("Liabilities incurred", yrs("aro.incurred", aro_years), indent=1),
        R("Accretion expense (deferred)", yrs("aro.accretion", aro_years), indent=1),
        R("Liabilities settled", yrs("aro.settled", aro_years), indent=1),
        R("Revisions in estimated cash flows", yrs("aro.revised", aro_years), indent=1),
        R("Balance at end of year", yrs("aro.end", aro_years), kind="total", dollar=True),
    ]
    doc.table("Asset Retirement Obligations", ["2025", "2024"], aro_rows, unit=MIL, label_w=100)
    doc.para("Approximately {aro.elec_share:n0}% of the balance at December 31, 2025 relates to electric generating "
             "facilities. Liabilities incurred in 2025 relate primarily to the Hollis Creek Solar facility.")

    doc.section = "note_debt"
    doc.heading("5. Long-Term Debt and Credit Facilities", 3)
    debt_rows = [R(label, [f"debt.{k}.2025", f"debt.{k}.2024"], dollar=(i == 0))
                 for i, (k, label, *_r) in enumerate(td.DEBT)]
    debt_rows += [
        R("Total long-term debt principal", yrs("debt.face", b), kind="sub"),
        R("Unamortized discount and debt issuance costs", yrs("debt.discount", b)),
        R("Less: current maturities", yrs("debt.current", b)),
        R("Long-term debt, net", yrs("debt.lt", b), kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", ["2025", "2024"], debt_rows, groups=BS_GROUP, unit=MIL, label_w=118)
    mat_rows = [R(label, [f"mat.{k}"], dollar=(i == 0)) for i, (k, label) in enumerate((
        ("2026", "2026"), ("2027", "2027"), ("2028", "2028"), ("2029", "2029"), ("2030", "2030"),
        ("after", "2031 and thereafter")))]
    mat_rows.append(R("Total", ["mat.total"], kind="total", dollar=True))
    doc.table("Scheduled Maturities of Long-Term Debt", ["Principal"], mat_rows, unit=MIL, label_w=110, col_w=36)
    doc.para("Substantially all of TEGCO's utility plant is pledged under its first mortgage bond indenture. The "
             "Company and TEGCO were in compliance with all debt covenants at December 31, 2025, including the "
             "requirement that consolidated debt not exceed 65% of total capitalization. Commercial paper "
             "outstanding was {debt.cp_2025:d1} million at December 31, 2025 and {debt.cp_2024:d1} million at "
             "December 31, 2024.")

    doc.section = "note_tax"
    doc.heading("6. Income Taxes", 3)
    rec_rows = [
        R("Income tax expense at federal statutory rate (21%)", yrs("tax.statutory"), dollar=True),
        R("State income taxes, net of federal benefit", yrs("tax.state")),
        R("Amortization of excess deferred income taxes", yrs("tax.edit")),
        R("Production tax credits", yrs("tax.ptc")),
        R("AFUDC equity", yrs("tax.afudc")),
        R("Other, net", yrs("tax.other")),
        R("Total income tax expense", yrs("tax.total"), kind="total", dollar=True),
        R("Effective income tax rate", yrs("tax.rate_eff"), "p1"),
    ]
    doc.table("Reconciliation of Income Tax Expense", ["2025", "2024", "2023"], rec_rows, groups=YEAR_GROUP,
              unit=MIL, label_w=96)

    doc.section = "note_eps"
    doc.heading("7. Common Equity and Earnings Per Share", 3)
    eps_rows = [
        R("Net income", yrs("is.net_income"), dollar=True),
        R("Weighted average common shares outstanding - basic (millions)", yrs("is.shares_basic"), "n2"),
        R("Dilutive effect of performance shares and restricted stock units", yrs("eps.dilutive"), "n2", indent=1),
        R("Weighted average common shares outstanding - diluted (millions)", yrs("is.shares_diluted"), "n2",
          kind="sub"),
        R("Basic earnings per share", yrs("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", yrs("is.eps_diluted"), "n2", dollar=True),
    ]
    doc.table("Earnings Per Share", ["2025", "2024", "2023"], eps_rows, groups=YEAR_GROUP, unit=MILLIONS,
              label_w=96)
    doc.para("Under its ATM program the Company may sell up to $750 million of common stock through 2027. TEGCO's "
             "ability to pay dividends to the holding company is limited by the VUC to amounts that maintain its "
             "common equity ratio at or above 48%.")

    doc.section = "note_seg"
    doc.heading("8. Segment Information", 3)
    doc.para("The chief operating decision maker, the Chief Executive Officer, evaluates segment performance using "
             "segment net income. Intersegment revenues are not material.")
    seg_rows: list[Row] = []
    cols = list(td.SEGMENTS) + ["total"]
    for y in td.YEARS:
        seg_rows += [
            R(str(y), kind="head"),
            R("Operating revenues", [f"seg.rev.{g}.{y}" for g in cols], indent=1, dollar=True),
            R("Fuel, purchased power and cost of gas", [f"seg.energy.{g}.{y}" for g in cols], indent=1),
            R("Operations and maintenance", [f"seg.om.{g}.{y}" for g in cols], indent=1),
            R("Depreciation and amortization", [f"seg.da.{g}.{y}" for g in cols], indent=1),
            R("Taxes other than income taxes", [f"seg.taxes.{g}.{y}" for g in cols], indent=1),
            R("Operating income", [f"seg.oi.{g}.{y}" for g in cols], kind="sub", indent=1),
            R("AFUDC equity", [f"seg.afudc.{g}.{y}" for g in cols], indent=1),
            R("Other income, net", [f"seg.other_inc.{g}.{y}" for g in cols], indent=1),
            R("Interest charges", [f"seg.interest.{g}.{y}" for g in cols], indent=1),
            R("Income tax expense (benefit)", [f"seg.tax.{g}.{y}" for g in cols], indent=1),
            R("Segment net income (loss)", [f"seg.ni.{g}.{y}" for g in cols], kind="total", indent=1, dollar=True),
            R("Capital expenditures", [f"seg.capex.{g}.{y}" for g in cols], indent=1),
        ]
        if y in td.BS_YEARS:
            seg_rows.append(R("Total assets at December 31", [f"seg.assets.{g}.{y}" for g in cols], indent=1))
    doc.table("Segment Financial Information", ["Electric\nUtility", "Gas\nUtility", "Other", "Total"], seg_rows,
              unit=MIL, label_w=70, size=8.3)

    doc.section = "note_contingencies"
    doc.heading("9. Commitments and Contingencies", 3)
    doc.para("Environmental remediation. TEGCO's reserve for MGP remediation was {mgp.reserve:d1} million at "
             "December 31, 2025, with a corresponding regulatory asset because costs are recoverable in rates. "
             "Purchase obligations. TEGCO has long-term contracts for natural gas transportation and storage, coal "
             "supply and rail transportation, and renewable power purchases. Legal matters. A putative class action "
             "filed in 2025 relating to billing practices during the ice storm remains pending; management does not "
             "expect it to have a material effect on the Company's financial position.")


def render(values: dict[str, Decimal], toc_labels: dict[str, str]) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} 2025 Form 10-K")
    doc.add_page()
    cover(doc)
    doc.add_page()
    doc.section = "toc"
    doc.heading("TABLE OF CONTENTS", 0)
    doc.toc(TOC, toc_labels, head="Page")
    glossary(doc)
    business(doc)
    properties(doc)
    part2(doc)
    mda(doc)
    back_matter(doc)
    statements(doc)
    notes(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = td.build()
    doc = render_twice(lambda labels: render(values, labels))
    return bytes(doc.output()), doc
