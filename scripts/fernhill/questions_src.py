# Question source for questions.jsonl. Kind tags (README counts only, not written to jsonl):
# tbl = answer is a table lookup, proc = step procedure, tier = depends on product/tier/balance the member has,
# fut = needs both current and future (or superseded and new) value, two = two questions in one.
import json, os
F, P, T, R, U = "member-faq.html", "savings-conditions.pdf", "tariff.docx", "rate-sheet.csv", "service-update.md"
C = []  # (question, expected, conditions, sources, kinds)
def q(text, exp, cond, src, kinds=""):
    C.append((text, exp, cond, src, kinds.split()))

# --- current accounts
q("how much is the monthly fee on everyday plus, i heard its going up", ["£4"], [["£5"], ["1 january 2027"]], [F, T, U], "tier fut")
q("does the basic everyday account cost anything each month", ["free", "none"], [], [F, T], "tier tbl")
q("im 17 can i get everyday plus or only the normal one", ["18"], [["16"]], [F], "tier two")
q("what happens if i dont pay 1k a month into my plus account", ["to everyday"], [["three months"]], [F], "tier")
q("overdraft interest on everyday vs everyday plus", ["29.9%"], [["24.9%"], ["£250"]], [F, T, R], "tier tbl")
q("is the plus overdraft rate changing next year", ["23.9%"], [["24.9%"]], [T, R], "fut tbl")
q("do u charge fees if a payment takes me over my overdraft limit", ["do not charge a fee", "do not charge fees"], [["return"]], [F, T], "")
q("does everyday plus pay any interest on my balance and how much", ["2.50%"], [["£2,000"]], [F, R], "tier two")
q("plus account credit interest after new year", ["2.25%"], [["2.50%"]], [R], "fut tbl")
q("how much can i take out of a cash machine in a day on the everyday account", ["£600"], [["£500", "1 october 2026"]], [F, U], "tier fut")
q("whats the daily atm limit for plus customers", ["£800"], [], [F, U], "tier tbl")
q("using my everyday card on holiday in spain are there fees", ["2.75%"], [["£1.50"]], [T], "tier tbl")
q("is it free to use my everyday plus card abroad", ["free"], [["first 10"], ["1.50%"]], [T], "tier tbl")
q("can me and my partner have a joint current account and do we both get cards", ["two people"], [["own card"]], [F], "two")
q("is there a bonus for switching my current account to you and whens the deadline", ["£150"], [["31 march 2027"], ["£1,000"]], [F, U], "two fut")
q("steps to move my bank account over to fernhill", ["switch to fernhill"], [["seven working days"]], [F], "proc")
q("if i only move a few direct debits over and keep my old account is that covered by the switch guarantee", ["partial switch"], [], [F], "")
# --- regular saver
q("regular saver whats the most i can put in a month and whats the rate", ["£250"], [["5.50%"]], [F, P, R], "two tbl")
q("can i take money out of my regular saver in an emergency", ["not permitted", "no withdrawals"], [["close"]], [F, P], "tier")
q("forgot to pay into my regular saver last month am i penalised", ["up to two"], [], [F], "")
q("missed 3 payments on the regular saver now what happens", ["block further payments", "no further payments"], [], [F, P], "")
q("only put 50 in my regular saver last month, can i put 450 in this month to catch up", ["cannot carry", "cannot be carried forward"], [], [F, P], "")
q("when do i actually get the interest on the regular saver", ["matures", "at maturity"], [], [F, P], "tier tbl")
q("what happens to my regular saver money when the year is up", ["easy access saver"], [], [F, P], "")
q("if i open a regular saver in january what rate will i get", ["5.00%"], [["issue 8"]], [R], "fut")
q("my regular saver is on 5.5% will that drop in january", ["keep 5.50%"], [], [R], "fut")
q("can i have 2 regular savers", ["one regular saver", "at a time"], [], [F, P], "")
# --- easy access
q("i have about 30k in easy access what rate do i get and is it changing", ["2.60%"], [["2.45%"]], [F, R], "tbl fut tier two")
q("easy access saver with 5000 in it whats the interest", ["2.10%"], [["1.95%"]], [F, R], "tbl fut tier")
q("if i have 60k in easy access is only the bit over 50k on the higher rate", ["whole balance"], [["3.05%"]], [F, R, P], "tbl tier")
q("easy access rate for over 50 grand from january", ["2.90%"], [["3.05%"]], [R], "tbl fut")
q("how often can i take money out the easy access one", ["as often as you like", "no limit on the number"], [], [F, P], "tier")
q("max i can move out of easy access online in one day", ["£25,000"], [], [F, P], "")
q("when does easy access pay its interest", ["31 march"], [], [F, P], "tier tbl")
q("can i open a few easy access accounts for different pots", ["five"], [], [F, P], "")
q("can my 14 yr old have an easy access saver in her own name", ["16"], [], [F, P], "")
q("biggest balance allowed in easy access", ["£1,000,000"], [], [F, P], "")
q("whats the easy access rate on 15k and can i withdraw whenever i want", ["2.60%"], [["as often as you like", "no limit on the number"]], [F, R, P], "two tbl tier")
# --- fixed bonds
q("whats the 1 year bond rate and the 2 year bond rate", ["4.20%"], [["4.05%"]], [R, P], "two tbl")
q("if i wait til january to open a 1yr fixed bond what rate", ["3.95%"], [["4.20%"]], [R], "fut tbl")
q("2 year bond rate from january compared to now", ["3.85%"], [["4.05%"]], [R], "fut tbl")
q("opened a fixed bond in august will the january rate cut affect me", ["new bonds only", "fixed for the whole term", "fixed from the date"], [], [R, F, P], "")
q("whats the penalty for breaking a 2 year bond early", ["180 days"], [["hardship", "terminal illness"]], [P], "tbl tier")
q("1 yr bond early closure charge how much", ["90 days"], [], [P], "tbl tier")
q("my husband died and had a 2 year fixed bond, is there a penalty to close it", ["no charge", "except where a holder has died"], [], [P, F], "")
q("can i add more money into my fixed bond a month after opening", ["funding window"], [["14 days"]], [F, P], "")
q("minimum and maximum for a fixed rate bond", ["£1,000"], [["£250,000"]], [F, P, R], "two")
q("what if ive only put 500 in the bond when the funding window ends", ["close the bond"], [["return"]], [P], "")
q("how does interest get paid on the 2 yr bond", ["first anniversary", "each anniversary"], [["maturity"]], [P, F], "tbl tier")
q("what happens when my bond matures if i dont tell you anything", ["easy access saver"], [["14 days"]], [F, P], "")
q("need some money from my fixed bond can i withdraw part of it", ["cannot take money out", "no withdrawals"], [], [F, P], "tier")
# --- ISA
q("cash isa rate now and after new year", ["3.40%"], [["3.25%"]], [R], "fut tbl")
q("how much can i put in my isa this tax year", ["£20,000"], [], [F, P], "")
q("can i take money out my isa, is there a limit", ["four withdrawals"], [["1.00%"]], [F, P, R], "tier two")
q("if i take 2k out of my isa and put it back does it use up my allowance", ["does not use up", "without counting towards"], [["same tax year"]], [F, P], "")
q("how do i move my isa from another bank to you", ["transfer-in form"], [["do not withdraw"]], [F], "proc")
q("want to move my isa to a different provider, how do i do it and how long", ["10 business days"], [["new provider"]], [F, P], "proc two")
q("can me and my wife have a joint isa", ["jointly"], [], [P], "")
q("when is isa interest paid", ["5 april"], [], [F, P], "tier tbl")
q("can i have 2 fernhill cash isas", ["only one"], [], [F], "")
q("does an isa transfer in count towards this years allowance", ["does not count"], [], [F, P], "")
q("isa allowance this year and when do you pay the interest", ["£20,000"], [["5 april"]], [F, P], "two")
# --- mortgage overpayments
q("how much can i overpay on my fixed mortgage without a charge", ["15%"], [["1 october 2026", "10%"]], [F, U], "fut tier")
q("im on the svr is there a limit on overpaying", ["no limit"], [], [F], "tier")
q("if i overpay more than allowed in year 2 of my fix whats the charge", ["2%"], [["above your allowance", "excess"]], [F], "tbl")
q("erc in the first year of my deal if i go over the overpayment allowance", ["3%"], [], [F], "tbl")
q("how do i make a lump sum overpayment of 20k", ["bank transfer"], [["mortgage account number"]], [F], "proc")
q("i want my overpayment to shorten the term not cut my payments how", ["0117 496 0618"], [["before the overpayment"]], [F], "proc")
q("smallest overpayment i can make on the mortgage", ["£50"], [], [F], "")
q("is the svr going down in january, whats it now", ["6.49%"], [["6.74%"]], [R], "fut two tbl")
q("can i get my mortgage overpayment back out", ["flexible mortgage"], [["cannot be withdrawn"]], [F], "")
q("set up regular monthly overpayments on mortgage how", ["standing order"], [], [F], "proc")
# --- personal loans
q("what apr would i get for a 6000 loan", ["8.9%"], [], [F, R], "tbl tier")
q("20k loan interest rate now vs january", ["7.9%"], [["8.4%"]], [F, R], "tbl fut tier")
q("borrowing 3 grand whats the apr, and is it cheaper if i borrow 10k instead", ["14.9%"], [["6.4%"]], [F, R], "two tbl tier")
q("loan apr for 12k if i apply after 1 jan", ["6.9%"], [["6.4%"]], [R], "fut tbl")
q("only opened my account last month can i get a loan", ["three months"], [], [F], "")
q("can i pay my loan off early, is there a fee", ["28 days"], [["at any time"]], [F], "two")
q("i signed the loan yesterday and changed my mind", ["14 days"], [], [F], "")
q("how fast does loan money land in my account", ["one business day"], [], [F], "")
q("biggest loan you do and longest term", ["£25,000"], [["5 years"]], [F], "two")
q("if i take a loan at 8.9 now does my rate go up in jan", ["fixed for the life"], [], [R], "")
# --- branches, cash, cheques
q("are you open saturdays", ["kingsmead"], [["12.30pm"]], [F], "")
q("paid a cheque in at 4pm on tuesday when will the money be there", ["two business days later"], [], [F], "tbl")
q("cheque paid in at lunchtime monday when can i use the money", ["next business day"], [], [F], "tbl")
q("can i pay a 4000 cheque in through the app", ["£5,000"], [], [U], "")
q("how much cash can i take out at the counter without ordering it", ["£3,000"], [["two business days"]], [U, F], "")
q("need 8k in cash from the branch what do i need to do", ["two business days' notice"], [["photo id"]], [F, U], "proc")
q("can i deposit cash at the post office and whats the limit", ["£2,000"], [["debit card"]], [F], "two")
q("does the post office charge to pay cash in", ["free"], [], [T], "tbl")
q("can i bring my coin jar in", ["£250"], [["bagged"]], [F, T], "")
q("how do i cancel a cheque i wrote and whats the cost", ["£10"], [["cheque number"]], [F, T], "proc two tbl")
q("cheque i posted got lost, do i have to pay to stop it", ["no charge"], [], [T], "tbl")
q("how much is a bankers draft", ["£15"], [], [T], "tbl")
q("larkfield branch closing!! when and where do i go now", ["27 november 2026"], [["kingsmead"]], [U], "two")
q("can i still pay cash in once larkfield shuts", ["larkfield post office"], [], [U], "")
q("can i pay euros into my account at the branch", ["not available"], [], [T], "tbl")
q("branch opening hours in the week and do i need id to take out a lot of cash", ["9am to 5pm"], [["photo id"]], [F], "two")
q("how long does a posted cheque take to clear and where do i send it", ["freepost fernhill cheques"], [["business day after we receive it"]], [F], "two tbl")
# --- cards
q("lost my card what do i do", ["0808 157 0342", "freeze"], [["five working days"]], [F], "proc")
q("my card got nicked in france what number do i ring", ["+44 117 496 0342"], [], [F], "")
q("the cash machine swallowed my card outside the supermarket, not one of yours", ["destroyed"], [["replacement"]], [F], "tier proc")
q("atm at your kingsmead branch ate my card can i get it back", ["photo id"], [["next business day"], ["five business days"]], [F], "tier proc")
q("someone used my stolen card before i noticed, do i have to pay", ["£35"], [["gross negligence"]], [F], "")
q("machine didnt give me the cash but took the money from my account", ["10 business days"], [["0117 496 0250"]], [F], "proc")
q("urgent replacement card by courier how much, i have everyday plus", ["free"], [], [T], "tier tbl")
q("i have the basic everyday account, how much for a card sent by courier", ["£15"], [], [T], "tier tbl")
q("card snapped in half, do i need a new pin", ["pin stays the same"], [], [F], "")
# --- fraud
q("i think ive been scammed who do i ring", ["0808 157 0400"], [["24 hours"]], [U, F], "proc")
q("sent 3000 to a fake builder by bank transfer will i get it back", ["£85,000"], [["13 months"]], [F], "")
q("do you take an excess off scam refunds", ["do not deduct an excess"], [], [F], "")
q("how long do scam refund decisions take", ["five business days"], [["35 business days"]], [F], "")
q("paid a scammer with my debit card, is that covered by the scam refund rules", ["chargeback"], [["do not cover"]], [F], "")
q("someone from fernhill rang saying move my money to a safe account", ["never"], [["criminal"]], [F], "")
q("i sent money to a scammer overseas can i get a refund", ["payments sent abroad"], [], [F], "")
q("does the old fraud number still work", ["31 december 2026"], [["0808 157 0400"]], [U], "fut")
q("could you refuse my scam claim", ["grossly negligent", "gross negligence"], [["part of the fraud"]], [F], "")
q("what to do step by step if i was scammed", ["0808 157 0400", "0808 157 0199"], [["details of the payments"]], [F, U], "proc")
# --- bereavement
q("my mum died what do i do with her account", ["0117 496 0733"], [["death certificate"]], [F], "proc")
q("dad passed away with about 30k saved with you, do we need probate", ["probate is not needed"], [["indemnity"]], [F], "tbl tier")
q("grandad left 80k in fernhill accounts what documents do you need", ["grant of probate"], [["death certificate"]], [F], "tbl tier")
q("can the funeral bill be paid from my late fathers account", ["£10,000"], [["funeral invoice"]], [F], "")
q("my husband died, we had a joint account, can i still use it", ["surviving holder"], [], [F], "")
q("what happens to my late wifes isa and can i add it to mine", ["additional permitted subscription"], [["third anniversary"]], [F], "two")
q("how long after we send the documents do you release the money from a dead persons account", ["10 business days"], [], [F], "")
q("we're in scotland, we've got confirmation not probate, is that ok", ["confirmation"], [], [F], "")
# --- power of attorney
q("how do i register power of attorney for my mum", ["office of the public guardian"], [["certified copy"], ["10 business days"]], [F], "proc")
q("lpa not registered yet can i still use it at the branch", ["cannot accept", "not been registered"], [], [F], "")
q("can i get a debit card on dads account as his attorney", ["attorney card"], [], [F], "")
q("want my daughter to help with my account while im in hospital for a bit", ["third party mandate"], [["tpm1"]], [F], "")
# --- complaints
q("how do i complain and how long have u got to reply", ["complaints@fernhill.example", "0117 496 0250"], [["eight weeks"]], [F, P], "two proc")
q("not happy with your final response what now", ["financial ombudsman service"], [["six months"]], [F, P], "")
q("complaint about a faster payment that went wrong, how long to respond", ["15 business days"], [], [F], "")
q("whats the postal address for complaints", ["14 quarry lane"], [], [F, P], "")
# --- FSCS
q("is my money safe if fernhill goes bust, how much is protected and is it per account", ["£120,000"], [["not to each account", "total"]], [F, P], "two")
q("fscs limit on a joint account", ["£240,000"], [], [F], "")
q("sold my house, 400k sitting in easy access is it protected", ["£1.4 million"], [["six months"]], [F], "")
# --- closing, dormancy, general conditions
q("how do i close my current account", ["manage account"], [["repay any overdraft"]], [F], "proc")
q("can i close my isa and still keep it tax free", ["transfer"], [["loses its tax-free status"]], [F], "")
q("can you close my account without asking me", ["two months' notice"], [["immediately"]], [P], "")
q("opened a current account last week want to cancel it", ["14 days"], [["no charge"]], [F], "")
q("havent touched my savings account in years is it still there", ["three years", "inactive"], [["reclaim fund"]], [P], "")
q("how much notice do you give before cutting my savings rate", ["30 days"], [], [P, U], "")
q("if you lower my savings rate can i move my money without a penalty", ["without charge"], [], [P], "")
q("do you take tax off my savings interest", ["without deducting tax"], [], [P], "")
q("cheque paid into my savings, when does it start earning interest", ["second business day"], [], [P], "")
q("you messed up a payment on my account, do i lose out on interest", ["lost interest"], [], [P], "")
q("cash paid in at the branch at 4pm on friday when does it count", ["3pm"], [], [P], "")
# --- tariff
q("how much is a copy statement on everyday and on savings", ["£5.00"], [], [T], "tbl tier")
q("what does a chaps payment cost on everyday plus", ["£20.00"], [], [T], "tbl tier")
q("sending money to family in poland fee for everyday and plus", ["£20.00"], [["£15.00"]], [T], "tbl tier two")
q("receiving money from abroad into my plus account any charge", ["free"], [], [T], "tbl tier")
q("receiving a payment from abroad on the standard everyday account cost", ["£7.00"], [], [T], "tbl tier")
q("lost my passbook how much to replace", ["£10.00"], [["first replacement passbook"]], [T], "tbl")
q("how much for a reference letter for my landlord", ["£15.00"], [], [T], "tbl")
q("do you charge if a direct debit bounces", ["free", "do not charge a fee"], [], [T, F], "tbl")
q("getting pounds out of a cashpoint abroad on everyday fee", ["£1.50"], [], [T], "tbl tier")
q("how much warning before you bring in new charges", ["two months' notice"], [], [T], "")

UNCOVERED = [
    ("can i buy bitcoin or crypto through my fernhill account", ["bitcoin", "crypto"]),
    ("do you do business accounts for my cleaning company", ["business account", "company"]),
    ("can i open a pension with you", ["pension"]),
    ("do u offer car finance or hp", ["car finance", "hire purchase"]),
    ("whats the apr on your credit card", ["credit card"]),
    ("can i open a junior isa for my grandson", ["junior isa", "junior"]),
    ("do you sell premium bonds", ["premium bond"]),
    ("whats your buy to let mortgage rate", ["buy to let", "buy-to-let", "landlord mortgage"]),
    ("do any branches have safe deposit boxes", ["safe deposit"]),
    ("can i get home insurance through fernhill", ["home insurance", "contents"]),
    ("does my card work with apple pay or google pay", ["apple pay", "google pay"]),
    ("do you do a student account with a free overdraft", ["student"]),
    ("can i order euros for my holiday from the branch", ["travel money", "order currency", "bureau"]),
    ("can i buy stocks and shares or funds with you", ["stocks and shares", "investment fund"]),
    ("do you have a lifetime isa for first house", ["lifetime isa"]),
    ("how do i order a new cheque book", ["cheque book", "chequebook"]),
    ("do you offer equity release for pensioners", ["equity release"]),
    ("got married how do i change my surname on the account", ["marriage", "married", "surname"]),
    ("do you have a green mortgage discount for energy efficient homes", ["green mortgage", "energy efficient"]),
    ("can you help me write a will", ["will writing", "write a will"]),
    ("can my football club open a club account with you", ["club account", "football", "charity"]),
    ("do you pay cashback on debit card spending", ["cashback"]),
    ("whats the interest rate on a 5 year fixed bond", ["5 year fixed", "five year"]),
    ("can i get a gold or platinum card with airport lounge access", ["lounge", "platinum"]),
]

def write(here):
    rows = []
    for i, (text, exp, cond, src, kinds) in enumerate(C, 1):
        rows.append({"id": f"f{i:03d}", "question": text, "expected": exp, "conditions": cond, "source": src, "covered": True})
    n = len(C)
    for j, (text, _topic) in enumerate(UNCOVERED, n + 1):
        rows.append({"id": f"f{j:03d}", "question": text, "expected": [], "conditions": [], "source": [], "covered": False})
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows
