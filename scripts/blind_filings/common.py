"""Pieces every Form 10-K carries: cover page, table of contents, controls, Part III/IV and signatures.

Company specifics come in through a ``Company`` record; the wording of these sections is, as in real filings,
largely standard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from render import BODY_W, LM, Filing


def rnd(x: float, dec: int = 1) -> float:
    """Round half up (the way an analyst rounds by hand), returning a float."""
    q = Decimal(1).scaleb(-dec)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def pct(x: float, dec: int = 1) -> str:
    return f"{rnd(x * 100, dec):.{dec}f}%"


def usd(x: float, dec: int = 0, unit: str = "million") -> str:
    """$1,388 million style; negative amounts print without sign (prose says 'decreased')."""
    return f"${abs(x):,.{dec}f} {unit}"


def chg(cur: float, prev: float, dec: int = 1) -> str:
    """Absolute percent change, as prose quotes it next to 'increased'/'decreased'."""
    return pct(abs(cur - prev) / abs(prev), dec)


def updown(cur: float, prev: float, up: str = "increased", down: str = "decreased") -> str:
    return up if cur >= prev else down


@dataclass
class Company:
    name: str
    short: str
    doc_name: str
    state: str
    ein: str
    address: str
    city_zip: str
    phone: str
    ticker: str
    exchange: str
    par: str
    file_no: str
    fy_end: str  # "December 31, 2025"
    fy_label: str  # "fiscal year ended December 31, 2025"
    auditor: str
    auditor_city: str
    auditor_since: int
    report_date: str
    sign_date: str
    mv_date: str
    mv_text: str
    shares_date: str
    shares_out: str
    proxy_year: int
    officers: list[tuple[str, str]] = field(default_factory=list)  # (name, title) signing officers
    directors: list[str] = field(default_factory=list)
    wkst: bool = True


def cover(pdf: Filing, c: Company):
    pdf.add_page()
    pdf.set_font("Times", "B", 11)
    for t in ("UNITED STATES", "SECURITIES AND EXCHANGE COMMISSION"):
        pdf.cell(0, 13, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 9.5)
    pdf.cell(0, 12, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Times", "B", 15)
    pdf.cell(0, 18, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "", 8.5)
    pdf.cell(0, 10, "(Mark One)", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 8.5)
    pdf.multi_cell(0, 10.5, "[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 8.5)
    pdf.cell(0, 11, f"For the {c.fy_label}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 11, "OR", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 8.5)
    pdf.multi_cell(0, 10.5, "[  ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF "
                   "1934", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 8.5)
    pdf.cell(0, 11, "For the transition period from ____________ to ____________", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 11, f"Commission File Number: {c.file_no}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Times", "B", 14)
    pdf.cell(0, 17, c.name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 8)
    pdf.cell(0, 10, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    half = BODY_W / 2
    y = pdf.get_y()
    pdf.set_font("Times", "B", 9)
    pdf.set_xy(LM, y)
    pdf.cell(half, 11, c.state, align="C")
    pdf.set_xy(LM + half, y)
    pdf.cell(half, 11, c.ein, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 7.5)
    y = pdf.get_y()
    pdf.set_xy(LM, y)
    pdf.cell(half, 9, "(State or other jurisdiction of incorporation or organization)", align="C")
    pdf.set_xy(LM + half, y)
    pdf.cell(half, 9, "(I.R.S. Employer Identification No.)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "B", 9)
    pdf.cell(0, 11, f"{c.address}, {c.city_zip}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 7.5)
    pdf.cell(0, 9, "(Address of principal executive offices) (Zip Code)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 9)
    pdf.cell(0, 11, c.phone, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 7.5)
    pdf.cell(0, 9, "(Registrant's telephone number, including area code)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Times", "", 8.5)
    pdf.cell(0, 10.5, "Securities registered pursuant to Section 12(b) of the Act:", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.text_table("cover:12b",
                   ["Title of each class", "Trading Symbol(s)", "Name of each exchange on which registered"],
                   [[f"Common Stock, {c.par}", c.ticker, c.exchange]], [190, 90, 188], "LCC", size=8.5, row_h=10.5)
    pdf.set_font("Times", "", 8.5)
    pdf.cell(0, 10.5, "Securities registered pursuant to Section 12(g) of the Act: None", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    yes, no = ("[X]", "[  ]") if c.wkst else ("[  ]", "[X]")
    checks = [
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
        f"Securities Act.  Yes {yes}  No {no}",
        "Indicate by check mark if the registrant is not required to file reports pursuant to Section 13 or Section "
        "15(d) of the Act.  Yes [  ]  No [X]",
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 or "
        "15(d) of the Securities Exchange Act of 1934 during the preceding 12 months (or for such shorter period that "
        "the registrant was required to file such reports), and (2) has been subject to such filing requirements for "
        "the past 90 days.  Yes [X]  No [  ]",
        "Indicate by check mark whether the registrant has submitted electronically every Interactive Data File "
        "required to be submitted pursuant to Rule 405 of Regulation S-T during the preceding 12 months.  "
        "Yes [X]  No [  ]",
        "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, a "
        "non-accelerated filer, a smaller reporting company, or an emerging growth company. See the definitions of "
        "\"large accelerated filer,\" \"accelerated filer,\" \"smaller reporting company,\" and \"emerging growth "
        "company\" in Rule 12b-2 of the Exchange Act.",
        "Large accelerated filer [X]    Accelerated filer [  ]    Non-accelerated filer [  ]    Smaller reporting "
        "company [  ]    Emerging growth company [  ]",
        "Indicate by check mark whether the registrant has filed a report on and attestation to its management's "
        "assessment of the effectiveness of its internal control over financial reporting under Section 404(b) of "
        "the Sarbanes-Oxley Act by the registered public accounting firm that prepared or issued its audit report.  "
        "[X]",
        "Indicate by check mark whether the registrant is a shell company (as defined in Rule 12b-2 of the Act).  "
        "Yes [  ]  No [X]",
        c.mv_text,
        f"As of {c.shares_date}, the registrant had {c.shares_out} shares of common stock outstanding.",
    ]
    for t in checks:
        pdf.multi_cell(0, 10.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.set_font("Times", "B", 8.5)
    pdf.cell(0, 11, "DOCUMENTS INCORPORATED BY REFERENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 8.5)
    pdf.multi_cell(0, 10.2, f"Portions of the registrant's definitive proxy statement for its {c.proxy_year} Annual "
                   "Meeting of Stockholders, to be filed with the Securities and Exchange Commission within 120 days "
                   "after the end of the fiscal year covered by this report, are incorporated by reference into Part "
                   "III of this Annual Report on Form 10-K.", align="J", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == 1, "cover page overflowed"


TOC_ITEMS = [
    ("PART I", None, None),
    ("Item 1.", "Business", "Item 1. Business"),
    ("Item 1A.", "Risk Factors", "Item 1A. Risk Factors"),
    ("Item 1B.", "Unresolved Staff Comments", "Item 1B. Unresolved Staff Comments"),
    ("Item 1C.", "Cybersecurity", "Item 1C. Cybersecurity"),
    ("Item 2.", "Properties", "Item 2. Properties"),
    ("Item 3.", "Legal Proceedings", "Item 3. Legal Proceedings"),
    ("Item 4.", "Mine Safety Disclosures", "Item 4. Mine Safety Disclosures"),
    ("PART II", None, None),
    ("Item 5.", "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
                "Securities", "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer "
                             "Purchases of Equity Securities"),
    ("Item 6.", "[Reserved]", "Item 6. [Reserved]"),
    ("Item 7.", "Management's Discussion and Analysis of Financial Condition and Results of Operations",
     "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
    ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk",
     "Item 7A. Quantitative and Qualitative Disclosures About Market Risk"),
    ("Item 8.", "Financial Statements and Supplementary Data", "Item 8. Financial Statements and Supplementary Data"),
    ("Item 9.", "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure",
     "Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure"),
    ("Item 9A.", "Controls and Procedures", "Item 9A. Controls and Procedures"),
    ("Item 9B.", "Other Information", "Item 9B. Other Information"),
    ("Item 9C.", "Disclosure Regarding Foreign Jurisdictions that Prevent Inspections",
     "Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections"),
    ("PART III", None, None),
    ("Item 10.", "Directors, Executive Officers and Corporate Governance",
     "Item 10. Directors, Executive Officers and Corporate Governance"),
    ("Item 11.", "Executive Compensation", "Item 11. Executive Compensation"),
    ("Item 12.", "Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters",
     "Item 12. Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters"),
    ("Item 13.", "Certain Relationships and Related Transactions, and Director Independence",
     "Item 13. Certain Relationships and Related Transactions, and Director Independence"),
    ("Item 14.", "Principal Accountant Fees and Services", "Item 14. Principal Accountant Fees and Services"),
    ("PART IV", None, None),
    ("Item 15.", "Exhibits and Financial Statement Schedules", "Item 15. Exhibits and Financial Statement Schedules"),
    ("Item 16.", "Form 10-K Summary", "Item 16. Form 10-K Summary"),
    ("", "Signatures", "SIGNATURES"),
]


def toc(pdf: Filing, anchors: dict[str, int]):
    """Table of contents; printed page numbers are the footer numbers (0-based index + 1)."""
    pdf.add_page()
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 14, "TABLE OF CONTENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Times", "B", 9)
    pdf.set_x(LM + BODY_W - 40)
    pdf.cell(40, 11, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
    for item, title, anchor in TOC_ITEMS:
        if title is None:
            pdf.ln(3)
            pdf.set_font("Times", "B", 9.5)
            pdf.cell(0, 13, item, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Times", "", 9.5)
        y = pdf.get_y()
        page = anchors.get(anchor)
        pdf.set_xy(LM, y)
        pdf.cell(54, 12, item, align="L")
        pdf.set_xy(LM + 54, y)
        pdf.multi_cell(BODY_W - 54 - 50, 12, title, align="L", new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_xy(LM + BODY_W - 40, y2 - 12)
        pdf.cell(40, 12, str(page + 1) if page is not None else "", align="R")
        pdf.set_xy(LM, y2 + 1.5)


def forward_looking(c: Company, topics: list[str]) -> str:
    items = "\n".join(f"- {t}" for t in topics)
    return f"""
## CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS

This Annual Report on Form 10-K, including Management's Discussion and Analysis of Financial Condition and Results
of Operations, contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933,
as amended, and Section 21E of the Securities Exchange Act of 1934, as amended (the "Exchange Act"). Forward-looking
statements can be identified by words such as "anticipate," "believe," "continue," "estimate," "expect," "intend,"
"may," "outlook," "plan," "project," "should," "target," "will" and similar expressions, and include statements about
our future financial performance, capital allocation, the timing and benefits of strategic actions, and market
conditions. These statements reflect management's current expectations and are not guarantees of performance.

Actual results could differ materially from those expressed or implied by forward-looking statements because of a
number of factors, including those described under Item 1A. Risk Factors, and the following:

{items}

Forward-looking statements speak only as of the date of this report. Except as required by law, {c.short} undertakes
no obligation to update or revise any forward-looking statement, whether as a result of new information, future
events or otherwise.

!page
"""


ITEM_1B = """
#1 Item 1B. Unresolved Staff Comments

None.
"""

ITEM_4 = """
#1 Item 4. Mine Safety Disclosures

Not applicable.
"""


def auditor_report(c: Company, fs_list: str, cams: list[tuple[str, str, str]], icfr_date: str) -> str:
    cam_text = "\n\n".join(
        f"#### {title}\n\n{desc}\n\nHow we addressed the matter in our audit. {how}" for title, desc, how in cams)
    return f"""
## REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM

To the Stockholders and the Board of Directors of {c.name}

#### Opinion on the Consolidated Financial Statements

We have audited the accompanying consolidated balance sheets of {c.name} and subsidiaries (the "Company") as of
{fs_list}, and the related notes and financial statement schedule (collectively referred to as the "consolidated
financial statements"). In our opinion, the consolidated financial statements present fairly, in all material
respects, the financial position of the Company as of the dates presented and the results of its operations and its
cash flows for each of the years in the three-year period then ended, in conformity with U.S. generally accepted
accounting principles.

We also have audited, in accordance with the standards of the Public Company Accounting Oversight Board (United
States) ("PCAOB"), the Company's internal control over financial reporting as of {icfr_date}, based on criteria
established in Internal Control - Integrated Framework (2013) issued by the Committee of Sponsoring Organizations of
the Treadway Commission, and our report dated {c.report_date} expressed an unqualified opinion on the effectiveness
of the Company's internal control over financial reporting.

#### Basis for Opinion

These consolidated financial statements are the responsibility of the Company's management. Our responsibility is to
express an opinion on these consolidated financial statements based on our audits. We are a public accounting firm
registered with the PCAOB and are required to be independent with respect to the Company in accordance with the U.S.
federal securities laws and the applicable rules and regulations of the Securities and Exchange Commission and the
PCAOB.

We conducted our audits in accordance with the standards of the PCAOB. Those standards require that we plan and
perform the audit to obtain reasonable assurance about whether the consolidated financial statements are free of
material misstatement, whether due to error or fraud. Our audits included performing procedures to assess the risks
of material misstatement of the consolidated financial statements, whether due to error or fraud, and performing
procedures that respond to those risks. Such procedures included examining, on a test basis, evidence regarding the
amounts and disclosures in the consolidated financial statements. Our audits also included evaluating the accounting
principles used and significant estimates made by management, as well as evaluating the overall presentation of the
consolidated financial statements. We believe that our audits provide a reasonable basis for our opinion.

#### Critical Audit Matters

The critical audit matters communicated below are matters arising from the current period audit of the consolidated
financial statements that were communicated or required to be communicated to the audit committee and that (1)
relate to accounts or disclosures that are material to the consolidated financial statements and (2) involved our
especially challenging, subjective, or complex judgments. The communication of critical audit matters does not alter
in any way our opinion on the consolidated financial statements, taken as a whole, and we are not, by communicating
the critical audit matters below, providing separate opinions on the critical audit matters or on the accounts or
disclosures to which they relate.

{cam_text}

/s/ {c.auditor}

We have served as the Company's auditor since {c.auditor_since}.

{c.auditor_city}
{c.report_date}
"""


def icfr_report(c: Company, icfr_date: str, fs_list: str) -> str:
    return f"""
## REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM

To the Stockholders and the Board of Directors of {c.name}

#### Opinion on Internal Control over Financial Reporting

We have audited {c.name} and subsidiaries' (the "Company") internal control over financial reporting as of
{icfr_date}, based on criteria established in Internal Control - Integrated Framework (2013) issued by the Committee
of Sponsoring Organizations of the Treadway Commission ("COSO"). In our opinion, the Company maintained, in all
material respects, effective internal control over financial reporting as of {icfr_date}, based on criteria
established in Internal Control - Integrated Framework (2013) issued by COSO.

We also have audited, in accordance with the standards of the Public Company Accounting Oversight Board (United
States) ("PCAOB"), the consolidated balance sheets of the Company as of {fs_list}, and the related notes and
financial statement schedule, and our report dated {c.report_date} expressed an unqualified opinion on those
consolidated financial statements.

#### Basis for Opinion

The Company's management is responsible for maintaining effective internal control over financial reporting and for
its assessment of the effectiveness of internal control over financial reporting, included in the accompanying
Management's Report on Internal Control over Financial Reporting. Our responsibility is to express an opinion on the
Company's internal control over financial reporting based on our audit. We are a public accounting firm registered
with the PCAOB and are required to be independent with respect to the Company in accordance with the U.S. federal
securities laws and the applicable rules and regulations of the Securities and Exchange Commission and the PCAOB.

We conducted our audit in accordance with the standards of the PCAOB. Those standards require that we plan and
perform the audit to obtain reasonable assurance about whether effective internal control over financial reporting
was maintained in all material respects. Our audit of internal control over financial reporting included obtaining
an understanding of internal control over financial reporting, assessing the risk that a material weakness exists,
and testing and evaluating the design and operating effectiveness of internal control based on the assessed risk.
Our audit also included performing such other procedures as we considered necessary in the circumstances. We believe
that our audit provides a reasonable basis for our opinion.

#### Definition and Limitations of Internal Control over Financial Reporting

A company's internal control over financial reporting is a process designed to provide reasonable assurance
regarding the reliability of financial reporting and the preparation of financial statements for external purposes
in accordance with generally accepted accounting principles. A company's internal control over financial reporting
includes those policies and procedures that (1) pertain to the maintenance of records that, in reasonable detail,
accurately and fairly reflect the transactions and dispositions of the assets of the company; (2) provide reasonable
assurance that transactions are recorded as necessary to permit preparation of financial statements in accordance
with generally accepted accounting principles, and that receipts and expenditures of the company are being made only
in accordance with authorizations of management and directors of the company; and (3) provide reasonable assurance
regarding prevention or timely detection of unauthorized acquisition, use, or disposition of the company's assets
that could have a material effect on the financial statements.

Because of its inherent limitations, internal control over financial reporting may not prevent or detect
misstatements. Also, projections of any evaluation of effectiveness to future periods are subject to the risk that
controls may become inadequate because of changes in conditions, or that the degree of compliance with the policies
or procedures may deteriorate.

/s/ {c.auditor}

{c.auditor_city}
{c.report_date}
"""


def controls(c: Company, icfr_date: str, other_info: str, fs_list: str) -> str:
    return f"""
#1 Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure

None.

#1 Item 9A. Controls and Procedures

## Evaluation of Disclosure Controls and Procedures

Our management, with the participation of our Chief Executive Officer and Chief Financial Officer, evaluated the
effectiveness of our disclosure controls and procedures (as defined in Rules 13a-15(e) and 15d-15(e) under the
Exchange Act) as of the end of the period covered by this report. Based on that evaluation, our Chief Executive
Officer and Chief Financial Officer concluded that our disclosure controls and procedures were effective as of
{icfr_date} to provide reasonable assurance that information required to be disclosed in the reports we file under
the Exchange Act is recorded, processed, summarized and reported within the time periods specified in the SEC's
rules and forms, and is accumulated and communicated to management to allow timely decisions regarding disclosure.

## Management's Report on Internal Control over Financial Reporting

Management is responsible for establishing and maintaining adequate internal control over financial reporting, as
defined in Rule 13a-15(f) under the Exchange Act. Under the supervision of our Chief Executive Officer and Chief
Financial Officer, management assessed the effectiveness of our internal control over financial reporting as of
{icfr_date} using the criteria in Internal Control - Integrated Framework (2013) issued by the Committee of
Sponsoring Organizations of the Treadway Commission. Based on that assessment, management concluded that our internal
control over financial reporting was effective as of {icfr_date}. {c.auditor}, the independent registered public
accounting firm that audited our consolidated financial statements, has issued an attestation report on our internal
control over financial reporting, which follows.

{icfr_report(c, icfr_date, fs_list)}

## Changes in Internal Control over Financial Reporting

There were no changes in our internal control over financial reporting during the fourth quarter of the fiscal year
covered by this report that have materially affected, or are reasonably likely to materially affect, our internal
control over financial reporting.

#1 Item 9B. Other Information

{other_info}

#1 Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections

Not applicable.
"""


def part3(c: Company) -> str:
    return f"""
!page

#P PART III

#1 Item 10. Directors, Executive Officers and Corporate Governance

The information required by this item with respect to our directors, the Audit Committee, the audit committee
financial expert, our code of conduct and our insider trading policy will be set forth in our definitive proxy
statement for the {c.proxy_year} Annual Meeting of Stockholders (the "Proxy Statement") and is incorporated herein by
reference. Information about our executive officers is set forth under "Information About Our Executive Officers" in
Part I, Item 1 of this report. Our Code of Business Conduct applies to all directors, officers and employees,
including our principal executive, financial and accounting officers, and is posted on our investor relations
website. We intend to disclose any amendment to, or waiver from, a provision of the code that applies to those
officers on that website.

#1 Item 11. Executive Compensation

The information required by this item will be set forth under the captions "Executive Compensation," "Compensation
Discussion and Analysis," "Director Compensation" and "Pay Versus Performance" in the Proxy Statement and is
incorporated herein by reference.

#1 Item 12. Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters

The information required by this item will be set forth under the captions "Security Ownership of Certain Beneficial
Owners and Management" and "Equity Compensation Plan Information" in the Proxy Statement and is incorporated herein
by reference.

#1 Item 13. Certain Relationships and Related Transactions, and Director Independence

The information required by this item will be set forth under the captions "Related Person Transactions" and
"Director Independence" in the Proxy Statement and is incorporated herein by reference.

#1 Item 14. Principal Accountant Fees and Services

The information required by this item will be set forth under the caption "Ratification of Appointment of
Independent Registered Public Accounting Firm" in the Proxy Statement and is incorporated herein by reference.
"""


def exhibits(pdf: Filing, c: Company, rows: list[list[str]]):
    pdf.markup("""
!page

#P PART IV

#1 Item 15. Exhibits and Financial Statement Schedules

(a) The following documents are filed as part of this report: (1) the consolidated financial statements listed in
Item 8; (2) Schedule II, Valuation and Qualifying Accounts, which follows the notes in Item 8 (other schedules are
omitted because they are not required, not applicable, or the required information is included in the consolidated
financial statements or notes thereto); and (3) the exhibits listed below.
""")
    pdf.text_table("exhibits", ["Exhibit\nNumber", "Description"], rows, [62, BODY_W - 62], "LL", size=8.5,
                   row_h=10.4, ruled=False)
    pdf.markup("""
* Management contract or compensatory plan or arrangement.

#1 Item 16. Form 10-K Summary

None.
""")


def signatures(pdf: Filing, c: Company):
    pdf.add_page()
    pdf.markup(f"""
#1 SIGNATURES

Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.

{c.name}

By: /s/ {c.officers[0][0]}, {c.officers[0][1]}. Date: {c.sign_date}

Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been signed below by the
following persons on behalf of the registrant and in the capacities and on the dates indicated.
""")
    rows = [[f"/s/ {n}", t, c.sign_date] for n, t in c.officers]
    rows += [[f"/s/ {n}", "Director", c.sign_date] for n in c.directors]
    pdf.text_table("signatures", ["Signature", "Title", "Date"], rows, [170, 200, 98], "LLL", size=9, row_h=11,
                   ruled=False)
