"""Render the Senvarra Health Systems, Inc. fiscal 2025 Form 10-K.

House style: DejaVu Serif text with DejaVu Serif Condensed tables, "lined" tables (heavy rule over the header,
hairline under every row), mixed-case centred statement titles, "$" attached to the amount on the first and total
rows with negatives as $(36.4), an em dash for zero, "(In millions, except per share amounts)", a teal accent with a
rule under level-one headings, a roman-numbered contents page, arabic body pages and F-pages for the financial
statements, a dotted-leader table of contents and "(continued)" on carried-over tables.
"""

from __future__ import annotations

from decimal import Decimal

import senvarra_data as sd
from pdf_layout import Doc, Row, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Senvarra Health Systems, Inc."
DOC_NAME = "SENVARRA_2025_10K"
MILLIONS_PS = "(In millions, except per share amounts)"
MIL = "(In millions)"
YEAR_GROUP = [("Years Ended December 31,", 0, 3)]
BS_GROUP = [("December 31,", 0, 2)]
TEAL = (0, 84, 90)


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    if index == 1:
        return "i"
    f_start = doc.marks.get("F")
    if f_start is not None and index >= f_start:
        return f"F-{index - f_start + 1}"
    return str(index - 1)


def _header(index: int, doc: Doc) -> tuple[str, str] | None:
    if index < 2:
        return None
    f_start = doc.marks.get("F")
    right = "Consolidated Financial Statements" if f_start is not None and index >= f_start else \
        "Annual Report on Form 10-K for Fiscal 2025"
    return "SENVARRA HEALTH SYSTEMS, INC.", right


STYLE = Style(
    body_family="DejaVuSerif",
    body_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf",
                "I": "dejavu/DejaVuSerif-Italic.ttf", "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    table_family="DejaVuSerifCondensed",
    table_files={"": "dejavu/DejaVuSerifCondensed.ttf", "B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSerifCondensed-Italic.ttf", "BI": "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"},
    body_size=9.0,
    table_size=8.0,
    table_mode="lined",
    negative="paren",
    dollar="prefix",
    zero="\u2014",
    page_label=_label,
    header_text=_header,
    footer_text=lambda i, doc: ("", _label(i, doc) or "") if _label(i, doc) else None,
    continued=" (continued)",
    title_align="C",
    unit_align="C",
    title_upper=False,
    toc_leader=True,
    heading_rule=True,
    accent=TEAL,
    hairline=(178, 196, 198),
    margin_l=20, margin_r=20, margin_t=19, margin_b=18,
)

TOC = [
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
    ("Consolidated Statements of Operations", "is", 1),
    ("Consolidated Balance Sheets", "bs", 1),
    ("Consolidated Statements of Cash Flows", "cf", 1),
    ("Consolidated Statements of Equity", "eq", 1),
    ("Notes to Consolidated Financial Statements", "notes", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = sd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 11.5)
    doc.cell(doc.width, 6, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 6, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 9)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.set_draw_color(*TEAL)
    doc._rule(doc.l_margin + 40, doc.l_margin + doc.width - 40, doc.get_y(), 0.5)
    doc.ln(3)
    doc.body("B", 19)
    doc.set_text_color(*TEAL)
    doc.cell(doc.width, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc._rule(doc.l_margin + 40, doc.l_margin + doc.width - 40, doc.get_y() + 1, 0.5)
    doc.set_draw_color(0, 0, 0)
    doc.ln(4)
    doc.para("[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", align="C",
             size=8.6)
    doc.para("For the fiscal year ended December 31, 2025", align="C", style="B", size=8.6)
    doc.para("[ ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             align="C", size=8.6)
    doc.para("Commission file number 001-40388", align="C", size=8.6)
    doc.ln(2)
    doc.body("B", 15)
    doc.cell(doc.width, 8, "SENVARRA HEALTH SYSTEMS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8.2)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(3)
    rows = [
        R("State or other jurisdiction of incorporation or organization", ["=Delaware"]),
        R("I.R.S. Employer Identification No.", ["=87-2046613"]),
        R("Address of principal executive offices", ["=4100 Larkmoor Parkway, Fallowmere, Norravale 40218"]),
        R("Registrant's telephone number, including area code", ["=(629) 555-0142"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=84, size=8.0)
    rows = [R("Common stock, par value $0.01 per share", ["=SNVH", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading\nsymbol",
              "Name of each exchange\non which registered"], rows, label_w=84, size=8.0)
    doc.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
             "Securities Act. Yes [X] No [ ]. Indicate by check mark whether the registrant (1) has filed all "
             "reports required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the "
             "preceding 12 months and (2) has been subject to such filing requirements for the past 90 days. "
             "Yes [X] No [ ]. Large accelerated filer [X]  Accelerated filer [ ]  Non-accelerated filer "
             "[ ]  Smaller reporting company [ ]  Emerging growth company [ ]. Shell company: Yes [ ] "
             "No [X].", size=7.6)
    doc.para("The aggregate market value of the registrant's common stock held by non-affiliates on June 30, 2025, "
             "the last business day of the registrant's most recently completed second fiscal quarter, was "
             "approximately $5.6 billion. As of February 6, 2026, there were 93,041,558 shares of the registrant's "
             "common stock outstanding.", size=7.6)
    doc.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its "
             "2026 annual meeting of stockholders are incorporated by reference into Part III of this report.",
             size=7.6)


def business(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 0, anchor="part1")
    doc.heading("Item 1. Business", 1, anchor="item1")
    doc.heading("Overview", 3)
    doc.para("Senvarra Health Systems, Inc. (together with its subsidiaries, \"Senvarra,\" the \"Company,\" \"we\" "
             "or \"our\") owns and operates general acute-care hospitals and the outpatient facilities that surround "
             "them in mid-sized and suburban communities. At December 31, 2025, we operated "
             "{ops.hospitals.2025:n0} hospitals with {ops.beds_end.2025:n0} licensed beds, together with "
             "{ops.outpatient:n0} outpatient sites, including {ops.ascs:n0} ambulatory surgery centers and "
             "{ops.ed_free:n0} freestanding emergency departments. Our hospitals are organized into three "
             "operating regions \u2014 Coastal, Midland and Summit \u2014 each of which is a reportable segment.")
    doc.para("Our strategy is to be the leading provider of acute and outpatient services in each market we serve. "
             "We invest in service lines with strong community need, such as cardiovascular care, orthopedics, "
             "women's services and behavioral health, and in the physician relationships, nursing workforce and "
             "access points that support them. We seek to add hospitals in markets adjacent to our existing "
             "networks and to divest facilities that do not fit our network model.")
    doc.heading("2025 Portfolio Changes", 3)
    doc.para("On April 1, 2025, we acquired Wrenhollow Regional Medical Center, a {acq.beds:n0}-bed hospital in our "
             "Midland Region, for cash consideration of {acq.cash:d1} million. On September 30, 2025, we sold two "
             "hospitals in the Summit Region with a combined {sale.beds:n0} licensed beds for cash proceeds of "
             "{cf.sale_proceeds.2025:d1} million and recognized a pre-tax gain of {mda.gain_sale:d1} million. "
             "See Note 3 to the consolidated financial statements.")
    doc.heading("Sources of Revenue", 3)
    doc.para("We receive payment for patient services from the federal Medicare program, state Medicaid programs, "
             "managed care plans and commercial insurers, and from patients directly. Medicare pays for inpatient "
             "services principally on a prospective basis under diagnosis-related groups and for outpatient "
             "services under an ambulatory payment classification system. Medicaid programs are administered by the "
             "states, most of which contract with managed care organizations. Our agreements with commercial and "
             "managed care payers generally run for two to four years and provide for per-diem, case-rate or "
             "discount-from-charges payment. The percentage of our net operating revenues from each payer class is "
             "shown in Item 7 under \"Payer Mix.\"")
    doc.para("Medicaid programs in four of our states operate supplemental payment and directed payment programs "
             "funded in part by provider taxes. Net of the related taxes, these programs contributed "
             "{ops.supp_net:d1} million to our 2025 results, compared with {ops.supp_net_24:d1} million in 2024. "
             "Changes to these programs require federal approval and are a recurring source of uncertainty.")
    doc.heading("Hospital and Outpatient Services", 3)
    doc.para("Our hospitals offer emergency, medical-surgical, intensive care, cardiology, orthopedic, oncology, "
             "obstetric and behavioral health services, along with the diagnostic, surgical and rehabilitation "
             "services that support them. Eleven of our hospitals are designated trauma centers and nineteen hold "
             "primary or comprehensive stroke center certification. Around each hospital we operate outpatient "
             "access points \u2014 ambulatory surgery centers, freestanding emergency departments, imaging centers, "
             "urgent care clinics and physician practices \u2014 that extend our reach and feed specialty volume to "
             "the hospital. Outpatient revenues represented approximately {ops.outpatient_pct:p1} of our net "
             "operating revenues in 2025.")
    doc.heading("Competition", 3)
    doc.para("Our hospitals compete with other hospitals, including not-for-profit systems and academic medical "
             "centers, and with physician-owned surgery centers, imaging centers and urgent care operators. "
             "Competition is based on quality, breadth of services, physician and nursing staff, location and "
             "convenience, and the terms of managed care contracts.")
    doc.heading("Regulation", 3)
    doc.para("Our facilities are subject to licensing, certification and accreditation requirements, certificate of "
             "need laws in several states, federal and state fraud and abuse laws, patient privacy rules, and price "
             "transparency requirements. Participation in Medicare and Medicaid requires compliance with conditions "
             "of participation that are monitored through surveys by state agencies and accrediting bodies.")
    doc.heading("Human Capital", 3)
    doc.para("At December 31, 2025, we employed approximately {ops.employees:n0} people, including "
             "{ops.nurses:n0} registered nurses, and our hospitals had approximately {ops.physicians:n0} employed "
             "physicians and advanced practice providers. Approximately 9% of our employees are represented by "
             "labor unions. Nurse recruitment and retention remain our most important workforce priorities; our "
             "reliance on contract labor declined again in 2025.")

    doc.section = "risk"
    doc.heading("Item 1A. Risk Factors", 1, anchor="item1a")
    doc.para("Our business is subject to many risks. The following summary is not exhaustive, and investors should "
             "consider all of the information in this report.", size=8.6)
    risks = [
        "Changes in Medicare and Medicaid payment rates, supplemental payment programs or eligibility rules could "
        "reduce our revenues; Medicaid redeterminations and state budget pressures are a continuing concern.",
        "Our ability to negotiate favorable terms with managed care payers, and payer practices such as denials and "
        "downgrades of inpatient claims, significantly affect our results.",
        "Shortages of nurses and other clinicians could increase salaries, wages and benefits and limit the number "
        "of patients we can treat.",
        "We have substantial indebtedness, $500.0 million of which matures in 2026, and our debt agreements restrict "
        "how we operate our business.",
        "We are exposed to professional liability claims, and our reserves may prove inadequate.",
        "A cyber incident affecting our electronic health record or billing systems could disrupt patient care and "
        "cash collections.",
    ]
    doc.bullets(risks, size=8.6)
    doc.heading("Item 1B. Unresolved Staff Comments", 1, anchor="item1b", keep=16)
    doc.para("None.")
    doc.heading("Item 1C. Cybersecurity", 1, anchor="item1c", keep=20)
    doc.para("Our information security program is overseen by the Audit and Compliance Committee of the Board and "
             "led by our Chief Information Security Officer, who has more than twenty years of healthcare technology "
             "experience. The program includes threat monitoring, third-party risk assessments, annual tabletop "
             "exercises and downtime procedures for clinical systems. We did not identify any cybersecurity incident "
             "in 2025 that materially affected the Company.")


def properties(doc: Doc) -> None:
    doc.section = "properties"
    doc.heading("Item 2. Properties", 1, anchor="item2")
    doc.para("We own substantially all of our hospitals; three hospitals are operated under long-term leases. The "
             "following table summarizes our hospitals by region at December 31, 2025.")
    rows = [R(name, [f"prop.hospitals.{k}", f"prop.beds.{k}"], "n0") for k, name in sd.REGIONS.items()]
    rows.append(R("Total", ["prop.hospitals.total", "prop.beds.total"], "n0", kind="total"))
    doc.table("Hospitals by Region", ["Hospitals", "Licensed Beds*"], rows, label_w=80, col_w=34,
              notes=["* Licensed beds are the number of beds for which a facility holds a license, whether or not the "
                     "beds are staffed."])
    hospitals = [
        ("Saint Orwen Medical Center*", "Coastal", "486", "1964"),
        ("Brackenridge Regional Hospital", "Coastal", "402", "1971"),
        ("Larkmoor Medical Center", "Midland", "368", "1983"),
        ("Tessgrove Community Hospital", "Coastal", "312", "1958"),
        ("Wrenhollow Regional Medical Center", "Midland", "214", "2025"),
        ("Pellham Ridge Medical Center", "Summit", "276", "1979"),
        ("Corriveau Valley Hospital**", "Summit", "248", "1992"),
        ("Ashdown Heart and Vascular Hospital", "Midland", "120", "2008"),
    ]
    rows = [R(name, ["=" + region, "=" + beds, "=" + year]) for name, region, beds, year in hospitals]
    doc.table("Largest Hospitals", ["Region", "Licensed\nBeds", "Year Opened\nor Acquired"], rows, label_w=80,
              col_w=30, notes=["* Includes the patient tower under construction, expected to add 96 beds in 2027.",
                               "** Operated under a long-term lease expiring in 2041."])
    doc.para("Our corporate headquarters in Fallowmere, Norravale, is leased. Our senior secured debt is secured by "
             "liens on substantially all of our hospitals.")
    doc.heading("Item 3. Legal Proceedings", 1, anchor="item3", keep=20)
    doc.para("We are party to claims and lawsuits arising in the ordinary course of business, including professional "
             "liability claims, and to government investigations. See Note 11 to the consolidated financial "
             "statements.")
    doc.heading("Item 4. Mine Safety Disclosures", 1, anchor="item4", keep=16)
    doc.para("Not applicable.")


def part2(doc: Doc) -> None:
    doc.section = "market"
    doc.heading("PART II", 0, anchor="part2")
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 1, anchor="item5")
    doc.para("Our common stock is listed on the New York Stock Exchange under the symbol \"SNVH.\" At February 6, "
             "2026, there were approximately 1,140 holders of record. We declared and paid quarterly cash dividends "
             "totaling ${is.div_ps.2025:n2} per share in 2025 and ${is.div_ps.2024:n2} per share in 2024. In "
             "January 2026 our Board of Directors increased the quarterly dividend to ${dividend.q1_26:n2} per "
             "share.")
    doc.para("In February 2024 our Board authorized the repurchase of up to {rep.authorization:d1} million of our "
             "common stock. During 2025 we repurchased {rep.shares_k.2025:n0} thousand shares for "
             "{rep.cost.2025:d1} million. The following table presents repurchases during the fourth quarter of "
             "2025.")
    doc.section = "repo"
    rows = []
    for m, label in (("oct", "October 1 \u2013 October 31, 2025"), ("nov", "November 1 \u2013 November 30, 2025"),
                     ("dec", "December 1 \u2013 December 31, 2025")):
        rows.append(R(label, [f"rep.shares.{m}", f"rep.price.{m}", f"rep.shares.{m}", f"rep.remaining.{m}"],
                      ["n0", "n2", "n0", "n1"], dollar=True))
    rows.append(R("Total", ["rep.shares.total", "rep.price.avg", "rep.shares.total", None], ["n0", "n2", "n0", "n1"],
                  kind="total", dollar=True))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average\nPrice Paid\n"
              "per Share", "Shares Purchased\nas Part of Publicly\nAnnounced Program", "Dollar Value That\nMay Yet Be "
              "Purchased\n(in millions)\u2020"], rows, label_w=58, size=7.8,
              money=[False, True, False, True],
              notes=["\u2020 Approximate dollar value remaining at the end of each month under the February 2024 "
                     "authorization. In February 2026 the Board authorized an additional {rep.new_auth:d1} million."])
    doc.section = "market"
    doc.heading("Item 6. [Reserved]", 1, anchor="item6", keep=14)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item7")
    doc.para("The following discussion should be read together with our consolidated financial statements and notes "
             "in Item 8. Comparisons of 2024 with 2023 are included in our Annual Report on Form 10-K for 2024.")
    doc.heading("2025 Overview", 3)
    doc.para("Net operating revenues increased {mda.rev_chg:d1} million, or {mda.rev_chg_pct:p1}, to "
             "{is.rev.2025:d1} million, reflecting growth in same-facility volumes, favorable commercial pricing and "
             "the Wrenhollow acquisition, partly offset by the hospitals sold in the third quarter. Net income "
             "attributable to Senvarra common stockholders was {is.ni_attr.2025:d1} million, or "
             "{is.eps_diluted.2025:d2} per diluted share, and Adjusted EBITDA increased {mda.ebitda_chg:d1} million "
             "to {ebitda.total.2025:d1} million. Consolidated admissions rose {mda.adm_chg:p1} and adjusted "
             "admissions rose {mda.adj_adm_chg:p1}.")

    doc.section = "mda_ops"
    doc.heading("Selected Operating Statistics", 3)
    rows = [
        R("Number of hospitals at end of period", yrs("ops.hospitals"), "n0"),
        R("Licensed beds at end of period", yrs("ops.beds_end"), "n0"),
        R("Average licensed beds", yrs("ops.beds_avg"), "n0"),
        R("Admissions", yrs("ops.admissions"), "n0"),
        R("Adjusted admissions (a)", yrs("ops.adj_admissions"), "n0"),
        R("Patient days", yrs("ops.patient_days"), "n0"),
        R("Average length of stay (days) (b)", yrs("ops.alos"), "n1"),
        R("Occupancy rate (c)", yrs("ops.occupancy"), "p1"),
        R("Emergency room visits", yrs("ops.er_visits"), "n0"),
        R("Inpatient surgeries", yrs("ops.surg_in"), "n0"),
        R("Outpatient surgeries", yrs("ops.surg_out"), "n0"),
        R("Net operating revenue per adjusted admission (d)", yrs("ops.rev_per_adj"), "n0", dollar=True),
    ]
    doc.table("Consolidated Operating Statistics", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP, label_w=92,
              notes=["(a) Admissions adjusted for outpatient activity by multiplying admissions by the ratio of gross "
                     "patient revenue to gross inpatient revenue.",
                     "(b) Patient days divided by admissions.",
                     "(c) Patient days divided by the product of average licensed beds and the number of days in the "
                     "year (366 in 2024).",
                     "(d) Net operating revenues divided by adjusted admissions, in dollars."])
    doc.section = "mda_same"
    doc.para("Same-facility information excludes hospitals acquired or sold during either year, so that operating "
             "trends can be compared on a consistent base of {sf.hospitals.2025:n0} hospitals.")
    rows = [
        R("Admissions", ["sf.admissions.2025", "sf.admissions.2024", "sf.chg.admissions"], ["n0", "n0", "p1"]),
        R("Adjusted admissions", ["sf.adj_admissions.2025", "sf.adj_admissions.2024", "sf.chg.adj_admissions"],
          ["n0", "n0", "p1"]),
        R("Patient days", ["sf.patient_days.2025", "sf.patient_days.2024", "sf.chg.patient_days"],
          ["n0", "n0", "p1"]),
        R("Average length of stay (days)", ["sf.alos.2025", "sf.alos.2024", None], ["n1", "n1", "p1"]),
        R("Emergency room visits", ["sf.er_visits.2025", "sf.er_visits.2024", "sf.chg.er_visits"],
          ["n0", "n0", "p1"]),
        R("Surgeries (inpatient and outpatient)", ["sf.surgeries.2025", "sf.surgeries.2024", "sf.chg.surgeries"],
          ["n0", "n0", "p1"]),
        R("Net operating revenues (in millions)", ["sf.revenue.2025", "sf.revenue.2024", "sf.chg.revenue"],
          ["n1", "n1", "p1"], dollar=True),
        R("Net operating revenue per adjusted admission", ["sf.rev_per_adj.2025", "sf.rev_per_adj.2024",
                                                           "sf.chg.rev_per_adj"], ["n0", "n0", "p1"], dollar=True),
    ]
    doc.table("Same-Facility Operating Statistics", ["2025", "2024", "% Change"], rows, label_w=92,
              money=[True, True, False])

    doc.section = "mda_payer"
    doc.heading("Payer Mix", 3)
    doc.para("The following table shows net operating revenues by payer class as a percentage of total net operating "
             "revenues. Medicare and Medicaid include the related managed (Medicare Advantage and Medicaid managed "
             "care) plans.")
    rows = [R(label, yrs(f"mix.{k}"), "p1") for k, label in sd.PAYERS.items()]
    rows.append(R("Total", yrs("mix.total"), "p1", kind="total"))
    doc.table("Net Operating Revenues by Payer", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP, label_w=92,
              unit="(Percent of net operating revenues)")

    doc.section = "mda_results"
    doc.heading("Results of Operations", 3)
    rows = [
        R("Net operating revenues", ["is.rev.2025", "=100.0%", "is.rev.2024", "=100.0%"], ["n1", "p1", "n1", "p1"],
          dollar=True),
        R("Salaries, wages and benefits", ["is.swb.2025", "mda.pct_swb.2025", "is.swb.2024", "mda.pct_swb.2024"],
          ["n1", "p1", "n1", "p1"]),
        R("Supplies", ["is.supplies.2025", "mda.pct_supplies.2025", "is.supplies.2024", "mda.pct_supplies.2024"],
          ["n1", "p1", "n1", "p1"]),
        R("Other operating expenses", ["is.other_opex.2025", "mda.pct_other_opex.2025", "is.other_opex.2024",
                                       "mda.pct_other_opex.2024"], ["n1", "p1", "n1", "p1"]),
        R("Depreciation and amortization", ["is.da.2025", "mda.pct_da.2025", "is.da.2024", "mda.pct_da.2024"],
          ["n1", "p1", "n1", "p1"]),
        R("Income from operations", ["is.op_income.2025", "mda.pct_op_income.2025", "is.op_income.2024",
                                     "mda.pct_op_income.2024"], ["n1", "p1", "n1", "p1"], kind="sub"),
    ]
    doc.table("Summary Results as a Percentage of Revenues", ["2025", "% of\nRevenues", "2024", "% of\nRevenues"],
              rows, unit=MIL, label_w=70, money=[True, False, True, False])
    doc.para("Salaries, wages and benefits per adjusted admission were ${mda.swb_per_adj:n0} in 2025. Premium pay "
             "and contract labor expense declined for the second consecutive year as we filled open nursing "
             "positions. Supplies expense grew more slowly than revenues, reflecting group purchasing savings, "
             "while other operating expenses rose with professional fees for hospital-based physicians. Impairment "
             "and restructuring charges of {is.impair.2025:d1} million related mainly to the closure of an "
             "underused inpatient unit and the write-down of a medical office building.")

    doc.section = "mda_ebitda"
    doc.heading("Adjusted EBITDA (Non-GAAP)", 3)
    doc.para("We use Adjusted EBITDA, a non-GAAP measure, to evaluate our operating performance and that of our "
             "regions. We define Adjusted EBITDA as net income before income taxes, interest expense, net, loss on "
             "extinguishment of debt, depreciation and amortization, impairment and restructuring charges and (gain) "
             "loss on sales of facilities. Adjusted EBITDA is not a substitute for net income or cash flows from "
             "operating activities and may not be comparable with similarly titled measures of other companies.")
    rows = [
        R("Net income attributable to Senvarra common stockholders", yrs("is.ni_attr"), dollar=True),
        R("Net income attributable to noncontrolling interests", yrs("is.nci")),
        R("Provision for income taxes", yrs("is.tax")),
        R("Interest expense, net", yrs("is.interest")),
        R("Loss on extinguishment of debt", yrs("is.extinguish")),
        R("Depreciation and amortization", yrs("is.da")),
        R("Impairment and restructuring charges", yrs("is.impair")),
        R("(Gain) loss on sales of facilities, net", yrs("is.sale")),
        R("Adjusted EBITDA", yrs("ebitda.total"), kind="total", dollar=True),
        R("Adjusted EBITDA margin*", yrs("ebitda.margin"), "p1"),
    ]
    doc.table("Reconciliation of Net Income to Adjusted EBITDA", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP,
              unit=MIL, label_w=92, notes=["* Adjusted EBITDA divided by net operating revenues."])

    doc.section = "mda_regions"
    doc.heading("Regional Results", 3)
    rows = []
    for g, name in sd.REGIONS.items():
        rows.append(R(name, [f"seg.rev.{g}.2025", f"seg.rev.{g}.2024", f"seg.ebitda.{g}.2025", f"seg.ebitda.{g}.2024",
                             f"seg.margin.{g}.2025"], ["n1", "n1", "n1", "n1", "p1"]))
    doc.table("Regional Revenues and Adjusted EBITDA", ["2025", "2024", "2025", "2024", "2025\nMargin"], rows,
              groups=[("Net Operating Revenues", 0, 2), ("Adjusted EBITDA", 2, 2)], unit=MIL, label_w=50)
    doc.para("The Midland Region benefited from a full nine months of Wrenhollow operations and from new cardiac "
             "programs. Summit Region revenues grew despite the divestiture of two hospitals on September 30, 2025. "
             "Corporate and other expenses are not allocated to the regions; see Note 10.")

    doc.section = "liquidity"
    doc.heading("Liquidity and Capital Resources", 3)
    doc.para("Our primary sources of liquidity are cash flows from operations and our $1.0 billion asset-based "
             "revolving credit facility (the \"ABL Facility\"). At December 31, 2025, we had no borrowings under "
             "the ABL Facility and {abl.lc:d1} million of standby letters of credit outstanding, leaving "
             "{abl.available:d1} million of availability. Together with cash and cash equivalents of "
             "{bs.cash.2025:d1} million, total liquidity was {mda.liquidity:d1} million.")
    rows = [
        R("Net cash provided by operating activities", yrs("cf.cfo"), dollar=True),
        R("Net cash used in investing activities", yrs("cf.cfi")),
        R("Net cash used in financing activities", yrs("cf.cff")),
        R("Net decrease in cash and cash equivalents", yrs("cf.change"), kind="total", dollar=True),
    ]
    doc.table("Summary of Cash Flows", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP, unit=MIL, label_w=92)
    doc.para("Capital expenditures were {mda.capex.2025:d1} million in 2025, including a new patient tower at our "
             "largest Coastal Region hospital. We expect 2026 capital expenditures of ${capex.plan_low:n0} million "
             "to ${capex.plan_high:n0} million.")
    doc.para("In May 2025 we issued {debt.new:d1} million of 6.125% senior secured notes due 2033 and used the "
             "proceeds to redeem all {debt.redeemed:d1} million of our 5.625% senior notes due 2027 at a redemption "
             "price that included a call premium of {mda.premium:d1} million. Our 4.875% senior secured notes "
             "mature in June 2026; we intend to refinance them before maturity and may draw on the ABL Facility in "
             "the interim. We were in compliance with all covenants at December 31, 2025.")
    doc.para("In 2025 we returned capital to stockholders through dividends of {div.paid.2025:d1} million and share "
             "repurchases of {rep.cost.2025:d1} million.")
    doc.section = "mda_obligations"
    rows = [
        R("Long-term debt principal", [f"co.debt.{p}" for p in ("total", "y1", "y23", "y45", "after")],
          dollar=True),
        R("Interest on long-term debt (a)", [f"co.interest.{p}" for p in ("total", "y1", "y23", "y45", "after")]),
        R("Operating lease obligations", [f"co.lease.{p}" for p in ("total", "y1", "y23", "y45", "after")]),
        R("Purchase obligations and construction commitments",
          [f"co.purchase.{p}" for p in ("total", "y1", "y23", "y45", "after")]),
        R("Total contractual obligations", [f"co.total.{p}" for p in ("total", "y1", "y23", "y45", "after")],
          kind="total", dollar=True),
    ]
    doc.table("Contractual Obligations at December 31, 2025", ["Total", "2026", "2027\u20132028", "2029\u20132030",
              "Thereafter"], rows, groups=[("Payments Due by Period", 1, 4)], unit=MIL, label_w=62,
              notes=["(a) Interest on the term loan is estimated at the rate in effect at December 31, 2025. "
                     "Professional liability reserves are excluded because the timing of payments is uncertain."])
    doc.section = "liquidity"
    doc.heading("Critical Accounting Estimates", 3)
    doc.para("Revenue and implicit price concessions. We estimate contractual allowances and implicit price "
             "concessions using historical collection experience by payer and aging category; a 1% change in "
             "estimated collections on patient accounts receivable at year-end would change revenues by about "
             "$12 million. Professional liability. Reserves are estimated with the help of independent actuaries "
             "and include claims incurred but not reported; see Note 7.")
    doc.section = "item7a"
    doc.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item7a")
    doc.para("Our exposure to interest rate changes arises primarily from the variable-rate term loan. A 1% change "
             "in interest rates would change annual interest expense by approximately $11.7 million. We have no "
             "material foreign currency exposure.")
    doc.heading("Item 8. Financial Statements and Supplementary Data", 1, anchor="item8", keep=18)
    doc.para("The information required by this item begins on page F-1.")


def back_matter(doc: Doc) -> None:
    doc.section = "back"
    doc.heading("Item 9A. Controls and Procedures", 1, anchor="item9a")
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of December 31, 2025. Management assessed internal control over "
             "financial reporting using the 2013 framework of the Committee of Sponsoring Organizations of the "
             "Treadway Commission and concluded that it was effective. Items 9 and 9B: none. Item 9C: not "
             "applicable.")
    doc.heading("PART III", 0, anchor="part3", keep=18)
    doc.para("Items 10 through 14 are incorporated by reference from our 2026 proxy statement.")
    doc.heading("PART IV", 0, anchor="part4", keep=18)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 1, anchor="item15", keep=18)
    doc.para("Financial statements: see the Index to Consolidated Financial Statements. Exhibits include the "
             "Amended and Restated Certificate of Incorporation (3.1), the indentures governing our senior and senior "
             "secured notes (4.1 through 4.5), the Credit Agreement for the term loan and the ABL Facility (10.1), "
             "subsidiaries (21), the consent of Halberd & Croome LLP (23), certifications (31 and 32) and Inline XBRL "
             "(101).")
    doc.heading("Signatures", 1, anchor="signatures", keep=60)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on February 20, 2026.")
    doc.para("SENVARRA HEALTH SYSTEMS, INC.\nBy: /s/ Lorcan T. Averill, Chairman and Chief Executive Officer\n"
             "By: /s/ Priya N. Staveley, Executive Vice President and Chief Financial Officer\n"
             "By: /s/ Tobias E. Wrenfield, Senior Vice President and Chief Accounting Officer", align="L")


def statements(doc: Doc) -> None:
    doc.marks["F"] = doc.page_no()  # index of the next page: the F-pages start here
    doc.new_page()
    doc.section = "findex"
    doc.heading("Index to Consolidated Financial Statements", 0, anchor="findex")
    doc.section = "auditor"
    doc.heading("Report of Independent Registered Public Accounting Firm", 2, anchor="auditor")
    doc.para("To the Stockholders and Board of Directors of Senvarra Health Systems, Inc. Opinion on the Financial "
             "Statements: We have audited the accompanying consolidated balance sheets of Senvarra Health Systems, "
             "Inc. and subsidiaries as of December 31, 2025 and 2024, the related consolidated statements of "
             "operations, equity and cash flows for each of the three years in the period ended December 31, 2025, "
             "and the related notes. In our opinion, the financial statements present fairly, in all material "
             "respects, the financial position of the Company and the results of its operations and its cash flows "
             "in conformity with U.S. generally accepted accounting principles. Critical audit matter: estimation of "
             "implicit price concessions on patient accounts receivable. /s/ Halberd & Croome LLP, Fallowmere, "
             "Norravale, February 20, 2026. We have served as the Company's auditor since 2016.", size=8.2)
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Net operating revenues", yrs("is.rev"), kind="sub", dollar=True),
        R("Operating expenses:", kind="head"),
        R("Salaries, wages and benefits", yrs("is.swb"), indent=1),
        R("Supplies", yrs("is.supplies"), indent=1),
        R("Other operating expenses", yrs("is.other_opex"), indent=1),
        R("Depreciation and amortization", yrs("is.da"), indent=1),
        R("Impairment and restructuring charges", yrs("is.impair"), indent=1),
        R("(Gain) loss on sales of facilities, net", yrs("is.sale"), indent=1),
        R("Total operating expenses", yrs("is.opex_total"), kind="sub"),
        R("Income from operations", yrs("is.op_income"), bold=True),
        R("Interest expense, net", yrs("is.interest"), indent=1),
        R("Loss on extinguishment of debt", yrs("is.extinguish"), indent=1),
        R("Income before income taxes", yrs("is.pretax"), kind="sub"),
        R("Provision for income taxes", yrs("is.tax"), indent=1),
        R("Net income", yrs("is.ni"), kind="sub"),
        R("Less: net income attributable to noncontrolling interests", yrs("is.nci"), indent=1),
        R("Net income attributable to Senvarra Health Systems, Inc. common stockholders", yrs("is.ni_attr"),
          kind="total", dollar=True),
        R("Earnings per share attributable to Senvarra common stockholders:", kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding (in thousands):", kind="head"),
        R("Basic", yrs("is.shares_basic"), "n0", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n0", indent=1),
        R("Cash dividends declared per share", yrs("is.div_ps"), "n2", dollar=True),
    ]
    doc.table("Consolidated Statements of Operations", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP,
              unit=MILLIONS_PS, label_w=94)

    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    b = sd.BS_YEARS
    v = doc.values
    bs_rows = [
        R("ASSETS", kind="head"),
        R("Current assets:", kind="head"),
        R("Cash and cash equivalents", yrs("bs.cash", b), indent=1, dollar=True),
        R("Patient accounts receivable, net", yrs("bs.ar", b), indent=1),
        R("Supplies", yrs("bs.supplies", b), indent=1),
        R("Prepaid expenses and other current assets", yrs("bs.prepaid", b), indent=1),
        R("Total current assets", yrs("bs.ca_total", b), kind="sub"),
        R("Property and equipment, net (Note 4)", yrs("bs.ppe", b)),
        R("Operating lease right-of-use assets (Note 6)", yrs("bs.rou", b)),
        R("Goodwill", yrs("bs.goodwill", b)),
        R("Other long-term assets", yrs("bs.other_lta", b)),
        R("Total assets", yrs("bs.assets_total", b), kind="total", dollar=True),
        R("", kind="break"),
        R("LIABILITIES AND EQUITY", kind="head"),
        R("Current liabilities:", kind="head"),
        R("Current maturities of long-term debt (Note 5)", yrs("bs.debt_current", b), indent=1, dollar=True),
        R("Accounts payable", yrs("bs.ap", b), indent=1),
        R("Accrued salaries, wages and benefits", yrs("bs.acc_salaries", b), indent=1),
        R("Accrued interest", yrs("bs.acc_interest", b), indent=1),
        R("Current operating lease liabilities", yrs("bs.lease_current", b), indent=1),
        R("Current portion of professional liability reserves (Note 7)", yrs("bs.prof_current", b), indent=1),
        R("Other accrued liabilities", yrs("bs.other_accrued", b), indent=1),
        R("Total current liabilities", yrs("bs.cl_total", b), kind="sub"),
        R("Long-term debt, net (Note 5)", yrs("bs.ltd", b)),
        R("Long-term operating lease liabilities", yrs("bs.lease_noncurrent", b)),
        R("Professional liability reserves, net of current portion", yrs("bs.prof_noncurrent", b)),
        R("Deferred income taxes", yrs("bs.dit", b)),
        R("Other long-term liabilities", yrs("bs.other_ltl", b)),
        R("Total liabilities", yrs("bs.liab_total", b), kind="sub"),
        R("Commitments and contingencies (Note 11)", kind="head"),
        R("Equity:", kind="head"),
        R("Preferred stock, $0.01 par value; 50,000 shares authorized; none issued", ["=\u2014", "=\u2014"],
          indent=1),
        R(f"Common stock, $0.01 par value, and additional paid-in capital; 400,000 shares authorized; "
          f"{v['bs.shares.2025']:,.0f} and {v['bs.shares.2024']:,.0f} shares outstanding", yrs("bs.apic", b),
          indent=1),
        R("Treasury stock, at cost", yrs("bs.treasury", b), indent=1),
        R("Retained earnings", yrs("bs.re", b), indent=1),
        R("Total Senvarra Health Systems, Inc. stockholders' equity", yrs("bs.parent_equity", b), kind="sub",
          indent=1),
        R("Noncontrolling interests", yrs("bs.nci", b), indent=1),
        R("Total equity", yrs("bs.equity", b), kind="sub"),
        R("Total liabilities and equity", yrs("bs.le_total", b), kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", ["2025", "2024"], bs_rows, groups=BS_GROUP,
              unit="(In millions, except share amounts in thousands)", label_w=112)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    cf_rows = [
        R("Cash flows from operating activities:", kind="head"),
        R("Net income", yrs("cf.ni"), indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head", indent=1),
        R("Depreciation and amortization", yrs("cf.da"), indent=2),
        R("Stock-based compensation", yrs("cf.sbc"), indent=2),
        R("Deferred income taxes", yrs("cf.deferred"), indent=2),
        R("Non-cash impairment charges", yrs("cf.impair"), indent=2),
        R("(Gain) loss on sales of facilities, net", yrs("cf.sale"), indent=2),
        R("Loss on extinguishment of debt", yrs("cf.extinguish"), indent=2),
        R("Amortization of debt issuance costs", yrs("cf.debt_amort"), indent=2),
        R("Non-cash operating lease cost", yrs("cf.rou"), indent=2),
        R("Changes in operating assets and liabilities, net of acquisitions and divestitures:", kind="head",
          indent=1),
        R("Patient accounts receivable", yrs("cf.ar"), indent=2),
        R("Supplies", yrs("cf.supplies"), indent=2),
        R("Prepaid expenses and other current assets", yrs("cf.prepaid"), indent=2),
        R("Accounts payable and accrued liabilities", yrs("cf.ap_accrued"), indent=2),
        R("Professional liability reserves", yrs("cf.prof"), indent=2),
        R("Operating lease liabilities", yrs("cf.lease"), indent=2),
        R("Other, net", yrs("cf.other_op"), indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), kind="sub"),
        R("Cash flows from investing activities:", kind="head"),
        R("Purchases of property and equipment", yrs("cf.capex"), indent=1),
        R("Acquisitions of hospitals and other health care businesses", yrs("cf.acquisitions"), indent=1),
        R("Proceeds from sales of facilities", yrs("cf.sale_proceeds"), indent=1),
        R("Other investing activities, net", yrs("cf.other_inv"), indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), kind="sub"),
        R("Cash flows from financing activities:", kind="head"),
        R("Proceeds from issuance of long-term debt", yrs("cf.issued"), indent=1),
        R("Repayments of long-term debt", yrs("cf.repaid"), indent=1),
        R("Debt extinguishment costs", yrs("cf.premium"), indent=1),
        R("Payments of debt issuance costs", yrs("cf.costs"), indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), indent=1),
        R("Dividends paid", yrs("cf.dividends"), indent=1),
        R("Taxes paid on vesting of restricted stock units", yrs("cf.withheld"), indent=1),
        R("Distributions to noncontrolling interests", yrs("cf.nci_dist"), indent=1),
        R("Net cash used in financing activities", yrs("cf.cff"), kind="sub"),
        R("Net decrease in cash and cash equivalents", yrs("cf.change"), bold=True),
        R("Cash and cash equivalents at beginning of year", yrs("cf.begin")),
        R("Cash and cash equivalents at end of year", yrs("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", ["2025", "2024", "2023"], cf_rows, groups=YEAR_GROUP,
              unit=MIL, label_w=100,
              notes=["Supplemental information (2025): interest paid {cf.int_paid.2025:d1} million; income taxes "
                     "paid, net of refunds, {cf.tax_paid.2025:d1} million; property and equipment purchases included "
                     "in accounts payable {cf.capex_accrued.2025:d1} million; right-of-use assets obtained in exchange "
                     "for new operating lease liabilities {cf.new_leases.2025:d1} million."])

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    cols = ["shares", "apic", "treasury", "re", "parent", "nci", "total"]
    fm = ["n0", "n1", "n1", "n1", "n1", "n1", "n1"]
    eq_rows: list[Row] = [R("Balance at December 31, 2022", [f"eq.{c}.2022" for c in cols], fm, bold=True,
                            dollar=True)]
    for y in (2023, 2024, 2025):
        eq_rows += [
            R("Net income", [None, None, None, f"eq.ni.{y}", f"eq.ni.{y}", f"eq.nci_ni.{y}", f"eq.ni_all.{y}"], fm,
              indent=1),
            R(f"Cash dividends declared (${doc.values[f'is.div_ps.{y}']:.2f} per share)",
              [None, None, None, f"eq.div.{y}", f"eq.div.{y}", None, f"eq.div.{y}"], fm, indent=1),
            R("Repurchases of common stock", [f"eq.sh_repo.{y}", None, f"eq.repo.{y}", None, f"eq.repo.{y}", None,
                                              f"eq.repo.{y}"], fm, indent=1),
            R("Stock-based compensation", [None, f"eq.sbc.{y}", None, None, f"eq.sbc.{y}", None, f"eq.sbc.{y}"], fm,
              indent=1),
            R("Vesting of restricted stock units, net of shares withheld for taxes",
              [f"eq.sh_vest.{y}", f"eq.withheld.{y}", None, None, f"eq.withheld.{y}", None, f"eq.withheld.{y}"], fm,
              indent=1),
            R("Distributions to noncontrolling interests", [None, None, None, None, None, f"eq.nci_dist.{y}",
                                                            f"eq.nci_dist.{y}"], fm, indent=1),
            R(f"Balance at December 31, {y}", [f"eq.{c}.{y}" for c in cols], fm, kind="sub", bold=True,
              dollar=(y == 2025)),
        ]
    doc.table("Consolidated Statements of Equity", ["Shares\n(thousands)", "Common\nStock and\nPaid-in\nCapital",
              "Treasury\nStock", "Retained\nEarnings", "Total\nSenvarra\nStockholders'\nEquity",
              "Non-\ncontrolling\nInterests", "Total\nEquity"], eq_rows, unit=MIL, label_w=54, size=7.4,
              money=[False, True, True, True, True, True, True])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes")
    doc.heading("1. Organization and Significant Accounting Policies", 3)
    doc.para("Senvarra Health Systems, Inc. operates general acute-care hospitals and related outpatient facilities. "
             "The consolidated financial statements include all subsidiaries and entities that the Company controls; "
             "noncontrolling interests represent physician and health-system partners' ownership in certain "
             "hospitals and surgery centers. Revenues are recognized as patient services are performed, at amounts "
             "that reflect the consideration to which we expect to be entitled, net of contractual adjustments, "
             "discounts and implicit price concessions. The estimated cost of charity care provided was $94.6 "
             "million in 2025.")
    doc.section = "note_rev"
    doc.heading("2. Revenue", 3, keep=80)
    rows = [R(label, yrs(f"pay.{k}"), indent=1, dollar=(i == 0)) for i, (k, label) in enumerate(sd.PAYERS.items())]
    rows.append(R("Net operating revenues", yrs("pay.total"), kind="total", dollar=True))
    doc.table("Net Operating Revenues by Payer", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP, unit=MIL,
              label_w=92)
    doc.para("Medicare includes Medicare Advantage plans and Medicaid includes Medicaid managed care plans. Other "
             "third-party payers consist of workers' compensation, military health programs and other government "
             "programs. Revenue from self-pay patients is net of uninsured discounts and implicit price concessions.")

    doc.section = "note_acq"
    doc.heading("3. Acquisitions and Divestitures", 3)
    doc.para("Wrenhollow Regional Medical Center was acquired on April 1, 2025 for {acq.cash:d1} million in cash; "
             "the purchase price was allocated {pp.acquired:d1} million to property and equipment and "
             "{gw.acquired:d1} million to goodwill, which is deductible for tax purposes. The two Summit Region "
             "hospitals sold on September 30, 2025 had property and equipment with a carrying amount of "
             "{pp.sold_nbv:d1} million and allocated goodwill of {gw.sold:d1} million; the sale generated proceeds "
             "of {cf.sale_proceeds.2025:d1} million and a gain of {mda.gain_sale:d1} million.")

    doc.section = "note_ppe"
    doc.heading("4. Property and Equipment", 3, keep=80)
    b = sd.BS_YEARS
    rows = [
        R("Land", yrs("pp.land", b), dollar=True),
        R("Buildings and improvements", yrs("pp.buildings", b)),
        R("Equipment", yrs("pp.equipment", b)),
        R("Construction in progress", yrs("pp.cip", b)),
        R("Property and equipment, at cost", yrs("pp.gross", b), kind="sub"),
        R("Accumulated depreciation and amortization", yrs("pp.accum", b)),
        R("Property and equipment, net", yrs("pp.net", b), kind="total", dollar=True),
    ]
    doc.table("Property and Equipment", ["2025", "2024"], rows, groups=BS_GROUP, unit=MIL, label_w=100)
    doc.para("Depreciation and amortization expense, which includes amortization of finance lease assets, was "
             "{is.da.2025:d1} million in 2025. During 2025 we wrote off {pp.retired:d1} million of fully "
             "depreciated equipment and recorded non-cash impairment charges of {pp.impair:d1} million.")

    doc.section = "note_debt"
    doc.heading("5. Long-Term Debt", 3, keep=100)
    rows = [R(label, [f"debt.{k}.2025", f"debt.{k}.2024"], dollar=(i == 0))
            for i, (k, label, *_r) in enumerate(sd.DEBT)]
    rows += [
        R("Total principal amount", yrs("debt.principal", b), kind="sub"),
        R("Unamortized debt issuance costs and discounts", yrs("debt.costs", b)),
        R("Total debt, net carrying amount", yrs("debt.carrying", b), kind="sub"),
        R("Less: current maturities", yrs("debt.less_current", b)),
        R("Long-term debt, net", yrs("debt.lt", b), kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", ["2025", "2024"], rows, groups=BS_GROUP, unit=MIL, label_w=112)
    mat_rows = [R(label, [f"mat.{k}"], dollar=(i == 0)) for i, (k, label) in enumerate((
        ("2026", "2026"), ("2027", "2027"), ("2028", "2028"), ("2029", "2029"), ("2030", "2030"),
        ("after", "Thereafter")))]
    mat_rows.append(R("Total principal", ["mat.total"], kind="total", dollar=True))
    doc.table("Scheduled Principal Maturities at December 31, 2025", ["Principal"], mat_rows, unit=MIL, label_w=100,
              col_w=34)
    doc.para("The term loan bears interest at Term SOFR plus {tlb.margin:p2} and amortizes at 1% per year. The "
             "senior secured notes and the term loan are secured by first-priority liens on substantially all of our "
             "hospitals; the ABL Facility is secured by patient accounts receivable. Our debt agreements limit "
             "additional indebtedness, liens, dividends and share repurchases and require a minimum fixed charge "
             "coverage ratio of 1.0 to 1.0 when ABL availability is below specified levels.")

    doc.section = "note_lease"
    doc.heading("6. Leases", 3, keep=70)
    rows = [
        R("Operating lease cost", yrs("lease.cost_op"), dollar=True),
        R("Variable lease cost", yrs("lease.cost_var")),
        R("Short-term lease cost", yrs("lease.cost_short")),
        R("Total lease cost", yrs("lease.cost_total"), kind="total", dollar=True),
    ]
    doc.table("Components of Lease Cost", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP, unit=MIL, label_w=92)
    rows = [R(label, [f"lease.mat.{k}"], dollar=(i == 0)) for i, (k, label) in enumerate((
        ("2026", "2026"), ("2027", "2027"), ("2028", "2028"), ("2029", "2029"), ("2030", "2030"),
        ("after", "Thereafter")))]
    rows += [
        R("Total undiscounted lease payments", ["lease.mat.total"], kind="sub"),
        R("Less: imputed interest", ["lease.interest"]),
        R("Present value of operating lease liabilities", ["lease.pv"], kind="total", dollar=True),
        R("Current operating lease liabilities", ["lease.current"], indent=1),
        R("Long-term operating lease liabilities", ["lease.noncurrent"], indent=1),
    ]
    doc.table("Maturities of Operating Lease Liabilities at December 31, 2025", ["Amount"], rows, unit=MIL,
              label_w=100, col_w=34)
    doc.para("At December 31, 2025, the weighted-average remaining lease term of our operating leases was "
             "{lease.term:n1} years and the weighted-average discount rate was {lease.rate:p1}. Our leases consist "
             "mainly of medical office buildings, outpatient facilities and equipment.")

    doc.section = "note_prof"
    doc.heading("7. Professional Liability Reserves", 3, keep=100)
    doc.para("We self-insure a substantial portion of our professional and general liability risk and purchase "
             "excess coverage above $15 million per claim. Reserves are discounted at 4.0%. Activity in the "
             "reserves was as follows:")
    rows = [
        R("Reserves at beginning of year", yrs("prof.begin"), dollar=True),
        R("Provision for claims:", kind="head"),
        R("Current year", yrs("prof.prov_cur"), indent=1),
        R("Prior years (favorable) unfavorable development", yrs("prof.prov_prior"), indent=1),
        R("Total provision", yrs("prof.prov_total"), kind="sub", indent=1),
        R("Payments for claims:", kind="head"),
        R("Current year", yrs("prof.paid_cur"), indent=1),
        R("Prior years", yrs("prof.paid_prior"), indent=1),
        R("Total payments", yrs("prof.paid_total"), kind="sub", indent=1),
        R("Reserves at end of year", yrs("prof.end"), kind="total", dollar=True),
    ]
    doc.table("Professional Liability Reserve Activity", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP,
              unit=MIL, label_w=92)
    doc.para("Of the reserves at December 31, 2025, {bs.prof_current.2025:d1} million is classified as current. The "
             "provision for professional liability claims is included in other operating expenses.")

    doc.section = "note_tax"
    doc.heading("8. Income Taxes", 3, keep=70)
    rows = [
        R("Current:", kind="head"),
        R("Federal", yrs("tax.cur_fed"), indent=1, dollar=True),
        R("State", yrs("tax.cur_state"), indent=1),
        R("Deferred:", kind="head"),
        R("Federal", yrs("tax.def_fed"), indent=1),
        R("State", yrs("tax.def_state"), indent=1),
        R("Provision for income taxes", yrs("tax.total"), kind="total", dollar=True),
    ]
    doc.table("Components of the Provision for Income Taxes", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP,
              unit=MIL, label_w=92)
    rows = [
        R("Tax at the federal statutory rate of 21%", yrs("tax.statutory"), dollar=True),
        R("State income taxes, net of federal benefit", yrs("tax.state")),
        R("Income attributable to noncontrolling interests", yrs("tax.nci")),
        R("Nondeductible executive compensation", yrs("tax.comp")),
        R("Tax credits", yrs("tax.credits")),
        R("Other, net", yrs("tax.other")),
        R("Provision for income taxes", yrs("tax.total"), kind="total", dollar=True),
        R("Effective income tax rate", yrs("tax.rate_eff"), "p1"),
    ]
    doc.table("Effective Tax Rate Reconciliation", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP, unit=MIL,
              label_w=92)

    doc.section = "note_eps"
    doc.heading("9. Stockholders' Equity and Earnings per Share", 3, keep=80)
    doc.para("Repurchased shares are held in treasury. Restricted stock units are settled in newly issued shares, "
             "net of shares withheld to cover employee taxes. Basic and diluted earnings per share were computed as "
             "follows:")
    rows = [
        R("Net income attributable to Senvarra common stockholders", yrs("is.ni_attr"), dollar=True),
        R("Weighted-average shares outstanding \u2014 basic (thousands)", yrs("is.shares_basic"), "n0"),
        R("Effect of dilutive restricted stock units and performance shares", yrs("eps.dilutive"), "n0", indent=1),
        R("Weighted-average shares outstanding \u2014 diluted (thousands)", yrs("is.shares_diluted"), "n0",
          kind="sub"),
        R("Basic earnings per share", yrs("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", yrs("is.eps_diluted"), "n2", kind="total", dollar=True),
    ]
    doc.table("Earnings per Share", ["2025", "2024", "2023"], rows, groups=YEAR_GROUP, unit=MILLIONS_PS, label_w=96)

    doc.section = "note_seg"
    doc.heading("10. Segment Information", 3)
    doc.para("Our chief operating decision maker, the Chief Executive Officer, allocates resources and assesses "
             "performance by region using segment Adjusted EBITDA. Corporate and other includes our revenue-cycle "
             "services business, which serves third-party hospitals, and unallocated corporate overhead.")
    seg_rows: list[Row] = []
    cols = list(sd.SEG_COLS) + ["total"]
    for y in sd.YEARS:
        seg_rows += [
            R(str(y), kind="head"),
            R("Net operating revenues", [f"seg.rev.{g}.{y}" for g in cols], indent=1, dollar=True),
            R("Segment Adjusted EBITDA", [f"seg.ebitda.{g}.{y}" for g in cols], indent=1, kind="sub"),
            R("Depreciation and amortization", [f"seg.da.{g}.{y}" for g in cols], indent=1),
            R("Capital expenditures", [f"seg.capex.{g}.{y}" for g in cols], indent=1),
        ]
        if y in sd.BS_YEARS:
            seg_rows.append(R("Total assets at December 31", [f"seg.assets.{g}.{y}" for g in cols], indent=1))
    doc.table("Segment Financial Information", ["Coastal", "Midland", "Summit", "Corporate\nand Other", "Total"],
              seg_rows, unit=MIL, label_w=62, size=7.8)
    rows = [
        R("Total Adjusted EBITDA", yrs("seg.ebitda.total"), dollar=True),
        R("Depreciation and amortization", yrs("rec.da")),
        R("Impairment and restructuring charges", yrs("rec.impair")),
        R("Gain (loss) on sales of facilities, net", yrs("rec.sale")),
        R("Interest expense, net", yrs("rec.interest")),
        R("Loss on extinguishment of debt", yrs("rec.extinguish")),
        R("Income before income taxes", yrs("is.pretax"), kind="total", dollar=True),
    ]
    doc.table("Reconciliation of Adjusted EBITDA to Income Before Income Taxes", ["2025", "2024", "2023"], rows,
              groups=YEAR_GROUP, unit=MIL, label_w=92)

    doc.section = "note_contingencies"
    doc.heading("11. Commitments and Contingencies", 3)
    doc.para("We are subject to claims and suits arising in the ordinary course of business, including claims for "
             "damages for personal injuries, medical malpractice, breach of contract and employment-related matters. "
             "In 2025 a qui tam complaint relating to the medical necessity of certain cardiac procedures at two "
             "Coastal Region hospitals was unsealed; the government declined to intervene, and we intend to defend "
             "the matter vigorously. At December 31, 2025, we had construction commitments of approximately $214 "
             "million, principally for the Coastal Region patient tower.")


def render(values: dict[str, Decimal], toc_labels: dict[str, str]) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} 2025 Form 10-K")
    doc.add_page()
    cover(doc)
    doc.add_page()
    doc.section = "toc"
    doc.heading("TABLE OF CONTENTS", 0)
    doc.toc(TOC, toc_labels, head="Page")
    business(doc)
    properties(doc)
    part2(doc)
    mda(doc)
    back_matter(doc)
    statements(doc)
    notes(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = sd.build()
    doc = render_twice(lambda labels: render(values, labels))
    return bytes(doc.output()), doc
