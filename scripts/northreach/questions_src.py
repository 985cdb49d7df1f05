# Questions for the Northreach Federal Credit Union set (written blind), with tags.
# Q(tags, question or [turns], expected, conditions, sources). An expected or condition string starting with "~" is a
# paraphrase: a natural wording that a correct answer may use but that no document writes verbatim (check_set.py
# skips the verbatim check for it, but every row and group must still have one verbatim alternative).
# Tags: rep, unn, tier, tbl, fut, two (kept here, not in the JSONL).
import json
import os
import random

A = "help/accounts.html"
C = "help/cards.html"
L = "help/loans.html"
D = "help/digital-banking.html"
S = "help/security.html"
E = "help/life-events.html"
G = "member-agreement.docx"
F = "fee-schedule.pdf"
R = "rates.csv"
N = "notice.txt"

COVERED = []


def Q(tags, q, expected, conditions, sources):
    COVERED.append((tags.split(), q, expected, conditions, sources))


# ---------------------------------------------------------------- accounts and membership
Q("", "who can join? i live in marrow county but my job is over in wisconsin", ["Marrow County", "live, work, worship or attend school"], [], [A, G])
Q("", "how much does it cost to become a member", ["$5"], [], [A])
Q("rep", "whats the minimum i have to keep in basic checking", ["no minimum balance", "$0"], [], [A, F])
Q("rep", "is there a min balance on the money market acct", ["$2,500"], [["$10"]], [A])
Q("rep", "rewards checking - do i have to keep a certain amount in there??", ["$25"], [["$6"]], [A])
Q("rep tier", "my 15 yo wants her own cd how much does she need to put in", ["$250"], [["12-month", "12 months"]], [A, R])
Q("rep", "can i take ALL my money out of my primary savings or do you keep some", ["$5"], [["closing your membership", "ends your membership"]], [A, E])
Q("unn", "do yall have a minimum balance or not", ["$5", "no minimum balance", "$25", "$2,500", "$1,000"],
  [["$5"], ["no minimum balance", "$0"], ["$25"], ["$2,500"], ["$1,000"]], [A])
Q("rep", "does basic checking pay dividends", ["doesn't pay dividends", "~does not pay dividends", "~no dividends"], [], [A])
Q("rep tier", "how much does rewards checking pay", ["3.00% APY"], [["0.25% APY"], ["0.05% APY"]], [A])
Q("rep tier", "whats the dividend on youth savings? my son has like 1500 in his", ["2.00% APY"], [["0.10% APY"]], [A, R])
Q("rep", "do i earn anything on my regular savings (primary share)", ["0.10% APY"], [["$100"]], [A, R])
Q("tier", "rewards checking fee... how do i get out of paying it", ["$6"], [["$500"], ["$1,500"], ["under 25"]], [A, F])
Q("", "what do i have to do each month to get the good rate on rewards checking", ["12 debit card purchases"], [["e-statements"], ["at least once"]], [A])
Q("", "do atm withdrawls count toward my rewards checking purchases", ["don't count", "do not count"], [], [A, G])
Q("rep", "who can open a money market", ["18 or older"], [["$2,500"]], [A])
Q("rep tier", "can my 10 year old open a youth savings by herself", ["parent or guardian"], [["under 16"]], [A, G])
Q("", "which cd terms do you have", ["6, 12, 18 and 36 months", "24-month Bump-up"], [["60 months", "60-month"]], [A, R])
Q("tier", "need to cash out my 18 month certificate early... whats the penalty", ["180 days' dividends"], [], [A])
Q("tier", "penalty for breaking a 6 month cd?", ["90 days' dividends"], [], [A])
Q("", "what happens when my certificate matures if i dont do anything", ["renews automatically", "~renew automatically"], [["10 calendar days"]], [A])
Q("", "can i put more money into my cd", ["can't add money", "~cannot add money"], [], [A])
Q("tier tbl", "what is the money market rate if i have 30k in it", ["1.75%"], [], [R])
Q("tier", "if i close my savings in the middle of the month do i still get that months dividend", ["will not receive the dividends"], [], [G])
Q("tier", "i had to break my cd for medical bills, hardship, will you waive the penalty", ["including financial hardship"], [], [G])
Q("", "how many times can i take money out of my savings in a month", ["up to 6 withdrawals", "6 withdrawals"], [["excess withdrawal fee", "$3.00"]], [A, G, F])
Q("tier", "does using the atm count toward that savings withdrawal limit", ["count toward this number"], [], [G])
Q("tier", "can my 17yo open a checking account on his own", ["parent or guardian as joint owner"], [], [G])
Q("", "can my joint owner take everything out without asking me", ["withdraw all of the funds", "withdraw all of the money"], [], [G, E])
Q("", "i put my kids as payable on death on my savings, can they take money out now", ["no rights to the account"], [], [G])

# ---------------------------------------------------------------- cards and ATMs
Q("", "how do i activate my debit card", ["Card Controls", "(800) 555-0145"], [], [C])
Q("two", "whats the daily limit on debit card purchases and how much can i take out at the atm", ["$3,000"], [["$500"]], [C])
Q("tier", "my 14 yr old has a teen card, how much can she take out of the atm per day", ["$200"], [], [C])
Q("two", "going to mexico next month do i need to tell you?? and is there a fee to use my card there", ["don't need to tell us"], [["1%"]], [C, F])
Q("", "how do i change my pin number", ["Change PIN", "Northreach ATM"], [], [C])
Q("", "where can i get cash without paying atm fees", ["28,000", "Waypoint ATM Alliance"], [], [C])
Q("tier", "i have basic checking and used a random atm at a gas station, are you going to charge me", ["$2.50"], [["surcharge"]], [C, F])
Q("tier", "do you refund atm fees on rewards checking", ["$20"], [["qualifications"]], [C, F])
Q("", "can i deposit cash at a waypoint atm", ["don't take deposits", "do not accept deposits"], [], [C, G])
Q("", "the machine kept my card wtf do i do", ["(800) 555-0143"], [["destroy"]], [C])
Q("", "lost my wallet with my card in it", ["(800) 555-0143", "Lock card"], [], [C])
Q("", "how long does a new card take to come in the mail", ["7 to 10 business days"], [["while you wait", "2 business days"]], [C])
Q("tier", "i need a replacement card, this is the second one this year. how much", ["$5"], [], [C, F])
Q("", "lost my card while im in italy what number do i call", ["+1 (612) 555-0143"], [], [C])
Q("tier two", "whats the difference between the platinum card and the cash back one", ["12.90% to 17.90%"], [["17.90% to 25.90%", "1.5%"]], [C])
Q("rep", "annual fee on the credit card?", ["no annual fee", "None"], [], [C, F])
Q("", "can i use my cash back rewards to pay my bill", ["statement credit"], [["$25"]], [C])
Q("", "do balance transfers get cash back", ["don't earn cash back", "~do not earn cash back"], [], [C])
Q("tier", "want to move my balance from my other bank's card to northreach, any promo", ["0%"], [["3%"], ["Visa Cash Back card doesn't offer", "Not offered"]], [C, F])
Q("", "min payment on my visa?", ["2% of your balance or $25"], [], [C])
Q("tier", "can my 15 year old be an authorized user on my card", ["16 or older"], [], [C])
Q("tbl", "cash advance fee on the credit card", ["3% of the advance or $10"], [], [F])
Q("tier tbl", "cash advance apr on the cash back card", ["24.90%"], [], [F])
Q("tbl", "which of your cards doesnt charge foreign transaction fees", ["Visa Cash Back"], [], [F])
Q("tbl", "late fee on my credit card", ["Up to $25"], [], [F])
Q("tier tbl", "i have basic checking, how much to use my debit card at an atm in canada", ["$2.50 plus foreign transaction fee"], [["1%"]], [F, C])

# ---------------------------------------------------------------- loans
Q("", "can i get a car loan if im buying from a guy on marketplace, not a dealer", ["private seller"], [], [L])
Q("tier", "i wanna buy a 2015 honda, how many months can i get", ["48 months"], [], [L, R])
Q("tier", "can i do an 84 month new car loan? only borrowing 20k", ["$25,000"], [["60 months"]], [L, R])
Q("", "how much will you lend on a car", ["110%"], [["$5,000"]], [L])
Q("tier tbl", "new car loan rate for 72 months, borrowing 30,000", ["5.99%"], [], [R])
Q("tier tbl", "used car, 3 years old, 60 months, 18k loan - rate?", ["6.19%"], [], [R, L])
Q("", "is the rate lower if i do autopay", ["0.25%"], [], [L, R])
Q("tier", "the advertised rate is 5.49 but i dont want autopay from checking, what would my rate be", ["0.25% higher"], [], [L])
Q("", "any penalty if i pay my car loan off early", ["no prepayment penalty"], [], [L])
Q("", "when is the first payment due on a new car loan", ["60 days"], [], [L])
Q("", "heloc whats the most i can borrow", ["$500,000"], [["85%"]], [L])
Q("rep", "heloc rate?", ["5.99%"], [["Prime"]], [L, R])
Q("tier tbl", "what will my heloc rate be after the intro if my line is 50k", ["Prime + 0.50%"], [["7.50%"]], [R])
Q("", "how long is the heloc draw period", ["10-year"], [["20-year"]], [L])
Q("tier", "closing costs on a 300k heloc?", ["appraisal", "$550"], [], [L, F])
Q("rep", "does the heloc have an annual fee", ["$50"], [["first year"]], [L, F])
Q("tier", "if i close my heloc after 2 years because im selling the house is there a fee", ["not charged if the line is closed because you sell the home"], [], [F])
Q("tier", "we refinanced somewhere else after 2 yrs and want to close the heloc, is there a charge", ["$450"], [["36 months"]], [F, L])
Q("", "where do i mail a loan payment", ["P.O. Box 5014"], [], [L])
Q("two", "whats skip a pay and how much does it cost", ["$35"], [["2 times"]], [L, F])
Q("tier", "can i skip a payment on my heloc", ["isn't available for HELOCs", "Not available"], [], [L, F])
Q("tier", "got my car loan 3 months ago, can i skip decembers payment", ["6 months"], [], [L])
Q("", "cant afford my car payment this month, they cut my hours at work", ["(800) 555-0155"], [], [L, E])
Q("tier tbl", "late fee on a car loan", ["$25"], [["10 days"]], [F])
Q("tier tbl", "heloc late fee", ["$35"], [["15 days"]], [F])
Q("tbl", "how much is gap on a car loan", ["$399"], [], [F])
Q("tbl", "is there a title fee for auto loans", ["$15"], [], [F])
Q("", "can i move my car payment due date to after payday", ["once per loan in any 12 months"], [], [L, F])
Q("tier tbl", "heloc rate floor and cap?", ["4.00%"], [["18.00%"]], [L, R])

# ---------------------------------------------------------------- digital banking
Q("", "how do i sign up for online banking", ["member number"], [], [D])
Q("", "routing number??", ["291555014"], [], [D])
Q("", "i got locked out after typing my password wrong a bunch", ["30 minutes"], [["Forgot password"]], [D])
Q("two", "how do i deposit a check on my phone and what do i write on the back", ["For Mobile Deposit Only at Northreach FCU"], [["Deposit"]], [D])
Q("", "what do i do with the paper check after i mobile deposit it", ["60 days"], [], [D, G])
Q("rep tier", "whats the mobile deposit limit", ["$5,000"], [["$10,000"]], [D])
Q("rep tier", "just joined last week, how much can i deposit with the app", ["$1,000"], [], [D])
Q("rep tier", "reachpay limit per day?", ["$2,500"], [["$10,000"]], [D])
Q("rep tier", "im a new member, why wont reachpay let me send 800", ["$500"], [["90 days"]], [D])
Q("unn", "is there a limit", ["$5,000 per business day", "$2,500 per day", "$5,000 per day"],
  [["$5,000 per business day"], ["$2,500 per day"], ["$5,000 per day"]], [D])
Q("", "can i cancel a reachpay i just sent to the wrong person", ["can't be cancelled", "cannot be cancelled"], [["enrolled"]], [D, G])
Q("", "sent reachpay to my cousin but she doesnt have it set up, what happens to the money", ["14 days"], [], [D])
Q("tier", "can my 16 yr old use reachpay", ["18 or older", "not eligible for Courtesy Pay or ReachPay"], [], [D, G])
Q("two", "how long does a transfer to my other bank take and does it cost anything", ["3 business days"], [["$3"]], [D, F])
Q("tier", "whats the cutoff for sending a wire same day", ["2:00 p.m. Central Time"], [["12:00 p.m."]], [D, F])
Q("tier", "can i send an international wire in the app", ["branch or by phone", "Not available"], [], [D, F])
Q("tier tbl", "international wire fee", ["$45.00"], [], [F])
Q("tbl", "how much does it cost to receive a wire from overseas", ["$15.00"], [], [F])
Q("", "what info do i give someone who's wiring me money", ["291555014"], [["account number"]], [D])
Q("tbl", "fee to recall a wire?", ["$35.00"], [], [F])
Q("tier", "are paper statements free? im 70", ["65 or older"], [], [D, F])
Q("", "can i get a text when my balance is low", ["low balance"], [], [D])
Q("tbl", "how much is a cashiers check", ["$8.00"], [], [F])
Q("tbl", "money order fee", ["$3.00"], [], [F])
Q("tier", "deposited my paycheck from another bank at the branch, when can i use it", ["$300"], [["second business day"]], [G, D])
Q("tbl", "if i put cash in your atm when is it available", ["next business day"], [], [G])
Q("tier", "why is my check on hold for a whole week?? i deposited 9000", ["$6,000"], [["seventh business day"]], [G])
Q("tier", "i just opened my account 2 weeks ago and my check has a huge hold on it", ["ninth business day"], [], [G])

# ---------------------------------------------------------------- security and disputes
Q("", "someone took money off my account i didnt spend", ["(800) 555-0151", "(800) 555-0143"], [["2 business days"]], [S])
Q("", "how long do i have to report a charge i didnt make", ["60 days"], [], [S, G])
Q("tier tbl", "i saw a charge i didnt make on my statement 3 weeks ago but kept putting off calling, am i on the hook for any of it", ["$100"], [], [G])
Q("tbl", "if i report my stolen card the same day how much could i lose", ["$0", "won't be responsible"], [], [G, S])
Q("tier", "i gave my pin to my brother and he took out way more than i said, can i get it back", ["treated as authorized"], [], [G])
Q("", "how long does a dispute take", ["10 business days"], [["45 days"]], [S, G])
Q("tier tbl", "opened my account 2 weeks ago and theres an error on it, how long will you take to fix", ["20 business days"], [["90 days"]], [G])
Q("tier tbl", "disputed a card purchase at a store, how long can the investigation go on", ["90 days"], [["10 business days"]], [G])
Q("", "do i need to write a letter for a dispute", ["10 business days"], [["counts as written"]], [S, G])
Q("", "ordered boots online and they never showed up", ["Contact the merchant first"], [["60 days"]], [S])
Q("", "got a call from 'northreach' asking for the code they texted me, is that legit", ["never ask", "will never ask"], [], [S])
Q("", "i sent 800 on reachpay for concert tickets and the guy blocked me", ["(800) 555-0151"], [["can't be reversed"]], [S])
Q("", "got a text saying fraud alert click this link to verify", ["never contain a link"], [["(800) 555-0151"]], [S])
Q("", "where do i send a phishing email", ["reportphish@northreach.example"], [], [S])
Q("", "if i lock my card will my netflix still go thru", ["recurring payments"], [], [S])
Q("", "how long is the passcode good for", ["10 minutes"], [], [S])
Q("tier", "my checkbook got stolen out of my car", ["(800) 555-0142"], [["police report"]], [S, F])
Q("tbl", "stop payment fee", ["$30.00"], [["6 months"]], [F, G])
Q("", "is my money insured", ["$250,000"], [["NCUA"]], [S])
Q("", "i think someone opened stuff in my name, identity theft", ["(800) 555-0151"], [["fraud alert"]], [S])
Q("", "stop payment over the phone, how long does that last", ["14 days"], [], [G])
Q("", "will you cash a check that's 8 months old", ["not required to pay", "more than 6 months old"], [], [G])

# ---------------------------------------------------------------- overdrafts and other fees
Q("", "what order do you use my overdraft protection in", ["Overdraft Line of Credit"], [["Overdraft Transfer Service"], ["Courtesy Pay"]], [G])
Q("tier", "why didnt courtesy pay cover my card purchase at target", ["opted in"], [], [G, F])
Q("tier", "can i get courtesy pay, my account was opened last month", ["60 days"], [], [G])
Q("", "how long can my account be negative before something happens", ["30 days"], [["45 days"]], [G])
Q("", "can you take money from my savings to pay my late car loan", ["past due"], [], [G])
Q("tier", "can you take my social security to pay my overdraft", ["funds that the law protects", "Social Security benefits deposited directly"], [], [G])
Q("", "havent used my account in years what happens to it", ["unclaimed property", "dormant"], [], [G])
Q("tbl", "dormant account fee", ["$5.00"], [["24 months"]], [F])
Q("", "how much notice do you give before raising fees", ["30 days"], [], [G, F])
Q("tbl", "how many overdraft fees can you charge me in a day", ["4 fees", "no more than 4"], [], [F, N])
Q("tbl", "nsf fee when you bounce one of my checks", ["$28.00"], [], [F])
Q("tbl", "someone gave me a check and it bounced, do you charge ME for that", ["$15.00"], [], [F])
Q("tbl", "fee for the overdraft transfer from savings", ["$5.00"], [], [F])
Q("tier tbl", "courtesy pay limit on rewards checking", ["$500"], [], [F])
Q("tbl", "my grandpa isnt a member, can he bring his coins in to count", ["5% of the total"], [["$2"]], [F])
Q("tbl", "garnishment fee", ["$75.00"], [], [F])
Q("tbl", "how much do you charge for account research", ["$25.00 per hour"], [], [F])
Q("tier tbl", "excess withdrawal fee money market", ["$5.00"], [], [F])
Q("tier tbl", "my friend isnt a member, if she cashes the check i wrote her at your branch does she pay anything", ["$5.00 per check"], [], [F])
Q("tbl", "how much to receive a wire from another us bank", ["$10.00"], [], [F])
Q("tbl", "need my new card fast, how much is rush shipping", ["$35.00", "$35"], [["2 business days"]], [F, C])
Q("tbl", "my visa payment bounced, whats the fee for that", ["Up to $25"], [], [F])
Q("tbl", "how much for a mailed copy of an old statement", ["$5.00 mailed"], [], [F])
Q("tier tbl", "whats the paper statement fee on basic checking", ["$3.00", "$3 a month"], [["65 or older"]], [F, A])
Q("tbl", "overdraft line of credit rate", ["15.00% APR"], [["$500 to $5,000"]], [F])

# ---------------------------------------------------------------- life events
Q("", "my dad passed away and he banked with you guys", ["(800) 555-0158"], [["death certificate"]], [E])
Q("", "my husband died, we had a joint account, can i still use it", ["surviving joint owner", "surviving owners"], [], [E, G])
Q("tier", "mom died and had a 5 year cd, will we lose money cashing it in", ["waived", "waive the early withdrawal penalty"], [], [E, G])
Q("", "grandma had about 30k with you, no probate, what do we do", ["small estate affidavit"], [["30 days"]], [E])
Q("", "getting divorced, can my ex just clean out our joint account", ["withdraw all"], [["court order"]], [E, G])
Q("", "can i take my ex off the car loan", ["refinancing"], [], [E])
Q("", "got married, need to change my last name on my accounts", ["marriage certificate"], [["photo ID"]], [E])
Q("", "power of attorney how long for you to approve it", ["5 business days"], [], [E])
Q("", "moving to texas, do i have to close my account", ["Once a member, always a member"], [["$5"]], [E])
Q("", "my daughter turns 18 next month what happens to her youth savings", ["Primary Share Savings"], [["end of the month"]], [E])
Q("two", "just had a baby!! can we open an account for her and do you give anything", ["$25 Newborn Bonus"], [["$5"]], [E])
Q("", "lost my job, can you help", ["(800) 555-0155"], [], [E])
Q("tier", "how do i close my checking, i opened it like a month ago", ["$10"], [["signed letter", "branch"]], [E, F])
Q("tier", "im 22 and in college, will i have to pay the rewards checking fee", ["under 25"], [], [E, A])

# ---------------------------------------------------------------- rates
Q("tier tbl", "12 month cd rate for 50k", ["4.00%"], [], [R])
Q("tier tbl", "best rate on a 60 month certificate if i put in 150,000", ["3.45%"], [], [R])
Q("tier tbl", "whats the rate on the bump up cd, ill put 10k in", ["3.60%"], [], [R])
Q("tbl", "whats prime right now (for the heloc)", ["7.50%"], [], [R])

# ---------------------------------------------------------------- notice (from December 1, 2026)
Q("fut", "is the overdraft fee going down? heard something about it", ["$22.00"], [["December 1, 2026"]], [N])
Q("fut tier", "if i overdraw by $20 in january will i get charged", ["$25.00 or less"], [], [N])
Q("fut tier", "what will rewards checking pay after december", ["2.75% APY"], [], [N])
Q("fut", "is the wire fee going up", ["$30.00"], [["December 1, 2026"]], [N])
Q("fut", "mobile deposit limit going up in december?", ["$7,500"], [["$10,000"]], [N])
Q("fut", "is the nsf fee changing too", ["$28.00"], [], [N])
Q("fut", "are cd rates changing in december", ["reviewed separately"], [], [N])
Q("fut", "i dont like these changes, can i close my checking without the fee", ["early closure fee"], [["before December 1, 2026"]], [N])
Q("fut tier tbl", "what do u charge for an overdraft", ["$28.00"], [["$22.00"]], [F, N])

# ---------------------------------------------------------------- two-turn conversations
Q("tier tbl", ["i have a money market account", "whats the monthly fee on it?"], ["$10"], [["$2,500"]], [A, F])
Q("tier", ["thinking about the 24 month bump up certificate", "can i raise the rate more than once?"], ["once during the term"], [], [A, G])
Q("tier", ["my debit card got stuck in one of your atms yesterday", "do i have to pay for the new one"],
  ["don't charge for the replacement", "always free when a Northreach ATM keeps your card"], [], [C, F])
Q("tier", ["i want to buy a used truck, its a 2021", "how long can i stretch the loan out"], ["72 months"], [], [L, R])

# ---------------------------------------------------------------- uncovered (topic words must occur in no document)
UNCOVERED = [
    ("do you guys have safe deposit boxes", ["safe deposit", "deposit box"]),
    ("is there a northreach branch in duluth? moving there in march", ["duluth"]),
    ("can i open an ira with you", ["individual retirement", "roth"]),
    ("do u do first time home buyer mortgages", ["first-time", "first time", "home buyer"]),
    ("whats the interest rate on a personal loan", ["personal loan", "signature loan"]),
    ("what exchange rate do you use when i pay in euros", ["exchange rate", "euro"]),
    ("does northreach have business checking for my lawn care company", ["business checking", "business account"]),
    ("can i buy bitcoin through my northreach account", ["bitcoin", "crypto"]),
    ("can i add my debit card to apple pay", ["apple pay", "google pay", "digital wallet"]),
    ("do you sell foreign currency before a trip", ["foreign currency", "traveler"]),
    ("do you have student loans for college", ["student loan"]),
    ("how do i get a credit limit increase on my platinum card", ["credit limit", "limit increase"]),
    ("what credit score do i need for the cash back card", ["credit score", "fico"]),
    ("what's the rate on a boat loan", ["boat", "watercraft"]),
    ("can i request money from someone with reachpay", ["request money", "request a payment"]),
    ("do you sell life insurance", ["life insurance"]),
    ("how much does it cost to order more checks", ["order checks", "check printing", "checkbook"]),
    ("is there a bonus if i refer my friend to join", ["referral", "refer a friend"]),
    ("do you have a credit builder loan", ["credit builder"]),
    ("how long is the wait usually when i call member service", ["wait time", "hold time"]),
]

SEED = 20261201


def _strip(a):
    return a[1:] if a.startswith("~") else a


def paraphrases():
    return {a[1:] for _, _, exp, cond, _ in COVERED for a in exp + [x for g in cond for x in g] if a.startswith("~")}


def tags_by_question():
    return {(q[-1] if isinstance(q, list) else q): tags for tags, q, _, _, _ in COVERED}


def rows():
    out = []
    for _tags, q, exp, cond, src in COVERED:
        r = {"question": q[-1] if isinstance(q, list) else q, "expected": [_strip(a) for a in exp],
             "conditions": [[_strip(a) for a in g] for g in cond], "source": list(src), "covered": True}
        if isinstance(q, list):
            r["turns"] = list(q)
        out.append(r)
    for q, _ in UNCOVERED:
        out.append({"question": q, "expected": [], "conditions": [], "source": [], "covered": False})
    random.Random(SEED).shuffle(out)
    final = []
    for i, r in enumerate(out, 1):
        d = {"id": f"n{i:03d}", "question": r["question"], "expected": r["expected"], "conditions": r["conditions"],
             "source": r["source"], "covered": r["covered"]}
        if "turns" in r:
            d["turns"] = r["turns"]
        final.append(d)
    return final


def write(out):
    rs = rows()
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rs
