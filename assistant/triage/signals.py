"""Words that say a customer needs a person, read from the message itself.

The intent head can misread an upset message ("Your app has failed me three times today and I've lost
money" came out `failed_transfer`), so escalation does not rely on it alone: these patterns fire
whatever the intent is. They were written from how customers describe these situations in general,
and checked against our training sentences (`assistant/data/train_escalation.jsonl`); the held-out set
is only scored. They err towards a person: a false hand-off costs a queue, a missed one a customer.
"""

from __future__ import annotations

import re
from datetime import date

# Order matters: the first kind that matches names the reason (fraud before money lost, say).
KINDS = ("fraud", "vulnerable", "bereavement", "money_lost", "leaving", "repeated_failure", "complaint", "person")

# A sum of money in figures or words: "£40", "300 euros", "a thousand pounds", "fifty quid", "2k".
_AMOUNT = (
    r"[£$€]\s?\d|\d[\d,.]*\s?(k|pounds?|quid|euros?|dollars?|grand)\b|"
    r"(a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a few|several) "
    r"(hundred|thousand|grand|quid|pounds?|euros?|dollars?)\b"
)

# Words of despair, however casually typed, beside a question or not: a person should read them.
_DESPAIR = (
    r"\b(don'?t|do not|can'?t|cannot) see (the |any )?point( in| of)?( \w+){0,2} (anymore|any more|living|going on|"
    r"anything|life)\b"
    r"|\b(it'?s|its|it is|everything'?s|everything is|life'?s|life is) all (getting |becoming )?too much\b"
    r"|\b(everything|life)('s| is) (getting |becoming )?too much\b"
    r"|\bcan'?t go on\b|\b(end|ending) it all\b|\bno way out\b|\b(can'?t|cannot|don'?t) see (a|any) way out\b"
    r"|\bnot worth living\b|\bwant to die\b"
)
_DESPAIR_WORDS = re.compile(_DESPAIR)
# Money so short a bill competes with heating or food ("choosing between the card and the electricity bill"): a
# hardship, told beside a calm question too
_BILL_CHOICE = (r"\b(choos(e|ing)|pick(ing)?|decid(e|ing)) between\b[^.?!]{0,60}\b(rent|food|electric\w*|heating|gas|"
                r"bills?|eating|mortgage|meter)\b")
# Not knowing how the household will eat or keep a roof ("not sure how we'll eat this week if it comes out on the 1st")
_GET_BY = (r"\b(not sure|no idea|don'?t know|dunno|wondering) how (i|we)('ll| will|'re going to| are going to|"
           r"'m going to| am going to|'re gonna|'m gonna| can)? (eat|feed (us|them|the kids|my kids|the family)|"
           r"pay (the|my|our) (rent|mortgage|bills)|keep (the lights on|warm|a roof)|get by|survive|"
           r"make it to payday)\b")

# Debts beyond what comes in, or paid with more borrowing
_DEBT_SPIRAL = (r"\b(payments?|repayments?|debts?|bills) (are|is) (more|bigger|higher) than (my|our) "
                r"(salary|income|wages|pay)\b|\b(borrow\w*|cash advances?|loans?)\b.{0,40}\bto pay (off )?"
                r"(the|my|our)? ?(others|other cards?|another|the rest)\b")

# An age told ("I'm 81"): vulnerable unless the writer says they manage fine (_MANAGING)
_OLD_AGE = r"\bi'?m (7[5-9]|[89]\d|1[01]\d)( years old)?\b"
_MANAGING = re.compile(r"\b(manage|managing|cope|coping|get by|getting by|get on|getting on)( just| perfectly| quite)? "
                       r"(fine|well|ok|okay|all right|alright)\b")

_PATTERNS: dict[str, list[str]] = {
    "fraud": [
        # a task or advance-fee scam told plainly: "they want more before I can withdraw. I think I've been had"
        r"\b(i'?ve|i have|we'?ve|we have) been had\b|\b(want|wants|asking for|ask for|demanding) more (money )?before "
        r"(i|we) can (withdraw|take out|get)\b",
        r"\b(cloned|skimmed|compromised)\b",
        # "card fraud protection", "scam cover" are products, as "identity theft protection" below
        # (the bank's "fraud alert" or check is a notification: the trouble, if any, is told beside it)
        r"\bfraud(?! (protection|guarantee|cover|insurance|monitoring|prevention|awareness|training|alerts?|checks?|"
        r"notifications?|team|department|dept)\b)",
        r"\bscam(?! (protection|guarantee|cover|insurance|monitoring)\b)",
        r"\bhack(ed|er|ers)?\b",
        # a supplier's email taken over ("…an email from his company with new bank details … he never changed his
        # details, and it seems his email was interfered with")
        r"\b(e-?mails?|inbox|account)( \w+)? (was|were|has been|had been|got|been) (hacked|compromised|interfered with|"
        r"intercepted|spoofed)\b|\b(never|didn'?t|did not|hadn'?t|had not) changed? (his|her|their|its|the) (bank )?"
        r"details\b",
        r"\bphish",
        r"\bstolen\b",
        r"\bstole\b",
        r"\bidentity theft\b(?! (protection|insurance|cover|monitoring))",
        r"\bin my name\b",
        r"\bunauthori[sz]ed\b",
        r"\b(didn'?t|did not|never) (make|made|authori[sz]e|order|buy|spend|do)\b",
        # "I have never sent money to anyone by that name"
        r"\b(didn'?t|did not|never) (send|sent|transfer|transferred) (any )?(money|funds|anything|a (payment|transfer))"
        r"\b[^.?!]{0,20}\bto (anyone|anybody|them|him|her|this|that)\b",
        # "£600 taken out since last nite not me", not a disclaimer ("(not me, I'm happy here)")
        r"\b(wasn'?t|weren'?t|was not|were not) me\b|(?<!\()\bnot me\b(?![,;]? (i'?m|im|i am|i'?ve|i have|and|but)\b)",
        r"\b(don'?t|do not|didn'?t) recogni[sz]e\b",
        # "unrecognised payment", not a report's "unrecognized compensation cost"
        r"\bunrecogni[sz]ed (payments?|transactions?|charges?|debits?|withdrawals?|purchases?|transfers?|"
        r"direct debits?|amounts?|spending)\b",
        r"\bsomeone (else )?(has |have |'s )?(just )?(used|taken|took|opened|accessed|got into|gotten into|is using|"
        r"spent|bought|purchased|ordered|withdrew|withdrawn|drained|emptied|cleared)\b"
        # money moved out, not to the writer ("someone transferred money to me and it doesn't show")
        r"|\bsomeone (else )?(has |have |'s )?(just )?(moved|transferred|sent)\b(?! (me|us)\b)(?! (\w+ ){0,2}(to|into) "
        r"(me|us|my|our)\b)",
        r"\b(pretend(ing|ed)?|claim(ing|ed)?) to be\b",
        r"\bimpersonat",
        r"\b(gave|give|given|told|tell|read( out)?) (them|him|her|someone|a stranger|the caller)"
        r"( (my|her|his|their|our))?( (whole|full|long))? (code|pin|password|passcode|details|card (number|details)|"
        r"security code)",
        # money sent where the customer does not know ("₹48,000 sent to an account I don't know")
        r"\b(sent|paid|transferred|moved|gone|went|going)( out)? to (an? |some )?(account|person|payee|number|name|"
        r"people|company)( \w+)? (i|we) (don'?t|do not|didn'?t|did not) (know|recogni[sz]e)\b",
        # "two transfers last night to someone named Tyler I've never met"
        r"\bto (someone|somebody|a person|a guy|a man|a woman|an account|a payee|a company|a name)"
        r"( (named|called) [^.?!,]{1,25}?)? (i|we)('ve| have)? never (met|heard of|dealt with|seen)\b",
        r"\b(fallen|fell) for\b",
        r"\bsafe account\b",
        r"(?<!n't )(?<!nt )(?<!not )(?<!never )\bclicked (on )?(a|the|an) link\b",  # not "haven't clicked the link"
        # a link followed from a message: "to verify at a link. did that", "tapped the link in the text"
        r"\b(followed|tapped|opened|used) (on )?(the|a|that|this) link\b",
        r"\blink\b[^?!]{0,20}?[.!,]\s*(i )?did (that|it|so)\b",
        r"\bwithout (my )?(permission|consent|asking|knowing|my knowledge)\b",
        r"\b(payments?|payees?|transactions?|charges?|debits?|withdrawals?|compan(y|ies)|shop|merchant)\b.{0,60}"
        r"\b(never heard of|know nothing about|don'?t know (about|anything about)|no idea (what|who))",
        r"\bfake (builder|website|call|text|email|seller|invoice)",
        # an account taken over: security details changed by someone else, codes the customer never asked for
        r"\b(password|passcode|pin|email( address)?|(phone|mobile) number|security details) (has been|have been|was|"
        r"were|got|just got) (changed|reset)\b",
        r"\b(codes?|texts?|otps?|passcodes?)\b.{0,60}\b(didn'?t|did not|never|haven'?t|have not) (ask|request)",
        # spent where the customer was not: "used in Lisbon this morning when I'm sat at my desk in Leeds", "tap
        # payments … at 2am and I was asleep"
        r"\b(used|payments?|transactions?|charges?|spent|withdrawn|withdrawals?|taps?)\b[^.?!]{0,80}\b(and|when|while|"
        r"whilst|but) (i|we)( was| were| am| are|'m|'re)( \w+)? (asleep|sleeping|in bed|at home|at work|at my desk|"
        r"sat)\b",
        r"\b(i|we) (was|were) (asleep|sleeping|in bed)\b[^.?!]{0,40}\bwhen (it|this|that|they|the \w+) (went|happened|"
        r"went through|was (made|sent|taken))\b",
        # a seller gone once paid: "the seller blocked me and the listing is gone"
        r"\b(seller|vendor|landlord|agent|buyer|he|she|they)( \w+)? (has |have |then |just )?(blocked|ghosted) "
        r"(me|us)\b",
        # something in the customer's name they never set up: "I never applied for any credit card", "a new
        # beneficiary was added … I didn't add anyone"
        r"\b(didn'?t|did not|never) (apply|applied|sign(ed)? up|ask(ed)?) for (any|this|that|it|them|one)\b",
        r"\b(didn'?t|did not|never) (add|added|set up|authori[sz]e) (anyone|anybody|them|him|her|any (new )?(payee|"
        r"beneficiary|device|user)s?|this (payee|beneficiary|person|device))\b",
        r"\bwho('?s| is| has been)( \w+)? using (my|our) (name|details|identity|card|account)\b",
        # money asked for before money can be had ("to withdraw must pay 'tax clearance' first"), and the group or
        # site gone once paid ("admin removed me from group")
        r"\b(withdraw\w*|release|receive|unlock|get (my|the) (money|profits?|winnings|funds))\b[^.?!]{0,30}\b(must|"
        r"have to|has to|need to|needs to|had to|asked (me )?to|told (me )?to) pay\b",
        r"\b(removed|kicked|blocked|banned) (me|us) (from|out of) (the |their |that )?(group|chat|platform|channel)\b",
        # a fee to free someone's money or goods ("a release fee … to get his belongings shipped to me"), money promised
        # back doubled, and money asked of someone met online
        r"\b(release|clearance|unlock(ing)?|unfreez(e|ing)) (fee|charge|tax|payment|cost)s?\b|\bfees? to (release|"
        r"unlock|unfreeze|clear) (his|her|their|my|our|the) (money|funds|belongings|parcel|package|inheritance|"
        r"winnings|salary|savings|gold|goods)\b",
        r"\bpay (me|us) back (double|twice|triple|two times|three times)\b|\b(double|triple) (my|your|our|the|his|her|"
        r"their) (money|savings|investment|funds|cash|pension|deposit)\b",
        # told to keep it from the bank: "I mustn't mention it to the bank because you'll freeze it"
        r"\b(mustn'?t|must not|shouldn'?t|should not|not to|never to|don'?t|do not) (tell|mention|say|inform|let on)"
        r"\b[^.?!]{0,25}\b(the bank|my bank|bank staff|anyone at the bank)\b",
        r"\bmet (him|her|them|someone|somebody|a (\w+ )?(man|woman|guy|girl|lady|gentleman|person))( \w+)? (online|"
        r"on (a dating \w+|tinder|facebook|instagram|whatsapp|telegram|hinge|bumble|an app|a game|social media))\b"
        r"[^?]*?\b(send|sent|wire|wired|transfer|pay|paid|western union|moneygram|gift cards?|crypto|bitcoin)\b",
    ],
    "vulnerable": [
        _OLD_AGE,
        r"\bcan'?t (afford|pay|make) (my |the |our )?(rent|mortgage|bills?|food|loan|repayments?|payments?|heating)",
        r"\b(can'?t|cannot|couldn'?t) afford\b",
        r"\bstruggl(e|ing)\b",
        # "in debt", "my debts", not a report's "the debt outstanding" or "debt-to-asset ratio"
        r"\b(my|our|in|into|with) debts?\b(?! card)", r"\bdebt collect",
        r"\b(lost|lose|losing) (my|our) (job|jobs|income|home|house)\b",
        r"\bredundan(?!\w* (rumou?rs?|talk|fears?|gossip))",
        r"\bunemployed\b",
        r"\bbailiffs?\b",
        r"\bevict",
        r"\bhomeless",
        r"\bnothing left\b",
        r"\bno money (left|for)\b",
        r"\bin hospital\b",
        r"\bseriously ill\b",
        r"\bterminal(ly)? ill",
        r"\bdementia\b",
        r"\bdisabilit",
        r"\b(registered|partially|legally|severely) (blind|deaf|sighted)\b|\bvisually impaired\b|\bsight loss\b",
        r"\bmental health\b",
        r"\bsuicid",
        _DESPAIR,
        r"\bcan'?t cope\b",
        r"\bdesperate\b",
        # not a pet or a neighbour frightened ("did a little dance in the kitchen and scared the dog")
        r"\b(scared|frightened|terrified|panicking)\b(?! (the|my|our) (dog|cat|puppy|kitten|kids?|children|baby|birds?|"
        r"neighbou?rs?|postman)\b)",
        r"\bdon'?t know what to do\b",
        r"\b(taken|taking) advantage\b",
        r"\bpressur(e|ed|ing)\b",
        r"\bhand over (my|his|her|their) (savings|money)\b",
        r"\babus(e|ive)\b",
        r"\bcoerc",
        r"\bvulnerable\b",
        r"\bcan'?t keep up\b",
        r"\bcarer\b",
        r"\bhardship\b",
        # a customer's separation, not a report's "employee separation expenses"
        r"\b(my|our|a|the) (separation|divorce)\b(?! (expenses?|costs?|charges?|benefits?|payments?|pay))",
        r"\b(separated|divorced|divorcing|getting divorced)\b",
        r"\bnothing to live on\b",
        r"\basking me for money\b",
        r"\b(ex|ex-partner|ex-husband|ex-wife|partner|husband|wife)\b.{0,40}\b(has access|controls?|won'?t let me)",
        r"\b(been|am|is|was|seriously|very|fallen) ill\b",
        r"\b(stroke|cancer|disabled|elderly)\b",
        r"\bcan'?t (make|cover|meet) (my|the|our)( \w+){0,2} (payments?|repayments?|rent|bills)\b",
        _DEBT_SPIRAL,
        r"\b(income|wages|salary|benefits?|hours)( \w+){0,2} (stopped|were cut|was cut|cut|didn'?t arrive)\b",
        r"\bfood (bank|until|for)\b",
        r"\bafford (food|to eat)\b",
        _BILL_CHOICE,
        _GET_BY,
    ],
    "bereavement": [
        r"\bpassed away\b",
        # not "dead" as a word of praise ("dead easy to use", "dead chuffed")
        r"(?<!nearly )(?<!almost )\b(died|death|deceased)\b|\bdead\b(?! (easy|simple|good|handy|quick|fast|useful|"
        r"chuffed|happy|pleased|"
        r"impressed|right|straightforward|clever|smooth|nice|cool|helpful|on time)\b)",
        r"\bbereave",
        r"\b(was|were|been|got) killed\b",
        r"\bfuneral\b",
        r"\bprobate\b",
        r"\bexecutor\b",
        r"\bwidow",
        r"\b(late|dead) (husband|wife|partner|mother|mum|father|dad|son|daughter|"
        r"aunt|uncle|brother|sister|grandmother|grandfather|gran|grandad)\b",
        r"\b(lost|losing) (my|our) (husband|wife|partner|mother|mum|father|dad|son|daughter)\b",
        r"\bestate of\b",
        # not "dying to know", "dying for a cuppa"
        r"\b(dies|dying)\b(?! (to|for|laughing)\b)(?!\s*(😂|🤣|💀|lol|lmao|haha))"
        # "dying from this heat", "dying of boredom"
        r"(?! (of|from|in) (the |this |that )?(heat|cold|boredom|hunger|thirst|embarrassment|curiosity|laughter)\b)",
        # "my brother is not with us anymore", "no longer with us"
        r"\b(husband|wife|partner|mother|mum|mom|father|dad|son|daughter|brother|sister|grandmother|grandfather|gran|"
        r"grandad|nan|aunt|uncle|he|she)\b[^.?!]{0,12}\b(not|no longer|isn'?t) with us\b",
        r"\b(he|she|they|who|mum|dad|mother|father|aunt|uncle|partner|husband|wife|brother|sister|son|daughter) "
        r"passed\b(?! (the|an?|my|your|his|her|their|it|me|on to|over|through|by)\b)",
        # "my mama pass last week" (Nigerian Pidgin), "my papa don pass"
        r"\b(mama|papa|mum|mom|dad|mother|father|husband|wife|brother|sister|son|daughter) (don )?pass (last|this|on|"
        r"yesterday|today)\b",
        r"\b(his|her|their|the) estate\b",
    ],
    "money_lost": [
        # a refund confirmed that never came: "Nothing ever landed."
        r"\b(nothing|the refund|the money|it)( has| had)? (ever |never )(landed|arrived|came through|showed up)\b"
        r"|\bnothing (ever )?landed\b",
        # "my balance dropped by €2,300 overnight and there's no transaction listed that explains it"
        r"\bbalance\b[^.?!]{0,20}\b(dropped|fell|fallen|went down|gone down|decreased|shrank|shrunk)\b[^.?!]{0,80}"
        r"\b(no|not any|without (a|any)) (transaction|payment|entry|debit|explanation|reason)s?\b"
        r"|\bbalance\b[^.?!]{0,20}\b(dropped|fell|fallen|went down|gone down|decreased)\b[^.?!]{0,80}"
        r"\b(can'?t|cannot|don'?t|do not) (see|find|know|understand) (why|what|where)\b",
        r"\b(put|pushed|sent|tipped) me (into|in|over) (my |the )?(overdraft|arrears|red|limit)\b",
        r"\bonly (got|received|gave me|came out with|dispensed) [£$€]?\s?\d",
        r"\b(it'?s|has|have) (vanished|disappeared)\b",
        r"\b(lost|losing|lose) (over |about |around |almost |nearly |more than |well over )?(money|cash|hundreds|"
        r"thousands|a lot|out|my (money|savings|deposit|cash|wages|salary)|" + _AMOUNT + ")",
        r"\bout of pocket\b",
        # money sent astray: "sent money to the wrong account one digit off"
        r"\b(sent|paid|transferred|moved)( \w+){0,3} (to|into) (the |a )?wrong (account|person|payee|number|"
        r"sort code|iban)\b",
        r"\b(has|have|that|this|which|error|mistake|delay|failure) (has )?cost (me|us)\b",
        r"\b(swallowed|ate|kept|took) (my|the) (cash|money)\b",
        r"\bbalance (went|has gone|is going) down\b",
        r"(\bmoney|\bcash|\bsavings|\bfunds|\bbalance|£\s?\d[\d,]*|\$\s?\d[\d,]*|\b\d[\d,]* (pounds|euros|dollars))"
        r"( \w+){0,4} (gone|disappeared|vanished|missing|taken|drained)\b",
        r"\b(disappeared|vanished|gone missing|missing|drained) from\b",
        r"\baccount (was |has been |is )?drained\b",
        r"\b(charged|debited|taken|took)(?! (a|an) (knock|hit|beating|tumble|dive|battering|pounding)\b)( \w+){0,4} "
        r"(twice|two times|double|again)\b",
        r"\bdouble[- ]charged\b",
        r"\b(debited|deducted|taken from my (account|balance))\b( \w+){0,6} (but|never|didn'?t|without)\b",
        r"\bbut (my|the) (account|balance) (was|has been|is) (still )?(debited|charged|reduced)",
        r"\b(didn'?t|did not|never)( actually| even)? (get|give|gave|got|receive|dispense|dispensed|pay out|paid out)"
        r"( me| out)? (the |my |any |any of the )?(cash|money|notes)\b",
        r"\b(i was|i'?ve been|i have been|we were|they|you) (charged|fined|hit with)( me)? (a |an )?"
        r"(late|penalty|overdraft)\b",
        r"\b(owe|give) me (my|the|that)? ?money\b",
        r"\bowe me\b",
        r"\b(want|need) (my|that|the) money back\b",
        r"\boverdrawn because\b",
        r"\b(now )?i'?m overdrawn\b",
        r"\b(balance|account) (says|shows|is) (zero|£?0)\b",
        r"\bsavings are gone\b",
        r"\bin arrears\b",
        r"\bmade me miss\b",
        # money owed for weeks and still not there ("refund of €640 six weeks ago and it still isn't in my account")
        r"\b(refund\w*|money|payment|transfer|wages|salary|deposit|cheque)\b[^.?!]{0,80}\b(\d+|two|three|four|five|six|"
        r"seven|eight|nine|ten|several|a few) (weeks|months)\b[^.?!]{0,60}\b(still|never)\b",
        # "they refunded £799 on the 3rd and it still hasn't shown up in my account"
        r"\b(refund\w*|money|payment|transfer|wages|salary|deposit)\b[^.?!]{0,80}\bstill (hasn'?t|has not|"
        r"haven'?t|have not|isn'?t|is not|not)( yet)? (shown up|turned up|arrived|come through|landed|appeared|gone in|"
        r"come in)\b",
        r"[£$€]\s?\d[\d,.]* (down|short|worse off)\b",
        r"\bnow (i'?m |i am )?(short|in arrears|overdrawn|out of pocket)\b",
        r"\bleft me (short|out of pocket|overdrawn|with nothing)\b",
        r"\bwhere (has|have|did|is) (all )?(my|the) ([£$€]?\s?\d[\d,.]* |money |cash |savings |funds )+(gone|go)\b",
        r"\b(charged|fined|hit with)( \w+){0,3} (late|penalty|overdraft) (fees?|charges?)\b",
        r"\b(i was|i'?ve been|i have been|i got) fined\b",
        r"\bhad to pay (a |an )?(penalty|fine|late fee)",
        r"\b(took|taken|take) (my )?money (from|off) me\b",
        r"\bwant (it|my money|the money|that money) back\b",
        r"\b(went out|left|came out of|taken from)\b.{0,50}\b(never|didn'?t|hasn'?t|haven'?t) (got|get|reached|arrived|"
        r"received)",
        r"\b(failed|declined|rejected|didn'?t go through)\b.{0,40}\b(money|it|funds)( still)? (left|came out of|"
        r"was taken from|went out of)",
        r"\bshort for (my|the) (bills|rent)\b",
        # "approved my reversal … but the money never came back"
        r"\b(money|funds|refund|amount|cash|it)\b[^.?!]{0,30}\bnever (came|come|got|went|made it) back\b",
        # "payment … failed but amount is debited from my account", "the fee … still hasn't been put back"
        r"\b(failed|declined|rejected|didn'?t go through|unsuccessful)\b[^.?!]{0,60}\b(but|and|yet) (the )?"
        r"(amount|money|funds|it)( \w+){0,2} (is|was|has been|have been|got) (debited|deducted|taken|charged)\b",
        r"\b(still )?(hasn'?t|has not|haven'?t|have not|not|never) (been )?(put back|credited back|paid back|"
        r"refunded|reversed|returned|reimbursed)\b",
        # money promised or sent that never came: "still haven't seen a penny"
        # money due a month or weeks back and not credited ("matured on 12th of last month … has not been credited")
        r"(?:^|(?<=[.?!] ))(?=[^.?!]*\b(last month|a month ago|(\d+|two|three|four|five|six|several|a few|many) "
        r"(weeks|months) ago)\b)"
        r"[^.?!]*\b(has not|hasn'?t|have not|haven'?t|was not|wasn'?t|were not|not yet|never)( yet)? (been )?"
        r"(credited|paid in|deposited|received|arrived)\b",
        r"\b(haven'?t|have not|hasn'?t|has not|not|never|didn'?t|did not) (seen|received|got|gotten|had|get|see) "
        r"(a|one|a single) (penny|cent|dime|pound|euro|dollar)\b",
        # money that came in, or should have, and is not there: "my balance never went up", "38k is just not there",
        # "the money isn't in savings or anywhere else"
        r"\b(balance|account)( \w+){0,2} (never|didn'?t|did not|hasn'?t|has not) (go|gone|went) up\b",
        r"\b(money|funds|cash|salary|wages|pay|deposit|amount|\d[\d,.]*k?( [a-z]+)?) (is|are|'s) (just |simply |"
        r"still )?not there\b",
        r"\b(money|funds|cash|balance|amount|deposit|savings|salary|wages|it)\b[^.?!]{0,10}\b(isn'?t|is not|aren'?t|"
        r"are not|wasn'?t)\b[^.?!]{0,40}\bor anywhere\b",
    ],
    "leaving": [
        # "I have opened an account with a different bank and wish to have my savings … wound up"
        r"\b(started|starting|begun|began) the (\w+ ){0,3}(switch|switching process|move)\b",
        # "My wife and I have decided to move our accounts … to the building society in town"
        r"\b(decided|deciding|planning|going) to (move|take|switch) (our|my|all our|all my) (\w+ )?accounts?\b",
        # "my wife and me are switching to the farm credit union in the county"
        r"\b(are|am|'re|'m|is) (switching|moving) (over )?to (the|a|an) [^.?!]{0,40}\b(bank|credit union|building "
        r"society|provider)\b",
        r"\b(opened|opening) an account (with|at) (a different|another|a new|the other) (\w+ )?(bank|building society|"
        r"provider)\b|\b(accounts?|savings|chequing|checking)\b[^.?!]{0,60}\bwound up\b",
        r"\bdone with (you|ye|ya|yous|you lot|you guys|this bank|your bank)\b",
        r"\bnot renewing (anything|it|them)? ?with (you|you lot|this bank)\b|\bcancel (the card and )?(everything|"
        r"whatever else|all|anything else) (i'?ve|i have|we'?ve|we have) got with you\b",
        r"\b(i'?m|i am|i'?ll|i will|we'?re|we will|going to|gonna) (be )?(clos(e|ing)|leav(e|ing)|switch(ing)?|"
        r"mov(e|ing)) (my|all my|our|all our|you|this bank|banks|to another)",
        r"\bclos(e|ing) (my|all my) accounts? (if|unless|because)\b",
        r"\b(if|unless)\b.{0,60}\b(clos(e|ing)|leav(e|ing)|switch(ing)?) (my|all my|banks|you)\b",
        # (not "a transfer to another bank", a payment)
        r"(?<!\ba )(?<!\bthe )(?<!\bany )(?<!\beach )(?<!\bone )"
        r"\b(switch|switching|move|moving|go|going|transfer|transferring|take|taking)( \w+){0,5} to "
        r"(another |a different |a new |a better |a proper |one of (those|these|the) (\w+ ){0,2})(bank|lender|"
        r"provider|building society|credit union|institution|firm|broker|platform)s?\b",
        # "about ready to switch after this month"; "so I can shut this one"
        r"\b(about|nearly|almost|just about) ready to (switch|leave|close|move|walk)\b",
        r"\bso (that )?(i|we) can (close|shut) (this|the old|my old|that) (one|account)\b|\b(shut|close) this one\b",
        # closing and taking the money out: "close my account and move the balance to my account elsewhere"
        r"\bclos(e|ing) (my|all my|our|all our) (\w+ )?(accounts?|accs?|accts?) and (move|moving|transfer|transferring|"
        r"take|taking)\b",
        r"\bclos(e|ing) everything\b",
        # "need them before i shut the account down", "credit union down the road is giving me a better rate"
        r"\bbefore (i|we) (shut|close) (the|my|our|this) (\w+ )?accounts?\b|\b(shut|shutting) (the|my|our|this) (\w+ )?"
        r"accounts? down\b",
        r"\b(bank|credit union|building society|lender|provider|they)\b[^.?!]{0,40}\b(offer(s|ing)?|giv(e|es|ing)) "
        r"(me|us) (a )?(much |way |far |a lot )?better (rate|deal|offer|price|terms)\b",
        # where the pay goes is where the customer banks: "moving my salary"
        r"\b(mov(e|ed|ing)|switch(ed|ing)?|tak(e|ing)|redirect(ed|ing)?) (my|our) (salary|wages|pay|paycheck|direct "
        r"deposit)\b",
        # "we'll be taking the mortgage and savings elsewhere at renewal"
        r"\b(tak(e|ing)|mov(e|ed|ing)|shift(ing)?) (the |my |our |all )?(\w+ ){0,4}elsewhere\b",
        r"\b(business|custom|money|account|accounts) elsewhere\b",
        r"\bgo(ing)? elsewhere\b",
        r"\bi'?m (done|leaving|off)\b",
        r"\bleaving you\b",
        r"\b(i'?ve|i have) had enough\b(?! (money|funds|in))",
        r"\b(one|any) reason (not|why I shouldn'?t) to (switch|leave|close)",
        r"\bnever (use|bank with) you again\b",
        r"\blost a customer\b",
        r"^(just )?close (my|all my) accounts?\b",
        r"\b(i'?m|i am|i'?ll|i will)( \w+){0,3} switching\b",
        r"\b(switching|changing|moving) banks?\b(?!.*\?$)",
        r"\blost (my|our) (business|custom)\b",
        r"\blose me as a customer\b",
        r"\b(i'?m|i'?ll be) gone\b",
        r"\b(take|taking|move|moved|moving)( \w+){0,3} (somewhere|someone) else\b",
        r"\bcompetitor",
        r"\b(see|check|look at|find out) what (the competition|other banks|everyone else|the others) (offers?|has|have|"
        r"can do)\b",
        r"\btime to (look|shop) (around|elsewhere)\b",
        r"\b(leave|leaving) (your|this) bank\b",
        # leaving the bank, not "want to leave things in order" or "leave a message"
        r"\bwant to leave\b(?! (things|everything|it|them|instructions|notes|clear|money|something|anything|a|an|"
        r"some)\b)",
        r"\blast straw\b",
        # asking to be talked out of it: "anything that might persuade us to stay", "give me a reason to stay"
        r"\b(persuade|convince|tempt) (me|us) (to stay|not to (leave|go|switch))\b|\breasons? (for (me|us) )?to stay\b",
        r"\bcancel everything\b",
        r"\bdone with (you|this bank)\b",
        # "how long before I can be shot of you lot", "see little reason to keep my savings with you", "I shall be
        # making other arrangements", "another bank with better service"
        r"\b(shot|rid) of (you|your bank|this bank)\b",
        r"\b(little|no) (reason|point) (to|in) (keep|stay|remain|bank)(ing)?\b",
        r"\b(i|we)('ll| will| shall) (be )?mak(e|ing) (other|alternative) arrangements\b",
        r"\b(another|a different|other) (bank|lender|provider|building society|credit union)s? (with|that (has|have|"
        r"offers?|gives?)) (a |much |far |a lot |way )?better\b",
        r"\b(move|moving|take|taking|transfer|transferring|shift|shifting) (everything|it all|all of it|"
        r"the lot|all (my|our) (money|savings|accounts|business)|my business|my custom)( over)? to\b",
    ],
    "repeated_failure": [
        # passed around: "branch told me to use the app, app told me to call, call centre told me to go to the branch"
        r"\btold me to\b[^.?!]*\btold me to\b",
        # "Each time your team swears it's fixed"
        r"\b(each|every) time (you|your team|they|someone|somebody|i'?m told)( \w+)? (swears?|says?|said|tells? me|"
        r"told "
        r"me|promises?|promised)?( that)? ?(it'?s|it is|it was|it'?d be|it'?ll be) (fixed|sorted|resolved)\b",
        r"\b(second|third|fourth|fifth|sixth|tenth|\d+(st|nd|rd|th)) "
        r"(message|call|email|letter|complaint|attempt|try)\b",
        r"\bsame (problem|issue|thing|error|fault)\b.{0,30}\b(again|as|last|before|every)\b",
        r"\b(different|conflicting) (things|answers|stories|story|information)\b",
        r"\b(second|third|fourth|fifth|sixth|tenth|\d+(st|nd|rd|th)) time\b",
        # "the verification selfie failed again. thats 7 tries"
        r"\bfail(ed|s|ing)? again\b|\b(thats|that'?s|after|now|over) (\d+|three|four|five|six|seven|eight|nine|ten) "
        r"(tries|attempts)\b",
        # "this is the third one you've 'sent' since January"
        r"\b(second|third|fourth|fifth|sixth|tenth|\d+(st|nd|rd|th)) (one|card|replacement|pin|letter|code)s? "
        r"(you'?ve|you have|that you'?ve|you) ['‘]?(sent|issued|posted|promised)\b",
        # several reference numbers already given: "Reference numbers so far: 44812, 45103, 46770"
        r"\b(reference|ref|case|ticket|claim|complaint) (numbers|nos|refs)\b",
        # not one's own slip ("the wrong pin too many times") or how often one shops ("several times a week")
        # not a multiple ("how many times the backlog", "three times the rate")
        r"\b(?<!too )(three|four|five|six|seven|eight|nine|ten|several|many|multiple|\d+) times\b"
        r"(?! (?:the|as|that|larger|greater|higher|bigger|more|over)\b)"
        r"(?! a (?:day|week|month|year)\b)(?!.*\?$)",
        r"\b(twice|again and again|over and over)\b(?!.*\?$)",
        # "bounced back two pay periods in a row", "three months running"
        r"\b(two|three|four|five|six|several|\d+) (\w+ ){0,2}(in a row|running|on the trot|straight)\b(?!.*\?$)",
        r"\bkeeps? (happening|failing|declining|crashing|getting|being|rejecting|going wrong)\b",
        # a thing that keeps saying so, not a person ("the wife keeps saying we should get cover")
        r"\b(it|app|system|screen|site|website|page|machine|atm|card|terminal|message|error|phone|account|reader)"
        r"( \w+)? keeps? saying\b",
        r"\bkeeps? (charg\w*|taking|debiting|billing)( me| us)?\b",
        r"\b(asked|requested|ordered|applied) for\b[^.?!]{0,80}\bnever (came|come|arrived|turned up|been sent|"
        r"shown up)\b",
        r"\bevery (single )?(time|month|day|week)\b.{0,40}\b(fail|declin|crash|wrong|reject|happen)",
        r"\b(fail|declin|crash|wrong|reject)\w*\b.{0,40}\bevery (single )?(time|month|day|week)\b",
        r"\b(all|the whole) week\b",
        r"\bnever (is|are|gets?|got|works?)( \w+)?$",
        r"\b(nobody|no one|no-one) (has|ever|have) (sorted|fixed|helped|replied|called)\b",
        r"\bnothing (has )?(happened|changed)\b",
        r"\bstill (nothing|not fixed|no reply|no answer)\b",
        r"\b(already|previously) (complained|called|phoned|rung|told you|reported (this|it|the problem))\b",
        r"^again\b",
        r"\b(once|yet) again\b",
        r"\bstill (broken|not working|isn'?t working|doesn'?t work|won'?t work|failing|down)\b",
        # stuck for days, and told the same by everyone ("pending for 9 days. Every chat tells me to wait")
        r"\b(pending|stuck|outstanding|on hold|processing)\b[^.?!]{0,20}?\b(for|since) (over |nearly |almost )?"
        r"(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (working )?(days|weeks|months)\b",
        r"\bevery (chat|call|agent|adviser|advisor|person|one) (tells|told|says|said)\b",
        # going round in a loop of steps: "reset password > email link > expired > reset password > …"
        r"(?:^|[>→]\s*)([a-z][^>→.?!]{2,40}?)\s*(?:->|=>|>|→)(?:[^.?!]*?(?:->|=>|>|→))?\s*\1\s*(?:->|=>|>|→)",
        r"\b(sent|send|written|wrote|write|made|left)( you)? (already )?(two|three|four|five|six|several|many|multiple|"
        r"\d+) (emails|letters|messages|calls|complaints|requests)\b",
        r"\b(same|exactly|just) (as|like) (yesterday|last time|last week|before|the last \w+)\b",
        # chased again and again, or a promised time long gone ("u said 5 working days. its been 6 weeks")
        r"\b(asked|chased|raised|called|phoned|rung|written|emailed|messaged|contacted)\b( \w+){0,3} "
        r"(in|on|across|over) (two|three|four|five|six|several|many|multiple|\d+) (different |separate )?"
        r"(chats|calls|emails|messages|letters|occasions|conversations)\b",
        r"\b(said|told|promised|quoted|supposed to take)\b[^?]{0,60}\b(it'?s|its|it has) (now )?been (over |nearly |"
        r"almost |more than )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (working )?(days|weeks|"
        r"months)\b",
    ],
    # Saying one wants to complain (a how-to question about complaining is answered): in regulated banking
    # a complaint is handled by people, whatever the tone.
    "complaint": [
        r"\b(make|raise|file|lodge|log|submit|register|escalate|put in) (a |an |my )?(formal |official |"
        r"proper |written )?complaint\b",
        r"\b(i'?d like|i would like|i want|i wish|i need|i'?m going|i am going|i intend) to complain\b",
        r"\b(this|that) is (a |an )?(formal |official )?complaint\b",
        r"\bcomplain(ing)? to (a |the |your )?(manager|ombudsman|regulator|fca|head office)\b",
        r"\bombudsman\b",
        r"\b(want|demand|expect|deserve|claim(ing)?)( some| a| full| proper)? compensation\b",
        r"\b(dissatisfied|dissatisfaction|displeasure|disgrace|disgraceful|shambles|appalling|outrageous|"
        r"unacceptable|scandalous|daylight robbery)\b",
        # "charged interest on a balance I cleared in full, which is plainly wrong"
        r"\b(charged|debited|billed|fined|taken)\b[^.?!]{0,80}\b(which|that|this|it) (is|was|'s) (plainly |clearly |"
        r"simply |just |completely |totally |obviously )?(wrong|unfair|incorrect|not right)\b",
        # a demand: "I want it reversed, today"
        r"\bi (want|demand|expect) (it|this|that|them|the (fee|fees|charge|charges|amount)|my money) (reversed|"
        r"refunded|waived|removed|returned|back)\b",
        # praise that means the opposite: "really loving paying £3 a month for an app that won't open"
        r"\b(thanks|cheers) for nothing\b|\b(really|just|absolutely|so) lov(e|ing) (paying|being|having|waiting|"
        r"getting)\b",
        r"\bmade (me )?(to )?feel (like )?(a criminal|an idiot|stupid|small|humiliated|like dirt)\b",
        # "this is beyond a joke", "this is ridiculous": the customer's verdict on us
        r"\bbeyond a joke\b|\b(this|it|that)('s| is| has become| has got) (getting )?(absolutely |just |a )?"
        r"(ridiculous|a joke|farcical|a farce|pathetic|a disgrace|beyond ridiculous)\b",
        # treated badly by staff: "shocking how you treat people", "got laughed at at the counter"
        r"\b(shocking|disgusting|terrible|awful|shameful|rude|horrible) (how|the way) (you|your (staff|team|people)|"
        r"this bank|the bank|they) (treat|treats|treated|spoke to|speak to|talk to|talked to)\b",
        r"\b(got|get|getting|was|were|been|being) (laughed at|mocked|shouted at|yelled at|sworn at|hung up on|spoken "
        r"down to|"
        r"talked down to|patroni[sz]ed)\b|(?<!boss )(?<!teacher )(?<!coach )\b(laughed at|shouted at|yelled at|"
        r"swore at|"
        r"hung up on|hang up on|"
        r"hangs up on|talked down to|"
        r"spoke down to|mocked) (me|us)\b",
        r"\b(want|like|need) (it|this|that) (put |placed |noted )?on (the )?record\b",
        # "disgusted with how I was spoken to", "I want this taken further"
        r"\b(disgusted|appalled|horrified|livid|furious|shocked|upset|angry)( with| by| at| about)? (how|the way) "
        r"(i|we|my \w+) (was|were|have been|had been|has been|got) (spoken to|treated|talked to|dealt with|handled)\b",
        r"\b(formal )?redress\b|\bmake (it|this) official\b|\b(want|demand|expect|need) a written (reply|response|"
        r"explanation|apology)\b",
        r"\b(is this|this is|is that) how you treat\b|\bmake (a |an )?complain\b|\bput the phone down on (me|us)\b",
        # "I want someone senior to know how bad that was", "a formal grievance", "I expect this conduct to be
        # investigated", staff who "pressed my father into" a product
        r"\b(someone|somebody) (more )?senior\b|\bgrievance\b|\b(expect|want|demand|ask) (this|it|that|the matter|"
        r"(this|their|his|her|the) (conduct|behaviou?r)) (to be |be )?(investigated|looked into properly)\b"
        r"|\b(pressed|pressured|pushed|bullied|talked) (me|him|her|them|my \w+( \w+)?) into\b",
        r"\b(want|like|expect|need) (this|it|that|the matter|my case) (taken|escalated) (further|higher|up)\b"
        r"|\btake (this|it|that|the matter|my case) (further|higher)\b",
        # fed up with us, said calmly beside a question or not
        r"\b((sick|tired) (and tired )?of|fed up (with|of)|had enough of)\b[^.?!]{0,40}\b(you|your|this bank|the bank|"
        r"fees?|charges?|service|app)\b",
        # hours on hold is a complaint however it is worded, sarcasm included ("fantastic service as always")
        r"\b(wait|waited|waiting|been) (for )?(over |nearly |almost )?(\d+|an?|two|three|four|five) hours?\b"
        r"[^.?!]{0,20}\bon (hold|the phone|phone|the line)\b"
        r"|\bon hold for (over |nearly |almost )?(\d+|an?|two|three|four|five) hours?\b",
        # …or most of one, in minutes ("forty-five minutes on hold to be told…")
        r"\b([2-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|ninety)([- ]\w+)? (minutes|mins?)\b[^.?!]{0,20}\b(on hold|"
        r"in (the |a )?(queue|line))\b"
        r"|\bon hold for (over |nearly |almost )?([2-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|ninety)([- ]\w+)? "
        r"(minutes|mins?)\b",
    ],
    "person": [
        r"\b(speak|talk|chat) (to|with) (a |an |the |some |one of )?(your |our )?(real |actual |live )?"
        r"(someone|somebody|person|people|human|adviser|advisor|agent|representative|manager|staff|member)",
        r"\b(a|an|the) (real|actual|live) (person|human|agent|adviser|advisor)\b",
        r"\b(is there|are there|get me|give me|want|need|(?<!me )(?<!us )(?<!them )like) (a |an )?(human|person|"
        r"real person|agent|"
        r"adviser|advisor|operator)\b(?! resources)",
        r"\bput me (through|in touch)\b",
        # "is there anyone there with a name and a pulse?"
        r"\b(anyone|anybody|someone|somebody)\b[^.?!]{0,40}\ba (pulse|heartbeat)\b",
        r"\bconnect me (to|with)\b",
        r"\btransfer me\b",
        r"(?<!even )\b(call|ring|phone) me( back)?\b",
        r"\bcall ?back\b",
        # "I'd like a call from your business banking team"
        r"\b(i'?d like|i would like|i want|can i (get|have)|could i (get|have)|please arrange) a (phone )?call\b",
        r"\bmember of (staff|your team|the team)\b",
        r"\brather (than|not)( talk to)? (the |a )?(bot|chatbot|machine)\b",
        r"\bnot (a|the) (bot|robot)\b",
        r"\b(talk|speak) to (someone|somebody)\b",
        r"\bget (a|an|some) (person|human|adviser|advisor|agent)\b",
        r"\b(a|an) (person|human) to (look|check|help|call|ring)\b",
        r"\b(someone|somebody) to (phone|call|ring|contact|get back to) me\b",
        # "Could someone who speaks Welsh phone her please?", "with a person, not a screen"
        r"\b(could|can|would) (someone|somebody)( \w+){0,4} (phone|call|ring) (me|her|him|us|them|my \w+)\b"
        r"|\bwith a (person|human),? not a (screen|bot|computer|machine|chatbot)\b",
        r"\b(can|could|may) (a|an|some|one of your) (real )?(person|human|people|adviser|advisor|agent|staff)\b"
        r"[^.?!]{0,30}\bhelp\b",
        # "I'd rather have a yarn with someone who actually works there. Can you pass me over?"
        r"\b(someone|somebody|a person|a human|people) who (actually |really )?works? (there|here|at (the|your) bank|"
        r"for (you|the bank))\b",
        r"\b(can|could|would) you (pass|hand|put|send) me (over|on|through|across)\b",
    ],
}

_COMPILED = {kind: [re.compile(p) for p in patterns] for kind, patterns in _PATTERNS.items()}


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


# A "how/what/can I ..." question asks for information: words like "twice", "cost me" or "another bank" in
# it ("How much would it cost me to transfer?", "If I close my savings account, is the interest paid?") are
# not a complaint. A short lead-in clause ("just curious, ...") may come first; its own words still count.
_QUESTION_OPENER = (
    # …typed as texts are ("wat is d swift code pls", "hw do i")
    r"(how|what|what's|whats|wat|wot|wht|wats|hw|which|when|can|could|may|is there|are there|is it|is the|are the|"
    r"is your|are your|is that(?! how)|do you|(?:have |has )?y'?all (?:got|have)|have you got|"
    r"does|do i|will|would|"
    # "can't do both" states, it does not ask; "where do I forward …" asks, "where is my money" need not
    r"should|if|who (?:should|do|does|can|could|would|will|is|to)|where (?:do|can|should|would) (?:i|we))\b(?!'t)"
)
_FILLER = r"(?:(?:ok|okay|so|anyway|and|also|btw|well|right) )?"
_CALM_QUESTION = re.compile(r"^(?:(?P<lead>[^,:;]{1,40}?)[,:;-] )?(?P<question>" + _FILLER + _QUESTION_OPENER
                            + r"[^.!]*\?)$")
# The same question typed without its question mark ("rate's dropped, can i leave without giving notice"). Words
# alone cannot tell it from "can someone explain why my money is gone" said flatly, so the caller reads it as a
# question only when the hand-off head also reads the message as calm (escalation.decide).
_BARE_QUESTION = re.compile(r"^(?:(?P<lead>[^,:;?]{1,80}?)[,:;-] )?(?P<question>" + _QUESTION_OPENER + r"[^.!?]*)\.?$")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# A letter's request for information, with or without its question mark ("Dear Sir/Madam, I should be grateful if
# you could confirm the cut-off time for same-day CHAPS payments.").
_REQUEST = re.compile(r"^(?:(?P<lead>[^,:;]{1,40}?)[,:;-] )?(?P<question>(?:i|we) (?:would|should|'d) be (?:grateful|"
                      r"obliged) if you (?:could|would) (?:confirm|advise|tell|let|explain|send)\b[^?!]*[.?]?)$")
# Fraud too: "What number do I call to report a lost or stolen card?" asks for a number. The caller
# (escalation.decide) lifts this guard when the message sounds negative.
_SOFT = {"fraud", "money_lost", "leaving", "repeated_failure", "complaint"}
# A death supposed, not suffered: "what happens to a joint account if one of us dies", "after I die".
_SUPPOSED_DEATH = re.compile(
    r"\b(if|when|once|after|in case|in the event( of| that)?)\b[^.?!]{0,50}?\b(die|dies|died|death|pass(es)? away)\b"
)
# …or someone else's loss ("my neighbour's husband died in the spring and she was amazed at how kind…")
_OTHERS_DEATH = re.compile(r"\b(my|our|a) (neighbou?r|friend|colleague|mate|pal|workmate|boss|client|patient)'?s "
                           r"(\w+ )?(died|passed|death|funeral)\b")
# …or said not to have happened: "no one's died, I'm just named in my aunt's will"
_NO_DEATH = re.compile(r"\b(no ?one|no-one|nobody)('s| has| is)? (died|dead|passed( away)?)\b")
# One's own slip, however many tries: "typed my pin wrong 3 times", "entered the passcode incorrectly five times".
_OWN_SLIP = re.compile(
    r"\b(typed|typing|entered|entering|put|putting|keyed|keying|input|got|tried|trying)( in)? (my |the |a |our )?"
    r"(wrong )?(pin|password|passcodes?|code|"
    r"security (code|number|details)|memorable \w+|login details)( in)?( wrong| incorrectly| the wrong way)?"
    r"( \w+){0,2}? ((three|four|five|six|seven|eight|nine|ten|several|many|multiple|\d+) times|twice)\b"
    # …or one's own memory: "I keep failing to remember my PIN"
    r"|\b(keep|keeps|kept) (failing to remember|forgetting)\b"
)
# A failure that is no banking: "failed my driving test for the third time"
_OTHER_FAILURE = re.compile(r"\bfail(ed|ing|s)? (my|the|a|an|his|her|our|their) (\w+ ){0,2}(test|exam|interview|"
                            r"audition|course|module|class|assessment|mot|diet)s?\b[^.?!]*")
# Things go dead too: "the line went dead", "my phone's dead", "a dead link".
_THINGS_DEAD = re.compile(
    r"\b(line|phone|mobile|battery|card|app|screen|signal|link|connection|call|it)"
    r"('s| is| was| went| has gone| had gone) dead\b|\bwent dead\b|\bdead (end|line|zone|link|battery|phone)\b"
    # …and pets die: no account to settle ("my dog died yesterday, I am very sad")
    r"|\b(my|our|the) (\w+ )?(dog|cat|pet|puppy|kitten|hamster|horse|pony|rabbit|bunny|budgie|parrot|goldfish|fish|"
    r"tortoise|guinea pig)('s)?\b[^.?!]{0,20}?\b(died|dead|passed( away)?|death|dying|put down|put to sleep)\b"
)
# A wider relative's death told beside something else ("my grandmother died last month, I will travel there, will my
# card work?"): the writer has no account of theirs to settle unless an estate is named (_ESTATE)
_WIDER_FAMILY_DEATH = re.compile(
    r"\b(my|our) (late )?(gran|grandma|grandmother|granny|nan|nana|nanna|grandad|granddad|grandpa|grandfather|uncle|"
    r"aunt|auntie|aunty|cousin|niece|nephew|godfather|godmother|great[- ]\w+|\w+[- ]in[- ]law)\b[^.?!]{0,40}?"
    r"\b(died|passed( away)?|death|funeral)\b")
# …and products, pages, taxes and switches named after it: "accidental death and disablement cover", "a dead man's
# switch", "the 'Bereavement Support' page", "death duties"
_NAMED_AFTER_DEATH = re.compile(
    r"\bdead man'?s (switch|handle)\b|\b(accidental )?death (and|&) (disablement|dismemberment|disability)\b"
    r"|\bdeath (benefit|cover|insurance|in service|dut(y|ies)|taxe?s?)\b|\bbereavement (support |services? )?(page|"
    r"web ?page|section|leaflet|guide|booklet|policy|leave|team|unit|department|desk)\b"
    # a team's remit: "the team that deals with bereavement"
    r"|\b((team|department|unit|desk|people|staff) (that|who|which)|(which|what) (team|department|unit|desk)) (deals?|"
    r"handles?|helps?|works?) with (bereavements?|"
    r"deaths?|estates?|deceased customers)\b|['‘“]bereavement[^'’”]{0,30}['’”]|\bestate planning\b"
    r"|\binheritance tax\b|\bfuneral (plan|cover|insurance|policy|policies|plans)\b|\b(pays?|paid|payable|pay out|"
    r"payout|benefit|sum|amount)\b[^.?!]{0,40}\b(on|upon) death\b"
)
# A loss that is a client's, told by the professional acting for the estate ("a solicitor acting for the estate of a
# deceased client")
_FOR_A_CLIENT = re.compile(
    r"\b(deceased|late|departed) (clients?|customers?|patients?|policyholders?)\b|\b(solicitors?|lawyers?|attorneys?|"
    r"paralegals?|notary|notaries|accountants?|firm|practice) (acting|working|writing) (for|on behalf of) (the|an|a) "
    r"(estate|executors?)\b"
)


# Said of what might happen, not of what did, and so no trouble to the word rules and no report to the head: a worry
# ("worried about losing my card on holiday"), a warning ("his account would get hacked if he kept…"), nothing gone
# out yet
_WORRY = (r"\b(?:worried|worrying|panicking|scared|nervous|anxious|paranoid) about (?:me |us |him |her |them )?"
          r"(?:losing|getting|having)\b[^.?!]{0,30}?\b(?:cards?|phones?|wallets?|purses?|bags?|passports?)\b")
_WARNING = r"\bwould (?:get|be) (?:hacked|stolen|scammed|cloned|compromised)\b"
# a scare that was no trouble: "thinking I'd been hacked, turns out it was my husband buying my present"
_ONLY_A_SCARE = (r"\bturn(?:s|ed) out (?:it was|it's|they were|to be) (?:my|our|me|us|just|only|his|her|their)\b"
                 r"|\b(?:(?:(?:i|we) )?(?:thought|thinking)|(?:i )?was (?:convinced|sure|certain)) (?:i'?d|i had|i was|"
                 r"we'?d|we had|my [\w ]{1,20}?(?:had|was|were|has)|"
                 r"[£$€]?\d[\d,.k]* (?:had|was|were|has)|"
                 r"someone'?d|someone had)\b[^.?!]{0,80}?\b(?:turns out|turned out|but (?:it was|it's|they were|"
                 r"it turned out)|only to find|then (?:i )?(?:remembered|realised|realized|noticed|saw)|, it was "
                 r"(?:in|under|behind|down) (?:my|the|our))\b"
                 r"(?! (?:a |an )?(?:scam|fraud|fake|phishing|real|genuine))[^.?!]*")
_NOTHING_GONE_OUT = r"\b(?:no money|nothing)(?: has)? (?:gone|come|left) out(?: yet)?\b"
# A call or message claiming to be us, hung up on or ignored with nothing given, the whole sentence ("Got an odd call
# claiming to be from you, so I hung up and rang the number on my card")
_IGNORED = (r"(?:^|(?<=[.?!] ))(?![^.?!]*\b(?:gave|given|told them|clicked|tapped|paid|sent|transferred|moved|entered|"
            r"typed|shared|read out|approved)\b)[^.?!]*\b(?:i|we|she|he|they|my \w+) (?:just )?(?:hung up(?! on)|"
            r"put the phone down(?! on| when| while| mid| halfway)|ignored (?:it|them|"
            r"the (?:call|text|email|message))|deleted (?:it|the (?:text|email|message))|blocked (?:the|their) "
            r"number)\b[^.?!]*")
# A situation imagined, not lived: "if my card ever got stolen", "how would I report…", "purely hypothetically".
# A present-tense "if" ("if my phone gets stolen, could…") supposes; "if someone used my card", "if I think someone
# managed to get my details" may report.
_SUPPOSED = re.compile(r"\b(?:hypothetical(?:ly)?|if\b[^.?!]{0,40}?\bever|ever\s+(?:wanted|needed|happened)|in case"
                       r"|what if|would (?:i|we)|planning ahead|for future reference|just (?:wondering|curious)"
                       r"|(?:asking|planning|thinking) ahead|ahead of time|when the time comes"
                       r"|if (?!the (?:balance|amount|total|sum|value|figure|fee|rate|cost|price)\b)(?:my|our|a|the|"
                       r"someone|somebody)\b[^.?!,]{0,30}?\b(?:gets|is|goes|were to|should|happens)"
                       # "if my phone got stolen, could…" supposes; "not sure if my card got stolen" reports
                       r"|(?<!sure )(?<!know )(?<!wonder )(?<!check )if (?:my|our)\b[^.?!,]{0,20}?\bgot "
                       r"(?:stolen|lost|hacked)"
                       r"|if (?:i|we) (?:lose|get|go|become|fall|were to|ever)\b"
                       # "if someone steals my phone"
                       r"|if (?:someone|somebody|anyone|a thief|thieves) "
                       r"(?:steals?|takes?|gets? hold of|hacks?|clones?|loses?|can'?t|cannot|falls? (?:behind|ill)|"
                       r"dies)"
                       # "if something happen to me"; a general question ("I want to know in general…")
                       r"|if (?:something|anything) (?:ever )?(?:happens?|should happen|were to happen) to "
                       r"(?:me|us|him|her|them)|(?:know|asking|ask|wondering) in general"
                       r"|general (?:question|list|guidance)"
                       rf"|{_WARNING}|{_WORRY}"
                       # learning what genuine contact looks like ("what a real call from you looks like")
                       r"|what (?:a|an) (?:real|genuine|legit\w*) (?:call|text|email|message|letter)\b[^.?!]{0,20}"
                       r"(?:looks?|sounds?) like"
                       # learning to spot it ("so I can spot fake calls"); a joke's set-up ("if I told you…")
                       r"|so (?:that )?(?:i|we|they|he|she) (?:can|could|know how to) (?:spot|avoid|recogni[sz]e|tell|"
                       r"protect|stay safe)|if i (?:told|said to) you|(?:only|just) (?:joking|kidding)|"
                       r"(?<=\()(?:joking|kidding|jk)(?=\.?\))"
                       # a precaution: "just to be safe", "so that doesn't happen here"
                       r"|(?:just )?to be (?:on the )?safe(?: side)?|as a precaution"
                       r"|before (?:anything|something) (?:happens|goes wrong)"
                       r"|so (?:that )?(?:it|this|that|the same(?: thing)?) (?:doesn'?t|does not|won'?t|will not"
                       r"|never) happens?(?: to (?:me|us)| here)?)\b")


# Someone else's story: fiction or coursework ("I'm writing a crime novel where a character's card gets cloned").
_FICTION = re.compile(r"\b(writing|write|working on|reading|read) (a|an|my|our) (\w+ )?(novel|story|book|script|"
                      r"screenplay|play|"
                      r"essay|article|dissertation|thesis|assignment|project)\b|\bbook club\b"
                      r"|\b(dissertation|thesis|essay|coursework|assignment|research project) (on|about|into)\b"
                      r"|\b(teaching|teach) (my |a |the )?(\w+ ){0,3}(class|students|pupils|kids|group|"
                      r"year \d+)( \w+)? "
                      r"(about|on)\b"
                      r"|\b(talk|presentation|workshop|seminar|lecture|handout|leaflet|poster|newsletter)\b[^.?!]{0,40}"
                      r"\b(on|about) (\w+ ){0,2}(scams?|fraud|phishing|money safety|staying safe)\b"
                      r"|\b(a|my|the) (fictional )?character'?s?\b"
                      # a film's plot ("just watched a film where the guy's dad dies"), a documentary's subject
                      r"|\b(watch(ed|ing)?|saw|seen|seeing) (a|an|this|that|the) (\w+ )?(film|movie|documentary|"
                      r"tv show|series|episode|programme|program|drama|soap)\b"
                      r"|\bin (a|the|this|that) (film|movie|documentary|tv show|series|episode)\b"
                      # a game's theme: "an escape room with a bank-heist theme"
                      r"|\b(escape room|board game|video game|computer game|pub quiz|role-?playing game)s?\b"
                      # a school project or a work course about scams: "doing a school project on online scams"
                      r"|\b(school|uni|university|college|class|homework)( \w+)? (project|assignment|essay|"
                      r"presentation|report)\b|\b(fraud|scam|phishing|security|cyber)( \w+)? (awareness|training|"
                      r"simulation|exercise|drill|course|module|webinar|quiz)\b|\b(awareness|training) (course|"
                      r"session|module|programme|program)\b")
# Trouble already put right, told as thanks ("the fraud team sorted out the dodgy charges… brilliant service").
_RESOLVED = re.compile(r"(?<!n't )(?<!not )(?<!never )(?<!nobody )(?<!no one )(?<!has )"
                       r"\b(sorted( it| this| that| them| (my|the|our) \w+)? out|sorted it|sorting (it|this|that|"
                       r"the \w+( \w+)?)|(it|the money|the refund|the payment|it all) (came|has come|have come|"
                       r"got) back|"
                       r"resolved|fixed|put right|"
                       r"refunded|reimbursed|"
                       r"helped (me|us|him|her|them|my \w+)( \w+)? out|"
                       r"got (him |her |them |me )?(it|my money|everything|every penny|all of it|his money|her money|"
                       r"their money) back( for "
                       r"(him|her|them|me))?|handled (brilliantly|beautifully|so well|really well|very well|perfectly)|"
                       r"(all|everything'?s?|it'?s|is|was) sorted( now)?|"
                       r"(funds|money|refund|payment) (came|has come|have come) through|reversed|"
                       r"(it'?s|is|was|all) back in (my|our|the) account|(sent|paid|given|put|transferred) (it|them|"
                       r"the money|everything|the lot)( all)? back|all (ok|okay|fine|good)( now)?(?=\W*$))\b")
# (a fix only claimed is none: "each time your team swears it's fixed")
_STILL_WRONG = re.compile(r"\b(but|still|never|again|yet|haven'?t|hasn'?t|not|wrong|only|except|swears?|swore|claims?|"
                          r"claimed|insists?|insisted|each time|every time)\b")
# ...and what says it is not put right yet, before the word ("it was supposed to be refunded")
_NOT_YET = re.compile(r"\b(not|never|no|n't|supposed|should|would|will|meant|promised|to be|going to|yet to|"
                      r"waiting|wait|until|when|if|once|hope|hoping|asked|want|need|swears?|swore|claims?|claimed|"
                      r"insists?|insisted)\b|n't\b")


def _resolved(sentence: str) -> bool:
    """The trouble this sentence tells was put right within it ("I was double charged at a petrol station but it was
    refunded automatically the next day"), with nothing after that says it is still wrong."""
    match = _RESOLVED.search(sentence)
    return bool(match) and not _STILL_WRONG.search(sentence[match.end():]) and not _NOT_YET.search(
        sentence[max(0, match.start() - 40):match.start()])
_THANKS = re.compile(r"\b(thanks|thank you|thankyou|ta|cheers|grateful|brilliant|excellent|great job|well done|"
                     r"appreciated?|impressed|fantastic|superb|fair play|legend|kudos|spot on|top notch)\b")


# What prompted a question ("my uncle died last year … and it made me think, if something happened to me…"), not the
# writer's own trouble
_PROMPTED = r"[^.?!]*\b(got|gets|has got) me thinking\b[^.?!]*|[^.?!]*\b(made|make|makes) me (think|wonder)\b[^.?!]*"
# Fraud that is someone else's or in the news, not the writer's: "saw on the news about that parcel text scam",
# "he's read loads about scams in the papers", "my mate got scammed years ago", "my colleague says banks have to
# refund you if you're tricked into sending money to a scammer".
# (the news's scam told on to the sentence's end, "where people pretend to be the bank…", until the writer speaks)
_TOLD_ON = r"(?:(?!\b(?:i|i'?m|i'?ve|i'?d|my|me|mine|we|our|us)\b)[^.?!])*"
_OTHERS_FRAUD = re.compile(
    r"\b(news|papers?|newspapers?|article|tv|telly|radio|stories|warnings?|documentary|programme|program|podcast|"
    r"series|video)\b[^.?!]{0,60}?\b(scam|phish|fraud|smish|vish)\w*" + _TOLD_ON +
    # a social-media account hacked ("I was hacked on Instagram last week (nothing to do with you)")
    r"|\b(hacked|compromised)\b[^.?!]{0,20}\b(on )?(my )?(instagram|facebook|tiktok|twitter|snapchat|whatsapp|steam|"
    r"xbox|playstation|netflix|discord)\b[^.?!]*"
    # a term heard ("I have heard the term 'authorised push payment scam' on the radio")
    r"|\b(heard|read|seen|saw|came across) (the |this |that )?(term|word|phrase|expression)\b[^.?!]*"
    r"|\b(read|heard|hearing|reading)( \w+){0,2} (about|of) (a |an |the |these |those |some )?(scam|phish|fraud|"
    r"identity theft|identity fraud|id theft)\w*"
    # "Is it true someone can scam you…? Saw it on Facebook."
    r"|[^.?!]*\b(saw|seen|read|heard) (it|this|that|about (it|this|that)) (on|in) (the )?(news|facebook|tiktok|"
    r"instagram|twitter|youtube|reddit|social media|papers?|forums?|whatsapp|radio|telly|tv)\b[^.?!]*"
    r"|\b(read|heard|hearing|reading) (that )?(scammers|fraudsters|phishers)\b[^.?!]*"
    r"|\b(news|papers?|article|tv|radio)\b[^.?!]{0,40}?\b(data )?(breach|leak|hack)\w*"
    r"|\b(scams?|(phishing |scam |fake )?(texts?|calls?|e-?mails?|messages?)) (going|doing) (around|round|the rounds)\b"
    + _TOLD_ON +
    r"|\b(nearly|almost) (got |been |was |were |fell for |fallen for )?(scammed|phished|conned|hacked|a scam|it|them|"
    r"tricked|"
    r"fooled|caught out)\b[^.?!]*"
    r"|\b(it'?s|its) (going around|doing the rounds)\b"
    r"|\b(my|a|his|her|our) (mate|friend|colleague|neighbour|neighbor|pal|workmate|coworker|co-worker)s? (got|was|were|"
    r"has been|have been|had been) (scammed|conned|defrauded|hacked)\b[^.?!]*"
    r"|\b(my|a|his|her|our) (mate|friend|colleague|neighbour|neighbor|pal|workmate|coworker|co-worker)(s|'s|s')?"
    r"( [a-z]+)? (lost|fell for|was tricked|got tricked)\b[^.?!]*"
    r"|\b(people|customers|clients|victims|folk|members of the public|residents|patients|pensioners)\b[^.?!]{0,60}?"
    r"\b(they'?ve|they have|they'?d|they had|who'?ve|who have|who had|who) (been |got |fallen for |fell for )?(scammed|"
    r"conned|defrauded|hacked|tricked|targeted|a scam)\b" + _TOLD_ON +
    r"|\b(my|a) (mate|friend|colleague|neighbour|neighbor|pal|workmate|coworker|co-worker)s? (says|said|reckons|claims|"
    r"swears|told me)\b[^.?!]*"
    # …or a relative's claim about banks ("my brother says banks can't refund you…"), not their advice to the writer
    r"|\b(my|a) (brother|sister|mum|mom|dad|uncle|aunt|auntie|cousin|gran|nan|grandad|grandpa|grandma|husband|wife|"
    r"partner|son|daughter)s? (says|said|reckons|claims|swears|told me)\b(?=[^.?!]*\b(banks?|scam\w*|fraud\w*|"
    r"refund\w*)\b)[^.?!]*"
    # "My cousin's phone got stolen last week and it got me thinking": what prompted a question, not the writer's own
    r"|" + _PROMPTED +
    # a claim against the writer, a merchant or landlord ("one of my customers claimed we'd scammed her")
    r"|\b(claim(s|ed)?|accus(e|es|ed|ing)|alleg(e|es|ed|ing)|say|says|said)\b( that)? (we|i|us|me)('d|'ve| had| have)? "
    r"(\w+ )?(scammed|defrauded|conned|cheated|ripped)\b[^.?!]*"
    # fraud as the writer's work: "my day job is investigating fraud at an insurance company"
    r"|\b(my (day )?job|i work|i'?m working|working) \b[^.?!]{0,40}\bfraud\w*\b[^.?!]*"
)


# The customer's own doing confirmed ("It was me buying concert tickets, I tapped 'yes, this was me'"), a reassurance
# ("nothing wrong, just tidying things up"), a card broken by accident, or help sought to pass on to someone else
_NO_TROUBLE_TOLD = re.compile(
    r"\b(it|this|that|they|those) (was|were) (actually |just |really |only )?(me|us|mine|ours|genuine)\b"
    r"|\b(it|this|that) (was|were) (actually |just |only )?(my|our) (daughter|son|husband|wife|partner|kids?|child|"
    r"children|mum|mom|dad) (buy|buying|paying|ordering|booking|using)\b"
    r"|\bnothing('s| is)? wrong\b"
    r"|\b(chewed|snapped|cracked|bent|melted|washed)\b[^.?!]{0,30}\bcard\b"
    r"|\bcard\b[^.?!]{0,30}\b(snapped|cracked|bent|melted|chewed)\b"
    r"|\b(so (that )?i can|to) (pass (it|this) on|send (it|this) to|point (her|him|them)|forward (it|this) to|share "
    r"(it|this) with)\b|\bi can (send|pass|forward|point) (it|this|her|him|them)\b"
    # a payment the writer places ("is that Amazon? I think it's my order from Tuesday")
    r"|\b(i think|i reckon|pretty sure|probably|must be|i guess) (it'?s|it is|it was|that'?s|that is|that was) (just )?"
    r"(my|our) (own )?(order|purchase|subscription|shopping|booking|payment|bill|ticket)s?\b"
    rf"|{_NOTHING_GONE_OUT}|{_ONLY_A_SCARE}|{_IGNORED}"
    # a reassurance: "everything seems fine on my end", "I'm not reporting anything myself and my own account's fine"
    r"|\b(fine|ok|okay|normal|working( fine)?|all good) (on|at|from) (my|our) (end|side)\b"
    r"|\b(i'?m|i am) not reporting anything\b"
    # a household joke: "my wife says she's going to leave me if I check the banking app one more time"
    r"|\b(going to|gonna|will|'ll) (kill|leave|divorce) (me|him|her) if (i|he|she)\b"
    # "(nothing to do with you)", "Don't need anything, just wanted to tell someone 🎉"
    r"|\b(nothing|not) to do with (you|the bank|your bank|this bank)\b|\b(i )?(don'?t|do not) need anything\b"
    r"|\bjust wanted to (tell someone|share (it|this|the news))\b"
    r"|\b(nobody|no one|no-one) (has )?(rang|rung|called|phoned|texted|emailed|contacted) (me|us)\b"
    r"|\bjust (reading|read|heard|hearing) about (it|this|that|them)\b|\bnothing (was|has been|had been) (lost|taken)\b"
    r"|\b(i'?m|i am|we'?re|we are|she'?s|she is|he'?s|he is|they'?re|they are) (perfectly |quite |very )?"
    r"(happy|fine|ok|okay) with (it|that|this|the changes?)\b"
    r"|\b(my|our) (own )?(account|card|money)('s| is) (fine|ok|okay|safe|all good)\b"
    # a move to us, gladly ("switched to you last year from another bank… best decision I've made")
    r"|\b(switched|moved|came|changed|swapped)( (my|our) (\w+ )?(account|banking|salary))? (over )?(to|across to) "
    r"(you|you guys|you lot|this bank|your bank)\b[^?!]{0,80}?\b(best decision|glad|happy|no regrets|never looked back|"
    r"so much better|love it)\b")
# A thing lost and found again ("lost my debit card at the pub, found it this morning behind the bar"): nothing to
# stop or replace, unless something was spent with it meanwhile (the words of fraud still count).
_FOUND_AGAIN = re.compile(r"\b(lost|dropped|misplaced|left)\b[^?!]{0,80}?\b(found (it|them|my \w+|the \w+)|"
                          r"(got|have|had) (it|them|my \w+|the \w+) back)\b|\b(it|my \w+|the \w+) (has )?turned up\b"
                          r"|\b(it|they) (was|were) (just |only |actually )?(under|behind|down the back of|"
                          r"at the bottom of|in) (the|my|our) \w+"
                          r"|\b(false alarm|panic over|crisis over|crisis averted|phew)\b"
                          # "card gone? nope, found it in my coat pocket"
                          r"|\bfound (it|them|my \w+) (in|under|behind) (my|the|our) (\w+ ){0,2}(pocket|bag|car|coat|"
                          r"jacket|drawer|wallet|purse|house|room|sofa|couch)\b")


# A card damaged at home ("my dog ate my card lol how do i order a replacement"): a replacement to order, no trouble
_DAMAGED_CARD = re.compile(r"\b(dog|puppy|cat|kitten|baby|toddler|son|daughter|kids?|washing machine|dryer|shredder)\b"
                           r"[^.?!]{0,25}\b(ate|eaten|chewed|destroyed|snapped|broke|broken|bent|ruined|shredded|"
                           r"melted)"
                           r"\b[^.?!]{0,15}\b(my|the|our|his|her) (\w+ )?card\b"
                           r"|\b(my|the|our) (\w+ )?card\b[^.?!]{0,20}"
                           r"\b(snapped|cracked|bent|melted|went through the wash|got chewed|got eaten)\b")


def tells_no_trouble_of_own(text: str) -> bool:
    """The message tells fraud in the news or someone else's, a payment the writer placed, or a lost thing found
    again, a theft years back, or laughs ("im literally dying 😂 the app says i spent £300 on iced coffee"): no trouble
    of the writer's own, whatever its tone."""
    clean = normalise(text)
    return bool(_OTHERS_FRAUD.search(clean) or _NO_TROUBLE_TOLD.search(clean) or _FOUND_AGAIN.search(clean)
                or _LAUGHTER.search(clean)) or _long_past_theft(clean)


# (not "lol", said as often with a straight face: "starting to see why everyone switched lol")
_LAUGHTER = re.compile(r"😂|🤣|\bhaha\w*\b|\bdying laughing\b")


# A professional asking for general guidance ("im a social worker, what general advice do you give to people who are
# worried about debt?"): others' situation, not the writer's
_FOR_OTHERS = re.compile(r"\b(i'?m|im|i am|as) (an? (\w+ )?)?(social worker|teacher|support worker|debt adviser|"
                         r"debt advisor|"
                         r"adviser|advisor|counsellor|counselor|nurse|youth worker|charity worker|case worker|"
                         r"volunteer|police officer|police community support officer|officer|detective|pcso|paramedic|"
                         r"firefighter|carer|accountant|"
                         r"bookkeeper|solicitor|lawyer|hr (person|manager|officer|adviser|advisor|lead)|"
                         r"financial (adviser|advisor|planner))\b")
# …asking about the people they work for ("what advice do you give people…"); "I'm a nurse doing double shifts" alone
# only says who the writer is
_OTHERS_NAMED = re.compile(r"\b(people|person|clients?|patients?|residents?|customers?|famil(y|ies)|pupils?|students?|"
                           r"service users?|staff|employees|colleagues|someone|somebody|anyone|they|them|their|he|"
                           r"she|his|her)\b")


def is_supposed(text: str) -> bool:
    """The message imagines the situation, tells someone else's, or tells a lost thing found again, rather than
    reporting trouble of the writer's own."""
    clean = normalise(text)
    # death supposed, named in a product or a tax, or a client's: no loss of the writer's own
    supposed_death = (bool(_SUPPOSED_DEATH.search(clean) or _NAMED_AFTER_DEATH.search(clean)
                           or _FOR_A_CLIENT.search(clean) or _OTHERS_DEATH.search(clean)
                           or (_WIDER_FAMILY_DEATH.search(clean) and not _ESTATE.search(clean)))
                      and "bereavement" not in _found(clean)
                      or bool(_NO_DEATH.search(clean)))
    return bool(_SUPPOSED.search(clean) or _FICTION.search(clean) or _OTHERS_FRAUD.search(clean)
                or (_FOR_OTHERS.search(clean) and _OTHERS_NAMED.search(clean)) or _FOUND_AGAIN.search(clean)
                or _NO_TROUBLE_TOLD.search(clean) or _DAMAGED_CARD.search(clean)) \
        or supposed_death \
        or _long_past_loss(clean)


# The customer's own doing, said so ("declined because I hadn't moved money over yet, my fault"): unhappy, but with
# no one to put it right
_OWN_FAULT = re.compile(r"\b(my|our) (own )?(fault|mistake|bad|error|doing)\b|\b(i|we) (messed|mucked|screwed) up\b"
                        # a card frozen by oneself: "nvm I'd frozen it myself in the app", "then realised I'd left the
                        # freeze toggle on"
                        r"|\b(i'?d|i had|i'?ve|i have|i) (frozen|locked|blocked|paused) (it|my card|the card) (myself|"
                        r"by "
                        r"mistake|accidentally)\b|\bthen (i )?(realised|realized|remembered) (i'?d|i had)\b"
                        # or one's own memory: "forgot my username again"
                        r"|\b(forgot|forgotten|can'?t remember) (my|our) (username|user name|login|password|passcode|"
                        r"pin|memorable \w+|customer number|security (code|number|details))\b")


# Praise in slang the sentiment head reads as anger ("you lot are killing it with the new app design")
_PRAISE_SLANG = re.compile(r"\b(killing|smashing|nailing|crushing|acing|rocking|smashed|nailed|aced) it\b"
                           r"|\b(absolute|total) (legends?|stars?)\b|\b(top|class|quality) (job|work|service)\b"
                           # "gg the app update is actually clean", "this bank goes hard", "this app slaps"
                           r"|^gg\b|\b(is|looks|actually|so) clean\b|\bgoes hard\b|\bslaps\b|\b(goated|bussin)\b")


def is_praise(text: str) -> bool:
    """Praise said in slang, with no word of trouble beside it."""
    clean = normalise(text)
    return bool(_PRAISE_SLANG.search(clean)) and not _found(clean)


def blames_self(text: str) -> bool:
    return bool(_OWN_FAULT.search(normalise(text)))


# A fault that went away by itself ("said 'something went wrong' for two seconds then worked fine")
_WORKED_AGAIN = re.compile(r"(\b(then|now|after that|and) |(^|[.!?;]) *)(it )?(work(ed|s|ing)|went through|loaded|"
                           r"came back)( fine| ok| okay| again| normally| perfectly)\b")
# …or money sent astray already returned ("he's sent it back already"), unless only said to be ("the hotel says they
# sent it back weeks ago") or still missing after
_SENT_BACK = re.compile(r"\b(he|she|they|he'?s|she'?s|they'?ve)( has| have)? (already )?(sent|paid|given|transferred|"
                        r"put) (it|them|the money) back\b")
_HEARSAY = re.compile(r"\b(say|says|said|claim|claims|claimed|told me|insist|insists)\b")


def _sent_back(clean: str) -> bool:
    match = _SENT_BACK.search(clean)
    return bool(match) and not _STILL_WRONG.search(clean[match.end():]) and not _HEARSAY.search(
        clean[max(0, match.start() - 40):match.start()])


def is_settled(text: str) -> bool:
    """Thanks for trouble already put right, or a fault that went away by itself, and no word of trouble left
    ("thanks to your fraud team, she sorted a dodgy card payment in ten minutes and got my money back")."""
    clean = normalise(text)
    sentences = _SENTENCE_END.split(clean)
    put_right = bool(_THANKS.search(clean)) and any(_resolved(s) for s in sentences)
    # …or said to be all right now ("the fraud team texted and i confirmed, all good.")
    all_good = any(_ALL_GOOD.search(s) and not s.endswith("?") for s in sentences)
    return (put_right or all_good or bool(_WORKED_AGAIN.search(clean) or _RECOVERED.search(clean))
            or _sent_back(clean)) and not _found(clean)


_ALL_GOOD = re.compile(r"\ball (ok|okay|fine|good|sorted)( now)?\W*$|^(all )?(sorted|fixed)( now)?\W*$")


def _parts(clean: str, bare: bool = False) -> tuple[str, list[str]]:
    """The message's words outside calm questions (lead-ins included), and the calm questions; with `bare`, a
    sentence that reads as a question without its question mark counts as one."""
    kept, questions = [], []
    for sentence in _SENTENCE_END.split(clean):
        match = (_CALM_QUESTION.match(sentence) or _REQUEST.match(sentence)
                 or (_bare_question(sentence) if bare else None))
        if match:
            kept.append(match["lead"] or "")
            questions.append(match["question"])
        else:
            kept.append(sentence)
    return " ".join(k for k in kept if k), questions


def is_calm_question(text: str, bare: bool = False) -> bool:
    """Asks for information rather than reporting a problem: a how/what/can-I question, with no word of
    trouble in anything else the message says ("How do I freeze my card? Just want to know where it is")."""
    clean = normalise(text)
    rest, questions = _parts(clean, bare)
    return bool(questions) and not _found(rest, clean)


# A request for information put as an instruction ("remind me of my overdraft limit pls")
_ASK = re.compile(r"^(?:(?:pls|please|hi|hey|hello|quick one)[,!]? )?(?:can you |could you |pls |please )?"
                  r"(?:remind|tell|show|give) (?:me|us) (?:of |about |what |how |when |where |which |my |our |the )")


def asks_something(text: str) -> bool:
    """A how/what/can-I question somewhere in the message, with or without its question mark ("what happens if a
    payment bounces")."""
    clean = normalise(text)
    return bool(_parts(clean, bare=True)[1]) or bool(re.match(_QUESTION_OPENER, clean)) or bool(_ASK.match(clean))


# A complaint already made and not resolved, asked about or not ("How do I escalate my complaint?"): people handle
# complaints, and this one has already been through them once.
_OPEN_COMPLAINT = re.compile(
    r"\b(escalate|chase|chasing|appeal|follow up on|following up on) (my|our|the|this) complaint\b"
    r"|\b(reply|response|answer|letter|outcome|decision|update) (to|on|about) (my|our) complaint\b"
    r"|\b(my|our) complaint (was|has|is still|still|got)\b(?! (been )?(handled|resolved|sorted|dealt with|upheld))"
)


def signals(text: str, guard_questions: bool = True, bare_questions: bool = False) -> list[str]:
    """The kinds whose words appear in the message, in KINDS order (empty for most messages)."""
    clean = normalise(text)
    if not guard_questions:
        return _found(clean)
    rest, questions = _parts(clean, bare_questions)
    found = (set(_found(" ".join(questions), clean)) - _SOFT) | set(_found(rest, clean))
    if _OPEN_COMPLAINT.search(clean):
        found.add("complaint")
    if _leaving_in_discontent(clean, rest):
        found.add("leaving")
    return [kind for kind in KINDS if kind in found]


def reported(text: str) -> list[str]:
    """The kinds of trouble whose words appear in the message's statements: sentences that are no question, with or
    without a question mark ("What's the rate on the saver? Also, there's a £600 payment I don't recognise.")."""
    clean = normalise(text)
    statements = [sentence for sentence in _SENTENCE_END.split(clean)
                  if not (sentence.endswith("?") or _bare_question(sentence) or _FICTION.search(sentence))]
    # Who someone is ("I've been named as executor", "a guide for my elderly neighbours") sets the scene for a
    # question; what happened (a payment, a threat to leave, money run out) is news the question doesn't cancel.
    told = " ".join(statements)
    hardship = bool(_HARDSHIP.search(_OTHERS_HARDSHIP.sub(" ", told)) or _DESPAIR_WORDS.search(told))
    # A close family member's death told beside a question ("need to send money to my sister for mum's funeral costs")
    # is a loss of the writer's own now; an executor named, a pet, a stranger's family are not.
    own_loss = bool(_OWN_LOSS.search(told))
    found = [kind for kind in _found(told)
             if kind in _SOFT or (kind == "vulnerable" and hardship) or (kind == "bereavement" and own_loss)]
    return found + ["leaving"] if "leaving" not in found and _leaving_in_discontent(clean, told) else found


_CLOSE_FAMILY = r"(mum|mom|mother|mam|dad|father|husband|wife|partner|son|daughter|brother|sister|child|baby)"
_OWN_LOSS = re.compile(rf"\b(my|our) (late )?{_CLOSE_FAMILY}('s)?\b[^.?!]{{0,40}}\b(funeral|died|passed|death|passing|"
                       rf"killed)\b|\b{_CLOSE_FAMILY}'s (funeral|death|passing)\b")


# Discontent told ("Asking because I'm pretty fed up after this month") makes a question about moving one's salary
# elsewhere a threat to leave
_DISCONTENT = re.compile(r"\b(fed up|sick of|sick and tired|had enough|not happy|unhappy|disappointed|frustrated|"
                         r"annoyed|furious|livid|disgusted)\b")


# …as does closing the account to move everything out, asked how or not ("how do i close my acc and move everything
# somewhere else")
_CLOSE_AND_MOVE = re.compile(r"\bclos(e|ing) (my|all my|our|all our|the) (\w+ )?(accounts?|accs?|accts?)\b[^?.!]{0,20}"
                             r"\b(and|then) (move|moving|take|taking|transfer|transferring|shift|shifting) (everything|"
                             r"it all|all (of )?(it|my|our)|the lot)\b")


def _leaving_in_discontent(clean: str, told: str) -> bool:
    return (bool(_DISCONTENT.search(told)) and "leaving" in _found(clean)) or bool(_CLOSE_AND_MOVE.search(clean))


# "If it's going up again I'm off to Kiwibank": a condition, then what the writer will do, is no question
_WRITER_WILL = r"(?:i'?m|i'?ll|i will|we'?re|we'?ll|we will)"
_THREAT = re.compile(rf"^(?:if|unless)\b(?:(?!\b{_WRITER_WILL}\b).){{3,}}?\b{_WRITER_WILL} (?:be )?"
                     r"(?:off|leaving|going|gone|closing|moving|done|switching|taking|out)\b")


def _bare_question(sentence: str) -> re.Match[str] | None:
    """A sentence that reads as a question without its mark; a threat under a condition does not."""
    return None if _THREAT.match(sentence) else _BARE_QUESTION.match(sentence)



# Money run out now ("can't do both this month since I was made redundant"), as against who someone is.
_HARDSHIP = re.compile(
    r"\b(can'?t|cannot|couldn'?t) (afford|pay|make|do both|cover)\b|\bredundan(?!\w* (rumou?rs?|talk|fears?|gossip))|"
    r"\bunemployed\b|\bbailiffs?\b|\bevict"
    r"|\bhomeless|\b(lost|lose|losing) (my|our) (job|jobs|income|home|house)\b|\bnothing (left|to live on)\b"
    r"|\bno money (left|for)\b|\bcan'?t keep up\b|\b(behind|arrears) (on|with) (my|our|the) (rent|mortgage|bills?)\b"
    r"|" + _BILL_CHOICE + "|" + _GET_BY + "|" + _DEBT_SPIRAL
)


# Hardship of people in general ("budgeting tools for people struggling with debt"), not the writer's own.
_OTHERS_HARDSHIP = re.compile(
    r"\b(people|customers|those|others|anyone|folk|families|households|clients|members|students)( who (are|'re|were|"
    r"have been|might be|may be))? (struggling( with debts?| financially)?|in debt|with debts?|in hardship|"
    r"facing hardship|in financial difficulty)\b"
)


# A fear of something else ("exam results tomorrow and I'm terrified!!", "nervous about my driving test")
_FEARED = r"(exams?|results|interview|driving test|match|final|wedding|speech|flight|spiders?|heights)"
_AFRAID = r"(scared|terrified|nervous|panicking|frightened)"
_OTHER_FEAR = re.compile(rf"\b{_FEARED}\b[^.?!]{{0,40}}\b{_AFRAID}\b"
                         rf"|\b{_AFRAID}\b[^.?!]{{0,10}}\b(of|about|for) (the |my |this )?{_FEARED}\b")


# An illness over ("my husband's been in hospital but he's home now and doing fine")
_RECOVERED = re.compile(r"\b(in hospital|ill|unwell|poorly|sick|in intensive care)\b[^.?!]{0,40}?\b(but|and|now) "
                        r"(he|she|they|i|we)?('s| is| are|'re|'m| am)? ?(now |finally )?(home|out|discharged|back home|"
                        r"better|fine|recovered|recovering|on the mend|doing (fine|well|great|ok|okay))\b"
                        # money trouble past: "last winter I was in a bad situation with debt … now I paid everything"
                        r"|\b(was|were|had been|got) (in|into)\b[^.?!]{0,30}?\b(debts?|arrears)\b[^.?!]{0,100}?\b(now|"
                        r"finally) (i'?ve |i have |i |we'?ve |we )?(paid|cleared|settled|paid off) (everything|it all|"
                        r"it off|all|off|the lot)\b")


# Words of trouble that say there is none: a purpose ("so I can spot fake calls"), a reassurance ("just curious,
# nothing has happened").
_NO_TROUBLE = re.compile(
    r"\bso (that )?(i|we|they|he|she) (can|could|know how to) (spot|avoid|recogni[sz]e|tell|protect|stay safe)\b[^.?!]*"
    r"|\b(spotting|recogni[sz]ing|avoiding) (\w+ )?(scams?|fraud|phishing)\b"
    r"|\bto (avoid|prevent|stop|guard against) (getting |being )?(scammed|hacked|conned|defrauded|ripped off|"
    r"caught out|phished|fraud|scams?)\b[^.?!]*"
    r"|\b(just (curious|wondering|asking|checking)|out of (interest|curiosity)|hypothetically|generally)[,.;:]? "
    r"(and )?(nothing|no ?one|nobody)('s| has| is)? (happened|wrong|been taken)\b"
    # a worry ("mum is panicking about me losing my card or getting it stolen abroad"), nothing gone out yet, a warning
    # given, not harm done ("told my mate his account would get hacked if he kept using password123")
    rf"|{_WORRY}[^.?!]{{0,30}}|{_NOTHING_GONE_OUT}|[^.?!]*{_WARNING}[^.?!]*"
    rf"|[^.?!]*{_ONLY_A_SCARE}[^.?!]*|{_IGNORED}"
    # a payment placed by one's family, the whole sentence ("a payment I don't recognise but it was my daughter buying
    # school shoes"), unless it was taken without asking
    r"|[^.?!]*\b(it|this|that) (was|were) (actually |just |only )?(my|our) (daughter|son|husband|wife|partner|kids?|"
    r"child|children|mum|mom|dad) (buy|buying|paying|ordering|booking|using)\b(?![^.?!]*\b(without|stole|stolen|steal|"
    r"stealing|taken|took)\b)[^.?!]*"
)
# A loss long past, told with thanks for how it was handled ("when my mother passed a few years ago your team were
# very kind"): the message is about something else now
_LONG_AGO = re.compile(r"\b(a few|a couple of|several|many|some|two|three|four|five|six|seven|eight|nine|ten|\d+) "
                       r"years ago\b|\blast year\b")
_KINDLY_HANDLED = re.compile(r"\b(without|with no) (any )?(trouble|problems?|fuss|issues?|hassle)\b"
                             r"|\b(kindly|well|efficiently|smoothly|sensitively)( and \w+)? (it was|everything was|"
                             r"was all|"
                             r"it was all|all was) handled\b"
                             r"|\b(were|was|have been|has been) (very |so |really |incredibly |extremely )?"
                             r"(kind|helpful|lovely|supportive|understanding|compassionate)\b"
                             # "your team handled her account beautifully"
                             r"|\bhandled (it|everything|things|(his|her|their) (account|accounts|affairs|estate)) "
                             r"(beautifully|brilliantly|so well|really well|very well|perfectly|kindly|"
                             r"with (such )?care)\b")


# …or a loss years back told beside an everyday request, with no estate to settle ("my husband passed in 2011, it's
# only because I've moved"): the writer's own affairs, not the late person's
# when, told as a year or as years back ("in 2011", "five years ago"); _years_back reads it
_WHEN_BACK = (r"((back )?in (?P<year>(19|20)\d\d)|(?P<years>three|four|five|six|seven|eight|nine|ten|many|several|\d+) "
              r"years ago)\b")
_LOST_YEARS_AGO = re.compile(r"\b(passed|died|lost (him|her|them|my \w+))( away)?\b[^.?!]{0,30}?\b" + _WHEN_BACK)
_ESTATE = re.compile(r"\b(estate|probate|executor|executrix|administrator|letters of administration|death certificate|"
                     r"(his|her|their|(mum|mom|mother|dad|father|husband|wife|partner|nan|nana|gran|granny|grandma|"
                     r"grandmother|grandad|granddad|grandpa|grandfather|uncle|aunt|auntie|brother|sister)'s) "
                     r"((bank|savings|current|cash|joint) )?(will|accounts?|cards?|debts?|"
                     r"mortgage|savings|pension|money|isa|direct debits?|standing orders?|bills?|payments?|affairs)|"
                     r"inherit\w*|"
                     r"joint account)\b")


_THEFT_YEARS_AGO = re.compile(r"\b(stolen|hacked|scammed|cloned|skimmed|defrauded|conned)\b[^.?!]{0,40}?\b"
                              + _WHEN_BACK)


def _years_back(match: re.Match[str] | None) -> bool:
    """A _WHEN_BACK time three or more years ago."""
    if not match:
        return False
    if match["year"]:
        return date.today().year - int(match["year"]) >= 3
    return not match["years"].isdigit() or int(match["years"]) >= 3


def _long_past_theft(sentence: str) -> bool:
    return _years_back(_THEFT_YEARS_AGO.search(sentence))


def _long_past_loss(clean: str) -> bool:
    if _LONG_AGO.search(clean) and _KINDLY_HANDLED.search(clean):
        return True
    return not _ESTATE.search(clean) and _years_back(_LOST_YEARS_AGO.search(clean))


# A contract or customer lost to a rival ("my client lost the tender to a competitor") is no threat to leave us.
_LOST_TO_RIVAL = re.compile(r"\b(lost|lose|losing|losses)\b[^.?!]{0,40}?\b(to|against) (a|an|the|our|their|one) (\w+ )?"
                            r"(competitors?|rivals?)\b")
# …nor is a switch of something else, said so ("I'm switching jobs, not banks"), nor closing a business ("closing our
# little bakery at the end of the month")
_NOT_LEAVING = re.compile(r"\b(switch|mov|chang|leav)(e|es|ed|ing)? [^.?!]{0,30}?,? (but )?not (banks?|my bank|"
                          r"the bank|you|accounts?)\b|\bnot (switching|moving|changing|leaving) (banks?|you)\b"
                          r"|\bclos(e|es|ed|ing) (down )?(my|our|the|his|her|their) (\w+ )?(business|shop|bakery|cafe|"
                          r"café|restaurant|company|firm|store|salon|practice|studio|pub|bar|office|stall)\b"
                          r"(?! accounts?)")


_ACCESS_REQUEST = re.compile(r"\b(large|larger|big|bigger) (print|font|text|type|writing|letters)\b|\bbraille\b|"
                             r"\b(writing|text|font|print|letters|words) (bigger|larger)\b|\baudio (statements?|"
                             r"version|format)\b|\bscreen ?reader\b|\bhearing loop\b|\bsign language\b|"
                             r"\btext ?relay\b|\baccessible (format|version|statements?)\b")


# …or someone takes money from them ("my grandson has been helping me with it and I think he's been taking money out")
_TAKEN_BY_OTHERS = re.compile(r"\b(he|she|they|someone|somebody|my \w+)('s| has| have|'ve| is| are|'re)? (been )?"
                              r"(taking|took|taken|using|spending) (\w+ ){0,2}(money|cash|my card|from (me|my "
                              r"account))\b")


# …unless the aid fails the customer ("since the update my screen reader can't find the transfer button")
_ACCESS_FAILED = re.compile(r"\b(screen ?reader|voiceover|talkback|magnifier|hearing aid|braille display)\b[^.?!]{0,30}"
                            r"\b(can'?t|cannot|won'?t|doesn'?t|does not|no longer|stopped|isn'?t)\b")


def _found(clean: str, whole: str = "") -> list[str]:
    """The kinds whose words `clean` holds; `whole`, the message `clean` is part of, is read for what the part's
    words are about (a request for large print elsewhere in it)."""
    whole = whole or clean
    clean = _NO_TROUBLE.sub(" ", clean)
    text = {kind: clean for kind in KINDS}
    sentences = _SENTENCE_END.split(clean)
    if _THANKS.search(clean):  # told as thanks, the whole sentence is past trouble unless it says otherwise
        unresolved = " ".join(s for s in sentences if not _RESOLVED.search(s) or _STILL_WRONG.search(s))
        text.update({kind: unresolved for kind in (*_SOFT, "bereavement")})
    else:
        text.update({kind: " ".join(s for s in sentences if not _resolved(s)) for kind in _SOFT})
    no_loss = _long_past_loss(clean) or _FOR_A_CLIENT.search(clean) or _NO_DEATH.search(clean)
    wider_only = _WIDER_FAMILY_DEATH.search(clean) and not _ESTATE.search(clean) and not _OWN_LOSS.search(clean)
    bereavement = "" if wider_only else text["bereavement"]
    text["bereavement"] = "" if no_loss else _OTHERS_DEATH.sub(" ", _NAMED_AFTER_DEATH.sub(
        " ", _THINGS_DEAD.sub(" ", _SUPPOSED_DEATH.sub(" ", re.sub(_PROMPTED, " ", bereavement)))))
    # one's own slip, or tries that went through in the end, are no failure left to fix
    worked = _WORKED_AGAIN.search(clean)
    ended = bool(worked) and not _STILL_WRONG.search(clean[worked.end():])
    text["repeated_failure"] = "" if ended else _OTHER_FAILURE.sub(" ", _OWN_SLIP.sub(" ", text["repeated_failure"]))
    # an accessibility request ("statements in large print for my dad, he's 84 and finds small writing a struggle") is
    # a service a bot can arrange, unless money has run out or despair is told beside it
    access = _ACCESS_REQUEST.search(whole) and not _HARDSHIP.search(whole) and not _DESPAIR_WORDS.search(whole) \
        and not _ACCESS_FAILED.search(whole) and not _TAKEN_BY_OTHERS.search(whole)
    text["vulnerable"] = "" if access else _RECOVERED.sub(" ", _OTHERS_HARDSHIP.sub(" ", clean))
    text["vulnerable"] = _OTHER_FEAR.sub(" ", text["vulnerable"])
    if _MANAGING.search(whole):  # "I'm 81 … and manage fine": an age told, no difficulty
        text["vulnerable"] = re.sub(_OLD_AGE, " ", text["vulnerable"])
    text["fraud"] = _OTHERS_FRAUD.sub(" ", text["fraud"])
    text["leaving"] = _NOT_LEAVING.sub(" ", _LOST_TO_RIVAL.sub(" ", text["leaving"]))
    text["money_lost"] = _OTHERS_FRAUD.sub(" ", text["money_lost"])  # "my mate lost £3k to a fake parcel text"
    # a theft years back ("my card was stolen on holiday in 2019 lol so im paranoid")
    for kind in ("fraud", "money_lost"):
        text[kind] = " ".join(s for s in _SENTENCE_END.split(text[kind]) if not _long_past_theft(s))
    return [kind for kind in KINDS if any(p.search(text[kind]) for p in _COMPILED[kind])]
