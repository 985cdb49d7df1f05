# Questions for the Harbourline Bank set (written blind). Tags (kept here, not in the JSONL):
#   rep  - a question whose FAQ text repeats under several products (product named)
#   unn  - the same, product not named: expected holds every product's answer, one condition group per product
#   tier - depends on product, tier, balance band or channel     tbl - table lookup (xlsx, csv, PDF table)
#   fut  - needs the value that changes on 1 October 2026          two - two questions in one
import json, os
F, T, X, R, N = "faq.html", "terms.pdf", "fees.xlsx", "rates.csv", "notice.md"

def Q(q, exp, cond, src, tags=""):
    return {"question": q, "expected": exp, "conditions": cond, "source": src, "tags": tags.split()}

C = [
# --- repeated questions, product named
Q("whats the minimun balance on the premier account", ["$5,000"], [["$15"], ["any day", "every day", "at all times"]], [F, T, X], "rep tier"),
Q("is there a minimum balance for the everyday account", ["no minimum balance", "no minimum"], [], [F], "rep"),
Q("do i need to keep a minimum amount in my bonus saver??", ["no minimum balance", "no minimum"], [], [F], "rep"),
Q("can i withdraw early from my term deposit? need the cash for a car", ["31 days' notice", "31 days"], [["interest adjustment"]], [F, T], "rep"),
Q("flexi TD - can i pull some of the money out before it matures", ["20%"], [["once"], ["$8,000"]], [F, T], "rep"),
Q("can I cash in my futuresave plan early", ["surrender value"], [["2 years"]], [F], "rep"),
Q("what happens when my term deposit matures, do i have to do anything", ["reinvested", "same term"], [["grace period"]], [F, T], "rep"),
Q("futuresave plan, what do i actually get at the end of the term", ["sum assured", "maturity value"], [["terminal bonus"]], [F], "rep"),
Q("low rate card annual fee?", ["$59"], [], [F, X], "rep"),
Q("how much is the annual fee on the rewards card", ["$149"], [["first year"], ["$169"]], [F, X, N], "rep fut"),
Q("interest free days on the rewards card", ["44 days"], [], [F], "rep"),
Q("low rate card - whats the interest rate on purchases and on cash advances", ["12.99%"], [["21.99%"]], [F], "rep two"),
Q("can i add my husband as an extra cardholder on my rewards card and what does it cost", ["$20"], [], [F, X], "rep"),
Q("if i pay extra off my fixed rate personal loan is there a penalty", ["no fee"], [["$150"], ["2 years"]], [F, X], "rep"),
Q("can i pay off my variable personal loan early without a fee", ["free", "no fee"], [], [F, X], "rep"),
Q("fixed home loan - can i make extra repayments", ["$10,000"], [["break cost"]], [F, X], "rep"),
Q("offset account on the fixed home loan?", ["aren't available", "not available"], [], [F, X], "rep"),
Q("premier account interest rate?", ["0.25%"], [["$5,000"]], [F, T], "rep tier"),
Q("bonus saver intrest rate", ["4.75%", "3.90%"], [["0.85%"], ["$200"]], [F, T], "rep tier"),
Q("who can open a premier account, my son is 17", ["18 or over"], [], [F, T], "rep"),
Q("can my 13 yo open an everyday account by himself", ["12 or over"], [], [F, T], "rep tier"),
Q("can i open a bonus saver for my 8 year old", ["parent or guardian"], [], [F, T], "rep"),
Q("how is interest paid on a 2 year term deposit", ["annually"], [], [F, T, R], "rep tier"),
Q("personal loan rates fixed vs varible", ["8.49%"], [["9.99%"]], [F], "rep tier"),
# --- repeated questions, product not named: every product's answer
Q("whats the minimum balance", ["no minimum", "$5,000", "$1,000"], [["no minimum"], ["$5,000"], ["$1,000"]], [F], "unn"),
Q("can you withdraw early", ["31 days", "20%", "surrender value"], [["interest adjustment"], ["20%"], ["surrender value"]], [F], "unn"),
Q("what happens at maturity", ["same term", "roll over", "sum assured"], [["same term"], ["roll over", "linked Harbourline"], ["sum assured", "maturity value"]], [F], "unn"),
Q("is there an annual fee on your credit cards", ["$59", "$149"], [["$59"], ["$149"]], [F, X], "unn"),
Q("how many interest free days do i get", ["55 days", "44 days"], [["55 days"], ["44 days"]], [F], "unn"),
Q("can I make extra repayments on my loan", ["$150", "$10,000"], [["$150"], ["$10,000"], ["free", "no cost"]], [F, X], "unn"),
Q("which of your accounts pay interest - everyday, premier or the bonus saver? trying to decide", ["0.25%", "4.75%"], [["0.25%"], ["4.75%", "0.85%"], ["doesn't pay interest", "No credit interest"]], [F, T], "unn tier"),
# --- cards, lost and stolen
Q("the ATM at the servo swallowed my card, its not one of yours", ["1300 975 708"], [], [F, T], ""),
Q("atm kept my card, it was the harbourline one outside the branch", ["5 business days"], [], [F, T], "tier"),
Q("LOST MY CARD what do i do", ["1300 975 708"], [], [F, T], ""),
Q("im in thailand and my wallet got nicked, what number do i call", ["+61 2 5550 4108"], [], [F, T], ""),
Q("how much to replace my debit card, already lost one back in march", ["$10"], [["12 months"]], [F, X], "tier"),
Q("found my card in my jacket after i reported it stolen, can i still use it", ["can't be reactivated", "cut it up"], [], [F], "tier"),
Q("daily atm limit premier", ["$2,000"], [], [F], ""),
Q("credit card minimum repayment?", ["2%"], [["$25"]], [F], "tier"),
Q("can i do a balance transfer onto the rewards card", ["Low Rate", "Not available"], [], [F, X], ""),
Q("how many points per dollar on rewards, and do they expire", ["1 point"], [["3 years"]], [F], "two"),
Q("whats the rewards card minimum limit and how many extra cards can i get", ["$6,000"], [["up to 4", "4 additional"]], [F, X], "two"),
Q("do you need a pin for tap and go", ["$200"], [], [T], ""),
# --- accounts and fees
Q("everyday account monthly fee? how do i get out of paying it", ["$4"], [["$1,000"], ["under 25"], ["concession card"]], [F, T, X], "tier"),
Q("I'm 23, do I have to pay the $4 account keeping fee", ["under 25"], [], [F, T, X], ""),
Q("is the everyday fee waiver changing in october", ["$1,500"], [["$1,000"]], [N], "fut"),
Q("i heard the bonus saver rate is going down?", ["3.75%"], [], [N], "fut"),
Q("the bank took a fee from my bonus saver, does that count as a withdrawal and wreck my bonus", ["treated as withdrawals", "fee or charge debited by us"], [], [F, T], ""),
Q("opened a bonus saver halfway through the month with $500, do i still get bonus this month", ["$200 or more", "at least $200"], [["no withdrawals"]], [T, F], "tier"),
Q("ive got about 300k sitting in the bonus saver - do i get the bonus on all of it", ["$250,000"], [], [F, T], "tier"),
Q("im 70 - does it cost me to withdraw from my bonus saver at the counter", ["65 or over"], [], [X], "tbl tier"),
Q("do you charge me for using another banks atm", ["operator"], [], [X], "tbl"),
Q("overseas atm fee on the everyday account", ["$5"], [], [F, X], "tbl"),
Q("do i pay foreign transaction fees on the premier card", ["no foreign transaction fee", "don't have these fees"], [], [F], ""),
Q("bought something online from an aussie site in AUD but got charged a foreign transaction fee?? why", ["processed by a merchant overseas", "merchant overseas"], [], [X], "tbl"),
Q("whats the fee to trace an international transfer and do i get it back if you cant find it", ["$25"], [["whether or not"]], [X], "tbl two"),
Q("overdraft intrest rate on everyday acount", ["13.95%"], [["17.95%"]], [F, T], "tier"),
Q("do i have to give you my TFN for a term deposit", ["47%"], [], [T], ""),
Q("is my money safe if harbourline goes bust", ["$250,000"], [], [T], ""),
# --- term deposits, rates, futuresave
Q("whats the TD rate for 6 months if i put in 80k", ["4.30%"], [], [R], "tbl tier"),
Q("12 month term deposit rate for $20,000, paid monthly vs at maturity", ["4.10%"], [["4.30%"]], [R], "tbl tier"),
Q("rate for 300k for 12 months", ["4.45%"], [], [R], "tbl tier"),
Q("flexi TD rate 12 months, i have $15,000", ["4.05%"], [], [R], "tbl tier"),
Q("if i have 20k in a 12 month TD at 4.30 and break it at 6 months what rate do i end up getting", ["1.72%"], [], [T], "tbl"),
Q("broke my 12 month TD after just 1 month, how much of the interest do i lose", ["90%"], [], [T], "tbl"),
Q("my TD was opened on a special offer rate, what rate will it roll over at", ["standard rate"], [], [T], ""),
Q("is futuresave covered by the government guarantee", ["isn't covered", "not covered"], [], [F, T], ""),
Q("missed a futuresave payment last month is my cover gone", ["30-day grace period", "30 days"], [["paid-up", "lapses"]], [F], "tier"),
Q("changed my mind about the futuresave plan, signed up 2 weeks ago. can i get a refund", ["30 days"], [], [F], ""),
Q("what does futuresave pay out if i die", ["105%"], [], [F], ""),
# --- payments
Q("transfer limit per day?", ["$5,000"], [], [F, T], ""),
Q("how long does a transfer to another bank take? i sent it at 6pm", ["next business day"], [["within a minute"]], [F, T], ""),
Q("i need to send money to my mum in india, how much are the fees", ["$20"], [["$30"], ["$15"]], [F, X, N], "tier fut"),
Q("swift code?", ["HLBKAU2X"], [], [F], ""),
Q("I transferred $800 to the wrong account 3 days ago, can I get it back", ["without the recipient's consent", "10 business days"], [], [T], "tbl"),
Q("paid the wrong person like 8 months ago, is there any chance", ["only with the recipient's consent", "After 7 months"], [], [T], "tbl"),
Q("cut off time to cancel a sheduled payment", ["11:59pm"], [], [F, T], ""),
Q("new customer here opening an account in november, whats my daily pay anyone limit", ["$3,000"], [["$25,000"]], [N], "fut"),
# --- fraud, disputes
Q("i think i got scammed, a guy rang saying he was from the bank and i gave him the code off my phone", ["1300 975 708"], [], [F, T], ""),
Q("does harbourline ever call asking for your sms code", ["never"], [], [F], ""),
Q("got a weird text saying my account is suspended and to click a link", ["hoax@harbourline.example"], [], [F], ""),
Q("someone used my card online, will i get the money back", ["won't be liable", "not liable"], [["contribute"]], [F, T], "tier"),
Q("if its not clear whether i was careless with my pin how much could i be on the hook for", ["$150"], [], [T], ""),
Q("how do i dispute a charge on my card, its from about 3 months ago", ["120 days"], [], [F, T], ""),
Q("will the disputed money be put back while you look into it", ["temporary credit", "credit the disputed amount"], [], [F, T], ""),
Q("theres a direct debit from a gym i never signed up with", ["raise a claim", "stop it"], [], [F], ""),
# --- complaints, hardship
Q("how long have you got to respond to my complaint", ["30 calendar days"], [["21 calendar days"]], [F, T], "tier"),
Q("not happy with how you handled my complaint, who else can i go to and is there a time limit", ["Independent Banking Review Service", "IBRS"], [["2 years"]], [F, T], "two"),
Q("lost my job and cant keep up with my personal loan", ["1300 975 709"], [], [F], ""),
Q("if i get a hardship deferral does interest still get charged", ["continues to accrue", "accrue"], [["unless we agree otherwise"]], [T], ""),
Q("will asking for hardship help wreck my credit score", ["doesn't go on your credit report", "won't be recorded as a missed repayment"], [], [F], ""),
Q("do you still charge late fees on my personal loan if im on a hardship arrangement", ["Not charged while a financial hardship arrangement", "not charged"], [], [X], "tbl"),
Q("will you keep chasing me for payments while you look at my hardship request", ["won't start collection", "will not start enforcement"], [], [F, T], ""),
# --- deceased, closing
Q("my dad passed away, how do i let you know", ["1300 975 710"], [], [F, T], ""),
Q("hi, my mum passed away last month and theres about 30k across her accounts with you. do we need probate to get it out or can you just release it? my brother reckons we need a lawyer for everything", ["$50,000"], [], [F, T], "tier"),
Q("can the funeral home be paid from dad's account before probate", ["$15,000"], [], [F, T], ""),
Q("what happens to our joint account now my wife has died", ["surviving"], [], [F, T], ""),
Q("dad had a term deposit with you and he's died, is there an interest penalty if we close it", ["without an interest adjustment", "No interest adjustment"], [], [F, T], ""),
Q("i was an additional cardholder on my late husband's credit card, do i have to pay the balance", ["not liable"], [], [T], ""),
Q("how do i close my everyday account", ["Close account", "1300 975 707"], [], [F, T], ""),
Q("want to close my everyday account but i have a bonus saver linked to it", ["closed before", "nominate another linked account"], [], [F, T], ""),
Q("cancelling my credit card, do i get the annual fee back? it was charged 2 weeks ago", ["refund the annual fee"], [["30 days"]], [F], ""),
Q("i have an old account i havent touched in years, what happens to it", ["7 years"], [["$500"]], [T], ""),
Q("can the bank close my account without telling me", ["30 days' notice"], [["fraud"]], [F, T], ""),
Q("what hours can i ring you for general enquires", ["8am to 8pm, 7 days", "8am to 8pm"], [], [T], "tbl"),
Q("personal loan establishment fee and monthly fee", ["$195"], [["$10"]], [F, X], "tbl two"),
Q("discharge fee when i pay off my home loan", ["$350"], [], [X], "tbl"),
Q("how much depsoit do i need to buy a house", ["20%"], [["lenders mortgage insurance"]], [F], "tier"),
]

# Two-turn conversations, scored on the last turn.
CONV = [
(["what's the minimum balance for the premier account", "and for a term deposit?"], ["$1,000"], [["$5,000"], ["12 months"]], [F, T], "rep tier"),
(["can i withdraw early from a flexi term deposit", "ok and what happens when it matures"], ["does not roll over", "not reinvested"], [["linked"]], [F, T], "rep"),
(["whats the annual fee on the low rate card", "what about the rewards one"], ["$149"], [["first year"]], [F, X], "rep"),
(["how much does it cost to send money overseas", "and to receive it?"], ["$12"], [["Premier"]], [F, X], "tier"),
]

# Uncovered: (question, topic words that must appear in no document)
UNCOVERED = [
("what time does the port alder branch open on saturdays", ["opening hours", "branch hours", "open on saturday"]),
("whats the rate on a 5 year fixed home loan", ["fixed home loan rate", "5 year fixed rate", "% p.a. fixed for 5"]),
("current variable home loan rate pls", ["home loan rate", "basic variable rate"]),
("does the rewards card come with travel insurance", ["travel insurance", "complimentary insurance"]),
("can i buy bitcoin through my harbourline account", ["bitcoin", "crypto"]),
("what exchange rate margin do you charge on international transfers", ["exchange rate", "fx margin"]),
("how much is a safe deposit box", ["safe deposit", "safe custody"]),
("can you manage my super", ["superannuation", "super fund"]),
("how do i order a cheque book", ["cheque book", "chequebook"]),
("what's the BSB for port alder branch", ["bsb is", "bsb number"]),
("how do i get a credit limit increase on my rewards card", ["limit increase", "increase your limit", "increase your credit limit"]),
("whats the max credit limit on the rewards card", ["rewards card has a maximum", "maximum credit limit on the rewards"]),
("can i open a US dollar account", ["us dollar", "foreign currency account"]),
("whats the rate for an 18 month term deposit", ["18 months", "18 month"]),
("does the premier account get airport lounge access", ["lounge"]),
("if i pay $100 a month into futuresave how much life cover do i get", ["sum assured of $", "cover amount"]),
("do you have anything for first home buyers, like a grant or special rate", ["first home"]),
("do you offer buy now pay later", ["buy now pay later", "bnpl"]),
]

def _items():
    """All questions in a fixed, interleaved order (seeded shuffle, so rebuilds are identical)."""
    import random
    items = [("c", c) for c in C] + [("v", v) for v in CONV] + [("u", u) for u in UNCOVERED]
    random.Random(20260701).shuffle(items)
    return items

def write(out):
    rows = []
    for n, (kind, it) in enumerate(_items(), 1):
        hid = f"h{n:03d}"
        if kind == "c":
            rows.append({"id": hid, "question": it["question"], "expected": it["expected"], "conditions": it["conditions"],
                         "source": it["source"], "covered": True})
        elif kind == "v":
            turns, exp, cond, src, _ = it
            rows.append({"id": hid, "turns": turns, "question": turns[-1], "expected": exp, "conditions": cond,
                         "source": src, "covered": True})
        else:
            rows.append({"id": hid, "question": it[0], "expected": [], "conditions": [], "source": [], "covered": False})
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows

def tags_by_question():
    """question text (last turn for conversations) -> tags, for the README counts."""
    d = {c["question"]: c["tags"] for c in C}
    d.update({v[0][-1]: v[4].split() for v in CONV})
    return d
