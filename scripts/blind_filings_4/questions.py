"""The 50 blind questions (30 Tarnwick, 20 Ossenfield).

Every answer is computed from the financial models.  Every question lists the
printed cells / keyed prose figures it relies on (``uses``); the evidence pages
are the 0-based PDF pages on which those cells were actually drawn, taken from
the typesetter's record (``Doc.cells``).
"""

from __future__ import annotations

from fractions import Fraction

import ossenfield_model as O
import tarnwick_model as T
from common import cents, commas, pct, rnd, txt_tenths

TM, OM = T.M, O.M
T_DOC, O_DOC = "TARNWICK_2025_10K", "OSSENFIELD_FY2025_8K"
T_CO, O_CO = "Tarnwick Bancorp", "Ossenfield Industries"
FIELDS = (
    "financebench_id",
    "company",
    "doc_name",
    "question_type",
    "question",
    "answer",
    "justification",
    "evidence_pages",
)
QTYPES = ("metrics-generated", "novel-generated", "domain-relevant")


# ------------------------------------------------------------------ helpers
def k(v: int) -> str:
    """$ thousands as text: 220,999 -> '$220,999 thousand'."""
    return ("-" if v < 0 else "") + f"${abs(v):,} thousand"


def n(v: int) -> str:
    return f"{v:,}"


def mil(tenths: int) -> str:
    return ("-" if tenths < 0 else "") + f"${txt_tenths(tenths)} million"


def sgn(tenths: int) -> str:
    """Signed tenths of a million: -234 -> '-23.4'."""
    return ("-" if tenths < 0 else "") + txt_tenths(tenths)


def p(x, nd: int = 1) -> str:
    return commas(rnd(x, nd), nd) + "%" if x >= 0 else "-" + commas(rnd(-x, nd), nd) + "%"


def dec(x, nd: int = 2) -> str:
    return commas(rnd(x, nd), nd) if x >= 0 else "-" + commas(rnd(-x, nd), nd)


def usd(x, nd: int = 2) -> str:
    return "$" + dec(x, nd)


def q(qtype, question, answer, justification, uses):
    assert qtype in QTYPES
    return dict(qtype=qtype, question=question, answer=answer, justification=justification, uses=uses)


# ------------------------------------------------------------------ Tarnwick
def tarnwick() -> list:  # noqa: PLR0915
    IS, BS, CF, R = TM["IS"], TM["BS"], TM["CF"], TM["ratios"]
    i25, i24 = IS[2025], IS[2024]
    at = TM["avg_tot"]
    out = []

    # T1
    out.append(
        q(
            "metrics-generated",
            "What is Tarnwick Bancorp's FY2025 net interest income? Answer in USD thousands, as reported on the "
            "consolidated statement of income.",
            f"{k(i25['nii'])}",
            f"Consolidated Statements of Income, year ended December 31, 2025: total interest income "
            f"{n(i25['int_income'])} - total interest expense {n(i25['int_expense'])} = net interest income "
            f"{n(i25['nii'])} ($ thousands).",
            ["is/nii/2025"],
        )
    )
    # T2
    out.append(
        q(
            "metrics-generated",
            "Based on the balance sheet, what were Tarnwick Bancorp's total deposits at December 31, 2025? Answer in "
            "USD thousands.",
            k(BS[2025]["deposits"]),
            f"Consolidated Balance Sheets, December 31, 2025: noninterest-bearing {n(BS[2025]['dep_nib'])} + "
            f"interest-bearing {n(BS[2025]['dep_ib'])} = total deposits {n(BS[2025]['deposits'])}.",
            ["bs/deposits/2025"],
        )
    )
    # T3
    out.append(
        q(
            "metrics-generated",
            "Using the cash flow statement, what was Tarnwick Bancorp's net cash provided by operating activities in "
            "FY2025? Answer in USD thousands.",
            k(CF[2025]["cfo"]),
            f"Consolidated Statements of Cash Flows, 2025: net cash provided by operating activities = "
            f"{n(CF[2025]['cfo'])}.",
            ["cf/cfo/2025"],
        )
    )
    # T4
    g = pct(i25["net_income"] - i24["net_income"], i24["net_income"])
    out.append(
        q(
            "novel-generated",
            "By what percentage did Tarnwick Bancorp's net income change from FY2024 to FY2025? Round to one decimal "
            "place.",
            f"An increase of {p(g)} (from {k(i24['net_income'])} to {k(i25['net_income'])}).",
            f"({n(i25['net_income'])} - {n(i24['net_income'])}) / {n(i24['net_income'])} = {p(g, 2)}.",
            ["is/net_income/2025", "is/net_income/2024"],
        )
    )
    # T5
    num = i25["nonint_expense"] - i25["nonx_cdi"]
    den = i25["nii"] + i25["nonint_income"] - i25["nonint_secloss"]
    eff = pct(num, den)
    out.append(
        q(
            "domain-relevant",
            "Compute Tarnwick Bancorp's FY2025 adjusted efficiency ratio, defined as noninterest expense excluding "
            "amortization of core deposit intangibles, divided by the sum of net interest income and noninterest "
            "income excluding the net loss on sales of securities. Express as a percentage with two decimals.",
            f"{p(eff, 2)}",
            f"Numerator: {n(i25['nonint_expense'])} - {n(i25['nonx_cdi'])} = {n(num)}. Denominator: "
            f"{n(i25['nii'])} + {n(i25['nonint_income'])} + {n(-i25['nonint_secloss'])} (adding back the securities "
            f"loss) = {n(den)}. Ratio = {n(num)} / {n(den)} = {p(eff, 3)} (GAAP efficiency ratio as reported: "
            f"{p(R[2025]['efficiency'], 2)}).",
            [
                "is/nonint_expense/2025",
                "is/nonx_cdi/2025",
                "is/nii/2025",
                "is/nonint_income/2025",
                "is/nonint_secloss/2025",
            ],
        )
    )
    # T6
    nim25, nim24 = at[2025]["nim"], at[2024]["nim"]
    d_bp = (Fraction(rnd(nim25, 2)) - Fraction(rnd(nim24, 2))) * 100
    out.append(
        q(
            "domain-relevant",
            "Using the average balance table, what was Tarnwick Bancorp's net interest margin (net interest income "
            "divided by average interest-earning assets) in 2025, and by how many basis points did it change from "
            "2024?",
            f"The NIM was {p(nim25, 2)} in 2025 versus {p(nim24, 2)} in 2024, an increase of about {int(d_bp)} basis "
            f"points ({dec((nim25 - nim24) * 100, 1)} bps on unrounded figures).",
            f"2025: {n(at[2025]['nii'])} / {n(at[2025]['earning'])} = {p(nim25, 3)}; 2024: {n(at[2024]['nii'])} / "
            f"{n(at[2024]['earning'])} = {p(nim24, 3)}; change = {p(nim25, 2)} - {p(nim24, 2)} = {int(d_bp)} bps.",
            ["avg/nii/int2025", "avg/earning/bal2025", "avg/nii/int2024", "avg/earning/bal2024"],
        )
    )
    # T7
    roa = pct(i25["net_income"], at[2025]["total_assets"])
    out.append(
        q(
            "domain-relevant",
            "What was Tarnwick Bancorp's return on average assets (ROA) for FY2025?",
            f"{p(roa, 2)}",
            f"Net income {n(i25['net_income'])} / average total assets {n(at[2025]['total_assets'])} (average balance "
            f"table) = {p(roa, 3)}; the selected financial data also reports ROA of {p(R[2025]['roa'], 2)}.",
            ["is/net_income/2025", "avg/total_assets/bal2025"],
        )
    )
    # T8
    roe = pct(i25["net_income"], T.AVG_EQUITY[2025])
    out.append(
        q(
            "domain-relevant",
            "Calculate Tarnwick Bancorp's FY2025 return on average shareholders' equity using net income and the "
            "average shareholders' equity shown in the average balance table. Round to two decimals.",
            f"{p(roe, 2)}",
            f"{n(i25['net_income'])} / {n(T.AVG_EQUITY[2025])} = {p(roe, 3)}.",
            ["is/net_income/2025", "avg/equity/bal2025"],
        )
    )
    # T9
    so = TM["shares_out"][2025]
    tce = BS[2025]["eq_total"] - BS[2025]["goodwill"] - BS[2025]["cdi"]
    tbv = Fraction(tce * 1000, so)
    out.append(
        q(
            "domain-relevant",
            "What was Tarnwick Bancorp's tangible book value per share at December 31, 2025?",
            f"About {usd(tbv)} per share.",
            f"Tangible common equity = total shareholders' equity {n(BS[2025]['eq_total'])} - goodwill "
            f"{n(BS[2025]['goodwill'])} - core deposit intangibles {n(BS[2025]['cdi'])} = {n(tce)} ($ thousands). "
            f"Divided by {n(so)} common shares outstanding at period end = {usd(tbv, 3)}.",
            ["bs/eq_total/2025", "bs/goodwill/2025", "bs/cdi/2025", "kr/shares_out/2025"],
        )
    )
    # T10
    b25, b24 = Fraction(rnd(R[2025]["bvps"], 2)), Fraction(rnd(R[2024]["bvps"], 2))
    gb = pct(b25 - b24, b24)
    out.append(
        q(
            "domain-relevant",
            "By what percentage did Tarnwick Bancorp's book value per share grow during 2025? Round to one decimal.",
            f"About {p(gb)} (from {usd(b24)} to {usd(b25)}).",
            f"Selected financial data, book value per share: ({dec(b25)} - {dec(b24)}) / {dec(b24)} = {p(gb, 2)}.",
            ["kr/bvps/2025", "kr/bvps/2024"],
        )
    )
    # T11
    nco = TM["acl_roll"][2025]["nco"]
    avg_loans = T.AVG[2025]["loans"][0]
    ncor = pct(nco, avg_loans)
    out.append(
        q(
            "domain-relevant",
            "What was Tarnwick Bancorp's net charge-off ratio for 2025?",
            f"About {p(ncor, 2)} of average loans.",
            f"Net charge-offs {n(nco)} (allowance roll-forward: charge-offs {n(TM['acl_roll'][2025]['co'])} less "
            f"recoveries {n(TM['acl_roll'][2025]['rec'])}) / average loans {n(avg_loans)} (average balance table) = "
            f"{p(ncor, 3)}.",
            ["acl/nco/2025", "avg/loans/bal2025"],
        )
    )
    # T12
    ltd25 = pct(BS[2025]["loans"], BS[2025]["deposits"])
    ltd24 = pct(BS[2024]["loans"], BS[2024]["deposits"])
    out.append(
        q(
            "domain-relevant",
            "What was Tarnwick Bancorp's loan-to-deposit ratio at year-end 2025, and was it higher or lower than at "
            "year-end 2024?",
            f"{p(ltd25, 1)} at December 31, 2025, slightly {'higher' if ltd25 > ltd24 else 'lower'} than {p(ltd24, 1)} "
            "at December 31, 2024.",
            f"2025: loans {n(BS[2025]['loans'])} / deposits {n(BS[2025]['deposits'])} = {p(ltd25, 2)}; 2024: "
            f"{n(BS[2024]['loans'])} / {n(BS[2024]['deposits'])} = {p(ltd24, 2)}.",
            ["bs/loans/2025", "bs/deposits/2025", "bs/loans/2024", "bs/deposits/2024"],
        )
    )
    # T13
    unf = i25["provision"] - TM["acl_roll"][2025]["provision"]
    out.append(
        q(
            "novel-generated",
            "Tarnwick Bancorp's income statement provision for credit losses differs from the provision for credit "
            "losses on loans shown in the allowance roll-forward. What does the difference imply for the provision "
            "for unfunded lending commitments in 2025? Answer in USD thousands.",
            f"A {'benefit (reserve release)' if unf < 0 else 'provision'} of {k(abs(unf))} for unfunded commitments.",
            f"Income statement provision {n(i25['provision'])} - provision on loans "
            f"{n(TM['acl_roll'][2025]['provision'])}"
            f" = {n(unf)}; the reserve for unfunded commitments is recorded in other liabilities and its change runs "
            "through the provision line.",
            ["is/provision/2025", "acl/provision/2025"],
        )
    )
    # T14
    npl = TM["npa"][2025]["npl"]
    cov = pct(TM["acl"][2025], npl)
    out.append(
        q(
            "novel-generated",
            "What was Tarnwick Bancorp's allowance for credit losses on loans as a percentage of nonperforming loans "
            "at December 31, 2025?",
            f"About {p(cov)}.",
            f"Allowance at year end {n(TM['acl'][2025])} / total nonperforming loans {n(npl)} = {p(cov, 2)}.",
            ["acl/end/2025", "npa/npl/2025"],
        )
    )
    # T15
    sh = pct(i25["nonint_wealth"], i25["nonint_income"])
    out.append(
        q(
            "metrics-generated",
            "What share of Tarnwick Bancorp's total noninterest income in 2025 came from wealth management and trust "
            "fees? Round to one decimal.",
            f"{p(sh)}",
            f"{n(i25['nonint_wealth'])} / {n(i25['nonint_income'])} = {p(sh, 2)}.",
            ["is/nonint_wealth/2025", "is/nonint_income/2025"],
        )
    )
    # T16
    rv = TM["rv"]
    vol = sum(rv[x]["volume"] for x, _ in T.AVG_ASSET_LINES) - sum(rv[x]["volume"] for x, _ in T.AVG_LIAB_LINES)
    rate = sum(rv[x]["rate"] for x, _ in T.AVG_ASSET_LINES) - sum(rv[x]["rate"] for x, _ in T.AVG_LIAB_LINES)
    tot = vol + rate
    out.append(
        q(
            "metrics-generated",
            "According to Tarnwick Bancorp's rate/volume analysis, how much of the 2025 change in net interest income "
            "was attributable to changes in volume and how much to changes in rates? Answer in USD thousands.",
            f"Volume contributed {k(vol)} and rate contributed {k(rate)}, for a total increase of {k(tot)}; rate was "
            f"the larger driver ({p(pct(rate, tot))} of the change).",
            f"Rate/volume table, change in net interest income row: volume {n(vol)} + rate {n(rate)} = net change "
            f"{n(tot)} (equal to {n(i25['nii'])} - {n(i24['nii'])}).",
            ["rv/change_nii/volume", "rv/change_nii/rate", "rv/change_nii/total"],
        )
    )
    # T17
    ibd = sum(T.AVG[2025][x][0] for x in ("ibd", "mms", "time"))
    dint = at[2025]["deposit_interest"]
    cod = pct(dint, ibd + T.AVG_NIB[2025])
    out.append(
        q(
            "novel-generated",
            "Using Tarnwick Bancorp's average balance table, what was its 2025 cost of total deposits, i.e. interest "
            "expense on deposits divided by average total deposits including noninterest-bearing demand deposits?",
            f"About {p(cod, 2)}.",
            f"Interest on interest-bearing deposits {n(dint)} / (average interest-bearing deposits {n(ibd)} + average "
            f"noninterest-bearing demand deposits {n(T.AVG_NIB[2025])} = {n(ibd + T.AVG_NIB[2025])}) = {p(cod, 3)}.",
            ["avg/ib_deposits/int2025", "avg/ib_deposits/bal2025", "avg/nib/bal2025"],
        )
    )
    # T18
    ag = T.AFS_LOSS_AGING_2025
    l12 = sum(v[3] for v in ag.values())
    ltot = sum(v[1] + v[3] for v in ag.values())
    s12 = pct(l12, ltot)
    out.append(
        q(
            "metrics-generated",
            "At December 31, 2025, what percentage of the gross unrealized losses on Tarnwick Bancorp's "
            "available-for-sale securities related to positions that had been in a loss position for 12 months or "
            "more?",
            f"About {p(s12)} ({k(l12)} of {k(ltot)}).",
            f"Unrealized-loss aging table, total row: 12 months or more {n(l12)} / total unrealized losses {n(ltot)} = "
            f"{p(s12, 2)}.",
            ["aging/total/ul_gt", "aging/total/ul_t"],
        )
    )
    # T19
    hac, hfv = T.HTM_AC[2025], T.HTM_FV[2025]
    out.append(
        q(
            "metrics-generated",
            "What was the fair value of Tarnwick Bancorp's held-to-maturity securities at December 31, 2025, and by "
            "how much did it fall short of their amortized cost? Answer in USD thousands.",
            f"Fair value {k(hfv)}, which was {k(hac - hfv)} below the amortized cost of {k(hac)}.",
            f"Note 2, securities held to maturity, December 31, 2025 total: amortized cost {n(hac)} - fair value "
            f"{n(hfv)} = {n(hac - hfv)} net unrealized loss (not recorded in equity).",
            ["htm/htm2025_total/ac", "htm/htm2025_total/fv"],
        )
    )
    # T20
    bank = TM["cap"][2025]["bank"]
    b_cet1 = Fraction(rnd(bank["cet1_ratio"], 2))
    out.append(
        q(
            "metrics-generated",
            "What was the common equity Tier 1 (CET1) capital ratio of Tarnwick's subsidiary bank (not the "
            "consolidated company) at December 31, 2025, and by how many percentage points did it exceed the "
            "well-capitalized threshold?",
            f"{p(b_cet1, 2)}, which is {dec(b_cet1 - Fraction(65, 10))} percentage points above the 6.50% "
            "well-capitalized level.",
            f"Regulatory capital note, Tarnwick Savings & Trust Bank, December 31, 2025: CET1 {n(bank['cet1'])} / "
            f"risk-weighted assets = {p(b_cet1, 2)}; {dec(b_cet1)} - 6.50 = {dec(b_cet1 - Fraction(65, 10))} pp. "
            f"(The consolidated company's CET1 ratio was {p(TM['cap'][2025]['cet1_ratio'], 2)}.)",
            ["cap/bank2025_cet1/ratio", "cap/bank2025_cet1/well_ratio"],
        )
    )
    # T21
    dps = Fraction(i25["dps_cents"], 100)
    payout = pct(dps, Fraction(i25["eps_diluted"]))
    out.append(
        q(
            "domain-relevant",
            "What was Tarnwick Bancorp's 2025 dividend payout ratio, defined as cash dividends declared per share "
            "divided by diluted earnings per share?",
            f"About {p(payout)}.",
            f"{usd(dps)} / {usd(Fraction(i25['eps_diluted']))} = {p(payout, 2)}.",
            ["is/dps/2025", "is/eps_diluted/2025"],
        )
    )
    # T22
    lv25, lv24 = Fraction(rnd(R[2025]["leverage"], 2)), Fraction(rnd(R[2024]["leverage"], 2))
    out.append(
        q(
            "metrics-generated",
            "According to the selected financial data, what was Tarnwick Bancorp's Tier 1 leverage ratio at "
            "December 31, 2025, and by how many basis points did it change from a year earlier?",
            f"{p(lv25, 2)} at December 31, 2025, {'up' if lv25 >= lv24 else 'down'} {abs(int((lv25 - lv24) * 100))} "
            f"basis points from {p(lv24, 2)} at "
            "December 31, 2024.",
            f"Selected financial data, Tier 1 leverage ratio: {p(lv25, 2)} (2025) - {p(lv24, 2)} (2024) = "
            f"{dec(lv25 - lv24)} percentage points = {int((lv25 - lv24) * 100)} bps.",
            ["kr/leverage/2025", "kr/leverage/2024"],
        )
    )
    # T23
    q4sh = sum(s for _, s, _ in T.Q4_REPURCHASES)
    out.append(
        q(
            "metrics-generated",
            "How many shares of common stock did Tarnwick Bancorp repurchase during the fourth quarter of 2025, and "
            "how many shares remained available under its repurchase program at December 31, 2025?",
            f"{n(q4sh)} shares were repurchased in the fourth quarter; {n(T.REPURCHASE_AUTH_REMAINING)} shares "
            "remained "
            "available.",
            "Item 5 issuer purchases table: October + November + December = "
            + " + ".join(n(s) for _, s, _ in T.Q4_REPURCHASES)
            + f" = {n(q4sh)}; maximum shares that may yet be purchased at the end of December = "
            f"{n(T.REPURCHASE_AUTH_REMAINING)}.",
            ["rep/total/shares", "rep/m2/remaining"],
        )
    )
    # T24
    per = Fraction(BS[2025]["deposits"], T.BRANCHES)
    out.append(
        q(
            "novel-generated",
            "Using the number of full-service branches disclosed in Item 1 and total deposits on the balance sheet, "
            "what were Tarnwick Bancorp's average deposits per branch at December 31, 2025? Answer in USD millions "
            "with one decimal.",
            f"About ${dec(per / 1000, 1)} million per branch.",
            f"Total deposits {n(BS[2025]['deposits'])} thousand / {T.BRANCHES} branches = {n(int(rnd(per, 0)))} "
            f"thousand = ${dec(per / 1000, 1)} million.",
            ["item1.market/branches", "bs/deposits/2025"],
        )
    )
    # T25
    un = Fraction(BS[2025]["deposits"]) * T.UNINSURED_PCT_2025 / 100
    out.append(
        q(
            "novel-generated",
            "Tarnwick Bancorp's MD&A gives an estimate of the share of its deposits that were uninsured at year-end "
            "2025. Applying that share to total deposits, approximately how much in uninsured deposits did it hold? "
            "Answer in USD millions.",
            f"About ${dec(un / 1000, 1)} million ({p(T.UNINSURED_PCT_2025)} of total deposits).",
            f"{p(T.UNINSURED_PCT_2025)} x total deposits {n(BS[2025]['deposits'])} thousand = {n(int(rnd(un, 0)))} "
            "thousand.",
            ["mdna.deposits/unins", "dep/total/2025"],
        )
    )
    # T26
    big = max(T.LOANS[2025], key=lambda x: T.LOANS[2025][x])
    name = dict(T.LOAN_TYPES)[big]
    out.append(
        q(
            "novel-generated",
            "Which loan category was Tarnwick Bancorp's largest at December 31, 2025, and what percentage of total "
            "loans did it represent?",
            f"{name}: {k(T.LOANS[2025][big])}, or {p(TM['loans_pct'][2025][big])} of total loans.",
            f"Loans by type table: {name} {n(T.LOANS[2025][big])} is the largest of the seven categories; "
            f"{n(T.LOANS[2025][big])} / {n(BS[2025]['loans'])} = {p(TM['loans_pct'][2025][big], 2)}.",
            [f"loans/{big}/2025", f"loans/{big}/pct2025"],
        )
    )
    # T27
    r25, r24 = TM["npa"][2025]["npl_loans"], TM["npa"][2024]["npl_loans"]
    out.append(
        q(
            "domain-relevant",
            "Did Tarnwick Bancorp's asset quality improve or deteriorate during 2025, judged by nonperforming loans to "
            "total loans?",
            f"It deteriorated: nonperforming loans rose to {p(r25, 2)} of total loans at December 31, 2025 from "
            f"{p(r24, 2)} a year earlier, mainly from two office loans moved to nonaccrual.",
            f"Nonperforming assets table: {n(TM['npa'][2025]['npl'])} / {n(BS[2025]['loans'])} = {p(r25, 2)} (2025) vs "
            f"{n(TM['npa'][2024]['npl'])} / {n(BS[2024]['loans'])} = {p(r24, 2)} (2024).",
            ["npa/npl_loans/2025", "npa/npl_loans/2024"],
        )
    )
    # T28
    ci = i25["net_income"] + TM["oci"][2025]["net"]
    out.append(
        q(
            "metrics-generated",
            "What was Tarnwick Bancorp's total comprehensive income for FY2025? Answer in USD thousands.",
            k(ci),
            f"Statement of comprehensive income: net income {n(i25['net_income'])} + other comprehensive income, net "
            "of "
            f"tax {n(TM['oci'][2025]['net'])} = {n(ci)}.",
            ["ci/comprehensive/2025"],
        )
    )
    # T29
    up200 = T.NII_SENSITIVITY[0][1]
    dn200 = T.NII_SENSITIVITY[3][1]
    out.append(
        q(
            "domain-relevant",
            "Based on the interest rate sensitivity analysis in Item 7A, is Tarnwick Bancorp's net interest income "
            "asset-sensitive or liability-sensitive at year-end 2025, and what change in net interest income is "
            "estimated for an instantaneous +200 basis point shock?",
            f"Asset-sensitive: net interest income is estimated to rise {p(up200)} in a +200 bp shock (and fall "
            f"{p(-dn200)} in a -200 bp shock).",
            f"Item 7A table, December 31, 2025 column: +200 bp = {p(up200)}; -200 bp = ({p(-dn200)}). Rising rates "
            "increase NII, so the balance sheet is asset-sensitive.",
            ["sens/s+200/nii25", "sens/s-200/nii25"],
        )
    )
    # T30
    tm = TM["time_maturities"]
    tt = sum(tm)
    s26 = pct(tm[0], tt)
    out.append(
        q(
            "metrics-generated",
            "What percentage of Tarnwick Bancorp's time deposits outstanding at December 31, 2025 were scheduled to "
            "mature in 2026?",
            f"About {p(s26)} ({k(tm[0])} of {k(tt)}).",
            f"Note 5 maturity schedule: 2026 maturities {n(tm[0])} / total time deposits {n(tt)} = {p(s26, 2)}.",
            ["tdmat/y0/amt", "tdmat/total/amt"],
        )
    )
    return out


# ------------------------------------------------------------------ Ossenfield
def ossenfield() -> list:  # noqa: PLR0915
    IS, BS, CF = OM["IS"], OM["BS"], OM["CF"]
    fy, q4, q4p = IS["fy25"], IS["q4_25"], IS["q4_24"]
    eb, adj, br = OM["ebitda"], OM["adj"], OM["bridge"]
    out = []
    # O1
    out.append(
        q(
            "metrics-generated",
            "What were Ossenfield Industries' net sales for fiscal 2025 (the twelve months ended September 27, 2025)? "
            "Answer in USD millions.",
            mil(fy["sales"]),
            f"Condensed consolidated statements of income, twelve months ended Sept. 27, 2025: net sales "
            f"{txt_tenths(fy['sales'])}.",
            ["is/sales/fy25"],
        )
    )
    # O2
    out.append(
        q(
            "metrics-generated",
            "What was Ossenfield Industries' GAAP diluted EPS for its fiscal fourth quarter of 2025?",
            f"${cents(q4['eps_diluted'])}",
            f"Income statement, three months ended Sept. 27, 2025: diluted EPS ${cents(q4['eps_diluted'])} (net income "
            f"attributable to Ossenfield {txt_tenths(q4['ni_attr'])} / {txt_tenths(q4['shares_diluted'])} million "
            "diluted shares).",
            ["is/eps_diluted/q4_25"],
        )
    )
    # O3
    m25, m24 = pct(q4["operating_income"], q4["sales"]), pct(q4p["operating_income"], q4p["sales"])
    out.append(
        q(
            "novel-generated",
            "Did Ossenfield Industries' operating margin improve in the fourth quarter of fiscal 2025 compared with "
            "the "
            "fourth quarter of fiscal 2024?",
            f"Yes. Operating margin was {p(m25)} versus {p(m24)}, an improvement of about "
            f"{dec((Fraction(rnd(m25, 1)) - Fraction(rnd(m24, 1))), 1)} percentage points.",
            f"Q4 FY2025: {txt_tenths(q4['operating_income'])} / {txt_tenths(q4['sales'])} = {p(m25, 2)}; Q4 FY2024: "
            f"{txt_tenths(q4p['operating_income'])} / {txt_tenths(q4p['sales'])} = {p(m24, 2)}.",
            ["is/operating_income/q4_25", "is/sales/q4_25", "is/operating_income/q4_24", "is/sales/q4_24"],
        )
    )
    # O4
    out.append(
        q(
            "domain-relevant",
            "What was Ossenfield Industries' adjusted EBITDA margin for fiscal 2025?",
            f"{p(eb['fy25']['margin'])}",
            f"Adjusted EBITDA {txt_tenths(eb['fy25']['adj_ebitda'])} / net sales {txt_tenths(fy['sales'])} = "
            f"{p(eb['fy25']['margin'], 2)}.",
            ["ebitda/adj_ebitda/fy25", "ebitda/sales/fy25"],
        )
    )
    # O5
    f = CF["fy25"]
    fcf = f["cfo"] + f["capex"]
    conv = pct(fcf, fy["ni_attr"])
    out.append(
        q(
            "domain-relevant",
            "What was Ossenfield Industries' fiscal 2025 free cash flow conversion if defined as free cash flow "
            "(operating cash flow minus capital expenditures) divided by net income attributable to Ossenfield?",
            f"About {p(conv)}.",
            f"Free cash flow = {txt_tenths(f['cfo'])} - {txt_tenths(-f['capex'])} = {txt_tenths(fcf)}; / net income "
            f"attributable {txt_tenths(fy['ni_attr'])} = {p(conv, 2)}. (The company's own definition, FCF / adjusted "
            "net "
            f"income, gives {p(OM['fcf']['fy25']['conversion'])}.)",
            ["cf/cfo/fy25", "cf/capex/fy25", "is/ni_attr/fy25"],
        )
    )
    # O6
    dso = OM["dso"]["fy25"]
    out.append(
        q(
            "domain-relevant",
            "What was Ossenfield Industries' DSO at the end of fiscal 2025?",
            f"About {dec(dso, 1)} days.",
            f"Receivables at Sept. 27, 2025 {txt_tenths(BS['2025']['receivables'])} / fiscal 2025 net sales "
            f"{txt_tenths(fy['sales'])} x 365 = {dec(dso, 2)} days.",
            ["bs/receivables/2025", "is/sales/fy25"],
        )
    )
    # O7
    cx = pct(-f["capex"], fy["sales"])
    out.append(
        q(
            "metrics-generated",
            "Using the cash flow statement, how much did Ossenfield Industries spend on capital expenditures in fiscal "
            "2025, and what was that as a percentage of net sales?",
            f"{mil(-f['capex'])}, or {p(cx, 2)} of net sales.",
            f"Capital expenditures {txt_tenths(-f['capex'])} / net sales {txt_tenths(fy['sales'])} = {p(cx, 3)}.",
            ["cf/capex/fy25", "is/sales/fy25"],
        )
    )
    # O8
    sm = OM["seg_margin"]
    best = max((s for s, _ in O.SEGMENTS), key=lambda s: sm[s]["fy25"])
    out.append(
        q(
            "novel-generated",
            "Which of Ossenfield Industries' three segments had the highest segment operating margin in fiscal 2025?",
            f"{dict(O.SEGMENTS)[best]}, at {p(sm[best]['fy25'])}.",
            "Segment information, twelve months: "
            + "; ".join(f"{nm} {p(sm[s]['fy25'])}" for s, nm in O.SEGMENTS)
            + ".",
            [f"seg/margin_{s}/fy25" for s, _ in O.SEGMENTS],
        )
    )
    # O9
    tot = br["fy"]["total"]
    mq = br["q4"]["mpt"]
    out.append(
        q(
            "metrics-generated",
            "What was Ossenfield Industries' total organic sales growth for fiscal 2025, and what was the organic "
            "growth of its Motion & Power Transmission segment in the fiscal fourth quarter?",
            f"Total organic growth was {p(tot['organic_pct'])} for fiscal 2025; Motion & Power Transmission organic "
            f"growth was {p(mq['organic_pct'])} in the fourth quarter (a decline).",
            f"Organic sales growth table. Fiscal 2025 total: organic change {txt_tenths(tot['organic'])} / "
            f"{txt_tenths(tot['prior'])} = {p(tot['organic_pct'], 2)}. Q4 MPT: {sgn(mq['organic'])} / "
            f"{txt_tenths(mq['prior'])} = {p(mq['organic_pct'], 2)}.",
            ["organic/total/fy_org", "organic/mpt/q4_org"],
        )
    )
    # O10
    inc = tot["current"] - tot["prior"]
    sa = pct(tot["acquisitions"], inc)
    out.append(
        q(
            "novel-generated",
            "How much of Ossenfield Industries' fiscal 2025 net sales increase came from acquisitions, in USD "
            "millions, and what share of the total year-over-year increase does that represent?",
            f"{mil(tot['acquisitions'])}, about {p(sa)} of the {mil(inc)} total increase.",
            f"Net sales bridge: {txt_tenths(tot['current'])} - {txt_tenths(tot['prior'])} = {txt_tenths(inc)}; "
            f"acquisitions {txt_tenths(tot['acquisitions'])} / {txt_tenths(inc)} = {p(sa, 2)}.",
            ["bridge_fy/total/acq", "bridge_fy/total/prior", "bridge_fy/total/current"],
        )
    )
    # O11
    b = BS["2025"]
    nd = b["st_debt"] + b["ltd"] - b["cash"]
    lev = Fraction(nd, eb["fy25"]["adj_ebitda"])
    out.append(
        q(
            "domain-relevant",
            "Compute Ossenfield Industries' net leverage at fiscal year-end 2025, defined as (short-term borrowings "
            "and "
            "current maturities + long-term debt - cash and cash equivalents) divided by fiscal 2025 adjusted EBITDA.",
            f"About {dec(lev)}x (net debt of {mil(nd)}).",
            f"Net debt = {txt_tenths(b['st_debt'])} + {txt_tenths(b['ltd'])} - {txt_tenths(b['cash'])} = "
            f"{txt_tenths(nd)}; / adjusted EBITDA {txt_tenths(eb['fy25']['adj_ebitda'])} = {dec(lev, 3)}x.",
            ["bs/st_debt/2025", "bs/ltd/2025", "bs/cash/2025", "ebitda/adj_ebitda/fy25"],
        )
    )
    # O12
    o_, s_ = O.ORDERS["fhs"]["q4_25"], O.SALES["fhs"]["q4_25"]
    btb = Fraction(o_, s_)
    out.append(
        q(
            "metrics-generated",
            "What were Fluid Handling Systems' orders in the fourth quarter of fiscal 2025, and what was the segment's "
            "book-to-bill ratio (orders divided by net sales) for the quarter?",
            f"Orders of {mil(o_)}; book-to-bill of about {dec(btb)}.",
            f"Segment information, three months ended Sept. 27, 2025: orders {txt_tenths(o_)} / net sales "
            f"{txt_tenths(s_)} = {dec(btb, 3)}.",
            ["seg/orders_fhs/q4_25", "seg/sales_fhs/q4_25"],
        )
    )
    # O13
    lo, hi = O.GUIDE["adj_eps_cents"]
    mid = Fraction(lo + hi, 2)
    base = adj["fy25"]["adj_eps"]
    gr = pct(mid - base, base)
    out.append(
        q(
            "novel-generated",
            "What is the midpoint of Ossenfield Industries' fiscal 2026 adjusted diluted EPS outlook, and what growth "
            "does it imply over fiscal 2025 adjusted diluted EPS?",
            f"Midpoint ${dec(mid / 100)}, implying growth of about {p(gr)} over fiscal 2025 adjusted diluted EPS of "
            f"${cents(base)}.",
            f"Outlook range ${cents(lo)} to ${cents(hi)}: midpoint = ({cents(lo)} + {cents(hi)}) / 2 = "
            f"{dec(mid / 100)}; ({dec(mid / 100)} - {cents(base)}) / {cents(base)} = {p(gr, 2)}.",
            ["guide/adj_eps/low", "guide/adj_eps/high", "adjeps/adj_eps/fy25"],
        )
    )
    # O14
    out.append(
        q(
            "metrics-generated",
            "What was Ossenfield Industries' gross margin for fiscal 2025?",
            f"{p(fy['gross_margin'])}",
            f"Gross profit {txt_tenths(fy['gross_profit'])} / net sales {txt_tenths(fy['sales'])} = "
            f"{p(fy['gross_margin'], 2)}.",
            ["is/gross_profit/fy25", "is/sales/fy25"],
        )
    )
    # O15
    bl, blp = O.BACKLOG["fy25"], O.BACKLOG["fy24"]
    out.append(
        q(
            "metrics-generated",
            "What was Ossenfield Industries' backlog at the end of fiscal 2025, and how much did it grow from the end "
            "of fiscal 2024?",
            f"{mil(bl)}, up {mil(bl - blp)} or {p(pct(bl - blp, blp))} from {mil(blp)}.",
            f"Release narrative: backlog {txt_tenths(bl)} vs {txt_tenths(blp)}; difference {txt_tenths(bl - blp)}; "
            f"{txt_tenths(bl - blp)} / {txt_tenths(blp)} = {p(pct(bl - blp, blp), 2)}.",
            ["backlog/b", "backlog/p"],
        )
    )
    # O16
    sq = pct(q4["sales"], fy["sales"])
    out.append(
        q(
            "novel-generated",
            "What share of Ossenfield Industries' fiscal 2025 net sales was generated in the fiscal fourth quarter?",
            f"About {p(sq)}.",
            f"Q4 net sales {txt_tenths(q4['sales'])} / fiscal 2025 net sales {txt_tenths(fy['sales'])} = {p(sq, 2)}.",
            ["is/sales/q4_25", "is/sales/fy25"],
        )
    )
    # O17
    a25, a24 = sm["mpt"]["fy25"], sm["mpt"]["fy24"]
    out.append(
        q(
            "domain-relevant",
            "Did the Motion & Power Transmission segment's operating margin improve in fiscal 2025 versus fiscal 2024?",
            f"No. It declined to {p(a25)} from {p(a24)}, about {dec(Fraction(rnd(a24, 1)) - Fraction(rnd(a25, 1)), 1)} "
            "percentage points lower, on lower volumes.",
            f"Segment information: segment operating margin {p(a25)} (twelve months 2025) vs {p(a24)} (2024); "
            f"{txt_tenths(O.SEG_OP['mpt']['fy25'])} / {txt_tenths(O.SALES['mpt']['fy25'])} vs "
            f"{txt_tenths(O.SEG_OP['mpt']['fy24'])} / {txt_tenths(O.SALES['mpt']['fy24'])}.",
            ["seg/margin_mpt/fy25", "seg/margin_mpt/fy24"],
        )
    )
    # O18
    ps = adj["fy25"]["per_share"]
    big = max(("restructuring", "acquisition", "amortization"), key=lambda x: ps[x])
    lab = dict(
        restructuring="restructuring and related charges",
        acquisition="acquisition and integration costs",
        amortization="amortization of acquired intangible assets",
    )[big]
    diff = adj["fy25"]["adj_eps"] - fy["eps_diluted"]
    out.append(
        q(
            "metrics-generated",
            "In reconciling fiscal 2025 GAAP diluted EPS to adjusted diluted EPS, which adjustment had the largest "
            "per-share impact, and what was the total difference between adjusted and GAAP diluted EPS?",
            f"The largest adjustment was {lab} at ${cents(ps[big])} per share; adjusted diluted EPS of "
            f"${cents(adj['fy25']['adj_eps'])} exceeded GAAP diluted EPS of ${cents(fy['eps_diluted'])} by "
            f"${cents(diff)}.",
            f"EPS reconciliation, twelve months: {cents(adj['fy25']['adj_eps'])} - {cents(fy['eps_diluted'])} = "
            f"{cents(diff)}; per-share items: restructuring {cents(ps['restructuring'])}, acquisition "
            f"{cents(ps['acquisition'])}, amortization {cents(ps['amortization'])}, tax effect "
            f"({cents(-ps['tax_effect'])}).",
            [f"adjeps/{big}/fy25", "adjeps/eps/fy25", "adjeps/adj_eps/fy25"],
        )
    )
    # O19
    out.append(
        q(
            "metrics-generated",
            "What was Ossenfield Industries' effective tax rate in the fourth quarter of fiscal 2025?",
            f"{p(q4['eff_tax'])}",
            f"Provision for income taxes {txt_tenths(q4['tax'])} / income before income taxes "
            f"{txt_tenths(q4['pretax'])}"
            f" = {p(q4['eff_tax'], 2)} (three months ended Sept. 27, 2025).",
            ["is/tax/q4_25", "is/pretax/q4_25"],
        )
    )
    # O20
    cr = Fraction(b["current_assets"], b["current_liab"])
    out.append(
        q(
            "domain-relevant",
            "What was Ossenfield Industries' current ratio at September 27, 2025?",
            f"About {dec(cr)}.",
            f"Total current assets {txt_tenths(b['current_assets'])} / total current liabilities "
            f"{txt_tenths(b['current_liab'])} = {dec(cr, 3)}.",
            ["bs/current_assets/2025", "bs/current_liab/2025"],
        )
    )
    return out


def build(cells_by_doc: dict) -> list:
    """Return records in output order; ``_figs`` holds (key, page, printed text) for the checker."""
    recs = []
    for company, doc, qs in ((T_CO, T_DOC, tarnwick()), (O_CO, O_DOC, ossenfield())):
        cells = cells_by_doc[doc]
        for item in qs:
            figs = []
            for key in item["uses"]:
                assert key in cells, (doc, key)
                page, text = cells[key]
                figs.append((key, page, text))
            recs.append(
                dict(
                    company=company,
                    doc_name=doc,
                    question_type=item["qtype"],
                    question=item["question"],
                    answer=item["answer"],
                    justification=item["justification"],
                    evidence_pages=sorted({pg for _, pg, _ in figs}),
                    _figs=figs,
                )
            )
    assert len(recs) == 50
    for i, r in enumerate(recs, 1):
        r["financebench_id"] = f"blind4_{i:03d}"
    return recs


def public(rec: dict) -> dict:
    return {f: rec[f] for f in FIELDS}
