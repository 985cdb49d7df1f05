"""The 50 questions of the blind_filings_18 set.  Each question names its input figures through layout anchors
(a table row and column, or a figure inside an anchored sentence); the answer is computed from the figures exactly as
printed, formatted, and cross-checked against the model.  Nothing in an answer is typed by hand."""

from fractions import Fraction as F

from kit import parse, rnd

KDOC = "TAMSWORTH_2025_10K"
QDOC = "PELLMOOR_2025Q3_10Q"
DOCS = {"K": (KDOC, "Tamsworth Valley Bancorp, Inc.", "10k"), "Q": (QDOC, "Pellmoor Medical, Inc.", "10q")}
EXPECT = {KDOC: 28, QDOC: 22}
KINDS = {"lookup": 15, "calc": 15, "cross": 8, "prose": 6, "multi": 6}


# ------------------------------------------------------------------ answer formats
def kusd(v):
    """Thousands of dollars: '$287.1 million ($287,063 thousand)'."""
    v = rnd(v)
    return f"${float(rnd(F(abs(v), 1000), 1)):,.1f} million (${abs(v):,} thousand)"


def musd(v):
    return f"${float(rnd(abs(v), 1)):,.1f} million"


def pc(places):
    return lambda v: f"{float(rnd(v, places)):.{places}f}%"


def usd2(v):
    return f"${float(rnd(v, 2)):.2f}"


def times(places):
    return lambda v: f"{float(rnd(v, places)):.{places}f}x"


def days(v):
    return f"{float(rnd(v, 1)):.1f} days"


def chg_k(v):
    word = "a decrease" if v < 0 else "an increase"
    return f"{word} of {kusd(v)}"


def net_debt(v):
    if v < 0:
        return f"-{musd(v)} (a net cash position of {musd(v)})"
    return musd(v)


def Q(doc, kind, qtype, text, ins, calc, fmt, model, how, extra=()):
    return {
        "doc": doc,
        "kind": kind,
        "qtype": qtype,
        "text": text,
        "ins": ins,
        "calc": calc,
        "fmt": fmt,
        "model": model,
        "how": how,
        "extra": extra,
    }


MG, DR = "metrics-generated", "domain-relevant"


def _specs():
    s = []
    # ================================================================ 10-K (bank), 28 questions
    s += [
        Q(
            "K",
            "lookup",
            DR,
            "What was Tamsworth Valley Bancorp's net interest income for the year ended December 31, 2025?",
            [("is.nii", 0, "Net interest income, 2025")],
            lambda v: v[0],
            kusd,
            lambda k, q: k["nii"][2025],
            "Read from the consolidated statements of income.",
        ),
        Q(
            "K",
            "lookup",
            DR,
            "How large was Tamsworth Valley's total deposit base at December 31, 2024, the prior year end?",
            [("bs.dep", 1, "Total deposits, December 31, 2024")],
            lambda v: v[0],
            kusd,
            lambda k, q: k["bs"][2024]["dep"],
            "Read from the December 31, 2024 column of the consolidated balance sheets.",
        ),
        Q(
            "K",
            "lookup",
            DR,
            "Before netting recoveries, how much in loans did Tamsworth Valley charge off during 2025?",
            [("acl.co", 0, "Charge-offs, 2025")],
            lambda v: abs(v[0]),
            kusd,
            lambda k, q: k["co_tot"][2025],
            "Gross charge-offs from the allowance for credit losses roll-forward in "
            "MD&A (shown in parentheses as a reduction of the allowance).",
        ),
        Q(
            "K",
            "lookup",
            DR,
            "What was the total of nonperforming assets (nonperforming loans plus other real estate "
            "owned) at the end of fiscal 2025?",
            [("np.npa", 0, "Total nonperforming assets, December 31, 2025")],
            lambda v: v[0],
            kusd,
            lambda k, q: k["npa"][2025]["npa"],
            "Read from the nonperforming assets table.",
        ),
        Q(
            "K",
            "lookup",
            DR,
            "What common equity Tier 1 capital ratio did the bank subsidiary, Tamsworth Valley Bank, "
            "report as of December 31, 2025?",
            [("cr.b.cet1", 0, "Bank CET1 ratio, December 31, 2025")],
            lambda v: v[0],
            pc(2),
            lambda k, q: k["cap"][2025]["rb_cet1"],
            "Read from the Bank section of the regulatory capital ratios table (not the consolidated Company).",
        ),
        Q(
            "K",
            "lookup",
            DR,
            "What was the fair value of the held-to-maturity securities portfolio at December 31, 2025 "
            "(the portfolio is carried at amortized cost on the balance sheet)?",
            [("bsp.htmfv", 0, "Securities held to maturity, fair value, 2025")],
            lambda v: v[0],
            kusd,
            lambda k, q: k["htm_fv"][2025],
            "Read from the balance sheet parenthetical information (it also equals the "
            "fair value total in the held-to-maturity table of Note 2).",
        ),
        Q(
            "K",
            "lookup",
            DR,
            "How much fee revenue did the wealth management and trust business contribute in 2025?",
            [("is.wealth", 0, "Wealth management and trust fees, 2025")],
            lambda v: v[0],
            kusd,
            lambda k, q: k["nonii"]["wealth"][2025],
            "Read from noninterest income in the statements of income.",
        ),
        Q(
            "K",
            "lookup",
            DR,
            "As of year-end 2025, what fair value of available-for-sale securities was measured using "
            "Level 3 (significant unobservable) inputs?",
            [("fv.tot", 2, "Total AFS securities, Level 3, December 31, 2025")],
            lambda v: v[0],
            kusd,
            lambda k, q: k["fv_l3_corp"],
            "Read from the Level 3 column of the recurring fair value table in Note 10.",
        ),
        Q(
            "K",
            "calc",
            MG,
            "What was Tamsworth Valley's loan-to-deposit ratio at December 31, 2025, measured as total "
            "loans before the allowance divided by total deposits? Answer in percent to one decimal place.",
            [("bs.loans", 0, "Loans, 2025"), ("bs.dep", 0, "Total deposits, 2025")],
            lambda v: 100 * v[0] / v[1],
            pc(1),
            lambda k, q: F(100 * k["bs"][2025]["loans"], k["bs"][2025]["dep"]),
            "Loans / total deposits x 100.",
        ),
        Q(
            "K",
            "calc",
            MG,
            "Compute the tangible common equity ratio at December 31, 2025: total shareholders' equity "
            "less goodwill and core deposit intangibles, divided by total assets less goodwill and core deposit "
            "intangibles. Give the answer in percent to two decimals.",
            [
                ("bs.eq", 0, "Total shareholders' equity, 2025"),
                ("bs.gw", 0, "Goodwill, 2025"),
                ("bs.cdi", 0, "Core deposit intangibles, 2025"),
                ("bs.ta", 0, "Total assets, 2025"),
            ],
            lambda v: 100 * (v[0] - v[1] - v[2]) / (v[3] - v[1] - v[2]),
            pc(2),
            lambda k, q: F(
                100 * (k["bs"][2025]["eq"] - k["bs"][2025]["gw"] - k["bs"][2025]["cdi"]),
                k["bs"][2025]["ta"] - k["bs"][2025]["gw"] - k["bs"][2025]["cdi"],
            ),
            "(Equity - goodwill - CDI) / (total assets - goodwill - CDI) x 100.",
        ),
        Q(
            "K",
            "calc",
            MG,
            "By what percentage did net interest income grow in 2025 compared with 2024? Round to one decimal.",
            [("is.nii", 0, "Net interest income, 2025"), ("is.nii", 1, "Net interest income, 2024")],
            lambda v: 100 * (v[0] - v[1]) / v[1],
            pc(1),
            lambda k, q: F(100 * (k["nii"][2025] - k["nii"][2024]), k["nii"][2024]),
            "(2025 / 2024 - 1) x 100.",
        ),
        Q(
            "K",
            "calc",
            MG,
            "What share of 2025 total revenue (net interest income plus total noninterest income) came "
            "from noninterest income? Express in percent to one decimal.",
            [("is.noniitot", 0, "Total noninterest income, 2025"), ("is.nii", 0, "Net interest income, 2025")],
            lambda v: 100 * v[0] / (v[0] + v[1]),
            pc(1),
            lambda k, q: F(100 * k["nonii_tot"][2025], k["nonii_tot"][2025] + k["nii"][2025]),
            "Noninterest income / (net interest income + noninterest income) x 100.",
        ),
        Q(
            "K",
            "calc",
            MG,
            "Using the simple average of the year-end 2024 and year-end 2025 total shareholders' equity "
            "balances, what was Tamsworth Valley's return on average equity for 2025? Percent, two decimals.",
            [
                ("is.ni", 0, "Net income, 2025"),
                ("bs.eq", 0, "Total shareholders' equity, 2025"),
                ("bs.eq", 1, "Total shareholders' equity, 2024"),
            ],
            lambda v: 100 * v[0] / ((v[1] + v[2]) / 2),
            pc(2),
            lambda k, q: F(200 * k["ni"][2025], k["bs"][2025]["eq"] + k["bs"][2024]["eq"]),
            "Net income / ((equity 2025 + equity 2024) / 2) x 100.",
        ),
        Q(
            "K",
            "calc",
            MG,
            "What was the 2025 dividend payout ratio, computed as cash dividends declared per share "
            "divided by diluted earnings per share? Percent to one decimal.",
            [("hl.dps", 0, "Cash dividends declared per share, 2025"), ("hl.eps", 0, "Diluted EPS, 2025")],
            lambda v: 100 * v[0] / v[1],
            pc(1),
            lambda k, q: 100 * k["dps"][2025] / k["eps_d"][2025],
            "Dividends per share / diluted EPS x 100.",
        ),
        Q(
            "K",
            "calc",
            MG,
            "According to the rate/volume analysis, what percentage of the 2025 increase in interest "
            "income on loans was attributable to volume (higher average balances) rather than rate? Round to one "
            "decimal.",
            [("rv.loans", 0, "Loans, change due to volume"), ("rv.loans", 2, "Loans, total change")],
            lambda v: 100 * v[0] / v[1],
            pc(1),
            lambda k, q: F(100 * k["rv"]["loans"]["vol"], k["rv"]["loans"]["tot"]),
            "Volume component / total change x 100.",
        ),
        Q(
            "K",
            "calc",
            MG,
            "What was the cost of total deposits in 2025, defined as interest expense on deposits divided "
            "by average total deposits including noninterest-bearing demand deposits? Percent, two decimals.",
            [
                ("ab.ibdep", 1, "Interest on interest-bearing deposits, 2025"),
                ("ab.ibdep", 0, "Average interest-bearing deposits, 2025"),
                ("ab.nib", 0, "Average noninterest-bearing demand deposits, 2025"),
            ],
            lambda v: 100 * v[0] / (v[1] + v[2]),
            pc(2),
            lambda k, q: F(100 * k["ie_dep"][2025], k["avg"][2025]["ibdep"] + k["avg"][2025]["nib"]),
            "Deposit interest expense / (average interest-bearing + average noninterest-bearing deposits) x 100.",
        ),
        Q(
            "K",
            "multi",
            MG,
            "Applying the efficiency ratio definition that Tamsworth Valley uses in its MD&A, what was "
            "the efficiency ratio for 2023? Percent to one decimal.",
            [
                ("is.nonietot", 2, "Total noninterest expense, 2023"),
                ("is.nii", 2, "Net interest income, 2023"),
                ("is.noniitot", 2, "Total noninterest income, 2023"),
            ],
            lambda v: 100 * v[0] / (v[1] + v[2]),
            pc(1),
            lambda k, q: k["eff"][2023],
            "Noninterest expense / (net interest income + noninterest income) x 100, 2023 column.",
            extra=("p.eff",),
        ),
        Q(
            "K",
            "multi",
            DR,
            "What average rate did Tamsworth Valley pay on its time deposits during 2024?",
            [("ab.tim", 5, "Time deposits, yield/rate, 2024")],
            lambda v: v[0],
            pc(2),
            lambda k, q: k["yld"][2024]["tim"],
            "Read from the 2024 columns of the average balance table.",
        ),
        Q(
            "K",
            "multi",
            MG,
            "How much did net income change from 2023 to 2024?",
            [("is.ni", 1, "Net income, 2024"), ("is.ni", 2, "Net income, 2023")],
            lambda v: v[0] - v[1],
            chg_k,
            lambda k, q: k["ni"][2024] - k["ni"][2023],
            "Net income 2024 - net income 2023.",
        ),
        Q(
            "K",
            "cross",
            MG,
            "What was the 2025 net charge-off ratio, i.e. net charge-offs as a percentage of average "
            "loans? Use the average loan balance from the average balance table and answer in percent to two "
            "decimals.",
            [("acl.nco", 0, "Net charge-offs, 2025"), ("ab.loans", 0, "Average loans, 2025")],
            lambda v: 100 * abs(v[0]) / v[1],
            pc(2),
            lambda k, q: F(100 * k["nco"][2025], k["avg"][2025]["loans"]),
            "Net charge-offs (allowance roll-forward) / average loans (average balance table) x 100.",
        ),
        Q(
            "K",
            "cross",
            MG,
            "What was tangible book value per common share at December 31, 2025 (total shareholders' "
            "equity minus goodwill and core deposit intangibles, divided by common shares outstanding at year end)? "
            "Round to the cent.",
            [
                ("bs.eq", 0, "Total shareholders' equity, 2025"),
                ("bs.gw", 0, "Goodwill, 2025"),
                ("bs.cdi", 0, "Core deposit intangibles, 2025"),
                ("ep.out", 0, "Common shares outstanding, 2025"),
            ],
            lambda v: (v[0] - v[1] - v[2]) * 1000 / v[3],
            usd2,
            lambda k, q: F(
                (k["bs"][2025]["eq"] - k["bs"][2025]["gw"] - k["bs"][2025]["cdi"]) * 1000, k["sh_out"][2025]
            ),
            "(Equity - goodwill - CDI, in thousands x 1,000) / shares outstanding (Note 8).",
        ),
        Q(
            "K",
            "cross",
            MG,
            "What was the allowance for credit losses as a percentage of total nonperforming loans at "
            "December 31, 2025? Answer in percent to one decimal.",
            [("bs.acl", 0, "Allowance for credit losses, 2025"), ("np.npl", 0, "Total nonperforming loans, 2025")],
            lambda v: 100 * abs(v[0]) / v[1],
            pc(1),
            lambda k, q: F(100 * k["bs"][2025]["acl"], k["npa"][2025]["npl"]),
            "Allowance (balance sheet) / nonperforming loans (asset quality table) x 100.",
        ),
        Q(
            "K",
            "cross",
            MG,
            "How large was the unrealized loss embedded in the held-to-maturity portfolio at December "
            "31, 2025 (amortized cost minus fair value), expressed as a percentage of total shareholders' equity at "
            "that date? One decimal.",
            [
                ("htm25.tot", 0, "HTM amortized cost, 2025"),
                ("htm25.tot", 3, "HTM fair value, 2025"),
                ("bs.eq", 0, "Total shareholders' equity, 2025"),
            ],
            lambda v: 100 * (v[0] - v[1]) / v[2],
            pc(1),
            lambda k, q: F(100 * (k["bs"][2025]["htm"] - k["htm_fv"][2025]), k["bs"][2025]["eq"]),
            "(Amortized cost - fair value) from Note 2 / total equity from the balance sheet x 100.",
        ),
        Q(
            "K",
            "cross",
            MG,
            "Dividing 2025 salaries and employee benefits expense by the number of full-time "
            "equivalent employees at year end, what was the average compensation cost per FTE? Answer in thousands of "
            "dollars, one decimal.",
            [("is.esal", 0, "Salaries and employee benefits, 2025"), ("p.fte", "n", "Full-time equivalent employees")],
            lambda v: v[0] / v[1],
            lambda v: f"${float(rnd(v, 1)):.1f} thousand per FTE",
            lambda k, q: F(k["nonie"]["sal"][2025], k["fte"]),
            "Salaries and employee benefits (income statement, in thousands) / FTE count (Item 1).",
        ),
        Q(
            "K",
            "prose",
            DR,
            "How much remaining borrowing capacity did Tamsworth Valley have at the Federal Home Loan "
            "Bank of Pittsburgh at December 31, 2025?",
            [("p.fhlb", "cap", "Remaining FHLB borrowing capacity")],
            lambda v: v[0],
            lambda v: f"${float(v):.2f} billion",
            lambda k, q: F(k["fhlb_cap"], 1000),
            "Stated in the Liquidity discussion of MD&A.",
        ),
        Q(
            "K",
            "prose",
            DR,
            "What percentage of total deposits did the company estimate were uninsured at December 31, 2025?",
            [("p.unins", "pct", "Estimated uninsured deposits, percent of total")],
            lambda v: v[0],
            pc(1),
            lambda k, q: k["uninsured"],
            "Stated in the Deposits discussion of MD&A.",
        ),
        Q(
            "K",
            "prose",
            DR,
            "How many full-service branches does Tamsworth Valley Bank operate?",
            [("p.branches", "n", "Full-service branches")],
            lambda v: v[0],
            lambda v: f"{int(v)} branches",
            lambda k, q: k["branches"],
            "Stated in Item 1, Business.",
        ),
        Q(
            "K",
            "prose",
            DR,
            "How many shares were still available for repurchase under the board-authorized buyback "
            "program at the end of 2025?",
            [("p.buyleft", "n", "Shares remaining under the repurchase program")],
            lambda v: v[0],
            lambda v: f"{int(v):,} shares",
            lambda k, q: k["buyback_left"],
            "Stated in Item 5.",
        ),
    ]
    # ================================================================ 10-Q (medical device), 22 questions
    s += [
        Q(
            "Q",
            "lookup",
            DR,
            "What were Pellmoor Medical's net sales for the three months ended September 30, 2025?",
            [("op.sales", 0, "Net sales, three months 2025")],
            lambda v: v[0],
            musd,
            lambda k, q: F(q["sales"]["q25"], 10),
            "Read from the statements of operations.",
        ),
        Q(
            "Q",
            "lookup",
            DR,
            "What was the finished goods inventory balance at September 30, 2025?",
            [("in.fg", 0, "Finished goods, September 30, 2025")],
            lambda v: v[0],
            musd,
            lambda k, q: F(q["inv_split"]["sep"]["fg"], 10),
            "Read from Note 3, Inventories.",
        ),
        Q(
            "Q",
            "lookup",
            DR,
            "What balance remained in the restructuring reserve at September 30, 2025?",
            [("rs.close", 3, "Restructuring reserve, total, September 30, 2025")],
            lambda v: v[0],
            musd,
            lambda k, q: F(q["rr_close"], 10),
            "Read from the reserve roll-forward in Note 10.",
        ),
        Q(
            "Q",
            "lookup",
            DR,
            "How much principal was outstanding on the Term Loan A at September 30, 2025?",
            [("db.tlprin", 0, "Term loan principal, September 30, 2025")],
            lambda v: v[0],
            musd,
            lambda k, q: F(q["debt"]["sep"]["tl_prin"], 10),
            "Read from Note 5, Debt.",
        ),
        Q(
            "Q",
            "lookup",
            DR,
            "What total share-based compensation expense did Pellmoor recognize in the first nine months of 2025?",
            [("sb.tot", 2, "Total share-based compensation, nine months 2025")],
            lambda v: v[0],
            musd,
            lambda k, q: F(q["sbc"]["n25"], 10),
            "Read from Note 6.",
        ),
        Q(
            "Q",
            "lookup",
            DR,
            "How many potentially dilutive awards were left out of the third-quarter 2025 diluted EPS "
            "calculation because their effect would have been anti-dilutive?",
            [("ep.anti", 0, "Anti-dilutive awards excluded, three months 2025 (thousands)")],
            lambda v: v[0],
            lambda v: f"{int(v):,} thousand shares (about {float(rnd(F(v, 1000), 1)):.1f} million)",
            lambda k, q: q["antidil"]["q25"],
            "Read from Note 8 (in thousands).",
        ),
        Q(
            "Q",
            "lookup",
            DR,
            "What adjusted (non-GAAP) diluted earnings per share did Pellmoor report for the third quarter of 2025?",
            [("ng.adjeps", 0, "Adjusted diluted EPS, three months 2025")],
            lambda v: v[0],
            usd2,
            lambda k, q: q["ng"]["q25"]["adj_eps"],
            "Read from the non-GAAP reconciliation in MD&A.",
        ),
        Q(
            "Q",
            "calc",
            MG,
            "What was Pellmoor's GAAP operating margin for the third quarter of 2025? Give the "
            "percentage to one decimal.",
            [("op.oi", 0, "Operating income, Q3 2025"), ("op.sales", 0, "Net sales, Q3 2025")],
            lambda v: 100 * v[0] / v[1],
            pc(1),
            lambda k, q: F(100 * q["oi"]["q25"], q["sales"]["q25"]),
            "Operating income / net sales x 100.",
        ),
        Q(
            "Q",
            "calc",
            MG,
            "For the nine months ended September 30, 2025, what did selling, general and administrative "
            "expense represent as a percentage of net sales? One decimal.",
            [("op.sga", 2, "SG&A, nine months 2025"), ("op.sales", 2, "Net sales, nine months 2025")],
            lambda v: 100 * v[0] / v[1],
            pc(1),
            lambda k, q: F(100 * q["sga"]["n25"], q["sales"]["n25"]),
            "SG&A / net sales x 100 (nine-month columns).",
        ),
        Q(
            "Q",
            "calc",
            MG,
            "What proportion of total inventories at September 30, 2025 consisted of finished goods? "
            "Percent, one decimal.",
            [("in.fg", 0, "Finished goods, 2025"), ("in.tot", 0, "Total inventories, 2025")],
            lambda v: 100 * v[0] / v[1],
            pc(1),
            lambda k, q: F(100 * q["inv_split"]["sep"]["fg"], q["bs"]["sep"]["inv"]),
            "Finished goods / total inventories x 100.",
        ),
        Q(
            "Q",
            "calc",
            MG,
            "By what percentage did diluted EPS increase in Q3 2025 versus Q3 2024? One decimal.",
            [("op.epsd", 0, "Diluted EPS, Q3 2025"), ("op.epsd", 1, "Diluted EPS, Q3 2024")],
            lambda v: 100 * (v[0] - v[1]) / v[1],
            pc(1),
            lambda k, q: 100 * (q["eps_d"]["q25"] - q["eps_d"]["q24"]) / q["eps_d"]["q24"],
            "(Q3 2025 diluted EPS / Q3 2024 diluted EPS - 1) x 100, using the reported per-share amounts.",
        ),
        Q(
            "Q",
            "calc",
            MG,
            "What was free cash flow for the nine months ended September 30, 2025, defined as net cash "
            "provided by operating activities minus purchases of property, plant and equipment?",
            [
                ("cf.op", 0, "Net cash from operating activities, nine months 2025"),
                ("cf.capex", 0, "Purchases of PP&E, nine months 2025"),
            ],
            lambda v: v[0] - abs(v[1]),
            musd,
            lambda k, q: F(q["cf"]["n25"]["op"] - q["capex"]["n25"], 10),
            "Operating cash flow - capital expenditures.",
        ),
        Q(
            "Q",
            "calc",
            MG,
            "For the first nine months of 2025, how many times did operating income cover interest "
            "expense? Two decimals.",
            [("op.oi", 2, "Operating income, nine months 2025"), ("op.int", 2, "Interest expense, nine months 2025")],
            lambda v: v[0] / abs(v[1]),
            times(2),
            lambda k, q: F(q["oi"]["n25"], q["int"]["n25"]),
            "Operating income / interest expense.",
        ),
        Q(
            "Q",
            "calc",
            MG,
            "What was Pellmoor's current ratio at September 30, 2025? Two decimals.",
            [("bs.tca", 0, "Total current assets, 2025"), ("bs.tcl", 0, "Total current liabilities, 2025")],
            lambda v: v[0] / v[1],
            times(2),
            lambda k, q: F(q["bs"]["sep"]["tca"], q["bs"]["sep"]["tcl"]),
            "Total current assets / total current liabilities.",
        ),
        Q(
            "Q",
            "cross",
            MG,
            "Estimate days sales outstanding at September 30, 2025 as accounts receivable, net divided "
            "by third-quarter 2025 net sales, multiplied by 92 days. Round to one decimal.",
            [("bs.ar", 0, "Accounts receivable, net, September 30, 2025"), ("op.sales", 0, "Net sales, Q3 2025")],
            lambda v: v[0] / v[1] * 92,
            days,
            lambda k, q: F(q["bs"]["sep"]["ar"] * 92, q["sales"]["q25"]),
            "Accounts receivable (balance sheet) / Q3 net sales (statement of operations) x 92.",
        ),
        Q(
            "Q",
            "cross",
            MG,
            "What was Pellmoor's net debt at September 30, 2025, taking the principal amounts of the "
            "convertible notes and the term loan and subtracting cash and cash equivalents and short-term "
            "investments?",
            [
                ("db.cvtprin", 0, "Convertible notes principal, 2025"),
                ("db.tlprin", 0, "Term loan principal, 2025"),
                ("bs.cash", 0, "Cash and cash equivalents, 2025"),
                ("bs.sti", 0, "Short-term investments, 2025"),
            ],
            lambda v: v[0] + v[1] - v[2] - v[3],
            net_debt,
            lambda k, q: F(q["debt"]["sep"]["prin"] - q["bs"]["sep"]["cash"] - q["bs"]["sep"]["sti"], 10),
            "Debt principal (Note 5) - cash and short-term investments (balance sheet).",
        ),
        Q(
            "Q",
            "cross",
            MG,
            "What was the adjusted operating margin for Q3 2025, i.e. adjusted operating income from "
            "the non-GAAP reconciliation divided by net sales? One decimal.",
            [("ng.adjoi", 0, "Adjusted operating income, Q3 2025"), ("op.sales", 0, "Net sales, Q3 2025")],
            lambda v: 100 * v[0] / v[1],
            pc(1),
            lambda k, q: q["ng"]["q25"]["adj_om"],
            "Adjusted operating income (MD&A reconciliation) / net sales (statement of operations) x 100.",
        ),
        Q(
            "Q",
            "prose",
            DR,
            "How much had Pellmoor accrued for the patent infringement litigation as of September 30, 2025?",
            [("p.lit", "acc", "Litigation accrual, September 30, 2025")],
            lambda v: v[0],
            musd,
            lambda k, q: F(q["lit_accr25"], 10),
            "Stated in Note 9, Commitments and Contingencies.",
        ),
        Q(
            "Q",
            "prose",
            DR,
            "How much was available to borrow under the revolving credit facility at September 30, 2025?",
            [("p.rev", "avail", "Revolver availability")],
            lambda v: v[0],
            musd,
            lambda k, q: F(q["revolver"] - q["lc"], 10),
            "Stated in Note 5, Debt.",
        ),
        Q(
            "Q",
            "multi",
            MG,
            "What were Pellmoor's net sales for the first six months of 2025 (January through June)? "
            "Derive the figure from the nine-month and third-quarter amounts.",
            [("op.sales", 2, "Net sales, nine months 2025"), ("op.sales", 0, "Net sales, Q3 2025")],
            lambda v: v[0] - v[1],
            musd,
            lambda k, q: F(q["sales"]["n25"] - q["sales"]["q25"], 10),
            "Nine-month net sales - third-quarter net sales.",
        ),
        Q(
            "Q",
            "multi",
            DR,
            "What restructuring charges did Pellmoor record in the nine months ended September 30, 2024?",
            [("op.restr", 3, "Restructuring charges, nine months 2024")],
            lambda v: v[0],
            musd,
            lambda k, q: F(q["restr"]["n24"], 10),
            "Read from the nine-month 2024 column of the statements of operations.",
        ),
        Q(
            "Q",
            "multi",
            DR,
            "On a constant-currency basis, how fast did Structural Heart net sales grow in the nine "
            "months ended September 30, 2025?",
            [("cc.n25.sh", 4, "Structural Heart, constant-currency growth, nine months")],
            lambda v: v[0],
            pc(1),
            lambda k, q: q["ccy"]["sh"]["n25"]["cc"],
            "Read from the nine-month net sales growth table in MD&A.",
        ),
    ]
    return s


S = _specs()


def figure(anchors, key, sel):
    an = anchors[key]
    return an["vals"][sel] if isinstance(sel, int) else an["figs"][sel]


def evaluate(sp, k, q, anchors):
    """Returns (inputs [(key, label, figure string, page)], answer value, answer text, justification, evidence)."""
    doc = DOCS[sp["doc"]][0]
    an = anchors[doc]
    ins = [(key, lab, figure(an, key, sel), an[key]["page"]) for key, sel, lab in sp["ins"]]
    vals = [parse(f) for _, _, f, _ in ins]
    v = sp["calc"](vals)
    ans = sp["fmt"](v)
    mv = sp["model"](k, q)
    assert sp["fmt"](mv) == ans, ("answer from printed figures differs from the model", sp["text"], ans, sp["fmt"](mv))
    just = "; ".join(f"{lab}: {f} (page index {pg})" for _, lab, f, pg in ins) + f". {sp['how']} Answer: {ans}."
    keys = []
    for key, _, _, _ in ins:
        if key not in keys:
            keys.append(key)
    keys += [x for x in sp["extra"] if x not in keys]
    ev = [{"evidence_text": an[x]["text"], "evidence_page_num": an[x]["page"], "doc_name": doc} for x in keys]
    return ins, v, ans, just, ev


def build(k, q, anchors):
    items = []
    for n, sp in enumerate(S, 1):
        doc, company, dtype = DOCS[sp["doc"]]
        _, _, ans, just, ev = evaluate(sp, k, q, anchors)
        items.append(
            {
                "financebench_id": f"blind18_{n:03d}",
                "company": company,
                "doc_name": doc,
                "question_type": sp["qtype"],
                "question": sp["text"],
                "answer": ans,
                "justification": just,
                "evidence": ev,
                "doc_period": 2025,
                "doc_type": dtype,
            }
        )
    return items
