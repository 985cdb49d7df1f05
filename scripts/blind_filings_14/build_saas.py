"""Lays out the Lumenwright, Inc. Form 10-K for fiscal 2026 (condensed sans, shaded header band, zebra rows).
Only formats model values; all figures come from models.saas()."""

from fractions import Fraction as F

from kit import Doc, num, pct, rnd

Y3 = (2026, 2025, 2024)
W3 = [23, 23, 23]
H3 = [[("Fiscal Year Ended January 31,", 3)], [("2026", 1), ("2025", 1), ("2024", 1)]]
HB = [[("As of January 31,", 2)], [("2026", 1), ("2025", 1)]]
W2 = [26, 26]
H2 = [[("Fiscal Year Ended January 31,", 2)], [("2026", 1), ("2025", 1)]]
TOC = [("PART I", None), ("Item 1. Business", "i1"), ("Item 1A. Risk Factors", "i1a"),
       ("Item 1C. Cybersecurity", "i1c"), ("Item 2. Properties", "i2"), ("PART II", None),
       ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases", "i5"),
       ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "i7"),
       ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "i7a"),
       ("Item 8. Financial Statements and Supplementary Data", "i8"), ("Item 9A. Controls and Procedures", "i9a"),
       ("PART III", None), ("Items 10\u201314", "p3"), ("PART IV", None),
       ("Item 15. Exhibits and Financial Statement Schedules", "p4"),
       ("Index to Consolidated Financial Statements", "fs")]


def N(v, places=0):
    return num(v, places)


def D(v, places=0):
    return num(v, places, dollar=True)


def row(label, vals, key=None, kind="plain", indent=0, dollar=False):
    return {"label": label, "vals": [D(v) if dollar else N(v) for v in vals], "key": key, "kind": kind,
            "indent": indent}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def y3(d):
    return [d[y] for y in Y3]


def y2(d):
    return [d[2026], d[2025]]


def mil(v):
    """Thousands -> '$1,234.5 million' for prose."""
    return f"${float(rnd(F(v, 1000), 1)):,.1f} million"


def build(s, toc=None):
    d = Doc("sans", "LUMENWRIGHT, INC.  |  ANNUAL REPORT ON FORM 10-K  |  FISCAL 2026",
            "Lumenwright, Inc. Form 10-K for the fiscal year ended January 31, 2026")
    labs = {}
    b, b0, cf = s["b"][2026], s["b"][2025], s["cf"]

    def mark(k):
        labs[k] = d.labels[-1]

    # ------------------------------------------------------------------ cover
    d.new_page("none")
    d.set_font(d.fam, "B", 12)
    d.multi_cell(0, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549")
    d.ln(3)
    d.set_font(d.fam, "B", 22)
    d.set_text_color(20, 70, 120)
    d.multi_cell(0, 10, "FORM 10-K")
    d.set_text_color(0, 0, 0)
    d.set_font(d.fam, "", 9.5)
    d.multi_cell(0, 5, "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                 "For the fiscal year ended January 31, 2026\n"
                 "[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                 "Commission File Number 001-40517")
    d.ln(5)
    d.set_font(d.fam, "B", 20)
    d.multi_cell(0, 9, "LUMENWRIGHT, INC.")
    d.set_font(d.fam, "", 9.5)
    d.multi_cell(0, 5, "(Exact name of registrant as specified in its charter)\n\nDelaware \u2014 I.R.S. Employer "
                 "Identification No. 84-3317206\n218 Ferrous Landing, Suite 900, Pittsburgh, Pennsylvania 15222\n"
                 "(412) 555-0147\n\nSecurities registered pursuant to Section 12(b) of the Act: Class A Common Stock, "
                 "par value $0.0001 per share \u2014 trading symbol LMWR \u2014 The Nasdaq Global Select Market")
    d.ln(4)
    d.para("Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, a "
           "non-accelerated filer, a smaller reporting company or an emerging growth company: Large accelerated "
           "filer [X]. Indicate by check mark whether the registrant is a shell company: Yes [ ] No [X].")
    d.para("The aggregate market value of the registrant's Class A common stock held by non-affiliates, based on the "
           "closing price on The Nasdaq Global Select Market on July 31, 2025, the last business day of the "
           "registrant's most recently completed second fiscal quarter, was approximately $17.4 billion. As of March "
           "6, 2026, 142,806,517 shares of the registrant's Class A common stock were outstanding.")
    d.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its 2026 "
           "annual meeting of stockholders are incorporated by reference into Part III of this report.")

    # ------------------------------------------------------------------ contents
    d.new_page("none")
    d.set_font(d.fam, "B", 12)
    d.set_text_color(20, 70, 120)
    d.multi_cell(0, 7, "TABLE OF CONTENTS")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None else "", 9)
        d.cell(d.ew - 16, 6, name)
        d.cell(16, 6, (toc or {}).get(k, "") if k else "", align="R")
        d.ln(6)
    d.ln(4)
    d.heading("Note Regarding Fiscal Years and Forward-Looking Statements", 2)
    d.para("Our fiscal year ends on January 31. References to \"fiscal 2026,\" \"fiscal 2025\" and \"fiscal 2024\" "
           "mean the fiscal years ended January 31, 2026, 2025 and 2024, respectively. Unless the context requires "
           "otherwise, \"Lumenwright,\" \"the Company,\" \"we,\" \"us\" and \"our\" mean Lumenwright, Inc. and its "
           "subsidiaries.")
    d.para("This report contains forward-looking statements, including statements about our expected growth, "
           "margins, product plans, capital allocation and the integration of acquired businesses. Words such as "
           "\"expect,\" \"anticipate,\" \"intend,\" \"plan,\" \"believe\" and \"will\" identify such statements. "
           "They rest on assumptions that may prove wrong, and actual results could differ materially for the "
           "reasons described under Item 1A. We undertake no obligation to update them.")

    # ------------------------------------------------------------------ Part I
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I", 0)
    d.heading("Item 1. Business", 1)
    d.heading("Overview", 2)
    d.para("Lumenwright builds cloud software that lets finance and procurement teams run the whole source-to-pay "
           "cycle in one place: intake of purchase requests, supplier onboarding and risk checks, purchase orders, "
           "invoice capture and matching, payments and spend analytics. Our customers range from mid-market "
           "manufacturers and distributors to global enterprises in healthcare, retail and professional services. "
           "We were founded in 2014 by three former supply-chain consultants in Pittsburgh, Pennsylvania, and our "
           "Class A common stock has been listed on The Nasdaq Global Select Market since our initial public "
           "offering in June 2021.")
    d.para("Our platform is multi-tenant and delivered over the internet. A single code line serves every customer, "
           "which lets us release improvements every two weeks without upgrade projects on the customer's side. The "
           "platform is organised into three suites: Lumenwright Procure, for requisitions, catalogues, sourcing "
           "events and contracts; Lumenwright Payables, for invoice automation, three-way matching and supplier "
           "payments; and Lumenwright Insight, our spend-analytics and forecasting product, which we broadened "
           "substantially with the acquisition of Tessaline Analytics Ltd. in June 2025.")
    d.heading("How we generate revenue", 2)
    d.para("We earn subscription revenue from customers who pay for access to our platform, generally under "
           "contracts of one to three years that are invoiced annually in advance. Subscription fees are based on "
           "the suites a customer buys and on volume measures such as the number of invoices processed or the "
           "amount of spend under management. We recognize subscription revenue ratably over the contract term "
           "beginning when the service is made available to the customer.")
    d.para("Professional services revenue comes from implementation, integration with customers' enterprise "
           "resource planning systems, data migration and training. Most professional services are sold on a "
           "time-and-materials basis and are recognized as the services are performed. We price these services "
           "mainly to support subscription adoption rather than as a source of profit, and we increasingly rely on "
           "systems-integrator partners to deliver larger implementations.")
    d.heading("Customers", 2)
    bc = s["big_cust"]
    s_big = (f"As of January 31, 2026, we had {bc[2026]:,} customers with annual recurring revenue of more than "
             f"$100,000, compared with {bc[2025]:,} such customers as of January 31, 2025.")
    d.para(f"As of January 31, 2026, we served approximately {s['customers'][2026]:,} customers in more than 70 "
           "countries, and no single customer accounted for more than 2% of our revenue in any of the last three "
           "fiscal years. " + s_big + " We define a customer as a separate legal entity, or a division of one, that "
           "holds an active subscription contract with us; affiliated entities that buy under a common master "
           "agreement are counted as a single customer.", keys={"p_big": s_big})
    nr = s["nrr"]
    s_nrr = (f"Our dollar-based net revenue retention rate was {nr[2026]}% as of January 31, 2026, compared with "
             f"{nr[2025]}% as of January 31, 2025.")
    d.para("We measure how effectively we expand within our installed base through our dollar-based net revenue "
           "retention rate. We calculate it by taking the annual recurring revenue at the end of a period from the "
           "customers who were customers twelve months earlier and dividing it by the annual recurring revenue from "
           "those same customers at the start of that twelve-month period; the result reflects upsell, cross-sell, "
           "price changes, contraction and churn. " + s_nrr + " The decline reflects more cautious seat and volume "
           "expansion at mid-market customers in the first half of fiscal 2026.", keys={"p_nrr": s_nrr})
    d.heading("Sales and marketing", 2)
    d.para("We sell through a direct field sales organisation organised by region and customer size, supported by "
           "an inside sales team for smaller accounts and by referral relationships with accounting firms and "
           "systems integrators. Our marketing programmes include our annual Spend Summit user conference, "
           "regional customer forums, digital campaigns and a community of more than 40,000 registered platform "
           "users who share templates and workflows.")
    d.heading("Research and development", 2)
    d.para("Our engineering organisation is distributed across Pittsburgh, Toronto, Krakow and, following the "
           "Tessaline acquisition, Leeds in the United Kingdom. Current priorities include machine-learning models "
           "that read and code invoices, supplier-risk scoring, and natural-language search over contracts and "
           "spend data.")
    d.heading("Human capital", 2)
    s_emp = f"As of January 31, 2026, we had {s['employees'][2026]:,} full-time employees"
    d.para(s_emp + f", compared with {s['employees'][2025]:,} a year earlier, of whom approximately 38% were located "
           "outside the United States. None of our U.S. employees is represented by a labour union; employees in "
           "Poland are covered by a works council. We run an annual engagement survey and publish its results to "
           "all employees.", keys={"p_emp": s_emp})
    d.heading("Competition and intellectual property", 2)
    d.para("The market for spend-management software is fragmented and changing quickly. We compete with the "
           "procurement and payables modules of large enterprise resource planning vendors, with other independent "
           "cloud vendors, and with manual processes and spreadsheets. We believe we compete favourably on ease of "
           "use, breadth of the platform, speed of implementation and supplier-network reach. We rely on trade "
           "secrets, copyrights, trademarks and 23 issued U.S. patents to protect our technology.")

    mark("i1a")
    d.heading("Item 1A. Risk Factors", 1)
    d.para("Investing in our Class A common stock involves risk. The risks below are those we consider material; "
           "any of them could harm our business, results of operations and financial condition and cause the "
           "trading price of our stock to fall.")
    for head, body in (
            ("Our growth may continue to slow.", "Revenue growth has moderated as our revenue base has grown, and "
             "our net revenue retention rate declined in fiscal 2026. If we cannot add new customers and expand "
             "within existing ones at the rates we expect, our results will suffer."),
            ("We have a history of losses.", "We reported net losses in several past fiscal years and have an "
             "accumulated deficit. Stock-based compensation and continued investment in sales and engineering may "
             "keep our GAAP profitability modest or cause us to record losses again."),
            ("Economic conditions affect purchasing decisions.", "Customers may delay or shrink software purchases "
             "when budgets tighten, and volume-based pricing means that lower invoice or spend volumes at customers "
             "can reduce renewals."),
            ("Security incidents could damage our reputation.", "Our platform stores sensitive supplier banking and "
             "payment data. A breach, a fraudulent payment instruction routed through our platform or a prolonged "
             "outage could lead to claims, regulatory penalties and the loss of customers."),
            ("We depend on third-party cloud providers.", "We host the platform with two public cloud providers. "
             "Interruptions in their service, or material increases in their prices, would affect our availability "
             "and our gross margin."),
            ("Acquisitions may not deliver the expected benefits.", "Integrating Tessaline and any future "
             "acquisitions requires management attention, may disrupt our roadmap and could result in impairment of "
             "goodwill or intangible assets."),
            ("Artificial-intelligence features bring new risks.", "Features that use machine learning may produce "
             "inaccurate results, and evolving regulation of such features in the European Union and elsewhere may "
             "increase our costs."),
            ("International operations expose us to additional risks.", "Sales outside the United States expose us "
             "to currency fluctuations, data-localisation requirements, sanctions and tax rules that differ from "
             "our home market."),
            ("Our convertible notes could dilute stockholders.", "Conversion of our 0.25% convertible senior notes "
             "due 2028 could dilute existing stockholders, and we may need cash to settle the principal at "
             "maturity."),
            ("The trading price of our stock may be volatile.", "Our share price may fluctuate widely in response to "
             "quarterly results, changes in guidance, analyst coverage and movements in software valuations "
             "generally.")):
        d.para(head + " " + body, align="L")
    d.heading("Item 1B. Unresolved Staff Comments", 1)
    d.para("None.")
    mark("i1c")
    d.heading("Item 1C. Cybersecurity", 1)
    d.para("Our information security programme is aligned to ISO/IEC 27001 and is certified annually by an external "
           "auditor; we also obtain SOC 1 and SOC 2 Type II reports covering the platform. The programme is led by "
           "our Chief Information Security Officer, who joined us in 2022 after fifteen years in security roles at "
           "financial institutions and reports to our Chief Technology Officer. The Audit Committee of our Board "
           "oversees cybersecurity risk and receives a briefing at each regular meeting. We assess the security of "
           "significant vendors before engaging them and annually thereafter. In fiscal 2026 we did not identify "
           "any cybersecurity incident that materially affected, or is reasonably likely to materially affect, "
           "our business strategy, results of operations or financial condition.")
    mark("i2")
    d.heading("Item 2. Properties", 1)
    d.para("Our corporate headquarters in Pittsburgh, Pennsylvania occupies approximately 164,000 square feet under "
           "a lease that expires in 2033. We also lease offices in Toronto, Canada; Krakow, Poland; Leeds, United "
           "Kingdom; Austin, Texas; and Singapore. We do not own any real property and believe our facilities are "
           "adequate for our current needs.")
    d.heading("Item 3. Legal Proceedings", 1)
    d.para("From time to time we are party to litigation and claims arising in the ordinary course of business. We "
           "are not currently party to any proceeding that we believe is likely to have a material adverse effect "
           "on our business.")
    d.heading("Item 4. Mine Safety Disclosures", 1)
    d.para("Not applicable.")

    # ------------------------------------------------------------------ Part II
    d.new_page()
    mark("i5")
    d.heading("PART II", 0)
    d.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
              "Equity Securities", 1)
    d.para("Our Class A common stock trades on The Nasdaq Global Select Market under the symbol \"LMWR.\" As of "
           "March 6, 2026, there were 187 holders of record; the actual number of stockholders is greater because "
           "most shares are held in street name. We have never declared or paid cash dividends and do not expect "
           "to do so in the foreseeable future.")
    s_auth = ("On March 11, 2025, our Board of Directors authorized a program to repurchase up to $400 million of "
              "our Class A common stock, with no fixed expiration date.")
    d.para(s_auth + " Repurchases may be made in the open market, in privately negotiated transactions or under "
           "Rule 10b5-1 trading plans, and the program may be suspended at any time. The following table shows "
           "repurchases during the three months ended January 31, 2026.", keys={"p_auth": s_auth})
    rows = []
    for i, (per, n, cents) in enumerate(s["rep_q4"]):
        rows.append(txt(per, [f"{n:,}", f"${cents / 100:,.2f}", f"{n:,}",
                              f"${int(rnd(s['rep_rem'][i] / 1000)):,}"], f"rep{i}"))
    rows.append(txt("Total", [f"{s['rep_q4_total']:,}", "", f"{s['rep_q4_total']:,}", ""], "rep_tot", "total"))
    d.table("Issuer Purchases of Equity Securities", [24, 24, 33, 38],
            [[("Total number", 1), ("Average", 1), ("Shares purchased as", 1), ("Approximate dollar value", 1)],
             [("of shares", 1), ("price paid", 1), ("part of publicly", 1), ("of shares that may yet", 1)],
             [("purchased", 1), ("per share (1)", 1), ("announced program", 1), ("be purchased (thousands)", 1)]],
            rows, foot=["(1) Average price paid per share excludes broker commissions and excise tax."])
    d.heading("Item 6. [Reserved]", 1)

    mark("i7")
    d.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.para("The following discussion should be read together with our consolidated financial statements and related "
           "notes beginning on page F-1. A comparison of fiscal 2025 with fiscal 2024 appears in our Annual Report "
           "on Form 10-K for fiscal 2025 and is repeated here only where it helps explain trends.")
    d.heading("Fiscal 2026 in brief", 2)
    gr = F(s["rev"][2026] - s["rev"][2025], s["rev"][2025])
    d.para(f"Total revenue was {mil(s['rev'][2026])}, up {pct(gr)} from fiscal 2025, and subscription revenue "
           f"reached {mil(s['sub'][2026])}. We recorded GAAP operating income of {mil(s['oi'][2026])} compared with "
           f"an operating loss of {mil(-s['oi'][2025])} a year earlier, the first full year of GAAP operating "
           "profit in our history. We acquired Tessaline Analytics Ltd., a Leeds-based developer of spend "
           "forecasting software, and in March 2025 began our first share repurchase program.")
    d.heading("Key business metrics", 2)
    ar = s["arr"]
    s_arr = (f"Annual recurring revenue was {mil(ar[2026])} as of January 31, 2026, compared with {mil(ar[2025])} "
             "as of January 31, 2025.")
    d.para("We define annual recurring revenue (ARR) as the annualized value of subscription contracts in effect "
           "at the end of a period, excluding professional services and usage in excess of contracted minimums. "
           "ARR is an operating metric, is not a forecast of revenue and may differ from subscription revenue "
           "recognized under GAAP. " + s_arr + " ARR acquired with Tessaline at the closing date was approximately "
           "$19 million.", keys={"p_arr": s_arr})
    rpo = s["rpo"][2026]
    s_rpo = (f"As of January 31, 2026, remaining performance obligations were {mil(rpo)}, of which we expect to "
             f"recognize {mil(s['rpo_cur'][2026])} as revenue over the next twelve months and the remainder "
             "thereafter.")
    d.para("Remaining performance obligations (RPO) represent contracted revenue that has not yet been recognized, "
           "including deferred revenue and non-cancelable amounts that will be invoiced in future periods. " + s_rpo
           + " RPO fluctuates with the timing of multi-year renewals and is not necessarily indicative of future "
           "revenue growth.", keys={"p_rpo": s_rpo})
    d.heading("Results of operations", 2)
    rows = []
    for k, lab in (("sub", "Subscription"), ("ps", "Professional services"), ("rev", "Total revenue")):
        a, b_ = s[k][2026], s[k][2025]
        tot = k == "rev"
        rows.append(txt(lab, [D(a) if k != "ps" else N(a), D(b_) if k != "ps" else N(b_),
                              D(a - b_) if k != "ps" else N(a - b_), pct(F(a - b_, b_))], f"mr_{k}",
                        "total" if tot else "plain"))
    d.table("Revenue by type", [25, 25, 23, 18],
            [[("Fiscal Year Ended", 2), ("Change", 2)], [("January 31,", 2), ("", 2)],
             [("2026", 1), ("2025", 1), ("$", 1), ("%", 1)]], rows, scale="(dollars in thousands)")
    d.para("Subscription revenue grew on new customers, which contributed roughly two-fifths of the increase, and on "
           "expansion within existing customers, which contributed the rest. Tessaline contributed subscription "
           "revenue of approximately $11 million from its acquisition date. Professional services revenue grew "
           "modestly because partners delivered a larger share of implementations.")
    rows = [row("United States", y3(s["us_rev"]), "geo_us", dollar=True),
            row("International", y3(s["intl_rev"]), "geo_intl"),
            row("Total revenue", y3(s["rev"]), "geo_tot", "total", dollar=True)]
    d.table("Revenue by geography", W3, H3, rows, scale="(in thousands)",
            foot=["Revenue by geography is based on the billing address of the customer."])
    rows = [row("Subscription", y3(s["gp_sub"]), "mg_sub", dollar=True),
            row("Professional services", y3(s["gp_ps"]), "mg_ps"),
            row("Total gross profit", y3(s["gp"]), "mg_tot", "total", dollar=True)]
    d.table("Gross profit", W3, H3, rows, scale="(in thousands)")
    d.para("Subscription gross profit increased on higher revenue and improved hosting efficiency after we "
           "completed the migration of our European tenants to a single cloud region, partly offset by "
           "amortization of developed technology acquired with Tessaline. Professional services remained close to "
           "breakeven, consistent with our pricing approach.")
    rows = []
    for k, lab in (("rd", "Research and development"), ("sm", "Sales and marketing"),
                   ("ga", "General and administrative")):
        rows.append(txt(lab, [D(s[k][2026]) if k == "rd" else N(s[k][2026]), pct(F(s[k][2026], s["rev"][2026])),
                              D(s[k][2025]) if k == "rd" else N(s[k][2025]), pct(F(s[k][2025], s["rev"][2025]))],
                        f"mo_{k}"))
    rows.append(txt("Total operating expenses", [D(s["opex"][2026]), pct(F(s["opex"][2026], s["rev"][2026])),
                                                 D(s["opex"][2025]), pct(F(s["opex"][2025], s["rev"][2025]))],
                    "mo_tot", "total"))
    d.table("Operating expenses", [25, 17, 25, 17],
            [[("Fiscal 2026", 2), ("Fiscal 2025", 2)], [("Amount", 1), ("% of rev.", 1), ("Amount", 1),
                                                        ("% of rev.", 1)]], rows, scale="(dollars in thousands)")
    d.para("Sales and marketing expense grew more slowly than revenue as sales productivity improved and amortization "
           "of deferred contract costs rose in line with prior-year bookings. Research and development expense "
           "increased mainly from headcount added in Krakow and Leeds. General and administrative expense included "
           f"acquisition-related costs of {mil(s['acq_costs'][2026])} for the Tessaline transaction.")
    s_int = (f"Interest income increased to {mil(s['int_inc'][2026])} from {mil(s['int_inc'][2025])} on higher "
             "average balances of cash equivalents and marketable securities.")
    d.para(s_int + f" Our provision for income taxes was {mil(s['tax'][2026])}, consisting mainly of foreign and "
           "state taxes; we continue to maintain a full valuation allowance against our U.S. federal and most "
           "state deferred tax assets.", keys={"p_int": s_int})
    d.heading("Non-GAAP financial measures", 2)
    d.para("We supplement our GAAP results with non-GAAP gross profit, non-GAAP operating income and free cash flow. "
           "Non-GAAP gross profit and non-GAAP operating income exclude stock-based compensation expense, "
           "amortization of acquired intangible assets and acquisition-related costs. Free cash flow is net cash "
           "provided by operating activities less purchases of property and equipment and capitalized "
           "internal-use software costs. These measures have limitations and should not be considered in isolation "
           "from, or as substitutes for, GAAP measures.")
    ng = [row("GAAP gross profit", y3(s["gp"]), "ng_gp", dollar=True),
          row("Stock-based compensation expense", y3(s["sbc_cos"]), "ng_sbc_cos", indent=1),
          row("Amortization of acquired intangible assets", y3(s["amort_cos"]), "ng_am_cos", indent=1),
          row("Non-GAAP gross profit", y3(s["ng_gp"]), "ng_ngp", "total", dollar=True),
          row("GAAP operating income (loss)", y3(s["oi"]), "ng_oi", dollar=True),
          row("Stock-based compensation expense", y3(s["sbc"]), "ng_sbc", indent=1),
          row("Amortization of acquired intangible assets", y3(s["amort"]), "ng_am", indent=1),
          row("Acquisition-related costs", y3(s["acq_costs"]), "ng_acq", indent=1),
          row("Non-GAAP operating income", y3(s["ng_oi"]), "ng_noi", "total", dollar=True),
          txt("Non-GAAP operating margin", [pct(F(s["ng_oi"][y], s["rev"][y])) for y in Y3], "ng_margin")]
    d.table("Reconciliation of GAAP to non-GAAP measures", W3, H3, ng, scale="(in thousands, except percentages)")
    rows = [row("Net cash provided by operating activities", y3(s["ocf"]), "fc_ocf", dollar=True),
            row("Purchases of property and equipment", [cf[y]["capex"] for y in Y3], "fc_capex", indent=1),
            row("Capitalized internal-use software costs", [cf[y]["capsw"] for y in Y3], "fc_capsw", indent=1),
            row("Free cash flow", y3(s["fcf"]), "fc_fcf", "total", dollar=True)]
    d.table("Free cash flow", W3, H3, rows, scale="(in thousands)")
    mark("liq")
    d.heading("Liquidity and capital resources", 2)
    s_cash = (f"As of January 31, 2026, we had cash and cash equivalents of {mil(b['cash'])} and marketable "
              f"securities of {mil(b['mkt'])}.")
    d.para(s_cash + " Our marketable securities consist of U.S. Treasury and agency securities, commercial paper "
           "and investment-grade corporate bonds with maturities of up to three years. We believe existing cash, "
           "marketable securities and cash generated from operations will be sufficient to meet our needs for at "
           "least the next twelve months.", keys={"p_cash": s_cash})
    s_rev = (f"In September 2024 we entered into a five-year senior secured revolving credit facility with "
             f"commitments of {mil(s['rev_cap'])}. No borrowings were outstanding under the facility as of January "
             f"31, 2026 or 2025; letters of credit of {mil(s['rev_loc'])} issued under the facility to support "
             "office leases were outstanding as of January 31, 2026 and reduce the amount we may borrow.")
    d.para(s_rev + " Borrowings would bear interest at SOFR plus a margin of 1.25% to 1.75%, and the facility "
           "requires us to maintain minimum liquidity of $250 million.", keys={"p_rev": s_rev})
    d.para(f"In April 2021 we issued {mil(s['conv_principal'])} aggregate principal amount of 0.25% convertible "
           "senior notes due April 15, 2028. The notes are convertible at the holder's option under specified "
           "conditions at an initial conversion rate of 6.1473 shares per $1,000 principal amount, and we may settle "
           "conversions in cash, shares or a combination. No notes had been converted as of January 31, 2026.")
    rows = [row("Net cash provided by operating activities", y3(s["ocf"]), "ls_ocf", dollar=True),
            row("Net cash used in investing activities", [cf[y]["icf"] for y in Y3], "ls_icf"),
            row("Net cash provided by (used in) financing activities", [cf[y]["fcf_fin"] for y in Y3], "ls_fin"),
            row("Effect of exchange rate changes", [cf[y]["fx"] for y in Y3], "ls_fx"),
            row("Net increase (decrease) in cash and cash equivalents", [cf[y]["net"] for y in Y3], "ls_net",
                "total", dollar=True)]
    d.table("Summary of cash flows", W3, H3, rows, scale="(in thousands)")
    d.para("Operating cash flow increased on higher collections from subscription billings and improved operating "
           "results, partly offset by higher sales commissions capitalized as deferred contract costs. Investing "
           "activities in fiscal 2026 included the Tessaline acquisition and net purchases of marketable "
           "securities. Financing activities reflected share repurchases, partly offset by proceeds from our "
           "employee stock purchase plan and option exercises.")
    d.heading("Critical accounting estimates", 2)
    d.para("Revenue recognition: judgment is needed to identify distinct performance obligations and to allocate "
           "the transaction price when contracts include subscriptions and professional services. Deferred contract "
           "costs: we amortize sales commissions on new contracts over an estimated period of benefit of four years, "
           "which considers expected renewals and the life of our technology. Business combinations: we estimate "
           "the fair values of acquired intangible assets using forecasts of revenue, customer attrition and "
           "technology obsolescence, which are inherently uncertain.")
    mark("i7a")
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1)
    d.para("Interest rate risk. Our cash equivalents and marketable securities are sensitive to changes in interest "
           "rates. A hypothetical 100 basis point increase in rates would have reduced the fair value of our "
           "marketable securities by approximately $9 million as of January 31, 2026. Our convertible notes bear a "
           "fixed rate and do not expose us to interest-rate changes.")
    d.para("Foreign currency risk. Most of our revenue is denominated in U.S. dollars, but we bill some customers in "
           "euros, pounds sterling and Canadian dollars and pay employees in those currencies and in Polish zloty. "
           "A hypothetical 10% change in exchange rates would not have had a material effect on our results for "
           "fiscal 2026. We do not currently hedge.")
    mark("i8")
    d.heading("Item 8. Financial Statements and Supplementary Data", 1)
    d.para("Our consolidated financial statements, the notes to them and the report of our independent registered "
           "public accounting firm are included in this report beginning on page F-1.")
    d.heading("Item 9. Changes in and Disagreements With Accountants on Accounting and Financial Disclosure", 1)
    d.para("None.")
    mark("i9a")
    d.heading("Item 9A. Controls and Procedures", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer evaluated our disclosure controls and procedures "
           "as of January 31, 2026 and concluded that they were effective at the reasonable assurance level. "
           "Management assessed internal control over financial reporting as of January 31, 2026 using the criteria "
           "of the 2013 Internal Control \u2014 Integrated Framework issued by COSO and concluded that it was "
           "effective. As permitted, management excluded Tessaline Analytics Ltd., acquired on June 9, 2025, from "
           "its assessment; Tessaline represented less than 2% of our total revenue for fiscal 2026. There was no "
           "change in internal control during the fourth quarter of fiscal 2026 that materially affected it.")
    d.heading("Item 9B. Other Information", 1)
    d.para("During the three months ended January 31, 2026, none of our directors or officers adopted or terminated "
           "a Rule 10b5-1 trading arrangement or a non-Rule 10b5-1 trading arrangement.")
    d.heading("Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections", 1)
    d.para("Not applicable.")
    mark("p3")
    d.heading("PART III", 0)
    d.para("The information required by Items 10 (Directors, Executive Officers and Corporate Governance), 11 "
           "(Executive Compensation), 12 (Security Ownership), 13 (Certain Relationships and Related Transactions, "
           "and Director Independence) and 14 (Principal Accountant Fees and Services) is incorporated by reference "
           "to our proxy statement for the 2026 annual meeting of stockholders, to be filed within 120 days after "
           "January 31, 2026.")
    mark("p4")
    d.heading("PART IV", 0)
    d.heading("Item 15. Exhibits and Financial Statement Schedules", 2)
    d.para("Financial statements: see the Index to Consolidated Financial Statements on page F-1. Schedules are "
           "omitted because they are not required or the information is presented in the financial statements or "
           "notes. Exhibits: 3.1 Amended and Restated Certificate of Incorporation; 3.2 Amended and Restated Bylaws; "
           "4.1 Indenture for the 0.25% Convertible Senior Notes due 2028; 10.1 Credit Agreement dated September 18, "
           "2024; 10.2 2021 Equity Incentive Plan; 21.1 Subsidiaries; 23.1 Consent of Independent Registered Public "
           "Accounting Firm; 31.1, 31.2 and 32.1 Certifications; 97.1 Compensation Recovery Policy; 101 Inline XBRL.")
    d.heading("Item 16. Form 10-K Summary", 2)
    d.para("None.")
    d.para("SIGNATURES \u2014 Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of "
           "1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, "
           "thereunto duly authorized. LUMENWRIGHT, INC. By: /s/ Corentin A. Mabry, Chief Executive Officer and "
           "Director. By: /s/ Ifeoma R. Lindqvist, Chief Financial Officer (Principal Financial Officer). Date: "
           "March 18, 2026.")

    # ------------------------------------------------------------------ financial statements
    d.new_page("F")
    mark("fs")
    d.heading("INDEX TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    d.para("Report of Independent Registered Public Accounting Firm; Consolidated Statements of Operations; "
           "Consolidated Statements of Comprehensive Income (Loss); Consolidated Balance Sheets; Consolidated "
           "Statements of Cash Flows; Consolidated Statements of Stockholders' Equity; Notes to Consolidated "
           "Financial Statements.", align="L")
    d.heading("REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", 1)
    d.para("To the Stockholders and the Board of Directors of Lumenwright, Inc.")
    for t in ("Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
              "Lumenwright, Inc. (the Company) as of January 31, 2026 and 2025, the related consolidated statements "
              "of operations, comprehensive income (loss), stockholders' equity and cash flows for each of the three "
              "years in the period ended January 31, 2026, and the related notes. In our opinion, the consolidated "
              "financial statements present fairly, in all material respects, the financial position of the Company "
              "as of January 31, 2026 and 2025, and the results of its operations and its cash flows for each of the "
              "three years in the period ended January 31, 2026, in conformity with U.S. generally accepted "
              "accounting principles. We also have audited the Company's internal control over financial reporting "
              "as of January 31, 2026 and expressed an unqualified opinion thereon.",
              "Basis for Opinion. These financial statements are the responsibility of the Company's management. "
              "Our responsibility is to express an opinion on them based on our audits, which we conducted in "
              "accordance with the standards of the Public Company Accounting Oversight Board (United States).",
              "Critical Audit Matter \u2014 Identification of performance obligations in contracts with multiple "
              "elements. Certain customer contracts combine subscriptions, professional services and volume tiers "
              "that require judgment to determine distinct performance obligations and standalone selling prices. "
              "We tested controls over contract review, read a sample of contracts and recalculated the allocation "
              "of the transaction price.",
              "Critical Audit Matter \u2014 Valuation of developed technology acquired from Tessaline Analytics Ltd. "
              "The fair value was estimated using a multi-period excess earnings method with assumptions about "
              "revenue growth, technology migration and discount rate. With the help of our valuation specialists "
              "we evaluated these assumptions against historical results and market data.",
              "/s/ Ostrander Kale LLP \u2014 We have served as the Company's auditor since 2017. Pittsburgh, "
              "Pennsylvania, March 18, 2026."):
        d.para(t)

    d.new_page()
    d.heading("LUMENWRIGHT, INC.\nCONSOLIDATED STATEMENTS OF OPERATIONS", 1)
    eps = lambda k: [D(s[k][y], 2) for y in Y3]  # noqa: E731
    rows = [sec("Revenue:"),
            row("Subscription", y3(s["sub"]), "is_sub", indent=1, dollar=True),
            row("Professional services", y3(s["ps"]), "is_ps", indent=1),
            row("Total revenue", y3(s["rev"]), "is_rev", "total"),
            sec("Cost of revenue:"),
            row("Subscription", y3(s["cost_sub"]), "is_csub", indent=1),
            row("Professional services", y3(s["cost_ps"]), "is_cps", indent=1),
            row("Total cost of revenue", y3(s["cos"]), "is_cos", "total"),
            row("Gross profit", y3(s["gp"]), "is_gp", "total"),
            sec("Operating expenses:"),
            row("Research and development", y3(s["rd"]), "is_rd", indent=1),
            row("Sales and marketing", y3(s["sm"]), "is_sm", indent=1),
            row("General and administrative", y3(s["ga"]), "is_ga", indent=1),
            row("Total operating expenses", y3(s["opex"]), "is_opex", "total"),
            row("Income (loss) from operations", y3(s["oi"]), "is_oi", "total"),
            row("Interest income", y3(s["int_inc"]), "is_inti"),
            row("Interest expense", [-x for x in y3(s["int_exp"])], "is_intx"),
            row("Other income (expense), net", y3(s["oth"]), "is_oth"),
            row("Income (loss) before income taxes", y3(s["pti"]), "is_pti", "total"),
            row("Provision for income taxes", y3(s["tax"]), "is_tax"),
            row("Net income (loss)", y3(s["ni"]), "is_ni", "total", dollar=True),
            sec("Net income (loss) per share:"),
            txt("Basic", eps("eps_b"), "is_epsb", indent=1), txt("Diluted", eps("eps_d"), "is_epsd", indent=1),
            sec("Weighted-average shares used in computing net income (loss) per share:"),
            row("Basic", y3(s["sh_basic"]), "is_shb", indent=1), row("Diluted", y3(s["sh_dil"]), "is_shd", indent=1)]
    d.table("", W3, H3, rows, scale="(in thousands, except per share data)")
    d.heading("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME (LOSS)", 1)
    rows = [row("Net income (loss)", y3(s["ni"]), "ci_ni", dollar=True), sec("Other comprehensive income (loss):"),
            row("Foreign currency translation adjustments", y3(s["cta"]), "ci_cta", indent=1),
            row("Unrealized gains on marketable securities, net of tax", y3(s["unreal"]), "ci_unr", indent=1),
            row("Other comprehensive income (loss)", y3(s["oci"]), "ci_oci", "total"),
            row("Comprehensive income (loss)", y3(s["ci"]), "ci_ci", "total", dollar=True)]
    d.table("", W3, H3, rows, scale="(in thousands)")

    d.new_page()
    d.heading("CONSOLIDATED BALANCE SHEETS", 1)

    def bb(k):
        return [b[k], b0[k]]
    rows = [sec("ASSETS"), sec("Current assets:"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Marketable securities", bb("mkt"), "bs_mkt", indent=1),
            row(f"Accounts receivable, net of allowances of ${s['allow'][2026]:,} and ${s['allow'][2025]:,}", bb("ar"),
                "bs_ar", indent=1),
            row("Deferred contract costs, current", bb("dcc_cur"), "bs_dccc", indent=1),
            row("Prepaid expenses and other current assets", bb("prep"), "bs_prep", indent=1),
            row("Total current assets", bb("ca"), "bs_ca", "total"),
            row("Property and equipment, net", bb("ppe"), "bs_ppe"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Deferred contract costs, noncurrent", bb("dcc_nc"), "bs_dccn"),
            row("Intangible assets, net", bb("intang"), "bs_int"),
            row("Goodwill", bb("gw"), "bs_gw"),
            row("Other assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True),
            sec("LIABILITIES AND STOCKHOLDERS' EQUITY"), sec("Current liabilities:"),
            row("Accounts payable", bb("ap"), "bs_ap", indent=1, dollar=True),
            row("Accrued compensation and benefits", bb("acomp"), "bs_acomp", indent=1),
            row("Accrued expenses and other current liabilities", bb("accr"), "bs_accr", indent=1),
            row("Deferred revenue, current", bb("dr_cur"), "bs_drc", indent=1),
            row("Operating lease liabilities, current", bb("ll_cur"), "bs_llc", indent=1),
            row("Total current liabilities", bb("cl"), "bs_cl", "total"),
            row("Convertible senior notes, net", bb("conv"), "bs_conv"),
            row("Deferred revenue, noncurrent", bb("dr_nc"), "bs_drn"),
            row("Operating lease liabilities, noncurrent", bb("ll_nc"), "bs_lln"),
            row("Other long-term liabilities", bb("oth_l"), "bs_othl"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Commitments and contingencies (Note 9)"),
            sec("Stockholders' equity:"),
            row("Preferred stock, $0.0001 par value; none issued", [0, 0], "bs_pref", indent=1),
            row("Class A common stock and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Treasury stock, at cost", bb("treas"), "bs_treas", indent=1),
            row("Accumulated other comprehensive loss", bb("aoci"), "bs_aoci", indent=1),
            row("Accumulated deficit", bb("deficit"), "bs_def", indent=1),
            row("Total stockholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and stockholders' equity", bb("tle"), "bs_tle", "total", dollar=True)]
    d.table("", W2, HB, rows, scale="(in thousands, except par value)")

    d.new_page()
    c = lambda k: [cf[y][k] for y in Y3]  # noqa: E731
    rows = [sec("Cash flows from operating activities"),
            row("Net income (loss)", c("ni"), "cf_ni", indent=1, dollar=True),
            sec("Adjustments to reconcile net income (loss) to net cash from operating activities:"),
            row("Depreciation and amortization", c("da"), "cf_da", indent=2),
            row("Stock-based compensation expense", c("sbc"), "cf_sbc", indent=2),
            row("Amortization of deferred contract costs", c("dcc_am"), "cf_dccam", indent=2),
            row("Amortization of debt issuance costs", c("debt_am"), "cf_debtam", indent=2),
            row("Non-cash operating lease cost", c("lease_nc"), "cf_lease", indent=2),
            row("Deferred income taxes", c("deft"), "cf_deft", indent=2),
            sec("Changes in operating assets and liabilities, net of acquisition:"),
            row("Accounts receivable", c("ar"), "cf_ar", indent=2),
            row("Deferred contract costs", c("dcc"), "cf_dcc", indent=2),
            row("Prepaid expenses and other assets", c("prep"), "cf_prep", indent=2),
            row("Accounts payable", c("ap"), "cf_ap", indent=2),
            row("Accrued compensation and benefits", c("acomp"), "cf_acomp", indent=2),
            row("Accrued expenses and other liabilities", c("accr"), "cf_accr", indent=2),
            row("Deferred revenue", c("dr"), "cf_dr", indent=2),
            row("Operating lease liabilities", c("ll"), "cf_ll", indent=2),
            row("Other long-term liabilities", c("othl"), "cf_othl", indent=2),
            row("Net cash provided by operating activities", c("ocf"), "cf_ocf", "total"),
            sec("Cash flows from investing activities"),
            row("Purchases of marketable securities", c("buy"), "cf_buy", indent=1),
            row("Maturities of marketable securities", c("mat"), "cf_mat", indent=1),
            row("Purchases of property and equipment", c("capex"), "cf_capex", indent=1),
            row("Capitalized internal-use software costs", c("capsw"), "cf_capsw", indent=1),
            row("Business combination, net of cash acquired", c("acq"), "cf_acq", indent=1),
            row("Net cash used in investing activities", c("icf"), "cf_icf", "total"),
            sec("Cash flows from financing activities"),
            row("Proceeds from employee stock plans", c("plans"), "cf_plans", indent=1),
            row("Taxes paid related to net share settlement of equity awards", c("taxes"), "cf_taxes", indent=1),
            row("Repurchases of Class A common stock", c("rep"), "cf_rep", indent=1),
            row("Net cash provided by (used in) financing activities", c("fcf_fin"), "cf_fin", "total"),
            row("Effect of exchange rate changes on cash and cash equivalents", c("fx"), "cf_fx"),
            row("Net increase (decrease) in cash and cash equivalents", c("net"), "cf_net", "total"),
            row("Cash and cash equivalents, beginning of year", c("beg"), "cf_beg"),
            row("Cash and cash equivalents, end of year", c("end"), "cf_end", "total", dollar=True),
            sec("Supplemental disclosures"),
            row("Cash paid for income taxes, net of refunds", y3(s["tax_paid"]), "cf_taxpaid", indent=1),
            row("Cash paid for interest", y3(s["coupon"]), "cf_intpaid", indent=1),
            row("Fair value of replacement equity awards issued in business combination", [s["acq_repl"], 0, 0],
                "cf_repl", indent=1)]
    d.table("CONSOLIDATED STATEMENTS OF CASH FLOWS", W3, H3, rows, scale="(in thousands)", split_at=20)
    d.heading("CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", 1)
    eq = s["eq"]
    heq = [[("Class A common stock", 2), ("", 1), ("Accumulated", 1), ("", 1), ("Total", 1)],
           [("", 1), ("and APIC", 1), ("Treasury", 1), ("other comp.", 1), ("Accumulated", 1), ("stockholders'", 1)],
           [("Shares", 1), ("Amount", 1), ("stock", 1), ("income (loss)", 1), ("deficit", 1), ("equity", 1)]]
    weq = [16, 20, 17, 19, 20, 19]

    def bal(y):
        e = eq[y]
        return txt(f"Balance as of January 31, {y}", [N(e["sh"]), D(e["apic"]), D(e["treas"]), D(e["aoci"]),
                                                       D(e["deficit"]), D(e["tot"])], f"eq_bal{y}", "bold")
    rows = [bal(2023)]
    for y in (2024, 2025, 2026):
        c_ = cf[y]
        rows += [txt("Net income (loss)", ["", "", "", "", N(s["ni"][y]), N(s["ni"][y])], f"eq_ni{y}", indent=1),
                 txt("Other comprehensive income (loss)", ["", "", "", N(s["oci"][y]), "", N(s["oci"][y])], indent=1),
                 txt("Stock-based compensation", ["", N(c_["sbc"]), "", "", "", N(c_["sbc"])], f"eq_sbc{y}",
                     indent=1),
                 txt("Issuance under employee stock plans", [N(s["sh_iss"][y]), N(c_["plans"]), "", "", "",
                                                             N(c_["plans"])], f"eq_iss{y}", indent=1),
                 txt("Taxes on net share settlement", ["", N(c_["taxes"]), "", "", "", N(c_["taxes"])], indent=1)]
        if y == 2026:
            rows += [txt("Replacement awards \u2014 Tessaline", ["", N(s["acq_repl"]), "", "", "",
                                                                 N(s["acq_repl"])], indent=1),
                     txt("Repurchases of common stock", [N(-s["sh_rep"][y]), "", N(c_["rep"]), "", "",
                                                         N(c_["rep"])], "eq_rep2026", indent=1)]
        rows.append(bal(y))
    d.table("", weq, heq, rows, scale="(in thousands)")

    # ------------------------------------------------------------------ notes
    d.new_page()
    mark("notes")
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    d.heading("Note 1. Organization and Significant Accounting Policies", 2)
    d.para("Lumenwright, Inc. was incorporated in Delaware in 2014 and provides a cloud-based spend-management "
           "platform. The consolidated financial statements include the accounts of Lumenwright, Inc. and its "
           "wholly owned subsidiaries; intercompany balances are eliminated. We operate as a single operating and "
           "reportable segment because our Chief Executive Officer, as chief operating decision maker, allocates "
           "resources and assesses performance on a consolidated basis using consolidated net income (loss). Cash "
           "equivalents are highly liquid investments with original maturities of three months or less; marketable "
           "securities are classified as available-for-sale. Deferred contract costs consist of sales commissions "
           "that are incremental to obtaining customer contracts.")
    d.heading("Note 2. Revenue", 2)
    rows = [row("Subscription", y3(s["sub"]), "rv_sub", dollar=True),
            row("Professional services", y3(s["ps"]), "rv_ps"),
            row("Total revenue", y3(s["rev"]), "rv_tot", "total", dollar=True),
            sec("By geography:"),
            row("United States", y3(s["us_rev"]), "rv_us", indent=1, dollar=True),
            row("International", y3(s["intl_rev"]), "rv_intl", indent=1),
            row("Total revenue", y3(s["rev"]), "rv_tot2", "total", dollar=True)]
    d.table("Disaggregation of revenue (in thousands)", W3, H3, rows)
    d.para("Contract balances. Deferred revenue consists of amounts invoiced in advance of revenue recognition. The "
           "changes in total deferred revenue (current and noncurrent) were as follows:")
    dr = s["dr_end"]
    rows = [row("Balance, beginning of year", [dr[2025], dr[2024]], "dr_beg", dollar=True),
            row("Billings", [s["billings"][2026], s["billings"][2025]], "dr_bill"),
            row("Revenue recognized", [-s["rev"][2026], -s["rev"][2025]], "dr_rec"),
            row("Acquired in business combination", [s["dr_acq"][2026], s["dr_acq"][2025]], "dr_acq"),
            row("Balance, end of year", [dr[2026], dr[2025]], "dr_end", "total", dollar=True)]
    d.table("Deferred revenue (in thousands)", W2, H2, rows)
    rb = s["dr_rec_beg"]
    s_drb = (f"Revenue recognized in fiscal 2026 that was included in the deferred revenue balance at the beginning "
             f"of the year was ${rb[2026]:,} thousand (fiscal 2025: ${rb[2025]:,} thousand).")
    d.para(s_drb, keys={"p_drb": s_drb})
    rows = [row("Expected to be recognized within 12 months", [s["rpo_cur"][2026], s["rpo_cur"][2025]], "rpo_cur",
                dollar=True),
            row("Expected to be recognized thereafter", [s["rpo_nc"][2026], s["rpo_nc"][2025]], "rpo_nc"),
            row("Total remaining performance obligations", [s["rpo"][2026], s["rpo"][2025]], "rpo_tot", "total",
                dollar=True)]
    d.table("Remaining performance obligations (in thousands)", W2, HB, rows)
    d.need(62)
    d.heading("Note 3. Deferred Contract Costs", 2)
    dc = s["dcc_end"]
    rows = [row("Balance, beginning of year", [dc[2025], dc[2024]], "dc_beg", dollar=True),
            row("Additions to deferred contract costs", [s["dcc_add"][2026], s["dcc_add"][2025]], "dc_add"),
            row("Amortization of deferred contract costs", [-s["dcc_amort"][2026], -s["dcc_amort"][2025]], "dc_am"),
            row("Balance, end of year", [dc[2026], dc[2025]], "dc_end", "total", dollar=True),
            row("Deferred contract costs, current", [b["dcc_cur"], b0["dcc_cur"]], "dc_cur", indent=1),
            row("Deferred contract costs, noncurrent", [b["dcc_nc"], b0["dcc_nc"]], "dc_nc", indent=1)]
    d.table("Deferred contract costs (in thousands)", W2, H2, rows)
    d.para("Amortization of deferred contract costs is included in sales and marketing expense. No impairment of "
           "deferred contract costs was recorded in any period presented.")
    d.heading("Note 4. Business Combination", 2)
    s_acq = (f"On June 9, 2025, we acquired all outstanding shares of Tessaline Analytics Ltd., a privately held "
             f"developer of spend-forecasting software based in Leeds, United Kingdom, for total purchase "
             f"consideration of ${s['acq_consid']:,} thousand, consisting of ${s['acq_cash']:,} thousand in cash and "
             f"${s['acq_repl']:,} thousand for the fair value of replacement equity awards attributable to "
             "pre-combination service.")
    d.para(s_acq + " The acquisition was accounted for as a business combination. The preliminary allocation of "
           "the purchase consideration was as follows:", keys={"p_acq": s_acq})
    p = s["ppa"]
    rows = [row("Cash and cash equivalents", [p["cash"]], "pa_cash", dollar=True),
            row("Accounts receivable", [p["ar"]], "pa_ar"),
            row("Prepaid expenses and other assets", [p["oth"]], "pa_oth"),
            row("Developed technology (useful life 6 years)", [p["tech"]], "pa_tech"),
            row("Customer relationships (useful life 8 years)", [p["cust"]], "pa_cust"),
            row("Trade name (useful life 3 years)", [p["trade"]], "pa_trade"),
            row("Goodwill", [s["acq_gw"]], "pa_gw"),
            row("Deferred revenue", [p["dr"]], "pa_dr"),
            row("Deferred tax liabilities", [p["dtl"]], "pa_dtl"),
            row("Accrued expenses and other liabilities", [p["liab"]], "pa_liab"),
            row("Total purchase consideration", [s["acq_consid"]], "pa_tot", "total", dollar=True)]
    d.table("Purchase price allocation (in thousands)", [28], [[("Amount", 1)]], rows)
    d.para("Goodwill reflects the assembled workforce and expected synergies from selling Tessaline's forecasting "
           "capabilities to our customer base, and is not deductible for tax purposes. Pro forma results have not "
           "been presented because the effect of the acquisition was not material to our consolidated results.")
    d.heading("Note 5. Goodwill and Intangible Assets", 2)
    s_gw = (f"Goodwill increased from ${b0['gw']:,} thousand as of January 31, 2025 to ${b['gw']:,} thousand as of "
            "January 31, 2026 as a result of the Tessaline acquisition; there were no impairments.")
    s_am = (f"Amortization expense for acquired intangible assets was ${s['amort'][2026]:,} thousand, "
            f"${s['amort'][2025]:,} thousand and ${s['amort'][2024]:,} thousand in fiscal 2026, 2025 and 2024, "
            "respectively.")
    d.para(s_gw + " " + s_am + " Amortization of developed technology is recorded in cost of subscription revenue "
           "and amortization of customer relationships and trade names in sales and marketing expense.",
           keys={"p_gw": s_gw, "p_am": s_am})
    d.heading("Note 6. Convertible Senior Notes", 2)
    rows = [row("Principal amount", [s["conv_principal"], s["conv_principal"]], "cv_prin", dollar=True),
            row("Unamortized debt issuance costs", [-s["conv_unamort"][2026], -s["conv_unamort"][2025]], "cv_un"),
            row("Net carrying amount", [b["conv"], b0["conv"]], "cv_net", "total", dollar=True)]
    d.table("0.25% convertible senior notes due 2028 (in thousands)", W2, HB, rows)
    d.para("Interest expense on the notes consists of the 0.25% contractual coupon and amortization of debt "
           "issuance costs, which are amortized using the effective interest method at an effective rate of 0.61%. "
           "Based on quoted prices in an inactive market, the fair value of the notes was approximately $571 "
           "million as of January 31, 2026.")
    d.heading("Note 7. Leases", 2)
    lm = s["lease_mat"]
    rows = [row(f"Fiscal {k}", [lm[k]], f"lm_{k}", dollar=(k == 2027)) for k in (2027, 2028, 2029, 2030, 2031)]
    rows += [row("Thereafter", [lm["after"]], "lm_after"),
             row("Total undiscounted lease payments", [s["lease_pay"]], "lm_pay", "total"),
             row("Less: imputed interest", [-s["lease_int"]], "lm_int"),
             row("Total operating lease liabilities", [s["ll_tot"][2026]], "lm_pv", "total", dollar=True)]
    d.table("Maturities of operating lease liabilities as of January 31, 2026 (in thousands)", [28],
            [[("Amount", 1)]], rows)
    lc = s["lease_cost"]
    s_lc = (f"Operating lease cost was ${lc[2026]:,} thousand, ${lc[2025]:,} thousand and ${lc[2024]:,} thousand "
            "for fiscal 2026, 2025 and 2024, respectively.")
    d.para(s_lc + " As of January 31, 2026, the weighted-average remaining lease term was 5.2 years and the "
           "weighted-average discount rate was 4.9%.", keys={"p_lc": s_lc})
    d.heading("Note 8. Stockholders' Equity and Stock-Based Compensation", 2)
    sb = s["sbc_by"]
    rows = [row("Cost of revenue \u2014 subscription", y3(sb["cost_sub"]), "sb_csub", dollar=True),
            row("Cost of revenue \u2014 professional services", y3(sb["cost_ps"]), "sb_cps"),
            row("Research and development", y3(sb["rd"]), "sb_rd"),
            row("Sales and marketing", y3(sb["sm"]), "sb_sm"),
            row("General and administrative", y3(sb["ga"]), "sb_ga"),
            row("Total stock-based compensation expense", y3(s["sbc"]), "sb_tot", "total", dollar=True)]
    d.table("Stock-based compensation expense by line item (in thousands)", W3, H3, rows)
    s_un = (f"As of January 31, 2026, unrecognized stock-based compensation related to unvested restricted stock "
            f"units and options was {mil(s['unrec_sbc'])}, which we expect to recognize over a weighted-average "
            f"period of {float(s['unrec_years']):.1f} years.")
    d.para(s_un + " During fiscal 2026 we repurchased "
           f"{s['sh_rep'][2026]:,} thousand shares of Class A common stock for ${s['buyback'][2026]:,} thousand "
           "under the program authorized in March 2025; repurchased shares are held in treasury.",
           keys={"p_un": s_un})
    d.heading("Note 9. Commitments and Contingencies", 2)
    d.para("We have non-cancelable commitments with cloud hosting providers of approximately $212 million through "
           "fiscal 2029. We are not party to any litigation that we expect to have a material effect on our "
           "financial statements.")
    d.heading("Note 10. Income Taxes", 2)
    rows = [row("United States", y3(s["pti_dom"]), "tx_dom", dollar=True),
            row("Foreign", y3(s["pti_forn"]), "tx_fpti"),
            row("Income (loss) before income taxes", y3(s["pti"]), "tx_pti", "total", dollar=True)]
    d.table("Income (loss) before income taxes (in thousands)", W3, H3, rows)
    rows = [sec("Current:"), row("Federal", y3(s["tax_fed"]), "tx_fed", indent=1, dollar=True),
            row("State", y3(s["tax_state"]), "tx_state", indent=1),
            row("Foreign", y3(s["tax_forn"]), "tx_forn", indent=1),
            row("Total current", y3(s["tax_cur"]), "tx_cur", "total"),
            row("Deferred (all jurisdictions)", y3(s["tax_def"]), "tx_def"),
            row("Provision for income taxes", y3(s["tax"]), "tx_tot", "total", dollar=True)]
    d.table("Components of the provision for income taxes (in thousands)", W3, H3, rows)
    d.para("We maintain a valuation allowance against U.S. federal and most state net deferred tax assets because "
           "we do not yet consider it more likely than not that they will be realized. The current federal "
           "provision in fiscal 2026 reflects the limitation on the deduction of research and experimental "
           "expenditures that remained in effect during part of the year.")
    d.heading("Note 11. Net Income (Loss) Per Share", 2)
    rows = [row("Net income (loss)", y3(s["ni"]), "ep_ni", dollar=True),
            row("Weighted-average shares \u2014 basic", y3(s["sh_basic"]), "ep_shb"),
            row("Dilutive effect of equity awards", y3(s["sh_dil_eff"]), "ep_de"),
            row("Weighted-average shares \u2014 diluted", y3(s["sh_dil"]), "ep_shd", "total"),
            txt("Basic net income (loss) per share", eps("eps_b"), "ep_b"),
            txt("Diluted net income (loss) per share", eps("eps_d"), "ep_d")]
    d.table("Net income (loss) per share", W3, H3, rows, scale="(in thousands, except per share data)")
    ad = s["antidil"]
    s_ad = (f"Potentially dilutive securities excluded from diluted shares because their effect would have been "
            f"anti-dilutive totalled {ad[2026]:,} thousand, {ad[2025]:,} thousand and {ad[2024]:,} thousand shares "
            "in fiscal 2026, 2025 and 2024, respectively")
    d.para(s_ad + "; for fiscal 2024 all outstanding awards were excluded because we reported a net loss. Shares "
           "issuable on conversion of the convertible notes were anti-dilutive in each period.", keys={"p_ad": s_ad})
    return d, labs
