"""Kestrel Ridge Bancorp, Inc. -- invented regional bank, Form 10-K for 2025."""
from layout import R, num, pct, money_m, dollars, render
from bank_model import (BankModel, YEARS, LOAN_TYPES, CO_CATS, DEP_TYPES, NONACCRUAL,
                        PD90, OREO, RATE_SHOCK, TIME_DEP_MATURITY, FLOWS, SHARES_ISSUED,
                        TAX_OCI)

DOC = "KESTRELRIDGE_2025_10K"
CO = "Kestrel Ridge Bancorp, Inc."
BANK = "Kestrel Ridge Bank, N.A."
STYLE = dict(body="Times", head_font="Times", size=11, lead=5.9, leaders=True, margin=24)
HEAD = (CO, "Annual Report on Form 10-K for the year ended December 31, 2025")
UNITS = "(Dollars in thousands, except per share data)"
UNITS_K = "(Dollars in thousands)"
H3 = [[("Year Ended December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]]
H2 = [[("December 31,", 2)], [("2025", 1), ("2024", 1)]]
Y3 = [2025, 2024, 2023]

TOC = [
    ("PART I", 0), ("Item 1. Business", 1), ("Item 1A. Risk Factors", 1),
    ("Item 1B. Unresolved Staff Comments", 1), ("Item 1C. Cybersecurity", 1),
    ("Item 2. Properties", 1), ("Item 3. Legal Proceedings", 1),
    ("Item 4. Mine Safety Disclosures", 1), ("PART II", 0),
    ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities", 1),
    ("Item 6. [Reserved]", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1),
    ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1),
    ("Item 8. Financial Statements and Supplementary Data", 1),
    ("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1),
    ("Item 9A. Controls and Procedures", 1), ("Item 9B. Other Information", 1),
    ("PART III", 0), ("Items 10 through 14", 1), ("PART IV", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", 1), ("Signatures", 1),
]


def m1(x):
    """thousands -> "$1,234.5 million" as used in MD&A prose."""
    return money_m(x)


def chg_pct(a, b):
    return (a - b) / abs(b) * 100


class BankFiling:
    OFFICE = 168412  # non-owner occupied office CRE at December 31, 2025

    def __init__(self):
        self.m = BankModel()

    # ------------------------------------------------------------------
    def build(self, d, known):
        m = self.m
        self.d = d
        self.cover(d)
        d.new_page()
        d.toc(TOC, known)
        self.forward_looking(d)
        self.glossary(d)
        self.part1(d)
        self.part2_front(d)
        self.mdna(d)
        self.market_risk(d)
        self.statements(d)
        self.notes(d)
        self.back(d)
        return m

    # ------------------------------------------------------------------
    def cover(self, d):
        d.cover_page("10-K", "ANNUAL REPORT", "For the fiscal year ended December 31, 2025", "001-39418", CO, "Ohio",
                     "31-1587402", "400 Foundry Square, Lindenport, Ohio 43719\n(740) 555-0190", [
                         "Securities registered pursuant to Section 12(b) of the Act: Common Stock, $1.00 par value "
                         "(trading symbol KSRB), The Nasdaq Stock Market LLC.",
                         "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule "
                         "405 of the Securities Act. Yes [  ] No [X]. Indicate by check mark whether the registrant (1) "
                         "has filed all reports required to be filed by Section 13 or 15(d) of the Securities Exchange "
                         "Act of 1934 during the preceding 12 months and (2) has been subject to such filing "
                         "requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer [X] Accelerated "
                         "filer [  ] Non-accelerated filer [  ] Smaller reporting company [  ] Emerging growth company "
                         "[  ].",
                         "The aggregate market value of the voting common stock held by non-affiliates of the "
                         "registrant, computed by reference to the closing price of the common stock on June 30, 2025 "
                         "of $40.87, was approximately $1.56 billion. As of February 20, 2026, there were 38,842,115 "
                         "shares of the registrant's common stock outstanding.",
                         "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement "
                         "for its 2026 Annual Meeting of Shareholders are incorporated by reference into Part III of "
                         "this report."])

    def forward_looking(self, d):
        d.new_page()
        d.h2("CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS")
        d.paras([
            "This Annual Report on Form 10-K contains statements that are not historical facts and that constitute "
            "forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. "
            "Words such as \"anticipate,\" \"believe,\" \"continue,\" \"estimate,\" \"expect,\" \"intend,\" \"may,\" "
            "\"outlook,\" \"plan,\" \"project,\" \"should,\" \"target\" and \"will\" are intended to identify such "
            "statements. Forward-looking statements reflect management's current expectations about future events "
            "and are subject to risks and uncertainties that could cause actual results to differ materially.",
            "Factors that could cause such differences include, among others: changes in the level and direction of "
            "market interest rates and the shape of the yield curve; the competitive environment for deposits and "
            "the pace at which customers move balances into higher-cost products; deterioration in the credit "
            "quality of our loan portfolio, including commercial real estate exposures whose values depend on "
            "occupancy and refinancing conditions; the adequacy of our allowance for credit losses; changes in the "
            "economic conditions of the markets we serve in Ohio, Indiana and western Pennsylvania; our ability to "
            "maintain adequate liquidity and capital; cybersecurity incidents affecting us or our third-party "
            "vendors; the outcome of pending litigation; changes in laws, regulations and supervisory expectations "
            "applicable to bank holding companies; and the other factors described in Item 1A, \"Risk Factors.\"",
            "Forward-looking statements speak only as of the date they are made. We undertake no obligation to "
            "update any forward-looking statement to reflect events or circumstances after the date of this report, "
            "except as required by law. Unless the context indicates otherwise, references in this report to "
            "\"Kestrel Ridge,\" the \"Company,\" \"we,\" \"us\" and \"our\" refer to Kestrel Ridge Bancorp, Inc. and "
            "its consolidated subsidiaries, and references to the \"Bank\" refer to Kestrel Ridge Bank, N.A.",
        ])

    # ------------------------------------------------------------------
    def part1(self, d):
        b = self.m.bs[2025]
        d.item("PART I", page_break=True)
        d.toc_pages["Item 1. Business"] = d.page_no()
        d.h2("Item 1. Business")
        d.h3("General")
        d.para(
            f"{CO} is a bank holding company and financial holding company headquartered in Lindenport, Ohio. "
            f"The Company was organized in 1987 and conducts substantially all of its business through its "
            f"wholly-owned subsidiary, {BANK}, a national banking association chartered in 1903 as The Lindenport "
            f"Farmers and Mechanics Bank. At December 31, 2025, we had total assets of {m1(b['ta'])}, total loans of "
            f"{m1(b['loans'])}, total deposits of {m1(b['dep_total'])} and shareholders' equity of {m1(b['te'])}.",
            key="bus_general")
        d.para(
            "The Bank operates 71 full-service banking offices: 44 in central and southeastern Ohio, 19 in "
            "east-central Indiana and 8 in western Pennsylvania. We also operate loan production offices in "
            "Columbus, Ohio and Indianapolis, Indiana, and a wealth management office in Pittsburgh, Pennsylvania. "
            "Our common stock trades on the Nasdaq Global Select Market under the symbol \"KSRB.\"",
            key="bus_branches")
        d.h3("Business Strategy")
        d.para(
            "Our strategy is to be the leading relationship bank for owner-managed businesses, professionals and "
            "households in mid-sized communities that larger institutions tend to serve from a distance. We compete "
            "on local decision-making, the continuity of our bankers and the breadth of treasury management and "
            "wealth services that we can deliver through a single relationship manager. We seek to fund loan growth "
            "primarily with core deposits, to maintain a diversified loan portfolio with disciplined concentration "
            "limits, and to grow fee income from wealth management, treasury services and residential mortgage "
            "banking so that our earnings depend less on the interest rate cycle.")
        d.h3("Lending Activities")
        lt = b["loan_by_type"]
        shares = [x / b["loans"] * 100 for x in lt]
        d.para(
            f"Commercial and industrial loans represented {pct(shares[0])} of total loans at December 31, 2025. "
            "These loans finance working capital, equipment and business acquisitions for manufacturers, "
            "distributors, agricultural processors, healthcare practices and professional firms. Lines of credit "
            "are generally secured by receivables and inventory, are subject to borrowing-base reporting and are "
            "reviewed at least annually. Term loans are generally secured by equipment or real estate and are "
            "typically supported by the personal guarantees of the principal owners.")
        d.para(
            f"Commercial real estate loans, including construction and land development loans, represented "
            f"{pct(shares[1] + shares[2] + shares[3])} of total loans. Owner-occupied properties are underwritten "
            "primarily on the cash flow of the operating business; non-owner occupied properties, which include "
            "multifamily, retail, industrial, medical office and a limited amount of general office space, are "
            "underwritten on property cash flow, with minimum debt service coverage and maximum loan-to-value "
            "requirements that vary by property type. Construction loans are made primarily to experienced "
            "developers with whom we have prior relationships and are disbursed against inspected progress.")
        d.para(
            f"Residential mortgage loans and home equity lines of credit represented {pct(shares[4] + shares[5])} "
            "of total loans. We originate conforming fixed-rate mortgages for sale in the secondary market and "
            "retain adjustable-rate and jumbo loans that meet our underwriting standards. Consumer and other loans, "
            f"which consist of indirect and direct automobile loans, personal lines and overdraft lines, represented "
            f"{pct(shares[6])} of total loans.")
        self.lending_more(d)
        d.h3("Deposit Products and Funding")
        d.para(
            "We offer a full range of deposit products, including noninterest-bearing and interest-bearing checking "
            "accounts, savings accounts, money market accounts and certificates of deposit, as well as treasury "
            "management services such as remote deposit capture, positive pay, automated clearing house origination "
            "and sweep accounts. Deposits are gathered primarily from the communities in which our offices are "
            "located. We do not rely on brokered deposits as a primary funding source, although we maintain access "
            "to brokered and reciprocal deposit networks as a contingent source of liquidity. Other funding sources "
            "include advances from the Federal Home Loan Bank of Cincinnati, repurchase agreements with commercial "
            "customers and subordinated debt issued by the holding company.")
        d.h3("Wealth Management")
        d.para(
            "Kestrel Ridge Wealth Advisors, a division of the Bank, provides trust, estate settlement, investment "
            "management, retirement plan and financial planning services. Assets under management and administration "
            "were approximately $4.9 billion at December 31, 2025, compared with $4.4 billion at December 31, 2024.")
        d.h3("Competition")
        d.para(
            "The banking and financial services business in our markets is highly competitive. We compete with "
            "large national and super-regional banks, other community banks, credit unions, which enjoy a tax "
            "advantage, consumer finance companies, mortgage companies, insurance companies, brokerage firms, "
            "investment advisers and an expanding group of financial technology companies. Competition for deposits "
            "intensified during 2024 as online banks and money market funds offered rates well above those on "
            "traditional deposit products, and competition for high-quality commercial loans remains intense.")
        self.business_more(d)
        d.h3("Human Capital")
        d.para(
            "At December 31, 2025, we had 1,386 full-time equivalent employees. None of our employees are "
            "represented by a collective bargaining agreement. We invest in the development of our employees "
            "through a commercial credit training program, a branch manager development track and tuition "
            "assistance, and we measure engagement through an annual survey administered by an independent firm. "
            "Voluntary turnover was approximately 13% in 2025, compared with approximately 16% in 2024.")
        d.h3("Supervision and Regulation")
        d.paras([
            "The Company and the Bank are extensively regulated under federal and state law. These laws and "
            "regulations are intended primarily to protect depositors, the Deposit Insurance Fund and the stability "
            "of the financial system rather than shareholders. The following summary is not complete and is "
            "qualified by reference to the statutes and regulations described.",
            "Bank Holding Company Regulation. The Company is registered with and subject to supervision by the Board "
            "of Governors of the Federal Reserve System under the Bank Holding Company Act of 1956. The Federal "
            "Reserve may examine the Company and its subsidiaries and requires the Company to serve as a source of "
            "financial and managerial strength to the Bank. The Company must obtain prior approval before acquiring "
            "more than 5% of the voting shares of another bank or bank holding company.",
            "Bank Regulation. The Bank is a national bank subject to primary supervision, examination and regulation "
            "by the Office of the Comptroller of the Currency (\"OCC\"). Its deposits are insured by the Federal "
            "Deposit Insurance Corporation (\"FDIC\") up to applicable limits, and the Bank pays deposit insurance "
            "assessments based on its assessment base and risk classification. The Bank is a member of the Federal "
            "Reserve Bank of Cleveland and the Federal Home Loan Bank of Cincinnati.",
            "Capital Requirements. The Company and the Bank are subject to risk-based capital rules based on the "
            "Basel III framework. The rules require a minimum common equity Tier 1 (\"CET1\") capital ratio of 4.5%, "
            "a Tier 1 capital ratio of 6.0%, a total capital ratio of 8.0% and a Tier 1 leverage ratio of 4.0%, plus "
            "a capital conservation buffer of 2.5% above the three risk-based minimums. To be considered \"well "
            "capitalized\" under the prompt corrective action framework, the Bank must maintain a CET1 ratio of at "
            "least 6.5%, a Tier 1 ratio of at least 8.0%, a total capital ratio of at least 10.0% and a leverage "
            "ratio of at least 5.0%. The Company elected to exclude accumulated other comprehensive income from "
            "regulatory capital.",
            "Dividends. The principal source of the Company's cash is dividends from the Bank. Under OCC "
            "regulations, the Bank may not pay dividends in excess of its net income for the current year plus "
            "retained net income for the two preceding years without OCC approval, and it may not pay a dividend "
            "that would cause it to fall below applicable capital requirements.",
            "Consumer Protection. The Bank is subject to federal consumer protection laws, including the Truth in "
            "Lending Act, the Real Estate Settlement Procedures Act, the Equal Credit Opportunity Act, the Fair "
            "Credit Reporting Act, the Electronic Fund Transfer Act and the Community Reinvestment Act. Because the "
            "Bank has less than $10 billion in total assets, it is examined for consumer compliance by the OCC "
            "rather than the Consumer Financial Protection Bureau, and its debit card interchange fees are not "
            "subject to the cap imposed by the Durbin Amendment. Crossing $10 billion in assets would subject the "
            "Bank to that cap; we estimate the annual reduction in card and interchange fees would be material.",
            "Anti-Money Laundering and Sanctions. The Bank is subject to the Bank Secrecy Act, as amended, and "
            "regulations of the Office of Foreign Assets Control. These require the Bank to maintain a risk-based "
            "compliance program, to file suspicious activity and currency transaction reports and to perform "
            "customer due diligence, including identification of beneficial owners of legal entity customers.",
            "Privacy and Cybersecurity. Federal and state laws limit the ability of financial institutions to share "
            "nonpublic personal information and require safeguards for customer information. Banking organizations "
            "must notify their primary federal regulator within 36 hours of determining that a significant computer "
            "security incident has occurred.",
        ])
        self.regulation_more(d)
        # ---- risk factors
        d.item("Item 1A. Risk Factors")
        d.para("An investment in our common stock involves risks. The risks below are those we believe are material; "
               "additional risks not presently known to us may also impair our business.")
        rf = [
            ("Interest Rate and Market Risks", None),
            ("Changes in interest rates could reduce our net interest income and the value of our securities.",
             "Our earnings depend heavily on net interest income, the difference between what we earn on loans and "
             "securities and what we pay on deposits and borrowings. Rapid increases in market rates in 2023 and "
             "2024 raised our cost of deposits faster than our asset yields, compressing our net interest margin "
             "during 2024. If market rates decline, yields on our variable-rate loans will fall immediately, while "
             "our ability to lower deposit rates may lag. Changes in rates also affect the fair value of our "
             "securities portfolio; unrealized losses reduce shareholders' equity through accumulated other "
             "comprehensive loss and would be realized if we were required to sell securities to meet liquidity "
             "needs."),
            ("Competition for deposits could increase our funding costs or reduce our liquidity.",
             "Customers can move funds quickly to online banks, money market funds and Treasury securities. The "
             "proportion of our deposits held in noninterest-bearing accounts has declined since 2022. If deposit "
             "outflows accelerate, we may need to rely more heavily on wholesale funding, which is generally more "
             "expensive, or to raise deposit rates, either of which would reduce net interest income."),
            ("Credit Risks", None),
            ("Our allowance for credit losses may not be adequate to cover actual losses.",
             "The allowance represents management's estimate of expected lifetime credit losses and requires "
             "significant judgment about economic forecasts, prepayment speeds and qualitative factors. If the "
             "economy deteriorates more than forecast, or if borrower performance differs from our models, we may "
             "need to increase the allowance through additional provision expense, which would reduce earnings. "
             "Nonperforming assets increased during 2025, principally from a small number of commercial "
             "relationships, and could increase further."),
            ("Our commercial real estate portfolio exposes us to concentration risk.",
             "Commercial real estate loans, including construction loans, are our largest loan category. Values "
             "of office, retail and certain multifamily properties have been pressured by higher capitalization "
             "rates, changes in tenant demand and higher refinancing costs. Many loans in this portfolio have "
             "balloon maturities and depend on refinancing at maturity. Regulators apply heightened supervisory "
             "expectations to banks with concentrations in commercial real estate, which could limit our growth "
             "in this category."),
            ("Our business is concentrated in a limited geographic area.",
             "Substantially all of our loans are to borrowers in Ohio, Indiana and western Pennsylvania. A "
             "downturn in the manufacturing, agriculture, healthcare or energy sectors of these regional economies "
             "could increase delinquencies and reduce loan demand more than it would for a geographically "
             "diversified lender."),
            ("Liquidity and Capital Risks", None),
            ("We may not be able to maintain adequate liquidity.",
             "Liquidity is essential to our business. Our sources of liquidity include core deposits, cash, "
             "unpledged securities, borrowing capacity at the Federal Home Loan Bank and the Federal Reserve "
             "discount window. Events affecting the banking industry generally, even if they do not involve us "
             "directly, could cause depositors to withdraw funds or lenders to restrict credit, and access to "
             "wholesale funding could be limited when we need it most."),
            ("The Company relies on dividends from the Bank.",
             "The Company is a separate legal entity from the Bank and depends on dividends from the Bank to pay "
             "dividends to shareholders, service its subordinated notes and repurchase shares. Regulatory "
             "restrictions could limit the Bank's ability to pay dividends."),
            ("Growth above $10 billion in assets would subject us to additional regulation.",
             "Our total assets are approaching $10 billion. Upon crossing that threshold, the Bank's interchange "
             "income would become subject to the Durbin Amendment cap, and we would become subject to supervision "
             "by the Consumer Financial Protection Bureau, which would increase compliance costs."),
            ("Operational, Technology and Legal Risks", None),
            ("A cyber-attack or other security breach could disrupt our business and harm our reputation.",
             "We rely on information systems operated by us and by third-party service providers, including our "
             "core processor. Attacks on financial institutions, including ransomware and business email "
             "compromise, continue to grow in sophistication. A successful attack could interrupt customer service, "
             "result in the loss of customer data, expose us to litigation and regulatory action and damage our "
             "reputation."),
            ("We depend on third-party vendors for critical services.",
             "We outsource core account processing, card processing, digital banking and certain other functions. "
             "Failure of a vendor to perform, or a disruption at a vendor, could impair our operations, and we may "
             "be unable to replace the vendor promptly or on acceptable terms."),
            ("We are subject to claims and litigation.",
             "We are party to legal proceedings, including a putative class action relating to overdraft fees "
             "described in Item 3. Litigation can be costly and divert management's attention, and adverse outcomes "
             "could require us to pay damages or change practices in a way that reduces fee income."),
            ("Our controls and procedures may fail or be circumvented.",
             "Any system of controls, however well designed, provides only reasonable assurance. Failure of our "
             "controls could result in losses, regulatory sanctions or a restatement of our financial statements."),
            ("Risks Related to Our Common Stock", None),
            ("The market price of our common stock may fluctuate significantly.",
             "The trading price of our common stock can be affected by our operating results, changes in analysts' "
             "estimates, conditions in the banking industry, general market volatility and other factors beyond "
             "our control. Trading volume in our stock is lower than that of larger financial institutions."),
            ("We may reduce or suspend dividends or share repurchases.",
             "Holders of our common stock are entitled to dividends only when declared by our board of directors. "
             "Although we have paid quarterly dividends for more than thirty consecutive years, we are not required "
             "to pay dividends and could reduce or eliminate them, or suspend repurchases, to preserve capital."),
        ]
        d.risk_factors(rf + self.risk_detail() + self.more_risks(), "h2")
        d.item("Item 1B. Unresolved Staff Comments", page_break=False)
        d.para("None.")
        d.item("Item 1C. Cybersecurity", page_break=False)
        d.paras([
            "Risk management and strategy. Our information security program is designed to identify, protect, "
            "detect, respond to and recover from cybersecurity threats. The program is led by our Chief Information "
            "Security Officer (\"CISO\"), who has more than twenty years of experience in information security at "
            "financial institutions, and is aligned with the NIST Cybersecurity Framework. We perform annual risk "
            "assessments, penetration tests by independent firms, phishing simulations and tabletop exercises, and "
            "we assess the security practices of critical third-party vendors before onboarding and periodically "
            "thereafter.",
            "Governance. The Risk Committee of our board of directors oversees cybersecurity risk and receives "
            "reports from the CISO at each regular meeting. Significant incidents are escalated to the Chief Risk "
            "Officer, the Chief Executive Officer and the chair of the Risk Committee under our incident response "
            "plan. During 2025, we did not identify any cybersecurity incident that materially affected, or is "
            "reasonably likely to materially affect, our business strategy, results of operations or financial "
            "condition.",
        ])
        d.item("Item 2. Properties", page_break=False)
        d.para("Our headquarters occupy a five-story building at 400 Foundry Square, Lindenport, Ohio, which we own. "
               "Of our 71 banking offices, 52 are owned and 19 are leased. We also lease our loan production offices "
               "and operations center space in Zanesford, Ohio. We believe our properties are adequate for our "
               "current operations.")
        self.offices_table(d)
        d.item("Item 3. Legal Proceedings", page_break=False)
        d.para(
            "In March 2025, a customer filed a putative class action complaint against the Bank in the Court of "
            "Common Pleas of Ashford County, Ohio, alleging that the Bank improperly assessed overdraft fees on debit "
            "card transactions that were authorized against a positive available balance but later settled against "
            "a negative balance. In December 2025, the parties reached an agreement in principle to settle the matter "
            "on a class-wide basis for $3.1 million, subject to definitive documentation and court approval. The "
            "Bank recorded the full settlement amount in other noninterest expense in the fourth quarter of 2025 and "
            "does not admit any wrongdoing.", key="legal")
        d.para("The Company and the Bank are also parties to various other legal proceedings arising in the ordinary "
               "course of business. Management does not believe that the outcome of these proceedings will have a "
               "material adverse effect on our consolidated financial condition or results of operations.")
        d.item("Item 4. Mine Safety Disclosures", page_break=False)
        d.para("Not applicable.")
        self.executive_officers(d)

    # ------------------------------------------------------------------
    def part2_front(self, d):
        m = self.m
        d.item("PART II", page_break=True)
        t5 = ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer "
              "Purchases of Equity Securities")
        d.toc_pages[t5] = d.page_no()
        d.h2(t5)
        d.para("Our common stock is listed on the Nasdaq Global Select Market under the symbol \"KSRB.\" As of "
               "February 20, 2026, there were approximately 4,870 holders of record. We declared quarterly cash "
               f"dividends totaling {dollars(m.inc[2025]['dps'])} per share in 2025 and "
               f"{dollars(m.inc[2024]['dps'])} per share in 2024.")
        d.para("Issuer Purchases of Equity Securities. On January 22, 2025, our board of directors authorized the "
               "repurchase of up to 2,000,000 shares of common stock through January 31, 2027. The following table "
               "presents repurchases during the fourth quarter of 2025.", key="buyback_text")
        q4 = [("October 1 \u2013 31, 2025", 85000, 43.12), ("November 1 \u2013 30, 2025", 120000, 44.05),
              ("December 1 \u2013 31, 2025", 60000, 45.31)]
        remaining = 2000000 - FLOWS["rep_shares"][2025]
        after = [remaining + sum(s for _, s, _ in q4[i + 1:]) for i in range(3)]
        rows = [R(lab, [f"{s:,}", f"${p:.2f}", f"{s:,}", f"{a:,}"], fmt="str") for (lab, s, p), a in zip(q4, after)]
        tot = sum(s for _, s, _ in q4)
        avgp = sum(s * p for _, s, p in q4) / tot
        rows.append(R("Total", [f"{tot:,}", f"${avgp:.2f}", f"{tot:,}", ""], kind="total", fmt="str"))
        d.table("b_rep", rows, [[("Total Number\nof Shares\nPurchased", 1), ("Average\nPrice Paid\nper Share", 1),
                                 ("Shares Purchased\nas Part of Publicly\nAnnounced Plan", 1),
                                 ("Maximum Shares\nThat May Yet Be\nPurchased", 1)]],
                label_w=52, size=8)
        self.q4_rep = dict(tot=tot, avgp=avgp, remaining=remaining)
        self.perf_graph(d)
        self.equity_plan_table(d)
        d.item("Item 6. [Reserved]", page_break=False)
        d.para("Not applicable.")

    # ------------------------------------------------------------------
    def mdna(self, d):
        m = self.m
        i5, i4, i3 = (m.inc[y] for y in Y3)
        b5, b4 = m.bs[2025], m.bs[2024]
        a5, a4, a3 = (m.avg[y] for y in Y3)
        d.item("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations")
        d.para("The following discussion should be read together with the consolidated financial statements and "
               "notes in Item 8. Amounts in tables are in thousands of dollars unless otherwise noted; amounts in "
               "the narrative are generally rounded to the nearest tenth of a million. Yields and net interest "
               "margin are presented on a nominal basis and have not been adjusted to a fully taxable-equivalent "
               "basis.")
        d.h2("Overview of 2025")
        d.para(
            f"Net income for 2025 was {m1(i5['ni'])}, or {dollars(i5['eps_d'])} per diluted share, compared with "
            f"{m1(i4['ni'])}, or {dollars(i4['eps_d'])} per diluted share, in 2024. Results for 2024 included a "
            f"pre-tax loss of {m1(-FLOWS['sec_gain'][2024])} on the sale of available-for-sale securities as part of "
            f"a balance sheet repositioning. Return on average assets was {pct(i5['roa'], 2)} and return on average "
            f"equity was {pct(i5['roe'], 2)} in 2025, compared with {pct(i4['roa'], 2)} and {pct(i4['roe'], 2)} in "
            "2024.", key="ov_ni")
        d.bullets([
            f"Net interest income increased {pct(chg_pct(i5['nii'], i4['nii']))} to {m1(i5['nii'])}, and the net "
            f"interest margin widened to {pct(a5['nim'], 2)} from {pct(a4['nim'], 2)}, as asset yields continued to "
            "reprice while deposit costs eased in the second half of the year.",
            f"Loans, net of unearned income, grew {m1(b5['loans'] - b4['loans'])}, or "
            f"{pct(chg_pct(b5['loans'], b4['loans']))}, to {m1(b5['loans'])}, led by commercial and industrial "
            "and non-owner occupied commercial real estate lending.",
            f"Total deposits grew {pct(chg_pct(b5['dep_total'], b4['dep_total']))} to {m1(b5['dep_total'])}; "
            "noninterest-bearing deposits increased for the first time since 2022.",
            f"The provision for credit losses was {m1(i5['prov'])}, compared with {m1(i4['prov'])} in 2024. Net "
            f"charge-offs were {pct(i5['nco_ratio'], 2)} of average loans.",
            f"In May 2025, the Company issued {m1(FLOWS['ltd_proc'][2025])} of 6.375% fixed-to-floating rate "
            "subordinated notes due 2035 and repurchased "
            f"{FLOWS['rep_shares'][2025]:,} shares of common stock for {m1(i5['rep_cost'])}.",
        ], key="ov_bullets")
        self.highlights_table(d)
        self.outlook(d)
        d.h2("Critical Accounting Estimates")
        d.paras([
            "Allowance for credit losses. The allowance for credit losses (\"ACL\") is our most significant "
            "accounting estimate. We estimate expected lifetime losses for pools of loans with similar risk "
            "characteristics using discounted cash flow and probability-of-default/loss-given-default models driven "
            "by a reasonable and supportable forecast of the regional unemployment rate, national GDP growth and "
            "commercial property price indices over eight quarters, after which we revert on a straight-line basis "
            "over four quarters to historical loss rates. Qualitative adjustments address risks not captured in the "
            "models, such as concentrations and changes in underwriting. Loans that do not share risk "
            "characteristics, principally collateral-dependent nonaccrual loans, are evaluated individually. A "
            "10% increase in the weighting of the adverse economic scenario would have increased the ACL at "
            "December 31, 2025 by approximately $5.8 million.",
            "Goodwill. Goodwill is tested for impairment annually as of October 1 and more frequently if events "
            "indicate that the fair value of our single reporting unit may be below its carrying amount. Our 2025 "
            "quantitative test indicated that the fair value of the reporting unit exceeded its carrying amount by "
            "approximately 24%; no impairment was recognized.",
        ])
        # ---- net interest income
        d.h2("Results of Operations")
        d.h3("Net Interest Income")
        d.para(
            f"Net interest income was {m1(i5['nii'])} in 2025, an increase of {m1(i5['nii'] - i4['nii'])}, or "
            f"{pct(chg_pct(i5['nii'], i4['nii']))}, from {m1(i4['nii'])} in 2024. The net interest margin was "
            f"{pct(a5['nim'], 2)} compared with {pct(a4['nim'], 2)} in 2024 and {pct(a3['nim'], 2)} in 2023. The "
            f"yield on average loans rose to {pct(a5['y']['loans'], 2)} from {pct(a4['y']['loans'], 2)} as "
            "fixed-rate loans originated in earlier years matured or repriced, and the yield on taxable securities "
            f"rose to {pct(a5['y']['sec_tax'], 2)} reflecting the reinvestment of proceeds from the 2024 "
            f"repositioning. The cost of interest-bearing deposits declined to {pct(a5['cost_ib_dep'], 2)} from "
            f"{pct(a4['cost_ib_dep'], 2)}, and the total cost of deposits, including noninterest-bearing deposits, "
            f"was {pct(a5['cost_tot_dep'], 2)} compared with {pct(a4['cost_tot_dep'], 2)}.", key="nii_text")
        d.para("The following table presents average balances, interest income or expense and the resulting "
               "average yields and rates for the periods indicated. Nonaccrual loans are included in average loans.")
        self.avg_table(d)
        d.para("The following table allocates the change in interest income and interest expense between changes in "
               "average volume and changes in average yield or rate.")
        self.rate_volume(d)
        d.h3("Provision for Credit Losses")
        d.para(
            f"The provision for credit losses was {m1(i5['prov'])} in 2025, compared with {m1(i4['prov'])} in 2024 "
            f"and {m1(i3['prov'])} in 2023. The 2025 provision exceeded net charge-offs of "
            f"{m1(m.acl[2025]['nco'])}, reflecting loan growth, the migration of several commercial relationships to "
            "criticized categories and a modestly weaker forecast for commercial property values. See \"Asset "
            "Quality\" below.", key="prov_text")
        # ---- noninterest income
        d.h3("Noninterest Income")
        def chg_row(lab, vals, **kw):
            a, b_ = vals[0], vals[1]
            pc = pct(chg_pct(a, b_)) if b_ > 0 and a > 0 else "n/m"
            return R(lab, [num(v) for v in vals] + [num(a - b_), pc], fmt="str", **kw)
        rows = [chg_row(lab, [dict(m.inc[y]["noni"])[lab] for y in Y3], dollar=(k == 0))
                for k, (lab, _) in enumerate(i5["noni"])]
        rows.append(chg_row("Total noninterest income", [m.inc[y]["tnoni"] for y in Y3], kind="total",
                            dollar=True))
        d.table("b_noni_mdna", rows, [[("Year Ended December 31,", 3), ("2025 vs. 2024", 2)],
                                     [("2025", 1), ("2024", 1), ("2023", 1), ("$ Change", 1), ("% Change", 1)]],
                label_w=62, units=UNITS_K, size=8)
        wm5, wm4 = dict(i5["noni"])["Wealth management and trust fees"], dict(i4["noni"])["Wealth management and trust fees"]
        d.para(
            f"Noninterest income was {m1(i5['tnoni'])} in 2025 compared with {m1(i4['tnoni'])} in 2024. Excluding "
            f"the {m1(-FLOWS['sec_gain'][2024])} securities loss in 2024, noninterest income increased "
            f"{m1(i5['tnoni'] - i4['tnoni'] + FLOWS['sec_gain'][2024])}. Wealth management and trust fees rose "
            f"{pct(chg_pct(wm5, wm4))} on higher assets under management and new trust relationships. Service "
            "charges on deposit accounts increased modestly as treasury management fees offset lower consumer "
            "overdraft fees following changes to our overdraft practices in mid-2024.", key="noni_text")
        # ---- noninterest expense
        d.h3("Noninterest Expense")
        rows = [R(lab, [dict(m.inc[y]["nonx"])[lab] for y in Y3], dollar=(k == 0))
                for k, (lab, _) in enumerate(i5["nonx"])]
        rows.append(R("Total noninterest expense", [m.inc[y]["tnonx"] for y in Y3], kind="total", dollar=True))
        rows.append(R("", kind="blank"))
        rows.append(R("Efficiency ratio", [m.inc[y]["eff"] for y in Y3], fmt="pct", dec=1, note="(1)"))
        rows.append(R("Adjusted efficiency ratio", [m.inc[y]["eff_adj"] for y in Y3], fmt="pct", dec=1,
                      note="(2)"))
        d.table("b_nonx_mdna", rows, H3, label_w=80, units=UNITS_K, size=8, footnotes=[
            "(1) Noninterest expense divided by the sum of net interest income and noninterest income.",
            "(2) Non-GAAP. Noninterest expense excluding amortization of intangible assets, divided by the sum of "
            "net interest income and noninterest income excluding net securities gains (losses). See \"Non-GAAP "
            "Financial Measures.\""])
        sal5, sal4 = dict(i5["nonx"])["Salaries and employee benefits"], dict(i4["nonx"])["Salaries and employee benefits"]
        d.para(
            f"Noninterest expense increased {m1(i5['tnonx'] - i4['tnonx'])}, or "
            f"{pct(chg_pct(i5['tnonx'], i4['tnonx']))}, to {m1(i5['tnonx'])}. Salaries and employee benefits rose "
            f"{pct(chg_pct(sal5, sal4))}, reflecting annual merit increases, higher incentive compensation tied to "
            "loan and fee growth and additions to our commercial banking and wealth teams. Data processing and "
            "software expense increased with the conversion of our digital banking platform. Other noninterest "
            "expense included the $3.1 million overdraft litigation settlement described in Item 3. Professional "
            "fees declined from 2024, which included consulting costs associated with the securities repositioning "
            "and our enterprise risk program.", key="nonx_text")
        self.other_expense_table(d)
        d.h3("Income Taxes")
        d.para(
            f"Income tax expense was {m1(i5['tax'])} in 2025, an effective tax rate of "
            f"{pct(i5['tax'] / i5['pretax'] * 100)}, compared with {m1(i4['tax'])}, or "
            f"{pct(i4['tax'] / i4['pretax'] * 100)}, in 2024. The effective rate is below the 21% federal statutory "
            "rate plus state taxes primarily because of tax-exempt interest on municipal securities and loans and "
            "income from bank-owned life insurance.", key="tax_text")
        self.prior_year(d)
        # ---- financial condition
        d.h2("Financial Condition")
        d.para(f"Total assets were {m1(b5['ta'])} at December 31, 2025, compared with {m1(b4['ta'])} at "
               f"December 31, 2024.")
        d.h3("Securities")
        self.securities_table(d, "b_sec_mdna")
        d.para(
            f"Securities available-for-sale totaled {m1(b5['afs'])} at fair value and securities held-to-maturity "
            f"totaled {m1(b5['htm'])} at amortized cost at year-end 2025. In the second quarter of 2024, we sold "
            f"available-for-sale securities with an amortized cost of {m1(FLOWS['sec_sold_proceeds'][2024] - FLOWS['sec_gain'][2024])} "
            f"and a weighted average yield of 1.62% for proceeds of {m1(FLOWS['sec_sold_proceeds'][2024])}, "
            f"recognizing a pre-tax loss of {m1(-FLOWS['sec_gain'][2024])}, and reinvested the proceeds in "
            "agency mortgage-backed securities and short-term Treasury securities yielding approximately 5.1%. We "
            "expect the repositioning to have recovered the loss through higher net interest income within "
            "approximately three years.", key="sec_text")
        self.sec_maturity(d)
        self.ratings_table(d)
        d.h3("Loans")
        lt5, lt4, lt3 = (m.bs[y]["loan_by_type"] for y in Y3)
        rows = []
        for k, lab in enumerate(LOAN_TYPES):
            rows.append(R(lab, [lt5[k], lt5[k] / b5["loans"] * 100, lt4[k], lt4[k] / b4["loans"] * 100],
                          dollar=(k == 0), key=lab))
        rows.append(R("Total loans, net of unearned income", [b5["loans"], 100.0, b4["loans"], 100.0],
                      kind="total", dollar=True))
        for r in rows:
            r["vals"] = [num(r["vals"][0]), pct(r["vals"][1]), num(r["vals"][2]), pct(r["vals"][3])]
            r["fmt"] = "str"
        d.table("b_loans", rows, [[("December 31, 2025", 2), ("December 31, 2024", 2)],
                                  [("Amount", 1), ("% of Total", 1), ("Amount", 1), ("% of Total", 1)]],
                label_w=74, title="Loan Portfolio Composition", units=UNITS_K, size=8)
        cre5 = lt5[1] + lt5[2] + lt5[3]
        d.para(
            f"Loans increased {pct(chg_pct(b5['loans'], b4['loans']))} during 2025. Commercial real estate loans, "
            f"including construction and land development, totaled {m1(cre5)}, or "
            f"{pct(cre5 / b5['loans'] * 100)} of total loans. Non-owner occupied office loans, which we monitor "
            f"closely, were {m1(self.OFFICE)}, or {pct(self.OFFICE / b5['loans'] * 100)} of total loans, with no "
            "single loan larger than $14.0 million. At December 31, 2025, non-owner occupied commercial real estate "
            f"and construction loans represented approximately "
            f"{(lt5[2] + lt5[3]) / self.bank_cap_vals(2025)[1] * 100:.0f}% of the Bank's total risk-based capital, "
            "below our internal limit of 300%.",
            key="loans_text")
        self.condition_narrative(d, "loans")
        self.loan_maturity(d)
        self.cre_types(d)
        # ---- asset quality
        d.h3("Asset Quality")
        self.npa_table(d)
        self.criticized_table(d)
        self.acl_table(d)
        self.acl_alloc_table(d)
        d.para(
            f"Nonperforming assets increased to {m1(b5['npa'])}, or {pct(b5['npa_ratio'], 2)} of loans and other "
            f"real estate owned, at December 31, 2025, from {m1(b4['npa'])}, or {pct(b4['npa_ratio'], 2)}, a year "
            "earlier. The increase was concentrated in two non-owner occupied commercial real estate relationships "
            "and a manufacturing borrower placed on nonaccrual in the third quarter. Net charge-offs were "
            f"{m1(m.acl[2025]['nco'])}, or {pct(i5['nco_ratio'], 2)} of average loans, compared with "
            f"{m1(m.acl[2024]['nco'])}, or {pct(i4['nco_ratio'], 2)}, in 2024. The ACL was "
            f"{pct(b5['acl_ratio'], 2)} of total loans at December 31, 2025, compared with "
            f"{pct(b4['acl_ratio'], 2)} at December 31, 2024.", key="aq_text")
        # ---- deposits
        d.h3("Deposits")
        rows = [R("Noninterest-bearing demand", [b5["nib"], b5["nib"] / b5["dep_total"] * 100,
                                                 b4["nib"], b4["nib"] / b4["dep_total"] * 100], dollar=True)]
        for k, t in enumerate(DEP_TYPES):
            rows.append(R(t, [b5["ib_by_type"][k], b5["ib_by_type"][k] / b5["dep_total"] * 100,
                              b4["ib_by_type"][k], b4["ib_by_type"][k] / b4["dep_total"] * 100]))
        rows.append(R("Total deposits", [b5["dep_total"], 100.0, b4["dep_total"], 100.0], kind="total",
                      dollar=True))
        for r in rows:
            r["vals"] = [num(r["vals"][0]), pct(r["vals"][1]), num(r["vals"][2]), pct(r["vals"][3])]
            r["fmt"] = "str"
        d.table("b_deps", rows, [[("December 31, 2025", 2), ("December 31, 2024", 2)],
                                 [("Balance", 1), ("% of Total", 1), ("Balance", 1), ("% of Total", 1)]],
                label_w=70, title="Deposit Composition", units=UNITS_K, size=8)
        unins5 = int(round(b5["dep_total"] * 0.268))
        d.para(
            f"Total deposits were {m1(b5['dep_total'])} at December 31, 2025. Estimated uninsured deposits, "
            f"excluding collateralized public funds and intercompany balances, were approximately {m1(unins5)}, or "
            "26.8% of total deposits. Our loan-to-deposit ratio was "
            f"{pct(b5['ltd_ratio'])} at December 31, 2025, compared with {pct(b4['ltd_ratio'])} a year earlier.",
            key="dep_text")
        self.condition_narrative(d, "deposits")
        self.deposit_quarters(d)
        td = b5["ib_by_type"][2]
        parts = [int(round(td * s)) for _, s in TIME_DEP_MATURITY[:-1]]
        parts.append(td - sum(parts))
        rows = [R(lab, [v], dollar=(k == 0)) for k, ((lab, _), v) in enumerate(zip(TIME_DEP_MATURITY, parts))]
        rows.append(R("Total time deposits", [td], kind="total", dollar=True))
        d.table("b_timedep", rows, [[("December 31,\n2025", 1)]], label_w=90, col_w=35,
                title="Maturities of Time Deposits", units=UNITS_K, size=8)
        d.h3("Borrowings")
        d.para(
            f"Short-term borrowings, consisting of customer repurchase agreements and overnight Federal Home Loan "
            f"Bank advances, were {m1(b5['st'])} at December 31, 2025, compared with {m1(b4['st'])}. Long-term debt "
            f"was {m1(b5['ltd'])}, consisting of {m1(b5['fhlb'])} of Federal Home Loan Bank advances and "
            f"{m1(b5['sub'])} of subordinated notes.", key="borrow_text")
        # ---- capital
        d.h3("Capital Resources")
        self.capital_table(d)
        c5 = m.cap[2025]
        d.para(
            f"Shareholders' equity was {m1(b5['te'])} at December 31, 2025, compared with {m1(b4['te'])} at "
            f"December 31, 2024. The increase reflected net income of {m1(i5['ni'])} and an improvement of "
            f"{m1(m.oci[2025]['net'])} in accumulated other comprehensive loss, partly offset by dividends of "
            f"{m1(i5['div'])} and share repurchases of {m1(i5['rep_cost'])}. The Company's CET1 ratio was "
            f"{pct(c5['r_cet1'], 2)} and its total capital ratio was {pct(c5['r_tot'], 2)}, and the Bank "
            "exceeded all requirements to be considered well capitalized.", key="cap_text")
        self.condition_narrative(d, "capital")
        d.h3("Liquidity")
        src, ltot, unins = self.liquidity_sources()
        d.para(
            f"Cash and cash equivalents were {m1(b5['cash'])} at December 31, 2025. Together with unpledged "
            f"securities of {m1(src[1][1])}, available borrowing capacity at the Federal Home Loan Bank of "
            f"{m1(src[2][1])} and Federal Reserve discount window capacity of {m1(src[3][1])}, our available "
            f"liquidity totaled {m1(ltot)}, or {ltot / unins:.2f} times our estimated uninsured deposits. The "
            "Company (parent only) held cash of $64.3 million, which exceeded one year of common dividends and "
            "interest on its subordinated notes.", key="liq_text")
        self.liquidity_table(d)
        d.para("The following table summarizes our significant contractual obligations. Time deposits and "
               "borrowings exclude interest.")
        self.obligations(d)
        # ---- key ratios and non-GAAP
        d.h2("Selected Financial Data and Non-GAAP Financial Measures")
        rows = [
            R("Performance ratios", kind="head"),
            R("Return on average assets", [m.inc[y]["roa"] for y in Y3], fmt="pct", dec=2, indent=1),
            R("Return on average equity", [m.inc[y]["roe"] for y in Y3], fmt="pct", dec=2, indent=1),
            R("Net interest margin", [m.avg[y]["nim"] for y in Y3], fmt="pct", dec=2, indent=1),
            R("Efficiency ratio", [m.inc[y]["eff"] for y in Y3], fmt="pct", dec=1, indent=1),
            R("Dividend payout ratio", [m.inc[y]["payout"] for y in Y3], fmt="pct", dec=1, indent=1,
              note="(1)"),
            R("Per share data", kind="head"),
            R("Diluted earnings per share", [dollars(m.inc[y]["eps_d"]) for y in Y3], fmt="str", indent=1),
            R("Dividends declared per share", [dollars(m.inc[y]["dps"]) for y in Y3], fmt="str", indent=1),
            R("Book value per share", [dollars(m.bs[y]["bvps"]) for y in Y3], fmt="str", indent=1),
            R("Tangible book value per share", [dollars(m.bs[y]["tbvps"]) for y in Y3], fmt="str", indent=1,
              note="(2)"),
            R("Capital and asset quality (at year end)", kind="head"),
            R("Shareholders' equity to total assets", [m.bs[y]["eq_ratio"] for y in Y3], fmt="pct", dec=2,
              indent=1),
            R("Tangible common equity to tangible assets", [m.bs[y]["tce_ratio"] for y in Y3], fmt="pct",
              dec=2, indent=1, note="(2)"),
            R("Allowance for credit losses to total loans", [m.bs[y]["acl_ratio"] for y in Y3], fmt="pct",
              dec=2, indent=1),
            R("Net charge-offs to average loans", [m.inc[y]["nco_ratio"] for y in Y3], fmt="pct", dec=2,
              indent=1),
        ]
        d.table("b_ratios", rows, H3, label_w=82, title="Selected Financial Ratios", size=8, footnotes=[
            "(1) Dividends declared per share divided by diluted earnings per share.",
            "(2) Non-GAAP measure; see reconciliation below."])
        rows = [
            R("Total shareholders' equity", [m.bs[y]["te"] for y in Y3], dollar=True),
            R("Less: goodwill", [m.bs[y]["gw"] for y in Y3], indent=1),
            R("Less: other intangible assets, net", [m.bs[y]["intang"] for y in Y3], indent=1),
            R("Tangible common equity", [m.bs[y]["tbv"] for y in Y3], kind="sub", dollar=True),
            R("Common shares outstanding (in thousands)", [m.bs[y]["out"] / 1000 for y in Y3], dec=1),
            R("Tangible book value per share", [dollars(m.bs[y]["tbvps"]) for y in Y3], kind="total",
              fmt="str"),
        ]
        d.table("b_tbv", rows, [[("December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]],
                label_w=82, title="Reconciliation of Tangible Book Value per Share (Non-GAAP)", units=UNITS,
                size=8)
        self.quarterly_table(d)

    def avg_table(self, d):
        m = self.m
        A = [m.avg[y] for y in Y3]

        def line(label, key, **kw):
            vals = []
            for a in A:
                vals += [a["bal"][key], a["int"][key], pct(a["y"][key], 2)]
            return R(label, vals, **kw)

        def tot(label, bk, ik, rk, **kw):
            vals = []
            for a in A:
                vals += [a[bk], a[ik] if ik else "", pct(a[rk], 2) if rk else ""]
            return R(label, vals, **kw)
        rows = [R("Assets", kind="head"),
                line("Loans, including loans held for sale", "loans", indent=1, dollar=True, note="(1)"),
                line("Taxable securities", "sec_tax", indent=1),
                line("Tax-exempt securities", "sec_exempt", indent=1, note="(2)"),
                line("Interest-bearing deposits in other banks", "ib_cash", indent=1),
                tot("Total interest-earning assets", "ea", "ii", "ea_yield", kind="sub"),
                R("Noninterest-earning assets, net of allowance", [a["nonearn"] if j % 3 == 0 else ""
                                                                    for a in A for j in range(3)], indent=1),
                R("Total assets", [a["ta"] if j % 3 == 0 else "" for a in A for j in range(3)], kind="total",
                  dollar=True),
                R("Liabilities and Shareholders' Equity", kind="head")]
        for k, t in enumerate(DEP_TYPES):
            rows.append(line(t, t, indent=1, dollar=(k == 0)))
        rows += [line("Short-term borrowings", "st", indent=1),
                 line("Long-term debt", "ltd", indent=1),
                 tot("Total interest-bearing liabilities", "ibl", "ie", "ibl_rate", kind="sub"),
                 R("Noninterest-bearing deposits", [a["nib"] if j % 3 == 0 else "" for a in A for j in range(3)],
                   indent=1),
                 R("Other liabilities", [a["ol"] if j % 3 == 0 else "" for a in A for j in range(3)], indent=1),
                 R("Shareholders' equity", [a["eq"] if j % 3 == 0 else "" for a in A for j in range(3)],
                   indent=1),
                 R("Total liabilities and shareholders' equity", [a["ta"] if j % 3 == 0 else "" for a in A
                                                                  for j in range(3)], kind="total", dollar=True),
                 R("", kind="blank"),
                 R("Net interest income", [x for a, y in zip(A, Y3) for x in ("", m.inc[y]["nii"], "")],
                   kind="total", dollar=True),
                 R("Interest rate spread", [x for a in A for x in ("", "", pct(a["spread"], 2))]),
                 R("Net interest margin", [x for a in A for x in ("", "", pct(a["nim"], 2))], note="(3)"),
                 R("Total cost of deposits", [x for a in A for x in ("", "", pct(a["cost_tot_dep"], 2))],
                   note="(4)")]
        hdr = [[("2025", 3), ("2024", 3), ("2023", 3)],
               [("Average\nBalance", 1), ("Interest", 1), ("Yield/\nRate", 1)] * 3]
        d.table("b_avg", rows, hdr, label_w=51, size=6.9, row_h=3.7, col_w=[16.5, 13, 8.8] * 3,
                title="Average Balances, Interest and Yields/Rates", units=UNITS_K, footnotes=[
                    "(1) Includes nonaccrual loans and net deferred loan fees of $4.1 million, $3.7 million and "
                    "$3.2 million recognized in interest income in 2025, 2024 and 2023, respectively.",
                    "(2) Yields on tax-exempt securities are not presented on a tax-equivalent basis.",
                    "(3) Net interest income divided by average interest-earning assets.",
                    "(4) Interest expense on deposits divided by average total deposits, including "
                    "noninterest-bearing deposits."])

    def securities_table(self, d, tid):
        m = self.m
        b5 = m.bs[2025]
        types = ["U.S. Treasury securities", "U.S. government agency securities",
                 "Residential mortgage-backed securities", "Collateralized mortgage obligations",
                 "Obligations of states and political subdivisions", "Corporate debt securities"]
        shares = [0.06, 0.14, 0.46, 0.17, 0.13, 0.04]
        gains_pct = [0.001, 0.002, 0.004, 0.002, 0.006, 0.003]
        u = self.unrealized(2025)
        fv = m._split(b5["afs"], shares)
        uu = m._split(u, shares)
        rows, sec_rows = [], []
        tot = [0, 0, 0, 0]
        for k, t in enumerate(types):
            g = int(round(fv[k] * gains_pct[k]))
            loss = g - uu[k]
            ac = fv[k] - g + loss
            vals = [ac, g, -loss, fv[k]]
            tot = [a + v for a, v in zip(tot, vals)]
            rows.append(R(t, vals, dollar=(k == 0), indent=1))
            sec_rows.append((t, fv[k], loss))
        self.sec_rows = sec_rows
        rows.insert(0, R("Available-for-sale:", kind="head"))
        rows.append(R("Total available-for-sale", tot, kind="total", dollar=True))
        htm_fv = int(round(b5["htm"] * 0.918))
        rows += [R("Held-to-maturity:", kind="head"),
                 R("Obligations of states and political subdivisions", [b5["htm"], 0, htm_fv - b5["htm"], htm_fv],
                   indent=1, dollar=True),
                 R("Total held-to-maturity", [b5["htm"], 0, htm_fv - b5["htm"], htm_fv], kind="total",
                   dollar=True)]
        assert tot[3] == b5["afs"]
        self.afs_cost = tot[0]
        d.table(tid, rows, [[("Amortized\nCost", 1), ("Gross\nUnrealized\nGains", 1),
                             ("Gross\nUnrealized\nLosses", 1), ("Fair\nValue", 1)]],
                label_w=76, title="Securities at December 31, 2025", units=UNITS_K, size=8)

    def unrealized(self, y):
        u = -168950
        for yy in YEARS:
            if yy <= y:
                u += self.m.oci[yy]["hold"]
        return u

    def npa_table(self, d):
        m = self.m
        rows = [R("Nonaccrual loans:", kind="head")]
        for k, t in enumerate(LOAN_TYPES):
            rows.append(R(t, [NONACCRUAL[y][k] for y in Y3], indent=1, dollar=(k == 0)))
        rows += [
            R("Total nonaccrual loans", [m.bs[y]["na_total"] for y in Y3], kind="sub"),
            R("Loans 90 days or more past due and still accruing", [PD90[y] for y in Y3]),
            R("Total nonperforming loans", [m.bs[y]["npl"] for y in Y3], kind="sub"),
            R("Other real estate owned", [OREO[y] for y in Y3]),
            R("Total nonperforming assets", [m.bs[y]["npa"] for y in Y3], kind="total", dollar=True),
            R("", kind="blank"),
            R("Nonaccrual loans to total loans", [m.bs[y]["npl_ratio"] for y in Y3], fmt="pct", dec=2),
            R("Nonperforming assets to total loans and OREO", [m.bs[y]["npa_ratio"] for y in Y3], fmt="pct",
              dec=2),
            R("Allowance for credit losses to nonaccrual loans", [m.bs[y]["acl_na"] for y in Y3], fmt="pct",
              dec=1),
        ]
        d.table("b_npa", rows, [[("December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]],
                label_w=84, title="Nonperforming Assets", units=UNITS_K, size=8)

    def acl_table(self, d, tid="b_acl"):
        m = self.m
        A = [m.acl[y] for y in Y3]
        rows = [R("Balance at beginning of year", [a["beg"] for a in A], dollar=True),
                R("Charge-offs:", kind="head")]
        for k, c in enumerate(CO_CATS):
            rows.append(R(c, [-a["co"][k] for a in A], indent=1, key="co:" + c))
        rows.append(R("Total charge-offs", [-a["co_t"] for a in A], kind="sub", indent=2))
        rows.append(R("Recoveries:", kind="head"))
        for k, c in enumerate(CO_CATS):
            rows.append(R(c, [a["rec"][k] for a in A], indent=1, key="rec:" + c))
        rows += [R("Total recoveries", [a["rec_t"] for a in A], kind="sub", indent=2),
                 R("Net charge-offs", [-a["nco"] for a in A], kind="sub"),
                 R("Provision for credit losses on loans", [a["prov"] for a in A]),
                 R("Balance at end of year", [a["end"] for a in A], kind="total", dollar=True),
                 R("", kind="blank"),
                 R("Net charge-offs to average loans", [m.inc[y]["nco_ratio"] for y in Y3], fmt="pct", dec=2),
                 R("Allowance to total loans at year end", [m.bs[y]["acl_ratio"] for y in Y3], fmt="pct",
                   dec=2)]
        d.table(tid, rows, H3, label_w=84, title="Allowance for Credit Losses on Loans", units=UNITS_K,
                size=8, footnotes=["Provision for credit losses on unfunded commitments was not material in any "
                                   "period presented and is included in the provision above."])

    def capital_table(self, d):
        m = self.m
        rows = []
        for y in (2025, 2024):
            c = m.cap[y]
            rows.append(R(f"December 31, {y}", kind="head"))
            rows += [
                R("Common equity Tier 1 capital to risk-weighted assets", [c["cet1"], pct(c["r_cet1"], 2), "4.5%", "6.5%"],
                  indent=1, key=f"cet1{y}", fmt="str"),
                R("Tier 1 capital to risk-weighted assets", [c["t1"], pct(c["r_t1"], 2), "6.0%", "8.0%"], indent=1,
                  key=f"t1{y}", fmt="str"),
                R("Total capital to risk-weighted assets", [c["total"], pct(c["r_tot"], 2), "8.0%", "10.0%"],
                  indent=1, key=f"tot{y}", fmt="str"),
                R("Tier 1 capital to average assets (leverage)", [c["t1"], pct(c["r_lev"], 2), "4.0%", "5.0%"],
                  indent=1, key=f"lev{y}", fmt="str"),
            ]
        for r in rows:
            if r["vals"]:
                r["vals"][0] = num(r["vals"][0])
        d.table("b_cap", rows, [[("Actual", 2), ("Minimum\nCapital\nRequirement", 1), ("To Be Well\nCapitalized", 1)],
                                [("Amount", 1), ("Ratio", 1), ("Ratio", 1), ("Ratio", 1)]],
                label_w=78, title=f"Regulatory Capital \u2014 {CO}", units=UNITS_K, size=8, footnotes=[
                    f"Risk-weighted assets were {money_m(m.cap[2025]['rwa'])} and {money_m(m.cap[2024]['rwa'])} at "
                    "December 31, 2025 and 2024, respectively. Minimum requirements exclude the 2.5% capital "
                    "conservation buffer."])

    def market_risk(self, d):
        d.item("Item 7A. Quantitative and Qualitative Disclosures About Market Risk")
        d.para("Interest rate risk is our most significant market risk. The Asset/Liability Committee monitors "
               "interest rate risk using net interest income simulation over a twelve-month horizon and economic "
               "value of equity analysis. The simulation assumes a static balance sheet, instantaneous and parallel "
               "rate shocks, and deposit pricing betas derived from our recent experience. The following table "
               "shows the estimated percentage change in net interest income over the next twelve months.")
        rows = [R(f"{s} basis points", [pct(a), pct(b)], fmt="str", key=s) for s, a, b in RATE_SHOCK]
        d.table("b_shock", rows, [[("Estimated Change in Net\nInterest Income", 2)],
                                  [("December 31,\n2025", 1), ("December 31,\n2024", 1)]],
                label_w=70, col_w=40, title="Net Interest Income Sensitivity", size=8.5,
                footnotes=["Policy limits: (10.0)% for a 200 basis point shock and (5.0)% for a 100 basis point "
                           "shock."])
        d.para("The balance sheet remained asset sensitive at December 31, 2025, although less so than a year "
               "earlier, reflecting the addition of fixed-rate securities and longer-term fixed-rate commercial "
               "loans during 2025.", key="shock_text")
        d.para("Economic value of equity (\"EVE\") measures the change in the net present value of assets, "
               "liabilities and off-balance sheet instruments under the same rate shocks and captures longer-term "
               "repricing risk that the twelve-month simulation does not.")
        self.eve_table(d)

    # ------------------------------------------------------------------
    def statements(self, d):
        m = self.m
        d.item("Item 8. Financial Statements and Supplementary Data")
        d.h2("Report of Independent Registered Public Accounting Firm")
        d.paras([
            f"To the Shareholders and Board of Directors of {CO}",
            "Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
            f"{CO} and subsidiaries (the \"Company\") as of December 31, 2025 and 2024, the related consolidated "
            "statements of income, comprehensive income, changes in shareholders' equity and cash flows for each "
            "of the three years in the period ended December 31, 2025, and the related notes. In our opinion, the "
            "financial statements present fairly, in all material respects, the financial position of the Company "
            "as of December 31, 2025 and 2024, and the results of its operations and its cash flows for each of the "
            "three years in the period ended December 31, 2025, in conformity with accounting principles generally "
            "accepted in the United States of America.",
            "Basis for Opinion. These financial statements are the responsibility of the Company's management. Our "
            "responsibility is to express an opinion on these financial statements based on our audits. We conducted "
            "our audits in accordance with the standards of the Public Company Accounting Oversight Board (United "
            "States). Those standards require that we plan and perform the audit to obtain reasonable assurance "
            "about whether the financial statements are free of material misstatement, whether due to error or "
            "fraud.",
            "Critical Audit Matter \u2014 Allowance for Credit Losses on Loans, Qualitative Adjustments. As "
            "described in Note 4, the Company's allowance includes qualitative adjustments that require significant "
            "management judgment. We identified these adjustments as a critical audit matter. Our procedures "
            "included testing the design and operating effectiveness of controls over the qualitative framework, "
            "evaluating the relevance and reliability of data used, and assessing the directional consistency of "
            "adjustments with credit trends.",
            "/s/ Hollister & Vane LLP\nColumbus, Ohio\nFebruary 26, 2026\nWe have served as the Company's auditor "
            "since 2009.",
        ])
        self.icfr_report(d)
        # ---- balance sheet
        d.new_page()
        d.centered(CO.upper() + "\nCONSOLIDATED BALANCE SHEETS", 10.5, "B")
        B = [m.bs[2025], m.bs[2024]]

        def bl(label, k, **kw):
            return R(label, [b[k] for b in B], **kw)
        out = [b["out"] for b in B]
        rows = [
            R("ASSETS", kind="head"),
            bl("Cash and due from banks", "cash_due", dollar=True),
            bl("Interest-bearing deposits in other banks", "ib_cash"),
            bl("Total cash and cash equivalents", "cash", kind="sub"),
            bl("Securities available-for-sale, at fair value", "afs"),
            R("Securities held-to-maturity, at amortized cost (fair value of "
              f"${num(int(round(B[0]['htm'] * 0.918)))} and ${num(int(round(B[1]['htm'] * 0.905)))})",
              [b["htm"] for b in B], key="Securities held-to-maturity"),
            bl("Loans held for sale", "lhfs"),
            bl("Loans, net of unearned income", "loans"),
            R("Less: allowance for credit losses", [-b["acl"] for b in B], indent=1, key="acl"),
            bl("Net loans", "net_loans", kind="sub"),
            bl("Premises and equipment, net", "prem"),
            bl("Goodwill", "gw"),
            bl("Other intangible assets, net", "intang"),
            bl("Bank-owned life insurance", "boli"),
            bl("Accrued interest receivable and other assets", "oa"),
            bl("Total assets", "ta", kind="total", dollar=True),
            R("LIABILITIES AND SHAREHOLDERS' EQUITY", kind="head"),
            R("Deposits:", kind="head"),
            bl("Noninterest-bearing", "nib", indent=1, dollar=True),
            bl("Interest-bearing", "ib", indent=1),
            bl("Total deposits", "dep_total", kind="sub", indent=2),
            bl("Short-term borrowings", "st"),
            bl("Long-term debt", "ltd"),
            bl("Accrued interest payable and other liabilities", "ol"),
            bl("Total liabilities", "tl", kind="sub"),
            R("Commitments and contingent liabilities (Note 13)", [None, None]),
            R("Shareholders' equity:", kind="head"),
            R("Preferred stock, no par value; 5,000,000 shares authorized; none issued", [0, 0], indent=1,
              key="pref"),
            R(f"Common stock, $1.00 par value; 100,000,000 shares authorized; {SHARES_ISSUED:,} shares issued",
              [b["cs"] for b in B], indent=1, key="cs"),
            bl("Additional paid-in capital", "apic", indent=1),
            bl("Retained earnings", "re", indent=1),
            bl("Accumulated other comprehensive loss", "aoci", indent=1),
            R(f"Treasury stock, at cost ({B[0]['treas_sh']:,} and {B[1]['treas_sh']:,} shares)",
              [b["treas"] for b in B], indent=1, key="treas"),
            bl("Total shareholders' equity", "te", kind="sub", indent=2),
            bl("Total liabilities and shareholders' equity", "ta", kind="total", dollar=True, key="tle"),
        ]
        self.out = out
        d.table("b_bs", rows, H2, label_w=110, units=UNITS, size=8.4, row_h=4.3,
                footnotes=["See accompanying notes to consolidated financial statements."])
        # ---- income statement
        d.new_page()
        d.centered(CO.upper() + "\nCONSOLIDATED STATEMENTS OF INCOME", 10.5, "B")
        I = [m.inc[y] for y in Y3]
        rows = [R("Interest income:", kind="head"),
                R("Loans, including fees", [i["ii"]["loans"] for i in I], indent=1, dollar=True),
                R("Securities \u2014 taxable", [i["ii"]["sec_tax"] for i in I], indent=1),
                R("Securities \u2014 tax-exempt", [i["ii"]["sec_exempt"] for i in I], indent=1),
                R("Interest-bearing deposits in other banks", [i["ii"]["ib_cash"] for i in I], indent=1),
                R("Total interest income", [i["tii"] for i in I], kind="sub", indent=2),
                R("Interest expense:", kind="head"),
                R("Deposits", [i["ie"]["dep"] for i in I], indent=1),
                R("Short-term borrowings", [i["ie"]["st"] for i in I], indent=1),
                R("Long-term debt", [i["ie"]["ltd"] for i in I], indent=1),
                R("Total interest expense", [i["tie"] for i in I], kind="sub", indent=2),
                R("Net interest income", [i["nii"] for i in I], kind="sub"),
                R("Provision for credit losses", [i["prov"] for i in I]),
                R("Net interest income after provision for credit losses", [i["nii_after"] for i in I],
                  kind="sub"),
                R("Noninterest income:", kind="head")]
        rows += [R(lab, [dict(i["noni"])[lab] for i in I], indent=1, key="is:" + lab) for lab, _ in I[0]["noni"]]
        rows += [R("Total noninterest income", [i["tnoni"] for i in I], kind="sub", indent=2),
                 R("Noninterest expense:", kind="head")]
        rows += [R(lab, [dict(i["nonx"])[lab] for i in I], indent=1, key="is:" + lab) for lab, _ in I[0]["nonx"]]
        rows += [R("Total noninterest expense", [i["tnonx"] for i in I], kind="sub", indent=2),
                 R("Income before income taxes", [i["pretax"] for i in I], kind="sub"),
                 R("Income tax expense", [i["tax"] for i in I]),
                 R("Net income", [i["ni"] for i in I], kind="total", dollar=True),
                 R("", kind="blank"),
                 R("Earnings per common share:", kind="head"),
                 R("Basic", [i["eps_b"] for i in I], dec=2, indent=1, dollar=True, key="eps_basic"),
                 R("Diluted", [i["eps_d"] for i in I], dec=2, indent=1, dollar=True, key="eps_diluted"),
                 R("Dividends declared per common share", [i["dps"] for i in I], dec=2, dollar=True),
                 R("Weighted average common shares outstanding (in thousands):", kind="head"),
                 R("Basic", [i["basic"] / 1000 for i in I], dec=1, indent=1, key="sh_basic"),
                 R("Diluted", [i["diluted"] / 1000 for i in I], dec=1, indent=1, key="sh_diluted")]
        d.table("b_is", rows, H3, label_w=92, units=UNITS, size=8.2, row_h=4.05,
                footnotes=["See accompanying notes to consolidated financial statements."])
        # ---- comprehensive income
        d.new_page()
        d.centered(CO.upper() + "\nCONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", 10.5, "B")
        O = [m.oci[y] for y in Y3]
        rows = [R("Net income", [i["ni"] for i in I], dollar=True),
                R("Other comprehensive income (loss):", kind="head"),
                R("Unrealized holding gains (losses) on securities available-for-sale arising during the period",
                  [o["hold"] for o in O], indent=1, key="hold"),
                R("Reclassification adjustment for net securities losses included in net income",
                  [o["reclass"] for o in O], indent=1, key="reclass"),
                R("Income tax effect", [-o["tax"] for o in O], indent=1, key="ocitax"),
                R("Other comprehensive income (loss), net of tax", [o["net"] for o in O], kind="sub"),
                R("Comprehensive income", [i["ni"] + o["net"] for i, o in zip(I, O)], kind="total",
                  dollar=True)]
        d.table("b_ci", rows, H3, label_w=92, units=UNITS_K, size=8.4)
        # ---- equity statement
        d.new_page()
        d.centered(CO.upper() + "\nCONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY", 10.5, "B")
        rows = []
        for y in (2023, 2024, 2025):
            e = m.eq[y]
            p, b = e["beg"], e["end"]
            if y == 2023:
                rows.append(R("Balance, December 31, 2022", [p["out"], p["cs"], p["apic"], p["re"], p["aoci"],
                                                             p["treas"], p["te"]], dollar=[False] + [True] * 6,
                                 key="bal2022"))
            rows += [
                R("Net income", [None, None, None, e["ni"], None, None, e["ni"]], indent=1, key=f"ni{y}"),
                R("Other comprehensive income (loss)", [None, None, None, None, e["oci"], None, e["oci"]],
                  indent=1, key=f"oci{y}"),
                R(f"Cash dividends declared (${FLOWS['dps'][y]:.2f} per share)",
                  [None, None, None, -e["div"], None, None, -e["div"]], indent=1, key=f"div{y}"),
                R("Stock-based compensation", [None, None, e["sbc"], None, None, None, e["sbc"]], indent=1,
                  key=f"sbc{y}"),
                R("Repurchases of common stock", [-e["rep_sh"], None, None, None, None, -e["rep"], -e["rep"]],
                  indent=1, key=f"rep{y}"),
                R(f"Balance, December 31, {y}", [b["out"], b["cs"], b["apic"], b["re"], b["aoci"], b["treas"],
                                                 b["te"]], kind="sub", dollar=[False] + [True] * 6, key=f"bal{y}"),
            ]
        d.table("b_eq", rows, [[("Common\nShares\nOutstanding", 1), ("Common\nStock", 1),
                                ("Additional\nPaid-in\nCapital", 1), ("Retained\nEarnings", 1),
                                ("Accumulated\nOther\nComprehensive\nLoss", 1), ("Treasury\nStock", 1),
                                ("Total", 1)]],
                label_w=48, units=UNITS, size=6.9, row_h=3.8, leaders=False,
                col_w=[15, 13, 16.5, 17, 19.5, 15.5, 17.5],
                cont_title=CO.upper() + "\nCONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY")
        # ---- cash flows
        d.new_page()
        d.centered(CO.upper() + "\nCONSOLIDATED STATEMENTS OF CASH FLOWS", 10.5, "B")
        C = [m.cf[y] for y in Y3]

        def cf_rows(group, lo=0, hi=None, indent=1, first_dollar=False):
            items = C[0][group][lo:hi]
            return [R(lab, [c[group][lo + k][1] for c in C], indent=indent, dollar=first_dollar and k == 0,
                      key="cf:" + lab) for k, (lab, _) in enumerate(items)]
        rows = [R("Operating activities", kind="head")]
        rows += cf_rows("op", 0, 1, first_dollar=True)
        rows.append(R("Adjustments to reconcile net income to net cash provided by operating activities:",
                      kind="head", indent=1))
        rows += cf_rows("op", 1, indent=2)
        rows.append(R("Net cash provided by operating activities", [c["s_op"] for c in C], kind="sub"))
        rows.append(R("Investing activities", kind="head"))
        rows += cf_rows("inv")
        rows.append(R("Net cash used in investing activities", [c["s_inv"] for c in C], kind="sub"))
        rows.append(R("Financing activities", kind="head"))
        rows += cf_rows("fin")
        rows.append(R("Net cash provided by financing activities", [c["s_fin"] for c in C], kind="sub"))
        rows.append(R("Net increase in cash and cash equivalents", [c["chg"] for c in C], kind="sub"))
        rows.append(R("Cash and cash equivalents at beginning of year", [c["beg"] for c in C]))
        rows.append(R("Cash and cash equivalents at end of year", [c["end"] for c in C], kind="total",
                      dollar=True))
        rows.append(R("Supplemental disclosures:", kind="head"))
        rows.append(R("Interest paid", [m.inc[y]["tie"] - 1200 + 400 * k for k, y in enumerate(Y3)], indent=1,
                      dollar=True))
        rows.append(R("Income taxes paid", [m.inc[y]["tax"] - FLOWS["def_tax"][y] for y in Y3], indent=1))
        rows.append(R("Transfers of loans to other real estate owned", [1260, 1740, 2310], indent=1))
        d.table("b_cf", rows, H3, label_w=100, units=UNITS_K, size=7.9, row_h=3.95)

    # ------------------------------------------------------------------
    def notes(self, d):
        m = self.m
        b5, b4 = m.bs[2025], m.bs[2024]
        d.new_page()
        d.centered(CO.upper() + "\nNOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 10.5, "B")
        d.ln(2)
        d.h2("Note 1 \u2014 Summary of Significant Accounting Policies")
        d.paras([
            f"Principles of consolidation. The consolidated financial statements include the accounts of {CO} and "
            "its wholly-owned subsidiaries, principally the Bank. All significant intercompany balances and "
            "transactions have been eliminated. The Company has one reportable segment, community banking, "
            "because its chief operating decision maker, the Chief Executive Officer, evaluates performance and "
            "allocates resources on a consolidated basis using consolidated net income.",
            "Use of estimates. Preparation of financial statements in conformity with generally accepted accounting "
            "principles requires management to make estimates that affect reported amounts. The allowance for "
            "credit losses, the fair value of financial instruments and the evaluation of goodwill for impairment "
            "are particularly subject to change.",
            "Cash and cash equivalents. Cash and cash equivalents include cash and due from banks and "
            "interest-bearing deposits in other banks, including the Federal Reserve Bank, with original "
            "maturities of three months or less.",
            "Securities. Debt securities that the Company has the positive intent and ability to hold to maturity "
            "are classified as held-to-maturity and carried at amortized cost. Other debt securities are classified "
            "as available-for-sale and carried at fair value, with unrealized gains and losses, net of tax, reported "
            "in other comprehensive income. Premiums and discounts are amortized using the interest method. For "
            "available-for-sale securities in an unrealized loss position, the Company assesses whether it intends "
            "to sell, or more likely than not will be required to sell, the security before recovery of its "
            "amortized cost basis, and whether any decline in fair value results from credit losses.",
            "Loans. Loans are stated at the principal amount outstanding, net of unearned income and deferred "
            "origination fees and costs, which are recognized as a yield adjustment over the life of the loan. "
            "Interest accrual is discontinued when a loan becomes 90 days past due unless the loan is well "
            "secured and in process of collection, or earlier when collection is doubtful. Interest received on "
            "nonaccrual loans is applied against principal until the loan is returned to accrual status.",
            "Allowance for credit losses. The ACL is a valuation account deducted from the amortized cost basis of "
            "loans to present the net amount expected to be collected. Loans are charged off against the allowance "
            "when management believes the balance is uncollectible; recoveries are credited to the allowance. The "
            "Company also maintains a reserve for unfunded commitments within other liabilities.",
            "Premises and equipment. Premises and equipment are stated at cost less accumulated depreciation, "
            "computed on the straight-line method over estimated useful lives of 10 to 39 years for buildings and "
            "3 to 10 years for furniture and equipment.",
            "Goodwill and intangible assets. Goodwill is not amortized but is tested for impairment at least "
            "annually. Core deposit and customer relationship intangibles are amortized on an accelerated basis over "
            "their estimated useful lives of 7 to 12 years.",
            "Revenue from contracts with customers. Service charges on deposit accounts, card and interchange fees "
            "and wealth management fees are recognized when the performance obligation is satisfied, generally "
            "when the transaction occurs or, for wealth management, over the period in which services are "
            "provided, based on assets under management at period end.",
            "Earnings per share. Basic earnings per share is net income divided by the weighted average number of "
            "common shares outstanding. Diluted earnings per share includes the dilutive effect of unvested "
            "restricted stock units and performance share units using the treasury stock method.",
        ])
        self.more_policies(d)
        d.h2("Note 2 \u2014 Recent Accounting Pronouncements")
        d.paras([
            "ASU 2023-07, Segment Reporting. The Company adopted ASU 2023-07 for the year ended December 31, 2024, "
            "and applied it retrospectively. Adoption expanded disclosures but had no effect on reported results.",
            "ASU 2023-09, Income Taxes: Improvements to Income Tax Disclosures, is effective for the Company's 2025 "
            "annual financial statements and has been applied prospectively in Note 10. ASU 2024-03, Disaggregation "
            "of Income Statement Expenses, is effective for annual periods beginning after December 15, 2026; the "
            "Company is evaluating its effect on disclosures.",
        ])
        d.h2("Note 3 \u2014 Securities")
        self.securities_table(d, "b_sec_note")
        d.para(
            f"Securities with a carrying value of approximately {m1(int(round(b5['afs'] * 0.52)))} were pledged to "
            "secure public deposits, repurchase agreements and Federal Home Loan Bank advances at December 31, "
            "2025. Unrealized losses on available-for-sale securities relate principally to changes in interest "
            "rates since purchase rather than credit quality; substantially all of the portfolio is issued or "
            "guaranteed by the U.S. government or its agencies or is rated investment grade. The Company does not "
            "intend to sell these securities and it is not more likely than not that it will be required to sell "
            "them before recovery, and no allowance for credit losses on securities was recorded.")
        self.unrealized_duration(d)
        d.para(f"Proceeds from sales of available-for-sale securities were {m1(FLOWS['sec_sold_proceeds'][2024])} "
               f"in 2024, with gross realized losses of {m1(-FLOWS['sec_gain'][2024])} and no gross realized gains. "
               "There were no sales of securities in 2025 or 2023.", key="sec_note_sales")
        d.h2("Note 4 \u2014 Loans and Allowance for Credit Losses")
        self.acl_method(d)
        lt5, lt4 = b5["loan_by_type"], b4["loan_by_type"]
        rows = [R(t, [lt5[k], lt4[k]], dollar=(k == 0)) for k, t in enumerate(LOAN_TYPES)]
        rows.append(R("Total loans, net of unearned income", [b5["loans"], b4["loans"]], kind="sub", dollar=True))
        rows.append(R("Allowance for credit losses", [-b5["acl"], -b4["acl"]]))
        rows.append(R("Net loans", [b5["net_loans"], b4["net_loans"]], kind="total", dollar=True))
        d.table("b_loans_note", rows, H2, label_w=100, units=UNITS_K, size=8.2)
        d.para("Loans with a carrying amount of $2.41 billion were pledged as collateral for Federal Home Loan Bank "
               "advances and Federal Reserve discount window borrowing capacity at December 31, 2025. Net deferred "
               "loan origination fees included in loan balances were $9.6 million and $8.8 million at December 31, "
               "2025 and 2024, respectively.")
        self.acl_table(d, "b_acl_note")
        self.acl_segment_table(d)
        self.vintage_table(d)
        self.oreo_table(d)
        self.pastdue_by_type(d)
        d.para("Loan modifications to borrowers experiencing financial difficulty totaled $21.8 million during "
               "2025, consisting principally of term extensions and payment deferrals on commercial loans, compared "
               "with $13.5 million in 2024. Modified loans that subsequently defaulted during 2025 were not "
               "material.")
        d.h2("Note 5 \u2014 Premises and Equipment")
        prem_cost5 = b5["prem"] + 121840
        prem_cost4 = b4["prem"] + 121840 - 8900 + 6100
        land = [18420, 18120]
        bld = [int(round(prem_cost5 * 0.58)), int(round(prem_cost4 * 0.585))]
        rows = [R("Land", land, dollar=True),
                R("Buildings and improvements", bld),
                R("Furniture, equipment and software", [prem_cost5 - land[0] - bld[0], prem_cost4 - land[1] - bld[1]]),
                R("Total cost", [prem_cost5, prem_cost4], kind="sub"),
                R("Accumulated depreciation", [b5["prem"] - prem_cost5, b4["prem"] - prem_cost4]),
                R("Premises and equipment, net", [b5["prem"], b4["prem"]], kind="total", dollar=True)]
        d.table("b_prem", rows, H2, label_w=100, units=UNITS_K, size=8.2)
        d.para(f"Depreciation expense was {m1(FLOWS['dep'][2025])}, {m1(FLOWS['dep'][2024])} and "
               f"{m1(FLOWS['dep'][2023])} in 2025, 2024 and 2023, respectively.")
        d.h2("Note 6 \u2014 Goodwill and Other Intangible Assets")
        d.para(
            f"Goodwill was {m1(b5['gw'])} at December 31, 2025 and 2024 and arose from the acquisitions of "
            "Brenham Valley Financial Corp. in 2016 and Three Forks Bancshares, Inc. in 2019. Other intangible "
            f"assets, consisting of core deposit intangibles, had a net carrying amount of {m1(b5['intang'])} and "
            f"{m1(b4['intang'])} at December 31, 2025 and 2024. Amortization expense was "
            f"{m1(FLOWS['amort_int'][2025])} in 2025 and is expected to be approximately $2.4 million, $2.1 million, "
            "$1.8 million, $1.5 million and $1.2 million in 2026 through 2030.", key="gw_note")
        d.h2("Note 7 \u2014 Deposits")
        td = b5["ib_by_type"][2]
        sched = [0.86, 0.09, 0.03, 0.01]
        parts = [int(round(td * s)) for s in sched]
        parts.append(td - sum(parts))
        rows = [R(str(2026 + k) if k < 4 else "2030 and thereafter", [v], dollar=(k == 0), key=f"td{k}")
                for k, v in enumerate(parts)]
        rows.append(R("Total time deposits", [td], kind="total", dollar=True))
        d.table("b_td_sched", rows, [[("Amount", 1)]], label_w=90, col_w=35,
                title="Scheduled Maturities of Time Deposits", units=UNITS_K, size=8.2)
        d.para("Time deposits of $250,000 or more totaled $402.7 million and $371.9 million at December 31, 2025 "
               "and 2024. Brokered deposits were $48.0 million at December 31, 2025 and $75.0 million at "
               "December 31, 2024.")
        d.h2("Note 8 \u2014 Borrowings")
        rows = [R("Short-term borrowings:", kind="head"),
                R("Customer repurchase agreements", [int(round(b5["st"] * 0.62)), int(round(b4["st"] * 0.41))],
                  indent=1, dollar=True),
                R("Overnight FHLB advances", [b5["st"] - int(round(b5["st"] * 0.62)),
                                              b4["st"] - int(round(b4["st"] * 0.41))], indent=1),
                R("Total short-term borrowings", [b5["st"], b4["st"]], kind="sub", dollar=True),
                R("Long-term debt:", kind="head"),
                R("FHLB advances, fixed rates 3.12% to 4.98%, maturing 2026 to 2029", [b5["fhlb"], b4["fhlb"]],
                  indent=1, key="fhlb"),
                R("4.25% fixed-to-floating subordinated notes due 2031", [60000, 60000], indent=1, key="sub31",
                  note="(1)"),
                R("6.375% fixed-to-floating subordinated notes due 2035", [b5["sub"] - 60000, b4["sub"] - 60000],
                  indent=1, key="sub35", note="(1)"),
                R("Total long-term debt", [b5["ltd"], b4["ltd"]], kind="total", dollar=True)]
        d.table("b_debt", rows, H2, label_w=108, units=UNITS_K, size=8, footnotes=[
            "(1) Qualify as Tier 2 capital of the Company. Presented net of unamortized issuance costs, which were "
            "not material."])
        d.h2("Note 9 \u2014 Stock-Based Compensation")
        d.para(
            "The 2021 Omnibus Equity Incentive Plan authorizes up to 2,400,000 shares for awards of restricted "
            "stock units (\"RSUs\"), performance share units and stock options. RSUs generally vest ratably over "
            "three years; performance share units cliff-vest after three years based on return on average "
            "tangible common equity relative to a peer group. Stock-based compensation expense was "
            f"{m1(FLOWS['sbc'][2025])}, {m1(FLOWS['sbc'][2024])} and {m1(FLOWS['sbc'][2023])} in 2025, 2024 and "
            "2023, respectively. Unrecognized compensation cost of $8.9 million at December 31, 2025 is expected to "
            "be recognized over a weighted average period of 1.8 years.", key="sbc_note")
        self.rsu_table(d)
        d.h2("Note 10 \u2014 Income Taxes")
        I = [m.inc[y] for y in Y3]
        rows = [R("Current", [i["tax"] - FLOWS["def_tax"][y] for i, y in zip(I, Y3)], dollar=True),
                R("Deferred", [FLOWS["def_tax"][y] for y in Y3]),
                R("Total income tax expense", [i["tax"] for i in I], kind="total", dollar=True)]
        d.table("b_taxcomp", rows, H3, label_w=90, units=UNITS_K, size=8.2)
        stat = [int(round(i["pretax"] * 0.21)) for i in I]
        state = [int(round(i["pretax"] * 0.018)) for i in I]
        exempt = [-int(round(i["ii"]["sec_exempt"] * 0.21 + 2100)) for i in I]
        boli = [-int(round(FLOWS["boli_inc"][y] * 0.21)) for y in Y3]
        other = [i["tax"] - s - st - e - bo for i, s, st, e, bo in zip(I, stat, state, exempt, boli)]
        rows = [R("Tax at federal statutory rate of 21%", stat, dollar=True),
                R("State income taxes, net of federal benefit", state),
                R("Tax-exempt interest income", exempt),
                R("Bank-owned life insurance income", boli),
                R("Other, net", other),
                R("Income tax expense", [i["tax"] for i in I], kind="sub", dollar=True),
                R("Effective tax rate", [i["tax"] / i["pretax"] * 100 for i in I], fmt="pct", dec=1)]
        d.table("b_taxrec", rows, H3, label_w=90, units=UNITS_K, size=8.2, title="Rate Reconciliation")
        d.para("The tax effects of temporary differences that give rise to deferred tax assets and liabilities were "
               "as follows:")
        self.deferred_tax(d)
        d.h2("Note 11 \u2014 Earnings Per Share")
        rows = [R("Net income", [i["ni"] for i in I], dollar=True),
                R("Weighted average common shares outstanding \u2014 basic (in thousands)",
                  [i["basic"] / 1000 for i in I], dec=1),
                R("Dilutive effect of restricted and performance stock units (in thousands)",
                  [(i["diluted"] - i["basic"]) / 1000 for i in I], dec=1),
                R("Weighted average common shares outstanding \u2014 diluted (in thousands)",
                  [i["diluted"] / 1000 for i in I], dec=1, kind="sub"),
                R("Basic earnings per share", [i["eps_b"] for i in I], dec=2, dollar=True),
                R("Diluted earnings per share", [i["eps_d"] for i in I], dec=2, dollar=True)]
        d.table("b_eps", rows, H3, label_w=100, units=UNITS, size=8)
        d.h2("Note 12 \u2014 Regulatory Capital Matters")
        d.para("The Company and the Bank are subject to the capital requirements described in Item 1. At "
               "December 31, 2025 and 2024, the Bank's capital ratios exceeded all well-capitalized thresholds, and "
               "there are no conditions or events since year end that management believes have changed the Bank's "
               "category. Consolidated ratios are presented in Item 7 under \"Capital Resources.\"")
        self.bank_capital(d)
        d.h2("Note 13 \u2014 Commitments and Contingent Liabilities")
        rows = [R("Commitments to extend credit", [1684200, 1592700], dollar=True),
                R("Standby letters of credit", [48300, 45100]),
                R("Commercial letters of credit", [2100, 1800])]
        d.table("b_commit", rows, H2, label_w=100, units=UNITS_K, size=8.2)
        d.para("Legal matters are described in Item 3. At December 31, 2025, the Company had accrued $3.1 million "
               "for the settlement of the overdraft fee litigation; no other loss contingencies were accrued.")
        d.h2("Note 14 \u2014 Fair Value Measurements")
        d.para("Fair value is the price that would be received to sell an asset or paid to transfer a liability in "
               "an orderly transaction between market participants. The Company uses a three-level hierarchy: Level 1 "
               "inputs are quoted prices in active markets for identical assets; Level 2 inputs are observable "
               "inputs other than Level 1 prices; Level 3 inputs are unobservable. Available-for-sale securities are "
               "measured using Level 2 inputs from a third-party pricing service, except for U.S. Treasury "
               "securities, which are Level 1. Individually evaluated collateral-dependent loans and other real "
               "estate owned are measured at fair value on a nonrecurring basis using appraisals (Level 3).")
        ust = m._split(b5["afs"], [0.06, 0.94])
        rows = [R("Securities available-for-sale", [ust[0], ust[1], 0, b5["afs"]], dollar=True),
                R("Interest rate swap assets (in other assets)", [0, 6420, 0, 6420]),
                R("Interest rate swap liabilities (in other liabilities)", [0, 6180, 0, 6180])]
        d.table("b_fv", rows, [[("Level 1", 1), ("Level 2", 1), ("Level 3", 1), ("Total", 1)]], label_w=84,
                title="Recurring Fair Value Measurements at December 31, 2025", units=UNITS_K, size=8)
        d.h2("Note 15 \u2014 Parent Company Only Financial Information")
        bank_eq5 = b5["te"] + b5["sub"] - 64300 + 1900
        bank_eq4 = b4["te"] + b4["sub"] - 41800 + 1700
        rows = [R("Cash", [64300, 41800], dollar=True),
                R("Investment in the Bank", [bank_eq5, bank_eq4]),
                R("Total assets", [64300 + bank_eq5, 41800 + bank_eq4], kind="total", dollar=True, key="pta"),
                R("Subordinated notes", [b5["sub"], b4["sub"]]),
                R("Other liabilities", [1900, 1700]),
                R("Shareholders' equity", [b5["te"], b4["te"]]),
                R("Total liabilities and shareholders' equity", [64300 + bank_eq5, 41800 + bank_eq4],
                  kind="total", dollar=True, key="ptle")]
        assert 64300 + bank_eq5 == b5["sub"] + 1900 + b5["te"]
        d.table("b_parent", rows, H2, label_w=100, title="Condensed Balance Sheets", units=UNITS_K, size=8.2)
        nn = self.more_notes(d, 16)
        d.h2(f"Note {nn} \u2014 Subsequent Events")
        d.para("On January 21, 2026, the board of directors declared a quarterly cash dividend of $0.31 per share, "
               "payable March 13, 2026 to shareholders of record on February 27, 2026.", key="subseq")

    def back(self, d):
        d.item("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure")
        d.para("None.")
        d.item("Item 9A. Controls and Procedures", page_break=False)
        d.paras([
            "Evaluation of disclosure controls and procedures. Management, with the participation of the Chief "
            "Executive Officer and Chief Financial Officer, evaluated the effectiveness of the Company's disclosure "
            "controls and procedures as of December 31, 2025 and concluded that they were effective.",
            "Management's report on internal control over financial reporting. Management is responsible for "
            "establishing and maintaining adequate internal control over financial reporting. Based on its "
            "assessment using the criteria in Internal Control \u2014 Integrated Framework (2013) issued by the "
            "Committee of Sponsoring Organizations of the Treadway Commission, management concluded that internal "
            "control over financial reporting was effective as of December 31, 2025. Hollister & Vane LLP has "
            "issued an attestation report on the Company's internal control over financial reporting.",
            "Changes in internal control. There were no changes in internal control over financial reporting during "
            "the fourth quarter of 2025 that materially affected, or are reasonably likely to materially affect, "
            "internal control over financial reporting.",
        ])
        d.item("Item 9B. Other Information", page_break=False)
        d.para("During the three months ended December 31, 2025, no director or officer adopted or terminated a "
               "Rule 10b5-1 trading arrangement or non-Rule 10b5-1 trading arrangement.")
        d.item("PART III", page_break=True)
        d.toc_pages["Items 10 through 14"] = d.page_no()
        d.para("The information required by Items 10 through 14 is incorporated by reference to the Company's "
               "definitive proxy statement for its 2026 Annual Meeting of Shareholders, to be filed within 120 days "
               "of December 31, 2025. Margaret A. Oyelaran serves as Chairman, President and Chief Executive Officer "
               "and Daniel P. Whitcombe serves as Executive Vice President and Chief Financial Officer.",
               key="officers")
        d.item("PART IV", page_break=True)
        d.toc_pages["Item 15. Exhibits and Financial Statement Schedules"] = d.page_no()
        d.h2("Item 15. Exhibits and Financial Statement Schedules")
        ex = [("3.1", "Amended and Restated Articles of Incorporation"), ("3.2", "Amended Code of Regulations"),
              ("4.1", "Description of Common Stock"), ("4.2", "Indenture for 6.375% Subordinated Notes due 2035"),
              ("10.1", "2021 Omnibus Equity Incentive Plan*"), ("10.2", "Executive Change in Control Agreement*"),
              ("19.1", "Insider Trading Policy"), ("21.1", "Subsidiaries of the Registrant"),
              ("23.1", "Consent of Hollister & Vane LLP"), ("31.1", "Rule 13a-14(a) Certification of CEO"),
              ("31.2", "Rule 13a-14(a) Certification of CFO"), ("32.1", "Section 1350 Certifications"),
              ("97.1", "Compensation Recovery Policy"), ("101", "Inline XBRL documents")]
        rows = [R(n, [t], fmt="str", key="ex" + n) for n, t in ex]
        d.table("b_ex", rows, [[("Description", 1)]], label_w=25, col_w=140, size=8, leaders=False)
        d.para("* Management contract or compensatory plan.", size=8)
        d.item("Signatures", page_break=True)
        d.signature_block(CO, [("Margaret A. Oyelaran", "Chairman, President and Chief Executive Officer"),
                               ("Daniel P. Whitcombe", "Executive Vice President and Chief Financial Officer"),
                               ("Renee K. Tallis", "Senior Vice President and Chief Accounting Officer")],
                          "February 26, 2026")
        self.directors(d)

    # ------------------------------------------------------------------
    # additional sections
    # ------------------------------------------------------------------
    def business_more(self, d):
        d.h3("Market Area")
        d.paras([
            "Our Ohio franchise extends from Lindenport and the Muskingum and Hocking river valleys west to the "
            "outer suburbs of Columbus. The region's economy is anchored by regional healthcare systems, food "
            "processing, glass and ceramics manufacturing, logistics along the Interstate 70 corridor and a growing "
            "base of data-center and advanced-manufacturing investment east of Columbus. Unemployment in our Ohio "
            "counties averaged approximately 4.3% in 2025, compared with 4.1% statewide.",
            "In Indiana, our offices are concentrated in Muncie, Anderson, New Castle and the northeastern suburbs "
            "of Indianapolis, where the economy is driven by automotive suppliers, agriculture, higher education and "
            "distribution. Our western Pennsylvania offices, acquired in 2019, serve Butler, Beaver and Lawrence "
            "counties and the northern suburbs of Pittsburgh, where healthcare, energy services and specialty metals "
            "are significant employers.",
            "We estimate that we hold the largest deposit market share in six of the nineteen counties in which we "
            "operate and a top-five share in thirteen of them, based on the most recent FDIC Summary of Deposits.",
        ])
        d.h3("Credit Administration")
        d.paras([
            "Our credit policy establishes underwriting standards, approval authorities and concentration limits "
            "approved annually by the board's Risk Committee. Commercial relationships above $7.5 million require "
            "approval by the senior loan committee, and relationships above $25.0 million require approval by the "
            "directors' loan committee. Our in-house legal lending limit is $60.0 million, well below the Bank's "
            "regulatory limit.",
            "An independent loan review function, reporting to the Risk Committee, reviews a sample of commercial "
            "credits annually covering at least 40% of commercial commitments. Commercial loans are assigned risk "
            "ratings on a fourteen-point scale that are reviewed at least annually and whenever material information "
            "becomes available. Criticized and classified loans are reviewed quarterly by a problem asset committee "
            "that includes the Chief Credit Officer and the Chief Risk Officer.",
        ])
        d.h3("Investment Activities")
        d.para("The investment portfolio provides liquidity, collateral for public deposits and borrowings, and a "
               "source of earnings when loan demand is modest. Our investment policy permits U.S. Treasury and "
               "agency securities, agency mortgage-backed securities and collateralized mortgage obligations, "
               "investment-grade municipal securities and a limited amount of investment-grade corporate securities, "
               "principally subordinated debt of other banks. We do not invest in private-label securitizations or "
               "equity securities other than required Federal Reserve and Federal Home Loan Bank stock.")
        d.h3("Available Information")
        d.para("We make available free of charge on our investor relations website our annual reports on Form 10-K, "
               "quarterly reports on Form 10-Q, current reports on Form 8-K and amendments to those reports as soon "
               "as reasonably practicable after they are filed with the SEC. Information on our website is not part "
               "of this report.")

    def more_risks(self):
        return [
            ("Regulatory and Compliance Risks", None),
            ("We operate in a highly regulated environment, and changes in regulation could increase our costs.",
             "Federal and state banking regulators have broad authority over our operations, capital, dividends, "
             "acquisitions and products. Supervisory expectations for liquidity, interest rate risk and commercial "
             "real estate concentrations have increased since 2023. New rules, or changes in how existing rules are "
             "applied, could require us to hold more capital or liquidity, restrict our activities or increase "
             "compliance costs."),
            ("FDIC deposit insurance premiums could increase.",
             "The FDIC may raise assessment rates to restore the Deposit Insurance Fund after bank failures, and it "
             "imposed a special assessment on larger banks in 2024. Further increases in our assessments would "
             "increase noninterest expense."),
            ("Failure to comply with anti-money laundering and sanctions laws could result in penalties.",
             "Regulators continue to emphasize compliance with the Bank Secrecy Act and sanctions programs. A "
             "failure of our compliance program could result in fines, restrictions on acquisitions or expansion, "
             "and reputational harm."),
            ("Changes in consumer protection rules could reduce our fee income.",
             "Regulators and plaintiffs have focused on overdraft and non-sufficient funds fees. We modified our "
             "overdraft practices in 2024, and further regulatory or litigation developments could reduce service "
             "charge income or increase costs."),
            ("Strategic and Other Risks", None),
            ("We may not successfully execute acquisitions or integrate acquired businesses.",
             "We have grown in part through acquisitions and may pursue additional acquisitions. Acquisitions involve "
             "risks, including the difficulty of integrating operations and systems, retaining customers and "
             "employees, and the possibility that we overpay or assume unknown liabilities. Acquisitions may dilute "
             "tangible book value per share."),
            ("Our goodwill could become impaired.",
             "Goodwill represents a meaningful portion of our shareholders' equity. If our market capitalization "
             "declines below book value for a sustained period, or if our projected earnings deteriorate, we could "
             "be required to record a non-cash impairment charge."),
            ("We depend on key personnel.",
             "Our success depends on our ability to attract and retain experienced bankers, credit officers and "
             "technology professionals. Competition for talent in our markets is strong, and the loss of key "
             "relationship managers could result in the loss of customer relationships."),
            ("Climate-related and severe weather events could affect our borrowers and operations.",
             "Flooding along the river valleys in our Ohio market, severe storms and other weather events could "
             "damage collateral, disrupt our borrowers' businesses and interrupt our operations. Agricultural "
             "borrowers are also exposed to drought and commodity price volatility."),
            ("Technological change could make it harder to compete.",
             "Customers increasingly expect digital banking capabilities comparable to those of the largest banks "
             "and fintech firms. Keeping pace requires continuing investment, and new technologies such as "
             "generative artificial intelligence introduce both opportunities and new operational and model risks."),
        ]

    def executive_officers(self, d):
        d.h2("Information About Our Executive Officers")
        rows = [R(n, [str(a), p], fmt="str", key="eo:" + n) for n, a, p in [
            ("Margaret A. Oyelaran", 58, "Chairman, President and Chief Executive Officer"),
            ("Daniel P. Whitcombe", 51, "Executive Vice President and Chief Financial Officer"),
            ("Theodore J. Brannigan", 56, "Executive Vice President and Chief Credit Officer"),
            ("Lucinda M. Farrow-Ames", 49, "Executive Vice President and Chief Risk Officer"),
            ("Samuel R. Kettering", 54, "Executive Vice President, Commercial Banking"),
            ("Anjali V. Desrosiers", 46, "Executive Vice President, Wealth Management"),
            ("Renee K. Tallis", 44, "Senior Vice President and Chief Accounting Officer")]]
        d.table("b_eo", rows, [[("Age", 1), ("Position", 1)]], label_w=50, col_w=[14, 100], size=8.5,
                leaders=False)

    def perf_graph(self, d):
        d.h3("Stock Performance Graph")
        d.para("The following table compares the cumulative total shareholder return on our common stock with the "
               "Nasdaq Composite Index and a peer group of 22 publicly traded banks headquartered in the Midwest with "
               "total assets between $5 billion and $15 billion, assuming $100 invested on December 31, 2020 and "
               "reinvestment of dividends.")
        data = [("Kestrel Ridge Bancorp, Inc.", [100.00, 113.62, 105.18, 97.84, 117.39, 139.06]),
                ("Nasdaq Composite Index", [100.00, 121.39, 83.17, 118.74, 152.96, 181.22]),
                ("Midwest Bank Peer Group", [100.00, 131.27, 121.55, 117.03, 134.88, 149.71])]
        rows = [R(n, [f"{v:.2f}" for v in vals], fmt="str", key=n, dollar=(k == 0)) for k, (n, vals) in enumerate(data)]
        d.table("b_perf", rows, [[("December 31,", 6)], [(str(y), 1) for y in range(2020, 2026)]], label_w=54,
                size=7.8, leaders=False)

    def quarterly(self):
        m = self.m
        W = {2025: [0.238, 0.246, 0.253], 2024: [0.247, 0.251, 0.249]}
        out = {}
        for y in (2025, 2024):
            i = m.inc[y]
            sec = FLOWS["sec_gain"][y]

            def split(total):
                parts = [int(round(total * w)) for w in W[y]]
                return parts + [total - sum(parts)]
            q = dict(tii=split(i["tii"]), tie=split(i["tie"]), prov=split(i["prov"]),
                     noni=split(i["tnoni"] - sec), nonx=split(i["tnonx"]))
            q["noni"][1] += sec
            q["nii"] = [a - b for a, b in zip(q["tii"], q["tie"])]
            q["pre"] = [n - p + o - x for n, p, o, x in zip(q["nii"], q["prov"], q["noni"], q["nonx"])]
            tax = [int(round(p * i["tax"] / i["pretax"])) for p in q["pre"][:3]]
            q["tax"] = tax + [i["tax"] - sum(tax)]
            q["ni"] = [p - t for p, t in zip(q["pre"], q["tax"])]
            q["eps"] = [round(n * 1000 / i["diluted"], 2) for n in q["ni"]]
            assert sum(q["ni"]) == i["ni"]
            out[y] = q
        return out

    def quarterly_table(self, d):
        Q = self.quarterly()
        rows = []
        for y in (2025, 2024):
            q = Q[y]
            o = [3, 2, 1, 0]
            rows += [R(str(y), kind="head", key=f"q{y}"),
                     R("Interest income", [q["tii"][k] for k in o], indent=1, dollar=True, key=f"tii{y}"),
                     R("Interest expense", [q["tie"][k] for k in o], indent=1, key=f"tie{y}"),
                     R("Net interest income", [q["nii"][k] for k in o], indent=1, kind="sub", key=f"nii{y}"),
                     R("Provision for credit losses", [q["prov"][k] for k in o], indent=1, key=f"prov{y}"),
                     R("Noninterest income", [q["noni"][k] for k in o], indent=1, key=f"noni{y}"),
                     R("Noninterest expense", [q["nonx"][k] for k in o], indent=1, key=f"nonx{y}"),
                     R("Income before income taxes", [q["pre"][k] for k in o], indent=1, kind="sub", key=f"pre{y}"),
                     R("Income tax expense", [q["tax"][k] for k in o], indent=1, key=f"tax{y}"),
                     R("Net income", [q["ni"][k] for k in o], indent=1, kind="total", dollar=True, key=f"ni{y}"),
                     R("Diluted earnings per share", [q["eps"][k] for k in o], indent=1, dec=2, dollar=True,
                       key=f"eps{y}")]
        d.table("b_qtr", rows, [[("Fourth\nQuarter", 1), ("Third\nQuarter", 1), ("Second\nQuarter", 1),
                                 ("First\nQuarter", 1)]], label_w=74,
                title="Quarterly Results of Operations (Unaudited)", units=UNITS, size=7.9,
                footnotes=["Quarterly earnings per share may not sum to the annual amount because of rounding and "
                           "changes in weighted average shares."])
        q = Q[2025]
        d.para(f"Fourth quarter 2025. Net income for the fourth quarter of 2025 was {m1(q['ni'][3])}, or "
               f"{dollars(q['eps'][3])} per diluted share, compared with {m1(q['ni'][2])}, or "
               f"{dollars(q['eps'][2])} per diluted share, in the third quarter. Net interest income increased to "
               f"{m1(q['nii'][3])} from {m1(q['nii'][2])} on loan growth and lower deposit costs following the "
               "Federal Reserve's rate reductions in the fall, partially offset by the overdraft litigation "
               "settlement recorded in noninterest expense.", key="q4_text")

    def rate_volume(self, d):
        m = self.m
        lines = [("Loans, including loans held for sale", "loans"), ("Taxable securities", "sec_tax"),
                 ("Tax-exempt securities", "sec_exempt"), ("Interest-bearing deposits in other banks", "ib_cash")]
        liab = [(t, t) for t in DEP_TYPES] + [("Short-term borrowings", "st"), ("Long-term debt", "ltd")]

        def rv(y, k):
            a1, a0 = m.avg[y], m.avg[y - 1]
            tot = a1["int"][k] - a0["int"][k]
            vol = int(round((a1["bal"][k] - a0["bal"][k]) * a0["int"][k] / a0["bal"][k]))
            return [vol, tot - vol, tot]

        def block(items):
            rows, sums = [], [0] * 6
            for lab, k in items:
                v = rv(2025, k) + rv(2024, k)
                sums = [s + x for s, x in zip(sums, v)]
                rows.append(R(lab, v, indent=1, key="rv:" + k))
            return rows, sums
        r1, s1 = block(lines)
        r2, s2 = block(liab)
        rows = ([R("Interest income:", kind="head")] + r1 +
                [R("Total interest income", s1, kind="sub", indent=2), R("Interest expense:", kind="head")] + r2 +
                [R("Total interest expense", s2, kind="sub", indent=2),
                 R("Change in net interest income", [a - b for a, b in zip(s1, s2)], kind="total", dollar=True)])
        d.table("b_rv", rows, [[("2025 Compared with 2024", 3), ("2024 Compared with 2023", 3)],
                               [("Volume", 1), ("Rate", 1), ("Net\nChange", 1)] * 2], label_w=62,
                title="Rate/Volume Analysis", units=UNITS_K, size=7.6, footnotes=[
                    "Volume variances are calculated on prior-year rates; the remainder, including the mix "
                    "component, is attributed to rate."])

    def loan_maturity(self, d):
        b = self.m.bs[2025]
        buckets = [[.31, .45, .20], [.12, .38, .46], [.16, .47, .35], [.48, .41, .09], [.02, .06, .21],
                   [.04, .12, .36], [.14, .71, .13]]
        fixed = [.38, .56, .49, .22, .64, .05, .93]
        rows, tot = [], [0] * 7
        for k, t in enumerate(LOAN_TYPES):
            amt = b["loan_by_type"][k]
            parts = [int(round(amt * s)) for s in buckets[k]]
            parts.append(amt - sum(parts))
            after = amt - parts[0]
            fx = int(round(after * fixed[k]))
            vals = parts + [amt, fx, after - fx]
            tot = [a + v for a, v in zip(tot, vals)]
            rows.append(R(t, vals, dollar=(k == 0), key="lm:" + t))
        rows.append(R("Total loans", tot, kind="total", dollar=True))
        d.table("b_lmat", rows, [[("Contractual Maturity", 5), ("Due After One Year", 2)],
                                 [("One Year\nor Less", 1), ("After One\nThrough\nFive Years", 1),
                                  ("After Five\nThrough\nFifteen Years", 1), ("After\nFifteen\nYears", 1),
                                  ("Total", 1), ("Fixed\nRate", 1), ("Floating or\nAdjustable\nRate", 1)]],
                label_w=46, title="Loan Maturities and Sensitivity to Interest Rates at December 31, 2025",
                units=UNITS_K, size=6.9, row_h=3.9, leaders=False)

    def sec_maturity(self, d):
        b = self.m.bs[2025]
        shares, ylds = [.07, .29, .38], [2.41, 2.87, 3.34, 3.62]
        parts = [int(round(b["afs"] * s)) for s in shares]
        parts.append(b["afs"] - sum(parts))
        wy = sum(p * y for p, y in zip(parts, ylds)) / b["afs"]
        rows = [R("Securities available-for-sale, at fair value", parts + [b["afs"]], dollar=True, key="afsmat"),
                R("Weighted average yield", [f"{y:.2f}%" for y in ylds] + [f"{wy:.2f}%"], fmt="str", key="afsy")]
        d.table("b_secmat", rows, [[("Within\nOne Year", 1), ("One to\nFive Years", 1), ("Five to\nTen Years", 1),
                                    ("After\nTen Years", 1), ("Total", 1)]], label_w=62,
                title="Contractual Maturity of Available-for-Sale Securities", units=UNITS_K, size=7.8,
                footnotes=["Mortgage-backed securities are allocated by contractual maturity; expected maturities "
                           "are shorter because borrowers may prepay."])

    def liquidity_sources(self):
        b = self.m.bs[2025]
        src = [("Cash and cash equivalents", b["cash"]), ("Unpledged securities, at fair value", 742618),
               ("Available FHLB borrowing capacity", 1381240), ("Federal Reserve discount window capacity", 612055)]
        total = sum(v for _, v in src)
        unins = int(round(b["dep_total"] * 0.268))
        return src, total, unins

    def liquidity_table(self, d):
        src, total, unins = self.liquidity_sources()
        rows = [R(lab, [v], dollar=(k == 0), key="liq:" + lab) for k, (lab, v) in enumerate(src)]
        rows += [R("Total available liquidity", [total], kind="total", dollar=True),
                 R("Estimated uninsured deposits", [unins], dollar=True),
                 R("Available liquidity to uninsured deposits", [f"{total / unins:.2f}x"], fmt="str")]
        d.table("b_liq", rows, [[("December 31,\n2025", 1)]], label_w=90, col_w=35,
                title="Sources of Available Liquidity", units=UNITS_K, size=8)

    def obligations(self, d):
        b = self.m.bs[2025]
        td = b["ib_by_type"][2]
        t1 = int(round(td * .86))
        t2 = int(round(td * .12))
        t3 = int(round(td * .015))
        f1, f2 = 45000, 62500
        rows = [R("Time deposits", [td, t1, t2, t3, td - t1 - t2 - t3], dollar=True),
                R("FHLB advances", [b["fhlb"], f1, f2, b["fhlb"] - f1 - f2, 0]),
                R("Subordinated notes", [b["sub"], 0, 0, 0, b["sub"]]),
                R("Operating lease obligations", [25960, 4810, 8120, 5630, 7400]),
                R("Total", [td + b["fhlb"] + b["sub"] + 25960, t1 + f1 + 4810, t2 + f2 + 8120,
                            t3 + b["fhlb"] - f1 - f2 + 5630, td - t1 - t2 - t3 + b["sub"] + 7400],
                  kind="total", dollar=True)]
        d.table("b_oblig", rows, [[("Total", 1), ("Less Than\nOne Year", 1), ("One to\nThree Years", 1),
                                   ("Three to\nFive Years", 1), ("More Than\nFive Years", 1)]], label_w=58,
                title="Contractual Obligations at December 31, 2025", units=UNITS_K, size=7.8)

    def more_notes(self, d, start):
        m = self.m
        b5 = m.bs[2025]
        n = start
        d.h2(f"Note {n} \u2014 Leases")
        rows = [R(str(y), [v], dollar=(k == 0), key=f"lease{y}") for k, (y, v) in
                enumerate([(2026, 4810), (2027, 4420), (2028, 3700), (2029, 3120), (2030, 2510)])]
        rows += [R("Thereafter", [7400]), R("Total lease payments", [25960], kind="sub"),
                 R("Less: imputed interest", [-2780]), R("Lease liabilities", [23180], kind="total", dollar=True)]
        d.table("b_lease", rows, [[("Operating\nLeases", 1)]], label_w=90, col_w=35, units=UNITS_K, size=8)
        d.para("Right-of-use assets of $21.4 million and lease liabilities of $23.2 million at December 31, 2025 are "
               "included in other assets and other liabilities. Operating lease cost was $5.3 million, $5.1 million "
               "and $4.9 million in 2025, 2024 and 2023. The weighted average remaining lease term was 6.8 years and "
               "the weighted average discount rate was 3.4%.")
        n += 1
        d.h2(f"Note {n} \u2014 Employee Benefit Plans")
        d.para("The Company sponsors a 401(k) plan that matches 100% of the first 3% and 50% of the next 3% of "
               "eligible compensation. Matching contributions were $4.1 million, $3.9 million and $3.6 million in "
               "2025, 2024 and 2023. The Company also sponsors a noncontributory defined benefit pension plan that "
               "was frozen to new participants and future benefit accruals in 2012.")
        rows = [R("Projected benefit obligation", [48214, 50633], dollar=True),
                R("Fair value of plan assets", [51942, 50871]),
                R("Funded status (included in other assets)", [3728, 238], kind="total", dollar=True)]
        d.table("b_pension", rows, H2, label_w=100, units=UNITS_K, size=8)
        d.para("The discount rate used to measure the benefit obligation was 5.48% at December 31, 2025 and 5.61% "
               "at December 31, 2024. Plan assets are invested approximately 40% in equity funds and 60% in "
               "long-duration fixed income to match the plan's liabilities. Net periodic benefit cost was not "
               "material in any year presented.")
        n += 1
        d.h2(f"Note {n} \u2014 Derivatives")
        d.para("The Bank offers interest rate swaps to commercial loan customers who wish to fix the interest rate "
               "on variable-rate loans and simultaneously enters into offsetting swaps with dealer counterparties. "
               "These derivatives are not designated as hedges, and changes in fair value largely offset in "
               "earnings. Customer swap fee income is included in other noninterest income.")
        rows = [R("Customer swaps \u2014 notional amount", [612420, 548110], dollar=True),
                R("Dealer offsetting swaps \u2014 notional amount", [612420, 548110]),
                R("Fair value of swap assets", [6420, 9870]),
                R("Fair value of swap liabilities", [6180, 9640])]
        d.table("b_deriv", rows, H2, label_w=100, units=UNITS_K, size=8)
        n += 1
        d.h2(f"Note {n} \u2014 Revenue from Contracts with Customers")
        inscope = ["Service charges on deposit accounts", "Card and interchange fees", "Wealth management and trust fees"]
        rows = [R("Noninterest income within the scope of ASC 606:", kind="head")]
        for k, lab in enumerate(inscope):
            rows.append(R(lab, [dict(m.inc[y]["noni"])[lab] for y in Y3], indent=1, dollar=(k == 0), key="606:" + lab))
        ins = [sum(dict(m.inc[y]["noni"])[lab] for lab in inscope) for y in Y3]
        rows.append(R("Total within scope", ins, kind="sub", indent=2))
        rows.append(R("Noninterest income outside the scope of ASC 606", [m.inc[y]["tnoni"] - s for y, s in zip(Y3, ins)]))
        rows.append(R("Total noninterest income", [m.inc[y]["tnoni"] for y in Y3], kind="total", dollar=True))
        d.table("b_606", rows, H3, label_w=90, units=UNITS_K, size=8)
        n += 1
        d.h2(f"Note {n} \u2014 Accumulated Other Comprehensive Loss")
        rows = []
        for y in Y3:
            o = m.oci[y]
            hold_net = o["hold"] - int(round(o["hold"] * TAX_OCI))
            rows.append([m.bs[y - 1]["aoci"], hold_net, o["net"] - hold_net, o["net"], m.bs[y]["aoci"]])
        rows = [R("Balance at beginning of year", [r[0] for r in rows], dollar=True),
                R("Other comprehensive income (loss) before reclassifications, net of tax", [r[1] for r in rows]),
                R("Amounts reclassified from AOCI, net of tax", [r[2] for r in rows]),
                R("Net other comprehensive income (loss)", [r[3] for r in rows], kind="sub"),
                R("Balance at end of year", [r[4] for r in rows], kind="total", dollar=True)]
        d.table("b_aoci", rows, H3, label_w=92, units=UNITS_K, size=8,
                footnotes=["AOCI consists entirely of net unrealized losses on securities available-for-sale."])
        n += 1
        d.h2(f"Note {n} \u2014 Fair Value of Financial Instruments")
        pairs = [("Cash and cash equivalents", b5["cash"], b5["cash"]),
                 ("Securities available-for-sale", b5["afs"], b5["afs"]),
                 ("Securities held-to-maturity", b5["htm"], int(round(b5["htm"] * 0.918))),
                 ("Loans held for sale", b5["lhfs"], b5["lhfs"]),
                 ("Net loans", b5["net_loans"], int(round(b5["net_loans"] * 0.963))),
                 ("Deposits", b5["dep_total"], int(round(b5["dep_total"] * 0.9987))),
                 ("Short-term borrowings", b5["st"], b5["st"]),
                 ("Long-term debt", b5["ltd"], int(round(b5["ltd"] * 0.981)))]
        rows = [R(lab, [c, f], dollar=(k == 0), key="fvfi:" + lab) for k, (lab, c, f) in enumerate(pairs)]
        d.table("b_fvfi", rows, [[("Carrying\nAmount", 1), ("Estimated\nFair Value", 1)]], label_w=100,
                title="December 31, 2025", units=UNITS_K, size=8)
        n += 1
        d.h2(f"Note {n} \u2014 Parent Company Only Statements of Income")
        I = [m.inc[y] for y in Y3]
        divs = [56000, 52000, 61000]
        sub_int = [int(round((60000 * 0.0425 + (b5["sub"] - 60000) * 0.06375 * 7 / 12))), 2550, 2550]
        other = [2310, 2180, 2040]
        tb = [int(round((si + o) * 0.21)) for si, o in zip(sub_int, other)]
        und = [i["ni"] - dv + si + o - t for i, dv, si, o, t in zip(I, divs, sub_int, other, tb)]
        rows = [R("Dividends from the Bank", divs, dollar=True),
                R("Interest expense on subordinated notes", [-x for x in sub_int]),
                R("Other operating expenses", [-x for x in other]),
                R("Income tax benefit", tb),
                R("Equity in undistributed earnings of the Bank", und),
                R("Net income", [i["ni"] for i in I], kind="total", dollar=True, key="pni")]
        d.table("b_pinc", rows, H3, label_w=92, units=UNITS_K, size=8)
        n += 1
        d.h2(f"Note {n} \u2014 Segment Information")
        d.para("The Company's chief operating decision maker assesses performance and allocates resources for its "
               "single community banking segment using consolidated net income, which is reported on the "
               "consolidated statements of income. The significant segment expenses regularly provided to the chief "
               "operating decision maker are interest expense, the provision for credit losses and the noninterest "
               "expense categories presented on the consolidated statements of income. Segment assets equal "
               "consolidated total assets.")
        return n + 1

    def regulation_more(self, d):
        d.paras([
            "Source of Strength and Transactions with Affiliates. Federal Reserve policy and federal law require the "
            "Company to act as a source of financial and managerial strength to the Bank and to commit resources to "
            "support the Bank. Sections 23A and 23B of the Federal Reserve Act and Regulation W limit the amount of "
            "loans and other covered transactions between the Bank and the Company or its nonbank affiliates and "
            "require that such transactions be on terms at least as favorable to the Bank as those with unaffiliated "
            "parties.",
            "Prompt Corrective Action. Federal banking agencies must take prompt corrective action with respect to "
            "insured depository institutions that do not meet minimum capital requirements. An institution that is "
            "less than adequately capitalized becomes subject to restrictions on asset growth, dividends, management "
            "fees, brokered deposits and branching, and must submit a capital restoration plan guaranteed by its "
            "holding company.",
            "Deposit Insurance. The FDIC insures deposits up to $250,000 per depositor for each account ownership "
            "category. The Bank's assessments are based on its average consolidated total assets less average "
            "tangible equity and on supervisory ratings and financial measures. Insured institutions may be "
            "assessed additional amounts if the reserve ratio of the Deposit Insurance Fund falls below statutory "
            "targets.",
            "Community Reinvestment Act. The CRA requires the OCC to assess the Bank's record of meeting the credit "
            "needs of its entire community, including low- and moderate-income neighborhoods, consistent with safe "
            "and sound operations. The Bank received a rating of \"Outstanding\" in its most recent CRA examination. "
            "The agencies' 2023 revisions to the CRA regulations remain subject to litigation and their effective "
            "dates have been delayed.",
            "Brokered Deposits. Only well-capitalized institutions may accept brokered deposits without a waiver. "
            "The Bank's use of brokered deposits is limited by its internal liquidity policy to 5% of total "
            "deposits.",
            "Incentive Compensation. Banking agencies have issued guidance requiring that incentive compensation "
            "arrangements appropriately balance risk and reward, be compatible with effective controls and risk "
            "management and be supported by strong corporate governance. The Company's Compensation Recovery "
            "Policy provides for the recovery of erroneously awarded incentive-based compensation following an "
            "accounting restatement, as required by Nasdaq listing standards.",
            "The Volcker Rule. Section 13 of the Bank Holding Company Act generally prohibits banking entities from "
            "engaging in proprietary trading and from investing in or sponsoring hedge funds and private equity "
            "funds. The Company does not engage in these activities, and compliance has not had a material effect "
            "on its operations.",
            "Federal Home Loan Bank Membership. As a member of the Federal Home Loan Bank of Cincinnati, the Bank must "
            "hold FHLB stock in proportion to its borrowings and membership assets. FHLB advances are secured by "
            "pledged loans and securities, and the FHLB's ability to lend depends on its own financial condition "
            "and the regulations of the Federal Housing Finance Agency.",
            "Future Legislation and Regulation. Proposals to change the laws and regulations governing financial "
            "institutions are frequently introduced in Congress, in state legislatures and before regulatory "
            "agencies. We cannot predict whether or in what form any proposal will be adopted or the extent to which "
            "our business may be affected.",
        ])

    def risk_detail(self):
        return [
            ("Economic and Market Conditions", None),
            ("Weakness in the national or regional economy could harm our business.",
             "Our results depend on the financial health of our customers. A recession, persistent inflation, higher "
             "unemployment or declining real estate values would likely reduce demand for our products, increase "
             "delinquencies and charge-offs, reduce the value of collateral and lower the fees we earn from wealth "
             "management, which are based on the market value of assets we manage. Government spending reductions, "
             "tariffs and trade disputes affecting manufacturers and agricultural producers in our markets could "
             "also weaken borrowers' cash flows."),
            ("Declines in the value of assets under management would reduce wealth management fees.",
             "Most of our wealth management and trust fees are based on the market value of client assets. A "
             "significant decline in equity or fixed income markets, or the loss of significant clients, would "
             "reduce this revenue, which has become a larger share of our noninterest income."),
            ("The soundness of other financial institutions could affect us.",
             "We routinely transact with correspondent banks, broker-dealers, the Federal Home Loan Bank and other "
             "counterparties. Defaults by, or concerns about the stability of, other financial institutions could "
             "lead to losses, reduced market liquidity or deposit outflows across the industry."),
            ("Accounting and Model Risks", None),
            ("Our accounting estimates and risk models depend on assumptions that may prove wrong.",
             "We use models to estimate credit losses, measure interest rate risk, value securities and derivatives, "
             "and detect fraud. Models are simplifications of reality and depend on data and assumptions that may "
             "be incomplete or inaccurate. If our models fail to perform as expected, we could make poor business "
             "decisions or report financial results that later require revision."),
            ("Changes in accounting standards could materially affect our financial statements.",
             "The Financial Accounting Standards Board and the SEC periodically change the standards that govern the "
             "preparation of our financial statements. Such changes can be difficult to predict and can materially "
             "affect how we record and report our financial condition and results of operations, in some cases "
             "retroactively."),
        ]

    def vintage_table(self, d):
        m = self.m
        b = m.bs[2025]
        vint = {0: [.19, .16, .13, .11, .07, .09, .25], 1: [.14, .15, .14, .16, .13, .26, .02],
                2: [.13, .16, .17, .19, .14, .20, .01], 3: [.38, .36, .15, .05, .02, .01, .03],
                4: [.08, .07, .09, .15, .19, .42, 0], 5: [0, 0, 0, 0, 0, 0, 1.0], 6: [.34, .29, .18, .11, .05, .03, 0]}
        rs = self.rating_shares(2025)
        rows = []
        for k, t in enumerate(LOAN_TYPES):
            amt = b["loan_by_type"][k]
            rows.append(R(t, kind="head", key="v:" + t))
            if k < 4:
                labs = ["Pass", "Special mention", "Substandard", "Doubtful"]
                tot_r = [amt - sum(int(round(amt * s)) for s in rs[k][1:])] + [int(round(amt * s)) for s in rs[k][1:]]
            else:
                labs = ["Performing", "Nonperforming"]
                tot_r = [amt - NONACCRUAL[2025][k], NONACCRUAL[2025][k]]
            col_tot = [0] * 7
            for lab, rt in zip(labs, tot_r):
                cells = [int(round(rt * s)) for s in vint[k][:-1]]
                cells.append(rt - sum(cells))
                col_tot = [a + c for a, c in zip(col_tot, cells)]
                rows.append(R(lab, cells + [rt], indent=1, key=f"v:{t}:{lab}"))
            rows.append(R(f"Total {t[0].lower() + t[1:]}", col_tot + [amt], kind="sub", indent=2,
                          key=f"v:{t}:total"))
        rows.append(R("Total loans", [None] * 7 + [b["loans"]], kind="total", dollar=True))
        d.table("b_vintage", rows, [[("Term Loans by Origination Year", 6), ("", 1), ("", 1)],
                                    [("2025", 1), ("2024", 1), ("2023", 1), ("2022", 1), ("2021", 1), ("Prior", 1),
                                     ("Revolving", 1), ("Total", 1)]],
                label_w=50, col_w=[13.8] * 7 + [20], title="Loans by Credit Quality Indicator and Year of Origination \u2014 December 31, 2025",
                units=UNITS_K, size=6.7, row_h=3.7, leaders=False)

    @staticmethod
    def rating_shares(y):
        # per commercial type: [pass (plug), special mention, substandard, doubtful]
        if y == 2025:
            return [[0, .031, .026, .0011], [0, .022, .019, 0], [0, .034, .024, .0004], [0, .018, .013, 0]]
        return [[0, .026, .021, .0006], [0, .019, .016, 0], [0, .027, .017, 0], [0, .012, .009, 0]]

    def criticized_table(self, d):
        m = self.m
        rows = []
        for y in (2025, 2024):
            b = m.bs[y]
            rs = self.rating_shares(y)
            sm_ = sum(int(round(b["loan_by_type"][k] * rs[k][1])) for k in range(4))
            ss = sum(int(round(b["loan_by_type"][k] * rs[k][2])) for k in range(4))
            db = sum(int(round(b["loan_by_type"][k] * rs[k][3])) for k in range(4))
            comm = sum(b["loan_by_type"][:4])
            rows.append([sm_, ss, db, sm_ + ss + db, (sm_ + ss + db) / comm * 100])
        out = [R("Special mention", [r[0] for r in rows], dollar=True),
               R("Substandard", [r[1] for r in rows]),
               R("Doubtful", [r[2] for r in rows]),
               R("Total criticized commercial loans", [r[3] for r in rows], kind="total", dollar=True),
               R("Criticized loans to total commercial loans", [pct(r[4], 2) for r in rows], fmt="str")]
        d.table("b_crit", out, H2, label_w=90, title="Criticized Commercial Loans", units=UNITS_K, size=8)

    def acl_alloc(self, y):
        b = self.m.bs[y]
        w = [1.45, 0.95, 1.35, 1.6, 0.7, 0.8, 1.5]
        raw = [a * x for a, x in zip(b["loan_by_type"], w)]
        parts = [int(round(b["acl"] * r / sum(raw))) for r in raw[:-1]]
        return parts + [b["acl"] - sum(parts)]

    def acl_alloc_table(self, d):
        m = self.m
        A5, A4 = self.acl_alloc(2025), self.acl_alloc(2024)
        b5, b4 = m.bs[2025], m.bs[2024]
        rows = []
        for k, t in enumerate(LOAN_TYPES):
            rows.append(R(t, [num(A5[k]), pct(A5[k] / b5["loan_by_type"][k] * 100, 2), num(A4[k]),
                              pct(A4[k] / b4["loan_by_type"][k] * 100, 2)], fmt="str", dollar=(k == 0),
                          key="alloc:" + t))
        rows.append(R("Total allowance for credit losses", [num(b5["acl"]), pct(b5["acl_ratio"], 2), num(b4["acl"]),
                                                            pct(b4["acl_ratio"], 2)], fmt="str", kind="total",
                      dollar=True))
        d.table("b_alloc", rows, [[("December 31, 2025", 2), ("December 31, 2024", 2)],
                                  [("Allowance", 1), ("% of Loans\nin Category", 1), ("Allowance", 1),
                                   ("% of Loans\nin Category", 1)]],
                label_w=70, title="Allocation of the Allowance for Credit Losses", units=UNITS_K, size=7.8)

    def acl_segment_table(self, d):
        m = self.m
        seg_of = [0, 1, 1, 1, 2, 2, 3]

        def seg(vals):
            out = [0, 0, 0, 0]
            for k, v in enumerate(vals):
                out[seg_of[k]] += v
            return out
        beg, end = seg(self.acl_alloc(2024)), seg(self.acl_alloc(2025))
        a = m.acl[2025]
        co, rec = a["co"], a["rec"]
        prov = [e - b + c - r for e, b, c, r in zip(end, beg, co, rec)]
        assert sum(prov) == a["prov"]
        rows = [R("Balance, December 31, 2024", beg + [sum(beg)], dollar=True, key="segbeg"),
                R("Charge-offs", [-x for x in co] + [-sum(co)], key="segco"),
                R("Recoveries", rec + [sum(rec)], key="segrec"),
                R("Provision for credit losses", prov + [sum(prov)], key="segprov"),
                R("Balance, December 31, 2025", end + [sum(end)], kind="total", dollar=True, key="segend")]
        d.table("b_aclseg", rows, [[("Commercial\nand\nIndustrial", 1), ("Commercial\nReal Estate", 1),
                                    ("Residential\nReal Estate", 1), ("Consumer\nand Other", 1), ("Total", 1)]],
                label_w=56, title="Allowance for Credit Losses by Portfolio Segment \u2014 2025", units=UNITS_K,
                size=7.6, leaders=False)

    def cre_types(self, d):
        b = self.m.bs[2025]
        tot = b["loan_by_type"][2] + b["loan_by_type"][3]
        office = self.OFFICE
        sh = [("Multifamily", .27), ("Industrial and warehouse", .21), ("Retail", .14), ("Office", None),
              ("Hotel and hospitality", .06), ("Medical office", .07), ("Other", None)]
        vals, used = [], office
        for lab, s in sh:
            if lab == "Office":
                vals.append(office)
            elif s is not None:
                v = int(round(tot * s))
                vals.append(v)
                used += v
            else:
                vals.append(tot - used)
        rows = [R(lab, [num(v), pct(v / tot * 100), pct(v / b["loans"] * 100)], fmt="str", dollar=(k == 0),
                  key="cre:" + lab) for k, ((lab, _), v) in enumerate(zip(sh, vals))]
        rows.append(R("Total non-owner occupied CRE and construction", [num(tot), "100.0%",
                                                                          pct(tot / b["loans"] * 100)],
                      fmt="str", kind="total", dollar=True))
        d.table("b_cre", rows, [[("Balance", 1), ("% of\nCategory", 1), ("% of Total\nLoans", 1)]], label_w=80,
                title="Non-Owner Occupied CRE and Construction Loans by Property Type \u2014 December 31, 2025",
                units=UNITS_K, size=7.8)
        return office

    def unrealized_duration(self, d):
        rows = []
        tl = [0, 0, 0, 0]
        for k, (t, fv, loss) in enumerate(self.sec_rows):
            if loss == 0:
                continue
            l1 = int(round(loss * 0.08))
            f1, f2 = int(round(fv * 0.09)), int(round(fv * 0.76))
            vals = [f1, -l1, f2, -(loss - l1)]
            tl = [a + v for a, v in zip(tl, vals)]
            rows.append(R(t, vals, dollar=(k == 0), key="ul:" + t))
        rows.append(R("Total", tl, kind="total", dollar=True))
        d.table("b_uldur", rows, [[("Less Than 12 Months", 2), ("12 Months or Longer", 2)],
                                  [("Fair\nValue", 1), ("Unrealized\nLosses", 1), ("Fair\nValue", 1),
                                   ("Unrealized\nLosses", 1)]],
                label_w=70, title="Available-for-Sale Securities in an Unrealized Loss Position \u2014 "
                "December 31, 2025", units=UNITS_K, size=7.6)

    def deferred_tax(self, d):
        b5, b4 = self.m.bs[2025], self.m.bs[2024]
        dta = [("Allowance for credit losses", int(round(b5["acl"] * .231)), int(round(b4["acl"] * .231))),
               ("Net unrealized losses on securities available-for-sale", int(round(-b5["aoci"] * .3158)),
                int(round(-b4["aoci"] * .3158))),
               ("Lease liabilities", 5330, 5590), ("Deferred compensation", 4120, 3870), ("Other", 2640, 2410)]
        dtl = [("Premises and equipment", 6310, 5980), ("Intangible assets", 4870, 4720),
               ("Deferred loan costs", 3150, 2960), ("Right-of-use assets", 4930, 5180),
               ("Pension plan", 860, 60)]
        a1, a2 = sum(x[1] for x in dta), sum(x[2] for x in dta)
        l1, l2 = sum(x[1] for x in dtl), sum(x[2] for x in dtl)
        rows = ([R("Deferred tax assets:", kind="head")] +
                [R(l, [x, y], indent=1, dollar=(k == 0), key="dta:" + l) for k, (l, x, y) in enumerate(dta)] +
                [R("Total deferred tax assets", [a1, a2], kind="sub", indent=2), R("Deferred tax liabilities:", kind="head")] +
                [R(l, [-x, -y], indent=1, key="dtl:" + l) for l, x, y in dtl] +
                [R("Total deferred tax liabilities", [-l1, -l2], kind="sub", indent=2),
                 R("Net deferred tax asset", [a1 - l1, a2 - l2], kind="total", dollar=True)])
        d.table("b_dta", rows, H2, label_w=100, units=UNITS_K, size=7.8,
                footnotes=["No valuation allowance was considered necessary at either date."])

    def rsu_table(self, d):
        rows = [R("Unvested at December 31, 2024", ["412,318", "$36.44"], fmt="str"),
                R("Granted", ["168,240", "$40.12"], fmt="str"),
                R("Vested", ["(151,906)", "$35.87"], fmt="str"),
                R("Forfeited", ["(14,512)", "$37.29"], fmt="str"),
                R("Unvested at December 31, 2025", ["414,140", "$38.11"], fmt="str", kind="total")]
        d.table("b_rsu", rows, [[("Number of\nUnits", 1), ("Weighted Average\nGrant-Date\nFair Value", 1)]],
                label_w=90, col_w=38, size=8)

    def bank_capital(self, d):
        m = self.m
        rows = []
        for y in (2025, 2024):
            c = m.cap[y]
            cet1, tot = self.bank_cap_vals(y)
            rows += [R(f"December 31, {y}", kind="head", key=f"bk{y}"),
                     R("Common equity Tier 1 capital ratio", [num(cet1), pct(cet1 / c["rwa"] * 100, 2), "6.5%"],
                       fmt="str", indent=1, key=f"bkcet1{y}"),
                     R("Total capital ratio", [num(tot), pct(tot / c["rwa"] * 100, 2), "10.0%"], fmt="str",
                       indent=1, key=f"bktot{y}"),
                     R("Tier 1 leverage ratio", [num(cet1), pct(cet1 / c["lev_assets"] * 100, 2), "5.0%"], fmt="str",
                       indent=1, key=f"bklev{y}")]
        d.table("b_bankcap", rows, [[("Actual", 2), ("Well\nCapitalized", 1)],
                                    [("Amount", 1), ("Ratio", 1), ("Ratio", 1)]],
                label_w=80, title=f"Regulatory Capital \u2014 {BANK}", units=UNITS_K, size=7.8)

    def bank_cap_vals(self, y):
        """Bank-level CET1 and total capital: parent's sub-debt proceeds are downstreamed to the Bank."""
        c, b = self.m.cap[y], self.m.bs[y]
        cash, other = (64300, 1900) if y == 2025 else (41800, 1700)
        cet1 = c["cet1"] + b["sub"] - cash + other
        return cet1, cet1 + c["acl"]

    def icfr_report(self, d):
        d.h2("Report of Independent Registered Public Accounting Firm on Internal Control Over Financial Reporting")
        d.paras([
            f"To the Shareholders and Board of Directors of {CO}",
            "Opinion on Internal Control Over Financial Reporting. We have audited the Company's internal control "
            "over financial reporting as of December 31, 2025, based on criteria established in Internal Control "
            "\u2014 Integrated Framework (2013) issued by the Committee of Sponsoring Organizations of the Treadway "
            "Commission. In our opinion, the Company maintained, in all material respects, effective internal control "
            "over financial reporting as of December 31, 2025.",
            "Definition and Limitations of Internal Control Over Financial Reporting. A company's internal control "
            "over financial reporting is a process designed to provide reasonable assurance regarding the "
            "reliability of financial reporting and the preparation of financial statements for external purposes "
            "in accordance with generally accepted accounting principles. Because of its inherent limitations, "
            "internal control over financial reporting may not prevent or detect misstatements. Also, projections "
            "of any evaluation of effectiveness to future periods are subject to the risk that controls may become "
            "inadequate because of changes in conditions.",
            "/s/ Hollister & Vane LLP\nColumbus, Ohio\nFebruary 26, 2026",
        ])

    def highlights_table(self, d):
        m = self.m
        rows = [R("For the year", kind="head"),
                R("Net interest income", [m.inc[y]["nii"] for y in Y3], indent=1, dollar=True, key="hl:nii"),
                R("Provision for credit losses", [m.inc[y]["prov"] for y in Y3], indent=1, key="hl:prov"),
                R("Noninterest income", [m.inc[y]["tnoni"] for y in Y3], indent=1, key="hl:noni"),
                R("Noninterest expense", [m.inc[y]["tnonx"] for y in Y3], indent=1, key="hl:nonx"),
                R("Net income", [m.inc[y]["ni"] for y in Y3], indent=1, kind="sub", dollar=True, key="hl:ni"),
                R("Diluted earnings per share", [m.inc[y]["eps_d"] for y in Y3], indent=1, dec=2, dollar=True,
                  key="hl:eps"),
                R("At year end", kind="head"),
                R("Total assets", [m.bs[y]["ta"] for y in Y3], indent=1, dollar=True, key="hl:ta"),
                R("Loans, net of unearned income", [m.bs[y]["loans"] for y in Y3], indent=1, key="hl:loans"),
                R("Allowance for credit losses", [m.bs[y]["acl"] for y in Y3], indent=1, key="hl:acl"),
                R("Securities", [m.bs[y]["afs"] + m.bs[y]["htm"] for y in Y3], indent=1, key="hl:sec"),
                R("Total deposits", [m.bs[y]["dep_total"] for y in Y3], indent=1, key="hl:dep"),
                R("Total borrowings", [m.bs[y]["st"] + m.bs[y]["ltd"] for y in Y3], indent=1, key="hl:borr"),
                R("Total shareholders' equity", [m.bs[y]["te"] for y in Y3], indent=1, key="hl:te"),
                R("Common shares outstanding (in thousands)", [m.bs[y]["out"] / 1000 for y in Y3], indent=1, dec=1,
                  key="hl:out")]
        d.table("b_hl", rows, [[("At or For the Year Ended December 31,", 3)],
                               [("2025", 1), ("2024", 1), ("2023", 1)]],
                label_w=84, title="Financial Highlights", units=UNITS, size=8)

    def outlook(self, d):
        d.h3("Outlook")
        d.para("For 2026, management expects mid-single-digit growth in loans funded primarily by core deposits, "
               "modest further expansion in the net interest margin as fixed-rate assets continue to reprice, and "
               "noninterest expense growth of approximately 4%, including continued investment in our treasury "
               "management platform and wealth advisory team. These expectations assume the market's current "
               "forward curve for short-term interest rates and stable regional economic conditions, and they are "
               "subject to the risks described under \"Cautionary Note Regarding Forward-Looking Statements.\"")
        d.h3("Recent Regulatory Developments")
        d.para("During 2025 the federal banking agencies proposed revisions to the enhanced supplementary leverage "
               "ratio and community bank leverage ratio frameworks, withdrew certain climate-related guidance and "
               "signaled a review of supervisory ratings frameworks. None of these developments is expected to have "
               "a material effect on the Company. The FDIC's special assessment related to the 2023 bank failures "
               "did not apply to the Bank because it is below the $5 billion uninsured-deposit threshold.")

    def deposit_quarters(self, d):
        m = self.m
        a5 = m.avg[2025]
        tot_ib = sum(a5["bal"][t] for t in DEP_TYPES)
        fac = [0.982, 0.994, 1.006, 1.018]
        rate = [2.41, 2.38, 2.33, 2.21]
        rows = [R("Average interest-bearing deposits", [int(round(tot_ib * f)) for f in fac], dollar=True),
                R("Average noninterest-bearing deposits", [int(round(a5["nib"] * f)) for f in (1.004, .993, .998, 1.005)]),
                R("Cost of interest-bearing deposits", [f"{r:.2f}%" for r in rate], fmt="str"),
                R("Average rate on time deposits", [f"{r:.2f}%" for r in (4.21, 4.12, 4.02, 3.86)], fmt="str")]
        d.table("b_depq", rows, [[("2025 Quarter Ended", 4)],
                                 [("March 31", 1), ("June 30", 1), ("Sept. 30", 1), ("Dec. 31", 1)]],
                label_w=74, title="Quarterly Deposit Trends", units=UNITS_K, size=7.8, footnotes=[
                    "Quarterly averages are based on daily balances and will not equal the annual averages exactly."])

    def eve_table(self, d):
        rows = [R(f"{s} basis points", [a, b], fmt="str", key="eve" + s) for s, a, b in
                [("+200", "(7.9)%", "(9.4)%"), ("+100", "(3.6)%", "(4.5)%"), ("-100", "2.1%", "3.0%"),
                 ("-200", "3.3%", "4.8%")]]
        d.table("b_eve", rows, [[("Estimated Change in\nEconomic Value of Equity", 2)],
                                [("December 31,\n2025", 1), ("December 31,\n2024", 1)]], label_w=70, col_w=40,
                title="Economic Value of Equity Sensitivity", size=8.5,
                footnotes=["Policy limits: (20.0)% for a 200 basis point shock and (10.0)% for a 100 basis point "
                           "shock."])

    def more_policies(self, d):
        d.paras([
            "Other real estate owned. Real estate acquired through foreclosure is initially recorded at fair value "
            "less estimated costs to sell, establishing a new cost basis. Subsequent declines in value are charged "
            "to expense. Net costs of operating foreclosed properties are included in other noninterest expense.",
            "Bank-owned life insurance. The Bank owns life insurance policies on certain current and former officers. "
            "The policies are recorded at their cash surrender value, and increases in cash surrender value are "
            "recorded as noninterest income.",
            "Derivatives. All derivatives are recognized on the balance sheet at fair value. The Company's interest "
            "rate swaps with commercial customers and offsetting dealer swaps are not designated as hedges, and "
            "changes in their fair values are recognized in other noninterest income.",
            "Transfers of financial assets. Transfers of financial assets, including sales of residential mortgage "
            "loans, are accounted for as sales when control over the assets has been surrendered. Mortgage servicing "
            "rights are not material.",
            "Reclassifications. Certain prior-year amounts have been reclassified to conform to the current "
            "presentation. The reclassifications had no effect on net income or shareholders' equity.",
        ])

    def oreo_table(self, d):
        rows = [R("Balance at beginning of year", [OREO[2024], OREO[2023]], dollar=True),
                R("Transfers from loans", [2310, 1740]),
                R("Sales", [-(OREO[2024] + 2310 - 480 - OREO[2025]), -(OREO[2023] + 1740 - 350 - OREO[2024])]),
                R("Valuation write-downs", [-480, -350]),
                R("Balance at end of year", [OREO[2025], OREO[2024]], kind="total", dollar=True)]
        d.table("b_oreo", rows, H2, label_w=100, title="Other Real Estate Owned", units=UNITS_K, size=8)

    def other_expense_table(self, d):
        m = self.m
        tot = [dict(m.inc[y]["nonx"])["Other noninterest expense"] for y in Y3]
        parts = [("Litigation settlement", [3100, 0, 0]), ("Loan collection and OREO expense", [1840, 1620, 1390]),
                 ("Telecommunications and postage", [2410, 2360, 2290]),
                 ("Travel and training", [1980, 1870, 1720]), ("Insurance other than FDIC", [1630, 1540, 1460])]
        other = [t - sum(p[1][k] for p in parts) for k, t in enumerate(tot)]
        rows = [R(l, v, dollar=(k == 0), key="oe:" + l) for k, (l, v) in enumerate(parts)]
        rows += [R("All other", other), R("Total other noninterest expense", tot, kind="total", dollar=True)]
        d.table("b_othexp", rows, H3, label_w=90, title="Components of Other Noninterest Expense", units=UNITS_K,
                size=8)

    def equity_plan_table(self, d):
        d.h3("Securities Authorized for Issuance Under Equity Compensation Plans")
        rows = [R("Equity compensation plans approved by shareholders", ["414,140", "\u2014", "1,286,420"], fmt="str"),
                R("Equity compensation plans not approved by shareholders", ["\u2014", "\u2014", "\u2014"], fmt="str"),
                R("Total", ["414,140", "\u2014", "1,286,420"], fmt="str", kind="total")]
        d.table("b_eqplan", rows, [[("Securities to Be\nIssued upon\nExercise or Vesting", 1),
                                    ("Weighted Average\nExercise Price", 1), ("Securities\nRemaining\nAvailable", 1)]],
                label_w=80, size=7.8, footnotes=["Outstanding awards consist of restricted and performance stock "
                                                  "units, which have no exercise price."])
        d.para("Dividends. Our board of directors reviews the dividend quarterly. We target a payout ratio of 35% to "
               "50% of earnings over time, subject to capital, regulatory and economic considerations. The Company's "
               "ability to pay dividends depends primarily on dividends received from the Bank, as described in "
               "Item 1 under \"Supervision and Regulation.\"")

    def directors(self, d):
        d.ln(2)
        d.para("Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been signed "
               "below by the following persons on behalf of the registrant and in the capacities indicated on "
               "February 26, 2026.")
        names = ["Margaret A. Oyelaran", "Harold W. Penberthy", "Celeste N. Achterberg", "Victor L. Osei-Mensah",
                 "Rosalind T. Kjeldsen", "Franklin D. Marchetti", "Imogen S. Vantreese", "Curtis B. Holloway",
                 "Beatriz E. Lindqvist", "Nathaniel J. Oduya"]
        rows = [R("/s/ " + n, ["Chairman" if k == 0 else ("Lead Independent Director" if k == 1 else "Director")],
                  fmt="str", key="dir" + str(k)) for k, n in enumerate(names)]
        d.table("b_dirs", rows, [[("Title", 1)]], label_w=80, col_w=70, size=8.5, leaders=False, row_h=6)

    def prior_year(self, d):
        m = self.m
        i4, i3 = m.inc[2024], m.inc[2023]
        a4, a3 = m.avg[2024], m.avg[2023]
        b4, b3 = m.bs[2024], m.bs[2023]
        d.h2("Comparison of 2024 with 2023")
        d.paras([
            f"Net income for 2024 was {m1(i4['ni'])}, or {dollars(i4['eps_d'])} per diluted share, compared with "
            f"{m1(i3['ni'])}, or {dollars(i3['eps_d'])} per diluted share, for 2023. The decrease reflected the "
            f"{m1(-FLOWS['sec_gain'][2024])} pre-tax loss on the securities repositioning, a higher provision for "
            "credit losses and higher noninterest expense, partially offset by higher net interest income.",
            f"Net interest income increased {m1(i4['nii'] - i3['nii'])}, or {pct(chg_pct(i4['nii'], i3['nii']))}, to "
            f"{m1(i4['nii'])}. Average interest-earning assets grew {pct(chg_pct(a4['ea'], a3['ea']))}, but the net "
            f"interest margin narrowed to {pct(a4['nim'], 2)} from {pct(a3['nim'], 2)} because the rate paid on "
            f"interest-bearing liabilities rose to {pct(a4['ibl_rate'], 2)} from {pct(a3['ibl_rate'], 2)}, outpacing "
            f"the increase in the yield on interest-earning assets to {pct(a4['ea_yield'], 2)} from "
            f"{pct(a3['ea_yield'], 2)}. Customers continued to move balances from noninterest-bearing and low-rate "
            "accounts into money market accounts and certificates of deposit during the first half of 2024.",
            f"The provision for credit losses was {m1(i4['prov'])} in 2024 compared with {m1(i3['prov'])} in 2023. "
            f"Net charge-offs increased to {m1(m.acl[2024]['nco'])} from {m1(m.acl[2023]['nco'])}, driven by two "
            "commercial and industrial relationships in the distribution sector, and the allowance increased to "
            f"{pct(b4['acl_ratio'], 2)} of loans from {pct(b3['acl_ratio'], 2)}.",
            f"Noninterest income was {m1(i4['tnoni'])} in 2024 compared with {m1(i3['tnoni'])} in 2023. Excluding "
            "the securities loss, noninterest income increased on higher wealth management fees and mortgage banking "
            "income. Noninterest expense increased "
            f"{pct(chg_pct(i4['tnonx'], i3['tnonx']))} to {m1(i4['tnonx'])}, reflecting higher salaries and "
            "benefits, data processing costs and professional fees, including consulting fees related to the "
            f"repositioning. Income tax expense was {m1(i4['tax'])}, an effective rate of "
            f"{pct(i4['tax'] / i4['pretax'] * 100)}, compared with {m1(i3['tax'])}, or "
            f"{pct(i3['tax'] / i3['pretax'] * 100)}, in 2023.",
        ], key="py_text")

    def lending_more(self, d):
        d.h3("Underwriting Standards")
        d.paras([
            "Commercial and industrial loans are underwritten based on the borrower's historical and projected cash "
            "flow, leverage and liquidity, the strength of guarantors and the value of collateral. We generally "
            "require a minimum fixed charge coverage ratio of 1.20 times and limit senior leverage based on industry. "
            "Lines of credit secured by accounts receivable and inventory are subject to borrowing-base advance "
            "rates, typically up to 80% of eligible receivables and 50% of eligible inventory, and to periodic field "
            "examinations for larger relationships.",
            "Commercial real estate loans are generally limited to 75% of appraised value for stabilized properties "
            "and 80% for owner-occupied properties, with minimum debt service coverage ratios of 1.25 times for most "
            "property types and 1.35 times for hospitality properties. We stress test debt service coverage at "
            "interest rates at least 200 basis points above the note rate. Appraisals are ordered and reviewed by an "
            "appraisal management function independent of the lending staff.",
            "Residential mortgage loans retained in portfolio generally have loan-to-value ratios of 80% or less, or "
            "carry private mortgage insurance, and borrowers must satisfy the ability-to-repay requirements of "
            "federal regulations. Home equity lines of credit are generally limited to a combined loan-to-value ratio "
            "of 85%. Consumer loans are underwritten using credit scores, debt-to-income ratios and, for indirect "
            "automobile loans, dealer-specific performance monitoring.",
        ])
        d.h3("Treasury Management and Other Services")
        d.para("Our treasury management group serves approximately 6,800 commercial clients with cash concentration, "
               "payables and receivables automation, commercial card, foreign exchange through a correspondent and "
               "fraud prevention services. Treasury management relationships are an important source of "
               "noninterest-bearing operating deposits. We also offer residential mortgage origination through 38 of "
               "our banking offices and a centralized digital application, and we sell most fixed-rate conforming "
               "production to government-sponsored enterprises on a servicing-released basis.")

    def acl_method(self, d):
        d.paras([
            "Portfolio segments. For purposes of estimating the allowance, the loan portfolio is divided into four "
            "segments: commercial and industrial; commercial real estate, which includes owner-occupied, non-owner "
            "occupied and construction and land development loans; residential real estate, which includes "
            "residential mortgages and home equity lines of credit; and consumer and other.",
            "Methodology. The commercial segments are modeled using probability of default and loss given default "
            "estimates derived from the Company's internal risk ratings and peer data, applied to the expected "
            "exposure at default over the contractual term adjusted for prepayments. The residential and consumer "
            "segments are modeled using discounted cash flow methods with forecast-sensitive default curves. "
            "Management considers a baseline, an upside and an adverse economic scenario; at December 31, 2025 the "
            "baseline was weighted 55%, the adverse scenario 30% and the upside scenario 15%.",
            "Qualitative adjustments. Qualitative adjustments at December 31, 2025 addressed concentrations in "
            "non-owner occupied office and hospitality properties, the pace of loan growth in construction lending, "
            "and limitations in the historical data for recently originated commercial loans. Qualitative "
            "adjustments represented approximately 14% of the total allowance at December 31, 2025, compared with "
            "approximately 12% a year earlier.",
            "Unfunded commitments. The reserve for unfunded commitments, included in other liabilities, was $4.2 "
            "million at December 31, 2025 and $3.9 million at December 31, 2024, and is estimated using the same "
            "loss rates applied to expected funding based on historical utilization.",
        ])

    def glossary(self, d):
        d.new_page()
        d.h2("GLOSSARY OF ABBREVIATIONS AND TERMS")
        terms = [("ACL", "Allowance for credit losses"), ("AFS", "Available-for-sale"),
                 ("ALCO", "Asset/Liability Committee"), ("AOCI", "Accumulated other comprehensive income (loss)"),
                 ("ARR", "Adjustable-rate residential mortgage"), ("ASC", "FASB Accounting Standards Codification"),
                 ("ASU", "Accounting Standards Update"), ("BOLI", "Bank-owned life insurance"),
                 ("CECL", "Current expected credit loss methodology (ASC 326)"),
                 ("CET1", "Common equity Tier 1 capital"), ("CRA", "Community Reinvestment Act"),
                 ("CRE", "Commercial real estate"), ("EVE", "Economic value of equity"),
                 ("FASB", "Financial Accounting Standards Board"), ("FDIC", "Federal Deposit Insurance Corporation"),
                 ("FHLB", "Federal Home Loan Bank of Cincinnati"), ("FTE", "Full-time equivalent"),
                 ("GAAP", "U.S. generally accepted accounting principles"), ("HTM", "Held-to-maturity"),
                 ("LHFS", "Loans held for sale"), ("NCO", "Net charge-offs"), ("NIM", "Net interest margin"),
                 ("NPA", "Nonperforming assets"), ("OCC", "Office of the Comptroller of the Currency"),
                 ("OCI", "Other comprehensive income (loss)"), ("OREO", "Other real estate owned"),
                 ("PSU", "Performance share unit"), ("RSU", "Restricted stock unit"),
                 ("RWA", "Risk-weighted assets"), ("SEC", "U.S. Securities and Exchange Commission"),
                 ("TCE", "Tangible common equity (non-GAAP)")]
        rows = [R(a, [b_], fmt="str", key="gl:" + a) for a, b_ in terms]
        d.table("b_gloss", rows, [[("", 1)]], label_w=30, col_w=130, size=9, leaders=False, row_h=5.2)

    def offices_table(self, d):
        data = [("Ohio", 44, 31, 13), ("Indiana", 19, 14, 5), ("Pennsylvania", 8, 7, 1)]
        rows = [R(s, [str(t), str(o), str(l)], fmt="str", key="off:" + s) for s, t, o, l in data]
        rows.append(R("Total", ["71", "52", "19"], fmt="str", kind="total"))
        d.table("b_offices", rows, [[("Banking\nOffices", 1), ("Owned", 1), ("Leased", 1)]], label_w=60,
                col_w=28, size=8.5)

    # ------------------------------------------------------------------
    def pastdue_by_type(self, d):
        b = self.m.bs[2025]
        rates = [(.0036, .0011), (.0021, .0006), (.0024, .0008), (.0019, .0004), (.0042, .0012), (.0031, .0009),
                 (.0088, .0027)]
        p90 = [int(round(PD90[2025] * s)) for s in (.18, .06, .08, 0, .31, .12)]
        p90.append(PD90[2025] - sum(p90))
        rows, tot = [], [0] * 6
        for k, t in enumerate(LOAN_TYPES):
            amt = b["loan_by_type"][k]
            d30, d60 = (int(round(amt * r)) for r in rates[k])
            na = NONACCRUAL[2025][k]
            vals = [amt - d30 - d60 - p90[k] - na, d30, d60, p90[k], na, amt]
            tot = [a + v for a, v in zip(tot, vals)]
            rows.append(R(t, vals, dollar=(k == 0), key="pd:" + t))
        rows.append(R("Total", tot, kind="total", dollar=True, key="pd:total"))
        assert tot[5] == b["loans"] and tot[4] == b["na_total"]
        d.table("b_pdtype", rows, [[("Current", 1), ("30-59\nDays", 1), ("60-89\nDays", 1), ("90 Days+\nAccruing", 1),
                                    ("Nonaccrual", 1), ("Total", 1)]], label_w=50,
                title="Past Due and Nonaccrual Loans by Class \u2014 December 31, 2025", units=UNITS_K, size=7.2,
                leaders=False)

    def ratings_table(self, d):
        b = self.m.bs[2025]
        total = b["afs"] + b["htm"]
        sh = [("AAA / U.S. government and agency", .812), ("AA", .121), ("A", .041), ("BBB", .019),
              ("Not rated", None)]
        parts = [int(round(total * s)) for _, s in sh[:-1]]
        parts.append(total - sum(parts))
        rows = [R(l, [num(v), pct(v / total * 100)], fmt="str", dollar=(k == 0), key="rt:" + l)
                for k, ((l, _), v) in enumerate(zip(sh, parts))]
        rows.append(R("Total securities", [num(total), "100.0%"], fmt="str", kind="total", dollar=True))
        d.table("b_ratings", rows, [[("Carrying\nValue", 1), ("% of\nTotal", 1)]], label_w=90, col_w=32,
                title="Securities Portfolio by Credit Rating \u2014 December 31, 2025", units=UNITS_K, size=8,
                footnotes=["Ratings are the lowest of the ratings assigned by nationally recognized rating agencies. "
                           "Securities not rated consist primarily of local municipal obligations held to maturity."])

    def condition_narrative(self, d, part):
        m = self.m
        b5, b4 = m.bs[2025], m.bs[2024]
        lt5, lt4 = b5["loan_by_type"], b4["loan_by_type"]
        if part == "loans":
            d.paras([
                f"Commercial and industrial loans increased {m1(lt5[0] - lt4[0])}, or "
                f"{pct(chg_pct(lt5[0], lt4[0]))}, reflecting new relationships with middle-market manufacturers and "
                "healthcare providers in the Columbus and Indianapolis markets and higher line utilization, which "
                "averaged 41% in the fourth quarter of 2025 compared with 38% a year earlier.",
                f"Non-owner occupied commercial real estate loans increased {m1(lt5[2] - lt4[2])}, primarily "
                "multifamily and industrial properties, while construction and land development loans increased "
                f"{m1(lt5[3] - lt4[3])} as projects funded under commitments made in 2023 and 2024. We slowed new "
                "construction commitments during the second half of 2025 to manage our concentration.",
                f"Residential mortgage loans increased {m1(lt5[4] - lt4[4])} as we retained adjustable-rate and jumbo "
                f"production. Consumer and other loans increased {pct(chg_pct(lt5[6], lt4[6]))}, as growth in direct "
                "consumer lending more than offset our planned reduction in indirect automobile originations.",
            ], key="loan_narr")
        elif part == "deposits":
            nib5, nib4 = b5["nib"], b4["nib"]
            d.paras([
                f"Noninterest-bearing deposits increased {m1(nib5 - nib4)} during 2025, the first annual increase "
                "since 2022, as new treasury management relationships offset continued optimization of balances by "
                f"existing commercial clients. Interest-bearing deposits increased {m1(b5['ib'] - b4['ib'])}, led by "
                "savings and money market accounts. Time deposits declined as a percentage of total deposits as we "
                "allowed higher-cost promotional certificates to mature and reprice lower.",
                "Public funds deposits, which are collateralized by pledged securities, were approximately $612.4 "
                "million at December 31, 2025. Our ten largest depositor relationships represented approximately 5.1% "
                "of total deposits.",
            ], key="dep_narr")
        elif part == "capital":
            d.para(
                f"During 2025 we repurchased {FLOWS['rep_shares'][2025]:,} shares at an average price of "
                f"${FLOWS['rep_price'][2025]:.2f} per share, and we increased our quarterly dividend to $0.30 per share "
                "in the second quarter. We expect to continue to return capital through dividends and repurchases "
                "while maintaining a CET1 ratio above our internal target of 10.5%.", key="cap_narr")

    def questions(self, d):
        from bank_questions import bank_questions
        return bank_questions(self, d)


def make(out_pdf):
    f = BankFiling()
    doc = render(f.build, HEAD, STYLE, out_pdf)
    return f, doc
