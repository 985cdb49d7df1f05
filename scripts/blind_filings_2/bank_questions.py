"""Questions for the Kestrel Ridge Bancorp 2025 Form 10-K.

Every answer is computed from the same model objects that print the tables;
`figures` lists the printed strings an analyst needs, which check_set.py looks
for in the text of the evidence pages.
"""
from layout import num, pct, money_m, dollars, question
from bank_model import FLOWS, SHARES_ISSUED

M, D, N = "metrics-generated", "domain-relevant", "novel-generated"


def bps(a, b):
    return int(round((a - b) * 100))


def bank_questions(f, d):
    m = f.m
    i5, i4 = m.inc[2025], m.inc[2024]
    b5, b4 = m.bs[2025], m.bs[2024]
    a5, a4 = m.avg[2025], m.avg[2024]
    c5 = m.cap[2025]
    P = d.pages_for
    q = []

    # ---------------- metrics-generated ----------------
    eff = i5["tnonx"] / (i5["nii"] + i5["tnoni"]) * 100
    q.append(question(
        M, "What is the FY2025 efficiency ratio for Kestrel Ridge Bancorp? Define efficiency ratio as total "
        "noninterest expense divided by the sum of net interest income and total noninterest income. Round to one "
        "decimal place.", pct(eff),
        f"{i5['tnonx']:,} / ({i5['nii']:,} + {i5['tnoni']:,})",
        P("b_is:Net interest income", "b_is:Total noninterest income", "b_is:Total noninterest expense"),
        [num(i5["tnonx"]), num(i5["nii"]), num(i5["tnoni"])]))
    nco = m.acl[2025]["nco"]
    r = nco / a5["bal"]["loans"] * 100
    q.append(question(
        M, "What was Kestrel Ridge's net charge-off ratio for 2025, calculated as net charge-offs divided by average "
        "loans (including loans held for sale) as shown in the average balance table? Answer as a percentage with "
        "two decimals.", pct(r, 2), f"{nco:,} / {a5['bal']['loans']:,}",
        P("b_acl:Net charge-offs", "b_avg:Loans, including loans held for sale"),
        [num(nco), num(a5["bal"]["loans"])]))
    ltd = b5["loans"] / b5["dep_total"] * 100
    q.append(question(
        M, "Using the consolidated balance sheet, what was the loan-to-deposit ratio of Kestrel Ridge Bancorp at "
        "December 31, 2025 (loans, net of unearned income, divided by total deposits)? Round to one decimal place.",
        pct(ltd), f"{b5['loans']:,} / {b5['dep_total']:,}",
        P("b_bs:Loans, net of unearned income", "b_bs:Total deposits"),
        [num(b5["loans"]), num(b5["dep_total"])]))
    roe = i5["ni"] / ((b5["te"] + b4["te"]) / 2) * 100
    q.append(question(
        M, "What is Kestrel Ridge's FY2025 return on average shareholders' equity, using net income and the simple "
        "average of total shareholders' equity at the beginning and end of the year from the balance sheet? Round "
        "to two decimal places.", pct(roe, 2),
        f"{i5['ni']:,} / (({b5['te']:,} + {b4['te']:,}) / 2)",
        P("b_is:Net income", "b_bs:Total shareholders' equity"),
        [num(i5["ni"]), num(b5["te"]), num(b4["te"])]))
    share = i5["tnoni"] / (i5["nii"] + i5["tnoni"]) * 100
    q.append(question(
        M, "In fiscal 2025, what share of Kestrel Ridge's total revenue (net interest income plus noninterest "
        "income) came from noninterest income? Round to one decimal place.", pct(share),
        f"{i5['tnoni']:,} / ({i5['nii']:,} + {i5['tnoni']:,})",
        P("b_is:Net interest income", "b_is:Total noninterest income"),
        [num(i5["tnoni"]), num(i5["nii"])]))
    g = (i5["nii"] / i4["nii"] - 1) * 100
    q.append(question(
        M, "By what percentage did Kestrel Ridge Bancorp's net interest income grow year over year in FY2025? Round "
        "to one decimal place.", pct(g), f"{i5['nii']:,} / {i4['nii']:,} - 1",
        P("b_is:Net interest income"), [num(i5["nii"]), num(i4["nii"])]))
    po = i5["dps"] / i5["eps_d"] * 100
    q.append(question(
        M, "What was the FY2025 dividend payout ratio for Kestrel Ridge, defined as dividends declared per common "
        "share divided by diluted EPS? Round to one decimal place.", pct(po),
        f"{i5['dps']:.2f} / {i5['eps_d']:.2f}",
        P("b_is:Dividends declared per common share", "b_is:eps_diluted"),
        [f"{i5['dps']:.2f}", f"{i5['eps_d']:.2f}"]))
    tbv = (b5["te"] - b5["gw"] - b5["intang"]) * 1000 / (SHARES_ISSUED - b5["treas_sh"])
    q.append(question(
        M, "Using only the balance sheet, compute Kestrel Ridge's tangible book value per share at year-end 2025: "
        "total shareholders' equity less goodwill and other intangible assets, divided by shares issued less "
        "treasury shares. Round to the nearest cent.", dollars(tbv),
        f"({b5['te']:,} - {b5['gw']:,} - {b5['intang']:,}) / ({SHARES_ISSUED:,} - {b5['treas_sh']:,}) shares",
        P("b_bs:Total shareholders' equity", "b_bs:Goodwill", "b_bs:Other intangible assets, net", "b_bs:cs",
          "b_bs:treas"),
        [num(b5["te"]), num(b5["gw"]), num(b5["intang"]), f"{SHARES_ISSUED:,}", f"{b5['treas_sh']:,}"]))
    cov = b5["acl"] / b5["na_total"] * 100
    q.append(question(
        M, "What was the ACL coverage of nonaccrual loans at 12/31/2025 for Kestrel Ridge (allowance for credit "
        "losses divided by total nonaccrual loans)? Round to one decimal place.", pct(cov),
        f"{b5['acl']:,} / {b5['na_total']:,}",
        P("b_bs:acl", "b_npa:Total nonaccrual loans"), [num(b5["acl"]), num(b5["na_total"])]))
    ib_avg = sum(a5["bal"][t] for t in ("Interest-bearing checking", "Savings and money market", "Time deposits"))
    cod = i5["ie"]["dep"] / (ib_avg + a5["nib"]) * 100
    q.append(question(
        M, "What was Kestrel Ridge's 2025 cost of total deposits, i.e. interest expense on deposits divided by "
        "average total deposits including noninterest-bearing deposits? Use the average balance table and answer "
        "with two decimals.", pct(cod, 2),
        f"{i5['ie']['dep']:,} / ({ib_avg:,} + {a5['nib']:,})",
        P("b_is:Deposits", "b_avg:Interest-bearing checking", "b_avg:Noninterest-bearing deposits"),
        [num(i5["ie"]["dep"]), num(a5["bal"]["Time deposits"]), num(a5["nib"])]))
    ret = i5["div"] + i5["rep_cost"]
    q.append(question(
        M, "According to the cash flow statement, how much cash did Kestrel Ridge Bancorp return to common "
        "shareholders in 2025 through dividends and share repurchases combined? Answer in USD millions.",
        money_m(ret), f"{i5['div']:,} + {i5['rep_cost']:,}",
        P("b_cf:cf:Cash dividends paid on common stock", "b_cf:cf:Repurchases of common stock"),
        [num(i5["div"]), num(i5["rep_cost"])]))
    etr = i5["tax"] / i5["pretax"] * 100
    q.append(question(
        M, "What was Kestrel Ridge's effective income tax rate for FY2025 based on the income statement? Round to "
        "one decimal place.", pct(etr), f"{i5['tax']:,} / {i5['pretax']:,}",
        P("b_is:Income tax expense", "b_is:Income before income taxes"), [num(i5["tax"]), num(i5["pretax"])]))

    # ---------------- domain-relevant ----------------
    q.append(question(
        D, "Did Kestrel Ridge's NIM expand or contract in 2025, and by how many basis points?",
        f"It expanded by {bps(a5['nim'], a4['nim'])} basis points, from {pct(a4['nim'], 2)} in 2024 to "
        f"{pct(a5['nim'], 2)} in 2025.", f"{a5['nim']:.2f} - {a4['nim']:.2f}",
        P("b_avg:Net interest margin"), [pct(a5["nim"], 2), pct(a4["nim"], 2)]))
    q.append(question(
        D, "How much headroom did Kestrel Ridge Bancorp have on its CET1 ratio over the well-capitalized threshold "
        "at the end of 2025? Express the answer in basis points.",
        f"CET1 was {pct(c5['r_cet1'], 2)} versus a 6.5% well-capitalized threshold, a cushion of "
        f"{bps(c5['r_cet1'], 6.5)} basis points.", f"{c5['r_cet1']:.2f}% - 6.50%",
        P("b_cap:cet12025"), [pct(c5["r_cet1"], 2), "6.5%"]))
    amort = FLOWS["sec_sold_proceeds"][2024] - FLOWS["sec_gain"][2024]
    q.append(question(
        D, "What caused the net securities loss that Kestrel Ridge reported in 2024, and how large was it?",
        f"A balance sheet repositioning: the bank sold available-for-sale securities with an amortized cost of "
        f"{money_m(amort)} (weighted average yield 1.62%) for proceeds of "
        f"{money_m(FLOWS['sec_sold_proceeds'][2024])}, recognizing a pre-tax loss of "
        f"{money_m(-FLOWS['sec_gain'][2024])}, and reinvested in securities yielding about 5.1%.", None,
        P("sec_text"), [money_m(-FLOWS["sec_gain"][2024]), money_m(FLOWS["sec_sold_proceeds"][2024])]))
    n5, n4 = b5["nib"] / b5["dep_total"] * 100, b4["nib"] / b4["dep_total"] * 100
    q.append(question(
        D, "Has Kestrel Ridge's deposit mix shifted toward or away from noninterest-bearing deposits between year-end "
        "2024 and year-end 2025? Quantify using noninterest-bearing deposits as a share of total deposits.",
        f"{'Away from' if n5 < n4 else 'Toward'} noninterest-bearing deposits: their share was {pct(n5)} at "
        f"December 31, 2025 versus {pct(n4)} at December 31, 2024, even though the dollar balance rose.",
        f"{b5['nib']:,} / {b5['dep_total']:,}; {b4['nib']:,} / {b4['dep_total']:,}",
        P("b_deps:Noninterest-bearing demand"), [pct(n5), pct(n4)]))
    q.append(question(
        D, "Did Kestrel Ridge's asset quality improve or deteriorate in 2025 as measured by nonperforming assets to "
        "total loans and OREO?",
        f"It deteriorated: the ratio rose to {pct(b5['npa_ratio'], 2)} at year-end 2025 from "
        f"{pct(b4['npa_ratio'], 2)} at year-end 2024, with nonperforming assets increasing to "
        f"{money_m(b5['npa'])} from {money_m(b4['npa'])}.", None,
        P("b_npa:Nonperforming assets to total loans and OREO", "b_npa:Total nonperforming assets"),
        [pct(b5["npa_ratio"], 2), pct(b4["npa_ratio"], 2), num(b5["npa"])]))
    q.append(question(
        D, "Is Kestrel Ridge Bancorp's balance sheet asset-sensitive or liability-sensitive, based on its net "
        "interest income simulation for an instantaneous +100 bp shock, and how did that change from the prior "
        "year?",
        "Asset-sensitive: a +100 basis point shock is estimated to raise net interest income by 2.4% at December "
        "31, 2025, down from 3.2% at December 31, 2024, so the bank became less asset-sensitive.", None,
        P("b_shock:+100"), ["2.4%", "3.2%"]))
    lt = b5["loan_by_type"]
    cre = lt[1] + lt[2] + lt[3]
    q.append(question(
        D, "What percentage of Kestrel Ridge's total loans at December 31, 2025 was commercial real estate exposure, "
        "counting owner-occupied CRE, non-owner occupied CRE and construction and land development loans? Round to "
        "one decimal place.", pct(cre / b5["loans"] * 100),
        f"({lt[1]:,} + {lt[2]:,} + {lt[3]:,}) / {b5['loans']:,}",
        P("b_loans"), [num(lt[1]), num(lt[2]), num(lt[3]), num(b5["loans"])]))

    # ---------------- novel-generated ----------------
    build = i5["prov"] - nco
    q.append(question(
        N, "By how much did Kestrel Ridge's provision for credit losses exceed net charge-offs in 2025 (the reserve "
        "build)?", money_m(build), f"{i5['prov']:,} - {nco:,}",
        P("b_acl:Provision for credit losses on loans", "b_acl:Net charge-offs"),
        [num(i5["prov"]), num(nco)]))
    q.append(question(
        N, "What litigation did Kestrel Ridge's bank subsidiary settle at the end of 2025, and how much did it "
        "cost?",
        "A putative class action filed in March 2025 alleging improper overdraft fees on debit card transactions "
        "authorized against a positive balance but settled against a negative balance; the parties agreed in "
        "principle in December 2025 to settle for $3.1 million (subject to court approval), which was recorded in "
        "other noninterest expense in the fourth quarter of 2025.", None, P("legal"), ["$3.1 million"]))
    q.append(question(
        N, "How many full-service banking offices did Kestrel Ridge operate at the end of 2025, and how were they "
        "split across states?",
        "71 full-service banking offices: 44 in Ohio, 19 in Indiana and 8 in western Pennsylvania.", None,
        P("bus_branches"), ["71", "44", "19"]))
    dao = b5["aoci"] - b4["aoci"]
    q.append(question(
        N, "How much did accumulated other comprehensive loss improve during 2025 at Kestrel Ridge, based on the "
        "balance sheet?", money_m(dao), f"{b5['aoci']:,} - ({b4['aoci']:,})",
        P("b_bs:Accumulated other comprehensive loss"), [num(-b5["aoci"]), num(-b4["aoci"])]))
    q.append(question(
        N, "How many basis points did Kestrel Ridge's average loan yield change in 2025 versus 2024?",
        f"Up {bps(a5['y']['loans'], a4['y']['loans'])} basis points, from {pct(a4['y']['loans'], 2)} to "
        f"{pct(a5['y']['loans'], 2)}.", f"{a5['y']['loans']:.2f} - {a4['y']['loans']:.2f}",
        P("b_avg:Loans, including loans held for sale"),
        [pct(a5["y"]["loans"], 2), pct(a4["y"]["loans"], 2)]))
    eg = (i5["eps_d"] / i4["eps_d"] - 1) * 100
    q.append(question(
        N, "What was Kestrel Ridge Bancorp's diluted EPS growth in FY2025? Round to one decimal place.", pct(eg),
        f"{i5['eps_d']:.2f} / {i4['eps_d']:.2f} - 1", P("b_is:eps_diluted"),
        [f"{i5['eps_d']:.2f}", f"{i4['eps_d']:.2f}"]))
    return q
