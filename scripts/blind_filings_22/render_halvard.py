"""Render the Halvard & Pine Railway Corporation fiscal 2025 Form 10-K.

House style: DejaVu Serif, ruled tables, "$" set flush left in its column, negatives in parentheses,
"in millions, except per share data", plain centred page numbers that start after the cover and contents.
"""

from __future__ import annotations

from decimal import Decimal

import halvard_data as hd
from pdf_layout import Doc, Row, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Halvard & Pine Railway Corporation"
DOC_NAME = "HALVARDPINE_2025_10K"
MILLIONS = "(in millions, except per share data)"
YEAR_GROUP = [("Year Ended December 31,", 0, 3)]


def _label(index: int) -> str | None:
    # the cover and the contents page carry no number; Part I starts at printed page 1
    return str(index - 1) if index >= 2 else None


STYLE = Style(
    body_family="DejaVuSerif",
    body_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf",
                "I": "dejavu/DejaVuSerif-Italic.ttf", "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    table_family="DejaVuSerifCondensed",
    table_files={"": "dejavu/DejaVuSerifCondensed.ttf", "B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSerifCondensed-Italic.ttf", "BI": "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"},
    body_size=9.6,
    table_size=8.6,
    table_mode="ruled",
    negative="paren",
    dollar="separate",
    page_label=_label,
    header_text=lambda i: None,
    footer_text=lambda i: ("", _label(i)) if _label(i) else None,
    accent=(20, 20, 20),
    margin_l=22, margin_r=22, margin_t=18, margin_b=18,
)

TOC = [
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 1C. Cybersecurity", "item1c", 1),
    ("Item 2. Properties", "item2", 1),
    ("Item 3. Legal Proceedings", "item3", 1),
    ("PART II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity and Related Stockholder Matters", "item5", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "item7a", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Notes to Consolidated Financial Statements", "notes", 2),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART III", "part3", 0),
    ("PART IV", "part4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "signatures", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = hd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 11)
    doc.cell(doc.width, 6, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 6, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 9)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    doc.body("B", 16)
    doc.cell(doc.width, 9, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
             "for the fiscal year ended December 31, 2025", align="C")
    doc.para("[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", align="C")
    doc.para("Commission File Number 001-40718", align="C")
    doc.ln(3)
    doc.body("B", 15)
    doc.cell(doc.width, 9, COMPANY.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 9)
    doc.cell(doc.width, 5, "(Exact name of registrant as specified in its charter)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    doc.para("Westmarch (State of incorporation)        83-4471025 (I.R.S. Employer Identification No.)", align="C")
    doc.para("1100 Foundry Row, Brennock, Westmarch 60417        (608) 555-0142", align="C")
    doc.ln(2)
    doc.para("Securities registered pursuant to Section 12(b) of the Act: Common Stock, no par value; trading symbol "
             "HPRW; registered on a national securities exchange.", align="C")
    doc.ln(2)
    doc.para("Indicate by check mark whether the registrant is a well-known seasoned issuer, as defined in Rule 405 of "
             "the Securities Act. Yes [X] No [ ]. Indicate by check mark whether the registrant (1) has filed all "
             "reports required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the "
             "preceding 12 months and (2) has been subject to such filing requirements for the past 90 days. "
             "Yes [X] No [ ]. Large accelerated filer [X]. Accelerated filer [ ]. Non-accelerated filer [ ]. "
             "Smaller reporting company [ ]. Emerging growth company [ ].", size=8)
    doc.para("The aggregate market value of the registrant's common stock held by non-affiliates as of June 30, 2025 "
             "was approximately $8.6 billion. As of February 6, 2026, 61,548,902 shares of the registrant's common "
             "stock were outstanding.", size=8)
    doc.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its "
             "2026 annual meeting of shareholders are incorporated by reference into Part III.", size=8)


def business(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 0, anchor="part1")
    doc.heading("Item 1. Business", 1, anchor="item1")
    doc.heading("General", 3)
    doc.para(f"{COMPANY} (together with its subsidiaries, \"Halvard & Pine,\" the \"Company,\" \"we\" or \"us\") "
             "operates a regional freight railroad serving the Tamsin Valley and the Upper Corrin Basin. At "
             "December 31, 2025, our network comprised {ops.route_miles.2025:n0} route miles of owned and leased "
             "track, together with trackage rights over connecting carriers, linking grain elevators, chemical plants, "
             "mills, mines and distribution centers with {mda.interchanges:n0} interchange points with larger "
             "connecting railroads. We were organized in 1952 from the merger of the Halvard Valley Railroad and the "
             "Pine Ridge Short Line and are headquartered in Brennock, Westmarch.")
    doc.para("We generate revenue primarily by moving freight in carload and intermodal service for approximately "
             "{mda.customers:n0} customers. Our commodity groups are agricultural products, coal, chemicals and "
             "plastics, forest products, metals and minerals, automotive and intermodal. No single customer accounted "
             "for more than 8% of freight revenues in 2025. Other revenues consist of switching, demurrage, "
             "trackage-rights fees and real estate leasing.")
    doc.heading("Network and Equipment", 3)
    doc.para("Our main line runs from the Port of Carrow on Lake Tamsin to Grell Junction, where we maintain our "
             "principal classification yard, and continues west across the Corrin Basin to Fallow Ridge. Branch lines "
             "serve the grain belt north of Oxley and the mineral district around Stannick. At year-end 2025 we "
             "operated a fleet of {mda.locomotives:n0} locomotives and {mda.freight_cars:n0} owned or leased freight "
             "cars. We completed the installation of positive train control on all required main-line segments in "
             "2020 and continue to invest in signal and dispatching technology.")
    doc.heading("Competition", 3)
    doc.para("We compete with trucking companies, barge operators on the Corrin River and, for certain traffic, other "
             "railroads. Competition is based primarily on price, transit time, reliability and the availability of "
             "equipment. Trucking competition is most intense for intermodal, automotive and forest products traffic; "
             "barge competition affects coal and agricultural products moving toward Lake Tamsin.")
    doc.heading("Regulation", 3)
    doc.para("As a common carrier we are subject to economic regulation by the federal surface transportation "
             "authority and to safety regulation by federal railroad safety agencies, including rules on hours of "
             "service, track and equipment standards and hazardous materials transportation. Our operations are also "
             "subject to environmental laws governing emissions, discharges and the remediation of contaminated sites.")
    doc.heading("Human Capital", 3)
    doc.para("We employed an average of {ops.employees.2025:n0} people during 2025, compared with "
             "{ops.employees.2024:n0} in 2024. Approximately {mda.union_pct:n0}% of our employees are represented by "
             "labor unions and are covered by collective bargaining agreements negotiated on a national or regional "
             "basis. Safety is our first priority: our reportable personal injury frequency index improved for the "
             "third consecutive year, and we continued our training programs for conductors and engineers at the "
             "Brennock operations center.")
    doc.heading("Item 1A. Risk Factors", 1, anchor="item1a")
    risks = [
        "We face competition from other modes of transportation, and changes in customer supply chains could reduce "
        "our traffic volumes, particularly for coal, whose volumes declined again in 2025.",
        "Our operations depend on the availability and price of diesel fuel; significant increases in fuel prices "
        "that we cannot recover through fuel surcharges would reduce our operating income.",
        "We are subject to significant governmental regulation, and new rules on crew size, reciprocal switching or "
        "emissions could increase our costs or limit our pricing.",
        "We transport hazardous materials and may incur significant liabilities from accidents, derailments or "
        "releases, which may not be fully covered by insurance.",
        "Severe weather, including flooding in the Corrin Basin, can disrupt our network and damage our properties.",
        "Most of our employees are represented by unions, and work stoppages or higher labor costs could adversely "
        "affect our results.",
        "Our indebtedness and the terms of our financing arrangements could limit our flexibility.",
    ]
    doc.bullets(risks)
    doc.heading("Item 1C. Cybersecurity", 1, anchor="item1c")
    doc.para("We maintain a cybersecurity risk management program overseen by our Chief Information Officer and "
             "reviewed quarterly by the Audit Committee. The program covers dispatching, signal and positive train "
             "control systems as well as corporate systems. We did not identify any cybersecurity incident in 2025 "
             "that materially affected our business, results of operations or financial condition.")
    doc.heading("Item 2. Properties", 1, anchor="item2")
    doc.para("Our principal properties are our track, yards, terminals, locomotives and freight cars described under "
             "\"Network and Equipment\" above and in Note 4 to the consolidated financial statements. We own our "
             "headquarters in Brennock and our principal shops at Grell Junction and Oxley. In 2025 we recorded an "
             "impairment of the Grell Junction intermodal terminal, which we are consolidating into the Carrow "
             "terminal (see Note 3).")
    doc.heading("Item 3. Legal Proceedings", 1, anchor="item3")
    doc.para("We are party to various legal proceedings arising in the ordinary course of business, including "
             "personal injury claims and environmental matters. We do not believe any pending proceeding will have a "
             "material adverse effect on our financial condition. Personal injury and occupational claims are "
             "reserved as described in Note 10. Item 4, Mine Safety Disclosures, is not applicable.")


def part2_start(doc: Doc) -> None:
    doc.new_page()
    doc.section = "market"
    doc.heading("PART II", 0, anchor="part2")
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases "
                "of Equity Securities", 1, anchor="item5")
    doc.para("Our common stock trades under the symbol HPRW. At February 6, 2026 there were approximately 2,870 "
             "holders of record. We declared quarterly dividends totaling ${eq.div_ps.2025:n2} per share in 2025 "
             "and ${eq.div_ps.2024:n2} per share in 2024. In January 2026 our Board of Directors raised the quarterly "
             "dividend to $0.41 per share.")
    doc.para("Under the share repurchase program authorized by our Board in October 2024, we repurchased "
             "{rep.shares.2025:n2} million shares during 2025. At December 31, 2025, approximately "
             "{rep.remaining:d1} million remained available under the authorization, which expires December 31, "
             "2027. Item 6 is reserved.")
    perf_rows = [R(name, [f"={x}" for x in vals]) for name, vals in (
        ("Halvard & Pine Railway Corporation", ("100", "112", "131", "127", "149", "158")),
        ("Broad market index", ("100", "126", "104", "129", "161", "184")),
        ("Rail transportation peer index", ("100", "118", "109", "124", "139", "151")))]
    doc.table("Comparison of Five-Year Cumulative Total Return (assumes $100 invested December 31, 2020)",
              ["2020", "2021", "2022", "2023", "2024", "2025"], perf_rows, label_w=64)


def mda(doc: Doc) -> None:
    doc.new_page()
    doc.section = "mda_overview"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item7")
    doc.para("The following discussion should be read together with our consolidated financial statements and notes "
             "in Item 8. Unless otherwise noted, comparisons are 2025 to 2024; a comparison of 2024 to 2023 was "
             "included in our 2024 annual report.")
    doc.heading("2025 Overview", 3)
    doc.para("Total operating revenues increased {mda.rev_chg:d1} million, or {mda.rev_chg_pct:p1}, to "
             "{is.rev_total.2025:d1} million, as core pricing gains and growth in chemicals, metals and intermodal "
             "offset lower coal volumes. Net income declined {mda.ni_drop:d1} million to {is.net_income.2025:d1} "
             "million, largely because of the Grell Junction terminal impairment. Our operating ratio was "
             "{ops.or.2025:p1} compared with {ops.or.2024:p1} in 2024; excluding asset impairment and restructuring "
             "costs, our adjusted operating ratio improved to {ng.adj_or.2025:p1} (see \"Non-GAAP Financial "
             "Measures\").")
    doc.para("The asset impairment and restructuring charge recorded in the fourth quarter of 2025 consisted of a "
             "non-cash impairment of {mda.impair_noncash:d1} million and severance and relocation costs of "
             "{mda.severance:d1} million associated with consolidating intermodal operations at the Carrow terminal.")

    doc.section = "mda_rev"
    doc.heading("Results of Operations - Operating Revenues", 3)
    rows: list[Row] = []
    for i, (key, label, *_rest) in enumerate(hd.COMMODITIES):
        rows.append(R(label, [f"ops.rev.{key}.2025", f"ops.rev.{key}.2024", f"ops.rev_pct.{key}",
                              f"ops.cars.{key}.2025", f"ops.cars.{key}.2024", f"ops.arpc.{key}.2025",
                              f"ops.arpc.{key}.2024"], ["n1", "n1", "p1", "n1", "n1", "n0", "n0"],
                      dollar=(i == 0)))
    rows.append(R("Total freight revenues, carloads and average revenue per carload",
                  ["ops.rev.total.2025", "ops.rev.total.2024", "ops.rev_pct.total", "ops.cars.total.2025",
                   "ops.cars.total.2024", "ops.arpc.total.2025", "ops.arpc.total.2024"],
                  ["n1", "n1", "p1", "n1", "n1", "n0", "n0"], kind="total", dollar=True))
    doc.table("Freight Revenues, Carloads and Average Revenue per Carload",
              ["2025", "2024", "%\nChange", "2025", "2024", "2025", "2024"], rows,
              groups=[("Freight revenues\n(in millions)", 0, 3), ("Carloads\n(in thousands)", 3, 2),
                      ("Average revenue\nper carload (in dollars)", 5, 2)],
              label_w=44, size=7.6, money=[True, True, False, False, False, True, True])
    doc.para("Agricultural products revenues rose on a strong fall harvest and improved export demand through the "
             "Port of Carrow. Coal revenues fell {mda.coal_drop:d1} million as a utility customer retired two "
             "generating units served by our Stannick branch. Chemicals and plastics revenues benefited from new "
             "plastics storage-in-transit business at Oxley, while forest products declined with lower lumber "
             "production. Intermodal revenue grew on new domestic container service to the Carrow terminal.")

    doc.section = "mda_opex"
    doc.heading("Operating Expenses", 3)
    opex_rows: list[Row] = []
    order = ["comp", "purch", "fuel", "da", "rents", "materials", "casualty", "special"]
    labels = dict({k: v[0] for k, v in hd.OPEX.items()}, fuel="Fuel")
    for i, key in enumerate(order):
        opex_rows.append(R(labels[key], [f"is.{key}.2025", f"is.{key}.2024", f"opx.chg.{key}", f"opx.pct.{key}"],
                           ["n1", "n1", "n1", "p1"], dollar=(i == 0)))
    opex_rows.append(R("Total operating expenses", ["is.opex_total.2025", "is.opex_total.2024", "opx.chg.opex_total",
                                                    "opx.pct.opex_total"], ["n1", "n1", "n1", "p1"],
                       kind="total", dollar=True))
    doc.table("Operating Expenses", ["2025", "2024", "Change", "% Change"], opex_rows, unit="(in millions)",
              label_w=70)
    doc.para("Fuel expense decreased {mda.fuel_drop:d1} million, or {mda.fuel_drop_pct:p1}, reflecting a lower "
             "average price per gallon and improved fuel efficiency. Compensation and benefits increased "
             "{mda.comp_chg:d1} million as wage inflation under our collective bargaining agreements more than offset "
             "a smaller average workforce. Depreciation increased with a larger depreciable asset base.")

    doc.section = "mda_stats"
    doc.heading("Operating Statistics", 3)
    stat_rows = [
        R("Gross ton-miles (billions)", yrs("ops.gtm", hd.BS_YEARS), "n2"),
        R("Revenue ton-miles (billions)", yrs("ops.rtm", hd.BS_YEARS), "n2"),
        R("Carloads (thousands)", yrs("ops.cars.total", hd.BS_YEARS), "n1"),
        R("Average revenue per carload (dollars)", yrs("ops.arpc.total", hd.BS_YEARS), "n0", dollar=True),
        R("Fuel consumed (millions of gallons)", yrs("ops.fuel_gal", hd.BS_YEARS), "n1"),
        R("Average fuel price per gallon (dollars)", yrs("ops.fuel_price", hd.BS_YEARS), "n2", dollar=True),
        R("Gallons per thousand gross ton-miles", yrs("ops.fuel_eff", hd.BS_YEARS), "n2"),
        R("Average train speed (miles per hour)", yrs("ops.velocity", hd.BS_YEARS), "n1"),
        R("Terminal dwell (hours)", yrs("ops.dwell", hd.BS_YEARS), "n1"),
        R("Average employees", yrs("ops.employees", hd.BS_YEARS), "n0"),
        R("Operating ratio (a)", yrs("ops.or", hd.BS_YEARS), "p1"),
    ]
    doc.table("Key Operating Statistics", ["2025", "2024"], stat_rows, label_w=100,
              notes=["(a) Total operating expenses divided by total operating revenues."])

    doc.section = "nongaap"
    doc.heading("Non-GAAP Financial Measures", 3)
    doc.para("We present adjusted operating income, adjusted operating ratio, adjusted net income and adjusted "
             "diluted earnings per share, which exclude asset impairment and restructuring costs. Management believes "
             "these measures help investors compare underlying performance between periods. They are not a "
             "substitute for measures determined under GAAP and may not be comparable to similarly titled measures "
             "of other companies.")
    ng_rows = [
        R("Operating income (GAAP)", yrs("ng.oi", hd.BS_YEARS), dollar=True),
        R("Add: asset impairment and restructuring", yrs("ng.special", hd.BS_YEARS), indent=1),
        R("Adjusted operating income", yrs("ng.adj_oi", hd.BS_YEARS), kind="sub", dollar=True),
        R("", kind="blank"),
        R("Operating ratio (GAAP)", yrs("ng.or", hd.BS_YEARS), "p1"),
        R("Adjusted operating ratio", yrs("ng.adj_or", hd.BS_YEARS), "p1"),
        R("", kind="blank"),
        R("Net income (GAAP)", yrs("ng.ni", hd.BS_YEARS), dollar=True),
        R("Add: asset impairment and restructuring", yrs("ng.special", hd.BS_YEARS), indent=1),
        R("Less: income tax effect of adjustment (b)", yrs("ng.tax_effect", hd.BS_YEARS), indent=1),
        R("Adjusted net income", yrs("ng.adj_ni", hd.BS_YEARS), kind="sub", dollar=True),
        R("Diluted weighted-average shares outstanding", yrs("ng.shares", hd.BS_YEARS), "n2"),
        R("Diluted earnings per share (GAAP)", yrs("ng.eps", hd.BS_YEARS), "n2", dollar=True),
        R("Adjusted diluted earnings per share", yrs("ng.adj_eps", hd.BS_YEARS), "n2", kind="total", dollar=True),
    ]
    doc.table("Reconciliation of Non-GAAP Measures", ["2025", "2024"], ng_rows, unit=MILLIONS, label_w=100,
              notes=["(b) Computed at our combined federal and state statutory rate of 24.5%."])

    doc.section = "liquidity"
    doc.heading("Liquidity and Capital Resources", 3)
    doc.para("Our principal sources of liquidity are cash generated from operations, cash and short-term "
             "investments, our revolving credit facility and access to the debt capital markets. At December 31, "
             "2025 we had cash and cash equivalents of {bs.cash.2025:d1} million, short-term investments of "
             "{bs.sti.2025:d1} million and an undrawn {debt.revolver:d1} million revolving credit facility that "
             "matures in 2030, for total available liquidity of {mda.liquidity:d1} million.")
    cf_rows = [
        R("Cash provided by operating activities", yrs("cf.cfo", hd.BS_YEARS), dollar=True),
        R("Cash used in investing activities", yrs("cf.cfi", hd.BS_YEARS)),
        R("Cash used in financing activities", yrs("cf.cff", hd.BS_YEARS)),
        R("Net change in cash and cash equivalents", yrs("cf.change", hd.BS_YEARS), kind="total", dollar=True),
        R("", kind="blank"),
        R("Free cash flow (c)", yrs("cf.fcf", hd.BS_YEARS), kind="data", dollar=True, bold=True),
    ]
    doc.table("Cash Flow Summary", ["2025", "2024"], cf_rows, unit="(in millions)", label_w=100,
              notes=["(c) Non-GAAP: cash provided by operating activities less capital expenditures plus proceeds "
                     "from asset sales."])
    doc.section = "capex"
    capex_rows = [R(label, [f"capex.{key}.2025", f"capex.{key}.2024", f"capex.share.{key}.2025"],
                    ["n1", "n1", "p1"], dollar=(i == 0)) for i, (key, label, *_r) in enumerate(hd.CAPEX)]
    capex_rows.append(R("Capacity and commercial facilities", ["capex.capacity.2025", "capex.capacity.2024",
                                                               "capex.share.capacity.2025"], ["n1", "n1", "p1"]))
    capex_rows.append(R("Total capital expenditures", ["capex.total.2025", "capex.total.2024", "=100.0%"],
                        ["n1", "n1", "p1"], kind="total", dollar=True))
    doc.table("Capital Expenditures", ["2025", "2024", "2025 % of\ntotal"], capex_rows, unit="(in millions)",
              label_w=86)
    doc.para("We expect 2026 capital expenditures of approximately {capex.plan_2026:d0} million, including the "
             "replacement of 180 miles of rail and the rebuilding of 24 locomotives. In 2025 we issued "
             "{debt.new_issue:d1} million of 4.85% senior notes due 2035 and used the proceeds, together with cash "
             "on hand, to repay the {debt.n2025.2024:d1} million of 3.15% notes that matured in August 2025.")

    doc.section = "contractual"
    doc.heading("Contractual Obligations", 3)
    buckets = ["all", "y1", "y23", "y45", "after"]
    co_rows = [
        R("Debt principal", [f"co.debt.{b}" for b in buckets], dollar=True),
        R("Interest on debt", [f"co.interest.{b}" for b in buckets]),
        R("Operating leases", [f"co.lease.{b}" for b in buckets]),
        R("Purchase obligations (d)", [f"co.purchase.{b}" for b in buckets]),
        R("Total contractual obligations", [f"co.total.{b}" for b in buckets], kind="total", dollar=True),
    ]
    doc.table("Contractual Obligations at December 31, 2025", ["Total", "2026", "2027-\n2028", "2029-\n2030",
                                                               "There-\nafter"], co_rows, unit="(in millions)",
              label_w=60,
              notes=["(d) Primarily locomotive overhauls, rail and tie purchases and technology contracts."])
    doc.heading("Other Income, Interest Expense and Income Taxes", 3)
    doc.para("Other income, net increased to {is.other_income.2025:d1} million, including higher interest income on "
             "short-term investments, partly offset by lower gains from real estate sales. Interest expense rose to "
             "{is.interest.2025:d1} million because of the higher average debt balance following the 2024 and 2025 "
             "note issuances. Our effective income tax rate was {tax.rate_eff.2025:p1} in 2025 compared with "
             "{tax.rate_eff.2024:p1} in 2024, reflecting state apportionment changes and the resolution of prior-year "
             "audits.")
    doc.heading("Financing Activities, Dividends and Share Repurchases", 3)
    doc.para("Cash used in financing activities reflects the refinancing described above, dividends paid of "
             "{mda.div_paid:d1} million and repurchases of {rep.shares.2025:n2} million shares for "
             "{rep.cost.2025:d1} million. Our ratio of total debt to total capitalization was {mda.debt_cap:p1} at "
             "December 31, 2025. Our senior notes are rated investment grade, and we believe that cash from "
             "operations, cash on hand and access to our revolving facility will be sufficient to meet our "
             "obligations, fund planned capital expenditures and continue returning capital to shareholders.")
    doc.heading("Critical Accounting Estimates", 3)
    doc.para("Casualty reserves. We record liabilities for personal injury and occupational claims based on actuarial "
             "studies of historical claim experience. Changes in claim frequency or severity could change the "
             "reserves materially. Depreciation. We use the group method of depreciation; rates are set by periodic "
             "depreciation studies. Pensions. Our obligations depend on discount-rate and asset-return assumptions; "
             "a 25 basis point decrease in the discount rate would increase the projected benefit obligation by "
             "approximately $24 million.")
    doc.section = "item7a"
    doc.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item7a")
    doc.para("Fuel. Based on 2025 consumption, each $0.10 per gallon change in the price of diesel fuel would change "
             "fuel expense by approximately {mda.fuel_sens:d1} million before fuel surcharge recoveries. Interest "
             "rates. All of our long-term debt bears fixed rates; a one percentage point change in market rates would "
             "change the fair value of our debt by approximately $190 million.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "auditor"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 1, anchor="item8")
    doc.heading("Report of Independent Registered Public Accounting Firm", 3)
    doc.para("To the Shareholders and Board of Directors of Halvard & Pine Railway Corporation: We have audited the "
             "accompanying consolidated balance sheets of the Company as of December 31, 2025 and 2024, and the "
             "related consolidated statements of income, comprehensive income, cash flows and changes in "
             "shareholders' equity for each of the three years in the period ended December 31, 2025, and the "
             "related notes. In our opinion, the financial statements present fairly, in all material respects, the "
             "financial position of the Company and the results of its operations and its cash flows in conformity "
             "with accounting principles generally accepted in the United States. Critical audit matter: casualty "
             "reserves. /s/ Marrowby & Tolland LLP, Brennock, Westmarch, February 18, 2026.", size=8.2)
    doc.ln(1)
    doc.section = "IS"
    rows = [
        R("Operating revenues", kind="head"),
        R("Freight revenues", yrs("is.rev_freight"), indent=1, dollar=True),
        R("Other revenues", yrs("is.rev_other"), indent=1),
        R("Total operating revenues", yrs("is.rev_total"), kind="sub"),
        R("Operating expenses", kind="head"),
        R("Compensation and benefits", yrs("is.comp"), indent=1),
        R("Purchased services and other", yrs("is.purch"), indent=1),
        R("Fuel", yrs("is.fuel"), indent=1),
        R("Depreciation and amortization", yrs("is.da"), indent=1),
        R("Equipment and other rents", yrs("is.rents"), indent=1),
        R("Materials and supplies", yrs("is.materials"), indent=1),
        R("Casualty and insurance", yrs("is.casualty"), indent=1),
        R("Asset impairment and restructuring (Note 3)", yrs("is.special"), indent=1),
        R("Total operating expenses", yrs("is.opex_total"), kind="sub"),
        R("Operating income", yrs("is.op_income"), bold=True),
        R("Interest expense", yrs("is.interest"), indent=1),
        R("Other income, net", yrs("is.other_income"), indent=1),
        R("Income before income taxes", yrs("is.pretax"), kind="sub"),
        R("Income tax expense (Note 7)", yrs("is.tax"), indent=1),
        R("Net income", yrs("is.net_income"), kind="total", dollar=True),
        R("Earnings per share (Note 8)", kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding", kind="head"),
        R("Basic", yrs("is.shares_basic"), "n2", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n2", indent=1),
    ]
    doc.table("Consolidated Statements of Income", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP, unit=MILLIONS,
              label_w=86)
    doc.section = "CI"
    ci_rows = [
        R("Net income", yrs("is.net_income"), dollar=True),
        R("Other comprehensive income (loss), net of tax:", kind="head"),
        R("Pension and postretirement benefit adjustments, net of tax of $4.0, $(2.2) and $2.9",
          yrs("ci.pension"), indent=1),
        R("Interest rate hedges, net of tax", yrs("ci.hedge"), indent=1),
        R("Other comprehensive income (loss)", yrs("ci.oci"), kind="sub"),
        R("Comprehensive income", yrs("ci.total"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Comprehensive Income", ["2025", "2024", "2023"], ci_rows,
              groups=YEAR_GROUP, unit="(in millions)", label_w=86)

    doc.new_page()
    doc.section = "BS"
    b = hd.BS_YEARS
    bs_rows = [
        R("Assets", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", yrs("bs.cash", b), indent=2, dollar=True),
        R("Short-term investments", yrs("bs.sti", b), indent=2),
        R("Accounts receivable, net", yrs("bs.ar", b), indent=2),
        R("Materials and supplies", yrs("bs.materials", b), indent=2),
        R("Other current assets", yrs("bs.other_ca", b), indent=2),
        R("Total current assets", yrs("bs.ca_total", b), kind="sub", indent=1),
        R("Properties, net (Note 4)", yrs("bs.properties", b), indent=1),
        R("Operating lease right-of-use assets", yrs("bs.rou", b), indent=1),
        R("Other assets", yrs("bs.other_assets", b), indent=1),
        R("Total assets", yrs("bs.assets_total", b), kind="total", dollar=True),
        R("Liabilities and Shareholders' Equity", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable and other current liabilities", yrs("bs.ap", b), indent=2, dollar=True),
        R("Accrued wages and vacation", yrs("bs.wages", b), indent=2),
        R("Casualty reserves - current portion (Note 10)", yrs("bs.cas_current", b), indent=2),
        R("Debt due within one year (Note 5)", yrs("bs.debt_current", b), indent=2),
        R("Total current liabilities", yrs("bs.cl_total", b), kind="sub", indent=1),
        R("Long-term debt (Note 5)", yrs("bs.ltd", b), indent=1),
        R("Deferred income taxes (Note 7)", yrs("bs.deferred_tax", b), indent=1),
        R("Casualty reserves (Note 10)", yrs("bs.cas_noncurrent", b), indent=1),
        R("Operating lease liabilities (Note 6)", yrs("bs.lease", b), indent=1),
        R("Pension and postretirement benefit obligations (Note 9)", yrs("bs.pension", b), indent=1),
        R("Other long-term liabilities", yrs("bs.other_ltl", b), indent=1),
        R("Total liabilities", yrs("bs.liab_total", b), kind="sub"),
        R("Commitments and contingencies (Note 10)", kind="head"),
        R("Shareholders' equity:", kind="head", indent=1),
        R("Common stock, no par value, and paid-in capital; 200.0 shares authorized; 61.6 and 63.1 shares "
          "outstanding", yrs("bs.paid", b), indent=2),
        R("Retained earnings", yrs("bs.re", b), indent=2),
        R("Accumulated other comprehensive loss", yrs("bs.aoci", b), indent=2),
        R("Total shareholders' equity", yrs("bs.equity", b), kind="sub", indent=1),
        R("Total liabilities and shareholders' equity", yrs("bs.le_total", b), kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", ["2025", "2024"], bs_rows, groups=[("December 31,", 0, 2)],
              unit="(in millions)", label_w=112)

    doc.new_page()
    doc.section = "CF"
    cf_rows = [
        R("Operating activities", kind="head"),
        R("Net income", yrs("cf.ni"), indent=1, dollar=True),
        R("Adjustments to reconcile net income to cash provided by operating activities:", kind="head", indent=1),
        R("Depreciation and amortization", yrs("cf.da"), indent=2),
        R("Deferred income taxes", yrs("cf.deferred"), indent=2),
        R("Share-based compensation", yrs("cf.sbc"), indent=2),
        R("Non-cash asset impairment", yrs("cf.impair"), indent=2),
        R("Gains on sales of properties", yrs("cf.gain"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", yrs("cf.ar"), indent=2),
        R("Materials and supplies", yrs("cf.mat"), indent=2),
        R("Accounts payable and other current liabilities", yrs("cf.ap"), indent=2),
        R("Casualty reserves", yrs("cf.casualty"), indent=2),
        R("Other operating activities, net", yrs("cf.other_op"), indent=2),
        R("Cash provided by operating activities", yrs("cf.cfo"), kind="sub"),
        R("Investing activities", kind="head"),
        R("Capital expenditures", yrs("cf.capex"), indent=1),
        R("Proceeds from sales of properties", yrs("cf.proceeds"), indent=1),
        R("Purchases of short-term investments", yrs("cf.sti_buy"), indent=1),
        R("Maturities of short-term investments", yrs("cf.sti_mature"), indent=1),
        R("Other investing activities, net", yrs("cf.other_inv"), indent=1),
        R("Cash used in investing activities", yrs("cf.cfi"), kind="sub"),
        R("Financing activities", kind="head"),
        R("Proceeds from issuance of long-term debt", yrs("cf.issued"), indent=1),
        R("Debt issuance costs", yrs("cf.issue_costs"), indent=1),
        R("Repayment of long-term debt", yrs("cf.repaid"), indent=1),
        R("Dividends paid", yrs("cf.dividends"), indent=1),
        R("Repurchases of common stock", yrs("cf.repurchase"), indent=1),
        R("Proceeds from employee stock plans, net of taxes withheld", yrs("cf.plans"), indent=1),
        R("Cash used in financing activities", yrs("cf.cff"), kind="sub"),
        R("Net change in cash and cash equivalents", yrs("cf.change"), bold=True),
        R("Cash and cash equivalents at beginning of year", yrs("cf.begin")),
        R("Cash and cash equivalents at end of year", yrs("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", ["2025", "2024", "2023"], cf_rows, groups=YEAR_GROUP,
              unit="(in millions)", label_w=90)

    doc.new_page()
    doc.section = "EQ"
    eq_rows: list[Row] = []
    cols = ["shares", "paid", "re", "aoci", "total"]
    fm = ["n2", "n1", "n1", "n1", "n1"]
    eq_rows.append(R("Balance at December 31, 2022", [f"eq.{c}.2022" for c in cols], fm, bold=True, dollar=True))
    for y in (2023, 2024, 2025):
        eq_rows += [
            R("Net income", [None, None, f"is.net_income.{y}", None, f"is.net_income.{y}"], fm, indent=1),
            R("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{y}", f"eq.oci.{y}"], fm, indent=1),
            R(f"Dividends declared (${doc.values[f'eq.div_ps.{y}']:.2f} per share)",
              [None, None, f"eq.div.{y}", None, f"eq.div.{y}"], fm, indent=1),
            R("Shares repurchased", [f"eq.repo_shares.{y}", None, f"eq.repo.{y}", None, f"eq.repo.{y}"], fm,
              indent=1),
            R("Share-based compensation", [None, f"eq.sbc.{y}", None, None, f"eq.sbc.{y}"], fm, indent=1),
            R("Shares issued under employee plans, net", [f"eq.plan_shares.{y}", f"eq.plans.{y}", None, None,
                                                          f"eq.plans.{y}"], fm, indent=1),
            R(f"Balance at December 31, {y}", [f"eq.{c}.{y}" for c in cols], fm, kind="sub", bold=True,
              dollar=(y == 2025)),
        ]
    doc.table("Consolidated Statements of Changes in Shareholders' Equity", ["Common\nShares",
              "Common Stock\nand Paid-in\nCapital", "Retained\nEarnings", "AOCI", "Total"], eq_rows,
              unit="(in millions, except per share data)", label_w=62, size=7.6,
              money=[False, True, True, True, True])


def notes(doc: Doc) -> None:
    doc.new_page()
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes")
    doc.heading("1. Significant Accounting Policies", 3)
    doc.para("Principles of consolidation. The consolidated financial statements include the accounts of Halvard & "
             "Pine Railway Corporation and its wholly owned subsidiaries. Revenue recognition. Freight revenues are "
             "recognized over time as shipments move from origin to destination. Properties. Properties are carried "
             "at cost and depreciated using the group method over estimated service lives. Cash equivalents. Highly "
             "liquid investments with original maturities of three months or less; short-term investments are "
             "time deposits with original maturities of up to one year.")
    doc.heading("2. Revenues", 3)
    doc.para("Freight revenues by commodity group are presented in Item 7. Other revenues include switching, "
             "demurrage, trackage-rights fees and real estate leasing. Contract liabilities were not material at "
             "December 31, 2025 or 2024.")
    doc.heading("3. Asset Impairment and Restructuring", 3)
    doc.para("In the fourth quarter of 2025 we decided to consolidate intermodal operations at the Carrow terminal "
             "and recognized a non-cash impairment of the Grell Junction terminal assets of {cf.impair.2025:d1} "
             "million, measured using a discounted cash flow approach, and {mda.severance:d1} million of severance "
             "and relocation costs, most of which will be paid in 2026. Restructuring charges of {is.special.2024:d1} "
             "million in 2024 and {is.special.2023:d1} million in 2023 related to the closure of the Oxley car shop "
             "and a management reorganization.")
    doc.section = "note_pp"
    doc.heading("4. Properties", 3)
    pp_rows: list[Row] = []
    keys = [p[0] for p in hd.PROPERTIES] + ["cip"]
    labels = {p[0]: p[1] for p in hd.PROPERTIES} | {"cip": "Construction in progress"}
    for i, key in enumerate(keys):
        pp_rows.append(R(labels[key], [f"pp.cost.{key}.2025", f"pp.ad.{key}.2025", f"pp.net.{key}.2025",
                                       f"pp.net.{key}.2024"], dollar=(i == 0)))
    pp_rows.append(R("Total properties", ["pp.total_cost.2025", "pp.total_ad.2025", "pp.total_net.2025",
                                          "pp.total_net.2024"], kind="total", dollar=True))
    doc.table(None, ["Cost", "Accumulated\nDepreciation", "Net Book\nValue", "Net Book\nValue"], pp_rows,
              groups=[("December 31, 2025", 0, 3), ("Dec. 31,\n2024", 3, 1)], unit="(in millions)", label_w=66)
    doc.para("Composite annual depreciation rates in 2025 were {pp.rate.road:p1} for road and track structures, "
             "{pp.rate.equip:p1} for locomotives and freight cars and {pp.rate.tech:p1} for technology, signals and "
             "other property. Accumulated depreciation on road and track structures was {pp.ad.road.2024:d1} million "
             "at December 31, 2024.")
    doc.section = "note_debt"
    doc.heading("5. Debt", 3)
    debt_rows = [R(label, [f"debt.{key}.2025", f"debt.{key}.2024"], dollar=(i == 0))
                 for i, (key, label, *_r) in enumerate(hd.NOTES)]
    debt_rows += [
        R("Total debt principal", yrs("debt.face", hd.BS_YEARS), kind="sub"),
        R("Unamortized discount and debt issuance costs", yrs("debt.discount", hd.BS_YEARS)),
        R("Less: debt due within one year", yrs("debt.current", hd.BS_YEARS)),
        R("Long-term debt", yrs("debt.lt", hd.BS_YEARS), kind="total", dollar=True),
    ]
    doc.table(None, ["2025", "2024"], debt_rows, groups=[("December 31,", 0, 2)], unit="(in millions)", label_w=100)
    doc.para("Scheduled principal maturities of debt are as follows (in millions): 2026 - {mat.2026:d1}; 2027 - none; "
             "2028 - {mat.2028:d1}; 2029 - {mat.2029:d1}; 2030 - {mat.2030:d1}; thereafter - {mat.after:d1}; total "
             "- {mat.total:d1}. Our {debt.revolver:d1} million revolving credit facility matures in June 2030; no "
             "amounts were outstanding at December 31, 2025 or 2024. We were in compliance with all covenants.")
    doc.section = "note_lease"
    doc.heading("6. Leases", 3)
    lease_rows = [
        R("2026", ["lease.pay.2026"], dollar=True), R("2027", ["lease.pay.2027"]), R("2028", ["lease.pay.2028"]),
        R("2029", ["lease.pay.2029"]), R("2030", ["lease.pay.2030"]), R("Thereafter", ["lease.pay.after"]),
        R("Total undiscounted lease payments", ["lease.undiscounted"], kind="sub"),
        R("Less: imputed interest", ["lease.interest"]),
        R("Present value of operating lease liabilities", ["lease.pv"], kind="total", dollar=True),
        R("Current portion (in accounts payable and other current liabilities)", ["lease.current"], indent=1),
        R("Noncurrent operating lease liabilities", ["lease.noncurrent.2025"], indent=1),
    ]
    doc.table(None, ["December 31,\n2025"], lease_rows, unit="(in millions)", label_w=110, col_w=36)
    doc.para("Operating lease cost was {lease.cost.2025:d1} million, {lease.cost.2024:d1} million and "
             "{lease.cost.2023:d1} million in 2025, 2024 and 2023. The weighted-average remaining lease term was "
             "{lease.term:n1} years and the weighted-average discount rate was {lease.rate:p1}.")
    doc.section = "note_tax"
    doc.heading("7. Income Taxes", 3)
    tax_rows = [
        R("Current:", kind="head"),
        R("Federal", yrs("tax.cur_fed"), indent=1, dollar=True),
        R("State", yrs("tax.cur_state"), indent=1),
        R("Total current", yrs("tax.cur_total"), kind="sub"),
        R("Deferred:", kind="head"),
        R("Federal", yrs("tax.def_fed"), indent=1),
        R("State", yrs("tax.def_state"), indent=1),
        R("Total deferred", yrs("tax.def_total"), kind="sub"),
        R("Total income tax expense", yrs("tax.total"), kind="total", dollar=True),
    ]
    doc.table("Components of Income Tax Expense", ["2025", "2024", "2023"], tax_rows, unit="(in millions)",
              label_w=90)
    rec_fmt = ["n1", "p1", "n1", "p1", "n1", "p1"]
    rec_rows = []
    for i, (k, label) in enumerate((("statutory", "Federal statutory rate"),
                                    ("state", "State income taxes, net of federal benefit"),
                                    ("sbc", "Excess tax benefits from share-based awards"), ("other", "Other, net"))):
        rec_rows.append(R(label, [x for y in hd.YEARS for x in (f"tax.{k}.{y}", f"tax.rate_{k}.{y}")], rec_fmt,
                          dollar=(i == 0)))
    rec_rows.append(R("Income tax expense / effective rate",
                      [x for y in hd.YEARS for x in (f"is.tax.{y}", f"tax.rate_eff.{y}")], rec_fmt, kind="total",
                      dollar=True))
    doc.table("Reconciliation of Statutory to Effective Tax Rate", ["Amount", "Rate"] * 3, rec_rows,
              groups=[("2025", 0, 2), ("2024", 2, 2), ("2023", 4, 2)], unit="(dollars in millions)", label_w=58,
              size=7.6)
    doc.section = "note_eps"
    doc.heading("8. Earnings per Share", 3)
    doc.para("Basic earnings per share is computed by dividing net income by weighted-average common shares "
             "outstanding. Dilutive restricted stock units and stock options added {eps.dilutive.2025:n2} million, "
             "{eps.dilutive.2024:n2} million and {eps.dilutive.2023:n2} million shares in 2025, 2024 and 2023. "
             "Anti-dilutive awards were not significant.")
    doc.section = "note_pension"
    doc.heading("9. Pension and Postretirement Benefits", 3)
    pen_rows = [
        R("Projected benefit obligation at end of year", yrs("pen.pbo", hd.BS_YEARS), dollar=True),
        R("Fair value of plan assets at end of year", yrs("pen.assets", hd.BS_YEARS)),
        R("Funded status (net liability recognized)", yrs("pen.funded", hd.BS_YEARS), kind="total", dollar=True),
        R("Net periodic benefit cost", yrs("pen.cost", hd.BS_YEARS)),
        R("Employer contributions", yrs("pen.contrib", hd.BS_YEARS)),
        R("Discount rate", yrs("pen.disc", hd.BS_YEARS), "p2"),
        R("Expected long-term return on plan assets", yrs("pen.ret", hd.BS_YEARS), "p2"),
    ]
    doc.table("Pension and Postretirement Plans (combined)", ["2025", "2024"], pen_rows, unit="(dollars in millions)",
              label_w=100)
    doc.section = "note_casualty"
    doc.heading("10. Commitments and Contingencies - Casualty Reserves", 3)
    doc.para("Casualty reserves cover personal injury, occupational illness and third-party property damage claims. "
             "Casualty and insurance expense also includes insurance premiums and third-party property damage "
             "settlements that are not reserved.")
    cas_years = (2025, 2024, 2023)
    cas_rows = [
        R("Balance at beginning of year", yrs("cas.begin", cas_years), dollar=True),
        R("Accruals for current-year claims", yrs("cas.accruals", cas_years), indent=1),
        R("Changes in estimates for prior-year claims", yrs("cas.prior", cas_years), indent=1),
        R("Payments", yrs("cas.payments", cas_years), indent=1),
        R("Balance at end of year", yrs("cas.end", cas_years), kind="total", dollar=True),
        R("Current portion", yrs("cas.current", cas_years), indent=1),
        R("Long-term portion", yrs("cas.noncurrent", cas_years), indent=1),
    ]
    doc.table("Casualty Reserve Activity", ["2025", "2024", "2023"], cas_rows, unit="(in millions)", label_w=90)
    doc.para("Environmental. We are a potentially responsible party at eleven sites; environmental liabilities were "
             "not material at December 31, 2025. Purchase commitments are included in Contractual Obligations in "
             "Item 7.")

    doc.section = "note_repo"
    doc.heading("11. Share Repurchases", 3)
    rep_rows = [
        R("Shares repurchased (millions)", yrs("rep.shares", (2025, 2024, 2023)), "n2"),
        R("Average price paid per share (dollars)", yrs("rep.price", (2025, 2024, 2023)), "n2", dollar=True),
        R("Total cost of repurchases", yrs("rep.cost", (2025, 2024, 2023)), kind="total", dollar=True),
    ]
    doc.table(None, ["2025", "2024", "2023"], rep_rows, unit="(in millions, except per share amounts)", label_w=90)

    doc.section = "note_other_income"
    doc.heading("12. Other Income, Net", 3)
    oi_rows = [
        R("Rental income", yrs("oi.rental"), dollar=True),
        R("Gains on sales of properties", yrs("oi.gains")),
        R("Interest income", yrs("oi.interest")),
        R("Non-service components of net periodic benefit cost", yrs("oi.pension")),
        R("Other, net", yrs("oi.other")),
        R("Other income, net", yrs("is.other_income"), kind="total", dollar=True),
    ]
    doc.table(None, ["2025", "2024", "2023"], oi_rows, unit="(in millions)", label_w=90)
    doc.section = "note_payables"
    doc.heading("13. Accounts Payable and Other Current Liabilities", 3)
    ap_rows = [
        R("Trade accounts payable", yrs("ap.trade", hd.BS_YEARS), dollar=True),
        R("Accrued property and income taxes", yrs("ap.taxes", hd.BS_YEARS)),
        R("Accrued interest", yrs("ap.interest", hd.BS_YEARS)),
        R("Current operating lease liabilities", yrs("ap.lease", hd.BS_YEARS)),
        R("Restructuring and severance accrual", yrs("ap.restructuring", hd.BS_YEARS)),
        R("Other", yrs("ap.other", hd.BS_YEARS)),
        R("Accounts payable and other current liabilities", yrs("bs.ap", hd.BS_YEARS), kind="total", dollar=True),
    ]
    doc.table(None, ["2025", "2024"], ap_rows, groups=[("December 31,", 0, 2)], unit="(in millions)", label_w=100)
    doc.section = "note_aoci"
    doc.heading("14. Accumulated Other Comprehensive Loss", 3)
    aoci_rows = [
        R("Pension and postretirement benefit plans", yrs("aoci.pension", hd.BS_YEARS), dollar=True),
        R("Interest rate hedges", yrs("aoci.hedge", hd.BS_YEARS)),
        R("Accumulated other comprehensive loss", yrs("bs.aoci", hd.BS_YEARS), kind="total", dollar=True),
    ]
    doc.table(None, ["2025", "2024"], aoci_rows, groups=[("December 31,", 0, 2)], unit="(in millions, net of tax)",
              label_w=100)
    doc.section = "note_quarterly"
    doc.heading("15. Quarterly Financial Data (Unaudited)", 3)
    qcols = ["q1", "q2", "q3", "q4", "fy"]
    q_rows = [
        R("Operating revenues", [f"qtr.rev.{c}" for c in qcols], dollar=True),
        R("Operating income", [f"qtr.oi.{c}" for c in qcols]),
        R("Net income", [f"qtr.ni.{c}" for c in qcols], kind="total", dollar=True),
    ]
    doc.table(None, ["First\nQuarter", "Second\nQuarter", "Third\nQuarter", "Fourth\nQuarter", "Full\nYear"],
              q_rows, groups=[("2025", 0, 5)], unit="(in millions)", label_w=50,
              notes=["The fourth quarter of 2025 includes the asset impairment and restructuring charge described in "
                     "Note 3."])


def back_matter(doc: Doc) -> None:
    doc.new_page()
    doc.section = "back"
    doc.heading("Item 9A. Controls and Procedures", 1, anchor="item9a")
    doc.para("Our management, with the participation of our Chief Executive Officer and Chief Financial Officer, "
             "concluded that our disclosure controls and procedures were effective as of December 31, 2025, and that "
             "our internal control over financial reporting was effective based on the criteria in Internal "
             "Control - Integrated Framework (2013). Items 9 and 9B are not applicable; Item 9C is not applicable.")
    doc.heading("PART III", 0, anchor="part3")
    doc.para("Items 10 through 14 are incorporated by reference to our definitive proxy statement for the 2026 annual "
             "meeting of shareholders.")
    doc.heading("PART IV", 0, anchor="part4")
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 1, anchor="item15")
    doc.para("Financial statements are included in Item 8. Exhibits: 3.1 Restated Articles of Incorporation; 3.2 "
             "By-Laws; 4.1 Indenture dated March 4, 2011; 10.1 Revolving Credit Agreement dated June 12, 2025; "
             "21 Subsidiaries; 23 Consent of Marrowby & Tolland LLP; 31 and 32 Certifications; 101 Inline XBRL.")
    doc.heading("Signatures", 1, anchor="signatures")
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on February 18, 2026.")
    doc.para("By: /s/ Oriel T. Vandermeer - President and Chief Executive Officer\n"
             "By: /s/ Cassia L. Brandwyn - Executive Vice President and Chief Financial Officer\n"
             "By: /s/ Dorian P. Hask - Vice President and Controller (Principal Accounting Officer)", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str]) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} 2025 Form 10-K")
    doc.add_page()
    cover(doc)
    doc.add_page()
    doc.section = "toc"
    doc.heading("TABLE OF CONTENTS", 0)
    doc.toc(TOC, toc_labels)
    business(doc)
    part2_start(doc)
    mda(doc)
    statements(doc)
    notes(doc)
    back_matter(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = hd.build()
    doc = render_twice(lambda labels: render(values, labels))
    return bytes(doc.output()), doc
